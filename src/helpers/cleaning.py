"""Separate an article's own prose from the page it was scraped with.

A scraped news page is a stack of lines: site chrome (headers, navigation, share widgets,
counters), the headline, a byline, photo captions and credits, the article's paragraphs and
subheadings, footnotes, an author box and related-article teasers. `clean_text` gives every
line one role, and keeps a record of every line that is not body prose with the reason.

The rules are written from how news pages are built, not from any one outlet:

1. Line-level edits: stray HTML tags and scraper metadata (``DATE: …``) are cut out of a line,
   footnote markers (``[1]``, ``[iv]``) out of prose; each edit is recorded.
2. Context-free rules (the patterns in ``data/page_chrome.tsv``, share-widget words, photo
   captions and credits, bylines, footnote references, teasers with a timestamp, duplicates).
3. Position: lines before the article's first prose paragraph are the page header (title,
   standfirst, credits, site chrome); lines after its last prose paragraph, or after the
   reference list, are the page footer (author box, disclaimers, teasers).
4. Inside the body, short lines without sentence punctuation are subheadings.

>>> result = clean_text("top of page\\nA Title Here\\n\\nBy Jane Doe\\n\\nThe minister said "
...                     "the talks would go on for another week.\\n\\n4 views0 comments")
>>> result.body
'The minister said the talks would go on for another week.'
>>> result.byline, result.title
('Jane Doe', 'A Title Here')
"""

from __future__ import annotations

import csv
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as _sre
from re import _parser

from .paths import PACKAGE_DATA
from .sharedtext import agency_dateline

# --- patterns ----------------------------------------------------------------------------

HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
SCRAPER_META = re.compile(
    r"\s*\b(?:DATE|SCRAPED|CRAWLED|FETCHED|URL|SOURCE)\s*:\s*"
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*$"
)
# a marker is never glued to a following letter: "[I]n this situation" is an editor's capital, not footnote i
FOOTNOTE_MARKER = re.compile(r"\s?\[(?:\d{1,3}|[ivxlcdm]{1,7})\](?![^\W\d_])", re.IGNORECASE)
REFERENCE_LINE = re.compile(
    r"^\s*(?:\[(?P<m1>\d{1,3}|[ivxlcdm]{1,7})\]|(?P<m2>\d{1,3})[.)])\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
URL = re.compile(r"https?://\S+|www\.\S+")
TIMESTAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}\b")
BYLINE = re.compile(
    r"^(?i:by|written by|words by|reporting by|story by|von|par|por)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ ,]+(?:and |& )?[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,7})\s*$",
)
# A photo credit at the end of a caption: "… in Vladivostok. EPA-Yonhap", "… (AP Photo/Jane Doe)".
CREDIT_TAIL = re.compile(
    r"(?:[.!?]['’\"”]?\s+|\s\(|^\(?)"
    r"(?P<credit>(?:[A-Z][A-Za-z]*[-/ ]?){1,4}(?:Photo|Images|Yonhap|Reuters|AFP|AP|EPA|Getty|"
    r"Xinhua|TASS|KCNA|Sputnik|Anadolu|Pool|Handout|File)(?:[-/ ][A-Z][\w.-]*){0,3}(?:,\s*File)?|"
    r"[A-Z]{2,}(?:[-/]\s?[A-Z][A-Za-z]+)+(?:\s[A-Z][\w.-]*){0,2}(?:\s+Purchase Licensing Rights.*)?|"  # (also "REUTERS/ Leah Millis")
    r"[A-Z][\w .'’-]{1,40}/For [Tt]he [A-Z][\w ]{2,40}|"
    r"[A-Z][\w .'’/-]{1,80}\s+via\s+(?:AP|AFP|Reuters|Getty Images|EPA)|"  # "(Jane Roe/The Ledger via AP)"
    # "Credit Kevin Liles for The New York Times", "Credit...Doug Mills/The New York Times"
    r"Credit(?:\.{3}|…|:)?\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+for\s+|\s*/\s*)(?:[Tt]he\s+)?[A-Z][\w .'’-]{1,50})\)?\s*$"
)
AP_CAPTION = re.compile(r"\s*In this (?:[\w,.-]+\s+){0,5}(?:photo|image|picture|photograph|frame grab)s?(?![\w-])", re.IGNORECASE)
CAPTION_CUE = re.compile(
    r"\b(?:file photo|photo shows|pictured|in this (?:(?:file|handout|undated|frame grab|video|aerial)\s+){0,3}"
    r"(?:photo|image|picture|photograph)|(?:photos?|images?) provided by|courtesy of|photo by)\b|"
    r"\(photo\b|\b(?:photo|photograph|photographer|image|picture|credit|illustration)\s*:|\bcredit(?:\.{3}|…)",
    re.IGNORECASE,
)
# "SEOUL/MOSCOW, Sept 13 (Reuters) - " at the start of a wire story's first paragraph.
# A dateline opening the first paragraph: the place in capitals, perhaps its region or country
# ("KYIV, Ukraine") and the date, then the source in brackets and a dash ("SEOUL, South Korea
# (CNN) —", "SEOUL, Sept 13 (Reuters) -"). A place written in upper and lower case ("Seoul (AFP) -")
# is a dateline only before a news agency's name (`helpers.sharedtext.agency_dateline`). Without
# an agency in brackets, a place in capitals before a spaced dash is one too ("WASHINGTON -- ",
# "TEL AVIV, Israel — "), as pages print wire copy and their own reporters' stories.
DATELINE = re.compile(r"^(?P<dateline>[A-Z][A-Z/ .'-]{1,40}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
                      r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?(?:\s*\([A-Za-z .&-]{2,30}\)\s*[-–—]+\s*|"
                      r"(?<=[A-Za-z0-9])\s+(?:--|[–—])\s+|(?<=[A-Z])(?:--|[–—])))(?=[A-Z“\"‘'«„`])")
# "Washington CNN — ": a place and the outlet's initials, as broadcasters' sites write it
# and "Washington (CNN) – ", "(CNN) - ", "Washington (CNN) The …": the outlet's initials in brackets, with or without the
# place in sentence case, with or without a dash
OUTLET_DATELINE = re.compile(r"^(?P<dateline>[A-Z][a-z]+(?:[ ,]+[A-Z][a-z.]+){0,2}\s+[A-Z]{2,5}\s+[—–]\s+|"
                             r"(?:[A-Z][a-z]+(?:[ ,]+[A-Z][a-z.]+){0,2}\s+)?\([A-Z]{2,6}\)\s*(?:[—–]|--?)?\s*|"
                             r"\([A-Z]{2,6}\)\s*)(?=[A-Z“\"‘'«„`])")  # and "(CNN) Congressional Republicans …", "(CNN)Forty-three …"
# a transcript's speaker label: "FARID:", "LEILA FARID, HOST:", "SEN. JANE ROE:"
SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s[A-Z][A-Z ]{1,30})?:\s+\S")
# a sentence leading into what follows ("Here are five takeaways from the debate:"): sentence case, five words or more
LEAD_IN = re.compile(r"[A-Z][\w'’.,-]*(?:\s+[\w'’.,()-]+){5,30}:"
                     # or an attribution that introduces a quotation: "Rep. Jane Roe, R-S.C., said:", "The Post writes that:"
                     r"|(?!What\b|Here)[A-Z][\w'’.,-]*(?:\s+[\w'’.,()-]+){0,30}\s+(?:said|says|writes|wrote|told|tells|added|adds|explained|"
                     r"noted|notes|stated|tweeted|posted|declared|responded|replied|continued|reports|reported|argues|argued|"
                     r"explains|warned|warns|announced|asked|answered|put\s+it)(?:\s+(?:that|it|[A-Z][\w'’.-]*))*:"
                     # or a speaker named before the quotation: "Here's Haley:", "Here is what Sen. Ann Roe said:"
                     r"|Here(?:’s|'s|\s+is)\s+(?:what\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*(?:\s+\w+){0,3}:")
ONE_WORD_REPLY = re.compile(r"[A-Z][a-z]{1,11}[.!?]")  # "Yes." "Exactly." in a question-and-answer story
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_LINE = re.compile(rf"(?i)^(?:(?:published|posted|updated|last updated|posted on|published on)\b.*|"
                       rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{{1,2}}\s+{MONTHS}|{MONTHS}\s+\d{{1,2}},?)\s+\d{{4}}.*|"
                       rf"\d{{4}}-\d{{2}}-\d{{2}}\b.*|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$")
BIO_CUE = re.compile(
    r"\b(?:graduated from|graduate of|is currently pursuing|holds an? (?:\w+ )?degree|"
    r"(?:main )?areas? of (?:interest|expertise)|can be reached at|follow (?:him|her|them) on|"
    r"is an? (?:\w+ ){0,3}(?:reporter|correspondent|writer|columnist|editor|student|intern|"
    r"research assistant)\b)",
    re.IGNORECASE,
)
TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
CLOSING_QUOTES = "\"'”’»)]"
OPENING_QUOTES = "\"'“‘«„"
WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
WORD_CHARACTERS = re.compile(r"\w+")
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[A-ZÀ-ÖØ-Þ]{2,}|(?:de|van|von|bin|al|da|del|la|le)\b)$")


@dataclass(frozen=True)
class ChromePatterns:
    """The page-chrome patterns of ``data/page_chrome.tsv`` (each must match a whole line; the
    first in file order gives the reason), compiled for speed. ``every`` is one alternation of
    them all. A pattern that opens with a literal fails at once on most lines: those stay one
    alternation, ``opening``, whose groups are named by their row. The others (``rest``, each
    with its own test) open with a wildcard and would scan the line, so each is tried only on a
    line holding a literal it cannot match without (`_required_literals`; ``needs`` maps each
    such literal to its rows, ``always`` lists the rows without one). A pattern ``.*X`` matches a
    whole line exactly when ``X`` matches at the line's end, which ``re`` finds several times
    faster by searching for ``X`` than by trying ``.*`` from the line's start: those are
    ``tails``, tested by that search."""
    reasons: list[str]
    every: re.Pattern[str]
    opening: re.Pattern[str]
    rest: dict[int, Callable[[str], re.Match[str] | None]]
    needs: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    tails: tuple[int, ...]

    def first(self, line: str) -> int | None:
        """The row of the first pattern that matches all of ``line``, or None."""
        if "\n" in line:  # "." stops at a line break: only the plain alternation is exact
            m = self.every.fullmatch(line)
            return int(m.lastgroup[1:]) if m else None
        m = self.opening.fullmatch(line)
        found = int(m.lastgroup[1:]) if m else None
        if FOLDS_TO_ASCII.isdisjoint(line):
            lower = line.lower()
            rows = set(self.always)
            for literal, needing in self.needs.items():
                if literal in lower:
                    rows.update(needing)
        else:  # "ſ" matches "s" when case is ignored, but does not lower-case to it: every row is tried
            rows = set(self.rest)
        for row in sorted(rows):
            if found is not None and row > found:
                break
            if self.rest[row](line):
                return row
        return found


# the characters that match an ASCII letter when case is ignored but do not lower-case to it; a line
# holding none of them contains, lower-cased, every ASCII literal that a case-blind match of it used
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f")  # İ ı ſ


def _required_literals(items) -> frozenset[str] | None:
    r"""Lower-case literals of which a match of the parsed pattern ``items`` (`re._parser`)
    must contain at least one, the most selective set found (longest shortest member); None when
    no literal is required. Only ASCII and caseless characters are taken, so the test is exact
    on a lower-cased line (see `FOLDS_TO_ASCII`).

    >>> from re import _parser
    >>> sorted(_required_literals(_parser.parse(r".{0,80}\b(tell us|let us know)\b.*", re.I)))
    ['let us know', 'tell us']
    >>> _required_literals(_parser.parse(r"(a|\w+)x?", re.I)) is None
    True
    """
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    def end_run() -> None:
        if run:
            consider(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is _sre.LITERAL and (arg < 128 or chr(arg).lower() == chr(arg).upper() == chr(arg)):
            run.append(chr(arg).lower())
            continue
        end_run()
        if op is _sre.SUBPATTERN:
            consider(_required_literals(arg[3]))
        elif op is _sre.ATOMIC_GROUP:
            consider(_required_literals(arg))
        elif op is _sre.BRANCH:
            each = [_required_literals(branch) for branch in arg[1]]
            if all(each):
                consider(frozenset().union(*each))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            consider(_required_literals(arg[2]))
    end_run()
    return best


def _opens_with_literal(items) -> bool:
    """Whether a parsed pattern's first step is a literal (in each branch, when it opens with
    an alternation), so that ``re`` rejects most lines at their first character."""
    op, arg = items[0] if len(items) else (None, None)
    while op is _sre.SUBPATTERN and len(arg[3]):
        op, arg = arg[3][0]
    if op is _sre.BRANCH:
        return all(len(b) and _opens_with_literal(b) for b in arg[1])
    return op is _sre.LITERAL


def _tail_of(pattern: str) -> str | None:
    r"""``X`` when ``pattern`` is ``.*X`` (greedy, no alternation at its top level, no inline
    flags or look-arounds); else None.

    >>> _tail_of(r".*\ball rights reserved\.?"), _tail_of(r".*a|b"), _tail_of(r"(c|d).*"), _tail_of(r".*[|]x")
    ('\\ball rights reserved\\.?', None, None, '[|]x')
    """
    if not pattern.startswith(".*") or pattern[2:3] in ("?", "+", "*", "{") or "(?" in pattern.replace("(?:", "").replace("(?P<", ""):
        return None
    depth, i = 0, 2
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: skip to its end (a "]" first in it is literal)
            j = i + 1
            j += pattern[j:j + 1] == "^"
            j += pattern[j:j + 1] == "]"
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            return None
        i += 1
    return pattern[2:]


@lru_cache(maxsize=1)
def _chrome_rows() -> tuple[dict, ...]:
    """The rows of ``data/page_chrome.tsv``: ``reason`` and ``pattern``."""
    with open(PACKAGE_DATA / "page_chrome.tsv", encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh, delimiter="\t"))


# the words without which no trailing pattern that opens with a wildcard can match ("… contributed to this
# report", "… check out example.com"): a tail without one is tried against the other patterns only
TRAILING_WILD_WORDS = ("contribut", "reported from", "check out", "stor", "tip", "logged in", "signed in", "registered",
                       "is seen", "relevant")


@lru_cache(maxsize=1)
def _trailing_chrome_pattern() -> tuple[re.Pattern[str], re.Pattern[str], list[str]]:
    """The page-chrome patterns that can trail a paragraph (`TRAILING_CHROME`): one alternation of
    them all and one of those that open with a literal, a named group per row, and the rows'
    reasons."""
    rows = [r for r in _chrome_rows() if r["reason"] in TRAILING_CHROME]
    every = "|".join(f"(?P<p{i}>{r['pattern']})" for i, r in enumerate(rows))
    literal = "|".join(f"(?P<p{i}>{r['pattern']})" for i, r in enumerate(rows)
                       if not re.match(r"\.|\(\?-i:|\\w", r["pattern"]))
    return re.compile(every, re.IGNORECASE), re.compile(literal, re.IGNORECASE), [r["reason"] for r in rows]


@lru_cache(maxsize=1)
def _chrome_patterns() -> ChromePatterns:
    """The page-chrome patterns and their reasons, compiled (`ChromePatterns`)."""
    rows = _chrome_rows()
    patterns = [r["pattern"] for r in rows]
    parsed = [_parser.parse(p, re.IGNORECASE) for p in patterns]
    opening = [i for i, items in enumerate(parsed) if _opens_with_literal(items)]
    rest: dict[int, Callable[[str], re.Match[str] | None]] = {}
    needs: dict[str, list[int]] = {}
    always, tails = [], []
    for i, p in enumerate(patterns):
        if i in opening:
            continue
        tail = _tail_of(p)
        rest[i] = re.compile(rf"(?:{tail})\Z", re.IGNORECASE).search if tail else re.compile(p, re.IGNORECASE).fullmatch
        tails += [i] if tail else []
        literals = _required_literals(parsed[i])
        if literals is None:
            always.append(i)
        for literal in literals or ():
            needs.setdefault(literal, []).append(i)

    def alternation(indices) -> str:
        return "|".join(f"(?P<p{i}>{patterns[i]})" for i in indices) or "(?!)"

    return ChromePatterns(reasons=[r["reason"] for r in rows], every=re.compile(alternation(range(len(rows))), re.IGNORECASE),
                          opening=re.compile(alternation(opening), re.IGNORECASE), rest=rest,
                          needs={k: tuple(v) for k, v in needs.items()}, always=tuple(always), tails=tuple(tails))


def _word_list(name: str) -> frozenset[str]:
    lines = (PACKAGE_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def _related_markers() -> frozenset[str]:
    return _word_list("related_markers.txt")


@lru_cache(maxsize=1)
def _share_words() -> frozenset[str]:
    return _word_list("share_words.txt")


# --- records -----------------------------------------------------------------------------


@dataclass(eq=False)  # lines are compared by identity
class Line:
    """One line of the page with the role the cleaner gave it."""

    number: int  # 1-based line number in the raw file
    raw: str
    text: str  # after line-level edits
    role: str = ""  # body | heading | title | subheadline | byline | reference | removed
    reason: str = ""


@dataclass
class CleanedArticle:
    """What `clean_text` returns: the body and everything that is not body, with reasons."""

    body: str
    paragraphs: list[str]
    headings: list[dict]
    title: str
    byline: str
    references: list[dict]
    lines: list[Line] = field(repr=False)
    edits: list[dict] = field(repr=False)
    embeds: list[dict] = field(default_factory=list)  # posts embedded in the page: author, handle, date, text, line

    def record(self) -> list[dict]:
        """The cleaning record: one row per line that is not body prose, plus one row per edit
        made inside a kept line."""
        rows = [
            {"line": ln.number, "action": "removed" if ln.role == "removed" else f"kept as {ln.role}",
             "reason": ln.reason, "text": ln.text or ln.raw}
            for ln in self.lines
            if ln.text.strip() and ln.role != "body"
        ]
        rows += [{"line": e["line"], "action": "edited", "reason": e["reason"], "text": e["removed"]}
                 for e in self.edits]
        return sorted(rows, key=lambda r: (r["line"], r["action"] != "edited"))


# --- helpers -----------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Unicode NFC, no-break spaces to plain spaces, invisible and bidirectional-control
    characters removed, one line ending.

    >>> normalise("a\\u00a0b\\r\\nc")
    'a b\\nc'
    >>> normalise("“It works,\\u2033 said Roe, who is 5\\u203210\\u2033.")
    '“It works,” said Roe, who is 5′10″.'
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f\u2009]", " ", text)
    if "\u2033" in text or "\u2036" in text:
        # a double prime used as a quotation mark (an encoding slip in some wire copy: “… workers,″ said Pocan);
        # after a digit it stays a prime (5′10″)
        text = re.sub(r"(?:^|(?<=[\s(\[]))[\u2033\u2036](?=\w)", "\u201c", text, flags=re.M)
        text = re.sub(r"(?<![\d\u2032\s])\u2033", "\u201d", text)
    # invisible characters and bidirectional controls: nothing to analyse, and they could reorder
    # what follows them wherever the text is shown
    return re.sub(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, with inner apostrophes, hyphens and dots).

    >>> words("U.S. officials' 5-day visit")
    ['U.S', 'officials', '5-day', 'visit']
    """
    return WORD.findall(text)


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """How many `words` a text has (the cleaner asks it of each line several times: counted once).

    >>> word_count("U.S. officials' 5-day visit")
    4
    """
    return len(WORD.findall(text))


def _is_terminal(text: str) -> bool:
    return bool(TERMINAL.search(text.rstrip()))


# a short closing sentence about the story’s people: "They were wrong.", "He lost." (not "It": "It only takes a minute.")
STORY_CODA = re.compile(r"(?:[A-Z][a-z]+,\s+(?:he|she|they)|He|She|They)(?:[’']\w+)?(?:\s+[a-z][\w’'-]*){1,7}[.!?][”\"’]?\s*$")


def _looks_like_prose(text: str) -> bool:
    """A paragraph of running text: ends like a sentence and has enough words, or holds
    several sentences."""
    n = word_count(text)
    if n >= 6 and _is_terminal(text):
        return True
    return n >= 25 or (n >= 20 and bool(re.search(r"[a-z,;][.!?][\"”’]?\s+[A-Z“\"]", text)))


def _is_question_heading(text: str) -> bool:
    """A one-sentence question standing alone as a paragraph: an explainer's subheading. Not a
    question in quotation marks: that is someone's words, a paragraph of the story."""
    body = text.rstrip(CLOSING_QUOTES)
    return (body.endswith("?") and word_count(text) <= 15 and not re.search(r"[.!?]\s", body[:-1])
            and not (text.lstrip()[:1] in OPENING_QUOTES and body != text.rstrip()))


# words a title-case heading leaves in lower case
TITLE_CASE_SMALL = frozenset("a an the and or but nor for of in on at to by with from as into over than via vs per after "
                             "before about against amid".split())
LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+")


def _is_title_case_heading(text: str) -> bool:
    """One line whose every word but the small ones is capitalised ("2. The Voters Have Rejected the Scheme
    to Sabotage the President."): a listicle's numbered heading or a deck, even when it ends with a
    full stop. Running prose leaves its verbs and common nouns in lower case. Not a line opening with
    a quotation mark: someone's words."""
    line = LIST_NUMBER.sub("", text.strip())
    if not line or line[0] in OPENING_QUOTES or re.search(r"[a-z0-9,;][.!?][\"”’]?\s+[A-Z“\"]", line):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    content = [w for w in words if w.lower() not in TITLE_CASE_SMALL]
    return 6 <= len(words) <= 45 and len(content) >= 5 and all(w[0].isupper() for w in content)


def _looks_like_heading(text: str) -> bool:
    n = word_count(text)
    return 1 <= n <= 20 and (not _is_terminal(text) or (text.rstrip(CLOSING_QUOTES).endswith("?") and n <= 15))


NAME_CONNECTORS = {"and", "in", "&", "with", "|", "/", "-"}


def _is_name_line(text: str) -> bool:
    """Capitalised names and nothing else ("Alexander Zemlianichenko", "Justin McCurry in Tokyo
    and Pjotr Sauer"): a photo credit, a byline without "By", or an author box."""
    tokens = [t.strip(",") for t in text.split()]
    names = [t for t in tokens if t.lower() not in NAME_CONNECTORS]
    if re.search(r"\d", text) or not 2 <= len(names) <= 8 or len(tokens) > 12:
        return False
    return all(NAME_WORD.match(t) for t in names) and (len(tokens) <= 5 or len(names) < len(tokens))


def _running_text(text: str) -> bool:
    """A line too long for a heading that reads as a sentence without its end (a link the page dropped, a
    colon before a quotation, an item of a bulleted list): most of its words in lower case, and no
    hashtag or handle (a social-media post quoted without its frame)."""
    tokens = text.split()
    return len(tokens) > 20 and sum(t[:1].islower() for t in tokens) * 2 > len(tokens) and not re.search(r"[#@]\w", text)


CHROME_MAX_WORDS = 60  # page chrome is short; a longer line is never matched against the patterns
# but a newsletter widget's messages, scraped into one line ("Newsletter Sign Up Continue reading the main story Please
# verify you're not a robot … Invalid email address. Please re-enter. You must select a newsletter …"): three of them
NEWSLETTER_WIDGET = re.compile(r"(?i)\b(?:sign up|invalid email address|please re-enter|please verify you['’]re not a robot|"
                               r"you must select a newsletter|you agree to receive|opt[- ]out at any time|by signing up|"
                               r"thank you for subscribing|view all [\w ]{0,40}newsletters|thanks for signing up|"
                               r"we encountered an issue signing you up|please enable javascript|send me updates about|"
                               r"manage your newsletter subscriptions)\b")
# "More BBC stories on Senegal:", "More coverage of the election:": a line that opens a block of teasers
RELATED_MARKER = re.compile(r"(?i)(?:more|latest|further) (?:[\w'’.-]+ ){0,3}(?:stories|news|coverage|articles|reports|videos|reading)"
                            r"(?: (?:on|about|of|from|in) [^.!?]{1,50})?:")  # ends with a colon: a heading, not a sentence
# the signature under an embedded social-media post: "— Fire Authority (@OCFA) May 24, 2026", "—OCFireAuthority"
EMBED_AT_END = re.compile(r"[—–]\s*[^()\n]{1,60}\(@\w{1,15}\)\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*$")
EMBED_SIGNATURE = re.compile(r"[—–]\s*(?:[^()\n]{1,60}\(@\w{1,15}\)|@?[A-Za-z][\w.]{2,30})(?:\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?"
                             r"(?:\s+Report)?")  # (the BBC's "Report" link after the date)
# the BBC's link past an embedded post, before the post's text: "Skip Twitter post by @realDonaldTrump 1600 Pennsylvania …"
SKIP_POST = re.compile(r"Skip (?:Twitter|Facebook|Instagram|YouTube|TikTok) (?:post|content|video)(?: \d+)?(?: by @?[\w.]{1,30})?\s*")


# an embedded photo or video post signed below its caption, "… #2017 A photo posted by Cate Roe (@cate_roe) on Dec 31,
# 2016 at 6:37am PST" (Instagram's handles run to 30 characters and may hold dots)
POSTED_BY = re.compile(r"(?P<post>.*?)\s*\b(?:A|An) (?:photo|video|post) (?:posted|shared) by (?P<author>[^()\n]{1,60}?)\s*"
                       r"\(@(?P<handle>[\w.]{1,30})\)(?: on (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}))?"
                       r"(?: at \d{1,2}:\d{2}\s*[ap]\.?m\.?(?: [A-Z]{2,4})?)?\s*$")
# a photo gallery flattened onto one line: each caption followed by the carousel's "Hide Caption 3 of 24"
GALLERY_COUNTER = re.compile(r"(?i)\bhide caption\s+\d{1,3}\s+of\s+\d{1,3}\b")
EMBED_PARTS = re.compile(r"(?P<post>.*)\s*[—–]\s*(?:(?P<author>[^()\n—–]{1,60}?)\s*\(@(?P<handle>\w{1,15})\)|@?(?P<alone>[A-Za-z][\w.]{2,30}))"
                         r"(?:\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}))?(?:\s+Report)?\s*$")
POST_LINK = re.compile(r"\s*(?:https?://\S+|pic\.twitter\.com/\S+)")


def embedded_post(line: str, previous: str = "") -> dict | None:
    """Who posted an embedded social-media post and what it says, from its signature line ("Text
    of the post https://t.co/x — Jane Roe (@janeroe) May 2, 2026"); a signature alone on its line
    signs the line before it (``previous``). Links are left out of the text. None when the line is
    no signature.

    >>> embedded_post("We mourn her. pic.twitter.com/x1 — Sen. Ann Roe (@SenRoe) March 6, 2016")
    {'author': 'Sen. Ann Roe', 'handle': 'SenRoe', 'date': 'March 6, 2016', 'text': 'We mourn her.'}
    >>> embedded_post("— Tom Berg (@tberg) May 2, 2026", previous="The vote was rigged.")["text"]
    'The vote was rigged.'
    """
    m = EMBED_PARTS.match(line.strip()) or POSTED_BY.match(line.strip())
    if not m:
        return None
    text = POST_LINK.sub("", m.group("post")).strip() or POST_LINK.sub("", previous).strip()
    alone = m.groupdict().get("alone")
    return {"author": (m.group("author") or alone or "").strip(), "handle": m.group("handle") or alone or "",
            "date": m.group("date") or "", "text": text}


def _chrome_reason(text: str) -> str | None:
    if EMBED_SIGNATURE.fullmatch(text.strip()) or ("(@" in text and EMBED_AT_END.search(text)):
        return "embedded social-media post"  # the signature alone, or the post with its signature at the end
    if (" posted by " in text or " shared by " in text) and POSTED_BY.match(text.strip()):
        return "embedded social-media post"  # "… A photo posted by Cate Roe (@cate_roe) on Dec 31, 2016 at 6:37am PST"
    if ("aption " in text or "APTION " in text) and GALLERY_COUNTER.search(text):
        return "photo gallery"  # every caption of a gallery, with the carousel's counters, however long the line
    stripped = text.strip().strip("|·•-–— ")
    if stripped.count(" ") >= CHROME_MAX_WORDS:
        # (searched only in a line that asks to sign up or subscribe, as every such widget does)
        if ("ign up" in text or "ubscri" in text) and len({m.lower() for m in NEWSLETTER_WIDGET.findall(text)}) >= 3:
            return "newsletter or subscription prompt"  # a sign-up widget's messages run into one long line
        return None
    chrome = _chrome_patterns()
    row = chrome.first(stripped)
    if row is None and stripped[:1] in "([" and stripped.rstrip(".")[-1:] in ")]":
        row = chrome.first(stripped.rstrip(".")[1:-1].strip())  # "(Copyright 2018 The Associated Press. All rights reserved.)"
    if row is not None:
        return chrome.reasons[row]
    if len(stripped.split()) > 8:  # more than 8 tokens already: not a row of share buttons
        return None
    tokens = [t for t in re.split(r"[\s|·•/,]+", stripped.lower()) if t]
    if tokens and len(tokens) <= 8 and all(t.strip(":") in _share_words() for t in tokens):
        return "share buttons"
    return None


# a caption, a pipe, then its credit (the headline may follow): "… according to public records. | Jeff Roberson/AP Photo
# Elections Air wars: …", "… opposed to Obamacare. | Getty Alaska scrambles …"
PIPE_CREDIT = re.compile(r"[.!?”\"’]\s+\|\s+(?:[A-Z][\w.'’-]*\s+){0,3}?(?:[\w.'’-]*/)?(?:AP|Getty|Reuters|AFP|EPA|Bloomberg|"
                         r"Photos?|Images?)\b")


def _caption_reason(text: str) -> str | None:
    if word_count(text) < 4:
        # a credit on its own line, a name and the agency after a slash ("Julie Jacobson/AP")
        return "photo credit" if "/" in text and CREDIT_TAIL.fullmatch(text.strip()) else None
    if " | " in text and PIPE_CREDIT.search(text):
        return "photo caption and credit (with the headline after them)"
    terminal = _is_terminal(text)
    has_credit = not terminal and bool(CREDIT_TAIL.search(text))
    if has_credit and CAPTION_CUE.search(text):
        return "photo caption with credit"
    if has_credit:
        return "photo caption (ends with a photo credit)"
    if not terminal and CAPTION_CUE.search(text):
        return "photo caption"
    if "show" in text.lower() and re.match(r"^(?:this|a|an|the)\b.{0,80}\b(?:file )?(?:photos?|images?|pictures?)\b.{0,80}\bshows?\b", text, re.I):
        return "photo caption"
    if AP_CAPTION.match(text):
        return "photo caption"  # "In this handout photo provided by …, a tornado hits …": AP's caption sentence
    return None


def _repeated_headline(text: str) -> bool:
    """A teaser repeats its own headline: 'Headline words Headline words 2023-09-06 | Section'."""
    toks = text.split()
    for size in range(5, len(toks) // 2 + 1):
        if toks[:size] == toks[size : 2 * size]:
            return True
    return False


def _parse_reference(marker: str, rest: str) -> dict:
    url_match = URL.search(rest)
    url = url_match.group(0).rstrip(".,;)") if url_match else ""
    title_match = re.search(r"[“\"](.+?)[”\"]", rest)
    title = title_match.group(1).strip(" ,") if title_match else ""
    after_title = rest[title_match.end():] if title_match else rest
    outlet = after_title.split("http")[0].strip(" ,.;:")
    outlet = re.split(r",\s*", outlet)[0] if outlet else ""
    accessed = re.search(r"\((?:[^()]*?)(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\)", rest)
    return {"marker": marker, "title": title, "outlet": outlet, "url": url,
            "accessed": accessed.group(1) if accessed else "", "text": rest.strip()}


# --- the cleaner -------------------------------------------------------------------------


def _split_lines(raw: str) -> list[Line]:
    lines = [Line(number=i + 1, raw=r, text=r.strip()) for i, r in enumerate(normalise(raw).split("\n"))]
    # Re-join hard-wrapped paragraphs: a line that does not end a sentence, followed directly
    # by a line starting in lower case, continues the same paragraph.
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (prev and prev.text and ln.text and not _is_terminal(prev.text)
                and ln.text[0].islower() and word_count(prev.text) >= 6):
            prev.text = f"{prev.text} {ln.text}"
            prev.raw = f"{prev.raw}\n{ln.raw}"
            continue
        out.append(ln)
    return out


# a link's hover card scraped into the text after a name: the name in full, its surname glued to the first of up to a dozen
# headlines, and "MORE" ("Trump Donald John TrumpGOP senators balk at … votes MORE on Monday": "Trump on Monday")
HOVER_CARD = re.compile(r"(?P<name>\b(?P<surname>[A-Z][\w’'-]+))(?P<card>\s+(?:\(?[A-Z][\w’'.-]*\)?\s+){1,4}(?P=surname)"
                        r"(?=[A-Z0-9‘“'\"])[^\n]{0,800}? MORE)(?![\w])")


# a live blog's entry stamp opening a paragraph: "UPDATE 10:40 A.M. Comey testified …"
LIVE_STAMP = re.compile(r"(?i:update[d]?)(?:\s+at)?\s*:?\s*\d{1,2}:\s?\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?"
                        r"(?:\s*(?:ET|EDT|EST|CT|CDT|PT|PDT|GMT|BST))?[.:]{0,2}\s+(?=\S)")  # "Update at 1:25 p.m. ET: By a vote …", "ET.:"
# a teaser for another story set in brackets inside a paragraph: "… a trip to China. (RELATED: REPORT: Big Tech Is Using …)"
# (and a wire story's link to a graphic: "… the complaint said.(GRAPHIC: Where the attack took place - tmsnrt.rs/2z3aqZv)")
INLINE_TEASER = re.compile(r"\s*\((?:RELATED|Related|READ MORE|Read more|SEE ALSO|See also|WATCH|Watch|GRAPHICS?|Graphics?|FACTBOX|Factbox)"
                           r"\s*:[^()\n]{1,300}\)")
# the last sentence of a paragraph, after the sentence before it ends (not after an initial: "… and Jonathan J. Cooper
# in Phoenix contributed to this story." is one sentence)
LAST_SENTENCE = re.compile(r".*(?:[.!?](?<!(?<![\w.])[A-Z]\.))[”\"’)]?\s+(?=\S)", re.DOTALL)
# the kinds of page chrome that can trail a paragraph of prose as its last sentence ("… the court Blair created.
# Read more here", "… his new book. Follow Ann Roe on Twitter @annroe."); the others are cut only as whole lines
TRAILING_CHROME = frozenset({"link text", "link to the outlet's coverage", "related-article teaser", "reader prompt",
                             "promotion of the outlet's social accounts or tip line", "network promotion",
                             "reporting and editing credits", "author contact line", "embedded-media label",
                             "wire-service link code", "correction notice"})


# a photo's credit in brackets, every word a name ("(Photo: Jewel Samad, AFP/Getty Images)"); a teaser for a
# gallery runs on in lower case ("(PHOTOS: Supreme Court upholds health care law)")
BRACKETED_PHOTO_CREDIT = re.compile(r"\(\s*(?:Photo|Image|Picture)\s*:\s*[A-Z][\w.'’-]*(?:[\s,/&-]+[A-Z][\w.'’-]*)*\s*\)")


def _trailing_chrome(text: str) -> tuple[str, str, str] | None:
    """(kept text, cut sentence, reason) when the paragraph's last sentence is page chrome of a kind
    that trails prose (`TRAILING_CHROME`); else None."""
    m = LAST_SENTENCE.match(text)
    if not m:
        return None
    tail = text[m.end():].strip()
    if not tail or len(tail.split()) > 40:
        return None
    if tail[:1] == "(" and BRACKETED_PHOTO_CREDIT.fullmatch(tail):
        return None  # "… on November 9, 2016. (Photo: Jewel Samad, AFP/Getty Images)": a caption, cut whole as one
    every, literal, reasons = _trailing_chrome_pattern()
    low = tail.lower()
    found = (every if any(w in low for w in TRAILING_WILD_WORDS) else literal).fullmatch(tail)
    if not found:
        return None
    return text[:m.end()].rstrip(), tail, reasons[int(found.lastgroup[1:])]


# a content-management system's placeholder left in the text: "#related#The most valuable lesson …", "{{ad}}", "[[embed]]"
CMS_PLACEHOLDER = re.compile(r"#[a-z][a-z_-]{1,30}#|\{\{\s*[a-z][a-z_-]{1,30}\s*\}\}|\[\[\s*[a-z][a-z_-]{1,30}\s*\]\]")
# a pull quote set in quotation marks just before the words it repeats: "“At this moment, people are afraid” At this
# moment, people are afraid. There were rumors …"
GLUED_PULL_QUOTE = re.compile(r"[\"“](?P<words>[^\"“”\n]{12,300}?)[,.!?]?[\"”]\s+(?=(?P=words))")


def _line_edits(lines: list[Line]) -> list[dict]:
    edits = []
    for ln in lines:
        if ("#" in ln.text or "{{" in ln.text or "[[" in ln.text) and CMS_PLACEHOLDER.search(ln.text) \
                and not CMS_PLACEHOLDER.fullmatch(ln.text):  # (a line that is only a placeholder is chrome as a whole)
            edits.append({"line": ln.number, "reason": "CMS placeholder text (inside a paragraph)",
                          "removed": " ".join(CMS_PLACEHOLDER.findall(ln.text))})
            ln.text = re.sub(r"\s{2,}", " ", CMS_PLACEHOLDER.sub(" ", ln.text)).strip()
        if ln.text.startswith("Skip ") and (skip := SKIP_POST.match(ln.text)):
            edits.append({"line": ln.number, "reason": "embedded-media label", "removed": skip.group(0).strip()})
            ln.text = ln.text[skip.end():]
        if ln.text[:1] in "\"“" and (glued := GLUED_PULL_QUOTE.match(ln.text)):
            edits.append({"line": ln.number, "reason": "pull quote (set before the words it repeats)", "removed": glued.group(0).strip()})
            ln.text = ln.text[glued.end():]
        if ln.text[:6].lower() == "update" and (stamp := LIVE_STAMP.match(ln.text)):
            edits.append({"line": ln.number, "reason": "live-blog timestamp", "removed": stamp.group(0).strip()})
            ln.text = ln.text[stamp.end():]
        if "(" in ln.text and INLINE_TEASER.search(ln.text):
            edits.append({"line": ln.number, "reason": "related-article teaser (inside a paragraph)",
                          "removed": " | ".join(m.group(0).strip() for m in INLINE_TEASER.finditer(ln.text))})
            ln.text = INLINE_TEASER.sub("", ln.text).strip()
        for _ in range(2):  # "… prose. Read more: http://… http://…"
            cut = _trailing_chrome(ln.text) if ln.text.count(" ") > 3 else None
            if cut is None:
                break
            edits.append({"line": ln.number, "reason": f"{cut[2]} (the paragraph's last sentence)", "removed": cut[1]})
            ln.text = cut[0]
        for pattern, reason, needs in ((HTML_TAG, "stray HTML tag", "<"), (SCRAPER_META, "scraper metadata (not from the article)", ":")):
            found = pattern.findall(ln.text) if needs in ln.text else None
            if found:
                edits.append({"line": ln.number, "reason": reason, "removed": " ".join(found).strip()})
                ln.text = re.sub(r"\s{2,}", " ", pattern.sub(" " if pattern is HTML_TAG else "", ln.text)).strip()
        if "[" in ln.text and not REFERENCE_LINE.match(ln.text) and FOOTNOTE_MARKER.search(ln.text):
            markers = FOOTNOTE_MARKER.findall(ln.text)
            edits.append({"line": ln.number, "reason": "footnote marker", "removed": " ".join(m.strip() for m in markers)})
            ln.text = re.sub(r"\s+([.,;:])", r"\1", FOOTNOTE_MARKER.sub("", ln.text)).strip()
        if " MORE" in ln.text and HOVER_CARD.search(ln.text):
            edits.append({"line": ln.number, "reason": "link hover-card text (a name's card of headlines)",
                          "removed": " | ".join(m.group("card") for m in HOVER_CARD.finditer(ln.text))})
            ln.text = HOVER_CARD.sub(lambda m: m.group("name"), ln.text)
        if "&" in ln.text and re.search(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", ln.text, re.I):
            edits.append({"line": ln.number, "reason": "HTML entity decoded", "removed": ln.text})
            ln.text = html.unescape(ln.text)
    return edits


def _comparison_key(text: str) -> str:
    """The text's words in lower case, one space apart (= ``re.sub(r"\\W+", " ", text.lower()).strip()``): two
    lines, or a sentence and a paragraph, compared without their punctuation."""
    return " ".join(WORD_CHARACTERS.findall(text.lower()))


def _classify_context_free(lines: list[Line]) -> None:
    seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    keys: dict[int, str] = {}  # line number → the line's text as a comparison key
    for ln in lines:
        if ln.text:
            key = keys[ln.number] = _comparison_key(ln.text)
            counts[key] = counts.get(key, 0) + 1
    in_related = False
    in_abstract = False
    references_started = False
    for ln in lines:
        text = ln.text
        if not text:
            continue
        key = keys[ln.number]
        if in_related and not _looks_like_prose(text):
            ln.role, ln.reason = "removed", "related-content block (teaser)"
            continue
        in_related = False
        if text.lower().rstrip(": ").strip() in _related_markers() or RELATED_MARKER.fullmatch(text.strip()):
            ln.role, ln.reason = "removed", "related-content block marker"
            in_related = True
            continue
        if reason := _chrome_reason(text):
            ln.role, ln.reason = "removed", reason
            in_abstract = reason == "news-database export marker" and key == "abstract"
            continue
        if in_abstract:  # a database's abstract repeats or summarises the full text that follows
            ln.role, ln.reason = "removed", "news-database abstract (a summary before the full text)"
            continue
        ref = REFERENCE_LINE.match(text)
        if ref and (URL.search(text) or references_started or re.search(r"[“\"].+[”\"]", ref.group("rest"))):
            if ref.group("m1") or URL.search(text):
                ln.role, ln.reason = "reference", "footnote / reference list entry"
                references_started = True
                continue
        if BYLINE.match(text):
            ln.role, ln.reason = "byline", "byline"
            continue
        if ":" in text and TIMESTAMP.search(text) and not _is_terminal(text):
            ln.role, ln.reason = "removed", "related-article teaser (headline with timestamp)"
            continue
        if not _is_terminal(text) and _repeated_headline(text):
            ln.role, ln.reason = "removed", "related-article teaser (repeated headline)"
            continue
        if reason := _caption_reason(text):
            ln.role, ln.reason = "removed", reason
            if key in seen:
                ln.reason += f"; duplicate of line {seen[key]}"
            seen.setdefault(key, ln.number)
            continue
        if key in seen and word_count(text) >= 3:
            ln.role, ln.reason = "removed", f"duplicate of line {seen[key]}"
            continue
        if counts.get(key, 0) > 1 and not _looks_like_prose(text):
            ln.role, ln.reason = "removed", "repeated short line (site header, footer or author box)"
            seen.setdefault(key, ln.number)
            continue
        seen.setdefault(key, ln.number)


def _guess_title(header: list[Line]) -> Line | None:
    """The headline among the page-header lines when the manifest gives none: the first
    heading-like line of five or more words that is not a date, a name line or a tagline
    question/exclamation; failing that, the longest heading-like line."""
    candidates = [ln for ln in header if _looks_like_heading(ln.text) and not _is_name_line(ln.text)
                  and not DATE_LINE.match(ln.text)]
    for ln in candidates:
        if word_count(ln.text) >= 5 and not ln.text.rstrip(CLOSING_QUOTES).endswith(("?", "!")):
            return ln
    if not candidates:  # a short Title Case headline looks like a name line: take it when nothing else is left
        candidates = [ln for ln in header if _looks_like_heading(ln.text) and not DATE_LINE.match(ln.text)
                      and word_count(ln.text) >= 3]
    return max(candidates, key=lambda ln: (word_count(ln.text), -ln.number)) if candidates else None


# a line in capitals this long, between paragraphs and not ending a sentence, is another story's headline set as a link
# (a subheading in capitals is short: "TWO SENIOR FIGURES FREED")
CAPITALS_LINK_WORDS = 7
NAME_LINE_IN_HEADER = "name-only line in the page header (site name, byline or photo credit)"  # (a byline without "By")


def _classify_by_position(lines: list[Line], title_hint: str) -> None:
    open_lines = [ln for ln in lines if ln.text and not ln.role]
    is_open = set(open_lines)  # lines hash by identity
    first_ref = next((i for i, ln in enumerate(lines) if ln.role == "reference"), None)
    prose_idx = [i for i, ln in enumerate(lines) if ln in is_open and _looks_like_prose(ln.text)
                 and (first_ref is None or i < first_ref)]
    if not prose_idx:
        for ln in open_lines:
            ln.role, ln.reason = "removed", "no article prose found on the page"
        return
    first, last = prose_idx[0], prose_idx[-1]

    # Author box and footer after the body or after the reference list.
    end = first_ref if first_ref is not None else last + 1
    while first_ref is None and end < len(lines) and (not lines[end].text or (lines[end] in is_open and STORY_CODA.match(lines[end].text))):
        end += 1  # "They were wrong.": the story's last word, about the people it is about (chrome addresses the reader)
    for i, ln in enumerate(lines):
        if i >= end and ln in is_open:
            if BIO_CUE.search(ln.text):
                ln.role, ln.reason = "removed", "author bio"
            elif _is_name_line(ln.text):
                ln.role, ln.reason = "removed", "author name box"
            else:
                ln.role, ln.reason = "removed", "page footer (after the article ends)"

    # Page header: title, standfirst, credits and site chrome before the first paragraph.
    header = [ln for ln in lines[:first] if ln in is_open]
    title_line = None
    wanted = re.sub(r"\W+", " ", title_hint.lower()).strip() if title_hint else ""
    if wanted:
        title_line = next((ln for ln in header if re.sub(r"\W+", " ", ln.text.lower()).strip() == wanted), None)
    if title_line is None and not wanted:
        title_line = _guess_title(header)
    after_title = False
    for ln in header:
        if ln is title_line:
            ln.role, ln.reason = "title", "headline"
            after_title = True
        elif DATE_LINE.match(ln.text):
            ln.role, ln.reason = "removed", "date or timestamp line"
        elif _is_name_line(ln.text):
            ln.role, ln.reason = "removed", NAME_LINE_IN_HEADER
        elif after_title and _looks_like_heading(ln.text) and word_count(ln.text) >= 4:
            ln.role, ln.reason = "subheadline", "standfirst / subheadline"
        else:
            ln.role, ln.reason = "removed", "page header (before the article starts)"

    # Inside the body: prose paragraphs and subheadings.
    for ln in lines[first:end]:
        if ln not in is_open or ln.role:
            continue
        if SPEAKER_LABEL.match(ln.text) or LEAD_IN.fullmatch(ln.text.strip()):
            ln.role = "body"  # "FARID: And the other side?" (a transcript); "Here are five takeaways from the debate:"
        elif _is_question_heading(ln.text):
            ln.role, ln.reason = "heading", "subheading (a question standing alone)"
        elif _is_terminal(ln.text) and _is_title_case_heading(ln.text):  # without the full stop it is a subheading anyway
            ln.role, ln.reason = "heading", "subheading (a line in title case)"
        elif _looks_like_prose(ln.text) or (_is_terminal(ln.text) and (word_count(ln.text) >= 2 or ONE_WORD_REPLY.fullmatch(ln.text.strip()))):
            ln.role = "body"
        elif not re.search(r"[a-z]", ln.text) and word_count(ln.text) >= CAPITALS_LINK_WORDS:
            ln.role, ln.reason = "removed", "related-article link (a headline in capitals)"  # "MELANIA TRUMP TELLS FOX NEWS SHE …"
        elif _looks_like_heading(ln.text):
            ln.role, ln.reason = "heading", "subheading"
        elif _running_text(ln.text):
            ln.role = "body"  # "… he has proposed a wave of policies on everything from immigration to decriminalizing truancy": a link cut its end
        else:
            ln.role, ln.reason = "removed", "fragment inside the body (not prose)"


PULL_QUOTE_MAX_WORDS = 45
SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’)]*\s+(?=[“\"‘(]?[A-Z])")


def _mark_pull_quotes(lines: list[Line]) -> None:
    """A short paragraph whose every sentence the article prints again inside a longer paragraph is
    a pull quote or a deck set in the page ("There is an atmosphere of mistrust …" standing alone,
    and again in the interview's answer): it is cut, so those words are read once, where the story
    has them."""
    body = [ln for ln in lines if ln.role == "body"]
    if len(body) < 3:
        return
    keys = {ln: f" {_comparison_key(ln.text)} " for ln in body}  # (spaces at both ends: whole words match)
    sizes = {ln: word_count(ln.text) for ln in body}
    for ln in body:
        if not 8 <= sizes[ln] <= PULL_QUOTE_MAX_WORDS:
            continue
        found = []
        for sentence in SENTENCE_END.split(ln.text):
            key = f" {_comparison_key(sentence)} "
            where = next((other for other in body if other is not ln and other.role == "body" and sizes[other] > sizes[ln]
                          and key in keys[other]), None) if key.strip() else None
            if where is None:
                break
            found.append(where.number)
        else:
            if found:
                ln.role, ln.reason = "removed", f"pull quote (repeats line {', '.join(map(str, dict.fromkeys(found)))})"


# a closing paragraph about a person: "Aaron Klein is Breitbart’s Jerusalem bureau chief", "Jo Roe has been a …" (a surname
# alone, "* Lott is the president of …", is taken only as the author’s: `_mark_closing_bio`)
BIO_OPENING = re.compile(r"[⦁•·*\s]*(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*(?:,?\s+(?:Jr|Sr)\.|\s+I{2,3})?)"
                         r"(?:,\s*\d{1,3},)?"  # "Ben Roe, 35, is", "Frank Roe Jr. was"
                         # "James Roe, a member of USA TODAY's Board of Contributors, has taught at …"
                         r"(?P<appositive>,\s+(?:a|an|the)\s[^.;]{3,200}?,[”\"’']?)?"
                         # "Sen. Rand Paul, Kentucky Republican, is …", "Sen. Ann Roe, R-Ky., is …": a legislator's party and state
                         r"(?:,\s+(?:(?:[A-Z][\w'’.-]*\s+){0,2}(?:Republican|Democrat|Independent)|[RDI]-[A-Z][\w.]*),)?"
                         # "Joseph Roe covered the White House for a decade for The Washington Times"
                         r"(?:,?\s+(?:has\s+)?(?:covered|covers|written|writes|wrote|reported|reports|taught|teaches)\s|"
                         r",?\s+(?:is|was|has\s+been|serves\s+as)\s+"
                         r"(?:a|an|the|also|currently|now|(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*(?:’s|'s)|"
                         r"(?:[A-Z][\w'’&-]*\s+){1,4}(?:of|at|for|with)|"  # "… is Senior Editor-At-Large of …"
                         r"(?:[a-z][\w-]*\s+){0,3}(?:reporter|correspondent|columnist|editor|writer|host|anchor|producer|chief|"
                         r"director|president|fellow|professor)(?:[\s-]+(?:in[\s-]+chief|at[\s-]+large|emerit(?:us|a)))*\s+"
                         r"(?:of|at|for|with)(?=\s+(?:the\s+)?[A-Z]))\s)")  # "Chris Roe is digital politics editor for Fox News"
# what only a writer's bio says of its subject: where to reach or follow them, where more of their columns are
# (and the writer's latest book: "His latest book is: …", "She is the author of …"; "Read Patrick Buchanan's Reports")
BIO_SIGN = re.compile(r"\b(?:can\s+be\s+reached\s+at|follow\s+(?:him|her|them)\s+on|(?:for|read)\s+more\s+(?:of|from)\s+"
                      r"[^.]{0,60}?(?:reports|columns|articles|commentaries|writing)|read\s+[A-Z][^.]{0,60}?(?:’s|'s)\s+"
                      r"(?:reports|columns|articles|commentaries)|(?:his|her|their)\s+(?:latest|newest|new|most\s+recent)\s+book\s+is"
                      r"|(?:is|was)\s+the\s+(?:co-?)?author\s+of)\b", re.IGNORECASE)
JOURNALIST_ROLE = re.compile(r"\b(?:reporter|correspondent|columnist|editor|bureau chief|contributor|writer|host|anchor|"
                             r"producer|journalist|commentator|blogger)s?\b", re.IGNORECASE)
BIO_MAX_WORDS = 80
# what a contributor line says and no more: "… is a former lieutenant governor of New York." (no "who …", no "and …")
SOLE_BIO = re.compile(r",?\s+(?:is|was)\s+(?:a|an|the)\s(?:(?!\b(?:who|whose|and|but|which|that|when|after)\b)[^,;])*$")
COLUMN_TITLE = re.compile(r"([A-Z][A-Z'’-]{2,}):\s")  # a column's headline opening with its writer's surname


def _mark_closing_bio(lines: list[Line], author: str, title: str = "") -> None:
    """Remove the author's bio when it closes the body ("Adam Shaw is a Breitbart News politics
    reporter based in New York. Follow Adam on Twitter"), with any paragraph after it: one of the
    last two paragraphs, of at most `BIO_MAX_WORDS` words, opening with a person who "is" (or
    "was", "has been") something or "covered", "wrote", "taught" (after an appositive or not), who
    is the article's author (by the manifest or the byline) or, when no author is known to match,
    is described as a journalist or with a writer's links (`BIO_SIGN`: "can be reached at", "For
    more of … reports") and named nowhere else in the body (a story about a reporter names the
    reporter before its last paragraph)."""
    body = [ln for ln in lines if ln.role == "body"]
    if len(body) < 3:
        return
    byline = next((ln.text for ln in lines if ln.role == "byline"), "")
    # a name alone on a line at the page's head is the byline without its "By" ("Judy Sheindlin\n\nOpinion contributor")
    named = ",".join(ln.text for ln in lines if ln.reason == NAME_LINE_IN_HEADER)
    authors = {n.split()[-1].lower() for n in re.split(r",|;|\band\b|\bby\b", f"{author},{byline},{named}", flags=re.I)
               if n.strip()}
    if columnist := COLUMN_TITLE.match(title):
        authors.add(columnist.group(1).lower())  # "GAFFNEY: Obama's surrender": a column under its writer's name
    for k in range(len(body) - 2, len(body)):
        text = body[k].text
        m = BIO_OPENING.match(text)
        if not m or word_count(text) > BIO_MAX_WORDS:
            continue
        name = m.group("name")
        surname = [w for w in name.replace(",", " ").split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")][-1].lower()
        earlier = " ".join(ln.text for ln in body[:k])
        described = JOURNALIST_ROLE.search(m.group("appositive") or "") or JOURNALIST_ROLE.search(text, m.end(), m.end() + 120) \
            or BIO_SIGN.search(text)
        unnamed_before = " " in name and not re.search(rf"\b{re.escape(name.split()[-1])}\b", earlier)
        # no author known, a last paragraph of one sentence that says what someone named nowhere before is: an op-ed's
        # bio ("Betsy Roe is a former lieutenant governor of New York.")
        sole = not authors and k == len(body) - 1 and word_count(text) <= 25 and text.count(". ") == 0 \
            and m.group("appositive") is None and SOLE_BIO.match(text, m.end("name"))
        if surname in authors or ((described or sole) and unnamed_before):
            for ln in body[k:]:
                ln.role, ln.reason = "removed", "author bio (closing paragraph)"
            return


def clean_text(raw: str, title: str = "", author: str = "") -> CleanedArticle:
    """Split a scraped page into the article's prose and everything else.

    ``title`` (from the manifest, when known) anchors the headline; without it the longest
    heading-like line before the first paragraph is taken. ``author`` (the manifest's, names
    separated by commas, semicolons or "and") helps tell the author's closing bio from prose.

    >>> clean_text("Share\\n\\nKim met Putin in Vladivostok on Wednesday.[1]").paragraphs
    ['Kim met Putin in Vladivostok on Wednesday.']
    """
    lines = _split_lines(raw)
    edits = _line_edits(lines)
    _classify_context_free(lines)
    _classify_by_position(lines, title)
    _mark_pull_quotes(lines)
    _mark_closing_bio(lines, author, title)

    paragraphs: list[str] = []
    headings: list[dict] = []
    references: list[dict] = []
    embeds: list[dict] = []
    found_title, byline = "", ""
    previous = ""
    for ln in lines:
        if ln.role == "removed" and ln.reason == "embedded social-media post":
            post = embedded_post(ln.text, previous)
            if post and post["author"]:
                embeds.append({**post, "line": ln.number})
        previous = ln.text if ln.text.strip() else previous
        if ln.role == "body":
            dateline = DATELINE.match(ln.text) or OUTLET_DATELINE.match(ln.text) or agency_dateline(ln.text) \
                if not paragraphs else None
            if dateline:
                edits.append({"line": ln.number, "reason": "dateline", "removed": dateline.group(0).strip()})
                ln.text = ln.text[dateline.end():]
            paragraphs.append(ln.text)
        elif ln.role in ("heading", "subheadline"):
            headings.append({"line": ln.number, "level": ln.role, "text": ln.text, "before_paragraph": len(paragraphs)})
        elif ln.role == "title" and not found_title:
            found_title = ln.text
        elif ln.role == "byline" and not byline:
            byline = BYLINE.match(ln.text).group("name")
        elif ln.role == "reference":
            m = REFERENCE_LINE.match(ln.text)
            references.append({"line": ln.number, **_parse_reference(m.group("m1") or m.group("m2"), m.group("rest"))})
    return CleanedArticle(
        body="\n\n".join(paragraphs), paragraphs=paragraphs, headings=headings,
        title=title or found_title, byline=byline, references=references, lines=lines, edits=edits, embeds=embeds,
    )
