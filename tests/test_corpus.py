"""The default corpus: raw files unchanged, prose kept, chrome removed, every removal explained."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from helpers.corpus import CorpusError, cleaning_record, load_corpus, read_manifest, reference_table
from helpers.paths import RAW_DIR

from .conftest import SHARED

SEED_SHA256 = {
    "000_7d78305f4b345df9.txt": "13bae6ba1f81f61e5752f11a60099b01255bc64b0ea2eec549b6ce02f3ccee7f",
    "001_279229b811916cf8.txt": "3b54e25ee026d0bff6c11ae220e9c13d3099aa2982db9224bd5c550bcf54d361",
    "002_dc1a1f32f922da49.txt": "5e57b61f18972136d3e2f797fbe0c2bb67e4d927898541a080c2be82ad218538",
    "003_e7ef2d36f0827f21.txt": "37e0bfab47ef370c9c6de9ef1d065e4c989eecbb58214f5b2d25d02c9cf4d6d2",
    "004_652e2d81d0141557.txt": "ec104645bd147cdcc7a841d11ae214a9cd77aa857f5c35ff49821c9ff1d365e9",
}

# Hand-made key, from reading the seeds: the opening words of every prose paragraph, in order.
PROSE_KEY = {
    "000_7d78305f4b345df9": [
        "On Sep. 13, Kim Jong Un met", "The possibility of an arms deal", "The disclosure of U.S. intelligence",
        "Any statements by the United States", "Joel Wit, a former State Department", "If there’s nothing to be done",
        "Lee Illwoo, an expert with", "What’s important to consider", "With few significant victories"],
    "001_279229b811916cf8": [
        "North Korea has conducted a missile test", "Looking back at months before", "President Putin is looking for arms",
        "Kim is speculated to be seeking", "If the deal falls through", "If an arms deal is complete",
        "Cooperation between these two nations would", "There is a substantial security risk", "Depending on the outcome"],
    "002_dc1a1f32f922da49": [
        "Russia’s army is apparently suffering", "Putin’s war in Ukraine could now lead", "Kim will travel to Russia",
        "The White House has long been warning", "According to the South Korean news agency", "Russia and the internationally isolated",
        "Now, of all things", "However, such an agreement", "Lee Byong-chul, a North Korea expert", "“This is shocking news",
        "The agreement could increase tensions", "Although North Korea has fired", "Leif-Eric Easley, professor"],
    "003_e7ef2d36f0827f21": [
        "North Korea is a very dangerous", "Last year was the year", "In this context, North Korean President",
        "On 19 September 2023", "The Korean Central News Agency", "At this point, it is often claimed",
        "North Korea already utilises", "In conclusion, it can be said"],
    "004_652e2d81d0141557": [
        "After Russia invaded Ukraine", "A protracted war could force", "That grim scenario", "Speaking to The Korea Times",
        "\"If Russia runs out", "\"Russia would not give them all", "There are palpable signs", "Driven into a corner",
        "\"At the expected summit", "An official at the Ministry", "\"Any form of cooperation", "Lim Soo-suk, spokesman",
        "Speaking at the National Assembly", "Experts said North Korea has no reason", "North Korea has expressed support"],
}

# Page chrome of each kind named in the issue; none of it may reach a body.
CHROME = [
    "top of page", "bottom of page", "Tired of all the hyper-partisanship", "Add paragraph text", "Site Styles",
    "views0 comments", "opinions expressed in this article", "The news site of Robert Morris University",
    "RMU Sentry Media", "Alexander Zemlianichenko", "Story continues below advertisement", "More to Discover",
    "What do these Nations want", "Paylaş", "also available in", "Türkçe", "[1]", "[ii]", "[vii]", "https://",
    "Erişim Tarihi", "Zeki Talustan", "graduated from", "Similar Posts", "DATE: 2024", "<strong>", "file photo shows",
    "EPA-Yonhap", "AP-Yonhap", "self-propelled artillery", "NSA Sullivan", "2023-09-06 09:17", "By Jung Min-ho",
    "Putin’s war could bring Russia and North Korea closer", "North Korea expert warns:",
]


def test_seed_files_are_byte_for_byte_the_shared_seeds():
    for name, digest in SEED_SHA256.items():
        data = (RAW_DIR / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, name
        shared = SHARED / "seeds" / name
        if shared.exists():
            assert shared.read_bytes() == data, name


def test_manifest_describes_every_seed():
    manifest = read_manifest(RAW_DIR)
    assert sorted(manifest["file"]) == sorted(SEED_SHA256)
    assert manifest["outlet"].is_unique
    assert set(manifest["kind"]) == {"opinion", "student", "news", "think-tank"}
    korea_times = manifest.set_index("outlet").loc["The Korea Times"]
    # The scrape says 2024-06-02; the text dates the article to the week before the summit.
    assert korea_times["published"] == "2023-09-05"
    assert "2024-06-02" in korea_times["notes"]


def test_every_prose_paragraph_is_kept_in_order(seed_corpus):
    for row in seed_corpus.itertuples():
        paragraphs = row.body.split("\n\n")
        expected = PROSE_KEY[row.id]
        assert len(paragraphs) == len(expected), (row.id, [p[:40] for p in paragraphs])
        for got, want in zip(paragraphs, expected, strict=True):
            assert got.startswith(want), (row.id, got[:60], want)


def test_no_chrome_reaches_a_body(seed_corpus):
    for row in seed_corpus.itertuples():
        for chrome in CHROME:
            assert chrome not in row.body, (row.id, chrome)


def test_every_removed_line_has_a_reason(seed_corpus):
    record = cleaning_record(seed_corpus)
    assert not record.empty
    assert (record["reason"].str.len() > 3).all()
    assert set(record["action"]) >= {"removed", "edited", "kept as title", "kept as heading", "kept as reference"}
    # each raw non-empty line is either body or in the record
    for row in seed_corpus.itertuples():
        raw_lines = [i + 1 for i, line in enumerate(row.raw_text.splitlines()) if line.strip()]
        recorded = set(record.loc[(record["id"] == row.id) & (record["action"] != "edited"), "line"])
        body_lines = [ln for ln in raw_lines if ln not in recorded]
        assert len(body_lines) == len(PROSE_KEY[row.id]), row.id


def test_specific_removals_are_explained(seed_corpus):
    record = cleaning_record(seed_corpus)
    reasons = record.groupby("text")["reason"].first()
    assert reasons["Alexander Zemlianichenko"].startswith("name-only line")
    assert reasons["Story continues below advertisement"] == "advertisement"
    assert reasons["Paylaş"] == "share buttons"
    assert reasons["4 views0 comments"] == "view/comment counter"
    assert "teaser" in record.loc[record["text"].str.contains("NSA Sullivan"), "reason"].iloc[0]
    captions = record[record["text"].str.contains("file photo shows")]
    assert len(captions) == 3 and captions["reason"].str.contains("caption").all()
    assert captions["reason"].str.contains("duplicate").sum() == 2
    edits = record[record["action"] == "edited"]
    assert {"stray HTML tag", "scraper metadata (not from the article)", "footnote marker"} <= set(edits["reason"])


def test_titles_bylines_and_headings(seed_corpus):
    by_outlet = seed_corpus.set_index("outlet")
    assert by_outlet.loc["The Korea Times", "byline"] == "Jung Min-ho"
    assert by_outlet.loc["RMU Sentry Media", "headings"] == [
        "What do these Nations want from each other?",
        "What does this mean for the war in Ukraine and both countries?",
        "What does cooperation between these two nations mean for the West?"]
    assert len(by_outlet.loc["German news site (translated)", "headings"]) == 2


def test_references_are_kept_apart_and_parsed(seed_corpus):
    refs = reference_table(seed_corpus)
    assert len(refs) == 7 and (refs["outlet_citing"] == "ANKASAM").all()
    assert list(refs["marker"]) == ["i", "ii", "iii", "iv", "v", "vi", "vii"]
    assert refs.loc[refs["marker"] == "iii", "outlet"].item() == "Reuters"
    assert refs["url"].str.startswith("https://").all()


@pytest.mark.parametrize(
    "breakage, message",
    [
        (lambda d: (d / "manifest.csv").unlink(), "no manifest"),
        (lambda d: (d / "manifest.csv").write_text("name,site\na.txt,X\n"), "missing required column"),
        (lambda d: (d / "000_7d78305f4b345df9.txt").unlink(), "listed in manifest.csv but not in the folder"),
    ],
)
def test_bad_corpus_gets_a_clear_error(corpus_copy, breakage, message):
    breakage(corpus_copy)
    with pytest.raises(CorpusError, match=message):
        load_corpus(corpus_copy, on_error="raise")


def test_unlisted_file_is_recorded_as_excluded(corpus_copy):
    (corpus_copy / "stray.txt").write_text("An article nobody listed in the manifest, with a sentence.")
    corpus = load_corpus(corpus_copy)
    assert len(corpus) == 5
    assert corpus.attrs["exclusions"] == [{"file": "stray.txt", "reason": "not listed in manifest.csv; add a row to analyse it"}]


def test_loading_never_writes_to_the_corpus(corpus_copy):
    before = {p.name: p.stat().st_mtime_ns for p in corpus_copy.iterdir()}
    load_corpus(corpus_copy)
    assert {p.name: p.stat().st_mtime_ns for p in corpus_copy.iterdir()} == before
    assert isinstance(load_corpus(corpus_copy), pd.DataFrame)
