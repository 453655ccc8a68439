"""Tone (sentiment) of news text, sentence by sentence, with its validity measured.

Instrument: VADER (vaderSentiment 3.3.2), a lexicon-and-rules model. Per sentence it gives a
``compound`` score in [-1, 1] and the shares of positive, negative and neutral text. A sentence
is *clearly negative* when compound <= -0.05 and *clearly positive* when compound >= 0.05, the
thresholds VADER's authors recommend.

Beside it, a GDELT-comparable tone: the percentage of words with positive valence minus the
percentage with negative valence (GDELT's V2Tone formula), here with VADER's lexicon as the word
list, so the numbers can be set beside GDELT's (same construction, not the same dictionary).

>>> round(sentence_tone("This is shocking news.")["compound"], 3)
-0.402
>>> sentence_tone("")["compound"]
0.0
"""

from __future__ import annotations

import argparse
import csv
import os
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .cleaning import words
from .paths import DATA_DIR, PACKAGE_DATA, resolve

HAS_WORD = re.compile(r"[^\W_]")
NEGATIVE_AT = -0.05
POSITIVE_AT = 0.05
BOOTSTRAP_SEED = 20230913
BOOTSTRAP_RESAMPLES = 2000
VALIDATION_FILE = DATA_DIR / "validation" / "nytEditorialSnippets_GroundTruth.txt"


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """The shared VADER analyser (its lexicon ships inside the vaderSentiment package)."""
    return SentimentIntensityAnalyzer()


def sentence_tone(sentence: str) -> dict[str, float]:
    """VADER scores of one sentence: ``compound`` in [-1, 1]; ``pos``, ``neg``, ``neu`` in
    [0, 1]. Empty text, or text without words, scores 0 compound and 1.0 neutral."""
    if not sentence or not HAS_WORD.search(sentence):
        return {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0}
    scores = analyzer().polarity_scores(sentence)
    return {k: float(scores[k]) for k in ("compound", "pos", "neg", "neu")}


def tone_class(compound: float) -> str:
    """``negative`` / ``neutral`` / ``positive`` by VADER's ±0.05 thresholds."""
    return "negative" if compound <= NEGATIVE_AT else "positive" if compound >= POSITIVE_AT else "neutral"


def lexicon_tone(text: str) -> dict[str, float]:
    """GDELT-style tone of a text: % positive words − % negative words (VADER's lexicon),
    with the two percentages and the word count.

    >>> lexicon_tone("good bad bad war")["tone"]  # 1 positive, 3 negative of 4 words
    -50.0
    """
    counts = lexicon_counts(text)
    pos, neg, n = counts["lexicon_positive"], counts["lexicon_negative"], counts["lexicon_words"]
    if not n:
        return {"tone": 0.0, "positive_pct": 0.0, "negative_pct": 0.0, "words": 0}
    return {"tone": 100 * (pos - neg) / n, "positive_pct": 100 * pos / n, "negative_pct": 100 * neg / n, "words": n}


def _score_texts(texts: list[str]) -> list[dict[str, float]]:
    return [{**sentence_tone(t), **lexicon_counts(t)} for t in texts]


def lexicon_counts(text: str) -> dict[str, int]:
    """Words with positive and negative valence in VADER's lexicon, and all words, of a text."""
    tokens = [w.lower() for w in words(text or "")]
    lexicon = analyzer().lexicon
    return {"lexicon_positive": sum(1 for w in tokens if lexicon.get(w, 0) > 0),
            "lexicon_negative": sum(1 for w in tokens if lexicon.get(w, 0) < 0), "lexicon_words": len(tokens)}


def score_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """Add VADER columns (``compound``, ``pos``, ``neg``, ``neu``), ``tone_class`` and the
    sentence's lexicon counts (``lexicon_positive``, ``lexicon_negative``, ``lexicon_words``,
    for the GDELT-style tone) to a sentence table (as from `helpers.sentences.sentence_table`).
    Articles are scored in parallel when there are many."""
    from .parallel import parallel_map

    groups = [g["text"].tolist() for _, g in sentences.groupby("id", sort=False)] if len(sentences) else []
    order = [i for _, g in sentences.groupby("id", sort=False) for i in g.index] if len(sentences) else []
    flat = [row for part in parallel_map(_score_texts, groups) for row in part]
    columns = ["compound", "pos", "neg", "neu", "lexicon_positive", "lexicon_negative", "lexicon_words"]
    scores = pd.DataFrame(flat, index=order, columns=columns).reindex(sentences.index)
    out = pd.concat([sentences, scores], axis=1)
    out["tone_class"] = out["compound"].map(tone_class)
    return out


def bootstrap_mean_ci(values: np.ndarray | pd.Series, level: float = 0.95, resamples: int = BOOTSTRAP_RESAMPLES,
                      seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of the mean (fixed seed: reproducible).

    >>> bootstrap_mean_ci([1.0, 1.0, 1.0])
    (1.0, 1.0)
    """
    arr = np.asarray(values, dtype=float)
    if arr.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = arr[rng.integers(0, arr.size, size=(resamples, arr.size))].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - level) / 2, 1 - (1 - level) / 2])
    return (float(lo), float(hi))


def article_tone(scored: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Per article: sentences, mean compound, shares of clearly negative / positive sentences,
    and GDELT-style tone of the whole body."""
    grouped = scored.groupby("id")
    out = pd.DataFrame({
        "sentences": grouped.size(),
        "mean_compound": grouped["compound"].mean(),
        "negative_share": grouped["tone_class"].apply(lambda s: (s == "negative").mean()),
        "positive_share": grouped["tone_class"].apply(lambda s: (s == "positive").mean()),
    })
    lex = pd.DataFrame({a.id: lexicon_tone(a.body) for a in corpus.itertuples()}).T
    out = out.join(lex[["tone", "positive_pct", "negative_pct"]].rename(columns={"tone": "gdelt_tone"}))
    meta = corpus.set_index("id")[["outlet"]]
    return meta.join(out, how="inner").reset_index()


def outlet_tone(scored: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: mean sentence compound with a bootstrap 95% interval over sentences, and
    the shares of clearly negative and positive sentences (each with its interval)."""
    rows = []
    for outlet, group in scored.groupby("outlet", sort=True):
        neg = (group["tone_class"] == "negative").astype(float)
        pos = (group["tone_class"] == "positive").astype(float)
        lo, hi = bootstrap_mean_ci(group["compound"])
        nlo, nhi = bootstrap_mean_ci(neg)
        plo, phi = bootstrap_mean_ci(pos)
        glo, ghi = _bootstrap_ratio_ci(group)
        rows.append({"outlet": outlet, "sentences": len(group), "mean_compound": group["compound"].mean(),
                     "ci_low": lo, "ci_high": hi, "negative_share": neg.mean(), "negative_ci_low": nlo,
                     "negative_ci_high": nhi, "positive_share": pos.mean(), "positive_ci_low": plo, "positive_ci_high": phi,
                     "gdelt_tone": _gdelt(group), "gdelt_ci_low": glo, "gdelt_ci_high": ghi})
    return pd.DataFrame(rows)


def _gdelt(group: pd.DataFrame) -> float:
    total = group["lexicon_words"].sum()
    return float(100 * (group["lexicon_positive"].sum() - group["lexicon_negative"].sum()) / total) if total else 0.0


def _bootstrap_ratio_ci(group: pd.DataFrame, level: float = 0.95, resamples: int = BOOTSTRAP_RESAMPLES,
                        seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """Bootstrap interval (over sentences) of the GDELT-style tone of a group of sentences."""
    if group.empty:
        return (float("nan"), float("nan"))
    diff = (group["lexicon_positive"] - group["lexicon_negative"]).to_numpy(dtype=float)
    size = group["lexicon_words"].to_numpy(dtype=float)
    idx = np.random.default_rng(seed).integers(0, len(group), size=(resamples, len(group)))
    totals = size[idx].sum(axis=1)
    ratios = np.where(totals > 0, 100 * diff[idx].sum(axis=1) / np.where(totals > 0, totals, 1), 0.0)
    lo, hi = np.quantile(ratios, [(1 - level) / 2, 1 - (1 - level) / 2])
    return (float(lo), float(hi))


def bootstrap_difference_ci(a: np.ndarray | pd.Series, b: np.ndarray | pd.Series, level: float = 0.95,
                            resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """Percentile bootstrap interval of mean(b) − mean(a), resampling each group on its own.
    An interval that excludes zero is a difference beyond the sampling uncertainty.

    >>> lo, hi = bootstrap_difference_ci([0.0, 0.1, -0.1] * 10, [0.5, 0.6, 0.4] * 10)
    >>> 0.4 < lo < hi < 0.6
    True
    """
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if x.size == 0 or y.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    diffs = y[rng.integers(0, y.size, size=(resamples, y.size))].mean(axis=1) - \
        x[rng.integers(0, x.size, size=(resamples, x.size))].mean(axis=1)
    lo, hi = np.quantile(diffs, [(1 - level) / 2, 1 - (1 - level) / 2])
    return (float(lo), float(hi))


def intervals_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when two intervals share any value (a difference "within the uncertainty")."""
    return not (a[1] < b[0] or b[1] < a[0])


# --- actors ------------------------------------------------------------------------------


def read_actors(path: str | os.PathLike[str] | None = None) -> dict[str, list[str]]:
    """Actors and their aliases from a CSV with columns ``actor,alias`` (one alias a row).

    Default: ``actors.csv`` in the package data; a corpus may carry its own ``actors.csv``.
    Aliases match as whole words, case-sensitively ("US" is not "us").
    """
    path = Path(path) if path else PACKAGE_DATA / "actors.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not {"actor", "alias"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: needs the columns actor,alias")
        actors: dict[str, list[str]] = {}
        for row in reader:
            if row["actor"].strip() and row["alias"].strip():
                actors.setdefault(row["actor"].strip(), []).append(row["alias"].strip())
    return actors


def actor_file_for(corpus_path: str | os.PathLike[str]) -> Path:
    """The corpus's own ``actors.csv`` if it has one, else the package default."""
    own = resolve(corpus_path) / "actors.csv"
    return own if own.exists() else PACKAGE_DATA / "actors.csv"


def _actor_patterns(actors: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    return {a: re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(x) for x in sorted(al, key=len, reverse=True)) + r")(?![\w])")
            for a, al in actors.items()}


def mentions(text: str, actors: dict[str, list[str]]) -> list[str]:
    """The actors a text mentions.

    >>> mentions("Kim met Putin in Vladivostok.", {"Russia": ["Putin"], "China": ["Beijing"]})
    ['Russia']
    """
    return [a for a, p in _actor_patterns(actors).items() if p.search(text)]


def actor_tone(scored: pd.DataFrame, actors: dict[str, list[str]]) -> pd.DataFrame:
    """Per outlet and actor: sentences mentioning the actor, their mean compound with a
    bootstrap 95% interval, and the share clearly negative."""
    patterns = _actor_patterns(actors)
    rows = []
    for actor, pattern in patterns.items():
        hit = scored[scored["text"].str.contains(pattern, regex=True)]
        for outlet in sorted(scored["outlet"].unique()):
            group = hit[hit["outlet"] == outlet]
            lo, hi = bootstrap_mean_ci(group["compound"])
            rows.append({"actor": actor, "outlet": outlet, "sentences": len(group),
                         "mean_compound": group["compound"].mean() if len(group) else np.nan,
                         "ci_low": lo, "ci_high": hi,
                         "negative_share": (group["tone_class"] == "negative").mean() if len(group) else np.nan})
    return pd.DataFrame(rows)


def voice_tone(scored: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and voice (``quoted`` or ``own``, a column of ``scored``): sentences, mean
    compound with its interval, share clearly negative."""
    rows = []
    for (outlet, voice), group in scored.groupby(["outlet", "voice"], sort=True):
        lo, hi = bootstrap_mean_ci(group["compound"])
        rows.append({"outlet": outlet, "voice": voice, "sentences": len(group), "mean_compound": group["compound"].mean(),
                     "ci_low": lo, "ci_high": hi, "negative_share": (group["tone_class"] == "negative").mean()})
    return pd.DataFrame(rows)


def extreme_sentences(scored: pd.DataFrame, n: int = 1) -> pd.DataFrame:
    """The ``n`` most negative and ``n`` most positive sentences of each outlet, as evidence."""
    parts = []
    for _, group in scored.groupby("outlet", sort=True):
        parts.append(group.nsmallest(n, "compound").assign(extreme="most negative"))
        parts.append(group.nlargest(n, "compound").assign(extreme="most positive"))
    return pd.concat(parts, ignore_index=True) if parts else scored.head(0).assign(extreme="")


# --- validity ----------------------------------------------------------------------------


def read_validation(path: str | os.PathLike[str] = VALIDATION_FILE) -> pd.DataFrame:
    """Hutto & Gilbert's (2014) NYT editorial snippets: ``id``, ``rating`` (mean of ~20 human
    raters, -4..+4), ``text``. Tab-separated, latin-1, CRLF."""
    rows = []
    with open(path, encoding="latin-1", newline="") as fh:
        for number, line in enumerate(fh, 1):
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < 3:
                continue
            try:
                rating = float(parts[1])
            except ValueError as err:
                raise ValueError(f"{path}: line {number}: rating {parts[1]!r} is not a number") from err
            rows.append({"id": parts[0], "rating": rating, "text": "\t".join(parts[2:])})
    return pd.DataFrame(rows)


def human_class(rating: float, band: float = 0.5) -> str:
    """Three classes from a mean human rating: beyond ±``band`` is positive/negative."""
    return "negative" if rating <= -band else "positive" if rating >= band else "neutral"


def validate(path: str | os.PathLike[str] = VALIDATION_FILE) -> dict[str, float]:
    """Agreement of this project's tone measure with human ratings: Pearson r of the sentence
    compound with the mean rating, the same r for vaderSentiment called directly (the
    reference), 3-class agreement and Cohen's kappa (human ±0.5 band; VADER ±0.05)."""
    data = read_validation(path)
    ours = np.array([sentence_tone(t)["compound"] for t in data["text"]])
    reference = SentimentIntensityAnalyzer()  # vaderSentiment on its own, outside this pipeline
    plain = np.array([reference.polarity_scores(t)["compound"] for t in data["text"]])
    human = data["rating"].to_numpy()
    truth = [human_class(r) for r in human]
    guess = [tone_class(c) for c in ours]
    agreement = float(np.mean([a == b for a, b in zip(truth, guess, strict=True)]))
    classes = ["negative", "neutral", "positive"]
    p_truth = np.array([truth.count(c) / len(truth) for c in classes])
    p_guess = np.array([guess.count(c) / len(guess) for c in classes])
    expected = float((p_truth * p_guess).sum())
    return {
        "sentences": int(len(data)),
        "pearson_r": float(np.corrcoef(ours, human)[0, 1]),
        "pearson_r_vader_direct": float(np.corrcoef(plain, human)[0, 1]),
        "three_class_agreement": agreement,
        "cohen_kappa": (agreement - expected) / (1 - expected),
        "human_band": 0.5,
        "vader_threshold": POSITIVE_AT,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the tone instrument against human ratings.")
    parser.add_argument("--validate", action="store_true", help="run the validation (default)")
    parser.add_argument("--file", default=str(VALIDATION_FILE))
    args = parser.parse_args(argv)
    result = validate(args.file)
    for key, value in result.items():
        print(f"{key:>24}: {value:.3f}" if isinstance(value, float) else f"{key:>24}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
