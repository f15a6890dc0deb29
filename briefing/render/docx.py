"""Render the brief as a Word document (brief.docx) that a ministry or press office can edit.

Why python-docx rather than converting the HTML: the point of a .docx is what Word makes of it
(the navigation pane, the styles pane, "restart numbering", redrafting in the house template),
and that needs real Word structure: headings in the Title and Heading 1 styles, lists as
Word list paragraphs, citations as a numbered source list whose entries are bookmarks the
[n] markers link to, and whose web addresses are hyperlinks. python-docx is the maintained
library that writes these; an HTML-to-Word conversion would give direct formatting.

The content and its order are those of the HTML brief (templates/brief.html.j2): masthead,
then the audience's lead sections (bottom line, key points, lines to take), then the others
in the profile's order, then the sources and the house footer. The handling marking is in
every page's header and footer, the accent colour on the headings, the logo in the masthead.

A team's reference document (``--docx-template FILE``, ``docx_template`` in briefing.toml or
an audience profile) works as pandoc's ``--reference-doc``: its styles, headers and footers
and page margins are used, its body is not. Styles the reference lacks are taken from
python-docx's own template, and lists get numbering definitions of their own, so any .docx
saved by Word can be the reference. The paper is always the brief's (``--paper``).

Article text stays text: python-docx escapes it, characters XML cannot hold (control
characters a scraper left in) are dropped, and only http(s) addresses become hyperlinks.
"""

from __future__ import annotations

import base64
import copy
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.brief import DEFAULT_COLOURS, BriefContext, QuestionItem
from briefing.errors import SettingsError

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

LEAD_SECTIONS = ("bottom_line", "key_points", "lines")
MARKING_COLOUR = "A4262C"  # the print stylesheet's marking red (render/html.py house_css)
# The Word styles the brief uses (python-docx's, and Word's, built-in names); a reference
# document without one gets python-docx's own.
TITLE = "Title"
HEADING = "Heading 1"
QUOTE = "Quote"
TABLE = "Table Grid"
BULLETS = "List Bullet"
SUB_BULLETS = "List Bullet 2"
NUMBERS = "List Number"
STYLES = (TITLE, HEADING, BULLETS, SUB_BULLETS, NUMBERS, QUOTE, TABLE)
MAX_TEMPLATE_BYTES = 10_000_000  # a reference document is styles and a logo, not a report
# Characters XML 1.0 cannot hold: lxml refuses them, so article text loses them here.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PAPER_MM = {"a4": (210, 297), "letter": (215.9, 279.4)}
_MARGIN_MM = 20


def render_docx(context: BriefContext, template: Path | None = None) -> bytes:
    """The brief as .docx bytes, laid out on ``context.paper``, styled by ``template``.
    The audience's profile has already chosen the context's sections, order and headings."""
    document = _start(template)
    writer = _Writer(document, context)
    writer.write()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def load_template(path: Path) -> bytes:
    """A reference .docx, read once and checked (size first, then that Word can open it),
    so a wrong file is a one-line SettingsError before any article is read."""
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise SettingsError(
                f"docx template {path}: {size} bytes; keep it under {MAX_TEMPLATE_BYTES}"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SettingsError(f"docx template {path}: cannot read ({exc.strerror or exc})") from None
    _open_template(data, path)
    return data


def _open_template(data: bytes, path: Path | str) -> WordDocument:
    import zipfile

    import docx
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    try:
        return docx.Document(io.BytesIO(data))
    except (OpcError, KeyError, ValueError, LxmlError, zipfile.BadZipFile, OSError) as exc:
        why = " ".join(str(exc).split())[:80] or type(exc).__name__
        raise SettingsError(f"docx template {path}: not a Word .docx ({why})") from None


def _start(template: Path | None) -> WordDocument:
    """A document to write into: the reference's emptied body, or python-docx's default."""
    import docx

    if template is None:
        return docx.Document()
    document = _open_template(load_template(template), template)
    body = document.element.body
    for child in list(body):
        if child.tag != _qn("w:sectPr"):
            body.remove(child)
    _ensure_styles(document)
    return document


def _ensure_styles(document: WordDocument) -> None:
    """Copy each style the brief uses that ``document`` lacks from python-docx's template
    (numbering is set on the paragraphs themselves, so a copied list style needs none)."""
    import docx

    names = {style.name for style in document.styles}
    missing = [name for name in STYLES if name not in names]
    if not missing:
        return
    default = docx.Document().styles
    for name in missing:
        element = copy.deepcopy(default[name].element)
        for numbering in element.findall(".//" + _qn("w:numPr")):
            numbering.getparent().remove(numbering)
        document.styles.element.append(element)


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def text(value: object) -> str:
    """Article text made safe for XML: one line, no control characters."""
    return " ".join(_NOT_XML.sub("", str(value)).split())


class _Writer:
    """Writes one brief into one document; holds the list numbering it creates."""

    def __init__(self, document: WordDocument, context: BriefContext) -> None:
        self.document = document
        self.brief = context
        self.house = context.house
        colour = context.house.colours.get("accent", DEFAULT_COLOURS["accent"])
        self.accent = _rgb(colour)
        self._abstract: dict[str, int] = {}

    # ------------------------------------------------------------------ the page
    def write(self) -> None:
        self._page()
        self._properties()
        self._masthead()
        brief = self.brief
        for section in brief.sections:
            if section in LEAD_SECTIONS:
                self._section(section)
        for section in brief.sections:
            if section not in (*LEAD_SECTIONS, "sources"):
                self._section(section)
        if brief.omitted:
            self._note(
                f"{brief.omitted} more item{'s' if brief.omitted != 1 else ''} in the full brief."
            )
        if "sources" in brief.sections:
            self._section("sources")
        if self.house.footer:
            self._note(self.house.footer)

    def _page(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt, RGBColor

        width, height = _PAPER_MM.get(self.brief.paper, _PAPER_MM["a4"])
        for section in self.document.sections:
            section.page_width, section.page_height = Mm(width), Mm(height)
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Mm(_MARGIN_MM))
            if not self.house.marking:
                continue
            for part in (section.header, section.footer):
                part.is_linked_to_previous = False
                blank = [p for p in part.paragraphs if not p.text and not p.runs]
                paragraph = (
                    blank[0] if len(part.paragraphs) == 1 and blank else part.add_paragraph()
                )
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = paragraph.add_run(text(self.house.marking))
                run.bold = True
                run.font.size = Pt(8.5)
                run.font.color.rgb = RGBColor.from_string(MARKING_COLOUR)
        if self.accent:
            for name in (TITLE, HEADING):
                self.document.styles[name].font.color.rgb = RGBColor.from_string(self.accent)

    def _properties(self) -> None:
        """File > Info in Word: the brief's title and author, made now (python-docx's own
        template would otherwise date every brief December 2013)."""
        import datetime as dt

        properties = self.document.core_properties
        properties.title = text(self.brief.title)
        properties.subject = "Policy brief"
        properties.author = text(self.house.author or self.house.organisation or "briefing")
        properties.last_modified_by = properties.author
        properties.comments = "Made by briefing"
        properties.created = properties.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
        properties.revision = 1

    def _masthead(self) -> None:
        from docx.shared import Mm, Pt, RGBColor

        brief, house = self.brief, self.house
        if house.logo:
            picture = _logo_bytes(house.logo)
            if picture:
                self.document.add_paragraph().add_run().add_picture(picture, height=Mm(12))
        audience = brief.audience_label or brief.audience.capitalize()
        kicker = f"{house.organisation} · " if house.organisation else ""
        run = self.document.add_paragraph().add_run(text(f"{kicker}Policy brief · {audience}"))
        run.font.size, run.bold = Pt(9), True
        if self.accent:
            run.font.color.rgb = RGBColor.from_string(self.accent)
        self.document.add_heading(text(brief.title), level=0)
        count = len(brief.sources) + brief.sources_omitted
        meta = f"{brief.date} · {count} source{'s' if count != 1 else ''}"
        if house.author:
            meta += f" · {house.author}"
        self.document.add_paragraph(text(meta))

    # ------------------------------------------------------------------ sections
    def _section(self, section: str) -> None:
        heading = self.brief.headings.get(section) or section.replace("_", " ").capitalize()
        self.document.add_heading(text(heading), level=1)
        getattr(self, f"_{section}")()

    def _bottom_line(self) -> None:
        self._points(self.brief.bottom_line, "bullet", "Nothing in the articles stands out yet.")

    def _key_points(self) -> None:
        self._points(self.brief.key_points, "decimal", "No further points found.")

    def _lines(self) -> None:
        self._points(self.brief.lines, "bullet", "No facts to draw lines from.")

    def _points(self, items: Sequence, kind: str, empty: str) -> None:
        if not items:
            self._note(empty)
            return
        number = self._list(kind)
        for item in items:
            paragraph = self._item(number, kind)
            paragraph.add_run(text(item.text))
            self._cite(paragraph, item.cites)

    def _decisions(self) -> None:
        if not self.brief.decisions:
            self._note("Nothing is waiting for a decision.")
            return
        number = self._list("bullet")
        for item in self.brief.decisions:
            paragraph = self._item(number, "bullet")
            paragraph.add_run(text(item.label)).bold = True
            paragraph.add_run(" " + text(item.text))
            self._cite(paragraph, item.cites)

    def _actors(self) -> None:
        if not self.brief.actors:
            self._note("No actors found.")
            return
        number = self._list("bullet")
        for actor in self.brief.actors:
            paragraph = self._item(number, "bullet")
            paragraph.add_run(text(actor.name)).bold = True
            if actor.role:
                paragraph.add_run(" " + text(actor.role)).italic = True
            self._cite(paragraph, actor.cites)
            if actor.position:
                paragraph.add_run().add_break()
                paragraph.add_run(text(actor.position))

    def _quotes(self) -> None:
        if not self.brief.quotes:
            self._note("No attributed statements found.")
            return
        for quote in self.brief.quotes:
            paragraph = self.document.add_paragraph(style=QUOTE)
            if quote.kind == "direct":
                paragraph.add_run(f"“{text(quote.text)}”")
            else:
                paragraph.add_run(text(quote.verb).capitalize()).italic = True
                paragraph.add_run(" " + text(quote.text))
            credit = f"— {quote.speaker}"
            if quote.speaker_role:
                credit += f", {quote.speaker_role}"
            if quote.kind != "direct":
                credit += " (reported)"
            paragraph.add_run().add_break()
            paragraph.add_run(text(credit))
            self._cite(paragraph, quote.cites)

    def _events(self) -> None:
        if not self.brief.events:
            self._note("No upcoming events found.")
        else:
            table = self.document.add_table(rows=0, cols=2)
            table.style = self.document.styles[TABLE]
            for event in self.brief.events:
                date, what = table.add_row().cells
                date.paragraphs[0].add_run(text(event.date or "Date not given")).bold = True
                paragraph = what.paragraphs[0]
                paragraph.add_run(text(event.title))
                paragraph.add_run(f" ({text(event.status)})").italic = True
                self._cite(paragraph, event.cites)
        self._held_back("events")

    def _questions(self) -> None:
        self._question_list(self.brief.questions, labelled=True)
        self._held_back("questions")

    def _held_back(self, section: str) -> None:
        """How many items of a section were found but held back for weak evidence, as the
        Markdown and HTML briefs say it."""
        count = self.brief.held_back.get(section, 0)
        if count:
            them = "it" if count == 1 else "them"
            self._note(
                f"{count} more found but held back: the evidence for {them} is too weak to show."
            )

    def _expected_questions(self) -> None:
        self._question_list(self.brief.expected_questions, labelled=False)

    def _question_list(self, questions: Sequence[QuestionItem], *, labelled: bool) -> None:
        if not questions:
            self._note("No open questions found.")
            return
        number = self._list("decimal")
        for question in questions:
            paragraph = self._item(number, "decimal")
            if labelled:
                paragraph.add_run(text(question.label) + " ").bold = True
            paragraph.add_run(text(question.text))
            self._cite(paragraph, question.cites)
            sides = self._list("bullet") if question.sides else None
            for side in question.sides:
                line = self._item(sides, "bullet", level=1)
                if side.speaker:
                    line.add_run(text(side.speaker) + ("" if side.verb else ":")).bold = True
                    line.add_run(" " + (text(side.verb) + " " if side.verb else ""))
                line.add_run(text(side.text))
                self._cite(line, (side.cite,))
            if not labelled and not question.sides:
                self._note("No facts in the coverage answer this yet.")

    def _sources(self) -> None:
        """The numbered source list: '[n] Title, Outlet, date, address', each entry a
        bookmark the [n] markers link to, each web address a hyperlink."""
        from docx.shared import Mm

        for source in self.brief.sources:
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.left_indent = Mm(8)
            paragraph.paragraph_format.first_line_indent = Mm(-8)
            _bookmark(paragraph, f"source_{source.number}", source.number)
            paragraph.add_run(f"[{source.number}]\t")
            paragraph.add_run(text(source.title))
            if source.source:
                paragraph.add_run(", ")
                paragraph.add_run(text(source.source)).italic = True
            if source.published:
                paragraph.add_run(", " + text(source.published))
            if source.location:
                paragraph.add_run(" ")
                location = text(source.location)
                if re.match(r"https?://", location, re.I):
                    self._hyperlink(paragraph, location, url=location)
                else:
                    paragraph.add_run(location)
            if source.also_carried_by:
                also = ", ".join(source.also_carried_by)
                paragraph.add_run(text(f"; also carried by {also}"))
        if self.brief.sources_omitted:
            count = self.brief.sources_omitted
            self._note(f"{count} more source{'s' if count != 1 else ''} in the full brief.")

    # ------------------------------------------------------------------ pieces
    def _note(self, message: str) -> None:
        self.document.add_paragraph().add_run(text(message)).italic = True

    def _cite(self, paragraph: Paragraph, numbers: Sequence[int]) -> None:
        """Superscript [n] markers, each a link to source n in the list."""
        listed = {s.number for s in self.brief.sources}
        for number in numbers:
            if number in listed and "sources" in self.brief.sections:
                self._hyperlink(paragraph, f"[{number}]", anchor=f"source_{number}", sup=True)
            else:
                paragraph.add_run(f"[{number}]").font.superscript = True

    def _hyperlink(
        self,
        paragraph: Paragraph,
        label: str,
        *,
        url: str | None = None,
        anchor: str | None = None,
        sup: bool = False,
    ) -> None:
        """A w:hyperlink holding one run: to ``url`` (an external relationship) or to a
        bookmark (``anchor``). python-docx reads hyperlinks but has no call to add one."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.shared import RGBColor

        link = OxmlElement("w:hyperlink")
        if url is not None:
            rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            link.set(_qn("r:id"), rel)
        if anchor is not None:
            link.set(_qn("w:anchor"), anchor)
        paragraph._p.append(link)
        run = paragraph.add_run(label)
        link.append(run._r)  # moved from the paragraph into the link
        run.font.underline = not sup
        run.font.superscript = sup
        run.font.color.rgb = RGBColor.from_string(self.accent or "0563C1")

    def _list(self, kind: str) -> int:
        """A new list (its own w:num, so its numbering starts at 1) of ``kind``."""
        numbering = self.document.part.numbering_part.element
        if kind not in self._abstract:
            self._abstract[kind] = _abstract_numbering(numbering, kind)
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        ids = [int(n.get(_qn("w:numId"))) for n in numbering.findall(_qn("w:num"))]
        number = max(ids, default=0) + 1
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{number}">'
            f'<w:abstractNumId w:val="{self._abstract[kind]}"/></w:num>'
        )
        numbering.append(num)
        return number

    def _item(self, number: int | None, kind: str, level: int = 0) -> Paragraph:
        """A list paragraph in the list style of ``kind``, numbered by list ``number``."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        style = SUB_BULLETS if level else BULLETS if kind == "bullet" else NUMBERS
        paragraph = self.document.add_paragraph(style=style)
        properties = paragraph._p.get_or_add_pPr()
        for old in properties.findall(_qn("w:numPr")):
            properties.remove(old)
        properties.append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="{number}"/></w:numPr>'
            )
        )
        return paragraph


def _abstract_numbering(numbering, kind: str) -> int:  # noqa: ANN001 - CT_Numbering
    """Add a two-level bullet or decimal list definition; returns its abstractNumId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ids = [int(a.get(_qn("w:abstractNumId"))) for a in numbering.findall(_qn("w:abstractNum"))]
    identifier = max(ids, default=0) + 1
    levels = ""
    for level in range(2):
        if kind == "bullet":
            fmt, shape = "bullet", "◦" if level else "•"
        else:
            fmt, shape = ("lowerLetter", "%2)") if level else ("decimal", "%1.")
        indent = 360 * (level + 1)
        levels += (
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{shape}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{identifier}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(_qn("w:num"))  # every abstractNum comes before the nums
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return identifier


def _bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{number}" w:name="{name}"/>')
    end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{number}"/>')
    paragraph._p.append(start)
    paragraph._p.append(end)


def _logo_bytes(uri: str) -> io.BytesIO | None:
    """The house logo (a data: URI made by settings/house.py from a checked image file)."""
    header, _, data = uri.partition(",")
    if not header.startswith("data:image/") or ";base64" not in header:
        return None
    return io.BytesIO(base64.b64decode(data))


def _rgb(colour: str) -> str | None:
    """'#1f4e79' or '#abc' as Word's RRGGBB; a colour name (CSS only) gives None."""
    value = colour.lstrip("#")
    if not colour.startswith("#") or not re.fullmatch(r"[0-9a-fA-F]{3}|[0-9a-fA-F]{6}", value):
        return None
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return value.upper()
