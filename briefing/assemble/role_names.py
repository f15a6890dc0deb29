"""Roles as the brief shows them: abbreviated titles written out.

Wire copy abbreviates titles before a name ("Sen. Elizabeth Warren", "Lt. Gen. Ana Ruiz",
"Gov. Tom Vik"); the brief lists the actor once with its role, where "Sen." reads as a
typo and differs from the "Senator" another article uses. Only capitalised abbreviations
are written out, so a role the article spells in full or in lower case is left as it is.
"""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "Sen": "Senator",
    "Sens": "Senators",
    "Rep": "Representative",
    "Reps": "Representatives",
    "Gov": "Governor",
    "Lt": "Lieutenant",
    "Gen": "General",
    "Col": "Colonel",
    "Capt": "Captain",
    "Cmdr": "Commander",
    "Cdr": "Commander",
    "Adm": "Admiral",
    "Maj": "Major",
    "Sgt": "Sergeant",
    "Cpl": "Corporal",
    "Pvt": "Private",
    "Brig": "Brigadier",
    "Prof": "Professor",
    "Pres": "President",
    "Sec": "Secretary",
    "Secy": "Secretary",
    "Amb": "Ambassador",
    "Atty": "Attorney",
    "Supt": "Superintendent",
    "Insp": "Inspector",
    "Det": "Detective",
    "Cllr": "Councillor",
    "Assemb": "Assembly Member",
}
_ABBREVIATED = re.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")\b\.?")


def written_out(role: str | None) -> str | None:
    """'Sen.' -> 'Senator', 'Lt. Gen.' -> 'Lieutenant General'; other roles unchanged."""
    if not role:
        return role
    return _ABBREVIATED.sub(lambda m: ABBREVIATIONS[m.group(1)], role)
