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
import csv
import hashlib
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from .paths import resolve

MAX_PAGE_BYTES = 5_000_000
USER_AGENT = "outlet-briefing/0.1 (+research; one request per URL)"


def extract_html(html: str) -> dict[str, str]:
    """Main text (paragraphs on their own lines), metadata, and the whole page's text of an
    HTML document, by trafilatura.

    >>> page = "<html><head><title>T</title></head><body><article><h1>Talks end</h1>" + \\
    ...        "<p>" + "The talks ended on Monday without a deal, officials said. " * 3 + "</p></article></body></html>"
    >>> "The talks ended on Monday" in extract_html(page)["text"]
    True
    """
    import trafilatura
    from trafilatura import html2txt

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, deduplicate=False)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    return {
        "text": text,
        "title": (getattr(doc, "title", None) or "") if doc is not None else "",
        "author": (getattr(doc, "author", None) or "") if doc is not None else "",
        "published": (getattr(doc, "date", None) or "") if doc is not None else "",
        "page_text": html2txt(html) or text,
        "version": trafilatura.__version__,
    }


def _outlet_from_url(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.")


def fetch_corpus(urls: list[str], out: str | os.PathLike[str], timeout: float = 20.0) -> tuple[Path, list[dict]]:
    """Fetch each URL once into ``out`` (a new folder): raw pages, ``manifest.csv`` and
    ``fetch_failures.csv``. Returns the manifest path and the failures (url, error)."""
    folder = resolve(out)
    if (folder / "manifest.csv").exists():
        raise FileExistsError(f"{folder / 'manifest.csv'} exists; fetch into a new folder so no corpus is overwritten.")
    folder.mkdir(parents=True, exist_ok=True)
    rows, failures = [], []
    seen: set[str] = set()
    for number, url in enumerate(u.strip() for u in urls):
        if not url or url.startswith("#") or url in seen:
            continue
        seen.add(url)
        try:
            if urlparse(url).scheme not in ("http", "https"):
                raise ValueError("not an http(s) URL")
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
                data = response.read(MAX_PAGE_BYTES + 1)
                charset = response.headers.get_content_charset() or "utf-8"
            if len(data) > MAX_PAGE_BYTES:
                raise ValueError(f"page larger than {MAX_PAGE_BYTES:,} bytes")
            html = data.decode(charset, errors="replace")
            extracted = extract_html(html)
            if not extracted["text"].strip():
                raise ValueError("no article text found on the page")
        except urllib.error.HTTPError as err:
            failures.append({"url": url, "error": f"HTTP {err.code} {err.reason}"})
            continue
        except (urllib.error.URLError, OSError, ValueError) as err:
            failures.append({"url": url, "error": f"{type(err).__name__}: {getattr(err, 'reason', err)}"})
            continue
        name = f"{number:04d}_{hashlib.sha1(url.encode()).hexdigest()[:12]}.html"
        (folder / name).write_text(html, encoding="utf-8")
        rows.append({"file": name, "outlet": _outlet_from_url(url), "title": extracted["title"], "author": extracted["author"],
                     "published": extracted["published"], "url": url, "kind": "", "country": "", "language": "",
                     "notes": "fetched by helpers.ingest; outlet is the site's domain, edit it to the outlet's name"})
    manifest = folder / "manifest.csv"
    fields = ["file", "outlet", "title", "author", "published", "url", "kind", "country", "language", "notes"]
    with open(manifest, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    with open(folder / "fetch_failures.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["url", "error"])
        writer.writeheader()
        writer.writerows(failures)
    return manifest, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build or describe a corpus folder.")
    sub = parser.add_subparsers(dest="command", required=True)
    fetch = sub.add_parser("fetch", help="fetch a list of URLs (one per line) into a new corpus folder")
    fetch.add_argument("urls", help="a text file with one URL per line")
    fetch.add_argument("--out", required=True, help="the corpus folder to create")
    fetch.add_argument("--timeout", type=float, default=20.0)
    manifest = sub.add_parser("manifest", help="write a starting manifest.csv for a folder of article files")
    manifest.add_argument("folder")
    args = parser.parse_args(argv)
    if args.command == "manifest":
        from .corpus import CorpusError, write_manifest_template

        try:
            path = write_manifest_template(args.folder)
        except CorpusError as err:
            print(f"ingest: {err}", file=sys.stderr)
            return 1
        print(f"wrote {path}: fill in the outlet column (required) and what else you know")
        return 0
    urls = Path(args.urls).read_text(encoding="utf-8").splitlines()
    try:
        manifest_path, failures = fetch_corpus(urls, args.out, args.timeout)
    except FileExistsError as err:
        print(f"ingest: {err}", file=sys.stderr)
        return 1
    fetched = sum(1 for _ in open(manifest_path, encoding="utf-8")) - 1
    print(f"fetched {fetched} page(s) into {manifest_path.parent}; manifest: {manifest_path}")
    for failure in failures:
        print(f"  failed: {failure['url']}: {failure['error']}")
    return 0 if fetched else 1


if __name__ == "__main__":
    raise SystemExit(main())
