"""Open questions across documents: each document's own, plus contested claims.

A claim is contested when a later statement by someone else disputes it: a denial cue
("rejected that claim", "clarified", "denied") or a contrast opener ("However, ...") in the
sentences after it, followed by a statement of the other side. Both sides become evidence,
and both speakers are listed, so the brief can show who says what.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from briefing.extract.questions.open_questions import SCORES, cues, lower_first
from briefing.model import Actor, Evidence, Question, QuestionWay, Quote, evolve
from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import BySpan, ByStart, last_of
from briefing.rules import alternation, month_forms, patterns, reporting_verbs

if TYPE_CHECKING:
    from briefing.extract import Findings

MAX_GAP = 400  # characters between a claim and the statement that disputes it
_STOP = frozenset(cues()["topic_stop_words"])
_PLURAL_COLLECTIVES = frozenset(cues()["plural_collectives"])


def _opener(text: str) -> bool:
    """A sentence set against the one before: it opens with a contrast ("However, ...") or
    holds one mid-clause (", however, ")."""
    head = text.lstrip().lower()
    openers, inside = _contrasts()
    return head.startswith(openers) or any(c in head for c in inside) or ", however," in head


@cache
def _contrasts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The contrast cues as ``_opener`` tests them: as openers, and (those of more than one
    word) inside a sentence, with a space either side."""
    contrast = cues()["contrast"]
    return tuple(contrast), tuple(f" {c} " for c in contrast if " " in c)


def _keywords(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)} - _STOP


def merge_questions(
    findings: Sequence[Findings], quotes: Sequence[Quote], actors: Sequence[Actor]
) -> list[Question]:
    """Per-document questions plus contested claims, ranked, ids k1, k2, ..."""
    texts = {f.document.id: f.document.text for f in findings}
    items = [q for f in findings for q in f.questions]
    items += contested(quotes, texts, {a.id: a for a in actors})
    ranked = sorted(items, key=lambda q: -q.score)
    return [evolve(q, id=f"k{i}") for i, q in enumerate(ranked, start=1)]


def contested(
    quotes: Sequence[Quote], texts: dict[str, str], actors: dict[str, Actor]
) -> list[Question]:
    """Claims that a statement by another speaker disputes; one item per pair of sides."""
    by_doc: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker is not None:
            by_doc.setdefault(quote.doc, []).append(quote)
    elsewhere = _Candidates([q for q in quotes if q.speaker])
    agreeing: dict[int, bool] = {}  # by id() of the reply: each reply is asked of many claims
    found: dict[frozenset[str], Question] = {}
    near = {doc: ByStart(in_doc) for doc, in_doc in by_doc.items()}
    mentioned = _Mentioned(actors)
    for claim in quotes:
        if claim.speaker is None or claim.kind == "direct":
            continue
        if _REPORTS.search(claim.text):
            # 'noted that she claimed during the divorce that ...': the words are another's,
            # and the question would put them to the wrong claimant
            continue
        same_doc = near[claim.doc].within(claim.end + 1, claim.end + MAX_GAP)
        other = _dispute(claim, same_doc, elsewhere, texts, actors, agreeing, mentioned)
        if other is None:
            continue
        reply, bridge = other
        sides = frozenset({claim.speaker, reply.speaker or ""})
        way: QuestionWay = (
            "rebuttal"
            if _answered_by_its_subject(claim, reply, bridge, actors, texts, mentioned)
            else "dispute"
        )
        if sides not in found or (way == "rebuttal" and found[sides].found_by != way):
            found[sides] = _contested_item(claim, reply, bridge, actors, texts, way)
    return list(found.values())


def _answered_by_its_subject(
    claim: Quote,
    reply: Quote,
    bridge: Evidence | None,
    actors: dict[str, Actor],
    texts: dict[str, str],
    mentioned: _Mentioned,
) -> bool:
    """Whether the side that disputes a claim is the one the claim is about: the claim names
    a party ('Putin was open to European peacekeepers', 'the museum had expressed interest
    in buying the gun') and that party or its side answers, as the reply's speaker or as
    the subject of the sentence that denies ('However, the Kremlin swiftly clarified ...').
    A party is the authority on its own stance and deeds, so its answer is incompatible
    with the claim by construction; a reply by a third party to a claim about someone else
    (a remark on another matter after 'But', a denial of something else) is not. A place
    is a party only as a state ('Russia had agreed'): 'a debate in Pennsylvania' names a
    scene, not someone who could answer."""
    claimant = actors.get(claim.speaker or "")
    named = [
        actor
        for actor in mentioned.inside(claim.doc, claim.start, claim.end)
        if _party(actor) and not (actor is claimant or _same_side(actor, claimant))
    ]
    answering = [actors[reply.speaker]] if reply.speaker in actors else []
    own = last_of(texts[reply.doc], ".!?\n", reply.start) + 1
    answering += _deniers(reply.doc, texts[reply.doc], own, reply.end, mentioned)
    if bridge is not None:
        answering += _deniers(bridge.doc, texts[bridge.doc], bridge.start, bridge.end, mentioned)
    return any(
        party is subject or _same_side(party, subject) for party in answering for subject in named
    )


def _party(actor: Actor) -> bool:
    return actor.kind != "place" or actor.name in gz.countries()


_CLAUSE_OPENING = re.compile(r"(?:^|[.;]\s+|,?\s+but\s+|\bhowever,\s+)", re.IGNORECASE)


def _deniers(doc: str, text: str, start: int, end: int, mentioned: _Mentioned) -> list[Actor]:
    """The parties a clause that denies or answers has as its subject: those named between
    the clause's opening and its cue ('However, the Kremlin swiftly clarified', "but
    Fiorina's team denied that ...", 'the Trump campaign has denied it')."""
    stretch = text[start:end]
    cue = _denial().search(stretch) or _rebuttal().search(stretch.lower())
    if cue is None:
        return []
    opening = max((m.end() for m in _CLAUSE_OPENING.finditer(stretch, 0, cue.start())), default=0)
    return [a for a in mentioned.inside(doc, start + opening, start + cue.start()) if _party(a)]


class _Place(NamedTuple):
    start: int
    end: int
    actor: Actor


class _Mentioned:
    """The actors an article mentions inside a stretch of its text, looked up by position:
    asking every actor of the batch for every contrast sentence made the disputes search
    grow with the number of actors times the number of claims (most of a 1,000-article
    batch's assemble time). Built on first use."""

    def __init__(self, actors: dict[str, Actor]) -> None:
        self.actors = actors
        self.by_doc: dict[str, BySpan[_Place]] | None = None

    def inside(self, doc: str, start: int, end: int) -> list[Actor]:
        """The actors with a mention in ``doc`` within [start, end] (one per mention)."""
        if self.by_doc is None:
            places: dict[str, list[_Place]] = {}
            for actor in self.actors.values():
                for m in actor.mentions:
                    places.setdefault(m.doc, []).append(_Place(m.start, m.end, actor))
            self.by_doc = {key: BySpan(items) for key, items in places.items()}
        index = self.by_doc.get(doc)
        return [] if index is None else [p.actor for p in index.inside(start, end)]


class _Candidates:
    """Statements that share at least two uncommon content words with a claim, for the search
    across articles. A word used by more than ``COMMON`` statements says nothing about two of
    them being on the same matter, and leaving it out keeps the search near linear when
    hundreds of articles are assembled together."""

    COMMON = 40

    def __init__(self, quotes: Sequence[Quote]) -> None:
        index: dict[str, list[Quote]] = {}
        for quote in quotes:
            for word in _content(quote.text):
                index.setdefault(word, []).append(quote)
        self.index = {w: qs for w, qs in index.items() if len(qs) <= self.COMMON}

    def sharing(self, claim: Quote) -> list[Quote]:
        counts: dict[int, int] = {}
        topical: set[int] = set()  # shares a word that is no unit or amount
        found: dict[int, Quote] = {}
        for word in _content(claim.text):
            for quote in self.index.get(word, ()):
                counts[id(quote)] = counts.get(id(quote), 0) + 1
                found[id(quote)] = quote
                if word not in _UNITS:
                    topical.add(id(quote))
        chosen = [
            found[k]
            for k, n in counts.items()
            if n >= 2 and k in topical and found[k].doc != claim.doc
        ]
        return sorted(chosen, key=lambda q: (q.doc, q.start))


def _contested_item(
    claim: Quote,
    reply: Quote,
    bridge: Evidence | None,
    actors: dict[str, Actor],
    texts: dict[str, str],
    way: QuestionWay = "dispute",
) -> Question:
    speakers = tuple(dict.fromkeys(s for s in (claim.speaker, reply.speaker) if s))
    evidence = [Evidence(claim.doc, claim.start, claim.end, claim.text)]
    if bridge is not None:
        evidence.append(bridge)
    evidence.append(Evidence(reply.doc, reply.start, reply.end, reply.text))
    weight = 1 + sum(actors[s].salience for s in speakers if s in actors)
    claimant = _claimant(actors.get(claim.speaker or ""), texts)
    return Question(
        id="",
        text=f"{claimant} right that {lower_first(claim.text.strip().rstrip('.( '))}?",
        kind="contested",
        speakers=speakers,
        evidence=tuple(evidence),
        score=SCORES["contested"] * weight,
        found_by=way,
    )


def _short(actor: Actor | None) -> str:
    if actor is None:
        return "the source"
    return actor.name.split()[-1] if actor.kind == "person" else actor.name


def _claimant(actor: Actor | None, texts: dict[str, str]) -> str:
    """The verb and subject that open a contested question, in agreement and with the
    article the articles give the name: "Is Lund", "Is the U.S. delegation", "Is the White
    House", "Are Houthi fighters". A group is plural when the head of its name is (an -s
    plural or one of rules' plural_collectives); an organisation is one body."""
    name = _short(actor)
    if actor is None or actor.kind in ("person", "place"):
        return f"Is {name}"
    head = name.split()[-1]
    plural = actor.kind == "group" and (
        head.lower() in _PLURAL_COLLECTIVES or (head.endswith("s") and not head.endswith("ss"))
    )
    article = "the " if _written_with_the(actor, texts) else ""
    return f"{'Are' if plural else 'Is'} {article}{name}"


def _written_with_the(actor: Actor, texts: dict[str, str]) -> bool:
    """Whether most of the actor's mentions follow "the" ('the U.S. delegation noted',
    'the White House said'): a name the articles write with the article keeps it."""
    with_the = 0
    for mention in actor.mentions:
        before = texts.get(mention.doc, "")[max(0, mention.start - 4) : mention.start]
        with_the += before.lower() == "the "
    return with_the * 2 > len(actor.mentions)


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """Two speakers of one side: the same country or organisation stands behind both, or
    they are one speaker named twice, once with words before the name ('President of the
    European Commission Jean-Claude Juncker' and 'European Commission Jean-Claude Juncker'):
    a speaker's own words, said again, never dispute his claim."""
    if a is None or b is None:
        return False
    sides_a = {a.name, a.affiliation} - {None}
    sides_b = {b.name, b.affiliation} - {None}
    return bool(sides_a & sides_b) or _named_within(a.name, b.name)


def _named_within(a: str, b: str) -> bool:
    """Whether the shorter name, of two words or more, ends the longer one."""
    short, long = sorted((" ".join(a.split()), " ".join(b.split())), key=len)
    return len(short.split()) >= 2 and long.endswith(" " + short)


CLAIM_CUES = frozenset(reporting_verbs("claiming"))
_REPORTS = re.compile(rf"\b(?:{alternation(CLAIM_CUES)})\b")


def _dispute(
    claim: Quote,
    same_doc: list[Quote],
    elsewhere: _Candidates,
    texts: dict[str, str],
    actors: dict[str, Actor],
    agreeing: dict[int, bool] | None = None,
    mentioned: _Mentioned | None = None,
) -> tuple[Quote, Evidence | None] | None:
    """The statement that disputes ``claim``, and the sentence that says so, if any
    (``same_doc``: the statements of its article, of which only those starting within
    MAX_GAP after it are looked at; the caller may pass just those).

    In the same article: a reply by the other side soon after the claim, after a contrast or
    a denial ("However, ...", "rejected that claim"), or whose content conflicts with the
    claim's. In another article: a statement of the other side on the same matter that a
    denial introduces, or whose content conflicts. A reply that agrees ("agreed",
    "confirmed") never disputes."""
    claimant = actors.get(claim.speaker or "")
    bridge: Evidence | None = None
    looked = False  # the bridge is looked for once, and only when a reply is near

    memo = {} if agreeing is None else agreeing
    mentioned = _Mentioned(actors) if mentioned is None else mentioned

    def agrees(reply: Quote) -> bool:
        known = memo.get(id(reply))
        if known is None:
            known = memo[id(reply)] = _agrees(reply, texts[reply.doc])
        return known

    def other_side(reply: Quote) -> bool:
        return reply.speaker != claim.speaker and not _same_side(
            claimant, actors.get(reply.speaker or "")
        )

    for reply in same_doc:
        if not (0 < reply.start - claim.end < MAX_GAP and other_side(reply)):
            continue
        if agrees(reply):
            continue
        if not looked:
            bridge, looked = _bridge(claim, texts[claim.doc]), True
        if _conflict(claim, reply):
            return reply, bridge
        if _denies(reply) and _on_matter(claim, reply, None, texts):
            return reply, bridge
        if (
            bridge is not None
            and _answers(bridge)
            and _introduces(bridge, reply, actors, claim, mentioned)
            and _on_matter(claim, reply, bridge, texts)
        ):
            return reply, bridge
    if (claim.cue or "").lower() not in CLAIM_CUES:
        return None
    for reply in elsewhere.sharing(claim):
        if not other_side(reply) or agrees(reply):
            continue
        denial = _denial_before(reply, texts[reply.doc])
        if _denies(reply) or denial is not None or _conflict(claim, reply):
            return reply, denial
    return None


def _introduces(
    bridge: Evidence,
    reply: Quote,
    actors: dict[str, Actor],
    claim: Quote,
    mentioned: _Mentioned,
) -> bool:
    """Whether a contrast sentence brings in the reply's side: it holds the reply, or names
    its speaker or the speaker's side ('However, the Kremlin swiftly clarified ...',
    'However, Russia's view ...' before the Russian government's words). A contrast that
    names no one ('However, warming also brings floods', 'But it's a long game') turns the
    argument, it does not report another side's claim."""
    speaker = actors.get(reply.speaker or "")
    named = speaker is not None and any(
        actor is speaker or _same_side(speaker, actor)
        for actor in mentioned.inside(bridge.doc, bridge.start, bridge.end)
    )
    if named:
        return True
    # 'But it's a long game.': a reply that is itself the contrast, naming no one, must at
    # least be on the claim's matter
    holds = bridge.start < reply.end and reply.start < bridge.end
    return holds and bool(_content(claim.text) & _content(reply.text))


def _denies(reply: Quote) -> bool:
    return (reply.cue or "").lower() in cues()["denial"]


def _answers(bridge: Evidence) -> bool:
    """Whether a sentence set against the claim answers it: it denies ('rejected that
    argument') or responds ('In response to these concerns, ...'). A bare 'But ...' or
    'However, ...' before someone's remark turns the story, it does not dispute the claim:
    on PolNeAR's political news nearly every dispute found by a bare contrast was none."""
    return bool(_denial().search(bridge.text) or _rebuttal().search(bridge.text.lower()))


@cache
def _rebuttal() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(cues()['rebuttals'])})\b")


@cache
def _back_reference() -> re.Pattern[str]:
    """A demonstrative or possessive before a word for the claim, one word allowed between:
    'that argument', "the minister's figures", 'these enumerated concerns'."""
    pointers = alternation([*cues()["demonstratives"], *cues()["possessive_determiners"]])
    nouns = alternation(cues()["claim_nouns"])
    denials = alternation(cues()["denial"])
    pronouns = alternation(cues()["claim_pronouns"])
    demonstratives = alternation(cues()["demonstratives"])
    return re.compile(
        rf"\b(?:(?:{pointers})|\w+['’]s)\s+(?:[\w-]+\s+)?(?:{nouns})\b"
        # 'denied this, saying ...', 'disputed that, ...', 'denied it': the pronoun is the
        # claim ('denied that the budget ...' opens a clause instead)
        rf"|\b(?:{denials})\s+(?:(?:{pronouns})\b|(?:{demonstratives})(?!\s+[a-z]))",
        re.IGNORECASE,
    )


def _on_matter(claim: Quote, reply: Quote, bridge: Evidence | None, texts: dict[str, str]) -> bool:
    """Whether a denial or answer is about the claim, not just near it: it points back at
    the claim ('dismissed that suggestion', 'rejected the minister's figures'), or it shares
    content words with it ('denied that the budget held new money for hospitals' after
    'the budget would cut hospital waiting lists'). On PolNeAR most denials and answers
    near a claim were of something else ('dismissed accusations that ...' after a remark on
    another matter)."""
    text = texts[reply.doc]
    own = text[last_of(text, ".!?\n", reply.start) + 1 : reply.end]
    answer = own if bridge is None else f"{bridge.text} {own}"
    if _back_reference().search(answer):
        return True
    # a reply whose own verb denies ('countered that the club could not pay its wages')
    # needs one word of the claim's matter; a denial in a sentence around it, two
    shared = _stems(_content(claim.text)) & _stems(_content(answer))
    return len(shared) >= (1 if bridge is None else 2)


def _stems(words: frozenset[str]) -> set[str]:
    """Content words without a plural -s, so 'hospital' meets 'hospitals'."""
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words}


_AGREEMENT = re.compile(rf"\b(?:{alternation(cues()['agreement'])})\b")


def _agrees(reply: Quote, text: str) -> bool:
    """The reply's own sentence takes the claim up rather than disputing it."""
    start = last_of(text, ".!?\n", reply.start) + 1
    return bool(_AGREEMENT.search(text[start : reply.end]))


_NEGATION = re.compile(patterns("question_patterns.tsv")["negation"], re.I)
_FIGURE = re.compile(r"(\d[\d,.]*\d|\d)\s*(?:-\s*)?([A-Za-z]+)")
_WORD_STOP = _STOP | frozenset(cues()["content_stop_words"])
# Units and amounts: shared, they make two figures comparable ("8 percent" / "only 3
# percent"), but alone they do not put two statements on one matter ("2 billion euros in aid"
# / "two billion euros for 2,000 jobs").
_UNITS = frozenset(cues()["amount_units"])


@cache
def _content(text: str) -> frozenset[str]:
    """The words that say what a statement is about: written in lower case (a shared name,
    'United States', sets the scene, not the matter) and not function words ('they',
    'what', 'including': spaCy's English stop words, a kept list)."""
    words = frozenset(re.findall(r"\b[a-z]{4,}\b", text))
    return words - _WORD_STOP - _function_words()


@cache
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _conflict(claim: Quote, reply: Quote) -> bool:
    """Incompatible content on the same matter: one side negates what the other asserts
    ("charges would not rise" / "charges would rise by 6 percent"), or they give different
    figures for it ("40,000 homes" / "only 28,000 homes")."""
    shared = _content(claim.text) & _content(reply.text)
    negated_a, figures_a = _polarity_and_figures(claim.text)
    negated_b, figures_b = _polarity_and_figures(reply.text)
    # the negation must bear on what both say: 'we don't want people to play games' does
    # not deny 'parents still want neighbourhood schools' (within three words of a shared one)
    # one side negated, and on three words they share: 'had expressed interest in buying the
    # firearm' / 'never expressed interest in collecting the firearm'. Two shared words
    # were as often two remarks on one subject ('still want neighbourhood schools' / 'we
    # don't want people to play games with them') as a contradiction, on PolNeAR
    if len(shared) >= 3 and bool(negated_a) != bool(negated_b) and (negated_a | negated_b) & shared:
        return True
    # figures of one thing: the same word follows both ('40,000 homes' / '28,000 homes'); a
    # unit ('percent', 'million') names no thing, so the two must share two other words
    topical = shared - _UNITS
    for word, numbers in figures_a.items():
        other = figures_b.get(word)
        if not other or numbers & other:
            continue
        if word in _UNITS and len(topical - {word}) < 2:
            continue
        return True
    return False


@lru_cache(maxsize=4096)
def _polarity_and_figures(text: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The words a statement negates (the three after a negation), and its figures by the
    word that follows each: asked of each statement for every claim it is compared with."""
    negated: set[str] = set()
    for match in _NEGATION.finditer(text):
        negated.update(w.lower() for w in re.findall(r"[A-Za-z]+", text[match.end() :])[:3])
    figures: dict[str, set[str]] = {}
    for match in _FIGURE.finditer(_DATE.sub(" ", text)):
        word = match.group(2).lower()
        if word not in _function_words():  # '$41,000 a year': 'a' names nothing
            figures.setdefault(word, set()).add(match.group(1))
    return frozenset(negated), {w: frozenset(n) for w, n in figures.items()}


# A day or a year is no figure: 'September 24' and 'September 30' give no two counts of one
# thing.
_DATE = re.compile(
    rf"\b(?:(?:{alternation(list(month_forms()))})\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?"
    r"|\d{1,2}\s+(?:" + alternation(list(month_forms())) + r")\b|\b(?:19|20)\d\d\b)"
)


def _denial_before(reply: Quote, text: str) -> Evidence | None:
    """The sentence that introduces a reply as a denial, in the reply's article: its own
    sentence or the one before ("The ministry dismissed the report. X said: ...")."""
    end = reply.start
    for _ in range(2):
        start = last_of(text, ".!?\n", max(0, end - 2)) + 1
        sentence = text[start:end].strip()
        if _denial().search(sentence) or _opener(sentence):
            offset = text.index(sentence, start)
            return Evidence(reply.doc, offset, offset + len(sentence), sentence)
        end = start
    return None


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][”\"’])\s+")


def _bridge(claim: Quote, text: str) -> Evidence | None:
    """A sentence right after the claim that sets something against it ('However, ...')."""
    after = text[claim.end : claim.end + MAX_GAP]
    offset = claim.end
    for sentence in _SENTENCE_BREAK.split(after, maxsplit=3)[1:3]:
        offset = text.find(sentence, offset)
        if _opener(sentence) or _denial().search(sentence):
            return Evidence(claim.doc, offset, offset + len(sentence), sentence)
    return None


@cache
def _denial() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues()["denial"]) + r")\b")
