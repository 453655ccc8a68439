"""Load a corpus folder (article files + ``manifest.csv``) into one DataFrame, cleaned.

A corpus folder holds the article files and a ``manifest.csv`` with one row per article:
``file`` and ``outlet`` are required; ``id``, ``title``, ``author``, ``published``, ``url``,
``kind``, ``country``, ``language`` and ``notes`` are optional. The folder is only read.

>>> corpus = load_corpus("data/raw")
>>> len(corpus), corpus["outlet"].is_unique
(5, True)
"""

from __future__ import annotations

import csv
import os
from functools import partial
from pathlib import Path

import pandas as pd

from .cleaning import clean_text, words
from .parallel import parallel_map
from .paths import resolve

REQUIRED_COLUMNS = ("file", "outlet")
OPTIONAL_COLUMNS = ("id", "title", "author", "published", "url", "kind", "country", "language", "notes")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt",) + HTML_SUFFIXES
MAX_FILE_BYTES = 5_000_000


class CorpusError(ValueError):
    """A corpus that cannot be read; the message names the file and what to do."""


def read_manifest(folder: str | os.PathLike[str]) -> pd.DataFrame:
    """Read and check ``manifest.csv`` in ``folder``; every column comes back as text.

    >>> read_manifest("data/raw").columns[:2].tolist()
    ['file', 'outlet']
    """
    folder = resolve(folder)
    path = folder / "manifest.csv"
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder. A corpus is a folder of article files with a manifest.csv.")
    if not path.exists():
        raise CorpusError(
            f"{path}: no manifest. Write one with a row per article and at least the columns "
            f"{', '.join(REQUIRED_COLUMNS)}."
        )
    try:
        manifest = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError as err:
        raise CorpusError(f"{path}: not UTF-8 ({err.reason} at byte {err.start}); save it as UTF-8.") from err
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise CorpusError(f"{path}: not a readable CSV ({err}).") from err
    manifest.columns = [c.strip().lower() for c in manifest.columns]
    missing = [c for c in REQUIRED_COLUMNS if c not in manifest.columns]
    if missing:
        raise CorpusError(f"{path}: missing required column(s) {', '.join(missing)}; the header has {', '.join(manifest.columns)}.")
    for col in OPTIONAL_COLUMNS:
        if col not in manifest.columns:
            manifest[col] = ""
    manifest = manifest.apply(lambda s: s.str.strip())
    if "id" in manifest and (manifest["id"] == "").all():
        manifest["id"] = manifest["file"].map(lambda f: Path(f).stem)
    manifest.loc[manifest["id"] == "", "id"] = manifest.loc[manifest["id"] == "", "file"].map(lambda f: Path(f).stem)
    for col in ("file", "id"):
        dup = manifest[col][manifest[col].duplicated()].tolist()
        if dup:
            raise CorpusError(f"{path}: duplicate {col} value(s) {', '.join(dup)}; each article needs its own row and {col}.")
    empty = manifest.index[(manifest["file"] == "") | (manifest["outlet"] == "")].tolist()
    if empty:
        raise CorpusError(f"{path}: row(s) {', '.join(str(i + 2) for i in empty)} lack a file or an outlet.")
    return manifest


def read_article(path: Path) -> str:
    """Read one article file as UTF-8 text, with a clear error for anything else."""
    if not path.exists():
        raise CorpusError(f"{path}: listed in manifest.csv but not in the folder; add the file or remove its row.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise CorpusError(f"{path}: {size:,} bytes, more than an article ({MAX_FILE_BYTES:,}); split it or remove it.")
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{path}: a binary file, not text; remove it or replace it with the article text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CorpusError(
            f"{path}: not UTF-8 (byte {data[err.start]:#x} at {err.start}); it may be cp1252/latin-1. "
            f"Re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8."
        ) from err


def unlisted_files(folder: Path, manifest: pd.DataFrame) -> list[dict]:
    """Exclusion records for article-like files in ``folder`` that the manifest does not list."""
    listed = set(manifest["file"])
    return [{"file": name, "reason": "not listed in manifest.csv; add a row to analyse it"}
            for name in sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if name not in listed]


def prepare_article(folder: Path, record: dict) -> dict:
    """Read, extract (HTML), check and clean one manifest row; a CorpusError says why the
    article cannot be used. This is the per-article unit of `load_corpus` and of the parallel
    pipeline (`helpers.pipeline`)."""
    path = folder / record["file"]
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise CorpusError(f"{path}: unsupported file type '{suffix}'; give the article as .txt (UTF-8) or saved .html.")
    raw = read_article(path)
    if not raw.strip():
        raise CorpusError(f"{path}: empty file.")
    record = dict(record)
    extraction: list[dict] = []
    page_text = raw
    if suffix in HTML_SUFFIXES:
        from .ingest import extract_html

        extracted = extract_html(raw)
        if not extracted["text"].strip():
            raise CorpusError(f"{path}: no article text found in the HTML (the extractor returned nothing).")
        for field in ("title", "author", "published"):
            if not record.get(field) and extracted.get(field):
                record[field] = extracted[field]
        extraction.append({"line": 0, "action": "extracted", "reason": f"main text extracted from HTML by trafilatura {extracted['version']}",
                           "text": f"{len(raw):,} bytes of HTML → {len(extracted['text']):,} characters of text"})
        page_text, raw = extracted["page_text"], extracted["text"]
    cleaned = clean_text(raw, record.get("title", ""))
    if not cleaned.paragraphs:
        raise CorpusError(f"{path}: no article prose found (the page is all boilerplate or headings).")
    language = check_language(path, cleaned.body, record.get("language", ""))
    record["language"] = record.get("language") or language
    cleaning = extraction + cleaned.record()
    return {
        **record,
        "title": record.get("title") or cleaned.title,
        "byline": cleaned.byline,
        "body": cleaned.body,
        "headings": [h["text"] for h in cleaned.headings],
        "references": cleaned.references,
        "cleaning": cleaning,
        "raw_words": len(words(page_text)),
        "body_words": len(words(cleaned.body)),
        "paragraphs": len(cleaned.paragraphs),
        "removed_lines": sum(1 for r in cleaning if r["action"] == "removed"),
        "raw_text": page_text,
    }


def check_language(path: Path, body: str, declared: str) -> str:
    """The article's language: the manifest's if given, else detected (py3langid). The tone,
    readability and citation instruments are English-only, so anything else is excluded."""
    if declared:
        if not declared.lower().startswith("en"):
            raise CorpusError(f"{path}: language '{declared}' in manifest.csv; the analysis supports English only.")
        return declared
    import py3langid

    detected, _ = py3langid.classify(body[:5000])
    if detected != "en":
        raise CorpusError(f"{path}: the text looks like '{detected}' (py3langid), not English; the analysis supports "
                          f"English only. If it is English, set language=en in manifest.csv.")
    return "en"


def _prepare_or_error(folder: Path, record: dict) -> dict | CorpusError:
    try:
        return prepare_article(folder, record)
    except CorpusError as err:
        return err


def load_corpus(path: str | os.PathLike[str] = "data/raw", on_error: str = "exclude") -> pd.DataFrame:
    """One row per article: the manifest's fields plus ``id``, ``title``, ``byline``, ``body``
    (the article's own prose, cleaned), ``headings``, ``references`` (footnote entries as
    dicts), ``cleaning`` (the record of what was removed and why), and word counts.

    Articles that cannot be used are excluded with a reason (``on_error="exclude"``, listed in
    ``corpus.attrs["exclusions"]``) or stop the load (``on_error="raise"``). Problems with the
    manifest itself always stop the load. Files are only read, never written.
    """
    if on_error not in ("exclude", "raise"):
        raise ValueError("on_error must be 'exclude' or 'raise'")
    folder = resolve(path)
    manifest = read_manifest(folder)
    exclusions = unlisted_files(folder, manifest)
    records = manifest.to_dict("records")
    rows = []
    for record, outcome in zip(records, parallel_map(partial(_prepare_or_error, folder), records), strict=True):
        if isinstance(outcome, CorpusError):
            if on_error == "raise":
                raise outcome
            exclusions.append({"file": record["file"], "reason": str(outcome).split(": ", 1)[-1]})
        else:
            rows.append(outcome)
    if not rows:
        raise CorpusError(f"{folder}: no usable article; " + "; ".join(f"{e['file']}: {e['reason'].rstrip('.')}" for e in exclusions))
    corpus = pd.DataFrame(rows)
    corpus.attrs["exclusions"] = exclusions
    corpus.attrs["source"] = str(folder)
    return corpus


def corpus_description(path: str | os.PathLike[str]) -> dict:
    """The optional ``corpus.toml`` of a corpus folder (e.g. ``story = "…"``), or ``{}``.

    >>> "story" in corpus_description("data/raw")
    True
    """
    import tomllib

    file = resolve(path) / "corpus.toml"
    if not file.exists():
        return {}
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise CorpusError(f"{file}: not valid TOML ({err}).") from err


def cleaning_record(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every line of every article that is not body prose, with what was done and why.

    >>> record = cleaning_record(load_corpus("data/raw"))
    >>> {"line", "action", "reason", "text"} <= set(record.columns)
    True
    """
    rows = [{"id": a.id, "outlet": a.outlet, **r} for a in corpus.itertuples() for r in a.cleaning]
    return pd.DataFrame(rows, columns=["id", "outlet", "line", "action", "reason", "text"])


def reference_table(corpus: pd.DataFrame) -> pd.DataFrame:
    """The footnote / reference-list entries kept apart from the bodies, one row each."""
    rows = [{"id": a.id, "outlet_citing": a.outlet, **r} for a in corpus.itertuples() for r in a.references]
    return pd.DataFrame(rows, columns=["id", "outlet_citing", "line", "marker", "title", "outlet", "url", "accessed", "text"])


def write_manifest_template(folder: str | os.PathLike[str]) -> Path:
    """Write a starting ``manifest.csv`` for a folder of article files, for the user to
    complete (outlet is left empty). Refuses to overwrite an existing manifest."""
    folder = resolve(folder)
    path = folder / "manifest.csv"
    if path.exists():
        raise CorpusError(f"{path}: already exists; edit it instead.")
    files = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(REQUIRED_COLUMNS + OPTIONAL_COLUMNS[1:])
        for f in files:
            writer.writerow([f] + [""] * (len(REQUIRED_COLUMNS) + len(OPTIONAL_COLUMNS) - 2))
    return path
