"""``briefing templates list`` and ``init``: which template file wins, and what it offers.

A team customising the brief needs to see the search path (--template-dir, the audience's
folder, the built-ins), which file each template name resolves to, and the blocks it can
replace with ``{% extends "default:brief.html.j2" %}``. ``init`` copies the built-ins into a
folder to start from, and never overwrites a file already there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.errors import SettingsError
from briefing.render.templates import environment, search_path
from briefing.settings.resources import templates_dir


@dataclass(frozen=True)
class TemplateEntry:
    """One template name as the search path resolves it."""

    name: str
    winner: Path
    origin: str  # "--template-dir", "audience NAME" or "built-in"
    shadowed: tuple[Path, ...]
    blocks: tuple[str, ...]
    extends: str | None


def list_templates(
    template_dir: Path | None, audience_dir: Path | None, audience: str
) -> list[TemplateEntry]:
    """Every template name found on the search path, first folder winning."""
    folders = search_path(template_dir, audience_dir)
    labels = {template_dir: "--template-dir", audience_dir: f"audience {audience}"}
    env = environment(template_dir, audience_dir)
    names = sorted({p.name for folder in folders if folder.is_dir() for p in folder.glob("*.j2")})
    entries = []
    for name in names:
        found = [f / name for f in folders if (f / name).is_file()]
        winner = found[0]
        origin = next((labels[f] for f in labels if f is not None and f / name == winner), None)
        blocks, extends = _blocks(env, winner)
        entries.append(
            TemplateEntry(name, winner, origin or "built-in", tuple(found[1:]), blocks, extends)
        )
    return entries


def _blocks(env, path: Path) -> tuple[tuple[str, ...], str | None]:  # noqa: ANN001
    from jinja2 import TemplateSyntaxError, nodes

    try:
        tree = env.parse(path.read_text(encoding="utf-8"), path.name, str(path))
    except TemplateSyntaxError as exc:
        raise SettingsError(f"{path}:{exc.lineno}: {exc.message}") from None
    parent = next(iter(tree.find_all(nodes.Extends)), None)
    extends = parent.template.value if parent and isinstance(parent.template, nodes.Const) else None
    return tuple(b.name for b in tree.find_all(nodes.Block)), extends


def format_listing(entries: list[TemplateEntry], folders: list[Path]) -> str:
    """The listing as the command prints it."""
    lines = ["Search path (first match wins):"]
    lines += [f"  {i}. {folder}" for i, folder in enumerate(folders, start=1)]
    for entry in entries:
        lines.append("")
        lines.append(f"{entry.name}  <- {entry.winner}  ({entry.origin})")
        if entry.extends:
            lines.append(f"  extends {entry.extends}; replaces: {', '.join(entry.blocks) or '-'}")
        else:
            lines.append(f"  blocks: {', '.join(entry.blocks) or '-'}")
        for path in entry.shadowed:
            lines.append(f"  overrides {path}")
    return "\n".join(lines)


def init_templates(destination: Path) -> list[Path]:
    """Copy the built-in templates and audience profiles into ``destination``.

    Nothing is written when any target exists, so a team's edited copy is never lost.
    """
    from briefing.render.write import write_atomic

    root = templates_dir()
    sources = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    targets = [(src, destination / src.relative_to(root)) for src in sources]
    existing = [t for _, t in targets if t.exists()]
    if existing:
        raise SettingsError(
            f"{existing[0]} exists; 'templates init' never overwrites (choose an empty folder)"
        )
    try:
        for source, target in targets:
            write_atomic(target, source.read_bytes())
    except OSError as exc:
        raise SettingsError(f"{destination}: cannot write ({exc.strerror or exc})") from None
    return [t for _, t in targets]
