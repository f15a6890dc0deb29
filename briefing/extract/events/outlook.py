"""Outlook items: developments to watch that have no diary noun ("agreed to purchase 60
aircraft", "fears of a recession"), titled by what is to happen.

Diary items (summits, votes, visits) come from ``events.py`` and need an event noun; a
sentence without one that still speaks of the future (see ``future.py``) becomes an outlook
item here. The brief lists dated outlook items after the diary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.events import modality
from briefing.extract.events.commitments import (
    act_phrase,
    action_end,
    content_clause,
    without_date,
)
from briefing.extract.events.future import future_cue, is_future_date
from briefing.extract.events.modality import best_date, status_of
from briefing.model import Event, EventStatus, TimeExpression
from briefing.rules import (
    alternation,
    json_rules,
    month_names,
    pronoun_list,
    reporting_verbs,
    weekday_names,
)
from briefing.rules.regex import compiled

# Punctuation that ends an action phrase; not the separators inside "2,000" or "1.5".
_PHRASE_END = re.compile(r"[;:!?\"“”()]|(?<!\d)[,.]|[,.](?!\d)")


def _phrase_head(text: str) -> str:
    """``text`` up to the first mark that ends a phrase; the stop of an abbreviation ('Col.',
    'Sept. 30', 'U.N.') ends none."""
    for mark in _PHRASE_END.finditer(text):
        if mark.group() == "." and (
            modality.abbreviation_stop(text, mark.start())
            or text[mark.end() : mark.end() + 1].isalpha()
        ):
            continue
        return text[: mark.start()]
    return text


def outlook_item(
    words: str, when: list[TimeExpression], strength: EventStatus | None
) -> Event | None:
    """'agreed to purchase 60 aircraft': a development to watch, titled by its action."""
    match = modality.outlook_match(words)
    if match is None or match.group("action").startswith("not "):
        return None
    # the pattern stops at a joined act ('will return next week and keep me apprised')
    date = best_date(when)
    end = action_end(words, match.end("action"))
    action = act_phrase(words, match.start("action"), end, date and date.text)
    action, named = with_doer(words[: match.start()], action)
    if content_clause(words, match.start("action")):
        # 'will suggest that the two sides hold the summit from Sept. 18-20': the time is the
        # proposed act's, and 'to suggest' says nothing a reader can watch for
        date, named = None, False
    dated = date is not None and date.value is not None and date.value[:1] in "12"
    # 'I have no plans to endorse a candidate before March': still a sentence about the
    # future (the events score counts it), but no date to watch for
    dated = dated and not modality.denied(words[: match.start("action")])
    if dated and date is not None:
        # the brief shows the date apart: 'to run between January 18' of a range cut at its
        # year's comma (commitments.without_date); a bound stays ('until February 18')
        action = without_date(action, date.text, led=True) or action
    return Event(
        id="",
        title=action[:1].upper() + action[1:],
        date=date.value if dated else None,
        when=date.text if date else None,
        status=modality.status(strength, date) if strength != "scheduled" else "planned",
        kind="outlook",
        found_by="development" if named else "unnamed",
    )


def _urged(cue: str) -> str:
    """The party a directive cue urges ('urges all parties to seize' -> 'all parties'): the
    words between its verb and the last 'to'."""
    words = cue.split()
    last_to = max((i for i, w in enumerate(words) if w.lower() == "to"), default=len(words))
    return " ".join(words[1:last_to])


def signal_item(
    text: str, span: tuple[int, int], times: Sequence[TimeExpression], reference: str | None
) -> Event | None:
    """A sentence with no diary item that still speaks of the future ("agreed to purchase 60
    aircraft", "fears of a recession"): an outlook item titled by what is to happen. Only a
    sentence whose sole future marker is a date stays undated, so the brief's "what's next"
    does not list bare sentence fragments."""
    sentence = text[span[0] : span[1]]
    inside = [t for t in times if span[0] <= t.start < span[1]]
    # The title line: the text's first line, a sentence without a final stop.
    first = span[0] == len(text) - len(text.lstrip())
    headline = (
        first and "\n" in text[span[1] - 1 : span[1] + 1] and sentence.rstrip()[-1:] not in ".!?"
    )
    cue = future_cue(sentence, inside, reference, headline=headline)
    if cue is None:
        return None
    name, match = cue
    action = _action(sentence, match, after=name in _CLAUSE_CUES)
    named = True
    if match is not None and name == "directive":
        # 'The United States urges all parties to seize ...': the party urged is to act
        action, named = with_doer(_urged(match.group(0)), action)
    elif match is not None and name not in _CLAUSE_CUES:
        action, named = with_doer(sentence[: match.start()], action)
    date = best_date([t for t in inside if reference and is_future_date(t, reference)])
    dated = name != "date" and date is not None and (date.value or "")[:1] in "12"
    # 'The governor has no plans to visit the towns on Friday': no date to watch for
    dated = dated and not (match is not None and modality.denied(sentence[: match.end()]))
    return Event(
        id="",
        title=action[:1].upper() + action[1:],
        date=date.value if dated and date else None,
        when=date.text if date else None,
        status=status_of(sentence) or "planned",
        kind="outlook",
        found_by="signal" if named else "unnamed",
    )


_CLAUSE_CUES = {"mandative", "anticipation", "transaction"}  # the matter follows the cue

# The subject right before a development's cue, at the start of its phrase: a run of
# capitalised words ('Peter Thiel', 'The Tax Policy Center') or an article (or a capitalised
# first word) and up to three lower-case words ('the ministry', 'Fuel prices').
_ARTICLES = tuple(modality.words()["doer_articles"])
_ARTICLE = rf"(?i:{alternation(_ARTICLES)})\s+"
_DOER_WORDS = modality.words()
_POSSESSIVE = rf"(?i:{alternation(_DOER_WORDS['doer_possessives'])})\s+"
_CALENDAR = alternation(weekday_names() + month_names())
# a particle inside a person's name ('Lula da Silva', 'Mohammed bin Salman')
_PARTICLE = alternation(json_rules("name_words.json")["name_particles"])
_NAMES = (
    rf"(?!(?:{_CALENDAR})\b)(?:[A-Z][\w.'’-]*\s+(?:(?:{_PARTICLE})\s+(?=[A-Z]))?){{0,4}}"
    rf"[A-Z][\w.'’-]*"
)
# a part a subject opens with: a name ('Peter Thiel'), a noun with its article or a
# possessive ('the ministry', 'her Fed colleagues') or a capitalised first word ('Fuel prices')
_PART = (
    # 'Pakistan's premier Imran Khan': a name's role in the possessive before the name
    rf"(?:[A-Z][\w.'’-]*['’]s\s+(?:[a-z][\w'’-]*\s+){{1,2}}{_NAMES}"
    rf"|(?:{_ARTICLE})?{_NAMES}"
    rf"|(?:{_ARTICLE}|{_POSSESSIVE})(?:[\w'’-]+\s+){{0,2}}[a-z][\w'’-]*"
    rf"|[A-Z][a-z'’-]*\s+(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*)"
)
# a later part: a name or a noun with its article, never a weekday ('The Commission on
# Tuesday defended its ...')
_LATER = (
    rf"(?:(?:{_ARTICLE})?{_NAMES}|(?:{_ARTICLE}|{_POSSESSIVE})(?:[\w'’-]+\s+){{0,2}}[a-z][\w'’-]*)"
)
# one part, what it is of ('the accord on the chemicals'), and one more joined by 'and'
_DOER = re.compile(
    # after the sentence's start, a comma or a dash ('ANKARA, March 7 (Xinhua) -- Turkish
    # President Recep Tayyip Erdogan will visit Russia')
    r"(?:^|[,;:\u2014\u2013]\s*|\s--?\s+)"
    rf"(?:(?i:{alternation(_DOER_WORDS['doer_openers'])})\s+)?"
    rf"({_PART}(?:\s+(?:{alternation(_DOER_WORDS['doer_links'])})\s+{_LATER})?"
    rf"(?:\s+and\s+{_LATER})?)\s*$"
)
# two names a comma apart right before ', and' and the doer: the doer ends a list of names
# ('Kenya, Chad, Sudan, and Ethiopia'), not a place and its state ('In Warren, Michigan, X')
_LIST_BEFORE = re.compile(rf"{_NAMES},\s*{_NAMES}\s*$")
# the serial comma's 'and' closing the list
_LIST_END = re.compile(
    rf",\s*(?:{alternation(json_rules('event_words.json')['whole_act']['list_coordinators'])})\s"
)
# a name's acronym in brackets after it: '(DRC)', '(ECOWAS)'
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)")
# ', monitored by the United States,': an aside between the subject and its verb
_ASIDE = re.compile(r",[^,;:\u2014\u2013]{1,60},\s*$")


def with_doer(before: str, action: str) -> tuple[str, bool]:
    """'Thiel to speak at the convention next week' rather than 'Speak at the convention
    next week': a development titled by its verb alone names no one, so the subject that
    opens the cue's phrase (``before``: the words before the cue) leads the title when
    there is one (see ``doer``). Also whether the subject names who does it: a doer or the
    party speaking ('We will be giving details tomorrow'); 'It will air on Friday', 'I would
    like to ...' or a verb with no subject in reach ('will be bio spots') leave a title that
    says what happens to no one."""
    who = doer(before, whole=bool(_EVENT_PREDICATE.match(action)))
    if who is None:
        words = before.split()
        return action, bool(words) and words[-1].lower() in _SPEAKING
    if not action:
        return action, True
    return f"{who} to {action[:1].lower()}{action[1:]}", True


_SPEAKING = frozenset(modality.words()["speaking_subjects"])
_POSSESSIVE_WORDS = frozenset(modality.words()["doer_possessives"])
_POINTING = frozenset(modality.words()["pointing_possessives"])


def doer(before: str, whole: bool = False) -> str | None:
    """The subject that ends ``before`` and opens its phrase, when it is a name or a noun
    with its article ('Peter Thiel', 'the ministry' -> 'Ministry'), or the name a relative
    'who'/'which' stands for ('Chris Wallace of Fox News, who will moderate ...'), else
    None: a pronoun ('he', 'we'), an adverb ('Perhaps') or a vague group ('Many voters')
    names no one. With ``whole`` (an act whose subject is the event itself: 'will take
    place', 'will be held') the subject must be all of ``before``: a name after a comma
    inside it ('A meeting of officials from Norway, Sweden and the United Nations') is a
    participant of the event, not what takes place."""
    relative = _RELATIVE.search(before)
    if relative is not None:  # 'Chris Wallace of Fox News, who will moderate ...'
        name = _ANTECEDENT.search(before, 0, relative.start())
        if name is None or _CALENDAR_WORD.match(name.group(1)):
            return None  # 'on Tuesday, which will also mark the end of ...': a day acts not
        if "which" in relative.group().lower() and _INSIDE_A_PHRASE.search(
            before, 0, name.start(1)
        ):
            # 'a trilateral summit among South Korea, China and Japan, which is expected to
            # take place ...': the name closes a phrase of the noun 'which' stands for
            # (titled 'Japan to take place': issue 17, fresh wire sample N19)
            return None
        return _named(name.group(1))
    present = modality.words_in(before)
    reports = list(_SAID.finditer(before)) if modality.holds_any(_SAID_KEYS, present) else []
    if reports:  # 'The campaign said the candidate will be attending ...'
        before = before[reports[-1].end() :]
    before = _AUXILIARIES.sub("", before.rstrip())  # 'The brewer has (agreed to)'
    before = _MODAL_BE.sub("", before)  # 'Tory members will be (able to vote)'
    before = _GENERATION.sub(r" \1", before)  # 'President Ferdinand R. Marcos, Jr.'
    before = _ACRONYM.sub("", before)  # 'the Democratic Republic of the Congo (DRC) and Rwanda'
    found = _DOER.search(before)
    if (
        found is not None
        and found.start() > 0
        and (
            whole
            or (_LIST_END.match(found.group(0)) and _LIST_BEFORE.search(before, 0, found.start()))
        )
    ):
        # after a comma inside the subject ('officials from Kenya, Chad, Sudan, and Ethiopia
        # are expected to attend'): the last of a list of names, not who acts
        return None
    if found is None and _ASIDE.search(before):  # 'The arrangement, monitored by X, will'
        found = _DOER.search(before[: _ASIDE.search(before).start()])
    if found is None:
        return None
    return _named(found.group(1))


def _named(phrase: str) -> str | None:
    """The doer a subject phrase names, without its article, or None for a pronoun, an
    adverb or a vague group."""
    first = re.split(r"['’]", phrase.split()[0].lower())[0]  # "I'm", "we're": the pronoun
    acronym = len(phrase.split()[0]) > 1 and phrase.split()[0].isupper()  # 'US', not 'us'
    if not acronym and (first in _NO_DOERS or first.endswith("ly")) or phrase.lower() in _NO_DOERS:
        return None
    if first in _POINTING:
        return None  # 'its members', 'their leaders': whose, read alone?
    last = phrase.split()[-1].lower()
    if last.endswith(("'s", "’s")) or last in _NO_DOERS or last in _POSSESSIVE_WORDS:
        # 'The only hitch in Clinton's (plans to ...)', 'a minister whose (plan to ...)': the
        # words name whose plan it is, not who acts
        return None
    words = phrase.split()
    if words[0].lower() in _ARTICLES:
        words = words[1:]
    said = " ".join(words)
    return said[:1].upper() + said[1:]


def doer_headline(words: str) -> str | None:
    """Who will do what in a clause, when its subject names a doer ('the chamber will vote
    on four gun control measures' -> 'Chamber to vote on four gun control measures'), else
    None."""
    match = modality.outlook_match(words)
    if match is None or match.group("action").startswith("not "):
        return None
    action = words[match.start("action") : match.end("action")]
    who = doer(words[: match.start()], whole=bool(_EVENT_PREDICATE.match(action)))
    # the pattern stops at a joined act ('will return next week and keep me apprised')
    action = act_phrase(words, match.start("action"), action_end(words, match.end("action")))
    if content_clause(words, match.start("action")):
        return None  # 'will suggest that ...': the act is the clause's, the title says nothing
    if not who or not action or action.split()[0].lower() in _NOT_ACTS:
        return None  # 'would like to make ...': a wish, not what the ministry will do
    if (
        who.lower() in _EVENT_NOUNS
        and _BARE_PREDICATE.match(action)
        and not _NAMED_PLACE.search(action)
    ):
        return None  # 'The trip will officially commence on June 21': 'Trip to commence'
    return f"{who} to {action}"


_NOT_ACTS = frozenset(json_rules("event_words.json")["commitment"]["not_acts"])
_SPACE = r"\s+"
_PREDICATES = json_rules("event_words.json")["commitment"]["event_predicates"]
_EVENT_PREDICATE = re.compile(rf"(?:{alternation(_PREDICATES, space=_SPACE)})\b", re.I)
# the event itself as the subject of its own beginning or end, with no object: the title
# says no more than the event's noun ('The trip will officially commence on June 21')
_EVENT_NOUNS = frozenset(modality.words()["nouns"])
_PHASES = json_rules("event_words.json")["commitment"]["event_phases"]
_BARE_PREDICATE = re.compile(
    rf"(?:\w+ly\s+)?(?:{alternation(_PHASES)})"
    rf"(?:\s+(?:{alternation(_DOER_WORDS['doer_links'])})\b|\s*$)",
    re.I,
)
# a named place in the act says where ('to begin on Wednesday in the Royal Courts of Justice')
_NAMED_PLACE = re.compile(
    rf"\s(?:{alternation(json_rules('event_words.json')['venue_prepositions'])})\s+"
    rf"(?:the\s+)?(?!(?:{_CALENDAR})\b)[A-Z]"
)
_CALENDAR_WORD = re.compile(rf"(?:{_CALENDAR})\b")


# the words before a name that ends a list: its comma, 'and', 'among' (rules/event_words.json
# relative_phrase_links)
_INSIDE_A_PHRASE = re.compile(
    rf"(?:,|\b(?:{alternation(json_rules('event_words.json')['relative_phrase_links'])}))\s*$",
    re.I,
)
# a relative clause's subject is its antecedent, when a name stands right before the comma
_RELATIVE = re.compile(rf",\s*(?:{alternation(json_rules('clause_words.json')['relatives'])})\s*$")
_ANTECEDENT = re.compile(r"((?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w.'’-]*)$")
_AUXILIARIES = re.compile(
    # an adverb in -ly is lower-case: 'Assembly', 'Italy' end a name ('the Speaker of the
    # National Assembly will adjourn' was titled 'Speaker of the National to ...': issue 17,
    # fresh wire samples N11 and N12)
    rf"(?:\s+(?:{alternation(json_rules('event_words.json')['commitment']['auxiliaries'])}|[a-z]\w*ly))+$"
)
# ', Jr.' after a name belongs to it: 'President Ferdinand R. Marcos, Jr. will meet' was
# titled 'Jr. to meet ...' (issue 17, fresh wire sample N13)
_GENERATION = re.compile(
    rf",\s+((?:{alternation(json_rules('actor_words.json')['generations'])})(?:\s|$))"
)
# a modal and 'be' before a cue ('Tory members will be able to vote' was titled 'Tory
# members will be to vote': issue 17, fresh wire sample N11): the subject ends before them
_MODAL_BE = re.compile(
    rf"\s+(?:{alternation(json_rules('event_words.json')['verb_modals'])})\s+be$"
)
# a reporting verb and 'that' end the phrase before the subject of what is reported; a
# capitalised one after a word is a name's ('the United States will ...'), not a verb
_SAID = compiled(
    rf"\b(?!(?<=\w\s)(?-i:[A-Z]))(?:{alternation(reporting_verbs())})(?:\s+that)?\s+", re.I
)
_SAID_KEYS = modality.longest_words(reporting_verbs())
_NO_DOERS = frozenset(pronoun_list()) | frozenset(modality.words()["not_doers"])


def _action(sentence: str, match: re.Match[str] | None, after: bool = False) -> str:
    """Up to six words from the verb a future marker introduces (or what follows a cue such as
    'fears of'), else from the sentence start."""
    start = 0
    if match is not None:
        start = match.end() if after else match.end() - len(match.group(0).split()[-1])
    words = _phrase_head(sentence[start:]).split()[:6]
    return _trimmed(words) or sentence.strip()[:60]


def _trimmed(words: list[str]) -> str:
    """A title does not end on a function word: 'Sell its plant to a' -> 'Sell its plant'."""
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words = words[:-1]
    return " ".join(words)


_DANGLING = frozenset(modality.words()["dangling_words"])
