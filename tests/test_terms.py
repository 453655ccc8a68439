"""What each outlet emphasises: Monroe et al.'s weighted log-odds, thresholds, attention."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import terms


def test_log_odds_reproduces_a_hand_computation():
    # Two groups, four words. Group i: war 8, talks 2, deal 5, peace 0 (n_i = 15);
    # group j: war 2, talks 6, deal 5, peace 3 (n_j = 16). Prior: the corpus, α = (10, 8, 10, 3), α0 = 31.
    i = pd.Series({"war": 8, "talks": 2, "deal": 5, "peace": 0})
    j = pd.Series({"war": 2, "talks": 6, "deal": 5, "peace": 3})
    got = terms.log_odds(i, j)

    def by_hand(yi, yj, a, ni=15, nj=16, a0=31):
        delta = math.log((yi + a) / (ni + a0 - yi - a)) - math.log((yj + a) / (nj + a0 - yj - a))
        return delta, delta / math.sqrt(1 / (yi + a) + 1 / (yj + a))

    # written out for "war": δ = ln(18 / (15 + 31 − 18)) − ln(12 / (16 + 31 − 12)) = ln(18/28) − ln(12/35)
    #                            = −0.44183 + 1.07044 = 0.62861;  σ = √(1/18 + 1/12) = 0.37268;  z = 1.68673
    assert round(got.loc["war", "log_odds"], 3) == 0.629
    assert round(got.loc["war", "z"], 3) == 1.687
    for word, (yi, yj, a) in {"talks": (2, 6, 8), "deal": (5, 5, 10), "peace": (0, 3, 3)}.items():
        delta, z = by_hand(yi, yj, a)
        assert round(got.loc[word, "log_odds"], 3) == round(delta, 3)
        assert round(got.loc[word, "z"], 3) == round(z, 3)
    assert got.loc["war", "z"] > 0 > got.loc["talks", "z"] and got.loc["peace", "z"] < 0
    # a weaker prior (as the corpus step uses: one outlet's worth) moves estimates toward the raw log-odds
    weak = terms.log_odds(i, j, prior=(i + j) / 2)
    assert weak.loc["war", "log_odds"] > got.loc["war", "log_odds"] > 0


def test_phrases_do_not_cross_clauses_nor_start_or_end_with_function_words():
    counts = terms.term_counts("The arms deal was signed. Deal makers met. The regime, the arms deal.")
    assert counts[2]["arms deal"] == 2 and "deal was" not in counts[2] and "signed deal" not in counts[2]
    assert "signed deal makers" not in counts[3] and counts[1]["the"] == 3
    # a break in the middle of three words ends the phrase too, in the lower-cased and the word-by-word path
    for text in ("Kim met Putin; talks resumed (quietly) today.", "İKim met Putin; talks resumed (quietly) today."):
        counts = terms.term_counts(text)
        assert "met putin" in counts[2] and "talks resumed" in counts[2] and "quietly today" not in counts[2]
        assert not [t for t in counts[3] if "putin talks" in t or "quietly today" in t]
        assert "\n" not in counts[1] and all("\n" not in t for n in (2, 3) for t in counts[n])


@pytest.fixture(scope="module")
def framing_tables(tmp_path_factory):
    """Six outlets of ten articles each from one generator; The first outlet writes "regime" in
    every article; one article of another outlet repeats "juggernaut" twenty times."""
    from helpers.bench import write_comparison_corpus
    from helpers.pipeline import analyse_corpus
    from helpers.schema import read_tables

    folder = write_comparison_corpus(tmp_path_factory.mktemp("framing") / "corpus", 60, 6, words=400)
    manifest = pd.read_csv(folder / "manifest.csv")
    first, second = manifest["outlet"].iloc[0], manifest["outlet"].iloc[1]
    for row in manifest.itertuples():
        path = folder / row.file
        text = path.read_text(encoding="utf-8")
        if row.outlet == first:
            text = text.replace("\n\nShare this article", "\n\nCritics said the regime had tightened its grip on the "
                                "provinces again this week.\n\nShare this article")
        if row.file == manifest.loc[manifest["outlet"] == second, "file"].iloc[0]:
            text = text.replace("\n\nShare this article", "\n\n" + " ".join(["The juggernaut rolled on."] * 20)
                                + "\n\nShare this article")
        path.write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("framing_tables")
    analyse_corpus(folder, out, workers=1, progress=False)
    return read_tables(out), first, second


def test_a_term_one_outlet_uses_systematically_comes_first(framing_tables):
    tables, first, _ = framing_tables
    mine = tables["distinctive_terms"]
    mine = mine[mine["outlet"] == first]
    assert mine.iloc[0]["term"] in {"regime", "tightened", "grip", "provinces", "regime had tightened"}
    regime = mine[mine["term"] == "regime"].iloc[0]
    assert regime["z"] >= terms.Z_MIN and regime["articles"] == 10 and regime["outlet_articles"] == 10
    assert "regime" in regime["examples"].lower()


def test_a_term_used_in_one_long_article_does_not_pass(framing_tables):
    tables, _, second = framing_tables
    passed = tables["distinctive_terms"]
    assert not passed["term"].str.contains("juggernaut").any()
    assert (passed["articles"] >= terms.MIN_ARTICLES).all()


def test_findings_name_the_term_only_where_the_scores_support_it(framing_tables):
    tables, first, _ = framing_tables
    findings = terms.framing_findings(tables["distinctive_terms"], tables["avoided_terms"])
    assert any(f.startswith(f"{first} writes ‘") for f in findings)
    assert terms.framing_findings(tables["distinctive_terms"].head(0), tables["avoided_terms"]) == []


def test_attention_shares_have_intervals_over_articles(framing_tables):
    attention = framing_tables[0]["attention"]
    assert attention["sentence_share"].between(0, 1).all() and attention["article_share"].between(0, 1).all()
    inside = attention.dropna(subset=["ci_low"])
    assert ((inside["ci_low"] <= inside["sentence_share"]) & (inside["sentence_share"] <= inside["ci_high"])).all()
    assert set(attention["unit"]) == {"article"}


def test_a_lone_letter_is_never_a_distinctive_term():
    from helpers.terms import distinctive_terms

    rows = []
    for outlet, term_uses in {"A": {"x": 60, "blockade": 60}, "B": {"x": 1, "blockade": 1, "talks": 60}}.items():
        for term, count in term_uses.items():
            rows.append({"outlet": outlet, "term": term, "n_words": 1, "count": count, "articles": 5})
    terms = distinctive_terms(pd.DataFrame(rows), pd.Series({"A": 5, "B": 5}))
    assert "blockade" in set(terms["term"]) and "x" not in set(terms["term"])


def test_contractions_possessives_and_honorifics_are_no_terms():
    from helpers.terms import term_counts

    counts = term_counts("Putin’s plan won. We’re told it’s Mr. Roe's deal and they don't know it. O’Brien's plan won.")
    assert counts[1]["putin"] == 1 and counts[1]["o'brien"] == 1 and counts[1]["plan"] == 2  # one apostrophe, "'s" cut off
    assert "putin’s" not in counts[1] and "it’s" not in counts[1]
    assert counts[2]["putin plan"] == 1 and counts[2]["roe deal"] == 1
    assert not any(w in phrase.split() for phrase in counts[2] for w in ("we're", "don't", "mr"))  # function words end phrases


def test_an_outlet_naming_itself_is_not_what_it_emphasises():
    from helpers.terms import avoided_terms, distinctive_terms

    uses = {"Example News (Web)": {"example": 200, "blockade": 200, "we're": 200, "example news": 60, "naval blockade": 60},
            "Roe Daily": {"example": 1, "blockade": 1, "talks": 200, "we're": 1, "example news": 1, "naval blockade": 1,
                          "peace talks": 60}}
    rows = [{"outlet": o, "term": t, "n_words": len(t.split()), "count": c, "articles": 5}
            for o, terms_used in uses.items() for t, c in terms_used.items()]
    per_outlet = pd.Series({o: 5 for o in uses})
    chosen = distinctive_terms(pd.DataFrame(rows), per_outlet)
    mine = set(chosen.loc[chosen["outlet"] == "Example News (Web)", "term"])
    assert mine == {"blockade", "naval blockade"}  # not its own name, nor a contraction
    assert "example" in set(avoided_terms(pd.DataFrame(rows), per_outlet)["term"])  # another outlet's avoidance still shows


def test_axis_labels_wrap_between_words_never_inside_one():
    from helpers.charts import attention_heatmap, label, wrap

    assert wrap("Washington", 8, 3) == "Washington" and wrap("Persian Gulf", 8, 3) == "Persian<br>Gulf"
    actors = ["Donald Trump", "Iran", "United States", "Israel", "Persian Gulf", "Tehran", "Middle East", "Washington",
              "Hormuz", "Republican Party"]
    attention = pd.DataFrame([{"actor": a, "outlet": o, "sentence_share": 0.1, "article_share": 0.5}
                              for a in actors for o in ("ABC", "NPR")])
    labels = attention_heatmap(attention).data[0].x  # ten actors: one slanted line each, below the cells
    assert list(labels) == [label(a) for a in actors] and attention_heatmap(attention).layout.xaxis.tickangle == -40
    six = ["Donald Trump", "Iran", "Federal Emergency Management", "Israel", "Persian Gulf", "Tehran"]
    few = pd.DataFrame([{"actor": a, "outlet": o, "sentence_share": 0.1, "article_share": 0.5} for a in six for o in ("ABC", "NPR")])
    labels = attention_heatmap(few).data[0].x  # six: wrapped above their columns, between words
    assert [name.replace("<br>", " ") for name in labels] == six and "<br>" in labels[2]


def test_past_thirty_outlets_a_heatmap_still_fits_a_printed_page_with_names_on_one_line():
    from helpers.charts import PRINTED_CHART_MAX, attention_heatmap, wrap

    actors = ["Donald Trump", "Iran", "United States", "Israel", "Persian Gulf", "Tehran", "Middle East", "Washington"]

    def heatmap(n):
        outlets = [f"The Evening Chronicle and Advertiser of County {k}" for k in range(n)]
        return attention_heatmap(pd.DataFrame([{"actor": a, "outlet": o, "sentence_share": 0.1, "article_share": 0.5}
                                               for a in actors for o in outlets])), outlets

    fig, outlets = heatmap(31)
    assert fig.layout.height <= PRINTED_CHART_MAX, "a taller chart left a blank page after it (31 outlets, real corpus)"
    assert list(fig.layout.yaxis.ticktext) == [wrap(o, 34, 1) for o in outlets] and "<br>" not in "".join(fig.layout.yaxis.ticktext)
    assert all("<br>" not in cell for row in fig.data[0].text for cell in row), "one line a cell in a short row"
    assert "articles: %{customdata" in fig.data[0].hovertemplate, "the article share the cells leave out is on hover"
    fig, outlets = heatmap(30)
    assert fig.layout.yaxis.ticktext is None and "<br>" in fig.data[0].text[0][0], "up to 30 outlets: as before"


def test_two_actor_names_cut_alike_stay_two_columns():
    from helpers.charts import attention_heatmap

    actors = [f"The International Committee for the Study of {x}" for x in ("Coal", "Steel", "Ships")] + \
        ["Iran", "Israel", "Gaza", "Tehran"]
    attention = pd.DataFrame([{"actor": a, "outlet": o, "sentence_share": 0.1, "article_share": 0.5}
                              for a in actors for o in ("ABC", "NPR")])
    labels = list(attention_heatmap(attention).data[0].x)
    assert len(set(labels)) == len(actors)


def test_a_name_both_source_and_channel_is_two_columns_each_with_its_own_cells():
    from helpers.charts import shared_source_matrix
    from helpers.outlets import shared_sources

    rows = [("ABC", "Politico", "", True), ("NPR", "Politico", "", True), ("ABC", "Ann Roe", "Politico", True),
            ("NPR", "Ann Roe", "Politico", True), ("NPR", "Ann Roe", "Politico", True), ("ABC", "Tom Berg", "", True),
            ("NPR", "Tom Berg", "", True)]
    citations = pd.DataFrame(rows, columns=["outlet", "source", "channel", "named"])
    fig = shared_source_matrix(citations, shared_sources(citations))
    labels = list(fig.data[0].x)
    assert len(set(labels)) == len(labels) == 4 and "Politico (channel)" in labels
    cells = dict(zip(labels, zip(*fig.data[0].z, strict=True), strict=True))  # column -> (ABC, NPR)
    assert cells["Politico (channel)"] == (1, 2) and cells["Ann Roe"] == (1, 2) and cells["Politico"] == (1, 1)


def test_a_term_one_article_repeats_is_not_its_outlets():
    from helpers.terms import distinctive_terms, merge_counts

    # outlet A: "throat" 60 times, 57 of them in one article of its 5; "blockade" 60 times, at most 14 in one
    rows = [("A", "throat", 1, 60, 3, 57), ("A", "blockade", 1, 60, 5, 14), ("A", "talks", 1, 20, 5, 4),
            ("B", "throat", 1, 1, 1, 1), ("B", "blockade", 1, 2, 2, 1), ("B", "talks", 1, 300, 5, 80)]
    counts = merge_counts(pd.DataFrame(rows, columns=["outlet", "term", "n_words", "count", "articles", "peak"]))
    chosen = set(distinctive_terms(counts, pd.Series({"A": 5, "B": 5})).query("outlet == 'A'")["term"])
    assert chosen == {"blockade"}
    without_peaks = set(distinctive_terms(counts.drop(columns="peak"), pd.Series({"A": 5, "B": 5})).query("outlet == 'A'")["term"])
    assert without_peaks == {"blockade", "throat"}  # the rule, not the counts, leaves "throat" out
    # batches merge by summing uses and articles and keeping the largest single-article count
    two = merge_counts(pd.DataFrame([("A", "x", 1, 5, 2, 4), ("A", "x", 1, 7, 3, 3)],
                                    columns=["outlet", "term", "n_words", "count", "articles", "peak"]))
    assert two[["count", "articles", "peak"]].iloc[0].tolist() == [12, 5, 4]


def test_beside_outlets_of_enough_articles_an_outlet_of_one_or_two_has_no_terms():
    from helpers.terms import avoided_terms, distinctive_terms

    rows = [("Big", "talks", 1, 300, 10, 40), ("Big", "harbour", 1, 40, 8, 6), ("Lone", "blockade", 1, 60, 1, 60),
            ("Lone", "talks", 1, 1, 1, 1), ("Other", "harbour", 1, 2, 2, 1), ("Other", "talks", 1, 200, 9, 30),
            ("Other", "50 000", 2, 50, 5, 10), ("Big", "50 000", 2, 1, 1, 1), ("Big", "naval talks", 2, 3, 1, 3)]
    counts = pd.DataFrame(rows, columns=["outlet", "term", "n_words", "count", "articles", "peak"])
    per_outlet = pd.Series({"Big": 10, "Lone": 1, "Other": 10})
    chosen = distinctive_terms(counts, per_outlet)
    assert "Lone" not in set(chosen["outlet"])  # its one story's "blockade" is not an outlet's word
    assert "50 000" not in set(chosen["term"])  # nor is a number
    assert "Lone" not in set(avoided_terms(counts, per_outlet)["outlet"])
    small = distinctive_terms(counts.replace({"Big": "A", "Other": "B"}), pd.Series({"A": 2, "Lone": 1, "B": 2}))
    assert "Lone" in set(small["outlet"])  # when no outlet has enough articles, every outlet is read as it is
