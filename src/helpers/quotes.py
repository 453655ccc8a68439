"""Quotations in news text, in every convention: typographic “…” and ‘…’, German „…“, French «…»
and ‹…›, straight "…" and '…', and the news-database forms ``…'' and ''…''. Where each
quotation starts and ends (`quote_spans`), which are speech rather than a quoted title
(`speech_spans`), how much of a sentence is quoted (`quoted_share`), and a sentence with its
quoted words masked (`mask_quotes`), so attribution rules read only the reporter's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .sentences import Sentence

OPEN_QUOTES = "“\"‘«„‹'`"
CLOSE_QUOTES = "”\"’»“›'"
# Each opening mark and the marks that close it: typographic, German, French (both widths), straight
# double and single, and the news-database forms ``…'' and ''…''.
QUOTE_PAIRS = {"“": "”", "„": "“”", "«": "»", "‹": "›", '"': '"', "‘": "’", "'": "'", "``": "''", "''": "''"}
QUOTE_EVENT = re.compile(r"\n\s*\n|''|’’|``|[“”„\"‘’«»‹›']")
# an apostrophe for the century, not an opening mark: "the '80s", "class of '16"
DECADE = re.compile(r"\d\d(?:s\b|\b)")
# two apostrophes close a double quotation opened any way, as news-database and wire copy mixes them:
# “…'' and "…’’ (the '' of ``…'' typed after another opening mark)
DOUBLE_OPENINGS = ('"', "“", "``", "''")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each quotation (marks excluded), in every convention
    of `QUOTE_PAIRS`. Straight and single marks open only after a space or a bracket and before
    a word, and a single mark followed by a letter is an apostrophe ("it's"), not a close. A
    straight mark also closes a typographic opening (“…" in copy pasted between systems) when no
    typographic close follows in the paragraph (else it is a quotation inside the quotation). An
    unclosed quote runs to the end of its paragraph (news style for a quote that continues in
    the next paragraph). A paragraph without marks after one ending "… told the BBC:" is a block
    quotation (`BLOCK_LEAD_IN`).

    >>> t = "He said it was a “huge mistake” and ''a disaster'' and left."
    >>> [t[s:e] for s, e in quote_spans(t)]
    ['huge mistake', 'a disaster']
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    open_mark = ""
    n = len(text)
    for m in QUOTE_EVENT.finditer(text):
        i, mark = m.start(), m.group(0)
        if mark.startswith("\n"):
            if open_at is not None and open_mark != "'":  # a straight single mark never closed was an apostrophe
                spans.append((open_at, i))
            open_at = None
            continue
        prev = text[i - 1] if i else " "
        nxt = text[m.end()] if m.end() < n else " "
        if open_at is None:
            if mark not in QUOTE_PAIRS:
                continue
            # after a space or bracket; or straight after a sentence's end when a scrape lost the space ('said."I think')
            after_space = prev.isspace() or prev in "([—–-:" or i == 0 or (prev in ".!?" and nxt.isupper())
            if mark in ("‘", "'") and DECADE.match(text, m.end()):
                continue  # "the '80s", "class of '16": an apostrophe for the century
            if mark in ("“", "„", "«", "‹", "``") or (mark == "''" and after_space) \
                    or (mark in ('"', "‘", "'") and after_space and (nxt.isalnum() or nxt in "…$")):
                open_at, open_mark = m.end(), mark
        else:
            closes = QUOTE_PAIRS[open_mark]
            # mixed marks close too, as copy pasted between systems mixes them: “…" and "…”, ‘…'
            if mark in closes or (mark == "”" and open_mark == '"') or (mark == "''" and open_mark == "'") \
                    or (mark in ("''", "’’") and open_mark in DOUBLE_OPENINGS) \
                    or (mark == '"' and open_mark in ("“", "„", "«") and not _closes_later(text, m.end(), "”»", open_mark)) \
                    or (mark == "'" and open_mark == "‘" and not _closes_later(text, m.end(), "’", "‘")):
                if mark in ("’", "'") and nxt.isalpha():
                    continue  # an apostrophe inside the quotation
                if i > open_at:
                    spans.append((open_at, i))
                open_at = None
    if open_at is not None and open_at < n and open_mark != "'":
        spans.append((open_at, n))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    if ":" in text:
        spans = _with_block_quotes(text, spans)
    if "edited" in text or "condensed" in text:
        spans = _with_interview_answers(text, spans)
    return spans


# the note that opens a question-and-answer interview: "The interview has been lightly edited and condensed."
INTERVIEW_NOTE = re.compile(r"(?i)\b(?:interview|conversation|q\s?&\s?a|exchange|discussion)s?\b[^.\n]{0,40}?\b(?:has|have) been\b"
                            r"[^.\n]{0,30}?\b(?:edited|condensed)\b")
PARAGRAPH = re.compile(r"[^\n]+")
MIN_INTERVIEW_QUESTIONS = 2


def _with_interview_answers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` and, after the note that opens a question-and-answer interview (`INTERVIEW_NOTE`),
    each answer: a paragraph that is not a question, between questions (paragraphs ending with a
    question mark), when the interview asks at least `MIN_INTERVIEW_QUESTIONS`. The labels that
    marked who speaks are lost in a scrape; the answers are the interviewee's words, not the outlet's."""
    note = INTERVIEW_NOTE.search(text)
    if not note:
        return spans
    paragraphs = [m.span() for m in PARAGRAPH.finditer(text, note.end()) if text[m.start():m.end()].strip()][1:]  # after the note's
    asks = [text[s:e].rstrip().rstrip("\"”’").endswith("?") for s, e in paragraphs]
    if sum(asks) < MIN_INTERVIEW_QUESTIONS:
        return spans
    after_first = asks.index(True)
    answers = [(s, e) for k, ((s, e), ask) in enumerate(zip(paragraphs, asks, strict=True)) if k > after_first and not ask]
    return _with_paragraphs(text, spans, answers)


def _with_paragraphs(text: str, spans: list[tuple[int, int]], paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` and each of ``paragraphs`` (trailing space trimmed) that holds no span of its own."""
    added = []
    for start, end in paragraphs:
        end = start + len(text[start:end].rstrip())
        if not any(s < end and e > start for s, e in spans):
            added.append((start, end))
    return sorted(spans + added) if added else spans


# a paragraph that ends by announcing someone's words ("The Prime Minister told the BBC:", "She said in a
# statement:"), then a paragraph without quotation marks: a block quotation, set off by layout a scrape flattens
BLOCK_LEAD_IN = re.compile(r"(?i:\b(?:said|says|told|tells|wrote|writes|added|adds|stated|declared|tweeted|tweets|posted|posts|"
                           r"explained|explains|continued|reported|reports|noted|notes|responded|replied|announced|according\s+to|"
                           r"argued|argues|observed|observes|recalled|recalls|testified|as\s+(?:[\w.’'-]+\s+){1,6}puts?\s+it|summed\s+(?:it\s+)?up|"
                           r"(?:pointed|points)\s+out|(?:breaks?|broke)\s+(?:[\w’'-]+\s+){1,3}down|"
                           r"statement|transcript|(?:in|from)\s+(?:an?|the|his|her|their)\s+(?:[\w’'-]+\s+){0,4}"
                           r"(?:story|article|report|release|post|letter|memo|interview|email|book|piece)|\(via)\b"
                           r"[^:\n]{0,200}?)[”\"’']?[^\S\n]*:[^\S\n]*$")
# a paragraph ending with a colon, and the paragraph after it, not opening with a quotation mark
COLON_THEN_PARAGRAPH = re.compile(r":[^\S\n]*\n[^\S\n]*\n[^\S\n]*(?P<para>[^\s\"“„«'‘`][^\n]*)")


def _with_block_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` and the block quotations after a lead-in (`BLOCK_LEAD_IN`) whose paragraph holds
    no quotation of its own. Only the paragraphs ending with a colon are read for a lead-in."""
    quoted = [m.span("para") for m in COLON_THEN_PARAGRAPH.finditer(text)
              if BLOCK_LEAD_IN.search(text, text.rfind("\n", 0, m.start()) + 1, m.start() + 1)]
    return _with_paragraphs(text, spans, quoted)


def _closes_later(text: str, at: int, marks: str, opens: str) -> bool:
    """Does one of ``marks`` (the proper closing marks) come later in the paragraph, before another
    quotation opens (with the mark ``opens``, or with a straight mark of its kind after a space and before a word)?
    Then a straight mark before it is a quotation inside the quotation ("… told us "leave now" and …”),
    or an inch. A quotation opening again first means the straight mark closed the one before ("“It is
    not conclusive," Pelosi responded. “It is …”", also "… responded. "No, I do not.”").

    >>> _closes_later(' and left.” He went.', 0, "”»", "“"), _closes_later(' she said. "No, I do not.”', 0, "”»", "“")
    (True, False)
    """
    end = text.find("\n\n", at)
    rest = text[at:end if end >= 0 else len(text)]
    straight = '"' if opens in "“„«" else "'"
    first = re.search(rf"[{marks}{opens}]|(?<![^\s(\[—–-]){straight}(?=[^\W_]|…|\$)", rest)
    return first is not None and first.group(0) in marks


def _is_title_quote(content: str) -> bool:
    """Quotation marks around a name or a title ("the “New York Times”"), not speech."""
    tokens = content.split()
    return 0 < len(tokens) <= 6 and all(t[:1].isupper() or t.lower() in {"of", "the", "and", "for", "in"} for t in tokens) \
        and not re.search(r"[.!?,]$", content.strip())


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans that are speech (not a quoted name or title)."""
    return list(_speech_spans(text))


@lru_cache(maxsize=4)
def _speech_spans(text: str) -> tuple[tuple[int, int], ...]:
    # the citations, the voice of each sentence and the quotation numbers all ask for the same
    # article's spans: found once
    return tuple((s, e) for s, e in quote_spans(text) if not _is_title_quote(text[s:e]))


def quoted_share(sentence: Sentence, spans: list[tuple[int, int]]) -> float:
    """Share of the sentence's letters and digits that stand inside quotation marks."""
    inside = [(s, e) for s, e in spans if s < sentence.end and e > sentence.start]
    if not inside:
        return 0.0  # nothing quoted: the letters need not be counted
    letters = sum(map(str.isalnum, sentence.text))
    if not letters:
        return 0.0
    quoted = 0
    for s, e in inside:
        quoted += sum(map(str.isalnum, sentence.text[max(0, s - sentence.start):e - sentence.start]))
    return quoted / letters


NOT_A_SPACE = re.compile(r"[^ ]")


def mask_spans(text: str, spans: list[tuple[int, int]], fill: str = "_") -> str:
    """``text`` with every character inside the spans but spaces replaced by ``fill`` (one character,
    so offsets hold): the masked text of a whole article, whose slice at a sentence's offsets is
    `mask_quotes` of it.

    >>> t = "He called it “a big mistake” today."
    >>> mask_spans(t, quote_spans(t))
    'He called it “_ ___ _______” today.'
    """
    pieces, at = [], 0
    for s, e in sorted(spans):
        s, e = max(s, at), min(e, len(text))
        if s < e:
            pieces += [text[at:s], NOT_A_SPACE.sub(fill, text[s:e])]
            at = e
    pieces.append(text[at:])
    return "".join(pieces)


def mask_quotes(sentence: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence with every character inside a quotation but spaces replaced by ``_``.

    >>> t = "He called it “a big mistake” today."
    >>> mask_quotes(Sentence(t, 0, len(t), 0), quote_spans(t))
    'He called it “_ ___ _______” today.'
    """
    start, end = sentence.start, sentence.end
    return mask_spans(sentence.text, [(s - start, e - start) for s, e in spans if s < end and e > start])
