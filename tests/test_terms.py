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


def test_two_actor_names_cut_alike_stay_two_columns():
    from helpers.charts import attention_heatmap

    actors = [f"The International Committee for the Study of {x}" for x in ("Coal", "Steel", "Ships")] + \
        ["Iran", "Israel", "Gaza", "Tehran"]
    attention = pd.DataFrame([{"actor": a, "outlet": o, "sentence_share": 0.1, "article_share": 0.5}
                              for a in actors for o in ("ABC", "NPR")])
    labels = list(attention_heatmap(attention).data[0].x)
    assert len(set(labels)) == len(actors)
