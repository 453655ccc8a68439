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
from .paths import DATA_DIR, resolve

HAS_WORD = re.compile(r"[^\W_]")
NEGATIVE_AT = -0.05
POSITIVE_AT = 0.05
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


def lexicon_counts(text: str, tokens: list[str] | None = None) -> dict[str, int]:
    """Words with positive and negative valence in VADER's lexicon, and all words, of a text
    (``tokens``: its words, when already split)."""
    tokens = words(text or "") if tokens is None else tokens
    lexicon = analyzer().lexicon
    positive = negative = 0
    for token in tokens:
        valence = lexicon.get(token.lower(), 0)
        positive += valence > 0
        negative += valence < 0
    return {"lexicon_positive": positive, "lexicon_negative": negative, "lexicon_words": len(tokens)}


# --- actors ------------------------------------------------------------------------------


def read_actors(path: str | os.PathLike[str]) -> dict[str, list[str]]:
    """Actors and their aliases from a CSV with columns ``actor,alias`` (one alias a row), such
    as a corpus's ``actors.csv``. Aliases match as whole words, case-sensitively ("US" is not
    "us")."""
    path = Path(path)
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not {"actor", "alias"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: needs the columns actor,alias")
        actors: dict[str, list[str]] = {}
        for row in reader:
            if row["actor"].strip() and row["alias"].strip():
                actors.setdefault(row["actor"].strip(), []).append(row["alias"].strip())
    return actors


def actor_file_for(corpus_path: str | os.PathLike[str]) -> Path | None:
    """The corpus's own ``actors.csv``, or None: the actors are then found in the corpus
    (`helpers.actors.discover_actors`)."""
    own = resolve(corpus_path) / "actors.csv"
    return own if own.exists() else None


def mentions(text: str, actors: dict[str, list[str]]) -> list[str]:
    """The actors a text mentions.

    >>> mentions("Kim met Putin in Vladivostok.", {"Russia": ["Putin"], "China": ["Beijing"]})
    ['Russia']
    """
    return [a for a, p in actor_patterns(actors).items() if p.search(text)]


def actor_patterns(actors: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """One whole-word, case-sensitive pattern per actor over its aliases (longest first)."""
    return {a: re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(x) for x in sorted(al, key=len, reverse=True)) + r")(?![\w])")
            for a, al in actors.items()}


def actor_mentions(sentences: pd.DataFrame, actors: dict[str, list[str]]) -> dict[str, np.ndarray]:
    """For each actor, a boolean per sentence: does it mention any of the actor's aliases?
    Computed once in the corpus step for tone toward actors and for attention. The whole-word
    pattern is tried only on sentences that hold one of the aliases as plain text (found by one
    search of all sentences joined), not on every sentence: the same answer, several times faster.

    >>> s = pd.DataFrame({"text": ["Kim met Putin.", "Kimchi was served.", "The U.S. watched."]})
    >>> {a: m.tolist() for a, m in actor_mentions(s, {"Kim": ["Kim"], "US": ["U.S."]}).items()}
    {'Kim': [True, False, False], 'US': [False, False, True]}
    """
    texts = sentences["text"].tolist()
    joined = "\n".join(texts)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]) if texts else np.zeros(0, dtype=int)
    out = {}
    for actor, pattern in actor_patterns(actors).items():
        aliases = actors[actor]
        if not aliases or not all(aliases):  # an empty pattern matches anywhere: no plain-text shortcut
            out[actor] = np.fromiter((pattern.search(t) is not None for t in texts), dtype=bool, count=len(texts))
            continue
        found: set[int] = set()
        for alias in aliases:
            at = joined.find(alias)
            while at >= 0:
                found.add(at)
                at = joined.find(alias, at + 1)
        hit = np.zeros(len(texts), dtype=bool)
        for k in np.unique(np.searchsorted(starts, sorted(found), side="right") - 1):
            hit[k] = pattern.search(texts[k]) is not None
        out[actor] = hit
    return out


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
