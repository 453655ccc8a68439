"""Interval statistics: the article as the unit, many comparisons accounted for."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from helpers import stats


def _outlet(rng: np.random.Generator, articles: int, sentences: int, article_sd: float, sentence_sd: float = 0.35):
    """Sentence scores of one outlet: each article has its own mean (sd ``article_sd``)."""
    means = rng.normal(0.0, article_sd, size=articles)
    values = np.concatenate([rng.normal(m, sentence_sd, size=sentences) for m in means])
    ids = np.repeat(np.arange(articles), sentences)
    return values, ids


def _widths(values, ids, key="x"):
    cluster = stats.group_bootstrap(values, ids, key=key)
    sentence = stats.group_bootstrap(values, np.arange(values.size), key=key)  # every sentence its own unit
    return np.diff(cluster.interval)[0], np.diff(sentence.interval)[0], cluster.unit


def test_cluster_interval_is_wider_when_articles_differ_in_tone():
    values, ids = _outlet(np.random.default_rng(1), articles=20, sentences=40, article_sd=0.3)
    cluster, sentence, unit = _widths(values, ids)
    assert unit == "article"
    assert cluster > 2 * sentence  # sentences of one article move together: resampling them overstates certainty


def test_cluster_and_sentence_intervals_agree_in_expectation_when_articles_do_not_differ():
    rng = np.random.default_rng(2)
    ratios = [np.divide(*_widths(*_outlet(rng, articles=25, sentences=30, article_sd=0.0), key=str(i))[:2])
              for i in range(60)]
    assert 0.92 < float(np.mean(ratios)) < 1.08


def test_units_fall_back_and_say_so():
    assert stats.group_bootstrap([0.1, 0.2, 0.3], ["a", "a", "a"]).unit == "sentence"  # one article: its sentences
    single = stats.group_bootstrap([0.4], ["a"])
    assert single.unit == "none" and all(math.isnan(x) for x in single.interval)
    assert stats.group_bootstrap([], []).unit == "none"


def test_intervals_are_reproducible_and_do_not_depend_on_other_groups():
    rng = np.random.default_rng(3)
    values, ids = _outlet(rng, 10, 20, 0.2)
    table = pd.DataFrame({"outlet": "A", "id": ids, "v": values})
    other = pd.DataFrame({"outlet": "B", "id": ids + 100, "v": values[::-1]})
    alone = stats.bootstrap_by_group(table, "outlet", "v")["A"].interval
    together = stats.bootstrap_by_group(pd.concat([other, table]), "outlet", "v")["A"].interval
    assert alone == together == stats.bootstrap_by_group(table, "outlet", "v")["A"].interval


def test_holm_matches_a_hand_computation():
    # sorted p: 0.01 (x3 = 0.03), 0.03 (x2 = 0.06), 0.04 (x1 = 0.04 → monotone 0.06)
    assert stats.holm([0.04, 0.01, 0.03]).round(6).tolist() == [0.06, 0.03, 0.06]


def _same_generator(outlets: int, articles: int, sentences: int, seed: int, article_sd: float = 0.15) -> pd.DataFrame:
    """Every outlet from one generator (articles of an outlet differ by ``article_sd``)."""
    rng = np.random.default_rng(seed)
    parts = []
    for k in range(outlets):
        values, ids = _outlet(rng, articles, sentences, article_sd=article_sd)
        parts.append(pd.DataFrame({"outlet": f"Outlet {k:03d}", "id": [f"{k}-{i}" for i in ids], "v": values}))
    return pd.concat(parts, ignore_index=True)


@pytest.mark.parametrize("outlets, articles, article_sd", [(20, 6, 0.15), (150, 1, 0.0)])
def test_picking_the_extremes_out_of_many_outlets_is_not_called_a_difference(outlets, articles, article_sd):
    # the case: many one-article outlets written by the same random generator
    data = _same_generator(outlets, articles, 25, seed=outlets, article_sd=article_sd)
    found = stats.extremes_test(stats.bootstrap_by_group(data, "outlet", "v"))
    assert found["pairs"] == outlets * (outlets - 1) // 2
    assert found["p"] < 0.05, "the raw p of the extreme pair looks significant"  # that is the trap
    assert found["p_holm"] >= 0.05, "after Holm over every pair it is not"


def test_a_real_difference_survives_the_correction():
    data = _same_generator(10, 8, 25, seed=5)
    data.loc[data["outlet"] == "Outlet 003", "v"] -= 0.5
    found = stats.extremes_test(stats.bootstrap_by_group(data, "outlet", "v"))
    assert found["low"] == "Outlet 003" and found["p_holm"] < 0.001 and found["effect_size"] > 1
    rest = stats.versus_rest(data, "outlet", "v").set_index("outlet")
    assert rest.loc["Outlet 003", "p_holm"] < 0.001 and rest.loc["Outlet 003", "difference"] < -0.3
    assert (rest.drop(index="Outlet 003")["p_holm"] >= 0.05).sum() >= 8


def test_holm_equals_statsmodels():
    from statsmodels.stats.multitest import multipletests

    p = np.random.default_rng(4).uniform(0, 0.2, size=57)
    p[[3, 9]] = np.nan
    ours = stats.holm(p)
    ok = ~np.isnan(p)
    assert np.allclose(ours[ok], multipletests(p[ok], method="holm")[1]) and np.isnan(ours[~ok]).all()


def _two_outlets_of_three_articles(rng: np.random.Generator, run: int) -> dict:
    """Bootstraps of two outlets of three articles (10 sentences each) from one population:
    article means N(0, 1), sentences around them N(0, 0.5)."""
    from helpers.stats import group_bootstrap

    boots = {}
    for outlet in ("a", "b"):
        values, articles = [], []
        for article in range(3):
            values += list(rng.normal(0, 1) + rng.normal(0, 0.5, 10))
            articles += [f"{outlet}{article}"] * 10
        boots[outlet] = group_bootstrap(values, articles, key=f"{run}{outlet}", resamples=400)
    return boots


def test_pairwise_p_keeps_its_false_positive_rate_with_three_articles_per_outlet():
    """Two outlets of three articles each, drawn from the same population: a test at 5% should
    call them different about 5% of the time. The normal approximation with the raw bootstrap
    standard error called 24% of such pairs different; Student's t with the corrected standard
    error and Welch's degrees of freedom stays near 5%."""
    import math

    from scipy.stats import norm

    from helpers.stats import pairwise

    rng = np.random.default_rng(1)
    called = called_normal = 0
    runs = 400
    for run in range(runs):
        boots = _two_outlets_of_three_articles(rng, run)
        row = pairwise(boots).iloc[0]
        called += row["p"] < 0.05
        raw_se = math.sqrt(sum(b.replicates.std(ddof=1) ** 2 for b in boots.values()))
        called_normal += 2 * norm.sf(abs(row["difference"]) / raw_se) < 0.05
    assert called / runs <= 0.08
    assert called_normal / runs >= 0.15  # what the earlier method did: the reason for the change


def test_teasers_under_100_words_do_not_move_an_outlets_readability():
    from helpers.outlets import readability_outlets

    rows = []
    for outlet, grades_words in {"A": [(10.0, 800), (12.0, 900), (30.0, 31)], "B": [(20.0, 40)]}.items():
        for i, (grade, words) in enumerate(grades_words):
            rows.append({"id": f"{outlet}{i}", "outlet": outlet, "flesch_kincaid_grade": grade, "flesch_reading_ease": 50.0,
                         "words": words, "enough_text": words >= 100, "gunning_fog": grade, "smog_index": grade,
                         "coleman_liau_index": grade, "automated_readability_index": grade,
                         "dale_chall_readability_score": grade, "text_standard": grade, "mean_sentence_words": 20.0,
                         "long_sentence_share": 0.1, "difficult_word_share": 0.1, "raw_flesch_kincaid_grade": grade})
    out = readability_outlets(pd.DataFrame(rows)).set_index("outlet")
    assert out.loc["A", "flesch_kincaid_grade"] == 11.0  # the 31-word teaser is left out
    assert (out.loc["A", "articles"], out.loc["A", "short_articles"]) == (3, 1)
    assert out.loc["B", "flesch_kincaid_grade"] == 20.0  # an outlet with only short texts keeps them, flagged


def test_a_grade_interval_never_goes_below_what_the_formula_can_give():
    from helpers.outlets import readability_outlets
    from helpers.readability import FLESCH_KINCAID_MIN, FLESCH_READING_EASE_MAX

    rows = [{"id": f"A{i}", "outlet": "A", "flesch_kincaid_grade": grade, "flesch_reading_ease": ease, "words": 800,
             "enough_text": True, "gunning_fog": grade, "smog_index": grade, "coleman_liau_index": grade,
             "automated_readability_index": grade, "dale_chall_readability_score": grade, "text_standard": grade,
             "mean_sentence_words": 20.0, "long_sentence_share": 0.1, "difficult_word_share": 0.1,
             "raw_flesch_kincaid_grade": grade} for i, (grade, ease) in enumerate([(4.0, 95.0), (16.0, 30.0)])]
    out = readability_outlets(pd.DataFrame(rows)).iloc[0]
    # two articles far apart: the t interval alone would run from about -66 to +86 grades
    assert out["flesch_kincaid_grade_ci_low"] == FLESCH_KINCAID_MIN == -3.4 and out["flesch_kincaid_grade_ci_high"] > 16
    assert out["flesch_reading_ease_ci_high"] == FLESCH_READING_EASE_MAX == 121.22


def test_intervals_with_three_articles_cover_the_mean_and_agree_with_the_test():
    """The plain percentile interval over 3 articles covered the true mean 76% of the time; widened
    as the t test is (`small_sample_factor`), about 95%, and the difference interval excludes 0
    about as often as p < 0.05."""
    from helpers.stats import difference_interval, pairwise

    rng = np.random.default_rng(3)
    cover = excludes = called = 0
    runs = 300
    for run in range(runs):
        boots = _two_outlets_of_three_articles(rng, run)
        lo, hi = boots["a"].interval
        cover += lo <= 0 <= hi
        d_lo, d_hi = difference_interval(boots["a"], boots["b"])
        excludes += not d_lo <= 0 <= d_hi
        called += pairwise(boots).iloc[0]["p"] < 0.05
    assert cover / runs >= 0.90
    assert excludes / runs <= 0.08 and abs(excludes - called) / runs <= 0.03


def test_a_widened_interval_never_passes_what_the_statistic_can_be():
    from helpers.stats import group_bootstrap

    b = group_bootstrap([0.9, 0.95, -0.9, -0.95], ["a", "a", "b", "b"], key="bounded", bounds=(-1.0, 1.0))
    lo, hi = b.interval
    assert -1.0 <= lo < hi <= 1.0
    unbounded = group_bootstrap([0.9, 0.95, -0.9, -0.95], ["a", "a", "b", "b"], key="bounded")
    assert unbounded.interval[1] > 1.0  # two articles: the t interval alone runs past the scale


def test_an_outlet_of_two_articles_that_happen_to_agree_is_not_called_different_on_their_agreement():
    import numpy as np

    from helpers.stats import bootstrap_by_group, versus_rest

    rng = np.random.default_rng(3)
    rows = []
    for outlet, n, centre in (("Big A", 30, 0.0), ("Big B", 30, 0.02), ("Pair", 2, -0.13)):
        for k in range(n):
            mean = -0.127 - 0.002 * k if outlet == "Pair" else centre + rng.normal(0, 0.12)  # the pair: -0.127, -0.129
            rows += [{"outlet": outlet, "id": f"{outlet}-{k}", "compound": mean + e} for e in rng.normal(0, 0.01, 20)]
    table = pd.DataFrame(rows)
    boots = bootstrap_by_group(table, "outlet", "compound", prefix="t:")
    low, high = boots["Pair"].interval
    assert high - low > 0.2  # the pooled spread of articles (about 0.12), not the pair's 0.002
    assert boots["Big A"].se_floor == 0.0  # an outlet of many articles keeps its own spread
    tests = versus_rest(table, "outlet", "compound").set_index("outlet")
    assert tests.loc["Pair", "p_holm"] > 0.05


def test_the_effect_size_of_outlets_of_few_articles_is_measured_against_the_pooled_spread():
    # two outlets of two articles each whose articles happen to agree: a gap of 0.2 is no Cohen's d of 40 (the pooled
    # article-to-article spread of the corpus, about 0.12, is the least spread it is measured against)
    from helpers.stats import bootstrap_by_group, extremes_test, versus_rest

    rng = np.random.default_rng(5)
    rows = []
    for outlet, n in (("Big A", 30), ("Big B", 30), ("Pair low", 2), ("Pair high", 2)):
        for k in range(n):
            mean = {"Pair low": -0.1 - 0.001 * k, "Pair high": 0.1 + 0.001 * k}.get(outlet, rng.normal(0, 0.12))
            rows += [{"outlet": outlet, "id": f"{outlet}-{k}", "compound": mean + e} for e in rng.normal(0, 0.01, 20)]
    table = pd.DataFrame(rows)
    ext = extremes_test(bootstrap_by_group(table, "outlet", "compound", prefix="t:"))
    assert (ext["low"], ext["high"]) == ("Pair low", "Pair high")
    assert 1.0 < ext["effect_size"] < 2.5  # 0.2 over about 0.12, not 0.2 over the pairs' own 0.001
    tests = versus_rest(table, "outlet", "compound").set_index("outlet")
    assert abs(tests.loc["Pair high", "effect_size"]) < 2.5
    assert tests.loc["Big A", "effect_size"] == pytest.approx(stats.cohens_d(
        table[table.outlet != "Big A"].groupby("id").compound.mean().to_numpy(),
        table[table.outlet == "Big A"].groupby("id").compound.mean().to_numpy()))  # many articles: their own spread
