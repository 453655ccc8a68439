"""Bring your own corpus: extract articles from saved HTML, build a corpus folder from a list
of URLs or from a table of articles (a news-database or scraper export), or write a starting
manifest for a folder of files.

The main text, title, author and date of an HTML page come from trafilatura (a field-standard
extractor); the text then passes through the same cleaning as plain-text articles.

Command line::

    python -m helpers.ingest fetch urls.txt --out data/my_corpus   # fetch each URL once
    python -m helpers.ingest table export.csv --out data/my_corpus # one file per row of a table
    python -m helpers.ingest manifest data/my_folder                # starting manifest.csv

``fetch`` stores every page as it arrived (so the corpus is reproducible without the network
afterwards), writes ``manifest.csv`` with what the extractor found, and reports each URL that
failed, in ``fetch_failures.csv`` and on the terminal. ``table`` reads a CSV, TSV, JSON or JSON
Lines export with one article a row (text, outlet and what else it has, found by the usual column
names or named on the command line), writes each article's text as it is into its own file and
the metadata into ``manifest.csv``, and lists every row it could not use in
``import_failures.csv`` and on the terminal. The export itself is only read.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import html as html_module
import http.client
import io
import json
import os
import re
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Callable
from datetime import date
from itertools import chain, islice
from pathlib import Path
from urllib.parse import unquote_plus, urljoin, urlparse, urlsplit, urlunsplit

from .corpus import (
    MAX_FILE_BYTES,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    CorpusError,
    read_bounded,
    write_manifest_template,
)
from .htmlpage import extract_html  # noqa: F401 - part of this module's interface
from .paths import resolve
from .schema import escape_cell
from .textsafety import clean_label

MAX_PAGE_BYTES = 5_000_000
USER_AGENT = "outlet-briefing/0.1 (+research; one request per URL)"


def _outlet_from_url(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.")


TRACKING_PARAMETERS = ("fbclid", "gclid", "mc_cid", "mc_eid", "igshid")
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_url(url: str) -> str:
    """``url`` with scheme and host in lower case, without fragment, default port or tracking
    parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``mc_eid``, ``igshid``): the key
    by which two links to one page are recognised. The rest (path, other parameters) is kept.

    >>> normalise_url("HTTP://Example.COM:80/News/Story?utm_source=x&id=7&fbclid=y#top")
    'http://example.com/News/Story?id=7'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port  # ValueError for a port that is not a number
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if "@" in parts.netloc:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    kept = [p for p in parts.query.split("&") if p and not _is_tracking(p.split("=", 1)[0])]
    return urlunsplit((scheme, netloc, parts.path or ("/" if netloc else ""), "&".join(kept), ""))


def _is_tracking(name: str) -> bool:
    name = unquote_plus(name).lower()
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def canonical_url(html: str, base: str) -> str | None:
    """The page's ``<link rel="canonical" href="…">``, absolute, or None.

    >>> canonical_url('<head><link href="/a?utm_medium=m" rel="canonical"></head>', "http://x.org/b#c")
    'http://x.org/a?utm_medium=m'
    """
    head = html[: html.lower().find("</head>")] if "</head>" in html.lower() else html[:200_000]
    for tag in _LINK_TAG.findall(head):
        attributes = {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTRIBUTE.findall(tag)}
        if "canonical" in attributes.get("rel", "").lower().split() and attributes.get("href", "").strip():
            href = urljoin(base, html_module.unescape(attributes["href"].strip()))
            return href if urlparse(href).scheme in ("http", "https") else None
    return None


def _decode(data: bytes, charset: str | None) -> str:
    """The page's text in its declared charset; an unknown charset (or none) falls back to
    UTF-8, undecodable bytes replaced.

    >>> _decode("caf\\u00e9".encode(), "klingon-8"), _decode(b"caf\\xe9", "latin-1")
    ('café', 'café')
    """
    try:
        return data.decode(charset or "utf-8", errors="replace")
    except (LookupError, TypeError):
        return data.decode("utf-8", errors="replace")


class _Deadline:
    """Shuts down every connection of one page fetch when its overall deadline passes, so a
    server that trickles its headers or body cannot hold the fetch beyond ``timeout``."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.end = time.monotonic() + timeout
        self.sockets: list[socket.socket] = []
        self.expired = False
        self.timer = threading.Timer(timeout, self.expire)
        self.timer.daemon = True

    def expire(self) -> None:
        self.expired = True
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def check(self) -> None:
        if self.expired or time.monotonic() > self.end:
            raise TimeoutError(f"no complete page within {self.timeout:g} s")

    def opener(self) -> urllib.request.OpenerDirector:
        deadline = self

        class HTTPConnection(http.client.HTTPConnection):
            def connect(self):
                super().connect()
                deadline.sockets.append(self.sock)

        class HTTPSConnection(http.client.HTTPSConnection):
            def connect(self):
                super().connect()
                deadline.sockets.append(self.sock)

        class HTTPHandler(urllib.request.HTTPHandler):
            def http_open(self, req):
                return self.do_open(HTTPConnection, req)

        class HTTPSHandler(urllib.request.HTTPSHandler):
            def https_open(self, req):
                return self.do_open(HTTPSConnection, req, context=self._context)

        opener = urllib.request.OpenerDirector()  # http(s) only: a redirect to ftp: or file: is refused
        for handler in (urllib.request.ProxyHandler(), HTTPHandler(), HTTPSHandler(), urllib.request.HTTPRedirectHandler(),
                        urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor(),
                        urllib.request.UnknownHandler()):
            opener.add_handler(handler)
        return opener


def fetch_page(url: str, timeout: float) -> tuple[bytes, str | None, str]:
    """The body (at most ``MAX_PAGE_BYTES``), declared charset and final URL (after redirects)
    of one page, within an overall deadline of ``timeout`` seconds."""
    deadline = _Deadline(timeout)
    deadline.timer.start()
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with deadline.opener().open(request, timeout=timeout) as response:
            deadline.check()
            chunks, size = [], 0
            while size <= MAX_PAGE_BYTES:
                chunk = response.read1(65536)
                deadline.check()
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            charset = response.headers.get_content_charset()
            final = response.geturl()
    except (OSError, http.client.HTTPException) as err:
        if deadline.expired or time.monotonic() > deadline.end:
            raise TimeoutError(f"no complete page within {timeout:g} s") from err
        raise
    finally:
        deadline.timer.cancel()
    if size > MAX_PAGE_BYTES:
        raise ValueError(f"page larger than {MAX_PAGE_BYTES:,} bytes")
    return b"".join(chunks), charset, final


MANIFEST_FIELDS = ["file", "outlet", "title", "author", "published", "url", "kind", "country", "language", "notes"]


def _manifest_row(row: dict) -> dict:
    """A manifest row as written: text from a page or an export is untrusted, so a cell that
    would start a spreadsheet formula gets an apostrophe (`read_manifest` removes it again)."""
    return {k: escape_cell(v) for k, v in row.items()}


def fetch_corpus(urls: list[str], out: str | os.PathLike[str], timeout: float = 20.0,
                 report: Callable[[str], None] | None = None) -> tuple[Path, list[dict]]:
    """Fetch each page once into ``out`` (a new folder): raw pages, ``manifest.csv`` and
    ``fetch_failures.csv``, both written row by row as pages arrive or fail, so an interruption
    keeps what was fetched. Links are compared normalised (`normalise_url`), after redirects and
    by the page's canonical link; a second link to a page is a failure row "duplicate of …".
    ``timeout`` is the overall deadline per page. Returns the manifest path and the failures
    (url, error); ``report`` is called with a line for each failure as it happens."""
    folder = resolve(out)
    if (folder / "manifest.csv").exists():
        raise FileExistsError(f"{folder / 'manifest.csv'} exists; fetch into a new folder so no corpus is overwritten.")
    folder.mkdir(parents=True, exist_ok=True)
    failures: list[dict] = []
    seen: dict[str, str] = {}  # normalised URL (as listed, final, canonical) -> the URL first fetched for it
    manifest = folder / "manifest.csv"
    with open(manifest, "x", encoding="utf-8", newline="") as manifest_fh, \
            open(folder / "fetch_failures.csv", "w", encoding="utf-8", newline="") as failures_fh:
        rows = csv.DictWriter(manifest_fh, fieldnames=MANIFEST_FIELDS, restval="")
        failed = csv.DictWriter(failures_fh, fieldnames=["url", "error"])
        rows.writeheader()
        failed.writeheader()
        manifest_fh.flush()
        failures_fh.flush()

        def fail(url: str, error: str) -> None:
            failures.append({"url": url, "error": error})
            failed.writerow({k: escape_cell(v) for k, v in failures[-1].items()})
            failures_fh.flush()
            if report:
                report(f"{'skipped' if error.startswith('duplicate of') else 'failed'}: {url}: {error}")

        for number, url in enumerate(u.strip() for u in urls):
            if not url or url.startswith("#"):
                continue
            try:
                key = normalise_url(url)
            except ValueError as err:
                fail(url, f"ValueError: not a valid URL ({err})")
                continue
            if key in seen:
                fail(url, f"duplicate of {seen[key]}")
                continue
            seen[key] = url
            try:
                if urlparse(key).scheme not in ("http", "https"):
                    raise ValueError("not an http(s) URL")
                data, charset, final = fetch_page(key, timeout)
                html = _decode(data, charset)
                keys = {normalise_url(final)}
                canonical = canonical_url(html, final)
                if canonical:
                    keys.add(normalise_url(canonical))
                earlier = next((seen[k] for k in sorted(keys) if k in seen and seen[k] != url), None)
                if earlier:
                    fail(url, f"duplicate of {earlier} (same page after redirects or by its canonical link)")
                    continue
                seen.update(dict.fromkeys(keys, url))
                extracted = extract_html(html)
                if not extracted["text"].strip():
                    raise ValueError("no article text found on the page")
            except urllib.error.HTTPError as err:
                fail(url, f"HTTP {err.code} {err.reason}")
                continue
            except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as err:
                fail(url, f"{type(err).__name__}: {getattr(err, 'reason', err)}")
                continue
            except Exception as err:  # noqa: BLE001 - one odd page must not lose the others; it is reported
                fail(url, f"{type(err).__name__}: {err}")
                continue
            name = f"{number:04d}_{hashlib.sha1(url.encode()).hexdigest()[:12]}.html"
            (folder / name).write_text(html, encoding="utf-8")
            rows.writerow(_manifest_row({"file": name, "outlet": _outlet_from_url(key), "title": extracted["title"],
                                         "author": extracted["author"], "published": extracted["published"], "url": url,
                                         "notes": "fetched by helpers.ingest; outlet is the site's domain, edit it to the outlet's name"}))
            manifest_fh.flush()
    return manifest, failures


# --- a table of articles (news-database and scraper exports) -----------------------------

MAX_TABLE_BYTES = 4_000_000_000  # CSV and JSON Lines are streamed; a JSON document is read whole
MAX_JSON_BYTES = 500_000_000
COLUMN_SAMPLE = 1000  # records read to find the columns (every field any of them has)
TABLE_SUFFIXES = (".csv", ".tsv", ".tab", ".txt", ".json", ".jsonl", ".ndjson")
# the column names exports use for each manifest field, most specific first (compared in lower
# case, with spaces and hyphens as underscores)
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "full_text", "fulltext", "article_text", "articletext", "body_text", "bodytext",
             "content", "maintext", "main_text", "story_text", "article", "story", "document"),
    "outlet": ("outlet", "publication", "publication_title", "publication_name", "source_name", "media_name",
               "publisher", "newspaper", "source_title", "site_name", "sitename", "source", "media", "site", "pub",
               "domain", "media_url"),
    "title": ("title", "headline", "article_title", "hed", "head"),
    "published": ("published", "publish_date", "published_date", "publication_date", "published_at", "date_published",
                  "published_on", "pub_time", "publish_time",
                  "date_publish", "pubdate", "pub_date", "publishdate", "date", "datetime", "seendate", "timestamp"),
    "author": ("author", "authors", "byline", "by_line", "creator", "writer"),
    "url": ("url", "link", "article_url", "source_url", "web_url", "permalink", "uri"),
    "id": ("id", "article_id", "stories_id", "story_id", "doc_id", "document_id", "docid", "guid", "uuid"),
    "kind": ("kind", "type", "genre", "section_type"),
    "country": ("country", "source_country"),
    "language": ("language", "lang"),
    "notes": ("notes",),
}
HTML_TEXT = re.compile(r"<(?:p|div|br|span|h[1-6]|article|section|html|body)\b[^>]*>", re.I)
YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
ISO_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])")


def _column_key(name: str) -> str:
    """A column name compared: camel case split ("publishedAt" → "published_at"), lower case,
    spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", re.sub(r"(?<=[a-z])(?=[A-Z])", "_", clean_label(name)).lower())


def table_columns(header: list[str], chosen: dict[str, str] | None = None) -> dict[str, str]:
    """Which column of an export gives each manifest field: ``chosen`` (field → column, as named
    on the command line) first, then the usual names (`COLUMN_NAMES`). A CorpusError when a
    chosen column does not exist, or when no column holds the text or the outlet and no URL
    column can stand in for the outlet.

    >>> table_columns(["Headline", "Publication", "Full Text", "Date"])
    {'text': 'Full Text', 'outlet': 'Publication', 'title': 'Headline', 'published': 'Date'}
    """
    by_key = {}
    for name in header:
        by_key.setdefault(_column_key(name), name)
    found: dict[str, str] = {}
    for field, column in (chosen or {}).items():
        if column:
            if column not in header and _column_key(column) not in by_key:
                raise CorpusError(f"no column {column!r} for {field}; the table's columns are {', '.join(map(repr, header))}.")
            found[field] = column if column in header else by_key[_column_key(column)]
    taken = set(found.values())
    for field, names in COLUMN_NAMES.items():
        if field in found:
            continue
        column = next((by_key[n] for n in names if n in by_key and by_key[n] not in taken), None)
        if column:
            found[field] = column
            taken.add(column)
    if "text" not in found:
        raise CorpusError(f"no column with the article text (looked for {', '.join(COLUMN_NAMES['text'][:6])} …); "
                          f"the table's columns are {', '.join(map(repr, header))}: name it with --text COLUMN.")
    if "outlet" not in found and "url" not in found:
        raise CorpusError(f"no column naming the outlet (looked for {', '.join(COLUMN_NAMES['outlet'][:6])} …) and no URL "
                          f"to take the site from; the table's columns are {', '.join(map(repr, header))}: name it with --outlet COLUMN.")
    return found


def _cell(value: object) -> str:
    """A cell of an export as text: a list (several authors) joined, an object (NewsAPI's
    ``source``) by its name."""
    if value is None or (isinstance(value, float) and value != value):  # None, NaN: no value
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value if _cell(v))
    if isinstance(value, dict):
        return _cell(value.get("name") or value.get("title") or value.get("id") or "")
    return str(value)


def _iso_date(value: str) -> tuple[str, str]:
    """(YYYY-MM-DD, note): an ISO date or timestamp is cut to its date; another form is read by
    pandas and the note says from what; what cannot be read is left empty, with a note."""
    if not value.strip():
        return "", ""
    m = ISO_DATE.match(value)
    if m:
        try:
            date.fromisoformat(m.group(1))
            return m.group(1), ""
        except ValueError:
            return "", f"date {value.strip()[:40]!r} is not a calendar date, left empty"
    if not YEAR.search(value):  # "March 5", "10:30": pandas would invent the year or take today
        return "", f"date {value.strip()[:40]!r} has no year, left empty"
    import pandas as pd

    try:
        with warnings.catch_warnings():  # pandas warns when it guesses a format: the note records the original
            warnings.simplefilter("ignore")
            parsed = pd.to_datetime(value.strip(), errors="coerce")
    except (ValueError, TypeError, OverflowError):
        parsed = pd.NaT
    if pd.isna(parsed) or not 1800 <= parsed.year <= 2200:
        return "", f"date {value.strip()[:40]!r} not understood, left empty"
    return parsed.strftime("%Y-%m-%d"), f"date read from {value.strip()[:40]!r}"


def _table_rows(path: Path):
    """(row number, record) for each article of a CSV/TSV, JSON or JSON Lines export, rows
    numbered from 1 in the order of the table (a CSV's header is not a row)."""
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise CorpusError(f"{path}: unsupported table type {suffix!r}; give a CSV, TSV, JSON or JSON Lines (.jsonl) file "
                          f"(a spreadsheet: save it as CSV UTF-8).")
    try:
        size = path.stat().st_size
    except OSError as err:
        raise CorpusError(f"{path}: cannot be read ({err.strerror or err}).") from err
    if not path.is_file():
        raise CorpusError(f"{path}: not a regular file (a folder, a pipe or a device); give the exported table itself.")
    if size > MAX_TABLE_BYTES or (suffix == ".json" and size > MAX_JSON_BYTES):
        raise CorpusError(f"{path}: {size:,} bytes is more than this command reads; split it, or give JSON as JSON Lines.")
    if suffix == ".json":
        data = read_bounded(path, MAX_JSON_BYTES, "table")
        try:
            document = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError as err:
            raise CorpusError(f"{path}: not UTF-8 (byte {data[err.start]:#x} at {err.start}); re-save it as UTF-8.") from err
        except json.JSONDecodeError as err:
            raise CorpusError(f"{path}: not valid JSON ({err.msg} at line {err.lineno}, column {err.colno}).") from err
        except (RecursionError, ValueError) as err:  # nesting too deep, a number too long to read
            raise CorpusError(f"{path}: JSON that cannot be read as a table of articles ({type(err).__name__}).") from err
        if isinstance(document, dict):  # {"articles": [...]} (NewsAPI), {"data": [...]}: the one list of records
            lists = [v for v in document.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
            if len(lists) != 1:
                raise CorpusError(f"{path}: expected a list of articles, or an object holding one such list; found keys "
                                  f"{', '.join(map(repr, list(document)[:10]))}.")
            document = lists[0]
        if not isinstance(document, list) or not all(isinstance(x, dict) for x in document):
            raise CorpusError(f"{path}: expected a list of articles (JSON objects).")
        yield from enumerate(document, start=1)
        return
    fh = open(path, "rb")  # noqa: SIM115 - closed below; streamed, the table can be large
    try:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        try:
            if suffix in (".jsonl", ".ndjson"):
                number = 0
                for line_number, line in enumerate(text, start=1):
                    if not line.strip():
                        continue
                    number += 1
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as err:
                        raise CorpusError(f"{path}: line {line_number} is not valid JSON ({err.msg}).") from err
                    except (RecursionError, ValueError) as err:
                        raise CorpusError(f"{path}: line {line_number} cannot be read ({type(err).__name__}).") from err
                    if not isinstance(record, dict):
                        raise CorpusError(f"{path}: line {line_number} is not a JSON object.")
                    yield number, record
                return
            sample = text.read(65536)
            text.seek(0)
            tab_separated = suffix in (".tsv", ".tab")
            csv.field_size_limit(MAX_FILE_BYTES * 2)
            # a TSV quotes nothing: its quotation marks are the articles' own ("We will win," she said)
            reader = csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE) if tab_separated else \
                csv.reader(text, delimiter=_sniff_delimiter(sample))
            header = next(reader, None)
            if not header:
                raise CorpusError(f"{path}: empty; expected a header row and one article a row.")
            repeated = sorted({h for h in header if header.count(h) > 1 and h.strip()})
            if repeated:
                raise CorpusError(f"{path}: column(s) {', '.join(map(repr, repeated))} appear more than once in the header; "
                                  f"keep one of each.")
            number = 0
            for record in reader:
                if not any(cell.strip() for cell in record):
                    continue
                number += 1
                if len(record) > len(header):
                    raise CorpusError(f"{path}: line {reader.line_num} has {len(record)} fields but the header has "
                                      f"{len(header)}; a field holding the delimiter or a line break needs double quotes.")
                yield number, dict(zip(header, record, strict=False))
        except UnicodeDecodeError as err:
            raise CorpusError(f"{path}: not UTF-8 ({err.reason}); re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8.") from err
        except csv.Error as err:
            raise CorpusError(f"{path}: not a readable CSV ({err}).") from err
    finally:
        fh.close()


def _sniff_delimiter(sample: str) -> str:
    """Comma, semicolon, tab or vertical bar: the one the header line holds most of."""
    header = sample.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def import_table(table: str | os.PathLike[str], out: str | os.PathLike[str], columns: dict[str, str] | None = None,
                 report: Callable[[str], None] | None = None) -> tuple[Path, list[dict]]:
    """Build a corpus folder ``out`` (new, or without a manifest) from a table of articles: each
    usable row's text, exactly as in the table, in its own file (``.html`` when it is HTML, so
    it is extracted like a saved page; else ``.txt``), and a manifest row with its outlet, title,
    author, date (as YYYY-MM-DD), URL, id and note of where it came from. Rows without text or
    outlet, with a repeated id, or with text over the article size limit are not imported; each
    is a row of ``import_failures.csv`` (row, reason) and a call of ``report``. Returns the
    manifest path and those failures. The table itself is only read."""
    source = resolve(table)
    folder = resolve(out)
    manifest = folder / "manifest.csv"
    if manifest.exists():
        raise FileExistsError(f"{manifest} exists; import into a new folder so no corpus is overwritten.")
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FileExistsError(f"{folder}: exists and is not an empty folder; import into a new folder so no file is overwritten.")
    rows = _table_rows(source)
    ahead = list(islice(rows, COLUMN_SAMPLE))  # JSON records need not all carry every field: look at the first many
    if not ahead:
        raise CorpusError(f"{source}: no articles in the table.")
    found = table_columns(list(dict.fromkeys(key for _, record in ahead for key in record)), columns)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    written_files: list[Path] = []
    try:
        failures = _write_table_corpus(source, folder, chain(ahead, rows), found, written_files, report)
    except BaseException:  # a table that turns out bad half-way (or an interrupt) leaves no half corpus behind
        for path in reversed(written_files):
            path.unlink(missing_ok=True)
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return manifest, failures


def _write_table_corpus(source: Path, folder: Path, rows, found: dict[str, str], written_files: list[Path],
                        report: Callable[[str], None] | None) -> list[dict]:
    """The work of `import_table`: each path it creates is added to ``written_files`` first."""
    failures: list[dict] = []
    ids: dict[str, int] = {}
    fields = list(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
    written_files += [folder / "manifest.csv", folder / "import_failures.csv"]
    with open(folder / "manifest.csv", "x", encoding="utf-8", newline="") as manifest_fh, \
            open(folder / "import_failures.csv", "x", encoding="utf-8", newline="") as failures_fh:
        written = csv.DictWriter(manifest_fh, fieldnames=fields, restval="")
        failed = csv.DictWriter(failures_fh, fieldnames=["row", "reason"])
        written.writeheader()
        failed.writeheader()

        def fail(number: int, reason: str) -> None:
            failures.append({"row": number, "reason": reason})
            failed.writerow({"row": number, "reason": escape_cell(reason)})
            if report:
                report(f"row {number}: {reason}")

        for number, record in rows:
            value = {field: _cell(record.get(column)) for field, column in found.items()}
            text = value.get("text", "")
            outlet = clean_label(value.get("outlet", "")) or _outlet_from_url(value.get("url", "").strip())
            if not text.strip():
                fail(number, "no article text")
                continue
            if not outlet:
                fail(number, "no outlet (and no URL to take the site from)")
                continue
            try:
                size = len(text.encode("utf-8"))
            except UnicodeEncodeError:
                fail(number, "text holds characters that are not Unicode (lone surrogates from a broken export)")
                continue
            if size > MAX_FILE_BYTES:
                fail(number, f"text of {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte article limit")
                continue
            article_id = clean_label(value.get("id", ""))
            if article_id and article_id in ids:
                fail(number, f"repeats the id {article_id!r} of row {ids[article_id]}")
                continue
            suffix = ".html" if HTML_TEXT.search(text) else ".txt"
            name = f"row{number:07d}{suffix}"
            if not article_id:  # the row's own name, unless a given id already took it
                article_id = Path(name).stem if Path(name).stem not in ids else f"{Path(name).stem}-{number}"
            ids[article_id] = number
            published, date_note = _iso_date(value.get("published", ""))
            notes = [f"imported from {source.name}, row {number}"]
            if not clean_label(value.get("outlet", "")):
                notes.append("outlet is the site's domain: edit it to the outlet's name")
            if date_note:
                notes.append(date_note)
            if clean_label(value.get("notes", "")):
                notes.append(clean_label(value["notes"]))
            written_files.append(folder / name)
            with open(folder / name, "x", encoding="utf-8", newline="") as fh:  # exactly the text, line ends included
                fh.write(text)
            written.writerow(_manifest_row({
                "file": name, "id": article_id, "outlet": outlet, "title": clean_label(value.get("title", "")),
                "author": clean_label(value.get("author", "")), "published": published,
                "url": clean_label(value.get("url", "")), "kind": clean_label(value.get("kind", "")),
                "country": clean_label(value.get("country", "")), "language": clean_label(value.get("language", "")),
                "notes": "; ".join(notes)}))
    return failures



MAX_URL_LIST_BYTES = 50_000_000


def read_url_list(path: str | os.PathLike[str]) -> list[str]:
    """The lines of a URL list file (UTF-8); a CorpusError naming the file for anything else."""

    file = Path(path)
    data = read_bounded(file, MAX_URL_LIST_BYTES, "URL list")
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as err:
        raise CorpusError(f"{file}: not UTF-8 (byte {data[err.start]:#x} at {err.start}); re-save the URL list as UTF-8, "
                          f"e.g. iconv -f latin1 -t utf-8.") from err


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build or describe a corpus folder.")
    sub = parser.add_subparsers(dest="command", required=True)
    fetch = sub.add_parser("fetch", help="fetch a list of URLs (one per line) into a new corpus folder")
    fetch.add_argument("urls", help="a text file with one URL per line")
    fetch.add_argument("--out", required=True, help="the corpus folder to create")
    fetch.add_argument("--timeout", type=float, default=20.0, help="overall deadline per page, in seconds")
    manifest = sub.add_parser("manifest", help="write a starting manifest.csv for a folder of article files")
    manifest.add_argument("folder")
    table = sub.add_parser("table", help="a corpus folder from a CSV/TSV/JSON/JSON Lines table with one article a row")
    table.add_argument("table", help="the exported table")
    table.add_argument("--out", required=True, help="the corpus folder to create")
    for field in ("text", "outlet", "title", "published", "author", "url", "id"):
        table.add_argument(f"--{field}", metavar="COLUMN", help=f"the column holding the {field} (default: found by its usual names)")
    args = parser.parse_args(argv)

    if args.command == "manifest":
        try:
            path = write_manifest_template(args.folder)
        except CorpusError as err:
            print(f"ingest: {err}", file=sys.stderr)
            return 1
        print(f"wrote {path}: fill in the outlet column (required) and what else you know")
        return 0
    if args.command == "table":
        return _import_command(args)
    built = _built(lambda: fetch_corpus(read_url_list(args.urls), args.out, args.timeout,
                                        report=lambda line: print(f"  {line}", flush=True)), args.out)
    if built is None:
        return 1
    manifest_path, failures = built
    with open(manifest_path, encoding="utf-8", newline="") as fh:
        fetched = sum(1 for _ in csv.DictReader(fh))
    duplicates = sum(f["error"].startswith("duplicate of") for f in failures)
    print(f"fetched {fetched} page(s) into {manifest_path.parent}; manifest: {manifest_path}"
          + (f"; {duplicates} duplicate link(s) skipped" if duplicates else "")
          + (f"; {len(failures) - duplicates} failed (fetch_failures.csv)" if len(failures) > duplicates else ""))
    return 0 if fetched else 1


def _built(build: Callable[[], tuple[Path, list[dict]]], out: str) -> tuple[Path, list[dict]] | None:
    """Run an ingest command's build; for what the user must fix, one line on the terminal and None."""
    try:
        return build()
    except (CorpusError, FileExistsError) as err:
        print(f"ingest: {err}", file=sys.stderr)
    except OSError as err:
        print(f"ingest: {getattr(err, 'filename', None) or out}: {err.strerror or err}", file=sys.stderr)
    return None


def _import_command(args: argparse.Namespace) -> int:
    chosen = {f: getattr(args, f) for f in ("text", "outlet", "title", "published", "author", "url", "id") if getattr(args, f)}
    built = _built(lambda: import_table(args.table, args.out, chosen,
                                        report=lambda line: print(f"  skipped {line}", flush=True)), args.out)
    if built is None:
        return 1
    manifest_path, failures = built
    with open(manifest_path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    outlets = len({r["outlet"] for r in rows})
    print(f"imported {len(rows)} article(s) from {outlets} outlet(s) into {manifest_path.parent}; manifest: {manifest_path}"
          + (f"; {len(failures)} row(s) skipped (import_failures.csv)" if failures else ""))
    if rows:
        print(f"next: check the outlet names in the manifest, then make briefing CORPUS={manifest_path.parent}")
    return 0 if rows else 1


if __name__ == "__main__":
    raise SystemExit(main())
