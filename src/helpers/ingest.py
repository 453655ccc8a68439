"""Bring your own corpus: extract articles from saved HTML, build a corpus folder from a list
of URLs, or write a starting manifest for a folder of files.

The main text, title, author and date of an HTML page come from trafilatura (a field-standard
extractor); the text then passes through the same cleaning as plain-text articles.

Command line::

    python -m helpers.ingest fetch urls.txt --out data/my_corpus   # fetch each URL once
    python -m helpers.ingest manifest data/my_folder                # starting manifest.csv

``fetch`` stores every page as it arrived (so the corpus is reproducible without the network
afterwards), writes ``manifest.csv`` with what the extractor found, and reports each URL that
failed, in ``fetch_failures.csv`` and on the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import html as html_module
import http.client
import os
import re
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote_plus, urljoin, urlparse, urlsplit, urlunsplit

from .corpus import CorpusError, read_bounded, write_manifest_template
from .htmlpage import extract_html  # noqa: F401 - part of this module's interface
from .paths import resolve

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
        rows = csv.DictWriter(manifest_fh, fieldnames=MANIFEST_FIELDS)
        failed = csv.DictWriter(failures_fh, fieldnames=["url", "error"])
        rows.writeheader()
        failed.writeheader()
        manifest_fh.flush()
        failures_fh.flush()

        def fail(url: str, error: str) -> None:
            failures.append({"url": url, "error": error})
            failed.writerow(failures[-1])
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
            rows.writerow({"file": name, "outlet": _outlet_from_url(key), "title": extracted["title"],
                           "author": extracted["author"], "published": extracted["published"], "url": url, "kind": "",
                           "country": "", "language": "",
                           "notes": "fetched by helpers.ingest; outlet is the site's domain, edit it to the outlet's name"})
            manifest_fh.flush()
    return manifest, failures


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
    args = parser.parse_args(argv)

    if args.command == "manifest":
        try:
            path = write_manifest_template(args.folder)
        except CorpusError as err:
            print(f"ingest: {err}", file=sys.stderr)
            return 1
        print(f"wrote {path}: fill in the outlet column (required) and what else you know")
        return 0
    try:
        urls = read_url_list(args.urls)
        manifest_path, failures = fetch_corpus(urls, args.out, args.timeout, report=lambda line: print(f"  {line}", flush=True))
    except (CorpusError, FileExistsError) as err:
        print(f"ingest: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"ingest: {getattr(err, 'filename', None) or args.out}: {err.strerror or err}", file=sys.stderr)
        return 1
    with open(manifest_path, encoding="utf-8", newline="") as fh:
        fetched = sum(1 for _ in csv.DictReader(fh))
    duplicates = sum(f["error"].startswith("duplicate of") for f in failures)
    print(f"fetched {fetched} page(s) into {manifest_path.parent}; manifest: {manifest_path}"
          + (f"; {duplicates} duplicate link(s) skipped" if duplicates else "")
          + (f"; {len(failures) - duplicates} failed (fetch_failures.csv)" if len(failures) > duplicates else ""))
    return 0 if fetched else 1


if __name__ == "__main__":
    raise SystemExit(main())
