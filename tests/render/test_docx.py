"""brief.docx: opened with python-docx, it has the HTML brief's headings in Word's heading
styles and order for every audience, Word lists, a numbered source list the [n] markers link
to, the marking in header and footer, the paper asked for, the house colour and logo, and a
reference document's styles; LibreOffice opens and converts it (Word-compatible output)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import lxml.html
import pytest
from docx.oxml.ns import qn
from typer.testing import CliRunner

from briefing.brief import BriefContext, HouseStyle, PointItem, SourceItem
from briefing.build import render_files
from briefing.cli.app import app
from briefing.errors import SettingsError
from briefing.render.docx import render_docx
from briefing.settings import BuildSettings
from tests.helpers import EXAMPLES

MARKING = "OFFICIAL-SENSITIVE"


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def headings(document) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name in ("Title", "Heading 1")
    ]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The examples built as html and docx for each built-in audience, with a house style."""
    folders = {}
    for audience in ("analyst", "minister", "press"):
        out = tmp_path_factory.mktemp(audience)
        args = [
            "build",
            *EXAMPLES,
            "-o",
            str(out),
            "-f",
            "html,docx",
            "--audience",
            audience,
            "--marking",
            MARKING,
            "--organisation",
            "Fisheries Unit",
            "--colour",
            "accent=#00695c",
        ]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        folders[audience] = out
    return folders


@pytest.mark.parametrize("audience", ["analyst", "minister", "press"])
def test_docx_has_the_html_briefs_headings_in_word_heading_styles_and_order(built, audience):
    page = lxml.html.parse(str(built[audience] / "brief.html")).getroot()
    document = open_docx((built[audience] / "brief.docx").read_bytes())
    expected = [("Title", page.findtext(".//h1"))]
    # The Source passages annex is the HTML's way to check a citation in one click; the Word
    # brief cites by its numbered, linked source list instead.
    annex = page.xpath("//section[@id='source-passages']//h2")
    expected += [("Heading 1", h.text_content()) for h in page.iter("h2") if h not in annex]
    assert headings(document) == expected
    # Each item of the HTML's lists is one Word list paragraph, in order.
    items = [
        " ".join(li.text_content().split())
        for li in page.xpath("//section[@class='bottom-line' or @class='lines']/ul/li")
    ]
    listed = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert items and listed[: len(items)] == items


def test_word_lists_are_numbered_lists_that_start_at_one(built):
    document = open_docx((built["minister"] / "brief.docx").read_bytes())
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 3  # the minister's three key points
    ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(ids) == 1  # one list, a w:num of its own: Word numbers it 1, 2, 3
    num = next(
        n
        for n in document.part.numbering_part.element.findall(qn("w:num"))
        if int(n.get(qn("w:numId"))) in ids
    )
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a
        for a in document.part.numbering_part.element.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    assert abstract.find(qn("w:lvl")).find(qn("w:numFmt")).get(qn("w:val")) == "decimal"


def test_marking_in_every_header_and_footer_and_house_style(built):
    document = open_docx((built["analyst"] / "brief.docx").read_bytes())
    for section in document.sections:
        assert [p.text for p in section.header.paragraphs if p.text] == [MARKING]
        assert [p.text for p in section.footer.paragraphs if p.text] == [MARKING]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert str(document.styles["Heading 1"].font.color.rgb) == "00695C"
    assert document.paragraphs[0].text == "Fisheries Unit · Policy brief · Analyst"
    properties = document.core_properties
    assert (properties.title, properties.author) == (headings(document)[0][1], "Fisheries Unit")
    assert properties.created.year >= 2025


def test_citations_link_to_a_numbered_source_list_with_web_addresses_as_hyperlinks(
    extraction, tmp_path
):
    url = "https://harbour.example/levy-talks"
    document_record = replace(extraction.documents[0], url=url)
    extraction = replace(extraction, documents=(document_record,))
    files = render_files(extraction, BuildSettings(formats=("docx",), paper="letter"))
    document = open_docx(files["brief.docx"])
    body = document.element.body
    sources = [p for p in document.paragraphs if p.text.startswith("[1]")]
    assert len(sources) == 1
    assert sources[0].text == f"[1]\tHarbour levy talks resume, Coast Wire, 2025-05-02 {url}"
    bookmarks = [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]
    assert bookmarks == ["source_1"]
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))]
    assert anchors and set(anchors) == {"source_1"}  # every [1] marker links to the entry
    external = [r.target_ref for r in document.part.rels.values() if r.is_external]
    assert external == [url]
    section = document.sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (
        8.5,
        11.0,
    )


def test_the_house_logo_is_in_the_masthead(tmp_path):
    from PIL import Image

    from briefing.settings.house import logo_data_uri

    Image.new("RGB", (120, 40), "#00695c").save(tmp_path / "logo.png")
    house = HouseStyle(organisation="Fisheries Unit", logo=logo_data_uri(tmp_path / "logo.png"))
    context = BriefContext(title="Levy talks", date="2 May 2025", audience="analyst", house=house)
    document = open_docx(render_docx(context))
    (shape,) = document.inline_shapes
    assert round(shape.height.mm) == 12 and round(shape.width.mm) == 36  # its proportions kept
    assert document.paragraphs[1].text == "Fisheries Unit · Policy brief · Analyst"


def test_article_text_stays_text_and_only_web_addresses_become_links():
    context = BriefContext(
        title="Levy <w:p> & talks\x0b resume",
        date="2 May 2025",
        audience="analyst",
        bottom_line=(PointItem('Ports said \x01 <b>no</b> & "never".', (1,)),),
        sources=(SourceItem(1, "A title", location="javascript:alert(1)"),),
        house=HouseStyle(marking="OFFICIAL"),
    )
    document = open_docx(render_docx(context))
    assert document.paragraphs[1].text == "Levy <w:p> & talks resume"
    assert any(p.text == 'Ports said <b>no</b> & "never".[1]' for p in document.paragraphs)
    assert not [r for r in document.part.rels.values() if r.is_external]


def _reference_docx(path: Path, drop_list_styles: bool = False) -> Path:
    reference = docx.Document()
    reference.styles["Heading 1"].font.name = "Georgia"
    reference.sections[0].header.paragraphs[0].text = "Team template header"
    reference.add_paragraph("Placeholder text of the reference document")
    if drop_list_styles:
        for name in ("List Bullet", "List Number", "List Bullet 2", "Quote"):
            element = reference.styles[name].element
            element.getparent().remove(element)
    reference.save(path)
    return path


@pytest.mark.parametrize("drop_list_styles", [False, True], ids=["full", "without-list-styles"])
def test_a_reference_docx_gives_its_styles_and_header_not_its_text(tmp_path, drop_list_styles):
    reference = _reference_docx(tmp_path / "ref.docx", drop_list_styles)
    args = [
        "build",
        *EXAMPLES,
        "-o",
        str(tmp_path / "out"),
        "-f",
        "docx",
        "--docx-template",
        str(reference),
        "--marking",
        "OFFICIAL",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    document = open_docx((tmp_path / "out" / "brief.docx").read_bytes())
    assert document.styles["Heading 1"].font.name == "Georgia"
    assert not [p for p in document.paragraphs if "Placeholder" in p.text]
    header = [p.text for p in document.sections[0].header.paragraphs if p.text]
    assert header == ["Team template header", "OFFICIAL"]
    assert [
        p
        for p in document.paragraphs
        if p.style.name == "List Bullet" and p._p.pPr.numPr is not None
    ]


def test_docx_template_from_briefing_toml_and_from_a_profile(tmp_path, monkeypatch):
    team = tmp_path / "team"
    team.mkdir()
    _reference_docx(team / "house.docx")
    (team / "briefing.toml").write_text('docx_template = "house.docx"\n')
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "build",
            EXAMPLES[0],
            "-o",
            str(out),
            "-f",
            "docx",
            "--config",
            str(team / "briefing.toml"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert open_docx((out / "brief.docx").read_bytes()).styles["Heading 1"].font.name == "Georgia"
    profile = team / "profile.toml"
    profile.write_text('name = "team"\ndocx_template = "house.docx"\n')
    result = CliRunner().invoke(
        app,
        ["build", EXAMPLES[0], "-o", str(tmp_path / "p"), "-f", "docx", "--audience", str(profile)],
    )
    assert result.exit_code == 0, result.output
    assert (
        open_docx((tmp_path / "p" / "brief.docx").read_bytes()).styles["Heading 1"].font.name
        == "Georgia"
    )
    profile.write_text('name = "team"\ndocx_template = "../elsewhere.docx"\n')
    with pytest.raises(
        SettingsError,
        match="docx_template '../elsewhere.docx' must be a file in the profile's own folder",
    ):
        from briefing.settings.audience import load_audience

        load_audience(str(profile))


def test_a_docx_template_that_is_no_word_file_is_one_line_before_reading(tmp_path):
    bad = tmp_path / "ref.docx"
    bad.write_text("not a zip")
    result = CliRunner().invoke(
        app, ["build", "missing.txt", "-f", "docx", "--docx-template", str(bad)]
    )
    assert result.exit_code == 2
    assert (
        result.output == f"[error] docx template {bad}: not a Word .docx (File is not a zip file)\n"
    )


def test_render_writes_docx_from_a_brief_json(examples_build, tmp_path):
    out, _ = examples_build
    result = CliRunner().invoke(
        app, ["render", str(out / "brief.json"), "-o", str(tmp_path), "-f", "docx"]
    )
    assert result.exit_code == 0, result.output
    document = open_docx((tmp_path / "brief.docx").read_bytes())
    assert [h for _, h in headings(document)][1:] == [
        "Bottom line",
        "Key actors",
        "Key quotes",
        "What's next",
        "Open questions",
        "Sources",
    ]


@pytest.mark.skipif(
    not shutil.which("soffice") and not os.environ.get("BRIEFING_REQUIRE_SOFFICE"),
    reason="LibreOffice (soffice) not installed; CI installs it and sets BRIEFING_REQUIRE_SOFFICE",
)
def test_libreoffice_opens_the_docx_and_converts_it_to_an_a4_pdf(built, tmp_path):
    from pypdf import PdfReader

    assert shutil.which("soffice"), "BRIEFING_REQUIRE_SOFFICE is set but soffice is missing"
    source = tmp_path / "brief.docx"
    source.write_bytes((built["analyst"] / "brief.docx").read_bytes())
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no lock shared with a desktop
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(tmp_path / "brief.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    text = "".join(page.extract_text() for page in reader.pages)
    for heading in [
        "Bottom line",
        "Key actors",
        "Key quotes",
        "What's next",
        "Open questions",
        "Sources",
    ]:
        assert heading in text
    assert text.count(MARKING) == 2 * len(reader.pages)  # header and footer of every page
