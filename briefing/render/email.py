"""Render the brief as an email draft (brief.eml): text and HTML alternatives, PDF attached.

The HTML part is built for mail clients, not browsers: a table layout from
``email.html.j2`` whose CSS is inlined into style attributes by css-inline (Outlook and Gmail
drop <style> blocks), with no remote stylesheet or image. The logo, when the house style has
one, travels inside the message as a related part (cid:logo), because Gmail does not show
data: images. ``X-Unsent: 1`` makes Outlook and Thunderbird open the file as a draft.
"""

from __future__ import annotations

import base64
from dataclasses import replace
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.brief import DEFAULT_COLOURS, BriefContext
from briefing.errors import RenderError
from briefing.render.mail_html import no_remote
from briefing.render.templates import render_template

if TYPE_CHECKING:
    from briefing.settings.audience import Audience

# Gmail clips a message body above 102 KB; stay under it with room to spare.
GMAIL_CLIP_BYTES = 102 * 1024
DEFAULT_SENDER = "briefing@localhost"


def inline_css(html: str) -> str:
    """Move <style> rules into style attributes; never load a linked stylesheet."""
    import css_inline

    inliner = css_inline.CSSInliner(
        keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False
    )
    try:
        return inliner.inline(html)
    except ValueError as exc:  # css_inline raises InlineError, a ValueError, on bad CSS
        raise RenderError(f"cannot inline the email CSS ({exc})") from None


def render_email_parts(
    context: BriefContext,
    template_dir: Path | None = None,
    *,
    audience: Audience,
) -> tuple[str, str]:
    """(plain text, HTML with inlined CSS) for the full brief, nothing dropped for the page."""
    folder = audience.folder
    context = replace(context, omitted=0)
    text = render_template(
        [f"email.{context.audience}.txt.j2", "email.txt.j2"], template_dir, folder, brief=context
    )
    html = render_template(
        [f"email.{context.audience}.html.j2", "email.html.j2"],
        template_dir,
        folder,
        brief=context,
        colours={**DEFAULT_COLOURS, **context.house.colours},
        logo_src="cid:logo" if context.house.logo else "",
    )
    html = no_remote(inline_css(html))
    if len(html.encode("utf-8")) > GMAIL_CLIP_BYTES:
        raise RenderError("the email's HTML is over 102 KB (Gmail would clip it)")
    return text, html


def build_message(
    context: BriefContext,
    pdf: bytes,
    template_dir: Path | None = None,
    *,
    audience: Audience,
    sender: str | None = None,
) -> EmailMessage:
    """The draft: multipart/mixed [ multipart/alternative [text, HTML(+logo)], brief.pdf ]."""
    text, html = render_email_parts(context, template_dir, audience=audience)
    message = EmailMessage()
    message["Subject"] = " ".join(context.title.split())
    message["From"] = sender or DEFAULT_SENDER
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain="briefing.invalid")
    message["X-Unsent"] = "1"
    message.set_content(text, cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    if context.house.logo:
        _add_logo(message, context.house.logo)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="brief.pdf")
    return message


def _add_logo(message: EmailMessage, data_uri: str) -> None:
    header, _, payload = data_uri.partition(",")
    maintype, subtype = header[len("data:") :].split(";")[0].split("/")
    html_part = message.get_payload()[1]
    html_part.add_related(
        base64.b64decode(payload), maintype, subtype, cid="<logo>", filename=f"logo.{subtype}"
    )


def message_bytes(message: EmailMessage) -> bytes:
    """The message as an .eml file (CRLF line ends, as SMTP and mail clients expect)."""
    return message.as_bytes(policy=SMTP)
