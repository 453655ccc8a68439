"""The whole per-article analysis at scale: every core of one machine, or a Dask cluster.

Each article is independent, so `analyse_article` does everything for one manifest row (read,
extract, clean, split, tone, readability, citations, voice) with the same helper functions the
notebooks use, and returns its rows. `analyse_corpus` runs it over a corpus on all cores
(multiprocessing) and streams the rows to CSV as they arrive, so memory stays flat however many
articles there are; `analyse_corpus_dask` does the same on a Dask cluster, for corpora that
outgrow one machine.

    python -m helpers.pipeline data/raw --out data/processed/pipeline        # all cores, progress bar
    python -m helpers.pipeline big_corpus --out out --scheduler tcp://host:8786  # on a Dask cluster
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from .cleaning import words
from .corpus import CorpusError, prepare_article, read_manifest, unlisted_files
from .paths import resolve

ARTICLE_COLUMNS = ["id", "file", "outlet", "title", "author", "byline", "published", "url", "kind", "country", "language",
                   "raw_words", "body_words", "paragraphs", "removed_lines", "sentences", "mean_compound", "negative_share",
                   "positive_share", "gdelt_tone", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                   "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
                   "linsear_write_formula", "text_standard", "mean_sentence_words", "difficult_word_share", "citations",
                   "named_sources", "direct_quotes", "quoted_sentences"]
SENTENCE_COLUMNS = ["id", "outlet", "paragraph", "sentence", "start", "end", "text", "words", "compound", "pos", "neg", "neu",
                    "tone_class", "voice"]


def analyse_article(task: tuple[str, dict]) -> dict:
    """All per-article results for one manifest row: ``{"article": {...}, "sentences": [...],
    "citations": [...]}``, or ``{"exclusion": {...}}`` when the article cannot be used."""
    from .citations import CITATION_COLUMNS, find_citations, reference_citations, voices
    from .readability import readability
    from .sentences import split_sentences
    from .tone import lexicon_tone, sentence_tone, tone_class

    folder, record = task
    try:
        row = prepare_article(Path(folder), record)
    except CorpusError as err:
        return {"exclusion": {"file": record["file"], "reason": str(err).split(": ", 1)[-1]}}
    body = row["body"]
    sentences = split_sentences(body)
    records = find_citations(body, sentences)
    voice = voices(body, sentences, records)
    sentence_rows = []
    for number, (s, v) in enumerate(zip(sentences, voice, strict=True)):
        scores = sentence_tone(s.text)
        sentence_rows.append({"id": row["id"], "outlet": row["outlet"], "paragraph": s.paragraph, "sentence": number,
                              "start": s.start, "end": s.end, "text": s.text, "words": len(words(s.text)), **scores,
                              "tone_class": tone_class(scores["compound"]), "voice": v})
    n = len(sentence_rows) or 1
    read = readability(body, sentences=sentences)
    citation_rows = [{**{c: "" for c in CITATION_COLUMNS}, "id": row["id"], "outlet": row["outlet"], **r, "origin": "body"}
                     for r in records] + reference_citations(row["id"], row["outlet"], row["references"])
    article = {c: row.get(c, "") for c in ARTICLE_COLUMNS}
    article.update({
        "sentences": len(sentence_rows),
        "mean_compound": sum(r["compound"] for r in sentence_rows) / n,
        "negative_share": sum(r["tone_class"] == "negative" for r in sentence_rows) / n,
        "positive_share": sum(r["tone_class"] == "positive" for r in sentence_rows) / n,
        "gdelt_tone": lexicon_tone(body)["tone"],
        **{k: read[k] for k in ARTICLE_COLUMNS if k in read and k != "sentences"},
        "citations": len(records),
        "named_sources": len({r["source"] for r in records if r["named"]}),
        "direct_quotes": sum(r["quote"] == "direct" for r in records),
        "quoted_sentences": sum(v == "quoted" for v in voice),
    })
    return {"article": article, "sentences": sentence_rows, "citations": citation_rows}


def corpus_tasks(path: str | os.PathLike[str]) -> tuple[list[tuple[str, dict]], list[dict]]:
    """The per-article tasks of a corpus folder, and the files excluded before any work."""
    folder = resolve(path)
    manifest = read_manifest(folder)
    return [(str(folder), record) for record in manifest.to_dict("records")], unlisted_files(folder, manifest)


TABLES = ("articles", "sentences", "citations", "exclusions")


def _columns() -> dict[str, list[str]]:
    from .citations import CITATION_COLUMNS

    return {"articles": ARTICLE_COLUMNS, "sentences": SENTENCE_COLUMNS, "citations": CITATION_COLUMNS,
            "exclusions": ["file", "reason"]}


def _rows(result: dict) -> dict[str, list[dict]]:
    if "exclusion" in result:
        return {"exclusions": [result["exclusion"]]}
    return {"articles": [result["article"]], "sentences": result["sentences"], "citations": result["citations"]}


def _write_part(folder: Path, index: int, results: Iterable[dict]) -> dict[str, int]:
    """Write one batch of results as headerless CSV parts (done in the worker, so rows never
    travel between processes); return the row counts."""
    columns = _columns()
    handles = {t: open(folder / f"{index:07d}.{t}.part", "w", encoding="utf-8", newline="") for t in TABLES}
    writers = {t: csv.DictWriter(handles[t], fieldnames=columns[t], extrasaction="ignore") for t in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    try:
        for result in results:
            for table, rows in _rows(result).items():
                writers[table].writerows(rows)
                counts[table] += len(rows)
    finally:
        for fh in handles.values():
            fh.close()
    return counts


def _analyse_batch(batch: tuple[str, int, list[tuple[str, dict]]]) -> tuple[int, dict[str, int]]:
    folder, index, tasks = batch
    return index, _write_part(Path(folder), index, map(analyse_article, tasks))


def _merge(out: Path, parts: Path, order: Iterable[tuple[int, dict[str, int]]], early: list[dict]) -> dict[str, int]:
    """Append the parts to the final tables in batch order, deleting each part once copied."""
    out.mkdir(parents=True, exist_ok=True)
    columns = _columns()
    totals = dict.fromkeys(TABLES, 0)
    finals = {t: open(out / f"{t}.csv", "w", encoding="utf-8", newline="") for t in TABLES}
    try:
        for table, fh in finals.items():
            csv.writer(fh).writerow(columns[table])
        csv.DictWriter(finals["exclusions"], fieldnames=columns["exclusions"]).writerows(early)
        totals["exclusions"] += len(early)
        for index, counts in order:
            for table in TABLES:
                part = parts / f"{index:07d}.{table}.part"
                with open(part, encoding="utf-8", newline="") as fh:
                    finals[table].write(fh.read())
                part.unlink()
                totals[table] += counts[table]
    finally:
        for fh in finals.values():
            fh.close()
    return totals


def _batches(tasks: list[tuple[str, dict]], parts: Path, size: int) -> list[tuple[str, int, list[tuple[str, dict]]]]:
    return [(str(parts), i, tasks[start:start + size]) for i, start in enumerate(range(0, len(tasks), size))]


def _progress(results: Iterator, total: int, enabled: bool, unit_size: int) -> Iterator:
    if not enabled:
        yield from results
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="article", mininterval=1.0, file=sys.stderr) as bar:
        for item in results:
            bar.update(min(unit_size, total - bar.n))
            yield item


def analyse_corpus(path: str | os.PathLike[str], out: str | os.PathLike[str], workers: int | None = None,
                   progress: bool | None = None, batch_size: int = 32) -> dict[str, int]:
    """Analyse every article of a corpus on ``workers`` processes (default: all cores). Each
    worker writes its batch's rows to disk; the batches are joined in manifest order into
    ``out``/articles.csv, sentences.csv, citations.csv and exclusions.csv. Memory stays flat:
    no process holds more than one batch."""
    tasks, early = corpus_tasks(path)
    workers = workers or os.cpu_count() or 1
    progress = sys.stderr.isatty() if progress is None else progress
    out = resolve(out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out, prefix=".parts-") as tmp:
        batches = _batches(tasks, Path(tmp), batch_size)
        if workers == 1:
            return _merge(out, Path(tmp), _progress(map(_analyse_batch, batches), len(tasks), progress, batch_size), early)
        import multiprocessing

        with multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn").Pool(workers) as pool:
            done = pool.imap(_analyse_batch, batches)
            return _merge(out, Path(tmp), _progress(done, len(tasks), progress, batch_size), early)


def analyse_corpus_dask(path: str | os.PathLike[str], out: str | os.PathLike[str], client=None,
                        batch_size: int = 32) -> dict[str, int]:
    """The same analysis on a Dask cluster (``client``: a ``distributed.Client``; default: the
    current one): one task per batch of articles, each writing its rows to a shared folder
    under ``out`` (on a real cluster ``out`` must be on storage every worker can reach), then
    the batches are joined in manifest order exactly as `analyse_corpus` does."""
    from dask import delayed

    tasks, early = corpus_tasks(path)
    out = resolve(out)
    out.mkdir(parents=True, exist_ok=True)
    if client is None:
        from distributed import get_client

        client = get_client()
    with tempfile.TemporaryDirectory(dir=out, prefix=".parts-") as tmp:
        batches = _batches(tasks, Path(tmp), batch_size)
        futures = client.compute([delayed(_analyse_batch)(b) for b in batches])
        return _merge(out, Path(tmp), (f.result() for f in futures), early)


# --- benchmark -----------------------------------------------------------------------------


def write_synthetic_corpus(folder: Path, n: int, seed: int = 7) -> Path:
    """A corpus folder of ``n`` synthetic scraped pages with a manifest (see helpers.bench)."""
    from .bench import synthetic_texts

    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "language"])
        for i, text in enumerate(synthetic_texts(n, seed)):
            name = f"a{i:06d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            writer.writerow([name, f"Outlet {i % 25:02d}", "en"])
    return folder


def bench_pipeline(n: int, workers: int | None = None) -> dict:
    """Articles per second and peak memory of the full per-article analysis (loading, cleaning,
    tone, readability, citations) on a synthetic corpus of ``n`` articles, all cores."""
    from .bench import machine

    workers = workers or os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_synthetic_corpus(Path(tmp) / "corpus", n)
        from .readability import pronunciations

        pronunciations()  # load CMUdict once in the parent: forked workers share it
        started = time.perf_counter()
        counts = analyse_corpus(corpus, Path(tmp) / "out", workers=workers, progress=False)
        elapsed = time.perf_counter() - started
    return {"articles": n, "workers": workers, "seconds": round(elapsed, 1), "articles_per_second": round(n / elapsed, 1),
            "sentences": counts["sentences"], "citations": counts["citations"],
            "peak_rss_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "peak_rss_largest_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "machine": machine()}


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
                counts = analyse_corpus_dask(args.corpus, args.out, client)
        else:
            counts = analyse_corpus(args.corpus, args.out, workers=args.workers)
    except CorpusError as err:
        print(f"pipeline: {err}", file=sys.stderr)
        return 1
    print(f"{counts['articles']} articles, {counts['sentences']} sentences, {counts['citations']} citations, "
          f"{counts['exclusions']} excluded, in {time.perf_counter() - started:.1f} s → {resolve(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
