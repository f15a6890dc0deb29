"""The Jinja environment brief templates run in: sandboxed, strict, escaping by format.

Search path: the user's ``--template-dir`` first, then the audience's folder (where its
profile.toml lives), then the built-in templates; the built-ins stay reachable as
``default:NAME`` so an override can
``{% extends "default:brief.html.j2" %}`` and replace one block. Templates are a team's own
code, so they run in Jinja's immutable sandbox with StrictUndefined: reaching for Python
internals or a name the context lacks is an error naming the template file and line.
"""

from __future__ import annotations

import contextlib
import re
from functools import cache
from pathlib import Path

from briefing.cache import cache_dir, fingerprint
from briefing.errors import TemplateError
from briefing.settings.files import MAX_SETTINGS_BYTES, read_at_most
from briefing.settings.resources import templates_dir

# What one expression of a template may make: "-" * 80 is a rule, "x" * 10**10 would take all
# memory before anything could stop it, and 10**10**10 all the CPU. A brief is a few kB.
MAX_REPEAT = 1_000_000  # items of a repeated string or list
MAX_POWER_BITS = 100_000  # bits of the result of a ** b on whole numbers

# What Markdown would read as markup. Parentheses and braces are not among them: "(1)" is
# markup only after "]" (a link), and "[" is escaped, so "\(1\)" only made brief.md hard to
# read as the plain text it also is.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#+!|~])")


def escape_markdown(value: object) -> str:
    """Keep article text literal in Markdown: backslash-escape what Markdown would interpret."""
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # "&amp;" in an article is those five characters, not an entity to decode ("&#" is
    # already safe: "#" is escaped)
    text = re.sub(r"&(?=[A-Za-z][A-Za-z0-9]*;)", r"\\&", text)
    # "1. " and "1) " would start an ordered list: escape the mark (a backslash before a digit
    # is no escape in CommonMark and would show)
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return re.sub(r"^([-=])", r"\\\1", text)


def _autoescape(name: str | None) -> bool:
    """HTML-escape for .html/.html.j2/.htm templates (select_autoescape misses .html.j2)."""
    return bool(name) and any(name.endswith(s) for s in (".html", ".htm", ".html.j2", ".htm.j2"))


def search_path(template_dir: Path | None = None, audience_dir: Path | None = None) -> list[Path]:
    """The folders templates are looked up in, first match wins."""
    folders = [template_dir, audience_dir, templates_dir()]
    return [Path(f) for f in dict.fromkeys(f for f in folders if f is not None)]


def environment(template_dir: Path | None = None, audience_dir: Path | None = None):
    """A sandboxed environment over the search path plus the ``default:`` prefix.

    One per search path and the templates in it, for the process: the environment keeps
    each template it compiled (and reloads one whose file changed), and a build renders the
    print HTML once per page-fitting attempt, besides the Markdown and the screen HTML. A
    template added to or removed from a folder of the path gives a new environment (Jinja
    would go on serving the one it found first). Compiled templates are also kept across
    runs in the user's cache (``_bytecode_cache``)."""
    folders = search_path(template_dir, audience_dir)
    present = tuple(tuple(sorted(p.name for p in f.glob("*.j2"))) for f in folders)
    return _environment(template_dir, audience_dir, present)


@cache
def _environment(template_dir: Path | None, audience_dir: Path | None, present: tuple):  # noqa: ANN202
    """The environment of ``environment``, made once per search path and templates present."""
    from jinja2 import ChoiceLoader, PrefixLoader, StrictUndefined

    builtin = _bounded_loader(templates_dir())
    loaders = [_bounded_loader(f) for f in search_path(template_dir, audience_dir)]
    loader = ChoiceLoader([*loaders, PrefixLoader({"default": builtin}, delimiter=":")])
    env = _bounded_sandbox()(
        loader=loader,
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["md"] = escape_markdown
    env.filters["cite"] = lambda numbers: "".join(f"[{n}]" for n in numbers)
    return env


@cache
def _bytecode_cache():  # noqa: ANN202 - a jinja2.BytecodeCache, imported on first use
    """Jinja's compiled templates kept in the user's cache folder (briefing/cache.py), or
    None when there is none. Jinja keys each entry by the template's name and checks its
    source's checksum, so an edited or overriding template is compiled afresh; the folder
    name adds Jinja's version and this module's own source (which sets the environment's
    options), so code compiled under other options is never served. A cache that cannot be
    read or written is passed over silently: the template is compiled as before."""
    from jinja2 import FileSystemBytecodeCache, __version__

    folder = cache_dir()
    if folder is None:
        return None
    key = fingerprint(__version__, Path(__file__).read_bytes())[:16]
    folder = folder / f"templates-{key}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None

    class QuietCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket) -> None:  # noqa: ANN001 - jinja2.bccache.Bucket
            try:
                super().load_bytecode(bucket)
            except Exception:  # a damaged or foreign entry: compile the template instead
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:  # noqa: ANN001 - jinja2.bccache.Bucket
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    return QuietCache(str(folder))


def _bounded_sandbox():  # type: ignore[no-untyped-def]
    """Jinja's immutable sandbox (no Python internals, ``range`` capped at 100,000) that also
    refuses a repetition or a power too large to compute: a team's template is run on every
    brief, and a typo such as ``"=" * 10**10`` must be one line, not a machine out of memory."""
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Bounded(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**"})

        def call_binop(self, context, operator, left, right):  # type: ignore[no-untyped-def]
            if operator == "*":
                for times, sized in ((left, right), (right, left)):
                    if (
                        isinstance(times, int)
                        and isinstance(sized, str | list | tuple)
                        and times * len(sized) > MAX_REPEAT
                    ):
                        raise SecurityError(
                            f"a repetition of {times:,} x {len(sized):,} items is too large "
                            f"(at most {MAX_REPEAT:,})"
                        )
            if (
                operator == "**"
                and isinstance(left, int)
                and isinstance(right, int)
                and abs(left) > 1
                and right * max(left.bit_length(), 1) > MAX_POWER_BITS
            ):
                raise SecurityError(f"{left} ** {right} is too large a number to compute")
            return super().call_binop(context, operator, left, right)

    return Bounded


def _bounded_loader(folder: Path):  # type: ignore[no-untyped-def]
    """A FileSystemLoader that reads no template file over MAX_SETTINGS_BYTES and no device,
    pipe or folder (a template named /dev/zero, or a 3 GB file, is one line)."""
    import os

    from jinja2 import FileSystemLoader, TemplateNotFound
    from jinja2.loaders import split_template_path

    class Bounded(FileSystemLoader):
        def get_source(self, environment, template):  # type: ignore[no-untyped-def]
            pieces = split_template_path(template)
            for root in self.searchpath:
                name = os.path.join(root, *pieces)
                if os.path.exists(name):
                    break
            else:
                raise TemplateNotFound(template)
            try:
                size, data = read_at_most(Path(name), MAX_SETTINGS_BYTES)
                if size > MAX_SETTINGS_BYTES:
                    raise TemplateError(
                        f"{name}: over {MAX_SETTINGS_BYTES // 1000} kB; a template is a few kB"
                    )
                source = data.decode("utf-8")
                mtime = os.path.getmtime(name)
            except OSError as exc:
                raise TemplateError(f"{name}: cannot read ({exc.strerror or exc})") from None
            except UnicodeDecodeError:
                raise TemplateError(f"{name}: not UTF-8 text; save it as UTF-8") from None

            def uptodate() -> bool:
                try:
                    return os.path.getmtime(name) == mtime
                except OSError:
                    return False

            return source, os.path.normpath(name), uptodate

    return Bounded(str(folder))


def render_template(
    names: list[str],
    template_dir: Path | None,
    audience_dir: Path | None = None,
    **context: object,
) -> str:
    """Render the first existing template of ``names``; errors become one-line TemplateErrors."""
    from jinja2 import TemplateNotFound, TemplatesNotFound, TemplateSyntaxError
    from jinja2.exceptions import SecurityError, UndefinedError

    env = environment(template_dir, audience_dir)
    try:
        template = env.select_template(names)
        return template.render(**context)
    except (TemplateNotFound, TemplatesNotFound):
        raise TemplateError(f"no template found among {', '.join(names)}") from None
    except TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}") from None
    except (SecurityError, UndefinedError) as exc:
        where = _template_line(exc)
        raise TemplateError(f"{where}: {exc} (not allowed in a brief template)") from None
    except RecursionError as exc:
        where = _template_line(exc)
        raise TemplateError(
            f"{where}: a macro, include or block calls itself without end "
            "(maximum recursion depth exceeded)"
        ) from None
    except Exception as exc:
        if not _failed_in_template(exc):
            raise  # a bug in briefing's own code keeps its traceback
        where = _template_line(exc)
        raise TemplateError(
            f"{where}: {type(exc).__name__}: {exc} (the template failed while rendering)"
        ) from None


def _frames(exc: BaseException) -> list[str]:
    """The file of each frame of the traceback, outermost first."""
    files, tb = [], exc.__traceback__
    while tb is not None:
        files.append(tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
    return files


def _template_line(exc: BaseException) -> str:
    """'file.j2:12' from the innermost traceback frame that ran template code."""
    tb = exc.__traceback__
    where = "template"
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def _failed_in_template(exc: BaseException) -> bool:
    """Whether the error is the template's own ({{ 1 // 0 }}, a method called with the wrong
    arguments): raised in template code or in what it called of Jinja and Python, not in
    briefing's own code (a filter such as ``md``), whose errors are bugs to be reported with
    their traceback, not blamed on a team's template."""
    files = _frames(exc)
    templates = [n for n, name in enumerate(files) if name.endswith(".j2")]
    if not templates:
        return False
    ours = str(Path(__file__).resolve().parent.parent)
    called = files[templates[-1] + 1 :]
    return not any(name.startswith(ours) and name.endswith(".py") for name in called)
