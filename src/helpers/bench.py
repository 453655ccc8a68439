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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmarks on a synthetic corpus.")
    parser.add_argument("what", choices=["readability", "pipeline"], nargs="?", default="pipeline")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--save", action="store_true", help=f"write the result to {BENCH_DIR}")
    args = parser.parse_args(argv)
    if args.what == "readability":
        result = bench_readability(args.articles)
    else:
        from .pipeline import bench_pipeline

        result = bench_pipeline(args.articles)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result, indent=2))
    if args.save:
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        (BENCH_DIR / f"{args.what}.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
