"""The speaker of a cue from a dependency parse, when the pipeline has a trained parser.

The rule path (speakers.py) guesses the subject from word order; a parser knows it. Only
used when ``doc.has_annotation("DEP")``: the rule pipeline has no parser, and nothing else
depends on this module.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
SHARED_SUBJECT = {"conj", "advcl", "xcomp"}  # 'X met Y and said ...': the subject of 'met'


def subject_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of the subject of the cue at [start, end) (for 'according to', its
    object), or None when the parse has none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    cue = span[0]
    if cue.lower_ == "according":
        return _object_of_according(cue)
    for verb in (cue, cue.head if cue.dep_ in SHARED_SUBJECT else None):
        if verb is None:
            continue
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                return _extent(child)
    return None


def _object_of_according(cue: Token) -> tuple[int, int] | None:
    for to in cue.children:
        for child in to.children:
            if child.dep_ == "pobj":
                return _extent(child)
    return None


def _extent(token: Token) -> tuple[int, int]:
    """The subject's own phrase: its subtree, without a trailing comma or clause."""
    left, right = token.left_edge, token.right_edge
    while right.i > token.i and right.is_punct:
        right = right.nbor(-1)
    return left.idx, right.idx + len(right.text)
