"""Quotes of one document: direct, mixed and reported speech, with the speaker near the cue.

Works on characters and sentence spans, not on a parse, so the rule pipeline needs nothing
more than sentence boundaries. Quotation marks are paired once per document
(quote_marks.py) and their content masked, so no cue or speaker is taken from inside a
quotation. Per sentence: find the reporting cues, the speaker of each (speakers.py) and
the content clause it reports; a clause holding a quoted fragment is ``mixed``, quoted
text outside any clause is ``direct``, and a quotation with no cue of its own continues
the speaker before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from briefing.extract.quotes.authored import authored
from briefing.extract.quotes.clause_shape import has_finite_verb
from briefing.extract.quotes.content_clauses import content_clause
from briefing.extract.quotes.cues import (
    TELLING,
    Context,
    Cue,
    colon_subject,
    cue_speaker,
    cues,
    find_cues,
    floating_speaker,
    transcript_label,
    verbs,
)
from briefing.extract.quotes.marks import (
    OPENING,
    Fragment,
    paired_apostrophes,
    quotation_marks,
    said,
    title_like,
)
from briefing.extract.quotes.speakers import Speaker, full_names, may_be, not_after_preposition
from briefing.model import Document, NameMention, Quote, anatomy_of, evolve
from briefing.nlp.doc import BySpan, ByStart, sentence_spans, text_of
from briefing.rules import (
    abbreviations,
    alternation,
    json_rules,
    patterns,
    pronoun_list,
    reporting_verbs,
)

_ABBREVIATION_END = re.compile(rf"\b(?:{alternation(abbreviations('sentence'))}|[A-Z])\.\s*$")
# How far before a sentence's trailing space a match of each end pattern can start
_ABBREVIATION_REACH = max(map(len, abbreviations("sentence")), default=1) + 1
_CLOSE_REACH = 3

# A sentence ending in a quotation closed by '?' or '!', and one that opens with a speaker
# (a name of up to four words, or a pronoun) and a reporting verb: the sentencizer cut one
# quotation from its attribution ('"Who pays?" | Tom Berg asked.').
_ASKED_CLOSE = re.compile(r"[?!][\"”’']{1,2}\s*$")  # a nested quotation may close too
_STATED_CLOSE = re.compile(r"[.][\"”’']{1,2}\s*$")
_ATTRIBUTION_WORDS = 6  # words after the verb of a sentence that is only an attribution
_ATTRIBUTION = re.compile(
    rf"\s*(?:(?:[A-Z][\w.'’-]*\s+){{1,4}}|(?i:{alternation(pronoun_list('subject'))})\s+)"
    rf"(?:{alternation(reporting_verbs())})\b"
)

# ------------------------------------------------------------------ per sentence


def _sentence_spans(doc: Doc, fragments: Sequence[Fragment]) -> list[tuple[int, int]]:
    """Sentence char spans, merged where a quotation runs across a sentence boundary, the
    sentencizer stopped at a title ('Navy Capt. Jeff Davis said') or the next part starts
    in lower case."""
    spans: list[list[int]] = []
    text = text_of(doc)
    index = 0
    for start, end in sentence_spans(doc):
        while index < len(fragments) and fragments[index].end + 1 <= start:
            index += 1
        crosses = any(
            f.start < start < f.end + 1 and "\n" not in text[f.start : start]
            for f in fragments[index : index + 3]
        )
        last = spans[-1] if spans else None
        after_title = last and _ends(_ABBREVIATION_END, _ABBREVIATION_REACH, text, last)
        lower_start = text[start : start + 1].islower()  # '"Why?" asked X.' was cut at '?"'
        # '"Who pays?" Tom Berg asked.': the attribution after a question or exclamation
        attributed = last and _ends(_ASKED_CLOSE, _CLOSE_REACH, text, last)
        attributed = attributed and _ATTRIBUTION.match(text, start, end)
        # '"... missing." Trump said.': a sentence that only attributes the one before
        stated = last and _ends(_STATED_CLOSE, _CLOSE_REACH, text, last)
        attributed = attributed or (stated and _only_attribution(text, start, end))
        if spans and (crosses or after_title or lower_start or attributed):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _ends(pattern: re.Pattern[str], reach: int, text: str, span: list[int]) -> bool:
    """``pattern.search(text, *span)`` for a pattern anchored at the end (``\\s*$``) whose
    match, less its trailing space, is at most ``reach`` characters: searched from there,
    not from every character of the sentence (a search that ran for every sentence). The
    engine still sees the characters before the start for ``\\b``."""
    start, end = span
    stop = start + len(text[start:end].rstrip())  # the spaces a pattern's \s matches
    return pattern.search(text, max(start, stop - reach), end) is not None


def _only_attribution(text: str, start: int, end: int) -> bool:
    """'Trump said.', 'Renteria told reporters during the call.': a speaker and a reporting
    verb, then at most a few words that hold no clause and no quotation (not 'Trump said
    the plan was late.', which reports something of its own)."""
    attribution = _ATTRIBUTION.match(text, start, end)
    if attribution is None:
        return False
    rest = text[attribution.end() : end]
    words = rest.split()
    return (
        len(words) <= _ATTRIBUTION_WORDS
        and not any(mark in rest for mark in '"“”«»')
        and "that" not in (w.lower() for w in words)
        and not has_finite_verb(rest)
    )


def mask(text: str, fragments: Sequence[Fragment]) -> str:
    """The text with quoted words blanked out, so cues inside quotes are not found."""
    chars = list(text)
    for f in fragments:
        for i in range(f.start, f.end):
            if not chars[i].isspace():
                chars[i] = "_"
    return "".join(chars)


def quotes(doc: Doc, document: Document, mentions: Sequence[NameMention]) -> list[Quote]:
    """Every quotation and reported statement in the document, in text order."""
    text = paired_apostrophes(text_of(doc))
    fragments = quotation_marks(text)
    parsed = doc if doc.has_annotation("DEP") else None
    context = Context(text, mask(text, fragments), mentions, anatomy_of(document), parsed)
    found: list[Quote] = []
    previous: Speaker | None = None
    block_end = -1
    introduced = False
    spans = _sentence_spans(doc, fragments)
    index = 0
    for sentence in spans:
        if sentence[0] < block_end:
            continue  # inside a statement already taken as a block quotation
        while index < len(fragments) and fragments[index].start < sentence[0]:
            index += 1
        inside = []
        for f in fragments[index:]:
            if f.start >= sentence[1]:
                break
            inside.append(f)
        new, speaker = _in_sentence(context, sentence, inside, previous, introduced)
        colon = text[sentence[0] : sentence[1]].rstrip().endswith(":")
        if not new and speaker and colon and speaker.how != "colon":
            # 'X said:' and paragraphs without marks: a block. A clause with no reporting
            # verb ('X issued the following statement:') introduces only a quotation.
            new, block_end = block_quotation(text, sentence[1], speaker, fragments)
        found.extend(new)
        introduced = colon and not new and speaker is not None
        if new or speaker:
            previous = speaker
        elif not text[sentence[0] : sentence[1]].lstrip().startswith(tuple(OPENING)):
            previous = None
    found = _share_group_speakers(_pronouns_to_last_speaker(found, mentions, text))
    found = _resumed_speakers(found, mentions, fragments, text)
    own = authored(text, context.anatomy, spans, fragments, found, mentions)
    if own:  # a report with no speaker inside the author's sentence is the author's words
        found = [q for q in found if q.speaker_text or not _within_any(q, own)]
    found += own
    found.sort(key=lambda q: q.start)
    return [evolve(q, doc=document.id, id=f"{document.id}-q{i}") for i, q in enumerate(found, 1)]


def _within_any(quote: Quote, others: Sequence[Quote]) -> bool:
    return any(o.start <= quote.start and quote.end <= o.end for o in others)


PERSONAL = {"he", "she"}
_PRONOUN_REACH = 600  # characters: about two sentences back


def _pronouns_to_last_speaker(
    found: list[Quote], mentions: Sequence[NameMention], text: str
) -> list[Quote]:
    """'"...," Voss said. He added that ...': a 'he' or 'she' right after a named person's
    quote is that person, even when another name was mentioned in between ("... of Kovacs's
    plan"). Not when a sentence of its own names a person in between: "FIFA President Gianni
    Infantino defended the process. He told delegates ..." is Infantino."""
    persons = {(m.start, m.end): m for m in mentions if m.kind == "person"}
    by_start, quoted = ByStart(mentions), BySpan(found)
    full = full_names(persons.values())
    last: Quote | None = None
    resolved = []
    for quote in found:
        pronoun = (quote.speaker_text or "").lower()
        near = (
            pronoun in PERSONAL
            and last is not None
            and (quote.speaker_start or 0) - (last.speaker_end or 0) < _PRONOUN_REACH
            and not _new_subject(text, last, quote, by_start, quoted)
            and may_be(pronoun, persons[last.speaker_name_start, last.speaker_name_end], full)
        )
        if near and last is not None:
            quote = evolve(
                quote,
                speaker_name_start=last.speaker_name_start,
                speaker_name_end=last.speaker_name_end,
                # a quotation carried across a paragraph stays that weak way: a song title
                # or a slogan set in the next paragraph is nobody's words
                speaker_via="paragraph" if quote.speaker_via == "paragraph" else "pronoun",
            )
        if (quote.speaker_name_start, quote.speaker_name_end) in persons:
            last = quote
        resolved.append(quote)
    return resolved


def _resumed_speakers(
    found: list[Quote],
    mentions: Sequence[NameMention],
    fragments: Sequence[Fragment],
    text: str,
) -> list[Quote]:
    """A 'he' or 'she' resolved to a name that stands as the speaker of an earlier quote
    ('"...," Voss said. "...," he added.') in the same paragraph or the one before, with no
    other person its pronoun could stand for named between the two outside quotation
    marks, is recorded as ``resumed``: a reader takes it for the person just quoted. The
    nearest name otherwise is often someone only talked about: the object of the sentence
    before ('Berg said of Voss ... he said'), a name inside a quotation, or a name beside
    a speaker the tagger missed; and a paragraph further back, the paragraphs between often
    bring in someone the tagger missed or named only by a noun ('said a fisherman'). Judged
    by hand on news nobody here wrote: to an earlier speaker 57 of 59 right against 27 of
    41 other pronouns; of those, 71 of 75 within a paragraph against 12 of 15 further back;
    a fresh sample of this rule, 83 of 85. Pronouns resolved any other way stay
    ``pronoun``."""
    persons = [m for m in mentions if m.kind == "person"]
    by_start, quoted = ByStart(persons), BySpan(fragments)
    full = full_names(persons)
    by_span = {(m.start, m.end): m for m in persons}
    spoke = {
        (q.speaker_name_start, q.speaker_name_end): q.start
        for q in reversed(found)
        if q.speaker_via not in (None, "pronoun") and _names_the_speaker(q)
    }
    resumed = []
    for quote in found:
        pronoun = (quote.speaker_text or "").lower()
        span = (quote.speaker_name_start, quote.speaker_name_end)
        antecedent = by_span.get(span)  # type: ignore[arg-type]
        reach = max(quote.start, quote.speaker_start or 0)  # a carried quotation: its own place
        if (
            quote.speaker_via == "pronoun"
            and pronoun in PERSONAL
            and antecedent is not None
            and spoke.get(span, quote.start) < quote.start
            and len(_PARAGRAPH_BREAK.findall(text, antecedent.end, reach)) <= 1
            and may_be(pronoun, antecedent, full)
            and not _another_between(pronoun, antecedent, reach, by_start, quoted, full)
        ):
            quote = evolve(quote, speaker_via="resumed")
        resumed.append(quote)
    return resumed


_PARAGRAPH_BREAK = re.compile(r"\n+")


def _names_the_speaker(quote: Quote) -> bool:
    """Whether the quote's speaker phrase holds the name itself ('Foreign Minister Ana
    Ruiz said'), not a pronoun or a role noun resolved to it ('the minister said'): a later
    'he' or 'she' resumes a person the text named as speaking, not a guess made before."""
    start, end = quote.speaker_start, quote.speaker_end
    name_start, name_end = quote.speaker_name_start, quote.speaker_name_end
    if start is None or end is None or name_start is None or name_end is None:
        return False
    return start <= name_start and name_end <= end


def _another_between(
    pronoun: str,
    antecedent: NameMention,
    until: int,
    persons: ByStart[NameMention],
    quoted: BySpan[Fragment],
    full: dict[str, str],
) -> bool:
    """Whether a person other than the antecedent, whom the pronoun could stand for, is
    named outside quotation marks between the antecedent and the pronoun ('Ruiz said ...
    Though Ms. Olsen has lived in Dorvik all her life, ..., she said': Olsen)."""
    own = antecedent.text.split()[-1]
    for m in persons.within(antecedent.end, until):
        if m.text.split()[-1] == own or quoted.containing(m.start):
            continue
        if may_be(pronoun, m, full):
            return True
    return False


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019']?\s|\n")


def _new_subject(
    text: str,
    last: Quote,
    quote: Quote,
    mentions: ByStart[NameMention],
    found: BySpan[Quote],
) -> bool:
    """Whether a person is named, outside any quotation, in a sentence that begins after the
    last speaker's sentence and before the pronoun: the reader's 'he' is then that person.
    (``mentions`` and the quotations ``found`` are indexed by position: this is asked of
    every pronoun.)"""
    after = max(last.end, last.speaker_end or 0)
    until = quote.speaker_start or quote.start
    for m in mentions.within(after, until):
        if m.kind != "person":
            continue
        if found.containing(m.start):
            continue
        if _SENTENCE_BREAK.search(text, after, m.start):
            return True
    return False


def _share_group_speakers(found: list[Quote]) -> list[Quote]:
    """The paragraphs of one quotation have one speaker, often named only after the last:
    '"First paragraph. / "Last paragraph," she said.'"""
    named: dict[str, Quote] = {}
    for quote in found:
        if quote.group and quote.speaker_text and quote.group not in named:
            named[quote.group] = quote
    # A transcript set as one quotation (each turn opens with the mark, only the last one
    # closes) has a speaker per turn: its labels, and each unlabelled turn the one before.
    for transcript in {q.group for q in found if q.speaker_via == "label" and q.cue is None}:
        named.pop(transcript or "", None)
    return [_with_speaker_of(q, named[q.group]) if _shares(q, named) else q for q in found]


def _shares(quote: Quote, named: dict[str, Quote]) -> bool:
    """Whether the quote takes its speaker from the part of its quotation that names one:
    only a part without a cue of its own. A part with its own cue ('"...," said O'Neill')
    keeps that speaker: when marks are paired wrongly across paragraphs, its cue is the
    better evidence than the group."""
    other = named.get(quote.group or "")
    if other is None or quote.cue is not None:
        return False
    return (quote.speaker_start, quote.speaker_text) != (other.speaker_start, other.speaker_text)


def _with_speaker_of(quote: Quote, other: Quote) -> Quote:
    """The quote with the speaker of another part of the same quotation."""
    return evolve(
        quote,
        speaker_text=other.speaker_text,
        speaker_start=other.speaker_start,
        speaker_end=other.speaker_end,
        speaker_name_start=other.speaker_name_start,
        speaker_name_end=other.speaker_name_end,
        speaker_via="group" if other.speaker_text else None,
    )


_BLOCK_STOP = re.compile(patterns("quote_patterns.tsv")["block_stop"], re.I)


def block_quotation(
    text: str, after: int, speaker: Speaker, fragments: Sequence[Fragment], limit: int = 6
) -> tuple[list[Quote], int]:
    """'The Minister said:' followed by paragraphs without quotation marks: a statement set as
    a block. Its paragraphs are one quotation (one group) until a paragraph that is not part
    of it: one with quotation marks or a reporting cue of its own, or a notes heading."""
    found: list[Quote] = []
    position = after
    for match in re.finditer(r"[^\n]+", text[after:]):
        start, end = after + match.start(), after + match.end()
        paragraph = match.group(0).strip()
        if not paragraph:
            continue
        quoted = any(start <= f.start < end for f in fragments)
        if quoted or _BLOCK_STOP.match(paragraph) or len(found) >= limit:
            break
        if found and cues(paragraph):
            break
        lead = len(match.group(0)) - len(match.group(0).lstrip())
        fragment = Fragment(start + lead, start + lead + len(paragraph), -after)
        quote = _direct(text, fragment, evolve(speaker, how="block"), None)
        found.append(evolve(quote, group=f"b{after}"))
        position = end
    return found, position


def _in_sentence(
    context: Context,
    sentence: tuple[int, int],
    fragments: list[Fragment],
    previous: Speaker | None,
    introduced: bool = False,
) -> tuple[list[Quote], Speaker | None]:
    """The quotes of one sentence and its speaker (for the next sentence to carry);
    ``introduced``: the sentence before ended with a colon that introduces this one."""
    text, masked = context.text, context.masked
    real = [f for f in fragments if said(text, f)]
    label = transcript_label(context, real[0]) if real else None
    if label is not None:  # a transcript's turn: the label speaks, not a cue's subject
        speaker, words_start = label
        turn = [evolve(real[0], start=words_start), *real[1:]]
        return [_direct(text, f, speaker, None) for f in turn], speaker
    found_cues = _opening_participle_dropped(masked, sentence, find_cues(masked, *sentence))
    if not found_cues:
        colon = _introducing_colon(masked, sentence, real[0] if real else None)
        introducer = colon_subject(context, sentence[0], colon) if colon is not None else None
        if not real:
            return [], introducer  # 'Sanders made the following comment:' + a quotation
        speaker = floating_speaker(context, sentence, real) or introducer or previous
        across = previous is not None and "\n" in text[previous.end : sentence[0]]
        carried = speaker
        if speaker is previous and not introduced:  # introduced: the colon named it
            carried = _carried(previous, across)
            if _another_subject(context, sentence, real[0], previous):
                carried = None  # 'Lund called it a fascist. Berg slammed it as "..."'

        return [_direct(text, f, carried, None) for f in real], speaker
    speakers: dict[Cue, Speaker | None] = {}
    clauses: list[tuple[int, int, Cue]] = []
    earlier: Speaker | None = None
    for cue in found_cues:
        this = cue_speaker(context, cue, sentence, earlier)
        speakers[cue] = this
        earlier = earlier or this
        clause = content_clause(text, masked, cue, sentence, this, context.anatomy)
        if clause:
            clauses.append((clause[0], clause[1], cue))
    clauses = [c for c in clauses if not _holds_own_report(c, speakers, fragments)]
    results, used = _reported(text, fragments, clauses, speakers)
    for f in real:
        if not any(a <= f.start and f.end <= b for a, b in used):
            cue = min(found_cues, key=lambda c: min(abs(c.start - f.end), abs(f.start - c.end)))
            results.append(_direct(text, f, speakers[cue] or _carried(earlier), cue))
    if masked[sentence[0] : sentence[1]].rstrip().endswith(":") and not results:
        return [], earlier  # 'X said:' introduces the quotation that follows
    return _join_split(text, sorted(results, key=lambda q: q.start)), earlier


def _another_subject(
    context: Context, sentence: tuple[int, int], first: Fragment, previous: Speaker | None
) -> bool:
    """Whether a quotation that does not open its sentence follows a subject who is not the
    speaker before it ('Berg slammed the plan as "..."' after Lund spoke): a verb the
    reporting list lacks then has a subject of its own, so the speaker is not carried. The
    subject is the sentence's first name, within its first few words and governed by no
    preposition; a speaker known only by a pronoun is not compared."""
    if previous is None or previous.name_start is None or previous.name_end is None:
        return False
    own = context.text[previous.name_start : previous.name_end].split()[-1:]
    mentions = context.index.inside(sentence[0], first.start)
    if not mentions:
        return False
    subject = mentions[0]
    lead = context.masked[sentence[0] : subject.start].split()
    return (
        subject.kind in ("person", "organization")
        and len(lead) <= _SUBJECT_LEAD
        and not_after_preposition(context.text, sentence[0], subject)
        and subject.text.split()[-1:] != own
    )


_SUBJECT_LEAD = 5  # words before a sentence's subject at most ('In recent weeks, Reid')


def _holds_own_report(
    clause: tuple[int, int, Cue], speakers: dict[Cue, Speaker | None], quoted: list[Fragment]
) -> bool:
    """'"We will go," Lund said, according to CNN', 'According to pool reports, Lund said
    "there is hope"': quoted words in a clause that holds a reporting cue of its own are
    that cue's speaker's; 'according to' only says where the report was found, and its
    source did not say them. Only a cue with a speaker of its own counts ('greeted with
    chants of "Bobby!"' names none); and 'Lund thanked Berg and noted the plan, according
    to the release' quotes no one: the release is the source of it all.)"""
    start, end, cue = clause
    return (
        cue.text.lower() in _SOURCE_CUES
        and any(start <= f.start < end for f in quoted)
        and any(
            other is not cue
            and start <= other.start < end
            and speaker is not None
            and speaker.name_start is not None
            for other, speaker in speakers.items()
        )
    )


_SOURCE_CUES = frozenset(("according to",))


def _introducing_colon(
    masked: str, sentence: tuple[int, int], first: Fragment | None
) -> int | None:
    """Where the colon is that ends the words before the sentence's first quotation (or
    the sentence, when it holds none): a clause that introduces what follows."""
    end = first.start if first is not None else sentence[1]
    before = masked[sentence[0] : end].rstrip().rstrip("".join(OPENING)).rstrip()
    return sentence[0] + len(before) - 1 if before.endswith(":") else None


def _opening_participle_dropped(
    masked: str, sentence: tuple[int, int], found: list[Cue]
) -> list[Cue]:
    """'Asked about the blast, Clinton said, "..."', 'Emphasizing the urgency, Trump said
    ...': a participle that opens the sentence describes the subject of the verb after its
    comma; with that verb found, the participle reports nothing of its own."""
    if len(found) < 2:
        return found
    first = found[0]
    opening = not masked[sentence[0] : first.start].strip(' \n"“«„')
    participle = first.text[:1].isupper() and " " not in first.text
    participle = participle and first.text.lower().endswith(("ed", "ing"))
    return (
        found[1:] if opening and participle and "," in masked[first.end : found[1].start] else found
    )


def _carried(speaker: Speaker | None, across: bool = False) -> Speaker | None:
    """A speaker carried to a quotation that has no cue of its own; ``across``: from an
    earlier paragraph, which PolNeAR shows is right only about half the time (a cue we lack
    usually stands in the new paragraph). Carrying adds no evidence of who speaks: a speaker
    a pronoun, a role noun, a clause's first name or a parse stood for ('"...," she says.
    "..."') keeps that way, so the brief trusts the carried part no more than the part
    with the cue (recorded as ``carried`` these were named, 'she' for a man among them)."""
    if speaker is None:
        return None
    if across:
        return evolve(speaker, how="paragraph")
    return speaker if speaker.how in _GUESSED else evolve(speaker, how="carried")


_GUESSED = frozenset(json_rules("speaker_ways.json")["kept_when_carried"])


def _join_split(text: str, found: list[Quote]) -> list[Quote]:
    """'"We will go," he said, "and win."': a quotation split by its attribution is one
    group: the first part ends with a comma, the second goes on in lower case."""
    joined: list[Quote] = []
    for quote in found:
        prior = joined[-1] if joined else None
        if (
            prior is not None
            and prior.kind == quote.kind == "direct"
            and prior.text.rstrip().endswith(",")
            and quote.text[:1].islower()
            and "\n" not in text[prior.end : quote.start]
        ):
            quote = evolve(_with_speaker_of(quote, prior), group=prior.group)
        joined.append(quote)
    return joined


def _reported(
    text: str,
    fragments: list[Fragment],
    clauses: list[tuple[int, int, Cue]],
    speakers: dict[Cue, Speaker | None],
) -> tuple[list[Quote], list[tuple[int, int]]]:
    """Indirect and mixed quotes from content clauses; where clauses overlap the longest
    (the outermost report) wins."""
    results: list[Quote] = []
    used: list[tuple[int, int]] = []
    for start, end, cue in sorted(clauses, key=lambda c: c[0] - c[1]):
        if any(a < end and start < b for a, b in used):
            continue
        quoted = [f for f in fragments if f.start < end and start < f.end]
        if quoted and start <= quoted[0].start <= start + 1 and quoted[0].end >= end - 1:
            continue  # the clause is one quotation: direct
        spoken = [f for f in quoted if not title_like(text[f.start : f.end].split() or ["x"])]
        if not spoken and cue.text.lower() in verbs()[5]:
            continue  # 'a user labelled "Anonymous"': a name, not a report
        if spoken:
            last = max(f.end for f in spoken)
            end = max(end, last + (1 if last < len(text) and text[last] in '”"’»' else 0))
        kind = "mixed" if spoken else "indirect"
        results.append(_quote(text, start, end, kind, speakers[cue], cue))
        used.append((start, end))
    return results, used


def _direct(text: str, fragment: Fragment, speaker: Speaker | None, cue: Cue | None) -> Quote:
    quote = _quote(text, fragment.start, fragment.end, "direct", speaker, cue)
    return evolve(quote, group=f"g{fragment.group}")


def _quote(
    text: str, start: int, end: int, kind: str, speaker: Speaker | None, cue: Cue | None
) -> Quote:
    return Quote(
        id="",
        doc="",
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,  # type: ignore[arg-type]
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        speaker_name_start=speaker.name_start if speaker else None,
        speaker_name_end=speaker.name_end if speaker else None,
        speaker_via=(speaker.how or None) if speaker else None,  # type: ignore[arg-type]
        cue=cue.text if cue else None,
        addressee=_addressee(text, start, kind, cue),
    )


def _addressee(text: str, start: int, kind: str, cue: Cue | None) -> str | None:
    """'urged parents to check their records': the words between the cue and a reported
    instruction name whom it is for; without them the brief would read 'urged to check'."""
    if cue is None or kind == "direct":
        return None
    told = cue.text.lower() in TELLING  # 'told Handelsblatt (that) the rules required ...'
    if not (told or (kind == "indirect" and text.startswith("to ", start))):
        return None
    between = text[cue.end : start].strip()
    if told:
        between = re.sub(r"\s+that$", "", between)
    if not between or len(between) > 60 or re.search(r"[.,;:!?\"“”()]", between):
        return None
    return between
