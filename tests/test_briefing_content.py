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


def test_the_outlet_leaning_most_on_unnamed_voices_is_the_one_with_the_largest_share_of_them():
    from helpers.briefing import sourcing_finding

    def outlet(name, articles, citations, unnamed):
        return {"outlet": name, "articles": articles, "citations": citations, "named_sources": 5, "named_per_article": 1.0,
                "expert_sources": 1, "official_sources": 1, "anonymous_citations": unnamed, "group_citations": 0,
                "anonymous_or_group_share": unnamed / citations, "unattributed_claims": 0}

    # A has more unnamed attributions per article (3.0), B the larger share of its attributions (40% against 20%);
    # C's share (2 of 3) rests on too few attributions to compare
    sourcing = pd.DataFrame([outlet("A", 10, 150, 30), outlet("B", 10, 50, 20), outlet("C", 2, 3, 2)])
    text = sourcing_finding(sourcing, None)
    assert "B leans most on unnamed voices (40% of its 50 attributions are anonymous or to a group: 20; 2.0 per article)" in text
    assert "A: 1 expert, 1 official" in text  # one of each, in the singular


def test_a_lead_in_sources_per_article_that_rests_on_one_article_is_said():
    from helpers.briefing import one_article_lead

    by = pd.DataFrame({"named_per_article": [6.6, 5.5, 2.6]}, index=["Live", "Steady", "Few"])
    # Live: 19 articles, one a live blog of 57 embedded posts; the other 18 name 4 each
    articles = pd.DataFrame({"outlet": ["Live"] * 19 + ["Steady"] * 2, "named_sources": [57] + [4] * 18 + [5, 6]})
    text = one_article_lead(by, articles, "Live")
    assert text == "the lead of Live rests on one article, which names 57 sources: without it, Live names 4.0 per article, fewer than Steady (5.5)"
    even = pd.DataFrame({"outlet": ["Live"] * 3, "named_sources": [7, 6, 7]})
    assert one_article_lead(by, even, "Live") == ""  # a lead every article shares
    close = pd.DataFrame({"outlet": ["Live"] * 4, "named_sources": [8, 6, 6, 6]})
    by_close = pd.DataFrame({"named_per_article": [6.5, 6.4]}, index=["Live", "Steady"])
    assert one_article_lead(by_close, close, "Live") == ""  # a close race: any article decides it, none is exceptional


def test_outlets_of_one_article_beside_outlets_of_several_are_left_out_of_the_comparisons_and_named():
    import numpy as np

    from helpers.briefing import single_article_note
    from helpers.stats import bootstrap_by_group, extremes_test

    rng = np.random.default_rng(5)
    rows = [{"outlet": o, "id": f"{o}{k}", "compound": c + rng.normal(0, 0.1)} for o, n, c in
            (("Many A", 10, 0.0), ("Many B", 10, 0.05), ("Lone", 1, -0.9)) for k in range(n) for _ in range(15)]
    boots = bootstrap_by_group(pd.DataFrame(rows), "outlet", "compound")
    found = extremes_test(boots)
    assert {found["low"], found["high"]} == {"Many A", "Many B"} and found["groups"] == 2  # not the lone article's -0.9
    units = pd.DataFrame({"outlet": list(boots), "unit": [b.unit for b in boots.values()]})
    assert single_article_note(units).startswith("1 outlet with a single article (Lone) is described")
    assert "comparisons between outlets" in single_article_note(units)  # an outlet's own voices are still compared
    assert single_article_note(units[units["outlet"] != "Lone"]) is None


def test_interval_captions_say_how_each_outlet_was_resampled():
    from helpers.briefing import resampling

    one_each = pd.DataFrame({"outlet": ["A", "B", "C"]})
    several = pd.DataFrame({"outlet": ["A", "A", "B", "B"]})
    mixed = pd.DataFrame({"outlet": ["A", "A", "B", "C", "D", "D"]})
    assert resampling(one_each) == "resampling sentences (one article per outlet)"
    assert resampling(several) == "resampling whole articles"
    # outlets of one article beside outlets of several: the caption must not say "whole articles" alone
    assert resampling(mixed) == "resampling whole articles (sentences for the 2 outlets with a single article)"
