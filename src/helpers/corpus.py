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
import io
import os
import stat
import warnings
from functools import partial
from pathlib import Path

import pandas as pd

from .cleaning import clean_text, word_count
from .htmlpage import extract_html
from .parallel import parallel_map
from .paths import resolve
from .schema import unescape_cell
from .textsafety import bom_encoding, clean_label, hidden_characters

REQUIRED_COLUMNS = ("file", "outlet")
OPTIONAL_COLUMNS = ("id", "title", "author", "published", "url", "kind", "country", "language", "notes")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt",) + HTML_SUFFIXES
MAX_FILE_BYTES = 5_000_000


class CorpusError(ValueError):
    """A corpus that cannot be read; the message names the file and what to do."""


MAX_MANIFEST_BYTES = 100_000_000
_A = {"article": "an article", "manifest": "a manifest", "URL list": "a URL list"}
_OTHER_DELIMITERS = {";": "semicolons", "\t": "tabs", "|": "vertical bars"}


def read_manifest(folder: str | os.PathLike[str]) -> pd.DataFrame:
    """Read and check ``manifest.csv`` in ``folder``; every column comes back as text, every
    field but ``file`` normalised by `clean_label`. Problems that do not stop the load (outlet
    names differing only in case, hidden characters removed) are listed in
    ``manifest.attrs["warnings"]``.

    >>> read_manifest("data/raw").columns[:2].tolist()
    ['file', 'outlet']
    """
    folder = resolve(folder)
    path = folder / "manifest.csv"
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder. A corpus is a folder of article files with a manifest.csv.")
    if not os.path.lexists(path):
        raise CorpusError(
            f"{path}: no manifest. Write one with a row per article and at least the columns "
            f"{', '.join(REQUIRED_COLUMNS)}."
        )
    data = read_bounded(path, MAX_MANIFEST_BYTES, "manifest")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CorpusError(f"{path}: not UTF-8 ({err.reason} at byte {err.start}); save it as UTF-8.") from err
    if "\x00" in text:
        raise CorpusError(f"{path}: contains NUL bytes, so it is not a text CSV; save it as UTF-8 CSV.")
    _check_delimiter(path, text)
    try:
        _check_row_lengths(path, text)
        with warnings.catch_warnings():  # extra empty fields at the end of a row are dropped
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            manifest = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, index_col=False).fillna("")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error) as err:
        raise CorpusError(f"{path}: not a readable CSV ({' '.join(str(err).split())}).") from err
    manifest.columns = [clean_label(c).lower() for c in manifest.columns]
    repeated = sorted({c for c in manifest.columns if list(manifest.columns).count(c) > 1})
    if repeated:
        raise CorpusError(f"{path}: column(s) {', '.join(repeated)} appear more than once in the header; keep one of each.")
    missing = [c for c in REQUIRED_COLUMNS if c not in manifest.columns]
    if missing:
        raise CorpusError(f"{path}: missing required column(s) {', '.join(missing)}; the header has {', '.join(manifest.columns)}.")
    for col in OPTIONAL_COLUMNS:
        if col not in manifest.columns:
            manifest[col] = ""
    manifest = manifest.astype(str)
    problems = _hidden_character_warnings(path, manifest)
    for col in manifest.columns:  # a cell written spreadsheet-safe ("'=…", as the ingest commands do) is read as it was
        manifest[col] = manifest[col].map(unescape_cell).map(str.strip if col == "file" else clean_label)
    if "id" in manifest and (manifest["id"] == "").all():
        manifest["id"] = manifest["file"].map(lambda f: Path(f).stem)
    manifest.loc[manifest["id"] == "", "id"] = manifest.loc[manifest["id"] == "", "file"].map(lambda f: Path(f).stem)
    errors = []  # every problem with the rows at once, not one per run
    for col in ("file", "id"):
        dup = manifest[col][manifest[col].duplicated() & (manifest[col] != "")].tolist()
        if dup:
            errors.append(f"{path}: duplicate {col} value(s) {', '.join(dup)}; each article needs its own row and {col}.")
    empty = manifest.index[(manifest["file"] == "") | (manifest["outlet"] == "")].tolist()
    if empty:
        errors.append(f"{path}: row(s) {', '.join(str(i + 2) for i in empty)} lack a file or an outlet.")
    if errors:
        raise CorpusError("\n".join(errors))
    manifest.attrs["warnings"] = problems + _case_warnings(path, manifest)
    return manifest


def _check_delimiter(path: Path, text: str) -> None:
    """Stop with a clear message when the header line is separated by something other than commas."""
    lines = text.lstrip("\r\n").splitlines()
    header = lines[0] if lines else ""
    if not header.strip() or set(REQUIRED_COLUMNS) <= _header_names(text, ","):
        return
    for delimiter, name in _OTHER_DELIMITERS.items():
        if delimiter in header and (header.count(delimiter) > header.count(",")
                                    or set(REQUIRED_COLUMNS) <= _header_names(text, delimiter)):
            raise CorpusError(
                f"{path}: the header line is separated by {name}, not commas; the delimiter looks wrong. manifest.csv must be "
                f"comma-separated: save it as CSV with commas (in a spreadsheet, 'CSV UTF-8 (comma delimited)')."
            )


def _check_row_lengths(path: Path, text: str) -> None:
    """Stop at the first row with more (non-empty) fields than the header: pandas would take the
    first column for an index, shifting every field by one."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next((row for row in reader if row), [])
    for row in reader:
        if len(row) > len(header) and any(field.strip() for field in row[len(header):]):
            raise CorpusError(f"{path}: line {reader.line_num} has {len(row)} fields but the header has {len(header)}; a field "
                              f"that contains a comma needs double quotes around it.")


def _header_names(text: str, delimiter: str) -> set[str]:
    try:
        return {clean_label(f).lower() for f in next(csv.reader(io.StringIO(text.lstrip("\r\n"), newline=""), delimiter=delimiter), [])}
    except csv.Error:
        return set()


def _hidden_character_warnings(path: Path, manifest: pd.DataFrame) -> list[str]:
    """One warning per field that had invisible, direction-changing or control characters."""
    found = []
    for col in manifest.columns:
        if col == "file":
            continue
        for index, value in manifest[col].items():
            hidden = hidden_characters(value)
            if hidden:
                found.append(f"{path}: row {index + 2}: {col} {clean_label(value)!r} had invisible or direction-changing "
                                f"character(s) {', '.join(dict.fromkeys(hidden))}; they were removed.")
    return found


def _case_warnings(path: Path, manifest: pd.DataFrame) -> list[str]:
    """One warning per group of outlet names that differ only in case: they are kept apart."""
    found = []
    groups: dict[str, dict[str, list[int]]] = {}
    for index, outlet in manifest["outlet"].items():
        groups.setdefault(outlet.casefold(), {}).setdefault(outlet, []).append(index + 2)
    for spellings in groups.values():
        if len(spellings) > 1:
            described = "; ".join(f"{name!r} (row{'s' if len(rows) > 1 else ''} {', '.join(map(str, rows))})"
                                  for name, rows in spellings.items())
            found.append(f"{path}: outlets differing only in case are analysed as different outlets: {described}. "
                            f"If they are one outlet, spell it the same way in every row.")
    return found


def _stat_error(path: Path, err: OSError | ValueError) -> CorpusError:
    reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
    return CorpusError(f"{path}: cannot be read ({reason}).")


def read_bounded(path: Path, limit: int, what: str = "article", shown: Path | None = None) -> bytes:
    """At most ``limit + 1`` bytes of the regular file at ``path``; anything that is not a
    regular file (folder, named pipe, device, socket) is refused before it is opened. Messages
    name ``shown`` (the file as the manifest lists it), else ``path``."""
    target, path = path, shown or path
    a_what = _A.get(what, f"a {what}")
    try:
        info = os.stat(target)
    except FileNotFoundError as err:
        if what != "article":
            raise CorpusError(f"{path}: not found.") from err
        raise CorpusError(f"{path}: listed in manifest.csv but not in the folder; add the file or remove its row.") from err
    except (OSError, ValueError) as err:
        raise _stat_error(path, err) from err
    if stat.S_ISDIR(info.st_mode):
        raise CorpusError(f"{path}: a folder, not a file; the {what} must be a file.")
    if not stat.S_ISREG(info.st_mode):
        raise CorpusError(f"{path}: not a regular file (a named pipe, device or socket); the {what} must be an ordinary file.")
    if info.st_size > limit:
        raise CorpusError(f"{path}: {info.st_size:,} bytes, more than {a_what} ({limit:,}); split it or remove it.")
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise _stat_error(path, err) from err
    with os.fdopen(fd, "rb", buffering=0) as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped after the check above
            raise CorpusError(f"{path}: not a regular file; the {what} must be an ordinary file.")
        chunks, size = [], 0
        while size <= limit:
            try:
                chunk = fh.read(min(1 << 20, limit + 1 - size))
            except OSError as err:
                raise _stat_error(path, err) from err
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise CorpusError(f"{path}: more than {limit:,} bytes, more than {a_what}; split it or remove it.")
    return data


def article_path(folder: Path, name: str) -> Path:
    """The path of the manifest's ``file`` ``name``, required to stay inside ``folder`` after
    following links; a CorpusError names the file otherwise.

    >>> article_path(Path("/corpus"), "../etc/passwd.txt")
    Traceback (most recent call last):
    ...
    helpers.corpus.CorpusError: /corpus/../etc/passwd.txt: outside the corpus folder ...
    """
    if "\x00" in name or not name.strip():
        raise CorpusError(f"{folder / name.replace(chr(0), '?')}: not a usable file name in manifest.csv.")
    path = folder / name
    if Path(name).is_absolute():
        raise CorpusError(f"{path}: outside the corpus folder (an absolute path); manifest.csv names files relative to "
                          f"the corpus folder, and only files inside it are read.")
    try:
        root = folder.resolve()
        lexical = Path(os.path.normpath(root / name))
        target = path.resolve()
    except (OSError, RuntimeError, ValueError) as err:
        raise CorpusError(f"{path}: cannot be followed ({err}); give a file inside the corpus folder.") from err
    if not lexical.is_relative_to(root):
        raise CorpusError(f"{path}: outside the corpus folder (the path leads out of it with '..'); only files inside the "
                          f"corpus folder are read.")
    if not target.is_relative_to(root):
        raise CorpusError(f"{path}: outside the corpus folder (a link pointing out of it); only files inside the corpus "
                          f"folder are read: copy the file in instead.")
    return target


def read_article(path: Path, shown: Path | None = None) -> str:
    """Read one article file as text (UTF-8, or UTF-16/UTF-32 with a byte-order mark), with a
    clear error naming ``shown`` (else ``path``) for anything else. At most ``MAX_FILE_BYTES + 1``
    bytes are ever read; `article_path` checks that a manifest's file stays inside the corpus."""
    shown = Path(shown or path)
    data = read_bounded(Path(path), MAX_FILE_BYTES, "article", shown)
    encoding = bom_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise CorpusError(f"{shown}: starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} "
                              f"({err.reason}); re-save it as UTF-8.") from err
        if "\x00" in text:
            raise CorpusError(f"{shown}: a binary file, not text (it contains NUL characters); remove it or replace it "
                              f"with the article text.")
        return text
    if b"\x00" in data:
        raise CorpusError(f"{shown}: a binary file, not text (it contains NUL bytes); remove it or replace it with the article text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CorpusError(
            f"{shown}: not UTF-8 (byte {data[err.start]:#x} at {err.start}); it may be cp1252/latin-1. "
            f"Re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8."
        ) from err


def unlisted_files(folder: Path, manifest: pd.DataFrame) -> list[dict]:
    """Exclusion records for article-like entries in ``folder`` that the manifest does not list.
    Odd entries (folders, pipes, links leading out of the folder) are named, never opened."""
    listed = {os.path.normpath(f) for f in manifest["file"] if f and "\x00" not in f}
    records = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    for entry in entries:
        if Path(entry.name).suffix.lower() not in ARTICLE_SUFFIXES or entry.name in listed:
            continue
        try:
            regular = entry.is_file(follow_symlinks=False)
            inside = not entry.is_symlink() or Path(entry.path).resolve().is_relative_to(Path(folder).resolve())
            regular = regular or (entry.is_symlink() and inside and Path(entry.path).resolve().is_file())
        except (OSError, RuntimeError, ValueError):
            regular, inside = False, False
        if regular and inside:
            reason = "not listed in manifest.csv; add a row to analyse it"
        else:
            reason = "not listed in manifest.csv, and not a regular file inside the corpus folder (it is never read)"
        records.append({"file": entry.name, "reason": reason})
    return records


def prepare_article(folder: Path, record: dict) -> dict:
    """Read, extract (HTML), check and clean one manifest row; a CorpusError says why the
    article cannot be used. This is the per-article unit of `load_corpus` and of the parallel
    pipeline (`helpers.pipeline`)."""
    folder = Path(folder)
    path = folder / record["file"]
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise CorpusError(f"{path}: unsupported file type '{suffix}'; give the article as .txt (UTF-8) or saved .html.")
    raw = read_article(article_path(folder, record["file"]), shown=path)
    if not raw.strip():
        raise CorpusError(f"{path}: empty file.")
    record = dict(record)
    extraction: list[dict] = []
    page_text = raw
    if suffix in HTML_SUFFIXES:
        extracted = extract_html(raw)
        if not extracted["text"].strip():
            raise CorpusError(f"{path}: no article text found in the HTML (the extractor returned nothing).")
        for field in ("title", "author", "published"):
            if not record.get(field) and extracted.get(field):
                record[field] = extracted[field]
        extraction.append({"line": 0, "action": "extracted", "reason": f"main text extracted from HTML by trafilatura {extracted['version']}",
                           "text": f"{len(raw):,} bytes of HTML → {len(extracted['text']):,} characters of text"})
        page_text, raw = extracted["page_text"], extracted["text"]
    cleaned = clean_text(raw, record.get("title", ""), str(record.get("author", "") or ""))
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
        "embeds": cleaned.embeds,
        # the photo captions removed from the body: they often give a person's title in full
        "captions": [r["text"] for r in cleaning if r["action"] == "removed" and "caption" in r["reason"]],
        "cleaning": cleaning,
        "raw_words": sum(map(word_count, page_text.split("\n"))),  # words never cross a line; most lines already counted
        "body_words": sum(map(word_count, cleaned.paragraphs)),  # words never cross the blank line between paragraphs
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


def check_corpus(folder: str | os.PathLike[str]) -> pd.DataFrame:
    """Check everything about a corpus that would stop a build (the manifest, ``corpus.toml``,
    ``actors.csv``) before any analysis starts, and report every problem at once (one
    CorpusError, a line per problem). Returns the manifest. Problems with single articles are
    not errors: those articles are excluded with their reason during the analysis."""
    from .tone import read_actors

    folder = resolve(folder)
    problems: list[str] = []
    manifest = None
    try:
        manifest = read_manifest(folder)
    except CorpusError as err:
        problems.append(str(err))
    if folder.is_dir():
        try:
            corpus_description(folder)
        except CorpusError as err:
            problems.append(str(err))
        actors = folder / "actors.csv"
        if actors.exists():
            try:
                if not read_actors(actors):
                    problems.append(f"{actors}: no actor,alias rows; add some or remove the file.")
            except (ValueError, UnicodeDecodeError, OSError) as err:
                problems.append(f"{actors}: {err}" if str(actors) not in str(err) else str(err))
    if problems:
        raise CorpusError("\n".join(problems))
    return manifest


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
