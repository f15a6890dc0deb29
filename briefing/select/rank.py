"""What the brief shows, and in what order: the ranking half of the select stage.

Each function here picks records from the assembled extraction and orders them: the key
actors, the key quotes, what comes next, the bottom line. Sections keep their items in rank
order so that fitting one page (select/budget.py) can drop the lowest-ranked items first.
How each chosen record then reads on the page is wording.py's job.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from typing import get_args

from briefing.brief import PointItem
from briefing.extract.events.future import period_start
from briefing.model import Actor, Event, Extraction, Question, Quote, QuoteKind
from briefing.nlp import gazetteers as gz
from briefing.nlp.names.runs import POSSESSIVES
from briefing.rules import alternation, lines, reporting_verbs, word_list, word_table
from briefing.select.confidence import (
    doubtful_actors,
    event_doubt,
    nested_statements,
    question_doubt,
    quote_doubt,
)
from briefing.select.wording import human_date, lead_sentence

MAX_ACTORS = 8
_YEAR = re.compile(r"\d{4}")
MAX_QUOTES = 8
MAX_EVENTS = 8
MAX_QUESTIONS = 5
MIN_QUOTE_WORDS = 3  # fewer words are a fragment, not a statement to show


def cites(docs: Iterable[str], numbers: dict[str, int]) -> tuple[int, ...]:
    """The source numbers of the given document ids, each once, in order."""
    return tuple(sorted({numbers[d] for d in docs if d in numbers}))


def bottom_line(extraction: Extraction, numbers: dict[str, int]) -> list[PointItem]:
    """Up to three points: each article's lead (newest first), then the next dated event."""
    points: list[PointItem] = []
    documents = sorted(extraction.documents, key=lambda d: d.published or "", reverse=True)
    for document in documents[:2]:
        lead = lead_sentence(document)
        if lead:
            points.append(PointItem(lead, (numbers[document.id],), ref=document.id))
    published = {d.id: (d.published or "")[:10] for d in extraction.documents}
    dated = [
        e
        for e in upcoming(extraction)
        if e.kind == "event"
        and _ahead(e.date, published.get(e.evidence[0].doc, "") if e.evidence else "")
    ]
    if dated:
        event = dated[0]
        text = f"Next: {shown_title(event)}, {human_date(event.date)}."
        points.append(PointItem(text, cites((ev.doc for ev in event.evidence), numbers), event.id))
    return points[:3]


def news_of_the_day(extraction: Extraction) -> frozenset[str]:
    """Events dated the very day of the article that reports them ('Today's deal should
    bring home ...', 'The announcement today will ...'): the news itself, not what comes
    next. Each such item on briefs-dev was wrong (the future act the sentence names falls
    on a later day, or on none it gives). A part of that day is that day too ('Trump is
    expected to deliver a victory speech later tonight': '2016-02-20TNI')."""
    published = {d.id: (d.published or "")[:10] for d in extraction.documents}
    return frozenset(
        e.id
        for e in extraction.events
        if e.date and e.evidence and e.date.split("T")[0] == published.get(e.evidence[0].doc)
    )


def speculative(extraction: Extraction) -> frozenset[str]:
    """Developments that only could, might or would happen, in a clause that names no diary
    event ('a number that could be higher on Saturday', 'a warning that could help inoculate
    her against an October surprise'): a guess about what may follow, not an item for the
    diary. In the analyst briefs of 40 PolNeAR articles none of the 5 shown was right;
    briefs-dev showed none."""
    return frozenset(
        e.id for e in extraction.events if e.kind == "outlook" and e.status == "possible"
    )


def _ahead(value: str | None, published: str) -> bool:
    """'Next:' names only what begins after the day of the article that reports it: a deal
    reached or an announcement made 'today' is the news itself, not what comes next."""
    start = period_start(value or "")
    if start is None:
        return False
    reference = period_start(published)
    return reference is None or start > reference


def key_actors(extraction: Extraction, *, with_doubtful: bool = False) -> list[Actor]:
    """The most salient actors that act: persons, organisations, groups and states seen
    acting (a speaker, or the subject of a verb: 'Russia must', 'The United States
    condemns'); then spokespeople, who speak for a principal the brief already lists (the
    press secretary's words are the President's: on briefs-dev the gold never marks one key,
    in four stories of ten); a place only named comes last, and only when the story is about
    it (``_its_subject``): otherwise it sets the scene. A government's seat is left out
    when its state is listed ('the Kremlin' beside Russia: one actor). Those whose evidence
    is weak (select.confidence) are held back unless asked for. Those who lead a state or a
    government come first (``_leads``); but only one heard in the story (a statement the
    brief could name them for) takes a place ahead of the others: a president named in
    passing ('under President Johnson in 1964', 'Obama's 2008 win') earns one by salience
    like anyone (on 15 PolNeAR briefs, seed 1401, seven of the twelve wrong key actors were
    past or passing presidents put first so). The state the coverage is set in is no party
    for being named in every article (``_home_state``)."""
    doubtful = {} if with_doubtful else doubtful_actors(extraction)
    shown = [a for a in extraction.actors if a.id not in doubtful]
    states = {a.name for a in shown if a.kind == "place"}
    shown = [a for a in shown if _stands_for(a) not in states]
    texts = {d.id: d.text for d in extraction.documents}
    speakers = {q.speaker for q in extraction.quotes}
    home = _home_state(extraction.actors)
    # membership by id (unique in an extraction): comparing the records field by field made
    # these lists quadratic, 0.2 s of a 60-article brief's selection
    every = {a.id for a in _in_every_article(shown, len(texts)) if a.name != home}
    acting = [a for a in shown if a.kind != "place" or a.id in every or _acts(a, texts, speakers)]
    leaders = [a for a in acting if _leads(a)]
    voices = [a for a in acting if _mouthpiece(a, texts)]
    top = max((a.salience for a in extraction.actors), default=0.0)
    acting_ids = {a.id for a in acting}
    places = [a for a in shown if a.id not in acting_ids and _its_subject(a, top)]
    heard = [a for a in leaders if a.id in _named_speakers(extraction, doubtful)]
    apart = {a.id for a in heard + voices}
    others = [a for a in acting if a.id not in apart]
    chosen = (heard + others + voices + places)[:MAX_ACTORS]
    kept = {a.id for a in chosen}
    first = [a for a in leaders if a.id in kept]
    led = {a.id for a in first}
    return first + [a for a in chosen if a.id not in led]


def _named_speakers(extraction: Extraction, doubtful: Mapping[str, str]) -> set[str]:
    """The actors the brief could name as the speaker of a statement (select.confidence):
    a leader found speaking only by a weak way ('he' resolved to the nearest name) is not
    heard in the story."""
    nested = nested_statements(extraction)
    return {
        q.speaker for q in extraction.quotes if q.speaker and not quote_doubt(q, doubtful, nested)
    }


def _its_subject(place: Actor, top: float) -> bool:
    """Whether a place that never acts is still what the story is about: the most salient
    actor of the coverage ('Lantern Festival in Taipei lights up the night', Taipei named
    throughout). Any other place only named sets the scene ('moved to the United States from
    Pakistan', 'a tournament between Argentina and Chile', 'we can go to Washington'): in the
    analyst briefs of 160 PolNeAR articles 13 of the 17 such places filling the end of the
    list were wrong, and briefs-dev lists such places among what is no actor."""
    return place.salience >= top


@cache
def _leader_role() -> re.Pattern[str]:
    titles = alternation(word_table("actor_words.json", "leader_titles"))
    return re.compile(rf"(?:{titles})(?: of (?:the )?[A-Z][\w.' -]*)?")


def _leads(actor: Actor) -> bool:
    """A person whose role is the office that leads a state or its government ('Prime
    Minister', 'President of Kenya'): the principals of a story's parties are listed before
    their ministers, envoys and staff, however often each is named (on briefs-dev a head of
    government who met a visiting delegation was named less often than the delegates). The
    role must be the title itself: 'former President', 'Vice President' and 'Deputy Prime
    Minister' lead nothing."""
    return actor.kind == "person" and bool(actor.role and _leader_role().fullmatch(actor.role))


def _in_every_article(actors: list[Actor], articles: int) -> list[Actor]:
    """The states a story of several articles names in every one of them: each article comes
    back to them, so they are parties to it, not its scenery (on briefs-dev: Israel in a
    hostage deal, the Philippines after an incident at sea, Saudi Arabia in a truce). A city
    or region (Gaza, Singapore) is no such state, however often the story names it."""
    if articles < 2:
        return []
    return [
        a
        for a in actors
        if a.kind == "place"
        and a.name in gz.countries()
        and a.name not in gz.cities()
        and a.name not in gz.regions()
        and len({m.doc for m in a.mentions}) == articles
    ]


def _home_state(actors: list[Actor]) -> str | None:
    """The state the coverage is set in: the one its bodies and people belong to most often
    (the Republican Party, Congress and the FBI are the United States'), if any state leads.
    Home coverage names its own country in every article as the setting ('U.S. voters', 'in
    America', 'a U.S. senator'), so that alone makes it no party: it is listed when it acts,
    as a foreign state named in every article is listed anyway. On 15 PolNeAR briefs (seed
    1401) the United States was listed so in three, and acted in none; on briefs-dev it acts
    in every statement ('The United States condemns ...')."""
    counts = Counter(
        gz.countries()[a.affiliation]
        for a in actors
        if a.kind != "place" and a.affiliation in gz.countries()
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_MOUTHPIECE = re.compile(
    rf"\b(?:{'|'.join(word_table('actor_words.json', 'mouthpiece_roles'))})\b", re.I
)
_LINE_REST = re.compile(r",[^\n.;]{0,60}")


def _mouthpiece(actor: Actor, texts: dict[str, str]) -> bool:
    """A person whose role, or the title set after a mention ('Ned Price, Department
    Spokesperson'), is a spokesperson's or a press secretary's."""
    if actor.kind != "person":
        return False
    if actor.role and _MOUTHPIECE.search(actor.role):
        return True
    for mention in actor.mentions:
        rest = _LINE_REST.match(texts.get(mention.doc, ""), mention.end)
        if rest and _MOUTHPIECE.search(rest.group()):
            return True
    return False


def _stands_for(actor: Actor) -> str | None:
    """The state a government's seat or the government itself stands for ('the Kremlin' ->
    Russia, 'Government of the People's Republic of China' -> China), else None."""
    if actor.kind != "organization":
        return None
    name = actor.name.removeprefix("the ")
    government = _GOVERNMENT_OF.fullmatch(name)
    if government:
        return gz.countries().get(government.group(1) or government.group(2))
    if name not in _seats():
        return None
    known = gz.known_orgs().get(name)
    return known.affiliation if known else None


# 'Government of the Kingdom of Thailand', 'the Thai Government' is named by its adjective
# and stays an actor of its own: only a country's name ties it to the state.
_GOVERNMENT_OF = re.compile(r"Government of (?:the )?(.+)|(.+?) Government")


@cache
def _seats() -> frozenset[str]:
    return frozenset(lines("government_seats.txt"))


_AGENCY = frozenset(word_table("actor_words.json", "agency_words")) | frozenset(
    word_table("actor_words.json", "stance_verbs")
)
_NEXT_WORD = re.compile(r"\s+(?:\w+ly\s+)?([\w’']+)")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:the\s+)?$")
_PREPOSITIONS = frozenset(word_table("actor_words.json", "object_prepositions"))


def _acts(actor: Actor, texts: dict[str, str], speakers: set[str | None]) -> bool:
    """Whether a place acts somewhere in the coverage: it speaks, or a verb follows one of
    its mentions ('Russia must', 'China has', 'Turkey said': a modal, an auxiliary or a
    reporting verb; any past tense in -ed was tried and found too loose), or it owns an act
    ("China's actions", "Russia's commitment"). A place only named
    ('a truce in Yemen', 'talks in Manila') sets the scene."""
    if actor.id in speakers:
        return True
    for mention in actor.mentions:
        text = texts.get(mention.doc, "")
        # a window, not the text so far: this runs for every mention of every place
        before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if before and before.group(1).lower() in _PREPOSITIONS:
            continue  # 'the war in Yemen has been ...', 'the people of Gaza have': not its act
        if text[mention.end : mention.end + 2] in POSSESSIVES or _bare_possessive(text, mention):
            return True
        found = _NEXT_WORD.match(text, mention.end)
        word = found.group(1).lower() if found else ""
        if word in _AGENCY or word in _reporting_verbs():
            return True
    return False


def _bare_possessive(text: str, mention) -> bool:
    """ "the Philippines’ membership", "the United States’ partnership": a name ending in -s
    takes the apostrophe alone."""
    after = text[mention.end : mention.end + 2]
    return text[mention.end - 1 : mention.end] == "s" and after in {"’ ", "' "}


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(reporting_verbs())


def key_questions(extraction: Extraction) -> list[Question]:
    """The highest-ranked open questions found a way measured precise enough
    (select.confidence); the others are held back."""
    return [q for q in extraction.questions if question_doubt(q) is None][:MAX_QUESTIONS]


def attributable(extraction: Extraction) -> list[Quote]:
    """The statements whose speaker the brief may name (select.confidence.quote_doubt): the
    only ones that may stand for anyone, in the quotes section or as an actor's position."""
    doubtful, nested = doubtful_actors(extraction), nested_statements(extraction)
    return [q for q in extraction.quotes if not quote_doubt(q, doubtful, nested)]


def key_quotes(extraction: Extraction) -> list[Quote]:
    """Attributed statements, most salient speakers first; direct words before paraphrase."""
    salience = {a.id: a.salience for a in extraction.actors}
    kind_rank = {kind: rank for rank, kind in enumerate(get_args(QuoteKind))}
    unique = _one_per_quotation(
        q for q in attributable(extraction) if len(q.text.split()) >= MIN_QUOTE_WORDS
    )
    unique.sort(
        key=lambda q: (
            kind_rank[q.kind],
            -salience.get(q.speaker or "", 0),
            not takes_a_position(q.text),
            q.start,
        )
    )
    return _two_per_speaker_then_fill(unique, MAX_QUOTES)


_STANCE_WORDS = alternation(word_list("stance_words.txt"))
_STANCE = re.compile(rf"\b(?:{_STANCE_WORDS})\b", re.I)


def takes_a_position(text: str) -> bool:
    """Whether a statement condemns, demands, commits or judges (rules/stance_words.txt):
    of one speaker's statements, these come before background and narration."""
    return bool(_STANCE.search(text))


def _two_per_speaker_then_fill(ranked: list[Quote], limit: int) -> list[Quote]:
    """Up to ``limit`` statements in rank order, at most two per speaker so that more voices
    are heard; when that leaves the section short, because the coverage has few voices (a
    set of official statements), their further statements fill it."""
    per_speaker: dict[str, int] = {}
    chosen: set[str] = set()
    for q in ranked:
        per_speaker[q.speaker or ""] = per_speaker.get(q.speaker or "", 0) + 1
        if per_speaker[q.speaker or ""] <= 2 and len(chosen) < limit:
            chosen.add(q.id)
    for q in ranked:
        if len(chosen) < limit:
            chosen.add(q.id)
    return [q for q in ranked if q.id in chosen]


def _one_per_quotation(quotes: Iterable[Quote]) -> list[Quote]:
    """The fragments of one direct quotation (one ``group``) count once: the first. Group
    names are numbered per article ('g1' in each), so a group is one article's."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for q in quotes:
        key = (q.doc, q.group or q.id) if q.kind == "direct" else (q.doc, q.id)
        if key not in seen:
            seen.add(key)
            unique.append(q)
    return unique


def date_key(value: str | None) -> tuple[str, int]:
    """Sort key for TimeML dates: by the day the period ends, so a precise date comes before
    the month or year around it (2025-10-20 < 2025-W43 < 2025-10-28 < 2025-12 < 2025)."""
    if not value:
        return ("9999", 9)
    week = re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", value)
    if week:
        end = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7).isoformat()
        return (end, 1)
    if re.fullmatch(r"\d{4}-\d\d", value):
        year, month = int(value[:4]), int(value[5:])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return ((following - dt.timedelta(days=1)).isoformat(), 2)
    if re.fullmatch(r"\d{4}", value):
        return (value + "-12-31", 3)
    return (value[:10], 0)


def upcoming(extraction: Extraction, *, with_doubtful: bool = False) -> list[Event]:
    """Dated items first, diary events and developments together in date order (one list
    for the reader; a diary event first on the same day), then undated diary events and
    commitments (see ``_by_doer``). Undated developments are left out, and so is an event
    dated the very day of the article that reports it (news_of_the_day), a development that
    only might happen (speculative), and a development
    dated the day of a diary event, or of an earlier item, of its article: the same
    happening told twice ('We will be giving details tomorrow', then 'there will be a
    complete briefing tomorrow morning'). A development dated by its year alone is left
    out as an undated one is: 'the law is slated to cost less by 2019', 'in 2016 the
    party will press its advantage' give no date a reader can watch for (in a seeded
    sample of PolNeAR analyst briefs, 1 of 11 such items was one). An event found a way not
    measured precise enough
    (select.confidence.event_doubt) is left out too, unless ``with_doubtful``: what brief.json
    lists as held back for confidence, and what the evaluation judges by way."""
    left_out = news_of_the_day(extraction) | speculative(extraction)
    if not with_doubtful:
        left_out |= {e.id for e in extraction.events if event_doubt(e)}
    told = {
        (e.evidence[0].doc, e.date) for e in extraction.events if e.kind == "event" and e.evidence
    }
    dated = []
    for e in extraction.events:
        if not e.date or e.id in left_out:
            continue
        if e.kind == "outlook" and _YEAR.fullmatch(e.date):
            continue  # 'Perhaps 2016 will be the year this gets fixed': no date to watch for
        day = (e.evidence[0].doc if e.evidence else "", e.date)
        if e.kind == "outlook" and day in told:
            continue
        told.add(day)
        dated.append(e)
    undated = [
        e
        for e in extraction.events
        if not e.date and e.kind in ("event", "commitment") and e.id not in left_out
    ]
    dated.sort(key=lambda e: (date_key(e.date), e.kind != "event"))
    return (dated + _by_doer(undated))[:MAX_EVENTS]


def _by_doer(events: list[Event]) -> list[Event]:
    """Undated items: those with a time in words first; then commitments (a named actor
    undertakes the act, the surest kind on briefs-dev: 22 of 23 right, where undated diary
    items were 19 of 28) at most two per actor; then diary events; then the other
    commitments. A fact sheet listing ten undertakings of one state does not crowd out what
    the other parties will do. A diary item whose clause names who will act (its headline:
    'Thailand to release 18 Cambodian soldiers') is a commitment too: it was ranked below
    every commitment, under other parties' third and fourth undertakings. What a party
    would do under a framework still to be agreed ('Under that framework, Vietnam would
    provide ...': a possible commitment) waits with the other commitments: what the parties
    will do comes first."""
    worded = [e for e in events if e.when]
    counts: dict[str, int] = {}
    first, diary, extra = [], [], []
    for event in (e for e in events if not e.when):
        if event.kind != "commitment" and not event.headline:
            diary.append(event)
            continue
        if event.kind == "commitment" and event.status == "possible":
            extra.append(event)
            continue
        doer = doer_of(event)
        counts[doer] = counts.get(doer, 0) + 1
        (first if counts[doer] <= 2 else extra).append(event)
    return worded + first + diary + extra


def shown_title(event: Event) -> str:
    """What the brief calls an event: who will do what when its clause says so, else its
    title ('Thailand to release 18 Cambodian soldiers' rather than 'Release')."""
    return event.headline or event.title


def doer_of(event: Event) -> str:
    """Who undertakes a commitment: its title (or a diary item's headline) says it first
    ('Thailand to release ...')."""
    return shown_title(event).split(" to ")[0]
