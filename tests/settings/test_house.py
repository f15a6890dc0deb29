"""House style: briefing.toml or --config, command-line overrides, where each setting came
from, an embedded logo, and the handling marking in the header and footer of every format."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.errors import SettingsError
from briefing.render.email import render_email_parts
from briefing.render.html import css_string, render_html
from briefing.render.markdown import render_markdown
from briefing.select import BriefOptions, select_for_brief
from briefing.settings.audience import load_audience
from briefing.settings.house import load_config, parse_colour_options

# The smallest valid PNG: one transparent pixel.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
CONFIG = """
organisation = "Harbour Board"
logo = "logo.png"
marking = "OFFICIAL"
author = "Policy Unit"
footer = "Prepared for the weekly meeting"

[colours]
accent = "#004b87"
"""


@pytest.fixture
def config_file(tmp_path) -> Path:
    (tmp_path / "logo.png").write_bytes(PNG)
    path = tmp_path / "briefing.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_config_file_then_options_override_and_origins(config_file):
    config = load_config(config_file, {"marking": "OFFICIAL-SENSITIVE", "colours": {"ink": "#111"}})
    house = config.house
    assert house.organisation == "Harbour Board"
    assert house.marking == "OFFICIAL-SENSITIVE"
    assert house.logo == "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert dict(house.colours) == {"accent": "#004b87", "ink": "#111"}
    assert config.origins["marking"] == "--marking"
    assert config.origins["organisation"] == str(config_file)
    assert config.origins["colours.ink"] == "--colour"


def test_briefing_toml_in_the_working_directory_is_found(config_file, monkeypatch):
    monkeypatch.chdir(config_file.parent)
    assert load_config(None).house.author == "Policy Unit"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('organisaton = "X"', "unknown key 'organisaton'"),
        ('[colours]\naccent = "red; background: url(x)"', "colour accent = "),
        ('[colours]\nbrand = "#fff"', "unknown colour 'brand'"),
        ('logo = "missing.png"', "cannot read"),
        ('logo = "briefing.toml"', "not a PNG, JPEG or GIF image"),
        ('[smtp]\nport = "x"', "smtp.port must be a port number"),
    ],
)
def test_bad_config_is_one_line(tmp_path, text, message):
    path = tmp_path / "briefing.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_config(path)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_colour_option_needs_name_and_value():
    assert parse_colour_options(["accent=#123456"]) == {"accent": "#123456"}
    with pytest.raises(SettingsError, match="NAME=COLOUR"):
        parse_colour_options(["#123456"])


def test_css_string_cannot_escape_its_rule():
    assert css_string('OFFICIAL"; } body { color: red') == (
        '"OFFICIAL\\22 ; \\7d  body \\7b  color: red"'
    )
    assert "</style>" not in css_string("</style><script>")


def test_marking_logo_author_footer_in_every_format(extraction, config_file):
    house = load_config(config_file).house
    analyst = load_audience("analyst")
    context = select_for_brief(extraction, analyst, BriefOptions(house=house))
    markdown = render_markdown(context, audience=analyst)
    assert markdown.startswith("**OFFICIAL**\n") and markdown.rstrip().endswith("**OFFICIAL**")
    assert "Harbour Board" in markdown and "Policy Unit" in markdown
    page = render_html(context, audience=analyst)
    assert page.count('class="marking') == 2
    assert f'src="{house.logo}"' in page and "--accent: #004b87;" in page
    text, email_html = render_email_parts(context, audience=analyst)
    assert text.startswith("OFFICIAL\n") and text.rstrip().endswith("OFFICIAL")
    assert email_html.count(">OFFICIAL<") == 2 and 'src="cid:logo"' in email_html
    from pypdf import PdfReader

    from briefing.build import fit_pdf

    data, _ = fit_pdf(context, analyst)
    (pdf_page,) = PdfReader(io.BytesIO(data)).pages
    pdf_text = pdf_page.extract_text()
    assert pdf_text.count("OFFICIAL") == 2  # the page's header and footer
    assert "Prepared for the weekly meeting" in pdf_text


def test_verbose_says_where_each_setting_came_from(config_file, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Harbour talks\n\nThe council met on Monday in Porto.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["build", str(article), "-o", str(tmp_path / "out"), "-f", "md", "--verbose"]
        + ["--config", str(config_file), "--author", "Desk B"],
    )
    assert result.exit_code == 0, result.output
    assert f"briefing: setting organisation = 'Harbour Board' from {config_file}" in result.output
    assert "briefing: setting author = 'Desk B' from --author" in result.output
    assert "Desk B" in (tmp_path / "out" / "brief.md").read_text(encoding="utf-8")


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` pixels in a few dozen bytes (its pixel data
    is a stub: only the header is read before the logo is refused)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def test_a_logo_declaring_too_many_pixels_is_refused_before_it_is_drawn(tmp_path):
    from briefing.settings.house import logo_data_uri

    (tmp_path / "small.png").write_bytes(_png_header(400, 120))
    assert logo_data_uri(tmp_path / "small.png").startswith("data:image/png;base64,")
    (tmp_path / "huge.png").write_bytes(_png_header(13000, 13000))
    with pytest.raises(SettingsError) as info:
        logo_data_uri(tmp_path / "huge.png")
    assert "13000 x 13000 pixels; keep it under 16,000,000 pixels" in str(info.value)


def test_a_huge_logo_file_is_refused_by_its_size_without_reading_it(tmp_path):
    from briefing.settings.house import logo_data_uri

    sparse = tmp_path / "huge.png"
    with sparse.open("wb") as file:
        file.truncate(3_000_000_000)  # a sparse file: three gigabytes that take no disk
    with pytest.raises(SettingsError, match="3000000000 bytes; keep it under 200000"):
        logo_data_uri(sparse)


def test_a_logo_that_is_no_regular_file_is_refused_without_waiting(tmp_path):
    import os

    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)  # reading it would wait for a writer for ever
    for path in ("/dev/zero", str(fifo), str(tmp_path)):
        result = CliRunner().invoke(
            app,
            [
                "build",
                "examples/01-fisheries-talks-stall.md",
                "--logo",
                path,
                "-o",
                str(tmp_path / "out"),
            ],
        )
        assert result.exit_code != 0
        assert result.output == f"[error] logo {path}: cannot read (not a regular file)\n"
    assert not (tmp_path / "out").exists()
