"""Small reading defects of issue 18 (item 10): JSONL lines end only at \\n, front matter
with lone-CR or CRLF line ends, short latin-1 articles, a byte order mark in a config file or
profile."""

from __future__ import annotations

import json

import pytest

from briefing.read import ReadOptions, read_documents
from briefing.settings.audience import load_audience
from briefing.settings.house import load_config

BODY = "Finance ministers met in Vienna on Monday to discuss the levy on imported steel."


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_jsonl_lines_end_only_at_newlines(tmp_path, separator):
    first = {"title": "Steel levy", "text": f"{BODY}{separator}The talks go on."}
    second = {"title": "Second", "text": BODY}
    path = tmp_path / "export.jsonl"
    # ensure_ascii=False writes the separator raw, as JSON allows inside a string
    lines = [json.dumps(item, ensure_ascii=False) for item in (first, second)]
    path.write_text("\r\n".join(lines) + "\n", encoding="utf-8")
    documents = read_documents([str(path)], options=ReadOptions())
    assert [d.path for d in documents] == [f"{path}#1", f"{path}#2"]
    assert documents[0].text == f"Steel levy\n\n{BODY}{separator}The talks go on."


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_front_matter_is_recognised_with_any_line_end(tmp_path, end):
    path = tmp_path / "article.txt"
    content = end.join(["---", "title: Steel levy talks", "published: 2025-03-04", "---", BODY])
    path.write_bytes(content.encode())
    (document,) = read_documents([str(path)], options=ReadOptions())
    assert (document.title, document.published) == ("Steel levy talks", "2025-03-04")
    assert document.text == BODY


@pytest.mark.parametrize(
    "text",
    [
        "Müller",
        "Herr Müller sagte nein.",
        "Jürgen Müller und die Straße",
        "Größe: 5 m²",
        "Éric a parlé.",
        "Café crème à Genève",
        "naïve façade",
        "Müller: «Non»",
    ],
)
def test_a_short_latin1_article_is_decoded_right(tmp_path, text):
    path = tmp_path / "kurz.txt"
    path.write_bytes(text.encode("latin-1"))
    (document,) = read_documents([str(path)], options=ReadOptions())
    assert document.text == text


def test_a_short_windows_1252_article_keeps_its_quotes(tmp_path):
    path = tmp_path / "quote.txt"
    text = "“Nein”, sagte Müller – heute."
    path.write_bytes(text.encode("cp1252"))
    (document,) = read_documents([str(path)], options=ReadOptions())
    assert document.text == text


def test_a_config_file_with_a_byte_order_mark_is_read(tmp_path):
    config = tmp_path / "briefing.toml"
    config.write_bytes('\ufefforganisation = "Policy Unit"\n'.encode())
    assert load_config(config).house.organisation == "Policy Unit"


def test_a_profile_with_a_byte_order_mark_is_read(tmp_path):
    profile = tmp_path / "desk" / "profile.toml"
    profile.parent.mkdir()
    profile.write_bytes('\ufeffname = "desk"\nlabel = "Desk"\n'.encode())
    assert load_audience(str(profile)).name == "desk"
