"""Render the brief as one standalone HTML file, its stylesheet inlined.

The audience arrives as a resolved profile (``build`` loads it once): its folder joins the
template search path and its stylesheet follows the bundled one. Nothing here loads a profile.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.brief import DEFAULT_COLOURS, BriefContext, HouseStyle
from briefing.render.templates import render_template
from briefing.settings.resources import styles_dir

if TYPE_CHECKING:
    from briefing.settings.audience import Audience

_STYLE_END = re.compile(r"</(?=style)", re.I)
# House colours map onto the stylesheet's custom properties.
COLOUR_PROPERTIES = {name: f"--{name}" for name in DEFAULT_COLOURS}


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


def stylesheet(context: BriefContext, audience: Audience) -> str:
    """The bundled CSS, the audience's stylesheet when it has one, then the house style,
    made safe to paste into a <style> element (see ``inert_in_style``)."""
    css = (styles_dir() / "brief.css").read_text(encoding="utf-8")
    if audience.css:
        css += "\n" + audience.css
    return inert_in_style(css + "\n" + house_css(context.house))


def inert_in_style(css: str) -> str:
    """CSS that cannot end the <style> element holding it: ``</style`` becomes ``<\\/style``,
    the same to CSS (``\\/`` is an escaped slash) but no end tag to HTML. Profiles refuse
    such a stylesheet already (settings/audience.py); this holds for every source of CSS."""
    return _STYLE_END.sub(r"<\\/", css)


def render_html(
    context: BriefContext,
    template_dir: Path | None = None,
    *,
    audience: Audience,
    for_print: bool = False,
) -> str:
    """Standalone HTML (no external resources); ``for_print`` marks the one-page PDF layout."""
    names = [f"brief.{context.audience}.html.j2", "brief.html.j2"]
    return render_template(
        names,
        template_dir,
        audience.folder,
        brief=context,
        css=stylesheet(context, audience),
        for_print=for_print,
    )
