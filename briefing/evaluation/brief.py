"""Judging the brief as its reader sees it, on brief-level gold (briefs-dev.jsonl).

For each story the articles are written as the gold's README says (front matter, title line,
body) and go through the real path: read -> analyse -> assemble -> select, analyst audience,
A4. Then each item the brief SHOWS is judged by the README's rules (the rules themselves are in
``conventions``):

- an actor is right when it is a gold actor (name or alias), not shown twice, not a person
  shown for an organisation, group or place (those three are interchangeable), and its role,
  if shown, is the gold actor's: every content word of it is in the gold role (or the gold
  affiliation or names);
- a quote is right when it overlaps a gold quote and its speaker is that quote's speaker; a
  direct or mixed quote (quoted words) matching nothing is wrong, an indirect one not judged;
- a What's next item (and the bottom line's "Next:" line) is right when its evidence overlaps
  a gold event and the dates agree; past events and unmatched items are wrong;
- an open question is right when its evidence overlaps a gold question's; a contested one
  needs both sides it shows inside one gold question's evidence;
- the bottom line's leads (each article's first sentence) are not judged.

Precision per section is right / (right + wrong); recall counts the key gold items matched by
a right shown item, out of at most as many key items as the section shows.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefing.evaluation import Scores
from briefing.evaluation.conventions import (
    any_overlap,
    content_words,
    dates_agree,
    name_key,
    overlaps_half_shorter,
    role_is,
    same_name,
)
from briefing.model import Actor, Event, Extraction, Question, Quote

ERRORS = (
    "wrong speaker",
    "role on the wrong person",
    "past event as next",
    "duplicate actor",
    "not an actor",
)


@dataclass
class Verdict:
    """One shown item, judged: ``verdict`` is right, wrong or not judged."""

    story: str
    section: str
    ref: str
    shown: str
    verdict: str
    reason: str = ""
    gold: str = ""
    found: tuple[str, ...] = ()  # the gold items it finds (right items only)
    keys: tuple[str, ...] = ()  # those of them that are key, for recall
    repeat: bool = False

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in ("", None, False, ())}


@dataclass
class Story:
    """One gold story with the brief the tool made of it, offsets mapped to gold offsets."""

    gold: dict
    extraction: Extraction
    shown: dict[str, list[str]]
    limits: dict[str, int]
    doc_ids: dict[str, str] = field(default_factory=dict)  # our doc id -> gold article id
    offsets: dict[str, int] = field(default_factory=dict)  # our doc id -> body offset

    def span(self, doc: str, start: int, end: int) -> tuple[str, int, int]:
        """A span of ours as (gold article id, start, end) in gold offsets."""
        shift = self.offsets.get(doc, 0)
        return (self.doc_ids.get(doc, "?"), start - shift, end - shift)


# ---------------------------------------------------------------- running the tool


def front_matter_value(value: str) -> str:
    """A front-matter value as our reader takes it back unchanged."""
    if value != value.strip() or value[:1] in "'\"" or "\n" in value:
        return '"' + value.replace("\n", " ") + '"'
    return value


def article_file(article: dict) -> str:
    """An article as the gold README asks: front matter, the title line, then the body."""
    meta = [
        f"{key}: {front_matter_value(str(article[key]))}"
        for key in ("title", "published", "source", "url")
        if article.get(key)
    ]
    return "---\n" + "\n".join(meta) + f"\n---\n{article['title']}\n\n{article['text']}"


def run_story(row: dict, model: str | None, folder: Path) -> Story:
    """Write the story's articles and build its analyst brief (A4) as ``briefing build`` does."""
    from briefing.build import extract
    from briefing.errors import InputError
    from briefing.select import BriefOptions, select_for_brief
    from briefing.settings.audience import load_audience

    paths = {}
    for article in row["articles"]:
        path = folder / f"{row['id']}-{article['id']}.txt"
        path.write_text(article_file(article), encoding="utf-8")
        paths[str(path)] = article
    extraction = extract(list(paths), model=model)
    profile = load_audience("analyst")
    context = select_for_brief(extraction, profile, BriefOptions(paper="a4"))
    shown = {s: [item.ref for item in getattr(context, s)] for s in SECTIONS}
    limits = {s: profile.limit(s) for s in SECTIONS}
    story = Story(row, extraction, shown, limits)
    for document in extraction.documents:
        article = paths[document.path]
        if not document.text.endswith(article["text"]):
            raise InputError(f"{row['id']}/{article['id']}: the tool's text differs from the gold")
        story.doc_ids[document.id] = article["id"]
        story.offsets[document.id] = len(document.text) - len(article["text"])
    return story


# ---------------------------------------------------------------- judging


def gold_actor(story: Story, name: str) -> dict | None:
    """The gold actor a shown name names (its name or an alias), else None."""
    for actor in story.gold["actors"]:
        if any(same_name(name, n) for n in [actor["name"], *actor.get("aliases", [])]):
            return actor
    return None


def role_right(shown: str, gold: dict) -> bool:
    names = [gold["name"], *gold.get("aliases", [])]
    return bool(gold.get("role")) and role_is(shown, gold["role"], gold.get("affiliation"), *names)


def judge_actors(story: Story) -> list[Verdict]:
    actors = {a.id: a for a in story.extraction.actors}
    seen: set[str] = set()
    verdicts = []
    for ref in story.shown["actors"]:
        actor = actors[ref]
        verdict = Verdict(story.gold["id"], "actors", ref, _actor_line(actor), "wrong")
        verdicts.append(verdict)
        gold = gold_actor(story, actor.name)
        if gold is None:
            not_actor = any(same_name(actor.name, n) for n in story.gold.get("not_actors", []))
            verdict.reason = "not an actor" if not_actor else "no gold actor"
            continue
        verdict.gold = _gold_actor_line(gold)
        if actor.kind == "person" and gold["kind"] != "person":
            verdict.reason = f"a {actor.kind} shown for a {gold['kind']}"
        elif gold["name"] in seen:
            verdict.reason = "duplicate actor"
        elif actor.role and not role_right(actor.role, gold):
            verdict.reason = _wrong_role(story, actor.role, gold)
        else:
            verdict.verdict = "right"
            verdict.found = (gold["name"],)
            verdict.keys = verdict.found if gold.get("key") else ()
        seen.add(gold["name"])
    return verdicts


def _wrong_role(story: Story, role: str, gold: dict) -> str:
    """'role on the wrong person' when the shown role is another gold actor's; else
    'wrong role' (a role the gold does not give anyone)."""
    others = [a for a in story.gold["actors"] if a is not gold and role_right(role, a)]
    return "role on the wrong person" if others else "wrong role"


def _actor_line(actor: Actor) -> str:
    return f"{actor.name} ({actor.kind}" + (f"; {actor.role})" if actor.role else ")")


def _gold_actor_line(gold: dict) -> str:
    return f"{gold['name']} ({gold['kind']}" + (f"; {gold['role']})" if gold.get("role") else ")")


def judge_quotes(story: Story) -> list[Verdict]:
    quotes = {q.id: q for q in story.extraction.quotes}
    names = {a.id: a.name for a in story.extraction.actors}
    verdicts = []
    for ref in story.shown["quotes"]:
        quote: Quote = quotes[ref]
        speaker = names.get(quote.speaker or "")
        doc, start, end = story.span(quote.doc, quote.start, quote.end)
        shown = f"{speaker or 'Unattributed'}: {quote.text[:90]}"
        verdict = Verdict(story.gold["id"], "quotes", ref, shown, "wrong")
        verdicts.append(verdict)
        matches = [
            g
            for g in story.gold["quotes"]
            if g["doc"] == doc and overlaps_half_shorter((g["start"], g["end"]), (start, end))
        ]
        if not matches:
            if quote.kind == "indirect":
                verdict.verdict, verdict.reason = "not judged", "indirect, no gold quote"
            else:
                verdict.reason = "no gold quote"
            continue
        said = [g for g in matches if _speaks(story, speaker, g["speaker"])]
        best = said[0] if said else matches[0]
        verdict.gold = f"{best['speaker']}: {best['text'][:90]}"
        if said:
            verdict.verdict = "right"
            verdict.found = tuple(_quote_key(g) for g in said)
            verdict.keys = tuple(_quote_key(g) for g in said if g.get("key"))
        else:
            verdict.reason = "wrong speaker"
    return verdicts


def speaker_ways(story: Story) -> dict[str, list[int]]:
    """Per way of finding a speaker (``Quote.speaker_via``): [right, judged] over every quote
    the tool extracted, shown or not, that overlaps a gold quote and names an actor (one
    with no resolved speaker is never shown). The measure behind the speaker ways the brief
    may name (select.confidence)."""
    names = {a.id: a.name for a in story.extraction.actors}
    tally: dict[str, list[int]] = {}
    for quote in story.extraction.quotes:
        if not quote.speaker_via or quote.speaker is None:
            continue
        doc, start, end = story.span(quote.doc, quote.start, quote.end)
        matches = [
            g
            for g in story.gold["quotes"]
            if g["doc"] == doc and overlaps_half_shorter((g["start"], g["end"]), (start, end))
        ]
        if not matches:
            continue
        speaker = names.get(quote.speaker or "")
        counts = tally.setdefault(quote.speaker_via, [0, 0])
        counts[0] += any(_speaks(story, speaker, g["speaker"]) for g in matches)
        counts[1] += 1
    return tally


def _speaks(story: Story, shown: str | None, gold_speaker: str | None) -> bool:
    if gold_speaker is None or shown is None:
        return gold_speaker is None and shown is None
    gold = next((a for a in story.gold["actors"] if a["name"] == gold_speaker), None)
    names = [gold_speaker, *(gold.get("aliases", []) if gold else [])]
    return any(same_name(shown, n) for n in names)


def _quote_key(gold: dict) -> str:
    return f"quote {gold['doc']}:{gold['start']}"


def judge_event(story: Story, event: Event, section: str) -> Verdict:
    spans = [story.span(e.doc, e.start, e.end) for e in event.evidence]
    shown = f"{event.title} [{event.date or 'no date'}]"
    verdict = Verdict(story.gold["id"], section, event.id, shown, "wrong")
    matches = [g for g in story.gold["events"] if any_overlap(spans, [_span(g)])]
    agreeing = [g for g in matches if dates_agree(g.get("date"), event.date)]
    if agreeing:
        gold = agreeing[0]
        verdict.verdict, verdict.gold = "right", f"{gold['what']} [{gold.get('date')}]"
        verdict.found = tuple(f"event {g['doc']}:{g['start']}" for g in agreeing)
        verdict.keys = tuple(f"event {g['doc']}:{g['start']}" for g in agreeing if g.get("key"))
    elif any_overlap(spans, [_span(p) for p in story.gold.get("past_events_as_next", [])]):
        verdict.reason = "past event as next"
    elif matches:
        verdict.reason = "wrong date"
        verdict.gold = f"{matches[0]['what']} [{matches[0].get('date')}]"
    else:
        verdict.reason = "no gold event"
    return verdict


def judge_events(story: Story) -> list[Verdict]:
    events = {e.id: e for e in story.extraction.events}
    return [judge_event(story, events[ref], "events") for ref in story.shown["events"]]


def judge_bottom_line(story: Story) -> list[Verdict]:
    events = {e.id: e for e in story.extraction.events}
    verdicts = []
    for ref in story.shown["bottom_line"]:
        if ref in events:
            verdicts.append(judge_event(story, events[ref], "bottom_line"))
        else:
            verdicts.append(Verdict(story.gold["id"], "bottom_line", ref, "lead", "not judged"))
    return verdicts


def shown_sides(question: Question) -> tuple:
    """The evidence the brief shows: both sides of a contested question (its first and last
    evidence, as select shows them), else all of it."""
    if question.kind == "contested" and len(question.evidence) > 2:
        return (question.evidence[0], question.evidence[-1])
    return question.evidence


def _gold_question(story: Story, question: Question) -> tuple[dict | None, list]:
    """The gold question a question's shown evidence finds (both sides of a contested one),
    and that evidence as gold spans."""
    spans = [story.span(e.doc, e.start, e.end) for e in shown_sides(question)]
    if question.kind == "contested":
        found = [g for g in story.gold["questions"] if _both_sides(spans, g)]
    else:
        found = [
            g for g in story.gold["questions"] if any_overlap(spans, map(_span, g["evidence"]))
        ]
    return _likest(question.text, found), spans


def _likest(text: str, golds: list[dict]) -> dict | None:
    """Of the gold questions one shown question's evidence finds, the one it asks: the most
    content words shared with the gold's ``what`` (the first on a tie). One sentence often
    carries several ("condemns X's actions ... and calls on X to cease them": what happened,
    and will X cease); file order alone credited whichever the annotator wrote first."""
    words = content_words(text)
    return max(golds, key=lambda g: len(words & content_words(g["what"])), default=None)


def question_ways(story: Story) -> dict[str, list[int]]:
    """Per way of finding an open question (``Question.found_by``): [right, judged] over every
    question the tool extracted, shown or not, judged as the brief judges a shown one. The
    measure behind the ways the brief shows (select.confidence)."""
    tally: dict[str, list[int]] = {}
    for question in story.extraction.questions:
        if question.found_by is None:
            continue
        counts = tally.setdefault(question.found_by, [0, 0])
        counts[0] += _gold_question(story, question)[0] is not None
        counts[1] += 1
    return tally


def event_ways(story: Story) -> dict[str, list[int]]:
    """Per way of finding an upcoming event (``Event.found_by``): [right, judged] over every
    item the brief could show before any way is held back (select.rank.upcoming with the
    doubtful ones), judged as the brief judges a shown one. The measure behind the ways the
    brief shows (select.confidence, rules/event_ways.json)."""
    from briefing.select.rank import upcoming

    tally: dict[str, list[int]] = {}
    for event in upcoming(story.extraction, with_doubtful=True)[: story.limits["events"]]:
        if event.found_by is None:
            continue
        counts = tally.setdefault(event.found_by, [0, 0])
        counts[0] += judge_event(story, event, "events").verdict == "right"
        counts[1] += 1
    return tally


def judge_questions(story: Story) -> list[Verdict]:
    questions = {q.id: q for q in story.extraction.questions}
    verdicts = []
    for ref in story.shown["questions"]:
        question = questions[ref]
        verdict = Verdict(story.gold["id"], "questions", ref, question.text[:120], "wrong")
        verdicts.append(verdict)
        gold, spans = _gold_question(story, question)
        if gold is not None:
            verdict.verdict, verdict.gold = "right", gold["what"]
            verdict.found = (f"question {gold['what']}",)
            verdict.keys = verdict.found if gold.get("key") else ()
        elif question.kind == "contested" and any(
            any_overlap(spans, map(_span, g["evidence"])) for g in story.gold["questions"]
        ):
            verdict.reason = "contested with one side only"
        else:
            verdict.reason = "no gold question"
    return verdicts


def _both_sides(spans: list, gold: dict) -> bool:
    evidence = [_span(e) for e in gold["evidence"]]
    return len(spans) >= 2 and all(any_overlap([s], evidence) for s in spans)


def _span(item: dict) -> tuple[str, int, int]:
    return (item["doc"], item["start"], item["end"])


# The sections of the brief that are judged, in the order they are reported, each with its
# judge.
JUDGES = {
    "actors": judge_actors,
    "quotes": judge_quotes,
    "events": judge_events,
    "questions": judge_questions,
    "bottom_line": judge_bottom_line,
}
SECTIONS = tuple(JUDGES)
# The gold items each section's recall is judged on: its own, but the bottom line's "Next:"
# is an event.
GOLD_ITEMS = {**{section: section for section in SECTIONS}, "bottom_line": "events"}


def judge(story: Story) -> list[Verdict]:
    """Every shown item of the story's brief, judged; repeats of a gold item marked."""
    verdicts = []
    for section in SECTIONS:
        found: set[str] = set()
        for verdict in JUDGES[section](story):
            # A gold quote, event or question already shown stays right, counted apart.
            if section != "actors" and verdict.found and set(verdict.found) <= found:
                verdict.repeat = True
            found.update(verdict.found)
            verdicts.append(verdict)
    return verdicts


def key_total(story: Story, section: str) -> int:
    """Key gold items the section is judged on: at most as many as it may show."""
    items = story.gold.get(GOLD_ITEMS.get(section, ""), [])
    return min(sum(bool(item.get("key")) for item in items), story.limits[section])


# ---------------------------------------------------------------- figures


def scores_of(stories: list[Story], verdicts: list[Verdict]) -> Scores:
    """Per-section and overall figures, and counts of the worst errors."""
    scores: Scores = {}
    right_all = wrong_all = 0
    for section in SECTIONS:
        mine = [v for v in verdicts if v.section == section]
        right = sum(v.verdict == "right" for v in mine)
        wrong = sum(v.verdict == "wrong" for v in mine)
        right_all, wrong_all = right_all + right, wrong_all + wrong
        row: dict[str, float] = {
            "right": right,
            "wrong": wrong,
            "not_judged": sum(v.verdict == "not judged" for v in mine),
            "repeats": sum(v.repeat for v in mine),
            "precision": round(right / (right + wrong), 4) if right + wrong else 0.0,
        }
        if section in GOLD_ITEMS:
            total = sum(key_total(s, section) for s in stories)
            found = 0
            for story in stories:
                keys = {k for v in mine if v.story == story.gold["id"] for k in v.keys}
                found += min(len(keys), key_total(story, section))
            row["key_found"] = found
            row["key_total"] = total
            row["key_recall"] = round(found / total, 4) if total else 0.0
        scores[section] = row
    judged = right_all + wrong_all
    scores["overall"] = {
        "right": right_all,
        "wrong": wrong_all,
        "precision": round(right_all / judged, 4) if judged else 0.0,
    }
    for name, tally in (
        ("speaker", speaker_ways),
        ("question", question_ways),
        ("event", event_ways),
    ):
        ways: dict[str, list[int]] = {}
        for story in stories:
            for way, (right, judged) in tally(story).items():
                ways.setdefault(way, [0, 0])
                ways[way][0] += right
                ways[way][1] += judged
        order = sorted(ways, key=lambda w: -ways[w][1])
        scores[f"{name} ways"] = {w: round(ways[w][0] / ways[w][1], 4) for w in order}
        scores[f"{name} ways judged"] = {w: ways[w][1] for w in order}
    reasons = Counter(v.reason for v in verdicts if v.verdict == "wrong")
    scores["errors"] = {name: reasons.get(name, 0) for name in ERRORS}
    scores["other wrong"] = {
        name: count for name, count in sorted(reasons.items()) if name not in ERRORS
    }
    return scores


def judge_rows(rows: list[dict], nlp=None, model: str | None = None) -> tuple[Scores, list]:
    """Run and judge every story; the figures and every judged item."""
    del nlp  # the real build path loads its own pipeline
    stories, verdicts = [], []
    with tempfile.TemporaryDirectory(prefix="briefing-eval-") as folder:
        for row in rows:
            story = run_story(row, model, Path(folder))
            stories.append(story)
            verdicts += judge(story)
    return scores_of(stories, verdicts), verdicts


def evaluate(rows: list[dict], nlp=None, model: str | None = None) -> Scores:
    return judge_rows(rows, nlp, model)[0]


__all__ = ["evaluate", "judge", "judge_rows", "name_key", "Story", "Verdict"]
