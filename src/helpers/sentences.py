"""Split cleaned article bodies into sentences, with character offsets.

Uses sentencex (Wikimedia's rule-based segmenter; about 0.2 ms for a 700-word article here,
against about 25 ms for pysbd), one paragraph at a time so that a sentence never crosses a
paragraph break. It keeps abbreviations such as "U.S.", "U.N.", "Sep. 13", "N. Korea" and "Dr."
inside a sentence. A quotation of several sentences is split into its sentences (VADER's
compound saturates with length, so a 200-word quotation scored as one "sentence" would look
extreme); an attribution that follows a quotation ("… help,” said Cho") stays with the quoted
sentence it closes, as does a name and a speech verb after a quotation that ends in "!" or "?"
("… no mistakes!” Trump said."); a two-letter state or country code is not split ("R-S.C.",
"U.S.-Canada"). Every quotation convention news text uses is recognised: “…” ‘…’ "…" '…'
„…“ «…» ‹…› and the news-database forms ''…'' and ``…''.

>>> [s.text for s in split_sentences("On Sep. 13, Kim met Putin. U.S. officials said so.")]
['On Sep. 13, Kim met Putin.', 'U.S. officials said so.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import sentencex

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
QUOTE_CHARACTERS = "“”‘’«»„‟‹›\"'`"  # every mark that opens or closes a quotation in news text
DOUBLED_QUOTES = re.compile(r"''|``")  # news-database exports write quotation marks as two characters
# sentencex (0.x, Rust) panics on a whitespace character longer than one byte in UTF-8 before a
# full stop ("K\u2028."): the segmenter's copy gets a plain space for each (one character for
# one, so offsets hold), as it does for quotation marks
WIDE_SPACES = "".join(chr(i) for i in range(0x80, 0x3001) if chr(i).isspace())
QUOTES_TO_SPACES = str.maketrans(dict.fromkeys(QUOTE_CHARACTERS + WIDE_SPACES, " "))
ATTRIBUTION_TAIL = re.compile(r"^[\W_]*[a-z]")  # after a closing quote, a lower-case start is its attribution
# after a closing quote, a name and a speech verb and nothing more is the quotation's attribution too
# ("… no mistakes!” Trump said.", "… try?” Li said on Monday.")
NAMED_ATTRIBUTION = re.compile(r"^(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|wrote|writes|told \w+|added|adds|asked|asks|"
                               r"replied|responded|declared|insisted|shouted|posted|tweeted|continued)"
                               r"(?:\s+(?:on|in|at|to|during|after|from|via|through|later|then)\b[^.!?“”\"]{0,50})?[.!?]?$")


@lru_cache(maxsize=1)
def _named_attribution() -> re.Pattern[str]:
    """Beside `NAMED_ATTRIBUTION`, after a bare quotation: any strong attribution verb with a short object or
    circumstance after it ("… fight!” Whitcomb bellowed from the stage.", "… over?” Trump asked the crowd."),
    never a clause of its own ("… “concerning.” He added that rates were low.")."""
    from .citation_words import alternation, cue_lexicon

    verbs = [c for c, strength in cue_lexicon().items() if strength == "strong" and not c.endswith("ing")]
    tail = r"(?:\s+(?!(?:that|whether|if|is|was|were|are|has|have|had|will|would|could|can|may|might)\b)[\w’'-]+){0,4}"
    return re.compile(rf"^(?:[A-Z][\w’'.-]*\s+){{1,4}}(?:{alternation(verbs)})\b{tail}[.!?]?$")


INITIALS_SPLIT = re.compile(r"(?:^|[\s(-])[A-Z]\.$")  # a piece ending in one capital and a full stop ("R-S.")
INITIAL_START = re.compile(r"[A-Z]\.")  # and the next starting with another ("C., who …"): "R-S.C." is one token
# a title before a name never ends a sentence; sentencex breaks after some ("said Ms. Omar", "Atty. Gen."), after one
# joined to "then-" or "ex-" ("then-Gov. Scott Walker") and after a plural one ("Reps. Trent Franks and …")
TITLE_AT_END = re.compile(r"(?:^|[\s(“\"‘'-])(?:Ms|Mses|Messrs|Atty|Dr|Mr|Mrs|"
                          r"(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Supt|Insp|Amb|Det|Prof|Rev)s?)\.$")
NAME_START = re.compile(r"(?!(?:The|A|An|He|She|It|They|We|I|This|That|There|But|And|In|On|At|During|After|Before|When|While|Then)\b)[A-Z]")


def _mask_quotes(paragraph: str) -> str:
    """The paragraph with every quotation mark turned into a space (same length, so offsets
    hold): the segmenter then splits inside quotations as it does outside them. Whitespace
    outside ASCII becomes a plain space too (`WIDE_SPACES`)."""
    masked = DOUBLED_QUOTES.sub("  ", paragraph) if "''" in paragraph or "``" in paragraph else paragraph
    return masked.translate(QUOTES_TO_SPACES)


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
        masked = _mask_quotes(paragraph)
        cursor = 0
        spans: list[tuple[int, int]] = []
        for piece in sentencex.segment(language, masked):
            if not piece.strip():
                continue
            found = masked.find(piece, cursor)
            if found < 0:  # the segmenter normalised something; fall back to the cursor
                found = cursor
            end = found + len(piece)
            cursor = end
            start, stop = _trim(paragraph, masked, found, min(end, len(paragraph)))
            if start >= stop:
                continue
            piece_text = paragraph[start:stop]
            if spans and _ends_with_quote(masked, paragraph, spans[-1][1]) and (
                    ATTRIBUTION_TAIL.match(piece_text) or NAMED_ATTRIBUTION.match(piece_text)
                    or (_bare_quotation(paragraph, spans[-1]) and _named_attribution().match(piece_text))):
                spans[-1] = (spans[-1][0], stop)  # "… collapse.” said Cho." belongs to the quote it closes
            elif spans and INITIAL_START.match(piece_text) and INITIALS_SPLIT.search(paragraph, spans[-1][0], spans[-1][1]):
                spans[-1] = (spans[-1][0], stop)  # "Sen. Lindsey Graham, R-S.C., said": one sentence
            elif spans and NAME_START.match(piece_text) and TITLE_AT_END.search(paragraph, spans[-1][0], spans[-1][1]):
                spans[-1] = (spans[-1][0], stop)  # "… said Ms. Omar's criticism …": one sentence
            else:
                spans.append((start, stop))
        out.extend(Sentence(paragraph[a:b], p_start + a, p_start + b, number) for a, b in spans)
    return out


def _bare_quotation(paragraph: str, span: tuple[int, int]) -> bool:
    """Is the piece at ``span`` a quotation and nothing else ("“Fight, fight, fight!”"), so that a short
    attribution after it ("Roe bellowed from the stage.") can be nothing but its speaker's?"""
    text = paragraph[span[0]:span[1]].strip()
    return len(text) > 2 and text[0] in "“\"‘'«„" and text[-1] in "”\"’'»“"


def _ends_with_quote(masked: str, text: str, end: int) -> bool:
    """Does the piece ending at ``end`` close with a quotation mark ("… collapse.”")?"""
    return end > 0 and masked[end - 1] == " " and not text[end - 1].isspace()


def _trim(text: str, masked: str, start: int, end: int) -> tuple[int, int]:
    """The piece without surrounding space, with the quotation marks that touch it."""
    while start < end and masked[start].isspace():
        start += 1
    while end > start and masked[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, end
    while start > 0 and masked[start - 1] == " " and text[start - 1] != " " and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and masked[end] == " " and text[end] != " " and not text[end].isspace():
        end += 1
    return start, end


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
