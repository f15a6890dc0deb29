"""Roles as the brief shows them: abbreviated titles written out.

Wire copy abbreviates titles before a name ("Sen. Elizabeth Warren", "Lt. Gen. Ana Ruiz",
"Gov. Tom Vik"); the brief lists the actor once with its role, where "Sen." reads as a
typo and differs from the "Senator" another article uses. Only capitalised abbreviations
are written out, so a role the article spells in full or in lower case is left as it is.
"""

from __future__ import annotations

import re

from briefing.rules import abbreviations, alternation

ABBREVIATIONS = abbreviations("role")
_ABBREVIATED = re.compile(r"\b(" + alternation(ABBREVIATIONS) + r")\b\.?")


def written_out(role: str | None) -> str | None:
    """'Sen.' -> 'Senator', 'Lt. Gen.' -> 'Lieutenant General'; other roles unchanged."""
    if not role:
        return role
    return _ABBREVIATED.sub(lambda m: ABBREVIATIONS[m.group(1)], role)
