"""A corpus from a table of articles (`helpers.ingest.import_table`): the exports of news
databases and scrapers (CSV, TSV, JSON, JSON Lines) become a corpus folder the analysis reads,
every unusable row is named with its reason, and the export itself is never written."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys

import pandas as pd
import pytest

from helpers.corpus import CorpusError, load_corpus, read_manifest
from helpers.ingest import import_table, table_columns
from helpers.paths import PROJECT_ROOT, RAW_DIR

SEEDS = [p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt"))]


def _csv(path, header, rows, delimiter=","):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_csv_export_becomes_a_corpus_with_every_skipped_row_named(tmp_path):
    # the shape of a scraped dataset: an unnamed index column, "publication", "content", free-form dates
    rows = [[i, 100 + i, f"Story {i}", ["CNN", "Fox News", "Reuters"][i % 3], "Jane Roe",
             ["2016-12-31", "Dec 4, 2016", "2016-12-30T22:00:00Z", "last week", "2016/11/02"][i], "", text]
            for i, text in enumerate(SEEDS)]
    rows += [[5, 200, "=HYPERLINK(\"http://x\") injected", "CNN", "", "2016-01-01", "", SEEDS[0][:3000]],
             [6, 201, "Blank", "CNN", "", "2016-01-01", "", "   "],
             [7, 100, "Same id as the first", "CNN", "", "2016-01-01", "", SEEDS[1]],
             [8, 202, "No outlet", "", "", "2016-01-01", "", SEEDS[2]],
             [9, 203, "No outlet but a link", "", "", "2016-01-01", "https://www.example.org/news/1", SEEDS[3]]]
    export = _csv(tmp_path / "export.csv", ["", "id", "title", "publication", "author", "date", "url", "content"], rows)
    before = _digest(export)
    manifest, failures = import_table(export, tmp_path / "corpus")
    assert _digest(export) == before  # the export is only read
    assert [(f["row"], f["reason"]) for f in failures] == [
        (7, "no article text"), (8, "repeats the id '100' of row 1"), (9, "no outlet (and no URL to take the site from)")]
    assert pd.read_csv(tmp_path / "corpus" / "import_failures.csv")["row"].tolist() == [7, 8, 9]
    m = read_manifest(tmp_path / "corpus")
    assert m["id"].tolist() == ["100", "101", "102", "103", "104", "200", "203"]
    assert m["outlet"].tolist() == ["CNN", "Fox News", "Reuters", "CNN", "Fox News", "CNN", "example.org"]
    assert m["published"].tolist() == ["2016-12-31", "2016-12-04", "2016-12-30", "", "2016-11-02", "2016-01-01", "2016-01-01"]
    notes = m.set_index("id")["notes"]
    assert "date read from 'Dec 4, 2016'" in notes["101"] and "'last week' has no year" in notes["103"]
    assert "outlet is the site's domain" in notes["203"] and "row 10" in notes["203"]
    # a formula from the export is inert in the manifest a user opens in a spreadsheet, and read back as written
    raw_manifest = manifest.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in raw_manifest and "\n=" not in raw_manifest.replace('"', "")
    assert m.set_index("id").loc["200", "title"] == '=HYPERLINK("http://x") injected'
    # the text is stored exactly as it was, and the corpus loads
    assert (tmp_path / "corpus" / m.iloc[0]["file"]).read_text(encoding="utf-8") == SEEDS[0]
    corpus = load_corpus(tmp_path / "corpus")
    assert len(corpus) == 7 and set(corpus["outlet"]) == {"CNN", "Fox News", "Reuters", "example.org"}
    # importing again never overwrites a corpus, nor any file of a folder that is not empty
    with pytest.raises(FileExistsError, match="new folder"):
        import_table(export, tmp_path / "corpus")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "row0000001.txt").write_text("mine")
    with pytest.raises(FileExistsError, match="not an empty folder"):
        import_table(export, tmp_path / "other")
    assert (tmp_path / "other" / "row0000001.txt").read_text() == "mine"


def test_json_exports_nested_sources_author_lists_html_and_json_lines(tmp_path):
    html = "".join(f"<p>{p}</p>" for p in SEEDS[2].split("\n") if len(p) > 80)
    newsapi = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "BBC News"}, "author": ["Ann Lee", "Bo Kim"], "title": "Summit",
         "url": "https://www.bbc.co.uk/a", "publishedAt": "2023-09-13T10:00:00Z", "content": SEEDS[0]},
        {"source": {"id": "aj", "name": "Al Jazeera"}, "author": None, "title": "Talks", "url": "https://aj.example/b",
         "publishedAt": "2023-09-14T08:00:00Z", "content": html}]}
    (tmp_path / "newsapi.json").write_text(json.dumps(newsapi), encoding="utf-8")
    import_table(tmp_path / "newsapi.json", tmp_path / "a")
    m = read_manifest(tmp_path / "a")
    assert m["outlet"].tolist() == ["BBC News", "Al Jazeera"]
    assert m["author"].tolist() == ["Ann Lee, Bo Kim", ""] and m["published"].tolist() == ["2023-09-13", "2023-09-14"]
    assert m["file"].str.endswith((".txt", ".html")).all() and m["file"].tolist()[1].endswith(".html")
    assert len(load_corpus(tmp_path / "a")) == 2  # the HTML row is extracted like a saved page

    lines = [json.dumps({"stories_id": 7 + i, "media_name": f"Outlet {i % 2}", "publish_date": f"2023-09-1{i} 10:00:00",
                         "title": "T", "story_text": text}) for i, text in enumerate(SEEDS)]
    (tmp_path / "mc.jsonl").write_text("\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n", encoding="utf-8")
    import_table(tmp_path / "mc.jsonl", tmp_path / "b")
    m = read_manifest(tmp_path / "b")
    assert m["id"].tolist() == ["7", "8", "9", "10", "11"] and m["outlet"].nunique() == 2
    assert m["published"].tolist() == ["2023-09-10", "2023-09-11", "2023-09-12", "2023-09-13", "2023-09-14"]


def test_columns_are_found_by_their_usual_names_or_named_by_the_user(tmp_path):
    assert table_columns(["Headline", "Publication", "Full Text", "Date"]) == {
        "text": "Full Text", "outlet": "Publication", "title": "Headline", "published": "Date"}
    assert table_columns(["publishedAt", "sourceName", "body"])["published"] == "publishedAt"
    assert table_columns(["a", "b"], {"text": "b", "outlet": "a"}) == {"text": "b", "outlet": "a"}
    with pytest.raises(CorpusError, match=r"no column with the article text.*'title', 'outlet'.*--text COLUMN"):
        table_columns(["title", "outlet"])
    with pytest.raises(CorpusError, match=r"no column naming the outlet.*--outlet COLUMN"):
        table_columns(["title", "text"])
    with pytest.raises(CorpusError, match="no column 'paper' for outlet"):
        table_columns(["title", "text"], {"outlet": "paper"})
    # a semicolon-separated export with the user's own column names
    export = _csv(tmp_path / "e.csv", ["paper", "words"], [["The Times", SEEDS[0]]], delimiter=";")
    import_table(export, tmp_path / "c", {"outlet": "paper", "text": "words"})
    assert read_manifest(tmp_path / "c")["outlet"].tolist() == ["The Times"]


@pytest.mark.parametrize("name, content, message", [
    ("e.xlsx", b"PK\x03\x04", "unsupported table type '.xlsx'.*save it as CSV"),
    ("e.csv", "outlet,text\nCNN,caf\u00e9 talks\n".encode("cp1252"), "not UTF-8.*iconv"),
    ("e.csv", b"outlet,text\nCNN,talks,extra,fields\n", "line 2 has 4 fields but the header has 2"),
    ("e.csv", b"", "empty"),
    ("e.jsonl", b'{"outlet": "CNN", "text": "x"}\n{"outlet": \n', "line 2 is not valid JSON"),
    ("e.json", b'{"a": 1}', "expected a list of articles"),
    ("e.csv", b"outlet,title\nCNN,x\n", "no column with the article text"),
])
def test_a_bad_table_stops_with_one_message_naming_it(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(CorpusError, match=message) as err:
        import_table(tmp_path / name, tmp_path / "out")
    assert name in str(err.value) or "column" in str(err.value)
    assert not (tmp_path / "out").exists()  # a table found bad half-way leaves no half corpus behind


def test_table_command_line(tmp_path):
    export = _csv(tmp_path / "export.tsv", ["source", "headline", "body"],
                  [["CNN", "A", SEEDS[0]], ["Reuters", "B", SEEDS[1]], ["CNN", "C", ""]], delimiter="\t")
    run = [sys.executable, "-m", "helpers.ingest", "table", str(export), "--out", str(tmp_path / "c")]
    done = subprocess.run(run, capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "imported 2 article(s) from 2 outlet(s)" in done.stdout and "skipped row 3: no article text" in done.stdout
    assert "make briefing CORPUS=" in done.stdout
    again = subprocess.run(run, capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert again.returncode == 1 and "exists" in again.stderr and "Traceback" not in again.stderr


def test_review_cases_tables_that_broke_the_import(tmp_path):
    """What an adversarial review fed the importer (each failed before its fix)."""
    # JSON nested beyond reading, or a number too long: one clear line, no traceback, nothing left behind
    (tmp_path / "deep.json").write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    with pytest.raises(CorpusError, match="cannot be read"):
        import_table(tmp_path / "deep.json", tmp_path / "a")
    assert not (tmp_path / "a").exists()
    # a lone surrogate in one row skips that row; NUL characters in a link or a note never reach the manifest
    records = [{"outlet": "CNN", "text": SEEDS[0], "url": "https://x.example/\x00a", "notes": "from\x00 a feed"},
               {"outlet": "CNN", "text": "bad \ud800 text " + SEEDS[1][:500]},
               {"outlet": "Fox", "text": SEEDS[2], "title": "only the third record has a title"}]
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    _, failures = import_table(tmp_path / "r.jsonl", tmp_path / "b")
    assert [f["row"] for f in failures] == [2] and "surrogates" in failures[0]["reason"]
    m = read_manifest(tmp_path / "b")  # reads back: no NUL, unique ids
    assert m["title"].tolist() == ["", "only the third record has a title"]  # columns from every record, not the first
    # a given id equal to a generated one
    (tmp_path / "ids.csv").write_text(f"id,outlet,text\nrow0000002,CNN,\"{SEEDS[0][:800]}\"\n,CNN,\"{SEEDS[1][:800]}\"\n",
                                      encoding="utf-8")
    import_table(tmp_path / "ids.csv", tmp_path / "c")
    assert read_manifest(tmp_path / "c")["id"].is_unique
    # a TSV keeps its quotation marks; a repeated header column is refused; a pipe is not read
    story = "\"We will win,\" she said. " + "The talks in the capital went on for several days, officials said. " * 5
    (tmp_path / "q.tsv").write_text(f"outlet\ttext\nCNN\t{story}\n", encoding="utf-8")
    import_table(tmp_path / "q.tsv", tmp_path / "d")
    assert next((tmp_path / "d").glob("row*.txt")).read_text(encoding="utf-8") == story
    (tmp_path / "dup.csv").write_text("text,outlet,text\na,b,c\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="more than once"):
        import_table(tmp_path / "dup.csv", tmp_path / "e")
    import os
    os.mkfifo(tmp_path / "pipe.csv")
    with pytest.raises(CorpusError, match="not a regular file"):
        import_table(tmp_path / "pipe.csv", tmp_path / "f")


@pytest.mark.parametrize("value, published", [
    ("2016-12-31", "2016-12-31"), ("2024-13-45", ""), ("March 5", ""), ("10:30", ""), ("Dec 4, 2016", "2016-12-04"),
])
def test_dates_without_a_year_or_not_on_the_calendar_are_left_empty(value, published):
    from helpers.ingest import _iso_date

    assert _iso_date(value)[0] == published
