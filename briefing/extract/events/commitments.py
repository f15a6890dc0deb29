"""Commitments: a named actor undertakes an act ("the United States will remove the arms
embargo on Cambodia", "Cambodia has agreed to eliminate all tariffs").

Official statements, readouts and joint declarations announce most of what comes next this
way, without a diary noun and often without a date. A forward-looking clause in general is a
weak sign of an upcoming event (on briefs-dev about half of them are one), but a clause whose
subject is a named state, body, person or the named parties, followed by "will"/"would" or
a verb of undertaking, is the announcement of an act: the brief can say who will do what.
Anything less explicit (a pronoun, "we", a demand with "must", a negation, a stance such as
"will continue to stand with") stays an outlook item, which the brief does not list undated.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefing.extract.events.future import period_start
from briefing.extract.events.modality import abbreviation_stop, best_date, words_in
from briefing.model import Event, NameMention, TimeExpression, evolve
from briefing.nlp.doc import ByStart
from briefing.rules import (
    alternation,
    json_rules,
    month_forms,
    month_names,
    patterns,
    reporting_verbs,
    weekday_names,
)
from briefing.rules.regex import compiled

# Where an act's phrase ends: not inside "2,000", "1.5", "U.S.", the time "8:00" or the days
# "9–10 May" (titled '... in Berlin on 9': issue 17, fresh wire sample N18); a full
# stop before a closing quotation mark ('... ceasefire."') and an ellipsis ('restraint...What
# is needed') end it as a stop before a space does.
_ACTION_END = re.compile(
    r"[;!?\"“”()—]|(?<!\d)–|–(?!\d)|(?<!\d):|:(?!\d)|(?<!\d),|,(?!\d)"
    r"|(?<![A-Z])\.(?=[\s\"”’']|$)|\.\.\.|…|\s--?\s"
)
_MAX_ACTION_WORDS = 12
_QUOTE_MARKS = frozenset('"“”')
_LIST_CUT = re.compile(r",?\s+and\s*$")  # the clause was cut from a list at ', and'
_EVENT_WORDS = json_rules("event_words.json")


@dataclass(frozen=True)
class Commitment:
    """Who undertakes what: ``subject`` as the text names it, ``action`` from its verb."""

    subject: str
    action: str
    mentions: tuple[NameMention, ...]
    written: str = ""  # the subject as the text has it, article and all ('the parties')
    # 'Under that framework, Vietnam would provide ...': what the party would do if something
    # else came about, not what it undertakes (see ``hypothetical``)
    hedged: bool = False
    # 'Trump has vowed to bring back mining jobs': a promise, which undated states a position
    promised: bool = False
    # 'Clinton plans to ...', 'is set to', 'is scheduled to': a plan or a schedule the text
    # reports in the present, where 'will' may be a forecast and 'agreed to' an episode
    # (see ``scheduled``)
    scheduled: bool = False
    # the words from the end of the subject to the act's verb ('undertakes to promptly'): the
    # modal or undertaking and what stands beside it
    cue: str = ""

    @property
    def title(self) -> str:
        return f"{self.subject} to {self.action}"


_ASIDE_OPENER = compiled(
    rf"(?:^|[,;]\s*)(?:{alternation(_EVENT_WORDS['aside_openers'])})\s"
    r"[^,;:.!?]*$",
    re.I,
)
_DURING_PERIOD = compiled(
    rf"\bduring\s[^,;:.!?]*?\b(?:{alternation(_EVENT_WORDS['period_starts'])})"
    r"\s+(?:on\s+)?$",
    re.I,
)


def in_anothers_phrase(text: str, start: int, time: TimeExpression, item: int) -> bool:
    """Whether ``time`` stands in a phrase that tells of another act or event than the item
    whose word is at ``item`` (the clause starts at ``start``): a phrase before the item,
    led by one of rules/event_words.json aside_openers and closed by a comma before it
    ('After the conclusion of the series on December 20, England will return home',
    'Merkel, who arrives late on Thursday, will hold talks'), or a period after it that the
    time only starts ('will sign an agreement during the visit beginning Friday')."""
    if _DURING_PERIOD.search(text, max(start, time.start - 120), time.start):
        return True
    closed = time.end <= item and text.find(",", time.end, item) >= 0
    # searched in the clause's own words, so that '^' is the clause's start
    return closed and _ASIDE_OPENER.search(text[start : time.start]) is not None


@cache
def _words() -> dict:
    return json_rules("event_words.json")["commitment"]


@cache
def _cue() -> re.Pattern[str]:
    w = _words()
    return cue_pattern(tuple(w["modals"]), tuple(w["undertakings"]))


@cache
def cue_pattern(modals: tuple[str, ...], undertakings: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A modal or a verb of undertaking + 'to', the words that may stand between the subject
    and it, and the verb that opens the act."""
    w = _words()
    # 'to immediately and unconditionally release': a pair of adverbs stands as one does
    between = rf"(?:\s+(?:{alternation(w['auxiliaries'])})(?:\s+and\s+[a-z]+ly)?)*"
    opener = rf"(?:{alternation(list(modals))})"
    if undertakings:
        opener = rf"(?:{opener}|(?:{alternation(list(undertakings))})\s+to)"
    # 'agreed to the framework': a determiner or pronoun after 'to' opens no act
    not_acts = alternation([*w["not_acts"], *json_rules("event_words.json")["future"]["not_verbs"]])
    # 'will (i) modify ...; and (ii) remove ...': the first of the acts a text enumerates
    enumerator = r"(?:\s+\((?:[ivx]{1,4}|[a-h]|\d{1,2})\))?"
    pattern = compiled(
        rf"(?P<between>{between})\s+{opener}{enumerator}{between}\s+(?!(?:{not_acts})\b)"
        r"(?P<verb>[a-z][a-z'’-]+)\b"
    )
    # every cue is a modal or an undertaking standing as a word of its own (spaces round it)
    openers = [_WORD.findall(cue.lower()) for cue in (*modals, *undertakings)]
    if all(openers):
        _CUE_WORDS[pattern] = frozenset(max(words, key=len) for words in openers)
    return pattern


_WORD = re.compile(r"[a-z]+")  # as modality.words_in reads a clause
# For each cue pattern, the words one of which every match holds (see ``named_act``).
_CUE_WORDS: dict[re.Pattern[str], frozenset[str]] = {}


@cache
def _joiners() -> re.Pattern[str]:
    return re.compile(rf"(?:\s|(?:{alternation(_words()['joiners'])})(?!\w))*")


@cache
def _groups(collective: bool = False) -> re.Pattern[str]:
    """The named parties as a subject ('both sides', 'the parties'); with ``collective``
    also the parties as an appeal names them all ('all parties', 'all sides', 'all parties
    to the conflict'; rules/event_words.json collective_subjects), which as the subject of
    a 'will' is more often a forecast than an undertaking, so commitments do not take
    them."""
    groups = alternation(_words()["group_subjects"])
    if collective:
        groups += "|" + alternation(_words()["collective_subjects"])
    return re.compile(rf"(?:{groups})$", re.I)


def commitment(
    text: str,
    clause: tuple[int, int],
    mentions: ByStart[NameMention],
    sentence_start: int | None = None,
    whole: bool = False,
) -> Commitment | None:
    """The commitment a clause announces, when its subject is named, else None. A clause
    cut from its sentence at ', and' may continue a list of names that began before it
    ('The Government of Lebanon, the Government of Israel, and the Government of the United
    States will ...'): its subject is then looked for from ``sentence_start``. With
    ``whole`` the act is taken whole, as a question asks it (``named_act``)."""
    return named_act(text, clause, mentions, _cue(), sentence_start, whole)


def named_act(
    text: str,
    clause: tuple[int, int],
    mentions: ByStart[NameMention],
    cues: re.Pattern[str],
    sentence_start: int | None = None,
    whole: bool = False,
    collective: bool = False,
) -> Commitment | None:
    """Who will do what, by ``cues`` (a modal or a verb of undertaking before the
    act's verb, in a group named 'verb'): the first cue of the clause whose subject is named.
    Demands ("Russia must stop ...") share everything with commitments but the cue. With
    ``whole`` the act is the one a question asks (``whole_act``): None when it cannot be
    taken whole. With ``collective`` the subject may name the parties all together ('all
    parties', ``_groups``), as appeals do."""
    c0, c1 = clause
    needed = _CUE_WORDS.get(cues)
    if needed is not None:  # most clauses hold no modal nor undertaking: no cue to look for
        present = words_in(text[c0:c1])
        if present is not None and needed.isdisjoint(present):
            return None
    s0 = c0
    if sentence_start is not None and _LIST_CUT.search(text, sentence_start, c0):
        s0 = sentence_start
    for cue in cues.finditer(text, c0, c1):
        if not _base_form(cue.group("verb")):
            continue  # 'committed to principles of ...': a noun follows, no act
        # 'both sides, on the reciprocal tariffs, will move ...': a phrase set off by commas
        # between the subject and its verb is no part of the subject
        aside = _ASIDE.search(text, s0, cue.start())
        end = aside.start() if aside else cue.start()
        subject = _subject(text, s0, end, mentions, collective)
        if subject is None:
            continue
        start, names = subject
        if _wishes().search(text, s0, start):
            return None  # 'Party leaders hope that Sanders will tone down ...': a wish
        action = (whole_act if whole else act_phrase)(text, cue.start("verb"), c1)
        if not action or content_clause(text, cue.start("verb")):
            return None
        words = text[start:end].split()
        written = " ".join(words)
        if words and words[0].lower() in _words()["articles"]:
            words = words[1:]  # 'the United States' -> 'United States to ...'
        said = " ".join(words)
        hedged = hypothetical(text, s0, start, cue)
        modal = text[cue.start() : cue.start("verb")].lower()
        promised = not _promises().isdisjoint(modal.split())
        scheduled = _plans().search(modal) is not None
        subject_name = said[:1].upper() + said[1:]
        return Commitment(
            subject_name, action, tuple(names), written, hedged, promised, scheduled, modal
        )
    return None


@cache
def _wishes() -> re.Pattern[str]:
    return compiled(rf"\b(?:{alternation(_words()['wishes'])})\b", re.I)


@cache
def _plans() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_words()['plans'])})\b")


@cache
def _promises() -> frozenset[str]:
    return frozenset(_words()["promises"])


_ASIDE = re.compile(patterns("event_patterns.tsv")["subject_aside"])


def hypothetical(text: str, clause_start: int, subject_start: int, cue: re.Match[str]) -> bool:
    """Whether the cue is a modal of what would happen ('would', rules/event_words.json),
    with no reporting verb before the subject: 'Under that framework, Vietnam would provide
    ...' hangs on a framework still to be agreed, where 'Oslo said Norway would send ...'
    reports a 'will'."""
    modal = text[cue.start() : cue.start("verb")].lower().split()
    if not set(modal) & _hypothetical_modals():
        return False
    return _reporting().search(text, clause_start, subject_start) is None


@cache
def _hypothetical_modals() -> frozenset[str]:
    return frozenset(_words()["hypothetical_modals"])


# 'when the draft goes to ...', 'which is expected by ...', 'followed by the summit on ...':
# another act's or event's phrase (the same
# openers as a development's own times, upcoming.py _own_times)
_OTHER_OPENERS = [*_EVENT_WORDS["other_act_openers"], *_EVENT_WORDS["other_event_links"]]
# A dash opens another clause too: 'will stage six group matches – meaning one of the winners
# will face Japan on November 27' (the stadium's matches were dated November 27: issue 17,
# fresh wire sample N18)
OTHER_ACT = compiled(rf"\b(?:{alternation(_OTHER_OPENERS)})\s+\S|—|\s[–-]\s", re.I)


@cache
def _reporting() -> re.Pattern[str]:
    said = [*reporting_verbs(), *reporting_verbs("phrases")]  # 'according to the ministry'
    return compiled(rf"\b(?:{alternation(said)})\b", re.I)


def commitment_item(
    text: str,
    span: tuple[int, int],
    times: Sequence[TimeExpression],
    mentions: ByStart[NameMention],
    reference: str | None,
    issued: bool = True,
) -> Event | None:
    """A sentence with no other forward marker that still announces a commitment ('Thailand
    undertakes to promptly release the prisoners of war'), dated by a time after the
    article's date when it gives one ('commit to take the following actions by May 14').
    In a report (not ``issued`` by the party) an undated one with no plan or schedule is
    the writer's word ('Patriot agreed to lend him $5 million'): found the way 'narrated'."""
    found = commitment(text, span, mentions)
    if found is None:
        return None
    act = text.find(found.action, span[0], span[1]) if found.action else -1
    if act >= 0:
        # 'will look at death rates ... before making a final decision, which is expected by
        # February 22': a time after another act's opener dates that act (issue 17, sample N9)
        times = [t for t in times if t.start < act or not OTHER_ACT.search(text, act, t.start)]
        times = [t for t in times if not in_anothers_phrase(text, span[0], t, act)]
    # the act lies ahead by its verb, so a date after the article's is its date, whatever
    # tense the time expression was read in
    start = period_start(reference[:10]) if reference else None
    ahead = [t for t in times if start and (period_start(t.value or "") or start) > start]
    date = best_date(ahead)
    dated = date is not None and (date.value or "")[:1] in "12"
    return Event(
        id="",
        title=found.title,
        date=date.value if dated and date else None,
        when=date.text if date else None,
        status="possible" if found.hedged else "planned",
        # an undated promise states a position: a development, which the brief does not list
        kind="outlook" if found.promised and not dated else "commitment",
        found_by="narrated"
        if narrated(found, date.text if date else None, issued)
        else "undertaking",
    )


def narrated(found: Commitment, when: str | None, issued: bool) -> bool:
    """Whether a commitment rests on the writer's word alone: with no time (``when``: its
    date or the words that give it), in a text its party
    did not issue (a report), with no plan or schedule ('plans to', 'is set to'). In an
    issued statement 'the United States will remove the arms embargo' is the undertaking
    itself; in a report 'Trump will dominate the news cycle', 'Sanders will pick up at
    least 45' and 'the RNC agreed to allow Trump to use the voter file' are forecasts and
    episodes as often as plans: on campaign news nobody here wrote about one in four such
    items was an upcoming event (rules/event_ways.json 'narrated')."""
    return not issued and not when and not found.scheduled


def _base_form(word: str) -> bool:
    """A verb after a modal or 'to' is in its base form, which does not end in a plural's
    lone -s ('principles'); '-ss', '-us' and '-is' end base forms ('discuss', 'focus')."""
    return not word.endswith("s") or word.endswith(tuple(_words()["base_form_endings"]))


def _subject(
    text: str, c0: int, end: int, mentions: ByStart[NameMention], collective: bool = False
) -> tuple[int, list[NameMention]] | None:
    """The start of the subject ending at ``end`` and its names, when it is names (joined by
    'and' and commas) or the named parties ('both sides'; with ``collective`` 'all
    parties' too), and nothing else; else None."""
    group = _groups(collective).search(text, c0, end)
    if group is not None and _opens_clause(text, c0, group.start()):
        return group.start(), []
    inside = [m for m in mentions.within(c0, end) if m.end <= end]
    names: list[NameMention] = []
    position = end
    for mention in reversed(inside):
        gap = text[mention.end : position]
        if _joiners().fullmatch(gap) is None:
            break
        names.insert(0, mention)
        position = mention.start
    if not names or text[names[-1].end : end].strip(" ,") != "":
        return None
    if "," in text[names[-1].end : end]:
        # 'the president together with his wife, Agata Berg, will pay ...': names closed by
        # a comma before the verb are an aside, not its subject (issue 17, sample N13)
        return None
    start = _subject_start(text, c0, position)
    if start is None:
        return None
    return start, names


def _subject_start(text: str, c0: int, position: int) -> int | None:
    """Where the subject begins: after the clause's opening words ('Additionally,', '- ',
    'At this critical juncture,'), never in the middle of a phrase ('the delegation of
    the United States will')."""
    lead = text[c0:position]
    joined = _joiners().fullmatch(lead)
    if joined is not None:
        return c0 + len(lead) - len(lead.lstrip(" -–—•*"))
    tail = _opening().search(lead)
    if tail is None:
        return None
    return c0 + tail.start(1) if tail.group(1) else position


@cache
def _opening() -> re.Pattern[str]:
    """The end of a clause's opening words, and an article or 'both' before the subject."""
    lead = alternation(_words()["subject_leads"])
    return re.compile(rf"(?:[,:;—–]|^\s*[-•*]|\s-)\s*((?:{lead})\s+)?$", re.I)


def _opens_clause(text: str, c0: int, position: int) -> bool:
    lead = text[c0:position]
    return lead.strip(" -–—•*") == "" or bool(re.search(r"[,:;—–]\s*$", lead))


def act_phrase(text: str, start: int, end: int, when: str | None = None) -> str:
    """The act, from its verb to the end of its phrase, not ending on a function word
    ('remove the arms embargo on Cambodia'). A commitment's and a development's alike
    (outlook.py): an act longer than a title carries ends before the phrase the count would
    leave unfinished, not at a fixed count of words ('hold two events for Mrs'). Where that
    phrase is an 'of' completing the word before it, the act ends before the phrase holding
    that word when it only carries the item's time (``when``), which the brief shows apart
    ('air on the network Univision' | 'during Sunday's final' | 'of the Copa ...')."""
    # 'will convene and is expected to ...': the act ends before a second finite predicate
    phrase = _finite_cut(_phrase(text[start:end]).split())
    while len(phrase) > 1 and phrase[0].lower() in _EVENT_WORDS["act_sequence_adverbs"]:
        # 'The negotiations will then start on February 23': 'then' points to a sentence
        # before, which the title does not carry (issue 17, fresh wire samples N15, N19)
        phrase = phrase[1:]
    # 'work with Israel and Lebanon to ensure ...': the act ends where its purpose begins
    # 'continue to uphold ...': after a verb that takes an infinitive, 'to' goes on with the act
    going_on = 2 if phrase and phrase[0].lower() in _catenatives() else 1
    cut = next(
        (
            i
            for i, w in enumerate(phrase)
            if i >= going_on
            and (_subordinate(w, phrase[i + 1 :]) or w.lower() in _TITLE_CLAUSE_CUTS)
            and not (i == 1 and _determiner_that(phrase[i:]))
        ),
        None,
    )
    whole = phrase[:cut]
    phrase = whole[:_MAX_ACTION_WORDS]
    if len(whole) > len(phrase) and whole[len(phrase)].lower() not in _phrase_openers():
        # cut by the count inside a phrase: end before the phrase left unfinished
        opens = [i for i, w in enumerate(phrase) if i > 1 and w.lower() in _phrase_openers()]
        if len(opens) > 1 and phrase[opens[-1]].lower() in _completing() and when:
            timed = " ".join(phrase[opens[-2] : opens[-1]])
            opens = opens[:-1] if re.search(rf"\b{re.escape(when)}\b", timed) else opens
        bounded = _bound_through(phrase, opens, when)
        phrase = bounded or (phrase[: opens[-1]] if opens else phrase)
    while phrase and phrase[-1].lower() in _dangling():
        phrase.pop()
    if phrase and re.fullmatch(r"[A-Z]{2,}\.", phrase[-1]):
        # 'to take place at 10.30 pm IST.': the sentence's full stop after an acronym
        phrase[-1] = phrase[-1][:-1]
    return " ".join(phrase)


# 'suggest that the two sides ...', 'propose that Berg ...': 'that' before a clause's subject
# (a determiner, a pronoun or a name), not the determiner of the object ('hold that meeting')
_CONTENT_CLAUSE = re.compile(
    rf"[a-z]+\s+that\s+(?:(?:{alternation(_EVENT_WORDS['clause_subject_openers'])})\b|[A-Z])"
)


def content_clause(text: str, start: int) -> bool:
    """Whether the act at ``start`` is a lone verb whose content is a that-clause ('will
    suggest that the two sides hold the summit from Sept. 18-20'): its title would say only
    'to suggest', and the clause's time is the proposed act's, not the suggestion's (issue
    17, fresh wire sample N16)."""
    return _CONTENT_CLAUSE.match(text, start) is not None


def _determiner_that(words: list[str]) -> bool:
    """Whether 'that' right after the act's verb is its object's determiner ('will hold that
    meeting' was titled 'Council to hold'): a lower-case word follows that opens no clause's
    subject and is no verb of a relative clause ('that will', 'that is')."""
    if len(words) < 2 or words[0].lower() != "that":
        return False
    following = words[1]
    return (
        following.isalpha()
        and following.islower()
        and following not in _EVENT_WORDS["clause_subject_openers"]
        and following not in _EVENT_WORDS["relative_verbs"]
    )


def _bound_through(phrase: list[str], opens: list[int], when: str | None) -> list[str]:
    """The act cut by the count after the bound that leads the item's date, when the phrase
    the count leaves unfinished is that bound's: 'to ratify the bills on its agenda before
    July 25 when the Parliament ...' keeps 'before July 25', which says what the brief's
    date is (issue 17, fresh wire sample N16: cut before 'before', the deadline was shown
    as the ratification's date). [] when no bound leads the date there."""
    if not opens or not when or phrase[opens[-1]].lower() not in _bounds():
        return []
    start = opens[-1] + 1
    size = len(when.split())
    for i in range(start, start + 3):
        if " ".join(phrase[i : i + size]).rstrip(",.;:") == when:
            return phrase[: i + size]
    return []


@cache
def _bounds() -> frozenset[str]:
    """'until', 'by', 'before': words after which a date bounds an act."""
    return frozenset([*_EVENT_WORDS["span_ends"], *_EVENT_WORDS["date_bounds"]])


def whole_act(text: str, start: int, end: int) -> str:
    """The act from its verb to the end of its phrase, whole, as a question asks it ('Will
    the United States attack the oil that funds the Islamic State?'), or '' when it cannot
    be: longer than a question may carry, or holding a pronoun of someone the question does
    not name. A title may drop a purpose or a relative clause; a question that drops them
    asks something else ('Will the United States attack the oil?'). See rules/
    event_words.json (whole_act)."""
    rules = _whole_rules()
    phrase = _finite_cut(_phrase(text[start:end], quoted=True).split())
    phrase = _occasion_cut(_past_clause_cut(phrase))
    cut = next(
        (
            i
            for i, w in enumerate(phrase)
            if i >= 1 and w.lower() in _subordinators() - rules["kept_subordinators"]
        ),
        None,
    )
    phrase = phrase[:cut]
    if len(phrase) > rules["max_words"]:
        # 'review all its archives to determine whether ...': a purpose may go, where a
        # relative clause may not; the last that leaves a short enough act ('granted to
        # foreign trawlers' may look like one too)
        purposes = [
            i
            for i, w in enumerate(phrase[: rules["max_words"] + 1])
            if i >= 1
            and w.lower() == "to"
            and _subordinate(w, phrase[i + 1 :])
            and not _opened_clause(phrase[:i], rules["open_clauses"])
            and not _object_infinitive(phrase[:i], rules["object_infinitive_verbs"])
        ]
        if purposes:
            phrase = phrase[: purposes[-1]]
            # 'without delay in order to ensure ...': the purpose's lead goes with it
            for lead in rules["purpose_leads"]:
                if [w.lower() for w in phrase[-len(lead) :]] == lead:
                    phrase = phrase[: -len(lead)]
    while phrase and phrase[-1].lower() in _dangling():
        phrase.pop()
    # after any cut at a purpose's 'to': a second infinitive's 'to' is no purpose
    phrase = _one_infinitive(phrase)
    if phrase and phrase[-1].endswith(".") and "." not in phrase[-1][:-1]:
        # the sentence's own full stop ('a mandate for UNMISS.'), not an abbreviation's
        # ('the U.S.'): a question ends on its '?' alone
        phrase[-1] = phrase[-1][:-1]
    elif phrase and phrase[-1][-2:] in ('."', ".”") and "." not in phrase[-1][:-2]:
        phrase[-1] = phrase[-1][:-2] + phrase[-1][-1]  # 'the bill "without delay."'

    words = {w.strip(".,;:!?\"“”‘’'()").lower() for w in phrase}
    act = re.sub(r"[,;:]([\"”])$", r"\1", " ".join(phrase))  # 'the “X loophole,”'
    balanced = act.count('"') % 2 == 0 and (act.count("“") + act.count("”")) % 2 == 0
    balanced = balanced and _single_quotes_closed(phrase)
    if len(phrase) > rules["max_words"] or words & rules["outside_pronouns"] or not balanced:
        return ""
    if _points_back(phrase):
        return ""  # 'release these individuals': who, read alone?
    if phrase and _opened_clause(phrase[-1:], rules["open_clauses"]):
        return ""  # 'investigate and determine whether': the matter itself was cut off
    return act


def _one_infinitive(phrase: list[str]) -> list[str]:
    """The act without the 'to' of a second infinitive coordinated with it: 'urged the
    parties to uphold the agreement and to act in good faith' is asked 'Will the parties
    uphold the agreement and act in good faith?', as the question's 'will' governs both
    verbs ('and to act' after 'will' is no English). Only when the act holds no 'to' before
    the coordinator, so that this 'to' is the appeal's own, and a verb follows it, not a
    noun phrase ('commit to peace and to the talks')."""
    rules = _whole_rules()
    for i in range(1, len(phrase) - 2):
        if phrase[i].lower() not in rules["coordinators"] or phrase[i + 1].lower() != "to":
            continue
        if any(w.lower() == "to" for w in phrase[:i]):
            return phrase
        after = phrase[i + 2]
        if not after.isalpha() or not after.islower() or after in rules["noun_openers"]:
            return phrase
        return phrase[: i + 1] + phrase[i + 2 :]
    return phrase


def _bare(word: str) -> str:
    """A word without its marks and its possessive ending, lower-cased."""
    word = word.strip(".,;:!?\"“”‘’'()").lower()
    return word.removesuffix("'s").removesuffix("’s")


def _points_back(phrase: list[str]) -> bool:
    """Whether the act points back at what the article named before ('release these
    individuals', 'seize the moment'), so that a question read alone says neither who nor
    what. A time it sets ('this year's vote') is read against the article's date; 'those'
    restricted by what follows ('those responsible', 'those detained') names its people;
    an occasion ('this pivotal moment') is readable with the purpose it is seized for ('to
    begin a peace process'). Rules: event_words.json whole_act."""
    rules = _whole_rules()
    words = [_bare(w) for w in phrase]
    for i, word in enumerate(words):
        after = words[i + 1 : i + 4]
        occasion = next((j for j, w in enumerate(after) if w in rules["occasions"]), None)
        if occasion is not None and word in rules["occasion_determiners"]:
            if after[occasion + 1 : occasion + 2] != ["to"]:
                return True
            continue
        if word not in rules["demonstratives"] or not after:
            continue
        restricted = after[0] in rules["those_restricted_by"] or after[0].endswith("ed")
        if word == "those" and restricted:
            continue
        if not rules["deictic_times"].isdisjoint(after):
            continue
        return True
    return False


def _past_clause_cut(phrase: list[str]) -> list[str]:
    """The act up to a clause of the urging's own time ('to return to talks after Pyongyang
    defied U.N. resolutions'): an opener (past_clause_openers) with a past verb in the three
    words after it. An act still to come cannot be timed by what is already past, so the
    clause tells when the appeal was made, not the act."""
    rules = _whole_rules()
    for i in range(1, len(phrase) - 1):
        if _bare(phrase[i]) not in rules["past_clause_openers"]:
            continue
        for k in range(i + 1, min(i + 4, len(phrase))):
            # a name ('after the United Nations') is no verb, nor a participle right after a
            # determiner ('following the attempted coup': a noun phrase, no clause)
            verb = phrase[k][:1].islower() and _past(phrase[k])
            if verb and _bare(phrase[k - 1]) not in rules["noun_openers"]:
                return phrase[:i]
    return phrase


def _occasion_cut(phrase: list[str]) -> list[str]:
    """The act up to the occasion of the urging ('to release the protesters during Monday's
    press briefing', 'during a visit to the Islamic Republic'): an occasion lead with an
    occasion of speaking in the five words after it (whole_act urging_occasion_leads,
    urging_occasions) tells where the appeal was made, not where the act will be done."""
    rules = _whole_rules()
    for i in range(1, len(phrase) - 1):
        if _bare(phrase[i]) not in rules["urging_occasion_leads"]:
            continue
        if not rules["urging_occasions"].isdisjoint(_bare(w) for w in phrase[i + 1 : i + 6]):
            return phrase[:i]
    return phrase


def _past(word: str) -> bool:
    """A verb in -ed (not -eed) or an irregular past, as ``_finite_cut`` reads one."""
    word = _bare(word)
    regular = word.endswith("ed") and not word.endswith("eed") and len(word) > 4
    return regular or word in _whole_rules()["irregular_past"]


def _object_infinitive(before: list[str], verbs: frozenset[str]) -> bool:
    """Whether a 'to' follows a verb that takes an object and an infinitive ('allowing
    samples to be taken', 'help farmers to rebuild'): then the infinitive completes that
    verb and is no purpose the act may drop."""
    return any(_bare(w) in verbs for w in before[-3:])


def _single_quotes_closed(phrase: list[str]) -> bool:
    """Whether every single quotation mark the act opens is closed in it: an act cut inside
    a quoted phrase ('to reach a 'lasting ceasefire' by ...' cut before its closing mark)
    asks half a quotation. A word that ends on one may be a plural possessive ('the
    parties' commitments') as well as a closing mark, so only more openings than possible
    closings is unbalanced."""
    opened = sum(w.lstrip('(“"')[:1] in ("'", "‘") for w in phrase)
    closed = sum(w.rstrip('.,;:!?)”"')[-1:] in ("'", "’") for w in phrase if w)
    return opened <= closed


def _opened_clause(phrase: list[str], openers: frozenset[str]) -> bool:
    """Whether ``phrase`` opens a clause ('whether', 'if') that a cut after it would leave
    unfinished: a 'to' inside it belongs to that clause, not to the act's purpose."""
    return any(w.strip(".,;:!?\"“”‘’'()").lower() in openers for w in phrase)


def _in_word_list(phrase: list[str]) -> frozenset[int]:
    """The positions in ``phrase`` inside a list of single words ('rapid, safe, and
    unimpeded'), see ``_word_list_comma``."""
    text = " ".join(phrase)
    starts = [0]
    for word in phrase[:-1]:
        starts.append(starts[-1] + len(word) + 1)
    spans = [m.span() for m in _word_list_comma().finditer(text)]
    return frozenset(i for i, at in enumerate(starts) if any(a < at < b for a, b in spans))


def _finite_cut(phrase: list[str]) -> list[str]:
    """The act up to a coordinator that opens a finite predicate of the clause's own subject
    ('to pass a deal and said funding is needed', 'to quit and comes as ...', 'to convene
    and is expected to ...'): after it a verb in -ed, an irregular past, a finite-only
    present or a finite auxiliary is finite, where a second act goes on in its base form
    ('stop attacking X and apologize')."""
    rules = _whole_rules()
    listed = _in_word_list(phrase)
    for i in range(1, len(phrase) - 1):
        if phrase[i].lower() not in rules["coordinators"] or i in listed:
            continue  # 'rapid, safe, and unimpeded passage': a list's last item, no verb
        verb = phrase[i + 1].lower()
        past = verb.endswith("ed") and not verb.endswith("eed") and len(verb) > 4
        if past or verb in rules["irregular_past"] or verb in rules["finite_auxiliaries"]:
            return phrase[:i]
        # 'to quit and comes as ...': a third-person present can be no second act in the base
        # form, unless a clause the act opened goes on ('ensure that aid arrives and remains')
        if verb in rules["present_finite"] and not _opened_clause(
            phrase[:i], (rules["kept_subordinators"] - {"to"}) | rules["open_clauses"]
        ):
            return phrase[:i]
    return phrase


@cache
def _whole_rules() -> dict:
    rules = json_rules("event_words.json")["whole_act"]
    return {
        "max_words": int(rules["max_words"]),
        "kept_subordinators": frozenset(rules["kept_subordinators"]),
        "coordinators": frozenset(rules["coordinators"]),
        "irregular_past": frozenset(rules["irregular_past"]),
        "present_finite": frozenset(rules["present_finite"]),
        "finite_auxiliaries": frozenset(rules["finite_auxiliaries"]),
        "outside_pronouns": frozenset(rules["outside_pronouns"]),
        "noun_openers": frozenset(rules["noun_openers"]),
        "purpose_leads": [lead.split() for lead in rules["purpose_leads"]],
        "open_clauses": frozenset(rules["open_clauses"]),
        "demonstratives": frozenset(rules["demonstratives"]),
        "deictic_times": frozenset(rules["deictic_times"]),
        "occasions": frozenset(rules["occasions"]),
        "occasion_determiners": frozenset(rules["occasion_determiners"]),
        "those_restricted_by": frozenset(rules["those_restricted_by"]),
        "object_infinitive_verbs": frozenset(rules["object_infinitive_verbs"]),
        "past_clause_openers": frozenset(rules["past_clause_openers"]),
        "urging_occasions": frozenset(rules["urging_occasions"]),
        "urging_occasion_leads": frozenset(rules["urging_occasion_leads"]),
    }


def _phrase(words: str, quoted: bool = False) -> str:
    """The words up to the first mark that ends a phrase, a comma between names aside. With
    ``quoted`` (the act a question asks whole) a quotation opened inside it and a list of
    single words ('a thorough, transparent and independent inquiry') go on too."""
    position = 0
    opened = False
    list_end = 0
    for mark in _ACTION_END.finditer(words):
        if mark.group() == "." and abbreviation_stop(words, mark.start()):
            continue  # 'will interview Col. Rob Berg', 'by Sept. 30'
        if quoted and opened:
            # inside a quotation only its closing mark counts; a comma before it is the
            # sentence's, which ends the phrase after the mark ('the “Charleston loophole,”')
            opened = mark.group() not in _QUOTE_MARKS
            if not opened and words[: mark.start()].endswith(","):
                return words[: mark.end()]
            continue
        if quoted and mark.group() in _QUOTE_MARKS:
            # 'conduct an “expedited review” of ...': a quotation that opens inside the act
            # is part of it, up to its closing mark; a mark that closes what opened before
            # the act ends it
            opened = mark.start() > 0 and words[mark.start() - 1].isspace()
            if opened:
                continue
        if (
            mark.group() == ","
            and _list_comma().match(words, mark.start())
            and _after_name(words, mark.start())
        ):
            continue
        if mark.start() < list_end:
            continue  # inside the list a comma below opened
        listed = _word_list_comma().match(words, mark.start()) if quoted else None
        if listed and mark.group() == ",":
            list_end = listed.end()  # 'a thorough, transparent and independent inquiry'
            continue
        position = mark.start()
        break
    else:
        position = len(words)
    return words[:position]


@cache
def _list_comma() -> re.Pattern[str]:
    """A comma inside a list of names ('with Turkey, Egypt, Qatar, and others'): a name, a
    conjunction before a name, or a whole continuation ('and others') follows. A bare
    conjunction before a lower-case word opens a clause of its own ('on Cambodia, and both
    sides agreed to ...')."""
    going_on = _words()["list_continuations"]
    joins = alternation(w for w in going_on if " " not in w)
    phrases = alternation(w for w in going_on if " " in w)
    return re.compile(rf",\s+(?=[A-Z]|(?:{joins})\s+[A-Z]|(?:{phrases})\b)")


# A comma inside a coordinated list of single lower-case words ('a thorough, transparent
# and independent investigation', 'journalists, lawyers and activists'): the phrase goes on
# to the list's last word, where a cut at the comma would leave 'conduct a thorough'.
_WORD_LIST = r"[a-z][\w’'-]*"


@cache
def _word_list_comma() -> re.Pattern[str]:
    joins = alternation(json_rules("event_words.json")["whole_act"]["list_coordinators"])
    return re.compile(rf",\s+{_WORD_LIST}(?:,\s+{_WORD_LIST})*,?\s+(?:{joins})\s+{_WORD_LIST}")


@cache
def _range_end() -> str:
    """What goes with a date out of a title: the last day of a month-first range ('March
    17-18', 'March 3 to 5', 'from May 25 to May 28'), not a figure ('to 5%', 'to 5
    percent'), and a part of the day ('on Saturday afternoon')."""
    joiners = alternation(_words()["range_joiners"])
    figures = alternation(_words()["figure_words"], space=r"\s+")
    month = alternation(month_forms())
    weekday = alternation(weekday_names())
    parts = alternation(json_rules("time_words.json")["parts_of_day"])
    return (
        # 'on Thursday September 2 to Sunday September 5' (fresh wire sample N20)
        rf"(?:(?:\s*[-–]\s*|\s+(?:{joiners})\s+)(?:(?:{weekday}),?\s+)?(?:(?:{month})\s+)?\d{{1,2}}\b"
        rf"(?!\s*(?:{figures}|%|[.,]\d)))?"
        # and the part of the day after it: 'on Saturday afternoon' left '... afternoon'
        rf"(?:\s+(?:{parts})\b)?"
    )


def without_date(headline: str, when: str | None, *, led: bool = False) -> str:
    """'Two sides to meet again in Bergen' without 'on October 28': the brief dates it. A
    day range's last day goes with it ('on March 17-18' left '... deliberations-18', 'from
    March 3 to 5' left '... to 5'); a day in the possessive stays, as the phrase it opens
    needs it ('to use Monday's debate'). ``led``: only a date its preposition leads ('on
    Monday', 'between January 18 and ...'), not one inside a phrase ('an October cyber
    surprise', 'the evening of June 7', 'later tonight'), which the title needs whole, nor
    one a bound leads ('to continue in effect until February 18', 'to report by the end of
    the year'), which says what the date is (rules/event_words.json date_bounds)."""
    if not when:
        return headline
    preposition = alternation(_words()["date_prepositions"])
    modifier = alternation(_words()["date_modifiers"], space=r"\s+")
    month = alternation(month_forms())
    forms = [re.escape(when)]
    yearless = _YEAR_END.sub("", when)
    if yearless != when and when not in headline:
        forms.append(re.escape(yearless))  # 'between January 18' of 'January 18, 2021'
    bound = rf"\b(?:{_bound_words()})\s+(?:(?:{modifier})\s+)?{re.escape(yearless)}"
    if led and re.search(bound, headline, re.I):
        return headline
    # 'on Tuesday' leads itself
    needs_lead = led and not re.match(rf"(?:{preposition})\s", when, re.I)
    for form in forms:
        headline, found = re.subn(
            rf"\s+(?:(?:{preposition})\s+){'' if needs_lead else '?'}"
            rf"(?:(?:{modifier})(?:\s+|\s*-\s*))?{form}\b"
            # 'between X and Y': the range goes whole
            rf"(?:(?<=\S)\s+and\s+(?:(?:{month})\.?\s+)?\d{{1,2}}\b(?:,?\s+\d{{4}}\b)?"
            rf"(?=\s*(?:[,.;:]|$)))?"
            rf"{_range_end()}(?!['’]s\b)",
            "",
            headline,
        )
        if found:
            break
    return headline


# ', 2021' closing a date: the headline may have lost it at the comma
_YEAR_END = re.compile(r",?\s+\d{4}$")


@cache
def _bound_words() -> str:
    return alternation(sorted(_bounds()))


def action_end(words: str, end: int) -> int:
    """Where an outlook's action ends: the outlook pattern stops at a comma or an 'and', and
    where they go on with a list of names or figures ('will meet Lund, Ames and Cole on
    Friday', titled 'to meet Lund'; 'students in Grade 10 and 12', titled '... in Grade 10':
    issue 17, fresh wire sample N18) the act runs on to the clause's end, where
    ``act_phrase`` ends it."""
    if _list_comma().match(words, end) and _after_name(words, end):
        return len(words)
    if _JOINED_NAME.match(words, end):
        # 'students in Grade 10 and 12', 'will meet Lund and Ames': 'and' before a figure
        # or a name joins them, unless a verb of its own follows ('and Lund will visit')
        tail = _phrase(words[end:]).lower().split()
        if not set(tail) & set(_EVENT_WORDS["relative_verbs"]):
            return len(words)
    return end


# 'to begin Feb 16 when he will be accorded a ceremonial welcome': a clause of time or
# place ends the act's title (issue 17, fresh wire sample N17)
_TITLE_CLAUSE_CUTS = frozenset(_EVENT_WORDS["title_clause_cuts"])
_JOINED_NAME = re.compile(r"\s+and\s+(?:\d|[A-Z])")


def _after_name(words: str, position: int) -> bool:
    """Whether a name ends right before ``position``; a day or a month is none ('on Monday,
    Han added': the comma ends the act's phrase, it joins no list of names)."""
    before = words[:position].split()
    return bool(before) and before[-1][:1].isupper() and before[-1] not in _calendar_words()


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset([*weekday_names(), *month_names()])


def _subordinate(word: str, following: list[str]) -> bool:
    """Whether a subordinate part starts at ``word``: a purpose ('to ensure', not 'to
    Eritrea' or 'to the region'), a relative clause or a gloss ('including', 'such as')."""
    if word.lower() != "to":
        return word.lower() in _subordinators()
    after = following[0] if following else ""
    # 'from 1st to 4th December': a figure after 'to' is no verb (issue 17, sample N22)
    return after.islower() and not after[:1].isdigit() and after not in _not_verbs()


@cache
def _not_verbs() -> frozenset[str]:
    return frozenset(json_rules("event_words.json")["future"]["not_verbs"])


@cache
def _catenatives() -> frozenset[str]:
    return frozenset(_words()["catenatives"])


@cache
def _subordinators() -> frozenset[str]:
    return frozenset(_words()["subordinators"])


@cache
def _phrase_openers() -> frozenset[str]:
    return frozenset(_words()["phrase_openers"])


@cache
def _completing() -> frozenset[str]:
    """'of': a phrase that completes the word before it (rules/event_words.json
    cut_continuers; upcoming.py _cut_short holds back a title cut before one)."""
    return frozenset(json_rules("event_words.json")["cut_continuers"])


@cache
def _dangling() -> frozenset[str]:
    return frozenset(json_rules("event_words.json")["dangling_words"])


def listed_acts(
    events: Sequence[Event], sentences: Sequence[tuple[int, int]], text: str
) -> list[Event]:
    """The events of one document in text order, each undated commitment of a list dated by
    the sentence that opens it: 'The Parties commit to take the following actions by May 14,
    2025:' then one paragraph per party ('The United States will (i) modify ...', 'China
    will ...'). The list is the run of paragraphs right after a dated sentence ending in a
    colon that each open with a commitment naming its party first; it ends at the first
    paragraph that does not ('After taking the aforementioned actions, the Parties will
    ...': the next step, which keeps no date)."""
    spans = [_stripped(text, span) for span in sentences]
    spans = [span for span in spans if span[0] < span[1]]
    starts = [s for s, _ in spans]
    # the first sentence of each paragraph, in order
    openers = [i for i in range(len(spans)) if not i or "\n" in text[spans[i - 1][1] : starts[i]]]
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(bisect_right(starts, event.evidence[0].start) - 1, []).append(event)
    listed: dict[int, tuple[str, str | None]] = {}  # id() of an item -> the lead's date, words
    for index, found in by_sentence.items():
        lead = next((e for e in found if e.date), None)
        if lead is None or index < 0 or text[spans[index][1] - 1] != ":":
            continue
        for opener in (i for i in openers if i > index):
            item = next((e for e in by_sentence.get(opener, []) if _opens(e, text, spans)), None)
            if item is None:
                break
            listed.setdefault(id(item), (lead.date or "", lead.when))
    dated = []
    for event in events:
        if id(event) in listed and not event.date:
            date, when = listed[id(event)]
            event = evolve(event, date=date, when=when, status="scheduled", found_by="listed")
        dated.append(event)
    return dated


def _opens(event: Event, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``event`` is a commitment whose party opens its sentence ('China will ...')."""
    if event.kind != "commitment":
        return False
    start = bisect_right([s for s, _ in spans], event.evidence[0].start) - 1
    words = text[spans[start][0] : spans[start][1]]
    party = event.title.split(" to ")[0]
    first = words.split(maxsplit=1)
    if first and first[0].lower() in _words()["articles"]:
        words = first[1] if len(first) > 1 else ""
    return words.startswith(party)


def _stripped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
