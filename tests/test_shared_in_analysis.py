"""Shared text in the analysis: the per-article map marks wire copy, the corpus step groups
near-duplicates, lists shared passages, and writes the outlet tables again on the outlets' own
journalism (``own/``), which `read_tables(scope="own")` reads with the per-article tables cut to
the same articles."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import outlets as corpus_step
from helpers.bench import write_comparison_corpus
from helpers.briefing import scope_findings, shared_text_summary
from helpers.paths import RAW_DIR
from helpers.pipeline import analyse_corpus
from helpers.schema import SCOPED_TABLES, read_tables
from helpers.sharedtext import outlet_pairs, own_journalism, sharing_outlets

ARTICLES = 56  # above the size from which the similarity search runs on another core


@pytest.fixture(scope="module")
def shared_corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shared")
    corpus = write_comparison_corpus(tmp / "corpus", ARTICLES, 5, words=450, wire=0.15, reprints=0.2)
    analyse_corpus(corpus, tmp / "tables", workers=1)
    return corpus, tmp / "tables"


def test_wire_copy_is_marked_from_the_dateline(shared_corpus):
    corpus, tables = shared_corpus
    articles = read_tables(tables)["articles"].set_index("file")
    expected = {}
    for name in articles.index:
        match = re.search(r"\((AP|Reuters|AFP)\) ", (corpus / name).read_text(encoding="utf-8"))
        expected[name] = match.group(1) if match else ""
    assert sum(bool(v) for v in expected.values()) >= 3, "the generator made wire copy"
    assert articles["wire"].to_dict() == expected


def test_reruns_are_grouped_and_not_counted_twice_in_own_journalism(shared_corpus):
    _, tables = shared_corpus
    articles = read_tables(tables)["articles"]
    grouped = articles[articles["duplicate_group"] != ""]
    assert grouped["duplicate_group"].nunique() >= 3
    for _, group in grouped.groupby("duplicate_group"):
        assert len(group) >= 2
        assert group["own_journalism"].astype(str).eq("True").sum() <= 1, "a story counts once"
    assert not articles.loc[articles["wire"] != "", "own_journalism"].astype(str).eq("True").any()
    assert articles["original_share"].between(0, 1).all()
    assert (grouped["original_share"] < 0.8).all(), "a re-run shares most of its prose"
    assert (articles["own_journalism"].astype(str) == "True").tolist() == own_journalism(articles).tolist()


def test_the_own_scope_reads_the_own_tables_and_cuts_the_article_tables(shared_corpus):
    _, tables = shared_corpus
    every, own = read_tables(tables), read_tables(tables, scope="own")
    ids = set(every["articles"].loc[every["articles"]["own_journalism"].astype(str) == "True", "id"])
    assert set(own["articles"]["id"]) == ids and len(ids) < ARTICLES
    for name in ("sentences", "citations", "readability"):
        assert set(own[name]["id"]) <= ids and set(every[name]["id"]) - ids
    sharing = every["sharing_outlets"].set_index("outlet")
    card = own["outlet_scorecard"].set_index("outlet")
    assert card["articles"].to_dict() == sharing.loc[card.index, "own_articles"].to_dict()
    assert own["tone_outlets"]["sentences"].sum() == len(own["sentences"])
    assert every["tone_outlets"]["sentences"].sum() == len(every["sentences"])
    for name in SCOPED_TABLES:
        assert (tables / "own" / f"{name}.csv").is_file(), name


def test_passages_and_pairs_agree_with_the_articles(shared_corpus):
    _, tables = shared_corpus
    t = read_tables(tables)
    passages, pairs, articles = t["shared_passages"], t["outlet_pairs"], t["articles"]
    assert len(passages) > 0 and (passages["words"] >= 25).all()
    outlet_of = dict(zip(articles["id"], articles["outlet"], strict=True))
    for row in passages.itertuples():
        carried = sorted({outlet_of[i] for i in row.articles.split("; ")})
        assert row.outlets == "; ".join(carried) and row.n_outlets == len(carried)
    assert pairs[["shared_passages", "duplicate_groups"]].sum(axis=1).gt(0).all()
    assert (pairs["outlet"] <= pairs["other"]).all()
    assert pairs.equals(outlet_pairs(articles, passages))
    assert t["sharing_outlets"].equals(sharing_outlets(articles, passages).astype(t["sharing_outlets"].dtypes.to_dict()))


def test_the_search_in_the_background_gives_the_same_tables(shared_corpus, tmp_path, monkeypatch):
    corpus, tables = shared_corpus
    monkeypatch.setattr(corpus_step, "SHARED_TEXT_IN_BACKGROUND", 10**9)  # in this process
    monkeypatch.setenv("OUTLET_BRIEFING_CACHE", "off")
    analyse_corpus(corpus, tmp_path, workers=1)
    for name in ("articles", "shared_passages", "sharing_outlets", "outlet_pairs"):
        assert (tmp_path / f"{name}.csv").read_bytes() == (tables / f"{name}.csv").read_bytes(), name
    for name in SCOPED_TABLES:
        assert (tmp_path / "own" / f"{name}.csv").read_bytes() == (tables / "own" / f"{name}.csv").read_bytes(), name


def test_the_seeds_share_nothing_and_own_tables_are_the_same(tmp_path):
    analyse_corpus(RAW_DIR, tmp_path)
    t = read_tables(tmp_path)
    assert (t["articles"]["wire"] == "").all() and (t["articles"]["duplicate_group"] == "").all()
    assert t["shared_passages"].empty and t["outlet_pairs"].empty
    for name in SCOPED_TABLES:
        assert (tmp_path / "own" / f"{name}.csv").read_bytes() == (tmp_path / f"{name}.csv").read_bytes(), name
    summary = shared_text_summary(t["sharing_outlets"], t["shared_passages"])
    assert summary.startswith("No shared text: none of the 5 articles")


def test_a_later_corpus_replaces_the_own_folder_whole(shared_corpus, tmp_path):
    _, tables = shared_corpus
    out = tmp_path / "out"
    analyse_corpus(RAW_DIR, out)
    (out / "own" / "stale.csv").write_text("x\n", encoding="utf-8")
    analyse_corpus(RAW_DIR, out)
    assert not (out / "own" / "stale.csv").exists()


def _extremes(low, high, p):
    return {"outlet_extremes": pd.DataFrame([{"measure": "tone", "low": low, "high": high, "gap": 0.3, "ci_low": 0.1,
                                              "ci_high": 0.5, "p": p, "p_holm": p, "pairs": 3, "groups": 3,
                                              "effect_size": 0.9, "unit": "article"}])}


def test_scope_findings_say_when_the_conclusion_depends_on_shared_text():
    same = scope_findings(_extremes("A", "B", 0.001), _extremes("A", "B", 0.002), "all")
    assert same.startswith("The comparison does not depend on shared text")
    # two gaps within the uncertainty are the same conclusion, whichever outlets sit at the ends
    assert scope_findings(_extremes("A", "B", 0.4), _extremes("C", "B", 0.6), "all").startswith("The comparison does not")
    changed = scope_findings(_extremes("A", "B", 0.001), _extremes("A", "B", 0.3), "all")
    assert changed.startswith("The comparison depends on shared text for mean sentence tone")
    assert "every article: A lowest and B highest" in changed and "own journalism: no gap" in changed


def test_a_corpus_of_wire_copy_only_has_empty_own_tables_and_says_so(tmp_path):
    from helpers.briefing import scope_comparison
    from helpers.schema import TABLES

    from .conftest import write_corpus

    story = ("WASHINGTON (AP) — Officials in the capital met on Tuesday to discuss the budget, and the talks ran late "
             "into the night as both sides traded proposals on spending and taxes.\n\n")
    files = {f"{i}.txt": f"Budget talks {i}\n\n{story}Paragraph {i} adds a detail of its own about the vote count.\n"
             for i in range(4)}
    folder = write_corpus(tmp_path, files, "file,outlet\n0.txt,Herald\n1.txt,Herald\n2.txt,Post\n3.txt,Post\n")
    analyse_corpus(folder, tmp_path / "out")
    every, own = read_tables(tmp_path / "out"), read_tables(tmp_path / "out", scope="own")
    assert (every["articles"]["wire"] == "AP").all()
    assert own["articles"].empty and own["sentences"].empty
    for name in SCOPED_TABLES:
        assert own[name].empty and list(own[name].columns) == list(TABLES[name].columns), name
    compare = scope_comparison(every["outlet_scorecard"], own["outlet_scorecard"])
    assert list(compare["articles"]) == ["2 / 0", "2 / 0"]
    summary = shared_text_summary(every["sharing_outlets"], every["shared_passages"])
    assert "4 of the 4 articles (100%) are wire copy (AP)" in summary and "0 of the articles are the outlets' own" in summary
    assert "Herald and Post carry the most: 100% of their articles" in summary


def test_a_near_tie_at_the_ends_is_not_a_change_of_conclusion():
    text = scope_findings(_extremes("A", "B", 0.001), _extremes("A", "C", 0.002), "all")
    assert text.startswith("The comparison does not depend on shared text")
    assert "differ, with the same verdict, for mean sentence tone (A to B on every article, A to C on" in text
