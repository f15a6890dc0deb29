"""Upcoming events of one document: what a reader can put in a diary or watch for.

A sentence yields an event when it names a happening (an event noun such as "summit", or an
event verb such as "will meet") and looks forward: a modal or schedule phrase ("is set to",
"will", "could", "hinting at a potential") or a time expression resolved to a date after the
article's. The status comes from the strongest modality found: scheduled > planned >
possible. Past happenings are left out; the brief's "what's next" is about the future.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from briefing.extract.events import modality
from briefing.extract.events.commitments import (
    OTHER_ACT,
    commitment,
    commitment_item,
    in_anothers_phrase,
    listed_acts,
    narrated,
    without_date,
)
from briefing.extract.events.future import period_end, period_start
from briefing.extract.events.modality import PATTERNS, best_date, status_of
from briefing.extract.events.outlook import doer_headline, outlook_item, signal_item
from briefing.extract.events.times import CALENDAR_DAY, deadlines
from briefing.extract.events.trips import during_trips
from briefing.extract.quotes.clause_shape import has_finite_verb
from briefing.model import (
    Document,
    Event,
    EventStatus,
    EventWay,
    Evidence,
    NameMention,
    TimeExpression,
    anatomy_of,
    evolve,
)
from briefing.nlp.doc import ByStart, sentence_spans, text_of
from briefing.rules import (
    alternation,
    json_rules,
    month_forms,
    month_names,
    reporting_verbs,
    weekday_stems,
    word_table,
)
from briefing.rules.regex import compiled

_PAST = compiled(rf"\b(?:{alternation(modality.words()['past_markers'])})\b", re.I)
_FUTURE_VALUES = ("FUTURE_REF",)


_CLAUSES = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+but\s+")
_MODALS = alternation(modality.words()["outlook_modals"])
_MODAL = compiled(rf"\b(?:{_MODALS})\b", re.I)
# 'and Lund will visit', 'and the talks are expected to': a clause with a subject of its own
_AND_CLAUSE = compiled(rf"(?<!,)\s+and\s+(?=(?:[\w'’-]+\s+){{1,4}}(?:{_MODALS})\b)")
# 'If Hezbollah breaks the deal, ...', 'Unless talks resume, ...': a hypothesis, not what is next.
_CONDITION = re.compile(PATTERNS["condition"])
# 'detained since July': a time after 'since' looks back, whatever its tense.
_SINCE = re.compile(PATTERNS["since"], re.I)
# 'after Monday': a bound, not the date; 'originally scheduled for 15 September': given up
_AFTER = re.compile(PATTERNS["after"], re.I)
_SINCE_CLAUSE = re.compile(PATTERNS["since_clause"], re.I)
_RECURRING = re.compile(PATTERNS["recurring"], re.I)
_GIVEN_UP = re.compile(PATTERNS["given_up"], re.I)
_MODAL_PERFECT = re.compile(PATTERNS["modal_perfect"], re.I)
_GROUP_POSSESSIVE = re.compile(PATTERNS["group_possessive"])
# 'the deal we struck', 'the agreement that was reached': the event noun's own clause is past
_DONE = re.compile(
    rf"\s+(?:that\s+|which\s+)?(?:{alternation(modality.words()['done_subjects'])})\s+"
    rf"(?:{alternation(modality.words()['done_verbs'])}|\w+ed)\b"
)
_ANAPHORA = re.compile(rf"\b[Tt]he\s+(?:{alternation(modality.words()['anaphora_nouns'])})\b")
# '<tweet author=... datetime=...>', 'pic.twitter.com/...', '@handle': an embedded post
_MARKUP = compiled(PATTERNS["social_markup"], re.I)


_CONDITION_WORDS = frozenset(json_rules("event_words.json")["condition_words"])


def _conditional(sentence: str) -> bool:
    """A sentence put as a condition ('If the talks fail, ...'): searched for only when it
    holds one of the condition's words (its word set, once per sentence, is read by the
    events and questions stages anyway)."""
    if not modality.holds_any(_CONDITION_WORDS, modality.words_in(sentence)):
        return False
    return _CONDITION.search(sentence.lstrip()) is not None


def events(
    doc: Doc,
    document: Document,
    times: Sequence[TimeExpression],
    mentions: Sequence[NameMention],
    reference: dt.date | None = None,
) -> list[Event]:
    """Forward-looking events, at most one per clause, in text order."""
    found: list[Event] = []
    ref = reference.isoformat() if reference else document.published
    dateline = anatomy_of(document).dateline or (0, 0)
    # 'OSLO, Feb 12, 2025 (Reuters) - ...': the dateline's date is the article's, no event's
    times = [t for t in times if not dateline[0] <= t.start < dateline[1]]
    previous: tuple[int, int] | None = None
    issued = anatomy_of(document).issued
    text = text_of(doc)
    if not issued:  # an office's statement quotes its own people on the day it issues
        times = [t for t in times if not _quoted_deixis(text, t)]
    times = deadlines(text, times, dt.date.fromisoformat(ref[:10]) if ref else None)
    by_time, by_mention = ByStart(times), ByStart(mentions)
    spans = sentence_spans(doc)
    for span in spans:
        sentence = text[span[0] : span[1]]
        asked = sentence.rstrip().rstrip("\"”’')").endswith("?")  # '... garbage?”' too
        if asked or _conditional(sentence) or _MARKUP.search(sentence):
            # a question asks (open questions take it); a hypothesis is no plan; an embedded
            # post is not the reporter's prose, and its times are the post's own
            previous = span
            continue
        evidence = (Evidence(document.id, span[0], span[1], sentence),)
        before = len(found)
        for clause in _clauses(text, span):
            event = _event(text, clause, span, previous, by_time, by_mention, ref)
            if event is not None:
                event = _committed(event, text, clause, by_mention, span[0], issued)
                event = _who_does_it(event, text[clause[0] : clause[1]])
                found.append(
                    evolve(event, id=f"{document.id}-e{len(found) + 1}", evidence=evidence)
                )
        if len(found) == before:
            # 'announcing on Wednesday he would meet ...': the day dates the saying
            # ('during the visit beginning Friday': the period's start, no act's date)
            spoken = [
                t
                for t in by_time.within(span[0], span[1])
                if not _speech_time(text, t) and not in_anothers_phrase(text, span[0], t, span[0])
            ]
            event = signal_item(text, span, spoken, ref)
            if event is not None:
                event = _committed(event, text, span, by_mention, issued=issued)
            else:  # 'Thailand undertakes to release ...': no future marker but the pledge
                event = commitment_item(text, span, by_time.within(*span), by_mention, ref, issued)
            if event is not None:
                found.append(
                    evolve(event, id=f"{document.id}-e{len(found) + 1}", evidence=evidence)
                )
        previous = span
    return [
        _as_reported(_on_the_writers_word(_forecast(_possible(e)), issued), issued)
        for e in listed_acts(during_trips(found, spans, text, by_time), spans, text)
    ]


# the ways whose items the brief shows (rules/event_ways.json): an item another way found
# is held back already, and the writer's word adds nothing to it
_SHOWN_WAYS = frozenset(json_rules("event_ways.json")["shown"])
# ways measured below the bar in reports only, and the way their items are counted under
_HELD_IN_REPORTS: dict[str, EventWay] = json_rules("event_ways.json")["held_in_reports"]
# 'plans to', 'is set to', 'is scheduled for': a plan or a schedule the text reports
_PLANS = json_rules("event_words.json")["commitment"]
# 'Hannity's plans to attend', 'the plans to rebuild': a noun after a possessive or an
# article names someone's plans (often dropped or past), the text reports no plan
_OWNERS = [*_PLANS["articles"], *json_rules("event_words.json")["doer_possessives"]]
_PLANNED = re.compile(
    r"(?<!['’]s\s)"
    + "".join(rf"(?<!\b{re.escape(w)}\s)" for w in _OWNERS)
    + rf"\b(?:{alternation(_PLANS['plans'])})\s+(?:{alternation(_PLANS['plan_links'])})\b",
    re.I,
)


def _on_the_writers_word(event: Event, issued: bool) -> Event:
    """An item of a report (a text no office issued) with no time at all ('March 6' with no
    year to resolve it by is a time) whose sentence reports no plan
    or schedule rests on the writer's word: found the way 'narrated'. In a report 'the Iran
    deal will not play well', 'the election will result in one of the greatest upsets',
    'the convention is expected to inject $200 million' are opinions and forecasts far more
    often than diary items (on PolNeAR about one in three undated items was upcoming, three
    in four of those with 'plans to' / 'is set to'); an office's statement announces its
    own acts that way ('the two sides will hold talks') and keeps them. A commitment was
    judged by its own cue (``commitments.narrated``)."""
    if issued or event.date is not None or event.when or event.kind == "commitment":
        return event
    if event.found_by not in _SHOWN_WAYS:
        return event
    sentence = event.evidence[0].text if event.evidence else ""
    if _PLANNED.search(sentence):
        return event
    return evolve(event, found_by="narrated")


def _as_reported(event: Event, issued: bool) -> Event:
    """In a report (a text no office issued), kinds of item that judged by hand on news
    nobody here wrote were almost never right are found their own way, held back and counted
    (rules/event_ways.json): an item the brief would title by a bare noun ('Vote',
    'Election', 'Rally'; way 'bare'), a generic or past mention far more often than a diary
    entry, and none of them says what happens; and one dated only by a month, season or year
    ('November's crunch election', 'in 2017'; way 'reported_period'), a passing mention or
    someone's expectation, unless its sentence reports a plan or schedule ('ministers are
    set to vote ... in December'), as for an undated item (``_on_the_writers_word``). A
    title cut where its phrase goes on (``_cut_short``; way 'cut') says only part of what
    happens; and a time that closes a span ('through Dec. 31', 'until Friday'; way
    'ongoing') dates a state lasting until then, not a happening. A way measured below the
    bar in reports alone (rules/event_ways.json held_in_reports: a forward marker of the
    sentence alone, 'signal') is held back there under a way of its own. An office's
    statement names its own diary that way and keeps them."""
    if issued or event.found_by not in _SHOWN_WAYS:
        return event
    if not event.headline and len(event.title.split()) == 1:
        return evolve(event, found_by="bare")
    sentence = event.evidence[0].text if event.evidence else ""
    if _cut_short(event.headline or event.title, sentence, event.when):
        return evolve(event, found_by="cut")
    if event.when and _SPAN_END.search(sentence, 0, _start_of(sentence, event.when)):
        return evolve(event, found_by="ongoing")
    if event.found_by == "period" and not _PLANNED.search(sentence):
        return evolve(event, found_by="reported_period")
    if event.found_by in _HELD_IN_REPORTS:  # measured below the bar in reports
        return evolve(event, found_by=_HELD_IN_REPORTS[event.found_by])
    if event.found_by in _SPLIT_IN_REPORTS and _vague(event, sentence):
        return evolve(event, found_by="reported_vague")
    return event


# ways split in reports by the strength of their time (rules/event_ways.json split_in_reports)
_SPLIT_IN_REPORTS = frozenset(json_rules("event_ways.json")["split_in_reports"])
# a day the text names: a weekday ('on Thursday'), a month with its day ('Oct. 9', '6 March')
# or a day named from the article's ('tomorrow'; rules/time_words.json relative_days)
_TIME_WORDS = json_rules("time_words.json")
_A_DAY = compiled(
    rf"\b(?:(?:{alternation(weekday_stems())})(?:day)?\b"
    rf"|(?:{alternation(month_forms())})\.?\s+\d"
    rf"|\d{{1,2}}(?:{alternation(_TIME_WORDS['ordinal_suffixes'])})?\s+(?:of\s+)?"
    rf"(?:{alternation(month_forms())})\b"
    rf"|(?:{alternation(_TIME_WORDS['relative_days'])})\b)",
    re.I,
)


def _vague(event: Event, sentence: str) -> bool:
    """Whether a report's item rests on weak evidence of when it happens: its time names no
    day (a week, a month, 'soon', 'in the coming weeks', or none at all), and it is not a
    diary word ('meeting', 'summit') whose sentence reports a plan or schedule ('the
    meeting is set to discuss ...'). Judged by hand on PolNeAR and Wikinews reports, items
    with a day were right about nine times in ten, those without one two times in three: a
    week or a month is as often the writer's expectation ('is widely expected to lay ground
    work next week', 'the dawn of a new age will begin this week') as a diary entry
    (rules/event_ways.json)."""
    if event.when and _A_DAY.search(event.when):
        return False
    diary_word = event.found_by in {"dated", "cued"}
    return not (diary_word and _PLANNED.search(sentence))


_CUT = json_rules("event_words.json")
_CUT_CLOSERS = (
    frozenset(_CUT["dangling_words"])
    | frozenset(_CUT["cut_closers"])
    | frozenset(_CUT["cut_participles"])
)
_TO_COMPLEMENTED = frozenset(_CUT["to_complement_nouns"])
_PAIRS: dict[str, str] = _CUT["correlatives"]
_GOES_ON = re.compile(rf"\s+(?:{alternation(_CUT['cut_continuers'])})\b|['’]s\b", re.I)
_COMPLEMENT_HEADS = frozenset(_CUT["complement_heads"])
_DATE_PREPOSITIONS = alternation(_CUT["commitment"]["date_prepositions"])
# 'to' and a verb: 'to poke fun', not 'to the convention' (rules/event_words.json not_verbs)
_TO_A_VERB = re.compile(r"\s+to\s+([a-z]+)\b")
_NOT_VERBS = frozenset(_CUT["future"]["not_verbs"])
# 'for its shares' closing the title, and 'to be' going on in the sentence: the noun is the
# subject of the passive after it ('will apply for its shares to be suspended from trading')
_FOR_WHOM = re.compile(r"\bfor\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$")
_PASSIVE_TO = re.compile(r"\s+to\s+be\s+[a-z]+e[dn]\b")
# the act's object points back: 'to hold it in ...', 'to sign them', 'to discuss this'
_POINTS_BACK = re.compile(
    rf"\bto\s+[a-z]+\s+(?:{alternation(_CUT['pointing_objects'])})(?=\s+(?:[a-z]+\s+)?"
    rf"(?:{alternation(_CUT['pointing_object_followers'])})\b|\s*[,.;]|\s*$)"
)


# a quotation opening right after the title's last word: its phrase goes on inside it
_QUOTE_OPENS = re.compile(r"\s+[\"“‘]")


# 'through Dec. 31', 'until Friday' right before the item's time (rules/event_words.json)
_SPAN_END = compiled(rf"\b(?:{alternation(_CUT['span_ends'])})\s+$", re.I)


def _start_of(sentence: str, when: str) -> int:
    """Where the item's time starts in its sentence (0: not found, so nothing before it)."""
    found = sentence.find(when)
    return max(found, 0)


def _cut_short(title: str, sentence: str, when: str | None = None) -> bool:
    """The title stops where its phrase goes on, or its act's object points back ('to hold
    it in the capital'): on a word that ends no phrase ('about the decision not'), on a
    possessive ('to plaster New Hampshire independents’'), before a quotation its phrase
    goes on in ('to discuss "issues of mutual concern"'), or where its sentence goes on
    with the complement of its last word ('to huddle privately with a mix' | 'of key
    lawmakers'; 'to focus first on trying' | 'to get conservatives to unite', 'to get one
    more chance on Saturday' | 'to poke fun at ...': its date aside, a word that takes an
    infinitive): the reader is told part of what happens (rules/event_words.json
    cut_titles, complement_heads, pointing_objects)."""
    words = title.split()
    if not words:
        return False
    if _POINTS_BACK.search(title):
        return True  # 'to hold it in the capital': what is held is named elsewhere
    last = words[-1]
    if last.lower() in _CUT_CLOSERS or last.endswith(("’", "'")):
        return True
    lowered = [w.lower() for w in words]
    if any(first in lowered and second not in lowered for first, second in _PAIRS.items()):
        return True  # 'to either accept' | 'or reject proposals': half of its act
    undated = without_date(title, when).split() if when else words
    if undated and undated[-1].lower() in _CUT_CLOSERS:
        return True  # 'to present the' | 'on February 1': the brief shows the date apart
    tail = re.search(r"\s+".join(re.escape(w) for w in words[-2:]) + r"\b", sentence)
    if tail is None and len(words) > 1 and words[-2] == "to":
        # 'X to attempt' stands for 'X will attempt': its verb alone is in the sentence
        tail = re.search(rf"\b{re.escape(last)}\b", sentence)
    if tail is None:
        return False
    end = tail.end()
    if when:  # 'to get one more chance' | 'on Saturday' | 'to poke fun': the brief's date aside
        timed = re.match(rf"\s+(?:(?:{_DATE_PREPOSITIONS})\s+)?{re.escape(when)}\b", sentence[end:])
        end += timed.end() if timed else 0
    if words[-1].lower() in _TO_COMPLEMENTED and re.match(r"\s+to\s", sentence[end:]):
        return True  # 'to put a stop' | 'to deliveries': the noun's complement is cut off
    if _GOES_ON.match(sentence, end) or _QUOTE_OPENS.match(sentence, end):
        return True  # 'to discuss "issues of mutual concern ..."': the object is cut off
    if _FOR_WHOM.search(title) and _PASSIVE_TO.match(sentence, end):
        return True  # 'to apply for its shares' | 'to be suspended': the act is the passive
    verb = _TO_A_VERB.match(sentence, end)
    if verb is None or verb.group(1) in _NOT_VERBS:
        return False
    return bool(undated) and undated[-1].lower() in _COMPLEMENT_HEADS


# 'some strategists think that', 'was optimistic that', 'predicting he would', 'hopes that':
# an opinion of what will happen frames the clause (rules/event_words.json forecast_frames)
_FORECAST = compiled(
    rf"\b(?:{alternation(json_rules('event_words.json')['forecast_frames'])})\b", re.I
)


# 'will probably', 'will likely', 'eventually': a guess (rules/event_words.json guess_words)
_GUESS = re.compile(rf"\b(?:{alternation(json_rules('event_words.json')['guess_words'])})\b", re.I)
# The longest word of each frame and guess word: a sentence holding none of them (most do)
# is not searched with the long case-insensitive alternations (see modality.holds_any).
_FORECAST_KEYS = modality.longest_words(json_rules("event_words.json")["forecast_frames"])
_GUESS_KEYS = modality.longest_words(json_rules("event_words.json")["guess_words"])


# 'win', 'clinch', 'beat': a contest's outcome (rules/event_words.json outcome_verbs)
_OUTCOME = re.compile(
    rf"(?:{alternation(json_rules('event_words.json')['outcome_verbs'])})\b", re.I
)


def _forecast(event: Event) -> Event:
    """An item whose sentence frames it as someone's opinion of what will happen ('some
    strategists think that whoever ends up ... will receive a windfall in March', 'advisers
    were optimistic that he would perform strongly in next Tuesday's primaries') was found
    the way 'forecast', whatever else found it: a prediction is no diary item, and on news
    nobody here wrote such items were almost never right (rules/event_ways.json). The frame
    must come before the item's own words in the sentence, so 'X will meet on Friday, and
    he hopes that ...' stays what it was. An undated item in a sentence that guesses
    ('will probably', 'will likely', 'eventually') is a forecast too: nothing to watch for
    but someone's guess."""
    if not event.evidence:
        return event
    sentence = event.evidence[0].text
    present = modality.words_in(sentence)
    guess = _GUESS.search(sentence) if modality.holds_any(_GUESS_KEYS, present) else None
    if event.date is None and guess:
        return evolve(event, found_by="forecast")  # 'the union will likely sit out ...'
    # the item's own words: its title's first word, by its stem ('Meeting' is 'meet ...');
    # a title opening with the guess itself ('Trump to probably use ...') is one
    title = event.title.split(" to ", 1)[-1] if event.kind != "event" else event.title
    first = title.split()[0][:4] if title.split() else ""
    own = re.search(rf"\b{re.escape(first)}", sentence, re.I) if first else None
    if event.kind != "event" and (
        _OUTCOME.match(title) or guess and (own is None or guess.start() <= own.start())
    ):
        # 'Clinton is likely to clinch the nomination on June 7', 'X to win on Tuesday':
        # an opinion of the outcome, even with the day it is decided
        return evolve(event, found_by="forecast")
    if event.headline and _OUTCOME.match(event.headline.split(" to ", 1)[-1]):
        # 'Clinton is expected to win the primary on Tuesday': the primary is on the diary,
        # the win is someone's guess
        event = evolve(event, headline=None)
    if not modality.holds_any(_FORECAST_KEYS, present):
        return event
    frame = _FORECAST.search(sentence)
    if frame is None:
        return event
    if own is not None and own.start() < frame.start():
        return event
    return evolve(event, found_by="forecast")


def _possible(event: Event) -> Event:
    """A diary item or a commitment whose only forward cue is a possibility ('the talks may
    be held', 'Vietnam would provide ...', 'if the nomination heads to a contested
    convention') was found the way 'possible', whatever else found it: on news nobody here
    wrote such items were hardly ever on the diary (rules/event_ways.json)."""
    if event.status != "possible" or event.kind == "outlook":
        return event
    if event.kind == "event" and event.evidence and not modality.hedged(event.evidence[0].text):
        return event  # 'we support the earliest possible meeting': speed asked for
    return evolve(event, found_by="possible")


def _committed(
    event: Event,
    text: str,
    clause: tuple[int, int],
    mentions: ByStart[NameMention],
    sentence_start: int | None = None,
    issued: bool = True,
) -> Event:
    """An outlook item whose clause has a named actor undertake the act is a commitment,
    titled by who will do what ('United States to remove the arms embargo on Cambodia'); a
    diary item in such a clause gets that as its headline ('Thailand to release ...'). What
    a party would do if something else came about ('Under that framework, Vietnam would
    provide ...') is a possible act, not a planned one. In a report (not ``issued`` by the
    party), an undated act with no plan or schedule is the writer's word: found the way
    'narrated' (``narrated``)."""
    found = commitment(text, clause, mentions, sentence_start)
    if found is None or (found.promised and not event.date):
        return event  # 'has vowed to bring back mining jobs': undated, a position
    if event.kind == "event" and _anothers_act(text, clause, found.action, event.title, event.when):
        # 'the government will look at death rates ... before making a final decision, which
        # is expected by February 22': the party's act is another than the dated decision
        return event
    if event.kind == "event":  # its noun title stays: articles' reports of it merge by it
        # a named party undertakes it ('the United States will make another push ... to
        # achieve a ceasefire'): the party's own modal says how sure it is, not a 'possible'
        # in another phrase of the clause ('— that it becomes possible')
        status = "possible" if found.hedged else _firm(event.status)
        return evolve(event, headline=without_date(found.title, event.when), status=status)
    status = "possible" if found.hedged else event.status
    way: EventWay = (
        "narrated" if narrated(found, event.date or event.when, issued) else "commitment"
    )
    return evolve(event, title=found.title, kind="commitment", status=status, found_by=way)


# a title's place or party after its noun ('Talks in Geneva', 'Meeting with X'; _title)
_TITLE_PLACE = re.compile(
    rf"\s+(?:{alternation([*_CUT['venue_prepositions'], *_CUT['participant_prepositions']])})"
    rf"\s+[A-Z].*$"
)


def _anothers_act(
    text: str, clause: tuple[int, int], action: str, title: str, when: str | None
) -> bool:
    """Whether the party's act in the clause is another than the dated diary item: the
    item's noun comes after the act with another act's opener between, and so does the
    item's time ('the government will look at death rates ... before making a final
    decision, which is expected by February 22': the decision is dated, the looking is
    not; issue 17, fresh wire sample N9). An item named inside the act or its purpose
    ('will make another push with Norway to achieve a ceasefire') or before it is the act's
    own, and a time before the opener dates the act ('will remain in close contact over
    the coming days as the deal ... is implemented'), which the headline then names."""
    words = _TITLE_PLACE.sub("", title).split()
    act = text.find(action, clause[0], clause[1]) if action and words else -1
    if act < 0:
        return False
    noun = re.compile(rf"\b{re.escape(words[-1])}", re.I).search(text, act, clause[1])
    opener = OTHER_ACT.search(text, act, noun.start()) if noun is not None else None
    if opener is None:
        return False
    time = text.find(when, act, clause[1]) if when else -1
    return time < 0 or time > opener.start()


def _who_does_it(event: Event, words: str) -> Event:
    """A diary item titled by its bare noun ('Vote', 'Publication') says nothing on its
    own: when no named party undertakes it but its clause's subject names a doer ('the
    chamber will vote on four gun control measures', 'the ministry is expected to publish
    the figures'), the brief shows who will do what, as for a development."""
    if event.kind != "event" or event.headline:
        return event
    if " " in event.title.strip():
        return _party_title(event, words)
    headline = doer_headline(words)
    act = headline.split(" to ", 1)[-1] if headline else ""
    if headline and _anothers_act(words, (0, len(words)), act, event.title, event.when):
        headline = None  # 'Government to look at death rates' of a decision made later
    if headline:
        return evolve(event, headline=without_date(headline, event.when))
    if event.date is None and event.found_by == "cued" and not _one_occasion(words, event.title):
        # 'the election will be won or lost in the Midwest', 'Netanyahu rejects the remarks
        # but will meet with him' ('Meeting': the verb made a noun): a bare noun that names
        # no one, no place, no date and no occasion says nothing a reader can watch for
        return evolve(event, found_by="unnamed")
    return event


def _party_title(event: Event, words: str) -> Event:
    """A trip titled by its noun ('Visit to Manila') names no traveller, and who travels is
    what the reader watches for: when the clause's subject names the traveller and the
    clause is the trip itself (the doer 'to travel'/'to visit' the destination the title
    names, or 'to pay a state visit to' it), the brief shows who travels where ('Secretary
    of State Marco Rubio to travel to Manila'), up to the destination. A headline that keeps
    a time before the destination once the brief's date is out ('to next week travel to')
    or is about another act ('to meet President Marcos in Manila') leaves the noun title as
    it was. A signing is read alike: 'Agreement in Pretoria' becomes 'Rwanda and Uganda to
    sign a peace agreement in Pretoria' when the clause is the signing itself."""
    noun, _, destination = event.title.partition(" to ")
    acts = _TRAVELS
    if noun.lower() not in _TRIP_NOUNS or not destination:
        noun, _, destination = event.title.partition(" in ")
        acts = _SIGNS
        if noun.lower() not in _SIGNING_NOUNS or not destination:
            return event
    headline = doer_headline(words)
    if not headline:
        return event
    headline = without_date(headline, event.when)
    travels = acts.search(headline)
    to = travels and re.compile(rf"\b{re.escape(destination)}\b").search(headline, travels.end())
    if not to:
        return event
    # the trip ends at its destination: what follows is its occasion or purpose ('at the
    # invitation of ...', 'for three days', 'to attend the summit'), which the title leaves
    headline = headline[: to.end()]
    if _STILL_TIMED.search(headline):
        return event
    return evolve(event, headline=headline)


_TRIP_WORDS = json_rules("event_words.json")["trip"]
_TRIP_NOUNS = frozenset(_TRIP_WORDS["trip_title_nouns"])
_SIGNING_NOUNS = frozenset(_TRIP_WORDS["signing_title_nouns"])
# 'to sign a peace agreement', 'to sign the deal': the clause is the signing itself
_SIGNS = re.compile(
    rf"\bto\s+(?:{alternation(_TRIP_WORDS['signing_title_verbs'])})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{alternation(_TRIP_WORDS['signing_title_nouns'])})\b"
)
# 'to travel to', 'to visit', or a trip noun after a light verb: 'to pay a state visit to'
_TRAVELS = re.compile(
    rf"\bto\s+(?:(?:{alternation(_TRIP_WORDS['trip_title_verbs'])})\b"
    rf"|(?:{alternation(_TRIP_WORDS['trip_light_verbs'])})\s+"
    rf"(?:{alternation(_TRIP_WORDS['trip_determiners'])})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(_TRIP_WORDS['trip_title_nouns'])})\s+to\b)"
)
# what is left of a time once the brief's date is taken out: a figure, a month, a weekday
# or a time word ('next week', 'this fall')
_STILL_TIMED = re.compile(
    rf"\d|\b(?:{alternation(month_names())})\b"
    rf"|\b(?:{alternation(weekday_stems())})(?:day)?\b"
    # not a trip's length ('a two-day official visit')
    rf"|(?<!-)\b(?:{alternation(json_rules('event_words.json')['whole_act']['deictic_times'])})\b"
    rf"|\b(?:{alternation(_TRIP_WORDS['trip_time_words'])})\b",
    re.I,
)


def _one_occasion(words: str, title: str) -> bool:
    """Whether the clause ties a bare event noun to one occasion: the body whose event it is
    ('the earliest possible meeting of the Council of the ...') or a pending act in a clause
    of time ('once this deal is fully implemented'). A verb's nominal title ('Meeting' for
    'will meet') is not in the words and has neither."""
    noun = re.escape(title.strip().lower())
    body = rf"(?i:\b{noun}\s+(?:{_OCCASION_LINKS})\s+(?:the\s+)?)[A-Z]"  # a name: capital
    pending = rf"(?i:\b(?:{_CLAUSES_OF_TIME})\s+(?:{_DETERMINERS})\s+{noun}\b)"
    return bool(re.search(body, words) or re.search(pending, words))


_OCCASION_LINKS = alternation(modality.words()["occasion_links"])
_CLAUSES_OF_TIME = alternation(modality.words()["argument_clauses"])
_DETERMINERS = alternation(modality.words()["occasion_determiners"])


def _firm(status: EventStatus) -> EventStatus:
    return "planned" if status == "possible" else status


_RANGE_TO = re.compile(
    rf"\s*(?:{alternation(json_rules('time_words.json')['range_joins'])}|-|–)\s*$"
)


def _range_start(
    text: str, inside: Sequence[TimeExpression], when: Sequence[TimeExpression]
) -> TimeExpression | None:
    """'from May 31 to June 6': a range is dated by its start, even when it began before the
    article (the trip is under way), as long as its end is still ahead."""
    for first, second in zip(inside, inside[1:], strict=False):
        joined = _RANGE_TO.match(text[first.end : second.start])
        if joined and second in when and first.value and first.value[:1] in "12":
            return first
    return None


def _clauses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentence cut at ', and', ';' and ', while' where a clause with a verb of its own
    follows: 'to Qatar, Saudi Arabia, and Kenya from May 31 to June 6' is one list. A bare
    'and' cuts where a subject and a modal of their own follow ('Berg will visit Oslo and
    Lund will visit Rome on Friday': Friday is Lund's; issue 17)."""
    cuts = sorted(
        [
            *_CLAUSES.finditer(text, span[0], span[1]),
            # only after a modal of the first clause: 'G20 Finance Ministers and Central Bank
            # Governors will meet' is one subject
            *(
                m
                for m in _AND_CLAUSE.finditer(text, span[0], span[1])
                if _MODAL.search(text, span[0], m.start())
            ),
        ],
        key=lambda m: m.start(),
    )
    bounds, start = [], span[0]
    for i, m in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else span[1]
        if m.group().startswith(",") and not has_finite_verb(text[m.end() : end]):
            continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, span[1]))
    return bounds


def _event(
    text: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    previous: tuple[int, int] | None,
    times: ByStart[TimeExpression],
    mentions: ByStart[NameMention],
    reference: str | None,
) -> Event | None:
    c0, c1 = clause
    words = text[c0:c1]
    stated = [
        t for t in times.within(c0, c1) if not _speech_time(text, t) and not _not_its_date(text, t)
    ]
    when = [t for t in stated if _is_future(t, reference)]
    present = modality.words_in(words)
    status = status_of(words, present)

    def body(start: int, end: int) -> bool:  # 'the State Council', 'working with Congress'
        if _part_of_another(words, start, end):
            return True  # 'primaries for the Anambra election', 'election results'
        name = _name_around((start, end, ""), mentions, c0, c1)
        return name is not None and not announced(text, name.start)

    anchor = _anchor(words, present, body)
    if anchor is None:
        today = [t for t in stated if reference and (t.value or "")[:10] == reference[:10]]
        return outlook_item(words, _own_times(text, c0, words, when, today), status)
    anchor = _nearest_before_date(words, c0, anchor, when, body)
    when = _verb_times(words, c0, anchor, when)
    if words[anchor[0] : anchor[1]].lower() == anchor[2]:  # an event noun, not a verb
        when = [t for t in when if not _anothers_date(text, t, c0 + anchor[0])]
    when = [t for t in when if not _attributive(text, t, c0 + anchor[0])]
    when = [t for t in when if not _in_anothers_clause(text, c0 + anchor[1], t)]
    when = [t for t in when if not in_anothers_phrase(text, c0, t, c0 + anchor[0])]
    name = _name_around(anchor, mentions, c0, c1)
    if name is None and _period_elsewhere(text, c0, anchor, when):
        when = []  # 'Trumka said the council would discuss the 2016 campaign': no date of its own
    if status is None and not when or _MODAL_PERFECT.search(words):
        return None
    if not when and not _governed(words, anchor[0], anchor[1]):
        return None
    if not when and _CHOICE.match(words, anchor[0]):
        return None  # 'I will vote for Sanders': whom one backs, not a diary item
    if modality.denied(words[: anchor[0]]):
        return None  # 'is not expected to meet the Pope': it will not happen
    if status != "possible" and _PAST.search(words[: anchor[0]] if status else words):
        return None
    if _DONE.match(words, anchor[1]):  # 'the deal we struck ... will help': a deal done
        return None
    if _own_time_past(text, c0 + anchor[0], c0 + anchor[1], times.within(c0, c1), reference):
        return None  # 'at a news conference over the weekend at which he said ... July'
    date = _range_start(text, times.within(c0, c1), when) or best_date(when)
    if date is not None and _another_year(words, date):
        date = None  # 'The 2024 Games will open on July 26' in a 2023 article: which year?
    places = [
        m
        for m in mentions.within(c0, c1)
        if m.kind in {"place", "organization"} and not _SAYS_AFTER.match(text, m.end)
    ]
    venues = {
        id(p): _venue(text, c0 + anchor[1], p, times.within(c0, c1), anchor[2]) for p in places
    }
    places = [p for p in places if venues[id(p)] is not None]
    title, location = _title(words, c0, anchor, places, venues)
    if name is not None:  # 'the upcoming inaugural Luzon Economic Corridor Investment Forum'
        title, location = name.text, None
    anaphora = _ANAPHORA.match(words.lstrip())
    if anaphora and previous is not None:
        title = _antecedent(text, previous, mentions.within(*previous)) or title
    dated = date is not None and date.value is not None and date.value[:1] in "12"
    return Event(
        id="",
        title=title,
        date=date.value if dated else None,
        when=date.text if date else None,
        location=location,
        status=modality.status(status, date),
        participants=(),
        found_by=_dated_way(date.value) if dated and date and date.value else "cued",
    )


# 'next week's', 'the state's May 3': a time that opens a noun phrase (in the possessive, or
# after an article or a possessive); the phrase runs to its first ender or punctuation
_OPENS_A_PHRASE = compiled(
    rf"(?:\b(?:{alternation(modality.words()['phrase_openers'])})|\w['’]s)\s+$", re.I
)
_POSSESSIVE_TIME = re.compile(r"['’]s\b")
_PHRASE_END = compiled(
    rf"[,;:.()\u2014\u2013\"“”]|\b(?:{alternation(modality.words()['phrase_enders'])})\b", re.I
)


def _anothers_date(text: str, time: TimeExpression, anchor: int) -> bool:
    """A time that opens a noun phrase ('next week's competitive New York primary', 'the
    state's May 3 primary') dates what that phrase names: an event word outside the phrase
    ('City Council ... to assail ... ahead of next week's primary', 'bound to the results of
    the state's May 3 primary on the first vote in Cleveland') does not take it. Only an
    event noun's time: a verb's object may be its occasion ('will vote in the state's May 3
    primary')."""
    possessive = _POSSESSIVE_TIME.match(text, time.end)
    if not possessive and not _OPENS_A_PHRASE.search(text, max(0, time.start - 12), time.start):
        return False
    start = possessive.end() if possessive else time.end
    end = _PHRASE_END.search(text, start, start + 80)
    return not start <= anchor < (end.start() if end else start + 80)


_ATTRIBUTIVE_LEAD = compiled(
    rf"\b(?:{alternation(modality.words()['attributive_time_leads'])})\s+$", re.I
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
_ENDERS = frozenset(modality.words()["phrase_enders"])


def _attributive(text: str, time: TimeExpression, anchor: int) -> bool:
    """A time that stands as the modifier of the noun right after it ('a probe into Tuesday
    night explosion', 'an inquiry over Sunday evening violence'): after a preposition of
    matter or cause (rules/event_words.json attributive_time_leads) and before a lower-case
    word that ends no phrase, it dates that noun (a thing already past as often as not),
    not the event; the event word itself after it ('into Tuesday's vote') keeps it."""
    if not _ATTRIBUTIVE_LEAD.search(text, max(0, time.start - 12), time.start):
        return False
    following = _NEXT_WORD.match(text, time.end)
    return (
        following is not None and following.group(1) not in _ENDERS and following.start(1) != anchor
    )


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _another_year(words: str, date: TimeExpression) -> bool:
    """Whether a month and day with no year ('on July 26'), resolved to its next occurrence,
    stands in a clause that names another year ('The 2024 Summer Games will start with an
    opening ceremony on July 26', written in 2023): then which year is meant is in doubt,
    and no date is better than a wrong one (rules/event_words.json another_year)."""
    value = date.value or ""
    if value[:1] not in "12" or len(value) < 10 or _A_YEAR.search(date.text):
        return False
    return any(year != value[:4] for year in _A_YEAR.findall(words))


_CLAUSE_OPENER = compiled(rf"\b(?:{alternation(modality.words()['clause_openers'])})\s+\S", re.I)
_OTHER_EVENT = compiled(rf"\b(?:{alternation(modality.words()['other_event_links'])})\s+\S", re.I)
_RELATIVE_SUBJECT = compiled(
    rf"(?:{alternation(modality.words()['subject_relatives'])})\s+"
    rf"(?:{alternation(modality.words()['relative_verbs'])})\b",
    re.I,
)


def _in_anothers_clause(text: str, own_end: int, time: TimeExpression) -> bool:
    """A time after the item's own word, in a clause that another word opens between them,
    dates that clause's act: 'entered the debate in South Carolina ..., where voters will go
    to caucuses Feb. 1' (the caucuses', not the debate's). A relative word that is its
    clause's subject and goes straight on with the verb ('the summit, which will take place
    on March 6') speaks of the item itself, so its time stays (rules/event_words.json
    subject_relatives). So does a time after a phrase that adds another event ('followed by
    the leaders' meeting next Monday'; rules/event_words.json other_event_links) or another
    act before or after the item ('before returning to Geneva next week'; sequence_openers)."""
    if time.start <= own_end:
        return False
    if _OTHER_EVENT.search(text, own_end, time.start):
        return True  # 'opens on Friday, followed by the leaders' meeting next Monday'
    sequence = _SEQUENCE.search(text, own_end, time.start)
    if sequence is not None and text[sequence.end() - 1 : time.start].split():
        # 'plans to travel to Damascus ... before returning to Geneva in the middle of next
        # week' (fresh wire sample N19); right before the time the word bounds the item
        # itself ('before July 25')
        return True
    openers = list(_CLAUSE_OPENER.finditer(text, own_end, time.start))
    return bool(openers) and not _RELATIVE_SUBJECT.match(text, openers[-1].start())


def _own_times(
    text: str,
    c0: int,
    words: str,
    when: list[TimeExpression],
    today: Sequence[TimeExpression] = (),
) -> list[TimeExpression]:
    """The times of a development's own act. A time after its action belongs to another act
    when a word opening another phrase stands between with words after it ('will work with
    labor ... when the draft goes to the committee July 8', 'will see the ad ten times before
    the April 24 primary'); right before the time such a word bounds the act itself ('will
    begin airing ads after Monday'). As for a verb, a time after the action is its own
    before one ahead of it ('which will hold the primary Feb. 9', after 'the caucuses Feb.
    1'), when it is a date. On PolNeAR reports such dates were another event's
    (rules/event_words.json). The article's own day (``today``: 'is set to play Stanford
    ... later Friday' in a Friday article) is the act's own time there too, so a date
    before the action ('Iowa, the first state to caucus on Feb. 1, ...') is not taken for
    it: the item is news of the day, which the brief holds back (select/rank.py)."""
    match = modality.outlook_match(words)
    if match is None:
        return when
    action = c0 + match.start("action")

    def owned(times: Sequence[TimeExpression]) -> list[TimeExpression]:
        own = [t for t in times if t.start < action or not OTHER_ACT.search(text, action, t.start)]
        # 'During his speech on Wednesday, Berg said the levy would rise', '..., Berg said on
        # Wednesday': a time on the far side of a saying verb dates the saying, not the act
        own = [t for t in own if not _SAID.search(text, min(t.end, action), max(t.start, action))]
        # 'After the conclusion of the series on December 20, England will return home'
        own = [t for t in own if not in_anothers_phrase(text, c0, t, action)]
        # a date after the action, not a vague 'soon' in the next phrase ('over the next 60
        # days, Israel will withdraw ... — civilians will soon return')
        return [t for t in own if t.start >= action and (t.value or "")[:1] in "12"] or own

    own = owned(when)
    if own and own[0].start >= action:
        return own
    on_the_day = [t for t in owned(today) if t.start >= action]
    return on_the_day or own


def _nearest_before_date(
    words: str,
    c0: int,
    anchor: tuple[int, int, str],
    when: Sequence[TimeExpression],
    skip: Callable[[int, int], bool],
) -> tuple[int, int, str]:
    """The event noun the clause's date belongs to: the nearest before it. 'Entering the
    debate, the two sought breakout performances in the primary Feb. 9': Feb. 9 is the
    primary's, not the debate's; 'the debate came 15 days before the caucuses on Feb. 1':
    the caucuses'. The first noun stays the anchor when no other stands between it and the
    date, and a verb's anchor ('will meet ... at the summit on Friday') keeps its time."""
    date = best_date(list(when))
    if date is None or words[anchor[0] : anchor[1]].lower() != anchor[2]:
        return anchor
    end = date.start - c0
    if end <= anchor[1]:
        return anchor
    later = [
        n
        for n in modality.patterns()["noun"].finditer(words, anchor[1], end)
        if not skip(n.start(), n.end())
    ]
    if not later:
        return anchor
    head = modality.without_month_may(words[: anchor[1]])
    if any(v.start("verb") == anchor[0] for v in modality.patterns()["verb"].finditer(head)):
        return anchor  # 'will vote on the budget in December': the verb's time
    return later[-1].start(), later[-1].end(), later[-1].group(0).lower()


_SEQUENCE = compiled(rf"\b(?:{alternation(modality.words()['sequence_openers'])})\s+\S", re.I)


_AND_BEFORE = re.compile(r"\band\s+$")


def _coordinated_verb(words: str, start: int) -> bool:
    """Whether the lower-case event word at ``start`` is a verb joined by 'and' to an earlier
    modal's verb ('On May 19, he will return from the United States and visit China for two
    days on May 20': the visit's time is May 20; issue 17, fresh wire sample N19)."""
    return (
        words[start : start + 1].islower()
        and _AND_BEFORE.search(words, max(0, start - 8), start) is not None
        and _MODAL.search(words, 0, start) is not None
    )


def _verb_times(
    words: str, c0: int, anchor: tuple[int, int, str], when: list[TimeExpression]
) -> list[TimeExpression]:
    """A verb's own time comes after it: 'While the next contest is in Nevada on Feb. 20,
    South Carolina will vote on Feb. 27': Feb. 27 is the vote's, and a time before the verb
    belongs to the clause it stands in. Only when the verb has a time after it; a time
    before it is its own otherwise ('On Friday, the council will vote')."""
    head = modality.without_month_may(words[: anchor[1]])
    if not any(
        v.start("verb") == anchor[0] for v in modality.patterns()["verb"].finditer(head)
    ) and not _coordinated_verb(words, anchor[0]):
        return when
    after = [t for t in when if t.start >= c0 + anchor[1]]
    if after:
        return after
    # 'a meeting at the White House on June 12, after which he will visit Texas': a time
    # with an opener of another act before or after between it and the verb dates that act
    return [t for t in when if not _SEQUENCE.search(words, t.end - c0, anchor[0])]


_DAY_OR_WEEK = re.compile(r"\d{4}-(?:\d\d-\d\d|W\d\d)")


def _dated_way(value: str) -> EventWay:
    """'dated' for a diary word with a day or a week ahead ('on Thursday', 'next week');
    'period' for one with only a month, season, quarter or year ('in November', 'in 2017'):
    a general election 'in November' is spoken of in passing far more often than put in a
    diary."""
    return "dated" if _DAY_OR_WEEK.match(value) else "period"


def _name_around(
    anchor: tuple[int, int, str], mentions: ByStart[NameMention], c0: int, c1: int
) -> NameMention | None:
    """The name the event word is part of ('Council' in 'National Security Council',
    'Forum' in 'the upcoming ... Investment Forum'), if any."""
    start, end = c0 + anchor[0], c0 + anchor[1]
    inside = [m for m in mentions.within(c0, c1) if m.start <= start and end <= m.end]
    return next((m for m in inside if m.kind != "person"), None)


def announced(text: str, start: int) -> bool:
    """The name at ``start`` is announced as an occasion ('the upcoming inaugural ...')."""
    return bool(_ANNOUNCED.search(text, max(0, start - 30), start))


# 'the upcoming inaugural ... Forum', 'the annual ... Dialogue': a name announced as an occasion
_ANNOUNCED = re.compile(
    rf"\b(?:{alternation(word_table('actor_words.json', 'event_adjectives'))})\s+$", re.I
)


def _antecedent(
    text: str, previous: tuple[int, int], mentions: Sequence[NameMention]
) -> str | None:
    """'... convening for a video conference. The meeting is set to ...': name it after the
    event the previous sentence introduced, with who takes part."""
    sentence = text[previous[0] : previous[1]]
    anchor = _anchor(sentence)
    if anchor is None:
        return None
    noun = sentence[anchor[0] : anchor[1]]
    groups = [m for m in mentions if previous[0] <= m.start < previous[1] and m.kind == "group"]
    orgs = [
        m for m in mentions if previous[0] <= m.start < previous[1] and m.kind == "organization"
    ]
    title = noun[:1].upper() + noun[1:]
    if groups:
        group = _GROUP_POSSESSIVE.sub("the ", groups[0].text)
        return f"{title} of {group}"
    return f"{orgs[0].text} {noun}" if orgs else title


_SAYING = alternation(reporting_verbs("event_saying"))
# '..., the Defence Ministry said': who reports the event, not where it takes place
_SAYS_AFTER = re.compile(rf"\s+(?:{_SAYING})\b")
_SAID = compiled(rf"\b(?:{_SAYING})\b", re.I)

# 'will cut 2,000 jobs, its chief executive said on Wednesday': the day dates the saying.
_SPEECH_CUE = compiled(rf"\b(?:told\s+(?:\w+\s+){{0,3}}?|{_SAYING})\s*,?\s*$", re.I)


# 'Sherman spoke today with ... about plans to open an embassy': the day dates the call.
# Not after 'be' ('the summit will be held on Friday'): a passive takes its auxiliary's tense.
_PAST_ACT = compiled(
    rf"(?<!\bbe\s)\b(?:{alternation(json_rules('time_words.json')['past_verbs'])})\s+$"
)


# 'conference over ', 'vote on ': at most two small words between an event word and its time
_OWN_TIME_GAP = re.compile(
    rf"\s+(?:(?:{alternation(json_rules('event_words.json')['own_time_gap_words'])})\s+){{0,2}}"
)


def _own_time_past(
    text: str,
    anchor_start: int,
    anchor_end: int,
    times: Sequence[TimeExpression],
    reference: str | None,
) -> bool:
    """Whether the event word's own time lies before the article: the event is then one
    already held, and a later date in the sentence belongs to something else. Its own time
    stands right after it ('a news conference over the weekend', 'the vote on Tuesday', with
    at most two small words between: '... at which he predicted a deadlock in July') or
    right before it ('Tuesday's rally', 'said Thursday at a news conference', a place
    preposition and up to two words between: '... that the campaign will be over on
    Monday')."""
    if reference is None:
        return False
    after = next((t for t in times if t.start >= anchor_end), None)
    if (
        after is not None
        and (
            _OWN_TIME_GAP.fullmatch(text[anchor_end : after.start]) is not None
            or not text[anchor_end : after.start].strip()
        )
        and not _is_future(after, reference)
    ):
        return True
    before = [t for t in times if t.end <= anchor_start]
    return bool(
        before
        and _TIME_BEFORE_GAP.fullmatch(text, before[-1].end, anchor_start) is not None
        and not _is_future(before[-1], reference)
    )


# "Tuesday's rally", 'Thursday at a news conference', 'Sunday in the debate'
_TIME_BEFORE_GAP = re.compile(
    rf"(?:['’]s\s+|\s+(?:{alternation(json_rules('event_words.json')['own_time_before'])})"
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}})"
)


def _period_elsewhere(
    text: str, c0: int, anchor: tuple[int, int, str], when: Sequence[TimeExpression]
) -> bool:
    """Whether an event noun's only forward times are months, seasons or years that are not
    its own: a period dates a bare noun ('Election', 'Budget') only right after it ('elections
    next year', 'this truce for another two months', with at most two small words between)
    or right before it as its label ('a July NATO summit', 'the April 2017 election'); a
    period elsewhere in the clause dates some other act ('the budget office said deficits will
    end this year', 'a September letter ... the upcoming debate'). A day or a week is left to
    the clause as before."""
    date = best_date(list(when))
    if date is None or not date.value or date.value[:1] not in "12":
        return False  # 'over the coming days': no calendar date to give
    if _dated_way(date.value) != "period":
        return False
    head = modality.without_month_may(text[c0 : c0 + anchor[1]])
    if any(v.start("verb") == anchor[0] for v in modality.patterns()["verb"].finditer(head)):
        return False  # a verb ('will meet ... later this month'): the clause's time is its own
    start, end = c0 + anchor[0], c0 + anchor[1]
    for time in when:
        if time.start >= end and _PERIOD_GAP.fullmatch(text, end, time.start):
            return False
        if time.end <= start and _LABEL_GAP.fullmatch(text, time.end, start):
            return False
    return True


# 'elections next year', 'truce for another two months', 'a trial is scheduled in May', 'the
# convention in Cleveland next month': the words that hold the event, a venue, small words
_EVENT_WORDS = json_rules("event_words.json")
_SMALL = alternation(_EVENT_WORDS["own_time_gap_words"] + _EVENT_WORDS["venue_gap_words"] + ["for"])
_PERIOD_GAP = re.compile(
    rf"\s*,?\s*(?:(?:{_SMALL})\s+){{0,4}}"
    rf"(?:(?:{alternation(_EVENT_WORDS['venue_prepositions'])})\s+(?:the\s+)?"
    rf"(?:[A-Z][\w.'’-]*,?\s+){{1,3}}(?:(?:{_SMALL})\s+){{0,2}})?"
)
# 'a July NATO summit', 'the April 2017 presidential election', 'November's crunch election'
_LABEL_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}")


_OTHER_HEADS = alternation(json_rules("event_words.json")["other_heads"])
_HEAD_AFTER = re.compile(rf"\s+(?:{_OTHER_HEADS})\b")
_HEAD_BEFORE = re.compile(
    rf"\b(?:{_OTHER_HEADS})\s+(?:{alternation(json_rules('event_words.json')['other_head_links'])})"
    rf"\s+(?:[\w'’.-]+\s+){{0,3}}$",
    re.I,
)


def _part_of_another(words: str, start: int, end: int) -> bool:
    """Whether the event noun at ``start:end`` is part of a phrase about something else
    (rules/event_words.json other_heads): it modifies that phrase's head ('election
    results') or completes it ('primaries for the Anambra election', 'Certification of US
    election results'). The clause's time then dates the head, not the event."""
    return bool(
        _HEAD_AFTER.match(words, end) or _HEAD_BEFORE.search(words, max(0, start - 60), start)
    )


def _not_its_date(text: str, time: TimeExpression) -> bool:
    """A time that does not say when the item happens: one after 'since' ('detained since
    July') or at the end of a clause 'since' opens ('his second visit since he took office
    on Nov 24'), both looking back whatever their tense; the bound after which the item
    may happen ('will begin airing ads after Monday'; not 'after Thursday's debate', where
    the time dates the phrase it opens); a day that comes round ('every year'); or a date
    given up ('decided to postpone the meeting (originally scheduled for 15 September)').
    Issue 17: each was shown as an item's date, on PolNeAR or on fresh wire news."""
    if _SINCE.search(text, max(0, time.start - 16), time.start):
        return True
    if _GIVEN_UP.search(text, max(0, time.start - 60), time.start):
        return True
    if _SINCE_CLAUSE.search(text, max(0, time.start - 60), time.start):
        return True  # 'since he took office on Nov 24': the clause looks back
    if _RECURRING.match(text, time.end):
        return True  # '3rd October every year': a day that comes round, no item's date
    return bool(
        _AFTER.search(text, max(0, time.start - 16), time.start)
        and not _POSSESSIVE_TIME.match(text, time.end)
    )


def _speech_time(text: str, time: TimeExpression) -> bool:
    """A time right after a reporting verb dates the statement, not the event it reports;
    one right after a verb in the past ('spoke today', 'met on Monday') dates that act."""
    return bool(
        _SPEECH_CUE.search(text, max(0, time.start - 40), time.start)
        or _PAST_ACT.search(text, max(0, time.start - 12), time.start)
    )


# '“We will vote tomorrow,” she said': the quote's 'tomorrow' is the day after it was said
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _quoted_deixis(text: str, time: TimeExpression) -> bool:
    """Whether a time that counts from the moment of speaking ('tomorrow', 'on Tuesday',
    'next week'; not 'March 6' nor '2017') stands inside a quotation: a quote's time is its
    speaker's, and when it was said a report does not tell (a day, a week before the
    article), so it dates nothing until the reporter dates it outside the quote. Checked in
    reports only: a statement an office issues quotes its people on the day it is dated."""
    if CALENDAR_DAY.search(time.text) or _YEAR.search(time.text):
        return False
    line = text[text.rfind("\n", 0, time.start) + 1 : time.start]
    opened = line.count("“") > line.count("”")
    return opened or line.count('"') % 2 == 1 or line.count("''") % 2 == 1


def _is_future(time: TimeExpression, reference: str | None) -> bool:
    """Forward-looking: a future reference, or a period that has not ended by the article's
    date (compared as dates: '2025-W10' against '2025-03-06' is not a string comparison)."""
    if time.value in _FUTURE_VALUES:
        return True
    if time.text[:7].lower() == "earlier":
        return False  # 'earlier this week': before the article, whatever the clause's tense
    if reference is None:
        # An undated article: only the sentence's tense tells. A day named in a sentence with
        # no past marker ("The March 6 summit in Brussels is seen as ...") is kept too: the
        # brief shows the words ("March 6"), and the build's note asks for --date.
        return time.tense == "future" or (
            time.tense == "present" and CALENDAR_DAY.search(time.text) is not None
        )
    start = period_start(time.value or "")
    if start is None:
        return False
    end = period_end(time.value or "")
    ref = period_start(reference[:10])
    return (
        end is not None
        and ref is not None
        and end >= ref
        and (time.tense == "future" or start > ref)
    )


_VERB_REACH = 3  # words after an event word in which its own verb's modal stands
_SUBORDINATORS = frozenset(modality.words()["subordinators"])
_JOINS = frozenset(modality.words()["phrase_joins"])
_CHOICE = re.compile(rf"(?:{alternation(modality.words()['choice_phrases'])})\b", re.I)
_PHRASE_BREAK = re.compile(r"[,;:(\u2014\u2013\"\u201c\u201d]")


def _governed(words: str, anchor: int, anchor_end: int) -> bool:
    """Whether the words around an undated event word put it ahead: a cue of modality in
    its phrase before it ('we support the earliest possible meeting', 'the parties will
    hold talks') or right after it, as its verb ('the talks may be held in Geneva'). 'Brooks
    said the tone of the debate ...' or 'Warren exited the meeting' names a debate or
    meeting already held, whatever modal comes later in the sentence."""
    after = []
    for word in _PHRASE_BREAK.split(words[anchor_end:], 1)[0].split()[:_VERB_REACH]:
        if word.lower() in _SUBORDINATORS:
            break  # 'the debate that Republicans will win': another clause's verb
        after.append(word)
    after = " ".join(after)
    if after and status_of(after, modality.words_in(after)) is not None:
        return True
    head = words[:anchor]
    starts = [0, *(m.end() for m in _PHRASE_BREAK.finditer(head))]
    start = starts.pop()
    # a phrase joined by 'or'/'and' goes on with the one before it ('These talks may be held
    # in Geneva, or in a third country upon agreement'): read back over the join
    while starts and head[start:].split()[:1] and head[start:].split()[0].lower() in _JOINS:
        start = starts.pop()
    segment = head[start:]
    if status_of(segment, modality.words_in(segment)) is None:
        return False
    return not _outside_the_act(segment)


_ARGUMENT_BREAKS = frozenset(modality.words()["argument_breaks"])
_ARGUMENT_LINKS = frozenset(modality.words()["argument_links"])


def _outside_the_act(segment: str) -> bool:
    """Whether the words between the segment's last forward cue and the event word that
    ends it hold a preposition: the word then sets a scene or names the matter of another
    act ('will turn her attention to the general election'), it is not what the cue says
    will happen ('will hold talks', 'support the earliest possible meeting'). A verb in -ing
    after the preposition carries the act on ('will do so by holding a summit')."""
    patterns = modality.patterns()
    text = modality.without_month_may(segment)
    cue_end = max(
        (m.end() for status in modality.STATUSES for m in patterns[status].finditer(text)),
        default=None,
    )
    if cue_end is None:
        return False
    # '... will be reunited with their families once this deal ...': read from the clause
    cue_end = max((m.end() for m in _ARGUMENT_CLAUSE.finditer(segment, cue_end)), default=cue_end)
    previous, outside = "", False
    words = segment[cue_end:].split()
    for i, word in enumerate(words):
        word = word.lower().strip(".,'\u2019")
        if word in _ARGUMENT_BREAKS and previous not in _ARGUMENT_LINKS:
            outside = True
        elif word.endswith("ing") and len(word) > 4 and i < len(words) - 1:
            # 'will do so by holding a summit': the act goes on in the verb ('at the party's
            # nominating convention': an -ing right before the event word describes it)
            outside = False
        previous = word
    return outside


_ARGUMENT_CLAUSE = re.compile(rf"\b(?:{alternation(modality.words()['argument_clauses'])})\b", re.I)


def _anchor(
    sentence: str,
    present: frozenset[str] | None = None,
    skip: Callable[[int, int], bool] | None = None,
) -> tuple[int, int, str] | None:
    """The event word: a noun ('summit') or a forward verb ('will meet' -> 'meeting').
    ``present``: ``modality.words_in(sentence)``, when the caller has it; ``skip``: nouns
    to pass over (those inside a body's name: 'working with Congress')."""
    if present is None:
        present = modality.words_in(sentence)
    patterns = modality.patterns()
    verb = (
        modality.may_match("verb", present)
        and patterns["verb"].search(modality.without_month_may(sentence))
        or None
    )
    nouns = patterns["noun"].finditer(sentence) if modality.may_match("noun", present) else ()
    noun = next((n for n in nouns if not (skip and skip(n.start(), n.end()))), None)
    # 'will hold a summit': the noun names it; 'the council is set to vote': the verb does.
    if noun and sentence[max(0, noun.start() - 8) : noun.start()].lower().rstrip().endswith(
        ("no", "without")
    ):
        noun = None  # 'if no agreement is reached': not an event
    if noun and (not verb or verb.start("verb") < noun.start() < verb.end() + 30):
        return noun.start(), noun.end(), noun.group(0).lower()
    if verb:
        name = modality.words()["verbs"][verb.group("verb").lower()]
        return verb.start("verb"), verb.end("verb"), name
    return None


_MODIFIER = re.compile(r"((?:[A-Z][\w-]*\s+|\d+\s+)*)$")


# What may stand between an event word and its venue: the verb that holds it ('talks will be
# held in Geneva', 'a summit hosted at ...') and the preposition of place; times are left out
# first ('meet on November 4 in Rome'). Anything else ('the debate in support of the policy,
# the Daily Caller reports', 'discuss the crisis in Europe') names no venue of the event.
_VENUE_WORDS = json_rules("event_words.json")
_VENUE_GAP = re.compile(
    rf"\s*,?\s*(?:(?:{alternation(_VENUE_WORDS['venue_gap_words'])})\s+)*"
    # the matter ('vote on the final quotas at ...') only before a preposition of place: 'held
    # on 25 April and the new Parliament' puts no election at Parliament
    rf"(?:(?:(?:{alternation(_VENUE_WORDS['venue_matter_prepositions'])})\s+(?:[\w'’-]+\s+){{1,4}}?)?"
    rf"(?P<at>{alternation(_VENUE_WORDS['venue_prepositions'])})\s+"
    rf"|(?P<with>{alternation(_VENUE_WORDS['participant_prepositions'])})\s+"
    rf"(?:[\w'’-]+\s+(?:{alternation(_VENUE_WORDS['participant_links'])})\s+)?)?"
    rf"(?:(?:{alternation(_VENUE_WORDS['venue_articles'])})\s+)?",
    re.I,
)


def _venue(
    text: str,
    anchor_end: int,
    place: NameMention,
    times: Sequence[TimeExpression],
    noun: str = "",
) -> str | None:
    """Whether the clause places the event at ``place``: the place follows the event word
    with only a holding verb, times and a preposition of place between ('the summit in
    Brussels', 'talks will be held next week in Geneva', 'a visit to Manila'). A name
    further on, or after other words, belongs to something else ('Talks at Women' was a
    radio host's 'discuss his book, The Clinton's War on Women'). A verb's own object is its
    venue too ('will visit Nairobi', 'the play will tour Mexico'), and the matter the event
    is on may come first ('vote on the final quotas at the Fisheries Council'). Returns
    'with' when the name is the event's party rather than its venue ('will meet with
    representatives of the Pacific Islands Forum'), '' for a venue, None for neither."""
    if place.start < anchor_end:
        return None
    gap = text[anchor_end : place.start]
    for time in sorted(times, key=lambda t: -t.start):
        if anchor_end <= time.start and time.end <= place.start:
            a, b = time.start - anchor_end, time.end - anchor_end
            gap = gap[:a] + gap[b:]
    found = _VENUE_GAP.fullmatch(re.sub(r"\s+", " ", gap))
    if found is None:
        return None
    if not found.group("at") and not found.group("with") and _MATTER_LAST.search(gap):
        # 'talks on the Korean Peninsula nuclear issue will start ... in Beijing', 'the
        # hearing on Ayodhya land dispute case': after 'on' the name is the matter
        return None
    if _TO_LAST.search(gap) and noun not in _TRIP_NOUNS:
        # 'to contest in the elections to the Commission': 'to' places a trip, not an
        # election (titled 'Elections at Commission': issue 17, fresh wire sample N7)
        return None
    if not found.group("at") and not found.group("with") and noun not in _TRIP_NOUNS:
        # 'will launch the National Poverty Graduation Initiative on July 5' was titled
        # 'Launch at National ...' (fresh wire samples N15, N20): only a trip's verb takes
        # its venue as its object ('will visit Nairobi')
        return None
    if not found.group("at") and not found.group("with") and _modifies(text, place, times):
        return None  # 'will visit the Oslo office': the name modifies the object's head
    return "with" if found.group("with") else ""


# the gap ends on 'to' (its article aside): a destination, which only a trip has
_TO_LAST = re.compile(rf"\bto\s+(?:(?:{alternation(_VENUE_WORDS['venue_articles'])})\s+)?$", re.I)
_OBJECT_SUFFIXES = tuple(_VENUE_WORDS["object_venue_suffixes"])
_NEXT_LOWER = re.compile(r"\s+([a-z][a-z-]*)\b")
_OBJECT_FOLLOWERS = frozenset(
    [*_VENUE_WORDS["object_venue_followers"], *modality.words()["phrase_enders"]]
)


def _modifies(text: str, place: NameMention, times: Sequence[TimeExpression]) -> bool:
    """Whether a lower-case word after the name goes on with its noun phrase ('the House
    bill', 'the Gross domestic product figures'): the name then modifies that phrase's head
    and is no venue (rules/event_words.json object_venue_followers)."""
    following = _NEXT_LOWER.match(text, place.end)
    if following is None or any(t.start == following.start(1) for t in times):
        return False
    word = following.group(1)
    # an adverb in -ly or a participle ('to Japan beginning on November 11') starts a phrase
    return word not in _OBJECT_FOLLOWERS and not word.endswith(_OBJECT_SUFFIXES)


# the gap's last word before the name (its article aside) is a preposition of matter
_MATTER_LAST = re.compile(
    rf"\b(?:{alternation(_VENUE_WORDS['venue_matter_prepositions'])})\s+"
    rf"(?:(?:{alternation(_VENUE_WORDS['venue_articles'])})\s+)?$",
    re.I,
)


def _title(
    sentence: str,
    offset: int,
    anchor: tuple[int, int, str],
    places: list[NameMention],
    venues: dict[int, str | None] | None = None,
) -> tuple[str, str | None]:
    """A short noun phrase: capitalised modifiers + event noun + 'in <place>' when given,
    or 'with <party>' when the clause names who the event is with (``venues``, see
    ``_venue``)."""
    start, end, noun = anchor
    before = sentence[:start]
    modifiers = _MODIFIER.search(before).group(1).split() if before else []
    modifiers = [
        m
        for m in modifiers
        if not m[0].isdigit() and m not in _MONTHS and m.lower() not in _NOT_MODIFIERS
    ]
    after_places = [p for p in places if p.start - offset >= end and p.start - offset - end < 60]
    first = after_places[0] if after_places else None
    location = first.text if first else None
    # a name of up to three words is kept whole ('Monetary Policy Committee meeting', not
    # 'Policy Committee meeting': issue 17, fresh wire sample N12); of a longer run, as
    # before, its last two
    kept = modifiers if len(modifiers) <= 3 else modifiers[-2:]
    words = kept + [noun if sentence[start:end].islower() else sentence[start:end]]
    title = " ".join(words)
    if first and first.text not in title:
        preposition = "to" if noun in _TRIP_NOUNS else "in" if first.kind == "place" else "at"
        if venues and venues.get(id(first)) == "with":
            preposition = "with"
        title += f" {preposition} {first.text}"
    if first and (first.kind != "place" or venues and venues.get(id(first)) == "with"):
        location = None
    return title[:1].upper() + title[1:], location


_MONTHS = frozenset(month_names())
# 'An', 'One', 'This': a function word capitalised as the sentence's first is no part of a
# name (rules/event_words.json title_function_words)
_NOT_MODIFIERS = frozenset(
    [
        *json_rules("event_words.json")["title_function_words"],
        *json_rules("clause_words.json")["determiners"],
        *json_rules("time_words.json")["numbers"],
    ]
)
