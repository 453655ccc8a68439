"""A briefing that stays a briefing: a generated corpus of 300 articles from 30 outlets (the most
the briefing is designed for; the issue's 25 is inside it), with wire copy and re-run stories,
built to lead with the outlets' own journalism."""

from __future__ import annotations

import re
import subprocess

import nbformat
import pytest

from helpers.bench import write_comparison_corpus
from helpers.charts import wrap
from helpers.render import build_briefing

from .conftest import chromium_or_skip

ARTICLES, OUTLETS = 300, 30
MAX_PAGES = 30
PRINTED_PAGE_PX = 990  # an A4 page less the briefing's margins, in CSS pixels: a taller chart is cut in two


@pytest.fixture(scope="module")
def large_build(tmp_path_factory):
    chromium_or_skip()
    tmp = tmp_path_factory.mktemp("scale")
    corpus = write_comparison_corpus(tmp / "corpus", ARTICLES, OUTLETS, words=700, wire=0.08, reprints=0.1)
    products = build_briefing(corpus, tmp / "out", pdf=True, lead="own")
    briefing = nbformat.read(products["executed"] / "05_briefing.ipynb", as_version=4)
    outputs = [o for c in briefing.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    return products, outputs


@pytest.mark.slow
def test_pdf_stays_short(large_build):
    products, _ = large_build
    info = subprocess.run(["pdfinfo", str(products["pdf"])], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert pages < MAX_PAGES, f"{pages} pages"
    text = subprocess.run(["pdftotext", "-layout", str(products["pdf"]), "-"], capture_output=True, text=True).stdout
    assert re.search(r"HTML version of this\s+briefing", text), "the PDF says where the full tables are"
    # no page is a stray caption or a line pushed off the page before it (a chart that fills a page leaves its
    # caption alone on the next): every page but the last carries a chart's outlet labels or a section's prose
    import pandas as pd

    outlets = set(pd.read_csv(products["tables"] / "articles.csv")["outlet"])
    for number, page in enumerate(text.split("\f")[:pages - 1], start=1):
        labels = sum(outlet in re.sub(r"\s+", " ", page) for outlet in outlets)
        assert len(page.split()) >= 80 or labels >= 3, f"page {number} holds {len(page.split())} words: {page[:200]}"


@pytest.mark.slow
def test_every_chart_has_a_categorical_axis_of_outlet_names(large_build):
    products, outputs = large_build
    import pandas as pd

    outlets = set(pd.read_csv(products["tables"] / "articles.csv")["outlet"])
    assert len(outlets) == OUTLETS
    figures = [o["data"]["application/vnd.plotly.v1+json"] for o in outputs
               if "application/vnd.plotly.v1+json" in o.get("data", {})]
    assert len(figures) >= 6
    for figure in figures:
        axis = figure["layout"]["yaxis"]
        title = figure["layout"].get("title", {}).get("text", "")
        assert figure["layout"].get("height", 450) <= PRINTED_PAGE_PX, f"taller than a printed page: {title}"
        assert axis.get("type") == "category", title
        assert set(axis["categoryarray"]) == {wrap(o) for o in outlets}, title
        for trace in figure["data"]:
            assert all(isinstance(v, str) for v in trace.get("y", [])), f"numbers on the outlet axis: {title}"


CAPTION_LINE_PX, CAPTION_LINE_CHARACTERS, SPACING_PX = 20, 95, 30  # the print stylesheet's caption, roughly


def caption_after_chart_overflows(outputs) -> list[str]:
    """Titles of the charts whose caption, printed after them, would not fit on their page (a chart
    that fills a page pushes its caption alone onto the next)."""
    found = []
    for output, after in zip(outputs, outputs[1:], strict=False):
        figure = output.get("data", {}).get("application/vnd.plotly.v1+json")
        text = "".join(after.get("data", {}).get("text/html", ""))
        if figure and text.startswith('<p class="caption">'):
            lines = -(-len(re.sub(r"<[^>]+>", "", text)) // CAPTION_LINE_CHARACTERS)
            if figure["layout"].get("height", 450) + lines * CAPTION_LINE_PX + SPACING_PX > PRINTED_PAGE_PX:
                found.append(figure["layout"].get("title", {}).get("text", ""))
    return found


@pytest.mark.slow
def test_a_caption_stays_on_its_charts_page(large_build):
    _, outputs = large_build
    assert caption_after_chart_overflows(outputs) == []


@pytest.mark.slow
def test_printed_tables_have_a_row_per_outlet_not_per_article(large_build):
    _, outputs = large_build
    printed = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})
               and "<table" in o["data"]["text/html"] and "data-table" not in o["data"]["text/html"]
               and "plotly" not in o["data"]["text/html"]]
    assert len(printed) >= 4
    for table in printed:
        rows = len(re.findall(r"<tr", table.split("<tbody>", 1)[-1]))
        assert rows <= OUTLETS, f"{rows} rows in a printed table"
    appendix = [o["data"]["text/html"] for o in outputs if "data-table" in o.get("data", {}).get("text/html", "")]
    assert any(f"{ARTICLES:,}" in a or a.count('"a0') >= ARTICLES for a in appendix), "every article is in the HTML appendix"


@pytest.mark.slow
def test_the_briefing_leads_with_own_journalism_and_sets_every_article_beside_it(large_build):
    products, _ = large_build
    import pandas as pd

    articles = pd.read_csv(products["tables"] / "articles.csv", keep_default_na=False)
    own = int((articles["own_journalism"].astype(str) == "True").sum())
    assert 0 < own < ARTICLES
    text = subprocess.run(["pdftotext", str(products["pdf"]), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert f"Findings on the outlets' own journalism: {own} of the {ARTICLES} articles" in flat
    assert "The outlets' own journalism against every article." in flat
    assert "The key findings on every article:" in flat
    wire = int((articles["wire"] != "").sum())
    assert f"{wire} of the {ARTICLES} articles ({wire / ARTICLES:.0%}) are wire copy" in flat
    card = pd.read_csv(products["tables"] / "own" / "outlet_scorecard.csv")
    assert card["articles"].sum() == own
