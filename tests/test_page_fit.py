"""The one-page PDF fits whatever the number of articles or the length of a title: the list
of sources and an overlong title are shortened like the items, and the page says how many
sources the full brief lists. (About fifty articles' sources, or one title of 160 KB, used
to end the build with "does not fit one page" and nothing written.)"""

from __future__ import annotations

from pathlib import Path

from briefing.build import build_brief
from briefing.settings import BuildSettings

TOWNS = ["Bergen", "Tromso", "Alesund", "Bodo", "Narvik", "Molde", "Harstad", "Vardo"]
WORDS = ["levy", "ferry", "quota", "pier", "tariff", "pilot", "crane", "berth", "tide", "storm"]


def _article(folder: Path, number: int) -> str:
    """A short article of its own: title, outlet, date, speaker and figures all differ."""
    town = TOWNS[number % len(TOWNS)]
    first, second = WORDS[number % 10], WORDS[(number * 3 + 1) % 10]
    speaker = f"Harbour Master Ines Valdor{number}"
    title = f"{town} {first} row number {number} deepens over the {second}"
    body = (
        f"{title}\n\n{speaker} said the {first} plan number {number} would change how the "
        f'{second} is paid. "We cannot wait for storm {number}," she said. The {town} '
        f"council will vote on the {second} on March {1 + number % 27}.\n"
    )
    path = folder / f"a{number:03d}.md"
    front = f"title: {title}\npublished: 2025-02-{1 + number % 27:02d}\nsource: Outlet {number}"
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    return str(path)


def _pdf_pages(path: Path) -> list[str]:
    """The text of each page, white space collapsed (as test_acceptance reads PDFs)."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_sixty_articles_give_one_page_that_says_how_many_sources_the_full_brief_lists(tmp_path):
    articles = [_article(tmp_path, n) for n in range(60)]
    out = tmp_path / "out"
    build_brief(articles, BuildSettings(out_dir=out, formats=("md", "pdf")))
    (page,) = _pdf_pages(out / "brief.pdf")
    assert "60 sources" in page
    listed = sum(f"row number {n} deepens" in page.split("SOURCES")[-1] for n in range(60))
    assert 0 < listed < 60
    assert f"and {60 - listed} more sources listed in the full brief" in page
    markdown = (out / "brief.md").read_text(encoding="utf-8")
    assert all(f"row number {n} deepens" in markdown for n in range(60))


def test_a_title_longer_than_a_page_is_cut_short_in_the_pdf_only(tmp_path):
    title = " ".join(f"Talks{n}" for n in range(3000))  # about 23,000 characters
    article = tmp_path / "long.md"
    article.write_text(
        f"---\ntitle: {title}\npublished: 2025-10-14\n---\n{title}\n\n"
        "Norway rejected the proposal on Monday, officials said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build_brief([str(article)], BuildSettings(out_dir=out, formats=("md", "html", "pdf")))
    (page,) = _pdf_pages(out / "brief.pdf")
    assert "Talks0 Talks1 Talks2" in page and "…" in page
    assert "Talks2999" not in page
    assert "Norway rejected the proposal" in page
    assert title in (out / "brief.md").read_text(encoding="utf-8")


def _notice(folder: Path, number: int) -> str:
    """An article with a title and one plain sentence: next to nothing for the columns, one
    more line in the list of sources."""
    town = TOWNS[number % len(TOWNS)]
    title = f"{town} {WORDS[number % 10]} notice number {number} is posted at the harbour office"
    front = f"title: {title}\npublished: 2025-02-{1 + number % 27:02d}\nsource: Outlet {number}"
    path = folder / f"n{number:03d}.md"
    path.write_text(f"---\n{front}\n---\n{title}\n\nThe notice was posted.\n", encoding="utf-8")
    return str(path)


def test_dropping_only_sources_is_tried_without_laying_the_columns_out_again(tmp_path, monkeypatch):
    """Thirty sources overflow a page whose columns hold little, and dropping sources makes
    it fit: those candidates are tried with the columns as one block of their measured
    height, so the columns are balanced twice (the full brief, the brief printed) rather
    than once per candidate, and the brief printed is the one a search with real layouts
    only finds."""
    from briefing.render import pdf
    from briefing.select import budget

    articles = [_notice(tmp_path, n) for n in range(30)]
    real_layouts: list[int] = []
    lay_out = pdf.lay_out

    def counted(html: str, fonts: object = None) -> pdf.PrintLayout:
        layout = lay_out(html, fonts)
        if "column-count: auto !important" not in html:  # not the stand-in
            real_layouts.append(layout.pages)
        return layout

    monkeypatch.setattr(pdf, "lay_out", counted)
    build_brief(articles, BuildSettings(out_dir=tmp_path / "cheap", formats=("pdf",)))
    assert real_layouts == [2, 1]
    monkeypatch.setattr(budget, "below_columns", lambda order: 0)
    build_brief(articles, BuildSettings(out_dir=tmp_path / "real", formats=("pdf",)))
    assert len(real_layouts) > 4  # the same search, each candidate laid out for real
    (page,) = _pdf_pages(tmp_path / "cheap" / "brief.pdf")
    assert "30 sources" in page and "more sources listed in the full brief" in page
    assert [page] == _pdf_pages(tmp_path / "real" / "brief.pdf")
