"""Audiences: who a brief is for, as a small TOML profile instead of code.

A profile says which sections the brief shows and in what order, how many items each may
hold, what each keeps when the PDF must fit one page, the heading wording and an optional
stylesheet. The built-ins live in ``templates/audiences/<name>/profile.toml``; a team passes
its own with ``--audience path/to/profile.toml``. Profiles are validated when loaded, so a
typo gives one line naming the file instead of a silently ignored setting.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from briefing.errors import SettingsError
from briefing.settings.files import load_toml, read_at_most
from briefing.settings.resources import templates_dir

BUILTIN_AUDIENCES = ("analyst", "minister", "press")

# Every section a profile may name, in the order a profile without "sections" shows them,
# each written once with its defaults: the heading, how many items it may show, and how many
# it keeps when the PDF must fit one page (None: no default of its own).
_SECTIONS: dict[str, tuple[str, int | None, int | None]] = {
    "bottom_line": ("Bottom line", 3, 1),
    "key_points": ("Key points", 3, None),
    "decisions": ("Being asked or decided", 4, None),
    "lines": ("Lines to take", 5, None),
    "actors": ("Key actors", 8, 3),
    "quotes": ("Key quotes", 8, 2),
    "events": ("What's next", 8, 2),
    "questions": ("Open questions", 5, 2),
    "expected_questions": ("Expected questions", 4, None),
    "sources": ("Sources", None, None),
}
SECTION_HEADINGS: Mapping[str, str] = MappingProxyType(
    {section: heading for section, (heading, _, _) in _SECTIONS.items()}
)
DEFAULT_LIMITS: Mapping[str, int] = MappingProxyType(
    {section: limit for section, (_, limit, _) in _SECTIONS.items() if limit is not None}
)
DEFAULT_KEEP: Mapping[str, int] = MappingProxyType(
    {section: keep for section, (_, _, keep) in _SECTIONS.items() if keep is not None}
)
_KEYS = {
    "name",
    "label",
    "description",
    "sections",
    "stylesheet",
    "limits",
    "headings",
    "budget",
    "filters",
    "docx_template",
}
_FILTERS = {"direct_quotes_only", "dated_events_only"}
MAX_STYLESHEET_BYTES = 500_000  # the bundled one is a few kB; it is pasted into every brief


@dataclass(frozen=True)
class Audience:
    """A loaded, validated audience profile."""

    name: str
    label: str
    sections: tuple[str, ...]
    folder: Path  # searched for templates between --template-dir and the built-ins
    source: Path  # the profile file, for messages
    description: str = ""
    limits: Mapping[str, int] = field(default_factory=dict)
    headings: Mapping[str, str] = field(default_factory=dict)
    keep: Mapping[str, int] = field(default_factory=dict)
    stylesheet: Path | None = None
    css: str = ""  # the stylesheet's text, read and checked when the profile is loaded
    direct_quotes_only: bool = False
    dated_events_only: bool = False
    docx_template: Path | None = None  # the reference .docx of brief.docx, in the folder

    def limit(self, section: str) -> int:
        """How many items ``section`` may show (0 when the profile leaves it out)."""
        if section not in self.sections:
            return 0
        return self.limits.get(section, DEFAULT_LIMITS.get(section, 0))

    def heading(self, section: str) -> str:
        return self.headings.get(section, SECTION_HEADINGS[section])


def load_audience(value: str) -> Audience:
    """A built-in name (``minister``) or the path of a profile file (``team/profile.toml``)."""
    if value in BUILTIN_AUDIENCES:
        return load_profile(templates_dir() / "audiences" / value / "profile.toml", value)
    path = Path(value)
    if path.suffix == ".toml" or path.is_file():
        if not path.is_file():
            raise SettingsError(f"--audience {value}: no such profile file")
        return load_profile(path, None)
    raise SettingsError(
        f"--audience {value!r} is neither a built-in audience "
        f"({', '.join(BUILTIN_AUDIENCES)}) nor a profile .toml file"
    )


def load_profile(path: Path, builtin_name: str | None) -> Audience:
    """Parse and validate one profile; every mistake is a SettingsError naming the file."""
    data = load_toml(path, "the audience profile")
    check = _Checker(path)
    check.keys(data, _KEYS, "")
    name = builtin_name or check.text(data, "name", path.parent.name or path.stem)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,40}", name):
        raise SettingsError(f"{path}: name {name!r} must be letters, digits, '-' or '_'")
    sections = check.sections(data.get("sections", list(SECTION_HEADINGS)), "sections")
    filters = check.table(data, "filters")
    check.keys(filters, _FILTERS, "filters.")
    stylesheet, css = None, ""
    if "stylesheet" in data:
        stylesheet = check.stylesheet(check.text(data, "stylesheet", ""))
        css = check.css(stylesheet, data["stylesheet"])
    docx_template = None
    if "docx_template" in data:
        docx_template = check.own_file(check.text(data, "docx_template", ""), "docx_template")
    budget = check.table(data, "budget")
    check.keys(budget, {"keep"}, "budget.")
    return Audience(
        name=name,
        label=check.text(data, "label", name.capitalize()),
        description=check.text(data, "description", ""),
        sections=sections,
        folder=path.parent.resolve(),
        source=path,
        limits=MappingProxyType(check.numbers(check.table(data, "limits"), "limits")),
        headings=MappingProxyType(check.headings(check.table(data, "headings"))),
        keep=MappingProxyType(
            {**DEFAULT_KEEP, **check.numbers(check.table(budget, "keep"), "budget.keep")}
        ),
        stylesheet=stylesheet,
        css=css,
        direct_quotes_only=bool(check.flag(filters, "direct_quotes_only")),
        dated_events_only=bool(check.flag(filters, "dated_events_only")),
        docx_template=docx_template,
    )


class _Checker:
    """Validation helpers that raise one-line SettingsErrors naming the profile file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, message: str) -> SettingsError:
        return SettingsError(f"{self.path}: {message}")

    def keys(self, data: Mapping, known: set[str], prefix: str) -> None:
        unknown = sorted(set(data) - known)
        if unknown:
            raise self.fail(
                f"unknown key '{prefix}{unknown[0]}' (known: {', '.join(sorted(known))})"
            )

    def section(self, name: object, where: str) -> str:
        if name not in SECTION_HEADINGS:
            raise self.fail(
                f"unknown section {name!r} in {where} (known: {', '.join(SECTION_HEADINGS)})"
            )
        return str(name)

    def sections(self, value: object, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(f"{where} must be a non-empty list of section names")
        names = tuple(self.section(v, where) for v in value)
        if len(set(names)) != len(names):
            raise self.fail(f"{where} names a section twice")
        return names

    def table(self, data: Mapping, key: str) -> Mapping:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(f"{key} must be a table")
        return value

    def text(self, data: Mapping, key: str, default: str) -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            raise self.fail(f"{key} must be a string")
        return value

    def flag(self, data: Mapping, key: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"filters.{key} must be true or false")
        return value

    def numbers(self, data: Mapping, where: str) -> dict[str, int]:
        result = {}
        for key, value in data.items():
            self.section(key, where)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise self.fail(f"{where}.{key} must be a whole number >= 0")
            result[key] = value
        return result

    def stylesheet(self, name: str) -> Path:
        """The file ``name`` inside the profile's own folder. A profile is often someone
        else's file: it may not point the brief at /etc/passwd or ../../x and have that file
        pasted into every HTML brief it makes."""
        return self.own_file(name, "stylesheet")

    def own_file(self, name: str, key: str) -> Path:
        """A file the profile names (``key``), which must lie in the profile's own folder."""
        folder = self.path.parent.resolve()
        file = (folder / name).resolve()
        if not file.is_relative_to(folder):
            raise self.fail(f"{key} {name!r} must be a file in the profile's own folder")
        if not file.is_file():
            raise self.fail(f"{key} {name!r} not found")
        return file

    def css(self, file: Path, name: str) -> str:
        """The stylesheet's text: UTF-8, no binary, and nothing that could end the <style>
        element it is pasted into (``</style><script>`` would run in every HTML brief)."""
        try:
            size, raw = read_at_most(file, MAX_STYLESHEET_BYTES)
        except OSError as exc:
            raise self.fail(f"stylesheet {name!r}: cannot read ({exc.strerror or exc})") from None
        if size > MAX_STYLESHEET_BYTES:
            raise self.fail(f"stylesheet {name!r} is over {MAX_STYLESHEET_BYTES // 1000} kB")
        if b"\x00" in raw:
            raise self.fail(f"stylesheet {name!r} is a binary file, not CSS")
        try:
            css = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise self.fail(f"stylesheet {name!r} is not UTF-8 text; save it as UTF-8") from None
        if re.search(r"</style", css, re.I):
            raise self.fail(
                f"stylesheet {name!r} contains '</style', which would end the brief's <style> "
                "element; remove it"
            )
        return css

    def headings(self, data: Mapping) -> dict[str, str]:
        for key, value in data.items():
            self.section(key, "headings")
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"headings.{key} must be a non-empty string")
        return dict(data)
