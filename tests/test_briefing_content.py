"""The briefing's content follows the data: a fixture corpus changes the findings, hostile text
stays text in a real browser, and the same corpus builds the same tables."""

from __future__ import annotations

import filecmp

import pandas as pd
import pytest

from helpers.paths import RAW_DIR
from helpers.render import build_briefing

from .conftest import FIXTURES, chromium_or_skip

SECTIONS = ["Key findings", "Outlet scorecard", "Tone", "Readability", "Sourcing", "Outlet profiles", "Methods",
            "Limitations", "Appendix", "Every citation", "The cleaning record"]


def _browser_text(html_path, collect_dialogs=True):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_or_skip(), args=["--no-sandbox"])
        page = browser.new_context(offline=True).new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(html_path.as_uri(), wait_until="load")
        page.wait_for_timeout(800)
        page.mouse.move(300, 300)
        result = {
            "text": page.inner_text("body"),
            "title": page.title(),
            "injected": page.evaluate("() => document.querySelectorAll('img[onerror], [onmouseover], b[onmouseover]').length"),
            "scripts": page.evaluate("() => Array.from(document.scripts).filter(s => s.textContent.trim().startsWith('document.title')).length"),
            "dialogs": dialogs,
        }
        browser.close()
    return result


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory):
    chromium_or_skip()
    return build_briefing(FIXTURES / "mini_corpus", tmp_path_factory.mktemp("mini"), pdf=False)


@pytest.mark.slow
def test_findings_and_profiles_follow_the_fixture(fixture_build):
    card = pd.read_csv(fixture_build["tables"] / "outlet_scorecard.csv").set_index("outlet")
    assert list(card.index) == ["Bright Bulletin", "Gloom Gazette"]
    assert card.loc["Gloom Gazette", "tone"] < 0 < card.loc["Bright Bulletin", "tone"]
    assert card.loc["Gloom Gazette", "experts"] == 1 and card.loc["Bright Bulletin", "officials"] == 1
    page = _browser_text(fixture_build["html"])
    text = page["text"]
    assert "Gloom Gazette is the most negative outlet" in text
    assert "and Bright Bulletin the least" in text
    assert "larger than the uncertainty" in text  # the fixture's gap is far outside the intervals
    assert "Gloom Gazette (news, GB;" in text and "A fixture story written for the tests" in text
    for section in SECTIONS:
        assert section in text, section


@pytest.mark.slow
def test_hostile_corpus_text_is_shown_literally_and_never_runs(tmp_path):
    chromium_or_skip()
    products = build_briefing(FIXTURES / "hostile_corpus", tmp_path, pdf=True)
    page = _browser_text(products["html"])
    assert "pwned" not in page["title"]
    assert page["dialogs"] == [] and page["injected"] == 0 and page["scripts"] == 0
    assert "<script>document.title='pwned-outlet'</script>Outlet A" in page["text"]
    # tags in the body are cut by the cleaner and listed, as text, in the cleaning record
    assert "<script>" in page["text"] and "onerror=" in page["text"]


@pytest.mark.slow
def test_same_corpus_gives_identical_tables(tmp_path):
    chromium_or_skip()
    first = build_briefing(RAW_DIR, tmp_path / "one", pdf=False)["tables"]
    second = build_briefing(RAW_DIR, tmp_path / "two", pdf=False)["tables"]
    names = sorted(str(p.relative_to(first)) for p in first.rglob("*") if p.is_file())
    assert {"articles.csv", "sentences.csv", "citations.csv", "outlet_scorecard.csv", "own/outlet_scorecard.csv"} <= set(names)
    match, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert mismatch == [] and errors == []


@pytest.mark.slow
def test_braces_and_markup_in_outlet_names_never_break_a_notebook(tmp_path):
    """Generated findings quote outlet names; they are shown as text, never used as a template
    (a "{24}" in a name once crashed notebooks 02-04), also in the Shared text section."""
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "hostile_corpus", corpus)
    manifest = (corpus / "manifest.csv").read_text(encoding="utf-8").replace("Plain Outlet", "Outlet {24} {name} <b>B</b>")
    (corpus / "manifest.csv").write_text(manifest, encoding="utf-8")
    body = (corpus / "b.txt").read_text(encoding="utf-8")
    (corpus / "b.txt").write_text(body.replace("\n\n", "\n\nWASHINGTON (AP) — ", 1), encoding="utf-8")
    products = build_briefing(corpus, tmp_path / "out", pdf=False, lead="own")
    page = _browser_text(products["html"])
    assert page["dialogs"] == [] and page["injected"] == 0 and page["scripts"] == 0
    assert "Outlet {24} {name} <b>B</b>" in page["text"]


def test_a_finding_flags_an_extreme_outlet_with_few_articles_beside_larger_ones():
    from helpers.briefing import readability_finding, tone_finding

    tone = pd.DataFrame({"outlet": ["Wire", "Daily", "Herald"], "articles": [2, 40, 35], "unit": "article",
                         "mean_compound": [-0.3, 0.0, 0.1], "ci_low": [-0.6, -0.1, 0.0], "ci_high": [0.0, 0.1, 0.2]})
    extremes = pd.DataFrame([{"measure": "tone", "low": "Wire", "high": "Herald", "effect_size": 0.9, "pairs": 3,
                              "groups": 3, "p_holm": 0.2},
                             {"measure": "grade", "low": "Daily", "high": "Herald", "effect_size": 0.5, "pairs": 3,
                              "groups": 3, "p_holm": 0.3}])
    text = tone_finding(tone, extremes)
    assert text.startswith("Wire (2 articles) is the most negative outlet") and "Herald (" not in text.split("the least")[0]
    grade = pd.DataFrame({"outlet": ["Wire", "Daily", "Herald"], "articles": [2, 40, 35],
                          "flesch_kincaid_grade": [9.0, 10.0, 12.0], "mean_sentence_words": [18, 20, 24]})
    assert "(2 articles)" not in readability_finding(grade, extremes)  # named only when it is one of the two
    # one article per outlet everywhere: nothing to flag, the unit note says it
    tone["articles"] = 1
    assert "article)" not in tone_finding(tone, extremes)
