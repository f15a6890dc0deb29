"""Open questions of one document: asked in the text, left undecided, or hedged.

Contested claims need more than one statement, often from different articles, so they are
found in ``briefing.assemble.questions``. Each item is phrased as a question a reader would
ask; ``score`` ranks them (the brief shows a few).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from briefing.extract.events import modality
from briefing.extract.memo import per_document
from briefing.extract.questions.askers import asker, put_to_someone
from briefing.extract.questions.contingencies import contingency
from briefing.extract.questions.demands import demand
from briefing.extract.questions.expiries import expiry
from briefing.extract.questions.inquiries import inquiry
from briefing.extract.questions.necessities import necessity
from briefing.extract.questions.phrasing import (
    as_question,
    done_so,
    hedged_clause,
    lower_first,
    unhedged,
    whether_left_open,
)
from briefing.extract.questions.timings import timing
from briefing.model import (
    Document,
    Evidence,
    NameMention,
    Question,
    QuestionWay,
    Quote,
    anatomy_of,
    evolve,
)
from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import BySpan, ByStart, sentence_spans, text_of
from briefing.rules import alternation, filled, json_rules, patterns
from briefing.rules.regex import compiled

SCORES = {"explicit": 3.0, "contested": 4.0, "unresolved": 2.5, "uncertain": 1.5}


@cache
def cues() -> dict[str, tuple[str, ...]]:
    data = json_rules("question_cues.json")
    return {k: tuple(v) for k, v in data.items() if not k.startswith("_")}


@cache
def _pattern(kind: str, opener: bool = False, cased: bool = False) -> re.Pattern[str]:
    """Any cue phrase of ``kind``; with ``opener``, only at the start (then a word break)."""
    body = r"(?:" + alternation(cues()[kind]) + r")(?![\w’'])"
    return compiled(body if opener else r"\b" + body, 0 if cased else re.I)


def questions(
    doc: Doc, document: Document, quotes: Sequence[Quote], mentions: Sequence[NameMention]
) -> list[Question]:
    """Explicit, unresolved and uncertain questions of one document, in text order."""
    found = []
    full = text_of(doc)
    by_start, quoted = ByStart(mentions), BySpan(quotes)
    authored = anatomy_of(document).author is not None
    headline_end = anatomy_of(document).headline_end
    issued = anatomy_of(document).issued
    previous = ""
    last: tuple[int, int] | None = None  # the sentence before, in the same paragraph
    for span in sentence_spans(doc):
        text = full[span[0] : span[1]].strip()
        if not text:
            continue
        before, previous = previous, text
        same_paragraph = last is not None and "\n" not in full[last[0] : span[0]].strip()
        prior = last if same_paragraph else None
        last = span
        start = full.index(text, span[0])
        evidence = (Evidence(document.id, start, start + len(text), text),)
        names = by_start.within(span[0], span[1])
        item = None
        for mark in re.finditer(r"\?", text):  # a question may close mid-sentence: '?" she asked'
            if authored and not _quoted(start + mark.start(), quoted) and not _press(full, start):
                break  # the author of a statement or remarks asks to make a point, not to learn
            if _subheading(full, start, len(text), headline_end) and not _press(full, start):
                break  # 'Will fans be present?' on its own line: the next lines answer it
            item = _explicit(full, evidence[0], start + mark.end(), names, by_start, quoted)
            if item is not None:
                break
        if "?" not in text and not _ANSWERED.match(text):
            item = _classify(text, evidence, names)
            if item is None:
                item = _demand(
                    full, span, evidence, names, by_start, _year(document), issued, prior
                )
            if item is None:
                item = _expiry(full, span, evidence, names, document.published)
            if item is None:
                item = _inquiry(full, span, evidence, names, _year(document))
            if item is None:
                item = _contingency(full, span, evidence, names, quoted)
            if item is None:
                item = _timing(full, span, evidence, names, by_start, issued)
        if item is not None and item.kind == "unresolved":
            item = evolve(item, text=done_so(item.text, before))
        if item is not None:
            found.append(item)
    return [_numbered(q, document.id, i) for i, q in enumerate(found, start=1)]


_PRESS_TURN = re.compile(patterns("question_patterns.tsv")["press_turn"])
# "Asked whether the talks had failed, Lund said no.": put and answered in one sentence
_ANSWERED = re.compile(patterns("question_patterns.tsv")["asked_answered"])
_FUTURE = re.compile(patterns("question_patterns.tsv")["future_question"], re.I)


def _press(full: str, position: int) -> bool:
    """A reporter's turn in a transcript of remarks: its line opens with 'Q' ('Q Mr.
    President, will you ...?'), someone else asking the author."""
    line = full.rfind("\n", 0, position) + 1
    return bool(_PRESS_TURN.match(full, line))


def _subheading(full: str, start: int, length: int, headline_end: int) -> bool:
    """A question that stands alone on its own line inside the body, from its first word
    ('Will fans be present?', 'Who will and won't attend this year?', after a live blog's
    time label: '9 a.m. ET: Will ...?'), with lines before and after it: an explainer's or
    a live blog's sub-heading, which the lines after it answer, not a matter the article
    leaves open (issue 17, fresh wire samples). The headline's own question ('When will
    the referendum be held? Here are three possible dates'), a question a sentence leads
    up to ('... faced with a critical juncture: will the West stand firm ...?') and a
    quotation standing alone stay."""
    if start < headline_end or full[start : start + 1] in "\"“‘'":
        return False
    line_start = full.rfind("\n", 0, start) + 1
    line_end = full.find("\n", start + length)
    if line_end < 0 or not full[:line_start].strip() or not full[line_end:].strip():
        return False  # nothing before it or nothing after it to answer it
    line = full[line_start:line_end].strip()
    if line != full[start : start + length].strip():
        return False
    line = _TIME_LABEL.sub("", line, count=1)
    return bool(_pattern("question_openers", opener=True).match(line))


# a live blog's time label before its entry: '9 a.m. ET: ', '14:05 - '
_TIME_LABEL = re.compile(
    r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?\s*[:\-\u2013\u2014]\s+"
)


def _quoted(position: int, quotes: BySpan[Quote]) -> bool:
    """Inside a direct quotation of someone the statement quotes (not a sentence of the
    statement itself, which extract.quotes also gives as its author's words)."""
    return any(
        q.kind == "direct" and q.speaker_via != "statement" for q in quotes.touching(position)
    )


_VOCATIVE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+")


def _well_formed(asked: str) -> bool:
    """A question the brief can put to the reader opens with a wh-word or an auxiliary, after
    a vocative ('Mr. President, will you ...?') and a lead-in ('And how ...?')."""
    vocative = _VOCATIVE.match(asked)
    words = asked[vocative.end() if vocative else 0 :].lower().split()
    while words and words[0].strip(",") in cues()["question_lead_ins"]:
        words = words[1:]
    return bool(words) and words[0].strip(",") in cues()["question_openers"]


def _weight(names: Sequence[NameMention]) -> float:
    return 1 + 0.25 * min(len(names), 4)


def _explicit(
    full: str,
    evidence: Evidence,
    mark: int,
    names: list[NameMention],
    mentions: ByStart[NameMention],
    quotes: BySpan[Quote],
) -> Question | None:
    """The question that ends at ``mark`` (just after its '?') in a sentence, unless it is
    rhetorical: a negative or fixed rhetorical opener ("Isn't it obvious ...?", "Who would
    not ...?") or answered at once ("No.", "The answer is ...")."""
    asked = _asked(full[evidence.start : mark])
    start = full.rfind(asked[1:], evidence.start, mark) - 1  # _asked capitalises the first letter
    if _pattern("rhetorical_openers", opener=True).match(asked) or not _well_formed(asked):
        return None
    reply = full[mark : mark + 40].lstrip(' "”’')
    answer = _pattern("answers", opener=True).match(reply)
    # Answered when the reply is the answer word alone ("No.", "Absolutely,") or "The answer
    # ..."; "Nobody knows." after a question says it is open, not answered.
    if answer and (
        reply[answer.end() : answer.end() + 1] in {".", ",", "!"}
        or "answer" in answer.group(0).lower()
    ):
        return None
    start = max(start, evidence.start)
    # About what will happen ("Will the West stand firm ...?", "Mr. President, will you
    # ...?": "future") or put to someone (a reporter's turn, '"...?" asked X': "asked"):
    # asked to learn. Any other question a writer or speaker asks in passing ("How is that
    # possible?", "What ever happened to ...?") mostly makes a point: an aside, held back.
    put = _press(full, evidence.start) or put_to_someone(full, start, mark)
    return Question(
        "",
        asked,
        "explicit",
        evidence=(evidence,),
        score=SCORES["explicit"] * _weight(names),
        asked_by=asker(full, start, mark, mentions, quotes),
        found_by="future" if _FUTURE.match(asked) else "asked" if put else "aside",
    )


def _classify(
    text: str, evidence: tuple[Evidence, ...], names: list[NameMention]
) -> Question | None:
    weight = _weight(names)
    if _unresolved(text):
        return Question(
            "",
            as_question(text),
            "unresolved",
            evidence=evidence,
            score=SCORES["unresolved"] * weight,
            found_by="undecided",
        )
    hedge = _hedge(text, names)
    if hedge is not None:
        claim, strong = hedge
        claim = _OPENING_ADVERBIAL.sub("", claim.strip(" ,."))
        if _NOT_PROSE.search(claim):
            return None  # an embedded post or a link: no claim the brief can put in words
        # A rumour asks for confirmation; a possibility ("could sign") for its likelihood.
        asked = "Is it confirmed that" if strong else "How likely is it that"
        return Question(
            "",
            f"{asked} {lower_first(claim)}?",
            "uncertain",
            evidence=evidence,
            score=SCORES["uncertain"] * weight * (1.0 if strong else 0.7),
            found_by="rumour" if strong else _possibility_way(text),
        )
    return None


def _demand(
    full: str,
    span: tuple[int, int],
    evidence: tuple[Evidence, ...],
    names: list[NameMention],
    mentions: ByStart[NameMention],
    year: int | None,
    issued: bool,
    before: tuple[int, int] | None = None,
) -> Question | None:
    """A demand on a named party, asked as whether it will comply (``demands``), or a
    necessity about an arrangement, asked as whether it will come about (``necessities``).
    A demand or necessity an office issues is its own; in a report the same 'must' or
    'should' is mostly the writer's or a source's opinion ('X should place values ahead of
    interests'), so it is found by a way of its own ('opinion'), measured apart. An appeal
    names who makes it, in a report too, and keeps its way (so does an appeal to all
    the parties, 'collective')."""
    found = demand(full, span, mentions, year, before)
    if found is None:
        asked = necessity(full, span, mentions)
        found = (asked, "necessity") if asked is not None else None
    if found is None:
        return None
    asked, way = found
    appealed = way == "appeal" or way == "collective"
    if not appealed and not issued:
        way = "opinion"
    return _open_matter(asked, evidence, names, way)


def _expiry(
    full: str,
    span: tuple[int, int],
    evidence: tuple[Evidence, ...],
    names: list[NameMention],
    published: str | None,
) -> Question | None:
    """A time-limited arrangement, asked as what happens when it ends (``expiries``): in an
    office's statement and in a report alike, since the period is a fact either reports."""
    asked = expiry(full, span, published)
    if asked is None:
        return None
    return _open_matter(asked, evidence, names, "expiry")


def _inquiry(
    full: str,
    span: tuple[int, int],
    evidence: tuple[Evidence, ...],
    names: list[NameMention],
    year: int | None,
) -> Question | None:
    """An investigation called for, asked as whether it will take place (``inquiries``): in
    a statement and in a report alike, since the call is a fact either reports."""
    asked = inquiry(full, span, names, year)
    if asked is None:
        return None
    return _open_matter(asked, evidence, names, "inquiry")


def _contingency(
    full: str,
    span: tuple[int, int],
    evidence: tuple[Evidence, ...],
    names: list[NameMention],
    quotes: BySpan[Quote],
) -> Question | None:
    """A named party's possible act on which a response hangs, asked as what happens if it
    acts (``contingencies``): in a statement and in a report alike, but only in the text's
    own sentences: a quotation's hypothetical ('If he is nominated, I'd switch') is mostly
    its speaker's rhetoric."""
    sentence = evidence[0]
    if sentence.text[:1] in '"“' or _quoted(sentence.start + 1, quotes):
        return None
    asked = contingency(full, span, names)
    if asked is None:
        return None
    return _open_matter(asked, evidence, names, "contingency")


def _timing(
    full: str,
    span: tuple[int, int],
    evidence: tuple[Evidence, ...],
    names: list[NameMention],
    mentions: ByStart[NameMention],
    issued: bool,
) -> Question | None:
    """A named party's undertaking whose time the sentence leaves open, asked as when it
    comes (``timings``)."""
    asked = timing(full, span, mentions, issued)
    if asked is None:
        return None
    return _open_matter(asked, evidence, names, "timing")


def _open_matter(
    asked: str, evidence: tuple[Evidence, ...], names: list[NameMention], way: QuestionWay
) -> Question | None:
    """An open matter phrased by one of the ways that write their own question (a demand,
    a necessity, an appeal, an expiry): kind 'unresolved', scored as any other, so the
    ways differ only in how they were found, which select/confidence.py judges. None when
    a commitment's question rests on an object pronoun it cannot resolve (``_points_out``)."""
    if way in cues()["pronoun_ways"] and _points_out(asked):
        return None
    return Question(
        "",
        asked,
        "unresolved",
        evidence=evidence,
        score=SCORES["unresolved"] * _weight(names),
        found_by=way,
    )


def _points_out(asked: str) -> bool:
    """Whether an object pronoun in the question points outside it ('What happens if
    Varnian sanctions hit them?', 'Will all parties implement it faithfully?'): the object
    of a clause cannot be its own subject, and the question names nothing else it could be,
    so read alone it does not say what it asks (question_cues.json pronoun_*). An 'it' that
    opens a clause of its own (a finite verb after it: 'confirm it will withdraw', 'every
    licence it granted') and a possessive 'her' are kept."""
    words = re.findall(r"[\w’'-]+|[^\w\s]", asked)
    c = cues()
    for i, word in enumerate(words[1:], start=1):
        low = word.lower()
        if low not in c["pronoun_objects"]:
            continue
        after = words[i + 1].lower() if i + 1 < len(words) else "?"
        if low == "it" and (after in c["pronoun_clause_verbs"] or after.endswith(("ed", "s"))):
            continue  # 'confirm it will withdraw', 'every licence it granted': its own clause
        if low == "her" and after[:1].isalnum() and after not in c["pronoun_her_object_before"]:
            continue
        return True
    return "its" in (w.lower() for w in words) and _plural_subject(words)


def _plural_subject(words: list[str]) -> bool:
    """Whether the question's subject is a plural common noun right before its verb, among
    the first words after the opener ('... if Varnian sanctions hit its ferries', 'Will all
    parties meet its ...'): an 'its' after it agrees with nothing the question names. Names
    keep their case and are left alone ('the United States lifts its ...'), and so are
    singular nouns in -ss, -is or -us ('basis', 'consensus')."""
    c = cues()
    lowered = [w.lower() for w in words]
    start = next((i + 1 for i, w in enumerate(lowered) if w in c["pronoun_subject_openers"]), 1)
    head = words[start : start + c["pronoun_subject_span"][0]]
    for word, verb in itertools.pairwise(head):
        if word.lower() == "its":
            return False
        if (
            word.islower()
            and word.endswith("s")
            and not word.endswith(c["pronoun_singular_endings"])
            and word not in c["pronoun_singular_s"]
            and verb.islower()
            and verb.isalpha()
            and not verb.endswith("s")
        ):
            return True
    return False


def _year(document: Document) -> int | None:
    """The article's year, against which an appeal made in an earlier year is history."""
    published = document.published or ""
    return int(published[:4]) if published[:4].isdigit() else None


# "The ministry declined to comment.", "Buma declined to comment on the state of the talks":
# a refusal that names no open matter (no whether/if/wh-clause, no "reports that ...") is
# no question.
_PATTERNS = patterns("question_patterns.tsv")
_NOTHING_AFTER = re.compile(_PATTERNS["nothing_after"])
_NEGATED = re.compile(_PATTERNS["negated"])
_CLAUSE_BREAK = re.compile(_PATTERNS["clause_break"])


@per_document  # a sentence is tried as a question by more than one way
def _unresolved(text: str) -> bool:
    """A matter still open: a cue phrase ("has yet to decide", "remains to be seen"), a negated
    verb of knowing or deciding before a wh-word ("could not say when"), a verb of deliberation
    before whether/if ("are debating whether"), or a decision not yet taken ("has not been set")."""
    lowered = text.lower()
    if whether_left_open(text):
        return True
    present = modality.words_in(text)
    if _may_hold("unresolved", present):  # each cue needs one of these words
        cue = _pattern("unresolved").search(text)
        refusal = cue and cue.group().lower().startswith(cues()["refusal_openers"])
        if cue and not (refusal and _NOTHING_AFTER.match(text, cue.end())):
            return True
    triggers = (cues()["negation_triggers"], ("whether", "if "), ("been",))
    return any(
        any(t in lowered for t in words)
        and (present is None or not verbs.isdisjoint(present))
        and p.search(text)
        for words, verbs, p in zip(triggers, _open_keys(), _open_patterns(), strict=True)
    )


@cache
def _open_keys() -> tuple[frozenset[str], ...]:
    """The verb slot of each ``_open_patterns`` pattern as ``modality.keys`` words: one of
    them, a whole word, is in every match."""
    return tuple(
        frozenset(max(re.findall("[a-z]+", verb.lower()), key=len) for verb in cues()[kind])
        for kind in ("unknown_verbs", "deliberation_verbs", "pending_participles")
    )


@cache
def _keys(kind: str) -> frozenset[str] | None:
    """A telling word of each cue phrase (``modality.telling_words``): a sentence without any
    of them holds no cue."""
    return modality.telling_words(cues()[kind])


def _may_hold(kind: str, words: frozenset[str] | None) -> bool:
    """A cheap test before the regular expression: most sentences hold no cue word at all,
    and a set intersection is far cheaper than a long alternation. ``words``: the
    sentence's ``modality.words_in``, which the other ways ask for too (once per sentence)."""
    return modality.holds_any(_keys(kind), words)


@cache
def _open_patterns() -> tuple[re.Pattern[str], ...]:
    slots = {
        "UNKNOWN_VERBS": alternation(cues()["unknown_verbs"]),
        "DELIBERATION_VERBS": alternation(cues()["deliberation_verbs"]),
        "PENDING": alternation(cues()["pending_participles"]),
        "WH": alternation(cues()["wh_words"]),
    }
    return tuple(
        re.compile(filled(_PATTERNS[name], slots), re.I)
        for name in ("not_knowing", "deliberating", "pending")
    )


def _hedge(text: str, names: Sequence[NameMention]) -> tuple[str, bool] | None:
    """The claim of a hedged sentence about a key actor or event and whether the hedge marks
    it unconfirmed (rather than merely possible), or None.

    A marker of unconfirmed claims ("reportedly", "sources said") needs a name or a key noun
    (a minister, a company, an explosion) in the sentence; a modal of possibility ("may",
    "could") needs one as the subject of its clause, so "visitors may borrow ten books" and
    "rain could delay the regatta" stay out of the brief.
    """
    words = modality.words_in(text)
    strong = _may_hold("uncertain", words) and _pattern("uncertain").search(text)
    if strong and strong.group().lower() in _INFERENCE and not _BASIS.search(text):
        # 'Christie appears to be embracing his duties': the writer's own reading, not a
        # report still to be confirmed; 'appears to have underreported ..., satellite
        # images suggest' rests on something the reader can check.
        strong = None
    if strong:
        if _OPEN_RELATIVE.search(text, 0, strong.start()):
            # 'Mark-Viverito, who has been rumored to be pursuing ..., declined ...': the
            # hedge is the relative clause's; the sentence's own claim is not hedged
            return None
        if names or _pattern("key_nouns").search(text):
            if strong.group().lower().endswith(" that"):  # 'rumours that X', 'suspect that X'
                return unhedged(text[strong.end() :]), True
            return unhedged(_claimed(text, strong.start())), True
        return None
    weak = None
    if _may_hold("weak_hedges", words):  # cased: 'may', not the month
        weak = _pattern("weak_hedges", cased=True).search(text)
    if weak is None or _NEGATED.match(text[weak.end() :]):
        return None  # 'could not attend', 'could not be higher': no hedge
    if len(text[weak.end() :].strip(" .!").split()) < 2:
        return None  # 'an achievement that only he could accomplish': a relative clause
    if weak.group().endswith("ly") and re.match(_PATTERNS["subject_end"], text[weak.end() :]):
        return None  # 'and the Falcon possibly in the future': the adverb hedges no verb
    if _CONDITION.search(text, 0, weak.start()) or _quotation_open(text[: weak.start()]):
        # 'If it fails, IE could fall': a possibility on a condition is no claim to weigh;
        # 'the letter reads "we may extend ..."': the modal is the quotation's, not the clause's
        return None
    if _OWN_CONDITION.search(text, weak.end()):
        # 'the U.S. could face a situation ... if it does not halt ...': a condition after the
        # modal on the subject's own act (a pronoun pointing back at it) makes the possibility
        # a warning put to that party, a threat, not a risk to weigh ('the party could lose
        # Congress if Trump is at the top of the ticket' stays a risk)
        return None
    subject = _subject(text, weak.start())
    if _pattern("key_nouns").search(subject) or any(
        m.text in subject
        and (m.kind != "place" or m.text in gz.countries())
        or m.text + "’s" in subject
        or m.text + "'s" in subject
        for m in names
    ):
        return hedged_clause(text, weak.start()), False
    return None


_CONDITION = re.compile(_PATTERNS["condition"], re.I)
_OWN_CONDITION = re.compile(
    rf"{_PATTERNS['condition']}\s+(?:{alternation(cues()['own_condition_subjects'])})\b", re.I
)
_INFERENCE = frozenset(cues()["inference_hedges"])
_BASIS = re.compile(_PATTERNS["inference_basis"], re.I)
_RISK = compiled(rf"\b(?:{alternation(cues()['risk_frames'])})\b", re.I)
_MODAL = compiled(rf"\b(?:{alternation(cues()['modal_hedges'])})\b")
_RISK_CLAUSE = re.compile(_PATTERNS["risk_clause"], re.I)
_OPEN_RELATIVE = re.compile(_PATTERNS["open_relative"], re.I)
_OPENING_ADVERBIAL = re.compile(_PATTERNS["opening_adverbial"])
_NOT_PROSE = re.compile(_PATTERNS["not_prose"])


def _possibility_way(text: str) -> QuestionWay:
    """A possibility is an open question when someone raises it as a risk and the claim is
    the clause the risk governs ('the UN warned that Ethiopia could face famine', 'fears
    that the truce may collapse'); a modal the writer or a speaker uses in passing ('Trump
    may want to check his stats'), a hedge that already weighs the claim ('is likely to
    win') or a risk word that governs another clause ('worried about X, whose protests
    could ...') is speculation, held back."""
    modal = _MODAL.search(text)
    if modal is None:
        return "speculation"
    frames = [m for m in _RISK.finditer(text, 0, modal.start())]
    if frames and _RISK_CLAUSE.match(text[frames[-1].end() : modal.start()]):
        return "possible"
    return "speculation"


_CLAIM_FRAME = re.compile(_PATTERNS["claim_frame"], re.I)


def _claimed(text: str, position: int) -> str:
    """The claim a hedge at ``position`` marks: after the last reporting verb before it
    ('... went to the station where they claimed Montalvo allegedly left ...' -> 'Montalvo
    allegedly left ...'), else the sentence. Only a hedge inside the claim counts, so a
    marker before the verb ('Sources said ...', 'reportedly told') keeps the sentence."""
    frames = [m for m in _CLAIM_FRAME.finditer(text, 0, position) if m.end() <= position]
    if frames:
        return text[frames[-1].end() :]
    if not text[:position].rstrip().endswith("ly") and not _word_at(text, position).endswith("ly"):
        # 'One official, speaking on condition of anonymity, said X' / 'quoted an unnamed
        # official as saying that X': the marker describes the source; the claim is what it said
        after = _CLAIM_FRAME.search(text, position)
        if after is not None:
            return text[after.end() :]
    return text


def _word_at(text: str, position: int) -> str:
    match = re.match(r"[\w’'-]+", text[position:])
    return match.group() if match else ""


def _quotation_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    return text.count('"') % 2 == 1 or text.rfind("“") > text.rfind("”")


def _subject(text: str, position: int) -> str:
    """The words of the clause before ``position`` up to the first preposition: the subject's
    head region ('The old lighthouse' of 'The old lighthouse at Kestra is said to ...')."""
    clause = _CLAUSE_BREAK.split(text[:position])[-1]
    clause = re.split(_PATTERNS["opinion_verbs"], clause)[-1]
    return re.split(_PATTERNS["subject_end"], clause + " ")[0]


def _asked(text: str) -> str:
    """The question itself: from the last ':' or the opening quote mark up to the '?',
    without a transcript's label of a reporter's turn ('Q')."""
    body = text.rstrip("”\"’' )")
    for mark in (": ", "“", '"'):
        if mark in body:
            body = body.rsplit(mark, 1)[1]
            break
    body = body.strip().lstrip("\"“‘'")
    label = _PRESS_TURN.match(body)  # 'Q Mr. President, will ...?': the turn's label is no word
    body = body[label.end() :] if label else body
    return body[:1].upper() + body[1:]


def _numbered(question: Question, doc_id: str, number: int) -> Question:
    return evolve(question, id=f"{doc_id}-k{number}")
