"""Split cleaned article bodies into sentences, with character offsets.

Uses sentencex (Wikimedia's rule-based segmenter; about 0.2 ms for a 700-word article here,
against about 25 ms for pysbd), one paragraph at a time so that a sentence never crosses a
paragraph break. It keeps abbreviations such as "U.S.", "U.N.", "Sep. 13", "N. Korea" and "Dr."
inside a sentence, and keeps a quotation of several sentences followed by its attribution
("“… collapse. North Korea … ICBMs,” said Cho") together as one unit.

>>> [s.text for s in split_sentences("On Sep. 13, Kim met Putin. U.S. officials said so.")]
['On Sep. 13, Kim met Putin.', 'U.S. officials said so.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
import sentencex

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a text: its words and where they stand (``text[start:end]``)."""

    text: str
    start: int
    end: int
    paragraph: int


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (blocks separated by a blank line)."""
    spans, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def split_sentences(text: str, language: str = "en") -> list[Sentence]:
    """Sentences of ``text`` in order, with offsets into ``text``; empty text gives ``[]``."""
    out: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans(text or "")):
        paragraph = text[p_start:p_end]
        cursor = 0
        for piece in sentencex.segment(language, paragraph):
            piece = piece.strip()
            if not piece:
                continue
            found = paragraph.find(piece, cursor)
            if found < 0:  # the segmenter normalised something; fall back to the cursor
                found = cursor
            cursor = found + len(piece)
            out.append(Sentence(piece, p_start + found, p_start + cursor, number))
    return out


def sentence_table(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per body sentence of every article: ``id``, ``outlet``, ``paragraph``,
    ``sentence`` (number within the article), ``start``, ``end``, ``text``, ``words``."""
    from .cleaning import words

    rows = []
    for article in corpus.itertuples():
        for i, s in enumerate(split_sentences(article.body, getattr(article, "language", "") or "en")):
            rows.append({"id": article.id, "outlet": article.outlet, "paragraph": s.paragraph, "sentence": i,
                         "start": s.start, "end": s.end, "text": s.text, "words": len(words(s.text))})
    return pd.DataFrame(rows, columns=["id", "outlet", "paragraph", "sentence", "start", "end", "text", "words"])
