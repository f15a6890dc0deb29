"""The e-mail HTML fetches nothing, whatever a team's template writes (issue 18, item 9):
each way HTML and CSS have to load a resource is neutralised, in the message as written."""

from __future__ import annotations

import pytest

from briefing.render.email import build_message, message_bytes
from briefing.render.mail_html import css_fetches, decode_css_escapes, no_remote
from briefing.select import select_for_brief
from tests.render.test_email import ANALYST, PDF, parsed

EVIL = "evil.example"

VECTORS = {
    "srcset": f'<img alt="logo" srcset="https://{EVIL}/a.png 1x, https://{EVIL}/b.png 2x">',
    "poster": f'<video poster="https://{EVIL}/p.png"></video>',
    "object data": f'<object data="https://{EVIL}/o.svg" type="image/svg+xml"></object>',
    "embed src (UNC path)": f'<embed src="\\\\{EVIL}\\share\\e.svg">',
    "meta refresh": f'<meta http-equiv="refresh" content="0; url=https://{EVIL}/r">',
    "form action": f'<form action="https://{EVIL}/f"><input name="q"></form>',
    "formaction": f'<button formaction="https://{EVIL}/g">Go</button>',
    "ping": f'<a href="#top" ping="https://{EVIL}/ping">top</a>',
    "background (ftp)": f'<table background="ftp://{EVIL}/b.png"><tr><td>x</td></tr></table>',
    "css escape": f'<p style="color: red; background-image: u\\72l(https://{EVIL}/c.png)">x</p>',
    "css escaped import": f'<p style="color: red">x</p><style>@\\69mport "https://{EVIL}/i.css";</style>',
    "quoted >": f'<img alt="a>b" src="https://{EVIL}/q.png">',
    "svg image": f'<svg><image xlink:href="https://{EVIL}/s.png"/></svg>',
    "outlook comment": f'<!--[if mso]><v:image src="https://{EVIL}/v.png"/><![endif]-->',
    "base": f'<base href="https://{EVIL}/"><img src="logo.png">',
}


def email_html(extraction, tmp_path, footer: str) -> str:
    (tmp_path / "email.html.j2").write_text(
        '{% extends "default:email.html.j2" %}{% block footer %}<tr><td>'
        + footer
        + "<p>House footer</p></td></tr>{% endblock %}",
        encoding="utf-8",
    )
    context = select_for_brief(extraction, ANALYST)
    message = build_message(context, PDF, tmp_path, audience=ANALYST)
    return parsed(message_bytes(message)).get_body(("html",)).get_content()


@pytest.mark.parametrize("footer", VECTORS.values(), ids=VECTORS.keys())
def test_a_teams_template_cannot_make_the_mail_fetch_anything(extraction, tmp_path, footer):
    html = email_html(extraction, tmp_path, footer)
    assert "House footer" in html
    assert EVIL not in html


def test_what_loads_nothing_is_kept(extraction, tmp_path):
    footer = (
        '<a href="mailto:desk@example.org">desk</a> <a href="#top">top</a> '
        '<p style="color: #123456; background: url(cid:logo)">kept</p>'
    )
    html = email_html(extraction, tmp_path, footer)
    assert 'href="mailto:desk@example.org"' in html and 'href="#top"' in html
    assert "background: url(cid:logo)" in html


def test_only_the_fetching_css_declaration_goes():
    html = no_remote('<p style="color: red; background: u\\rl(//x.example/a); margin: 0">x</p>')
    assert html == '<p style="color: red; margin: 0">x</p>'


@pytest.mark.parametrize(
    ("css", "decoded"),
    [("u\\72l(", "url("), ("\\40 import", "@import"), ("a\\;b", "a;b"), ("\\0", "\ufffd")],
)
def test_css_escapes_are_decoded_before_judging(css, decoded):
    assert decode_css_escapes(css) == decoded


@pytest.mark.parametrize(
    "css",
    ["@import 'x.css'", "background: image-set('x.png' 1x)", "b: url( 'http://x' )"],
)
def test_css_that_fetches_is_recognised(css):
    assert css_fetches(css)
