"""Property-based tests (issue 18: fuzzing as a habit). Whatever bytes a reader is given, it
returns articles or raises the project's own InputError, never another exception; whatever a
hand edit does to an extraction JSON, ``render`` gets a checked extraction or one clean
error; whatever text goes through the escapers, the rendered Markdown and HTML show exactly
that text and no markup of its own; and no HTML makes the e-mail filter leave a fetch."""

from __future__ import annotations

import contextlib
import copy
import json
import re
from html import unescape
from html.parser import HTMLParser

from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.errors import BriefingError, InputError
from briefing.read import ReadOptions
from briefing.read.extraction import extraction_from
from briefing.read.sources import parse_as
from briefing.render.mail_html import css_fetches, no_remote
from briefing.render.templates import environment, escape_markdown

OPTIONS = ReadOptions(offline=True)
# Text as articles hold it: any character but NUL and lone surrogates (which no file holds
# once decoded), with the characters readers split or trim on over-represented.
TEXT = st.text(
    st.one_of(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        st.sampled_from(list("\n\r\t -:#*_[]()<>&;\"'`\\\u2028\u2029\u0085\ufeff")),
    )
)
FRONT_MATTER = st.builds(
    lambda head, end, body: f"---{end}{head}{end}---{end}{body}",
    st.lists(
        st.one_of(
            st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(["title", "published", "x"]), TEXT),
            TEXT,
        ),
        max_size=4,
    ).map("\n".join),
    st.sampled_from(["\n", "\r\n", "\r"]),
    TEXT,
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["title", "text", "html", "published", "x"]), children)
    ),
    max_leaves=8,
)


def _only_input_errors(kind: str, raw: bytes) -> None:
    with contextlib.suppress(InputError):  # anything else fails the test
        parse_as(kind, raw, f"fuzz.{kind}", OPTIONS)


@given(st.binary(max_size=2000) | TEXT.map(str.encode) | FRONT_MATTER.map(str.encode))
def test_the_text_reader_raises_only_input_errors(raw):
    _only_input_errors("text", raw)


@given(
    st.lists(JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)), max_size=4).map(
        "\n".join
    )
    | TEXT
)
def test_the_json_readers_raise_only_input_errors(content):
    for kind in ("json", "jsonl"):
        _only_input_errors(kind, content.encode("utf-8", "surrogatepass"))


@given(
    st.builds(
        lambda title, body, charset: (
            f'<html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><article><p>{body}</p></article></body></html>"
        ),
        TEXT,
        TEXT,
        st.sampled_from(["utf-8", "latin-1", "rot13", "utf-16", "x"]),
    ).map(lambda page: page.encode("utf-8", "surrogatepass"))
    | st.binary(max_size=1000)
)
def test_the_html_reader_raises_only_input_errors(raw):
    _only_input_errors("html", raw)


def _paths(value, prefix=()):
    """Every place in a JSON value: (key or index, ...)."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


@given(data=st.data())
def test_a_mutated_extraction_json_is_checked_or_one_clean_error(extraction, data):
    original = json.loads(json.dumps(extraction.to_dict()))
    mutated = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from([p for p in _paths(mutated) if p]))
        parent = mutated
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(JSON_VALUES)
        if not isinstance(mutated, dict):
            break
    try:
        checked = extraction_from(mutated, "edited.json")
    except BriefingError as error:
        assert "\n" not in str(error) and str(error).startswith("edited.json: ")
    else:
        assert checked.schema == original["schema"]


MARKDOWN = MarkdownIt("commonmark")


def _text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]*>", "", html)).strip()


@example("AT&amp;T &copy; 1) 2. - x")
@given(TEXT)
def test_markdown_escaping_shows_the_text_and_nothing_else(text):
    shown = " ".join(text.split())  # the escaper folds runs of whitespace into one space
    escaped = escape_markdown(text)
    for context, tags in (("", {"p"}), ("- ", {"ul", "li"})):
        html = MARKDOWN.render(context + escaped)
        assert set(re.findall(r"</?([a-z0-9]+)", html)) <= tags | {"p"}, html
        assert _text_of(html) == shown


@given(TEXT)
def test_html_escaping_shows_the_text_and_nothing_else(text):
    env = environment()
    env.autoescape = True  # as for every .html.j2 template (templates._autoescape)
    html = env.from_string("<p>{{ value }}</p>").render(value=text)
    assert html.count("<") == 2 and unescape(html[3:-4]) == text


URL_ATTRIBUTES = ["src", "srcset", "href", "poster", "data", "action", "formaction", "ping"]
ATTRIBUTE = st.builds(
    lambda name, quote, url: f" {name}={quote}{url}{quote}",
    st.sampled_from([*URL_ATTRIBUTES, "background", "xlink:href"]),
    st.sampled_from(['"', "'", ""]),
    st.builds(
        lambda scheme, pad: f"{pad}{scheme}evil.example/x",
        st.sampled_from(["http://", "https://", "//", "HTTP://", "ftp://", "\\\\"]),
        st.sampled_from(["", " ", "\t"]),
    ),
)


STYLE = st.builds(
    lambda function, url: f' style="color: red; background: {function}{url})"',
    st.sampled_from(["url(", "URL(", "u\\72l(", "u\\rl(", "image-set(", "url( '"]),
    st.sampled_from(["http://evil.example/x", "//evil.example/x"]),
)


class _Fetches(HTMLParser):
    """Attributes and CSS of the filtered HTML that still name the evil host."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        for name, value in attrs:
            fetches = (
                css_fetches(value or "") if name == "style" else "evil.example" in (value or "")
            )
            if fetches:
                self.found.append(f"{tag} {name}={value}")

    def handle_comment(self, data):  # type: ignore[no-untyped-def]
        if "evil.example" in data:
            self.found.append(f"<!--{data}-->")


@given(
    st.lists(
        st.builds(
            lambda tag, attrs, text: f"<{tag}{''.join(attrs)}>{text}</{tag}>",
            st.sampled_from(["img", "a", "video", "object", "form", "button", "td", "p", "svg"]),
            st.lists(ATTRIBUTE | STYLE, min_size=1, max_size=3),
            TEXT.filter(lambda t: "<" not in t and "&" not in t),
        ),
        min_size=1,
        max_size=4,
    ).map("".join)
)
def test_the_mail_filter_leaves_no_url_to_fetch(html):
    parser = _Fetches()
    parser.feed(no_remote(html))
    parser.close()
    assert parser.found == []


@given(TEXT)
def test_the_mail_filter_takes_any_text(text):
    assert isinstance(no_remote(text), str)
