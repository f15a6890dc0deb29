"""Render the brief as one standalone HTML file, its stylesheet inlined."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing.brief import BriefContext, HouseStyle
from briefing.render.templates import render_template
from briefing.settings.resources import styles_dir

if TYPE_CHECKING:
    from briefing.settings.audience import Audience

# House colours map onto the stylesheet's custom properties.
COLOUR_PROPERTIES = {
    "accent": "--accent",
    "ink": "--ink",
    "muted": "--muted",
    "rule": "--rule",
    "soft": "--soft",
}


def audience_of(context: BriefContext, audience: Audience | None) -> Audience | None:
    """The profile to render with: the one given, else the built-in the context names."""
    from briefing.settings.audience import BUILTIN_AUDIENCES, load_audience

    if audience is None and context.audience in BUILTIN_AUDIENCES:
        return load_audience(context.audience)
    return audience


def css_string(text: str) -> str:
    """A CSS string literal that cannot end the string, the rule or the <style> element."""
    escaped = "".join(
        ch if ch.isalnum() or ch in " .,:;-_/()" else f"\\{ord(ch):x} " for ch in text
    )
    return f'"{escaped}"'


def house_css(house: HouseStyle) -> str:
    """Colours and the handling marking in every page's header and footer (print)."""
    rules = [f"{COLOUR_PROPERTIES[k]}: {v};" for k, v in house.colours.items()]
    css = f":root {{ {' '.join(rules)} }}\n" if rules else ""
    if house.marking:
        box = f"content: {css_string(house.marking)}; font: bold 8.5pt 'DejaVu Sans', sans-serif;"
        css += (
            f"@page {{ @top-center {{ {box} color: #a4262c; letter-spacing: .12em; }}\n"
            f"  @bottom-center {{ {box} color: #a4262c; letter-spacing: .12em; }} }}\n"
        )
    if house.footer:
        css += f"@page {{ @bottom-left {{ content: {css_string(house.footer)}; }} }}\n"
    return css


def stylesheet(context: BriefContext, audience: Audience | None = None) -> str:
    """The bundled CSS, the audience's stylesheet when it has one, then the house style."""
    css = (styles_dir() / "brief.css").read_text(encoding="utf-8")
    if audience is not None and audience.stylesheet is not None:
        css += "\n" + audience.stylesheet.read_text(encoding="utf-8")
    return css + "\n" + house_css(context.house)


def render_html(
    context: BriefContext,
    template_dir: Path | None = None,
    *,
    for_print: bool = False,
    audience: Audience | None = None,
) -> str:
    """Standalone HTML (no external resources); ``for_print`` marks the one-page PDF layout."""
    audience = audience_of(context, audience)
    names = [f"brief.{context.audience}.html.j2", "brief.html.j2"]
    return render_template(
        names,
        template_dir,
        audience.folder if audience else None,
        brief=context,
        css=stylesheet(context, audience),
        for_print=for_print,
    )
