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
from briefing.settings.resources import templates_dir

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape_markdown(value: object) -> str:
    """Keep article text literal in Markdown: backslash-escape what Markdown would interpret."""
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^([-=]|\d+\.)", r"\\\1", text)


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
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    builtin = FileSystemLoader(str(templates_dir()))
    loaders = [FileSystemLoader(str(f)) for f in search_path(template_dir, audience_dir)]
    loader = ChoiceLoader([*loaders, PrefixLoader({"default": builtin}, delimiter=":")])
    env = ImmutableSandboxedEnvironment(
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
