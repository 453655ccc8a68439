"""The one analysis path: corpus folder → per-article map → corpus-level steps → every table.

`analyse_corpus` runs `helpers.analysis.analyse_article` over every manifest row (in this process
for a few articles, on all cores for more, or on a Dask cluster), each worker writing its batch
of rows to disk so memory stays flat; joins the batches in manifest order into the per-article
tables; runs the corpus-level steps (`helpers.outlets.corpus_tables`) on them; and swaps the
finished tables into the output folder under a lock, so a failed or concurrent run never leaves
a half-written table. ``make briefing``, ``make analyse`` and the notebooks all call it.

    python -m helpers.pipeline data/raw --out data/processed/pipeline        # all cores
    python -m helpers.pipeline big_corpus --out out --scheduler tcp://host:8786  # on Dask
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .analysis import analyse_article, analysis_version, warm_up
from .corpus import CorpusError, check_corpus, read_manifest, unlisted_files
from .parallel import interruptions_held, quiet_worker, workers
from .paths import PACKAGE_DIR, resolve
from .schema import PER_ARTICLE_TABLES, csv_writer, write_rows

MAP_TABLES = PER_ARTICLE_TABLES + ("exclusions",)
TERMS = "term_counts"  # per batch: (outlet, phrase length, term, uses, articles, most uses in one article); merged, used by the corpus step, not published
STAMP = "run.json"  # what the tables in a folder were built from
IN_PROCESS_BELOW = 48  # fewer articles than this are analysed in this process: starting workers costs more
BATCH_SIZE = 16
CORPUS_STEP_MODULES = ("pipeline", "outlets", "actors", "entities", "stats", "terms", "sharedtext", "validation", "tone")


def corpus_fingerprint(folder: Path, manifest=None) -> str:
    """A hash of everything in a corpus folder the analysis reads (manifest, corpus.toml,
    actors.csv, aliases.csv, and each listed article's bytes up to the size limit), with the
    analysis version and the code of the corpus-level step."""
    from .corpus import MAX_FILE_BYTES

    digest = hashlib.sha256(analysis_version().encode())
    for module in CORPUS_STEP_MODULES:  # the corpus-level step's code: a change to it recomputes the tables
        digest.update((PACKAGE_DIR / f"{module}.py").read_bytes())
    for name in ("manifest.csv", "corpus.toml", "actors.csv", "aliases.csv"):
        path = folder / name
        digest.update(name.encode() + (path.read_bytes() if path.is_file() else b"-"))
    manifest = read_manifest(folder) if manifest is None else manifest
    for name in manifest["file"]:
        path = folder / name
        try:
            with open(path, "rb") if path.is_file() else open(os.devnull, "rb") as fh:
                digest.update(name.encode() + fh.read(MAX_FILE_BYTES + 1))
        except OSError:
            digest.update(name.encode() + b"unreadable")
    return digest.hexdigest()[:20]


# --- the per-article map -------------------------------------------------------------------


def _write_part(folder: Path, index: int, results: Iterable[dict]) -> dict[str, int]:
    """Write one batch of results as headerless CSV parts (in the worker, so rows never travel
    between processes); return the row counts."""
    handles = {t: open(folder / f"{index:07d}.{t}.part", "w", encoding="utf-8", newline="") for t in MAP_TABLES}
    counts = dict.fromkeys(MAP_TABLES, 0)
    # (outlet, length) → uses, articles and the most uses in one article (kept only above 1) of each term, for
    # this batch: most terms occur once in an article, so the counting is Counter's (in C) and only the
    # repeated terms go through Python
    terms: dict[tuple[str, int], tuple[Counter, Counter, dict[str, int]]] = {}
    try:
        writers = {t: csv_writer(handles[t], t) for t in MAP_TABLES}
        for result in results:
            for table, rows in result.items():
                if table == "terms":
                    outlet = result["articles"][0]["outlet"]
                    for n, counter in rows.items():
                        uses, articles, peak = terms.setdefault((outlet, n), (Counter(), Counter(), {}))
                        articles.update(counter.keys())
                        uses.update(counter.keys())
                        for term, c in [(t, c) for t, c in counter.items() if c > 1]:
                            uses[term] += c - 1
                            if c > peak.get(term, 1):
                                peak[term] = c
                else:
                    counts[table] += write_rows(writers[table], rows)
    finally:
        for fh in handles.values():
            fh.close()
    with open(folder / f"{index:07d}.{TERMS}.part", "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        for (outlet, n), (uses, articles, peak) in terms.items():
            out.writerows((outlet, n, term, c, articles[term], peak.get(term, 1)) for term, c in uses.items())
    return counts


def _analyse_batch(batch: tuple[str, str, int, list[dict]]) -> tuple[int, dict[str, int]]:
    corpus, parts, index, records = batch
    return index, _write_part(Path(parts), index, (analyse_article(corpus, r) for r in records))


def _merge(out: Path, parts: Path, order: Iterable[tuple[int, dict[str, int]]], early: list[dict]) -> dict[str, int]:
    """Append the parts to the tables in batch order, deleting each part once copied."""
    totals = dict.fromkeys(MAP_TABLES, 0)
    finals = {t: open(out / f"{t}.csv", "w", encoding="utf-8", newline="") for t in (*MAP_TABLES, TERMS)}
    try:
        for table in MAP_TABLES:
            csv_writer(finals[table], table).writeheader()
        totals["exclusions"] += write_rows(csv_writer(finals["exclusions"], "exclusions"), early)
        csv.writer(finals[TERMS]).writerow(["outlet", "n_words", "term", "count", "articles", "peak"])
        for index, counts in order:
            for table in (*MAP_TABLES, TERMS):
                part = parts / f"{index:07d}.{table}.part"
                with open(part, encoding="utf-8", newline="") as fh:
                    shutil.copyfileobj(fh, finals[table])
                part.unlink()
                totals[table] = totals.get(table, 0) + counts.get(table, 0)
    finally:
        for fh in finals.values():
            fh.close()
    totals.pop(TERMS, None)
    return totals


def _progress(results: Iterator, total: int, enabled: bool, unit_size: int) -> Iterator:
    if not enabled:
        yield from results
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="article", mininterval=1.0, file=sys.stderr) as bar:
        for item in results:
            bar.update(min(unit_size, total - bar.n))
            yield item


def all_cached(corpus: Path, records: list[dict]) -> bool:
    """True when every article's result is already in the cache (nothing to analyse)."""
    from .analysis import cached_path

    for record in records:
        path = cached_path(corpus, record)
        if path is None or not path.exists():
            return False
    return True


def map_articles(corpus: Path, out: Path, n_workers: int | None = None, progress: bool | None = None,
                 client=None, batch_size: int = BATCH_SIZE) -> dict[str, int]:
    """Run the per-article map over a corpus and write the per-article tables into ``out``."""
    manifest = read_manifest(corpus)
    records = manifest.to_dict("records")
    early = unlisted_files(corpus, manifest)
    n_workers = n_workers or workers()
    progress = sys.stderr.isatty() if progress is None else progress
    with tempfile.TemporaryDirectory(dir=out, prefix=".parts-") as tmp:
        batches = [(str(corpus), tmp, i, records[s:s + batch_size]) for i, s in enumerate(range(0, len(records), batch_size))]
        if client is not None:
            from dask import delayed

            futures = client.compute([delayed(_analyse_batch)(b) for b in batches])
            return _merge(out, Path(tmp), (f.result() for f in futures), early)
        if not all_cached(corpus, records):
            warm_up()
        if n_workers == 1 or len(records) < IN_PROCESS_BELOW:
            done = map(_analyse_batch, batches)
            return _merge(out, Path(tmp), _progress(done, len(records), progress, batch_size), early)
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with interruptions_held():
            pool = context.Pool(n_workers, initializer=quiet_worker)
        with pool:
            done = pool.imap(_analyse_batch, batches)
            return _merge(out, Path(tmp), _progress(done, len(records), progress, batch_size), early)


# --- the whole path, written safely -------------------------------------------------------


@contextmanager
def locked(folder: Path):
    """An exclusive lock on an output folder (a second build waits for the first)."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".outlet-briefing.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def publish(staging: Path, out: Path) -> None:
    """Move every file of ``staging`` into ``out`` (each an atomic rename), under the lock; a
    folder of tables (``own/``) replaces the folder of that name whole, so none of its tables
    is left over from an earlier corpus."""
    with locked(out):
        for path in sorted(staging.iterdir()):
            if path.is_file():
                os.replace(path, out / path.name)
            elif path.is_dir() and not path.name.startswith("."):
                target = out / path.name
                old = out / f".old-{path.name}"
                shutil.rmtree(old, ignore_errors=True)
                if target.is_dir():
                    os.replace(target, old)
                os.replace(path, target)
                shutil.rmtree(old, ignore_errors=True)


def _copy_tables(source: Path, target: Path) -> None:
    """Copy the tables of ``source`` (files, and folders of tables) into ``target``."""
    for path in source.iterdir():
        if path.is_file():
            shutil.copy2(path, target / path.name)
        elif path.is_dir() and not path.name.startswith("."):
            shutil.copytree(path, target / path.name, dirs_exist_ok=True)


def analyse_corpus(path: str | os.PathLike[str], out: str | os.PathLike[str], workers: int | None = None,
                   progress: bool | None = None, client=None) -> dict[str, int]:
    """Analyse a corpus into every table the briefing uses, in ``out``: the per-article tables
    (on ``workers`` processes, default all cores; or on a Dask ``client``) and the corpus-level
    tables. Returns the row count of each table. Nothing in ``out`` changes unless the whole
    analysis succeeded."""
    from .outlets import corpus_tables

    corpus = resolve(path)
    manifest = check_corpus(corpus)  # every corpus-level problem at once, before any work
    out = resolve(out)
    out.mkdir(parents=True, exist_ok=True)
    fingerprint = corpus_fingerprint(corpus, manifest)
    with tempfile.TemporaryDirectory(dir=out, prefix=".staging-") as tmp:
        staging = Path(tmp)
        stored = _stored_tables(fingerprint)
        if stored is not None and (stored / STAMP).is_file():  # the same corpus, analysed by the same code
            _copy_tables(stored, staging)
            counts = json.loads((staging / STAMP).read_text(encoding="utf-8"))["rows"]
        else:
            started = time.perf_counter()
            counts = map_articles(corpus, staging, workers, progress, client)
            timings = {"map_s": round(time.perf_counter() - started, 2)}
            counts.update(corpus_tables(staging, corpus, timings))
            timings["total_s"] = round(time.perf_counter() - started, 2)
            stamp = {"corpus": str(corpus), "fingerprint": fingerprint, "analysis_version": analysis_version(),
                     "rows": counts, "seconds": timings, "warnings": list(manifest.attrs.get("warnings", []))}
            (staging / STAMP).write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            _store_tables(fingerprint, staging)
        publish(staging, out)
    return counts


def _stored_tables(fingerprint: str) -> Path | None:
    """Where the finished tables of a corpus with this fingerprint are kept (None: no cache)."""
    from .analysis import cache_dir

    root = cache_dir()
    return None if root is None else root / analysis_version() / "corpora" / fingerprint


def _store_tables(fingerprint: str, staging: Path) -> None:
    """Keep a copy of the finished tables, so an unchanged corpus is not analysed again; a
    cache that cannot be written never stops an analysis."""
    target = _stored_tables(fingerprint)
    if target is None or target.exists():
        return
    temporary: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(dir=target.parent, prefix=".tmp-"))
        _copy_tables(staging, temporary)
        os.replace(temporary, target)
    except OSError:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


def tables_are_current(corpus: str | os.PathLike[str], tables: str | os.PathLike[str]) -> bool:
    """True when ``tables`` holds a finished analysis of this corpus by this analysis version."""
    stamp = resolve(tables) / STAMP
    if not stamp.is_file():
        return False
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded.get("fingerprint") == corpus_fingerprint(resolve(corpus))


def ensure_tables(corpus: str | os.PathLike[str], tables: str | os.PathLike[str]) -> Path:
    """The tables of ``corpus`` in ``tables``: computed through `analyse_corpus` when missing or
    built from something else, otherwise left as they are. What each notebook calls first."""
    if not tables_are_current(corpus, tables):
        analyse_corpus(corpus, tables)
    return resolve(tables)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Analyse a corpus on all cores (or a Dask cluster) into CSV tables.")
    parser.add_argument("corpus")
    parser.add_argument("--out", required=True)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--scheduler", default=None, help="address of a Dask scheduler (tcp://host:8786)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.scheduler:
            from distributed import Client

            with Client(args.scheduler) as client:
                counts = analyse_corpus(args.corpus, args.out, client=client)
        else:
            counts = analyse_corpus(args.corpus, args.out, workers=args.workers)
    except CorpusError as err:
        print(f"pipeline: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pipeline: interrupted; the tables in the output folder are as they were.", file=sys.stderr)
        return 130
    print(f"{counts['articles']} articles, {counts['sentences']} sentences, {counts['citations']} citations, "
          f"{counts['exclusions']} excluded, in {time.perf_counter() - started:.1f} s → {resolve(args.out)}")
    print_run_summary(resolve(args.out))
    return 0


def print_run_summary(folder: Path) -> None:
    """The end of every build on the terminal: each warning and each excluded file."""
    stamp = folder / STAMP
    if stamp.is_file():
        for warning in json.loads(stamp.read_text(encoding="utf-8")).get("warnings", []):
            print(f"  warning: {warning}", file=sys.stderr)
    path = folder / "exclusions.csv"
    if not path.is_file():
        return
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            print(f"  excluded: {row['file']}: {row['reason']}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
