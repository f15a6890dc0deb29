"""The per-user cache (briefing/cache.py): a shortcut that never changes a result. Entries
are served only under the key they were stored with; a cache that is off, foreign or damaged
is passed over; the gazetteer tokens and compiled templates it holds give the same names and
the same briefs as deriving them afresh."""

from __future__ import annotations

import os

import pytest

from briefing import cache
from briefing.nlp import build_rule_pipeline
from briefing.render import templates
from briefing.render.html import render_html
from briefing.select import select_for_brief
from briefing.settings.audience import load_audience

NAMES = "Officials in Guinea-Bissau, St. Louis and New York met the WHO and Norwegian envoys."


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """An empty cache home of this test's own; the process-wide template caches reset."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(cache.NO_CACHE, raising=False)
    templates._bytecode_cache.cache_clear()
    templates._environment.cache_clear()
    yield tmp_path / "home" / "briefing"
    templates._bytecode_cache.cache_clear()
    templates._environment.cache_clear()


def test_an_entry_is_served_only_under_its_key(own_cache):
    cache.write_json("entry.json", "key-1", {"words": ["St.", "Louis"]})
    assert cache.read_json("entry.json", "key-1") == {"words": ["St.", "Louis"]}
    assert cache.read_json("entry.json", "key-2") is None
    (own_cache / "entry.json").write_text('{"key": "key-1", "val', encoding="utf-8")
    assert cache.read_json("entry.json", "key-1") is None  # damaged: derived afresh
    assert oct(own_cache.stat().st_mode & 0o777) == "0o700"


def test_no_cache_when_turned_off_or_the_folder_is_open_to_others(own_cache, monkeypatch):
    monkeypatch.setenv(cache.NO_CACHE, "1")
    cache.write_json("entry.json", "k", 1)
    assert cache.cache_dir() is None and not own_cache.exists()
    monkeypatch.delenv(cache.NO_CACHE)
    own_cache.mkdir(parents=True)
    own_cache.chmod(0o777)  # anyone could plant compiled templates here
    assert cache.cache_dir() is None
    cache.write_json("entry.json", "k", 1)
    assert list(own_cache.iterdir()) == []
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # not a cache home: the default
    monkeypatch.setenv("HOME", str(own_cache.parent / "user"))
    assert cache.cache_dir() == own_cache.parent / "user" / ".cache" / "briefing"


def test_gazetteer_names_from_the_cache_are_the_names_tokenized_afresh(own_cache, monkeypatch):
    def names(nlp) -> list[tuple[str, str]]:
        return [(e.text, e.label_) for e in nlp(NAMES).ents]

    first = build_rule_pipeline()  # tokenizes the gazetteers and stores their tokens
    assert (own_cache / "gazetteer-tokens.json").is_file()
    cached = build_rule_pipeline()
    monkeypatch.setenv(cache.NO_CACHE, "1")
    fresh = build_rule_pipeline()
    assert names(first) == names(cached) == names(fresh)
    assert ("Guinea-Bissau", "GPE") in names(cached) and ("St. Louis", "GPE") in names(cached)


def test_compiled_templates_are_reused_and_a_damaged_one_is_compiled_again(own_cache, extraction):
    audience = load_audience("analyst")
    context = select_for_brief(extraction, audience)
    html = render_html(context, None, audience=audience)
    (folder,) = own_cache.glob("templates-*")
    compiled = list(folder.iterdir())
    assert compiled  # brief.html.j2 compiled once, kept for the next run
    for path in compiled:
        path.write_bytes(os.urandom(64))
    templates._environment.cache_clear()  # as a new process would
    assert render_html(context, None, audience=audience) == html
