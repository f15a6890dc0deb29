"""Build the open-questions fixture set (tune.jsonl, holdout.jsonl) from the cases below.

Every article here was written for this project; none is copied from anywhere. Each case is
one article or a pair of articles plus its gold questions. Offsets are computed here, never by
hand: a span is given by its exact text, which must occur once in its document. Every third
case of each kind goes to holdout.jsonl, which is scored but not looked at while tuning rules.

Gold conventions (same JSONL style as ../shared/eval):
- explicit: the interrogative sentence (or the quoted question) and who asks it (null when the
  article itself asks);
- unresolved: the sentence that says a matter is undecided or unknown;
- uncertain: the sentence with a hedged claim about a named actor or a key event;
- contested: two ``sides``, each the statement of one speaker, incompatible with the other;
- negatives (``questions: []`` or fewer items) look similar: rhetorical questions, agreement
  between sources, resolved decisions, hedges about trivia.

    python tests/data/questions/build.py
"""

from __future__ import annotations

import json
from pathlib import Path

from cases_contested import CONTESTED
from cases_explicit import EXPLICIT
from cases_uncertain import UNCERTAIN
from cases_unresolved import UNRESOLVED

HERE = Path(__file__).resolve().parent
PUBLISHED = "2025-03-04"


def span(text: str, part: str) -> dict:
    if text.count(part) != 1:
        raise ValueError(f"{part!r} occurs {text.count(part)} times in {text[:60]!r}")
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part)}


def row(kind: str, number: int, case: dict) -> dict:
    """One JSONL row: the documents and the gold questions with offsets."""
    texts = case["docs"] if "docs" in case else [case["text"]]
    documents = [
        {"id": f"{kind}-{number:02d}-{chr(97 + i)}", "published": PUBLISHED, "text": t}
        for i, t in enumerate(texts)
    ]
    questions = []
    for gold in case.get("gold", []):
        if gold["kind"] == "contested":
            sides = []
            for doc, part, speaker in gold["sides"]:
                sides.append(
                    {"doc": documents[doc]["id"], "speaker": speaker}
                    | span(documents[doc]["text"], part)
                )
            questions.append({"kind": "contested", "sides": sides})
        else:
            doc = gold.get("doc", 0)
            item = {"kind": gold["kind"], "doc": documents[doc]["id"]}
            item |= span(documents[doc]["text"], gold["span"])
            item["speaker"] = gold.get("speaker")
            questions.append(item)
    return {
        "id": f"{kind}-{number:02d}",
        "kind": kind,
        "negative": not questions,
        "documents": documents,
        "questions": questions,
    }


def main() -> None:
    tune, holdout = [], []
    for kind, cases in (
        ("explicit", EXPLICIT),
        ("unresolved", UNRESOLVED),
        ("uncertain", UNCERTAIN),
        ("contested", CONTESTED),
    ):
        for number, case in enumerate(cases, start=1):
            (holdout if number % 3 == 0 else tune).append(row(kind, number, case))
    for name, rows in (("tune.jsonl", tune), ("holdout.jsonl", holdout)):
        with (HERE / name).open("w", encoding="utf-8") as handle:
            for r in rows:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"tune: {len(tune)} cases, holdout: {len(holdout)} cases")


if __name__ == "__main__":
    main()
