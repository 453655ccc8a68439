"""Benchmarks on a synthetic corpus (``make bench``).

The synthetic articles are assembled, with a fixed seed, from the human-rated New York Times
sentences in ``data/validation`` (news-genre English, 5,190 sentences): each article has 6 to 12
paragraphs of 2 to 5 sentences (about 600 words), a headline, a byline and some page chrome, so
loading and cleaning do real work.

    python -m helpers.bench readability --articles 10000
    python -m helpers.bench pipeline --articles 10000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import time
from pathlib import Path

from . import sharedtext
from .paths import DATA_DIR

BENCH_DIR = DATA_DIR / "benchmarks"


def synthetic_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` synthetic scraped pages (deterministic for a seed)."""
    from .tone import read_validation

    pool = read_validation()["text"].tolist()
    rng = random.Random(seed)
    pages = []
    for i in range(n):
        paragraphs = [" ".join(rng.choice(pool) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(6, 12))]
        pages.append("\n\n".join([
            "Skip to content", f"Synthetic headline number {i} about the summit", f"By Reporter {i % 97}",
            *paragraphs, "Share this article", "Related Articles", "Another teaser headline",
        ]))
    return pages


# --- comparison corpora: many articles, many outlets, outlets and articles that differ ----

_OUTLET_WORDS = ["Harbour", "Prairie", "Granite", "Meridian", "Lakeside", "Summit", "Beacon", "Riverside", "Northern",
                 "Coastal", "Capital", "Valley", "Frontier", "Metro", "Highland", "Atlantic", "Pacific", "Union", "Civic",
                 "Heritage", "Evening", "Morning", "Daily", "Weekly", "Federal", "Continental", "Central", "Western"]
_OUTLET_NOUNS = ["Ledger", "Courier", "Herald", "Gazette", "Observer", "Post", "Tribune", "Dispatch", "Review", "Monitor",
                 "Sentinel", "Record", "Chronicle", "Times", "Journal", "Express", "Register", "Bulletin"]
_FIRST = ["Maria", "James", "Aiko", "David", "Fatima", "Peter", "Elena", "Robert", "Grace", "Samuel", "Nadia", "Thomas",
          "Laura", "Victor", "Hannah", "Omar", "Claire", "Daniel", "Irene", "George"]
_LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Brennan", "Castillo", "Novak", "Haddad", "Whitfield", "Sorensen",
         "Kowalski", "Delacroix", "Abernathy", "Nakamura", "Fitzgerald", "Petrov", "Achebe", "Montoya", "Hargrove", "Yilmaz"]
_ROLES = ["a professor of political science at {u}", "a senior fellow at the {t}", "an economist at {u}",
          "a spokesman for the Department of Commerce", "a former ambassador who now teaches at {u}",
          "the director of the {t}", "a state senator", "an analyst at the {t}"]
_UNIVERSITIES = ["Northfield University", "the University of Eastbrook", "Westmoor College", "Carlow State University"]
_THINK_TANKS = ["Center for Policy Studies", "Institute for Public Affairs", "Foundation for Economic Research"]
# Quotation conventions a corpus meets: typographic, straight, and the two news-database forms.
QUOTE_STYLES = {"curly": ("\u201c", "\u201d"), "straight": ('"', '"'), "apostrophes": ("''", "''"),
                "backticks": ("``", "''")}


def outlet_names(n: int, seed: int = 11) -> list[str]:
    """``n`` distinct outlet names, some of them long (as real mastheads can be)."""
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < n:
        name = f"The {rng.choice(_OUTLET_WORDS)} {rng.choice(_OUTLET_NOUNS)}"
        if len(names) % 6 == 5:
            name = f"The {rng.choice(_OUTLET_WORDS)} and {rng.choice(_OUTLET_WORDS)} Evening {rng.choice(_OUTLET_NOUNS)} and Advertiser"
        if name not in names:
            names.append(name)
    return names


def comparison_pages(articles: int, outlets: int, words: int = 1100, seed: int = 2016, outlet_effect: float = 0.6,
                     article_effect: float = 0.6, wire: float = 0.0, reprints: float = 0.0) -> list[dict]:
    """Synthetic scraped pages for a corpus of ``articles`` articles from ``outlets`` outlets,
    assembled from the human-rated NYT sentences: each outlet leans toward sentences of its own
    tone (``outlet_effect``), each article toward its own (``article_effect``: articles differ, as
    real ones do), a third of paragraphs are multi-sentence quotations attributed to named experts
    in the outlet's quotation convention, and some outlets are exported from a news database
    (``ABSTRACT.`` / ``FULL TEXT.`` markers, quotes as ``''…''``). A share ``wire`` of articles
    are agency copy (an AP, Reuters or AFP dateline on the first paragraph) and a share
    ``reprints`` re-run an earlier article of another outlet with its lead rewritten and one
    paragraph dropped. Returns manifest rows with a ``text`` field; deterministic for a seed."""
    from .tone import read_validation

    pool = read_validation()
    pool = pool[pool["text"].str.split().str.len().between(6, 40)]
    texts, ratings = pool["text"].tolist(), pool["rating"].to_numpy()
    rng = random.Random(seed)
    import numpy as np

    nrng = np.random.default_rng(seed)
    names = outlet_names(outlets)
    leaning = {o: float(nrng.normal(0, 1)) for o in names}
    styles = {o: list(QUOTE_STYLES)[i % len(QUOTE_STYLES)] for i, o in enumerate(names)}
    pages = []
    for i in range(articles):
        outlet = names[i % outlets]
        bias = outlet_effect * leaning[outlet] + article_effect * float(nrng.normal(0, 1))
        weights = np.exp(bias * ratings)
        weights /= weights.sum()
        picks = iter(nrng.choice(len(texts), size=words // 10, p=weights))
        opening, closing = QUOTE_STYLES[styles[outlet]]
        paragraphs, count = [], 0
        while count < words:
            n = rng.randint(2, 4)
            sentences = [texts[next(picks)].replace("''", "").replace('"', "") for _ in range(n)]
            if rng.random() < 0.33:
                person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
                role = rng.choice(_ROLES).format(u=rng.choice(_UNIVERSITIES), t=rng.choice(_THINK_TANKS))
                body = " ".join(sentences)
                text = f"{opening}{body.rstrip('.')},{closing} said {person}, {role}."
            else:
                text = " ".join(sentences)
            paragraphs.append(text)
            count += len(text.split())
        day = 1 + i % 28
        title = f"Campaign report {i}: {texts[next(picks)][:60].rstrip()}"
        database = styles[outlet] in ("apostrophes", "backticks")
        header = (["ABSTRACT.", paragraphs[0], "FULL TEXT."] if database else
                  ["Skip to content", title, f"By {rng.choice(_FIRST)} {rng.choice(_LAST)}", f"Published June {day}, 2016"])
        footer = ["Copyright 2016 The database vendor. All rights reserved."] if database else \
            ["Share this article", "Related Articles", "Another teaser headline"]
        pages.append({"file": f"a{i:05d}.txt", "outlet": outlet, "title": title, "published": f"2016-06-{day:02d}",
                      "kind": "news", "language": "en", "parts": (header, paragraphs, footer)})
    _share_text(pages, wire, reprints, seed)
    for page in pages:
        header, paragraphs, footer = page.pop("parts")
        page["text"] = "\n\n".join(header + paragraphs + footer) + "\n"
    return pages


WIRE_DATELINES = ("WASHINGTON (AP) — ", "NEW YORK (Reuters) - ", "PARIS (AFP) - ")


def _share_text(pages: list[dict], wire: float, reprints: float, seed: int) -> None:
    """Make a share of the pages agency copy and another share re-runs of an earlier page of
    another outlet (the lead rewritten, one paragraph dropped), in place; with its own random
    stream, so the other pages are the same with or without shared text. A re-run page gets
    ``rerun_of``: the file it copies."""
    if not (wire or reprints):
        return
    rng = random.Random(seed + 1)
    for i, page in enumerate(pages):
        draw = rng.random()
        header, paragraphs, footer = page["parts"]
        if draw < wire:
            paragraphs[0] = rng.choice(WIRE_DATELINES) + paragraphs[0]
        elif draw < wire + reprints:
            earlier = [j for j in range(i) if pages[j]["outlet"] != page["outlet"]]
            if not earlier:
                continue
            original = pages[rng.choice(earlier)]
            copy = [paragraphs[0]] + original["parts"][1][1:]  # this page's own lead, the rest of the earlier story
            if len(copy) > 3:
                del copy[rng.randrange(2, len(copy))]
            page["parts"] = (header, copy, footer)
            page["rerun_of"] = original["file"]


def write_comparison_corpus(folder: Path, articles: int, outlets: int, words: int = 1100, seed: int = 2016,
                            **effects: float) -> Path:
    """Write `comparison_pages` as a corpus folder (article files + manifest.csv + corpus.toml)."""
    import csv

    folder.mkdir(parents=True, exist_ok=True)
    pages = comparison_pages(articles, outlets, words, seed, **effects)
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["file", "outlet", "title", "published", "kind", "language"],
                                extrasaction="ignore")
        writer.writeheader()
        for page in pages:
            (folder / page["file"]).write_text(page["text"], encoding="utf-8")
            writer.writerow(page)
    (folder / "corpus.toml").write_text(f'story = "A generated campaign corpus: {articles} articles, {outlets} outlets"\n',
                                        encoding="utf-8")
    return folder



def sharedtext_corpus(n: int, copies: float = 0.1, seed: int = 2016) -> tuple[list[str], list[str], list[str], set[str]]:
    """``(ids, outlets, bodies, reruns)`` for ``n`` generated articles (`comparison_pages`, 7
    outlets), about a fraction ``copies`` of them re-runs of an earlier article of another outlet
    (``reruns``: their ids)."""
    pages = comparison_pages(n, outlets=7, seed=seed, reprints=copies)
    ids = [p["file"].removesuffix(".txt") for p in pages]
    reruns = {i for i, p in zip(ids, pages, strict=True) if "rerun_of" in p}
    return ids, [p["outlet"] for p in pages], [p["text"] for p in pages], reruns


def bench_sharedtext(n: int) -> dict:
    """Time and peak memory of the shared-text search (`helpers.sharedtext`) on ``n`` generated articles (`sharedtext_corpus`):
    seconds for each function, the groups and passages found, and the process's peak resident
    memory (``resource.getrusage``) before and after, in MB."""
    import resource

    def peak_mb() -> float:
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    t = time.perf_counter()
    ids, outlets, bodies, reruns = sharedtext_corpus(n)
    result: dict = {"articles": n, "words": sum(len(b.split()) for b in bodies),
                    "generate_s": round(time.perf_counter() - t, 2), "peak_mb_before": peak_mb()}
    t0 = time.perf_counter()
    wire = [sharedtext.wire_agency(b) for b in bodies]
    t1 = time.perf_counter()
    scan = sharedtext._Scan(bodies)
    t2 = time.perf_counter()
    groups = sharedtext.near_duplicate_groups(ids, bodies, scan)
    passages = sharedtext.shared_passages(ids, outlets, bodies, scan)
    t3 = time.perf_counter()
    del scan
    sharedtext.original_share(ids, bodies, passages, groups)
    t4 = time.perf_counter()
    result.update({
        "wire_s": round(t1 - t0, 2), "minhash_lsh_s": round(t2 - t1, 2), "verify_s": round(t3 - t2, 2),
        "original_share_s": round(t4 - t3, 2), "total_s": round(t4 - t0, 2),
        "wire_articles": sum(bool(w) for w in wire),
        "groups": len({g for g in groups.values() if g}),
        "copies_grouped": sum(bool(groups[c]) for c in reruns), "copies": len(reruns),
        "originals_grouped": sum(bool(g) for i, g in groups.items() if i not in reruns),
        "passages": len(passages), "peak_mb": peak_mb(),
    })
    return result


def machine() -> dict[str, str]:
    info = {"python": platform.python_version(), "cpus": str(os.cpu_count()), "machine": platform.machine(),
            "system": f"{platform.system()} {platform.release()}"}
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
        info["cpu"] = model
    except (OSError, StopIteration):
        pass
    return info


def bench_readability(n: int) -> dict:
    """Articles per second: this project's one-count readability vs one textstat call per formula."""
    from .cleaning import clean_text
    from .readability import readability, textstat_scores, textstat_version

    bodies = [clean_text(t).body for t in synthetic_texts(n)]
    readability(bodies[0])  # load CMUdict and the easy-word list once, outside the timing
    textstat_scores(bodies[0])
    started = time.perf_counter()
    for body in bodies:
        readability(body)
    ours = time.perf_counter() - started
    started = time.perf_counter()
    for body in bodies:
        textstat_scores(body)
    plain = time.perf_counter() - started
    return {"articles": n, "words_per_article": round(sum(len(b.split()) for b in bodies) / n),
            "project_articles_per_second": round(n / ours, 1), "textstat_articles_per_second": round(n / plain, 1),
            "speedup": round(plain / ours, 2), "textstat": textstat_version(), "machine": machine()}


def bench_pipeline(n: int, workers: int | None = None, words: int = 1100, outlets: int = 7, wire: float = 0.08,
                   reprints: float = 0.1) -> dict:
    """Articles per second and peak memory of the whole analysis (per-article map on all cores,
    then the corpus-level step, with the seconds of each part and the memory the shared-text
    search adds) on a generated corpus of ``n`` articles, a share ``wire`` of them agency copy and
    a share ``reprints`` re-runs of another outlet's story, without the cache."""
    import tempfile

    from .pipeline import analyse_corpus

    workers = workers or os.cpu_count() or 1
    saved = os.environ.get("OUTLET_BRIEFING_CACHE")
    os.environ["OUTLET_BRIEFING_CACHE"] = "off"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_comparison_corpus(Path(tmp) / "corpus", n, outlets, words, wire=wire, reprints=reprints)
            started = time.perf_counter()
            counts = analyse_corpus(corpus, Path(tmp) / "out", workers=workers, progress=False)
            elapsed = time.perf_counter() - started
            stamp = json.loads((Path(tmp) / "out" / "run.json").read_text(encoding="utf-8"))
    finally:
        if saved is None:
            os.environ.pop("OUTLET_BRIEFING_CACHE", None)
        else:
            os.environ["OUTLET_BRIEFING_CACHE"] = saved
    return {"articles": n, "outlets": outlets, "words_per_article": words, "workers": workers,
            "seconds": round(elapsed, 1), "articles_per_second": round(n / elapsed, 1),
            "sentences": counts["sentences"], "citations": counts["citations"], "steps_s": stamp["seconds"],
            "wire_share": wire, "reprint_share": reprints, "shared_passages": counts["shared_passages"],
            "peak_rss_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "peak_rss_largest_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "machine": machine()}


def bench_overhead(n: int = 150) -> dict:
    """The per-article analysis against the library calls it cannot avoid, in one process: VADER
    on every sentence, sentencex on every paragraph, and the syllable look-ups (textstat's word
    tokeniser and a CMUdict look-up for every word of the body)."""
    import tempfile

    import sentencex
    from textstat.backend.selections._list_words import list_words

    from .analysis import _analyse, warm_up
    from .corpus import read_manifest
    from .readability import pronunciations
    from .tone import analyzer

    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_comparison_corpus(Path(tmp) / "corpus", n, 7)
        records = read_manifest(corpus).to_dict("records")
        started = time.perf_counter()
        warm_up()  # once per build, in the parent before workers fork
        setup = time.perf_counter() - started
        started = time.perf_counter()
        results = [_analyse(corpus, r) for r in records]
        total = time.perf_counter() - started
    bodies = [r["articles"][0]["body"] for r in results]
    sentences = [s["text"] for r in results for s in r["sentences"]]
    cmu, vader = pronunciations(), analyzer()
    started = time.perf_counter()
    for body in bodies:
        for paragraph in body.split("\n\n"):
            list(sentencex.segment("en", paragraph))  # a generator: consume it
    for sentence in sentences:
        vader.polarity_scores(sentence)
    for body in bodies:
        for word in list_words(body):
            cmu.get(word.lower())
    floor = time.perf_counter() - started
    return {"articles": n, "analysis_seconds": round(total, 2), "library_calls_seconds": round(floor, 2),
            "ratio": round(total / floor, 2), "setup_seconds_once_per_build": round(setup, 2), "machine": machine()}


def _tree_run(command: list[str], env: dict | None = None) -> dict:
    """Run a command; wall time and the peak of the summed RSS of its whole process tree."""
    import subprocess

    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    root, peak = psutil.Process(process.pid), 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed with exit code {process.returncode}")
    return {"seconds": round(time.perf_counter() - started, 1), "peak_tree_rss_mb": round(peak / 2**20)}


def bench_briefing(articles: int = 1000, outlets: int = 7, words: int = 1100, wire: float = 0.08,
                   reprints: float = 0.1) -> dict:
    """``make briefing`` timed in one run: the five seeds, then a generated corpus of ``articles``
    articles from ``outlets`` outlets (a share ``wire`` agency copy, ``reprints`` re-run stories)
    with an empty cache, then the same again (an unchanged rebuild), each with the peak memory
    of the whole process tree (Chromium included)."""
    import sys
    import tempfile

    from .paths import RAW_DIR

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = write_comparison_corpus(tmp / "corpus", articles, outlets, words, wire=wire, reprints=reprints)
        env = {**os.environ, "OUTLET_BRIEFING_CACHE": str(tmp / "cache")}
        build = [sys.executable, "-m", "helpers.render", "--out"]
        seeds = _tree_run(build + [str(tmp / "seeds"), "--corpus", str(RAW_DIR)], env)
        cold = _tree_run(build + [str(tmp / "big"), "--corpus", str(corpus)], env)
        warm = _tree_run(build + [str(tmp / "big"), "--corpus", str(corpus)], env)
        pages = _pdf_pages(tmp / "big" / "briefing.pdf")
    return {"corpus": {"articles": articles, "outlets": outlets, "words_per_article": words, "wire_share": wire,
                       "reprint_share": reprints}, "seeds": seeds,
            "large_cold_cache": cold, "large_unchanged_rebuild": warm,
            "cold_over_seeds": round(cold["seconds"] / seeds["seconds"], 2),
            "rebuild_over_seeds": round(warm["seconds"] / seeds["seconds"], 2), "large_pdf_pages": pages,
            "machine": machine()}


def _pdf_pages(path: Path) -> int:
    import re
    import subprocess

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(found.group(1)) if found else -1


def default_articles(what: str) -> int:
    """How many generated articles a benchmark uses unless told: the briefing is timed on 1,000
    (a full build of 10,000 takes minutes and needs about 2 GB), the analysis on 10,000.

    >>> default_articles("briefing"), default_articles("pipeline")
    (1000, 10000)
    """
    return 1000 if what == "briefing" else 10_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmarks on a synthetic corpus.")
    parser.add_argument("what", choices=["readability", "pipeline", "overhead", "briefing", "sharedtext"], nargs="?",
                        default="pipeline")
    parser.add_argument("--articles", type=int, default=None,
                        help="how many generated articles (default: 1,000 for briefing, as issue #10 measures it; "
                             "300 at most for overhead; 10,000 otherwise)")
    parser.add_argument("--save", action="store_true", help=f"write the result to {BENCH_DIR}")
    args = parser.parse_args(argv)
    args.articles = default_articles(args.what) if args.articles is None else args.articles
    if args.what == "readability":
        result = bench_readability(args.articles)
    elif args.what == "overhead":
        result = bench_overhead(min(args.articles, 300))
    elif args.what == "briefing":
        result = bench_briefing(args.articles)
    elif args.what == "sharedtext":
        result = bench_sharedtext(args.articles)
    else:
        result = bench_pipeline(args.articles)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result, indent=2))
    if args.save:
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        (BENCH_DIR / f"{args.what}.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
