"""Shared text: wire copy, near-duplicate articles and passages recycled between articles.

When an outlet runs an agency story, its tone and sourcing are the agency's; when one story is
re-run under several outlets, whichever outlet reprints most weighs most. This module finds both,
from the text alone, as pure functions over parallel lists (``ids``, ``outlets``, ``bodies``):

- `wire_agency`: the agency whose copy an article is, from datelines, bylines, credit lines,
  agency footers and the manifest author (patterns in ``data/wire_agencies.csv``);
  `wire_evidence` lists every mark found, with its kind.
- `near_duplicate_groups`: groups of articles that are the same story (headline changed, lead
  rewritten, a paragraph dropped or added), by MinHash/LSH (datasketch) over word shingles with
  an exact verification of every candidate pair.
- `shared_passages`: paragraphs of one article found, identical or nearly so, in another (a
  shared paragraph, a recycled quote block), one row per passage.
- `original_share`: each article's share of prose words not found elsewhere in the corpus.
- `shared_text`: all of it in one call, as the two tables the analysis writes.

Text is compared after normalisation: lower case, quote styles and apostrophes unified, every
punctuation mark and run of whitespace dropped; words are hashed with CRC-32, so results do not
depend on Python's per-process string hashing, and MinHash permutations are seeded: the same
input always gives the same output. Nothing compares all pairs: LSH proposes candidate pairs,
and only those are verified, so time and memory grow with the corpus, not with its square.

>>> body = "SEOUL, Sept 13 (Reuters) - North Korea's leader arrived in Russia on Tuesday."
>>> wire_agency(body)
'Reuters'
>>> wire_agency("Officials met in Seoul, the Associated Press reported on Tuesday.")
''
"""

from __future__ import annotations

import csv
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from contextlib import nullcontext
from functools import lru_cache

import numpy as np
import pandas as pd

from .paths import PACKAGE_DATA

# ---------------------------------------------------------------------------------------------
# Thresholds
# ---------------------------------------------------------------------------------------------

# Seed of the MinHash permutations: fixed, so the same corpus gives the same candidates.
SEED = 2016

# Whole articles are compared as sets of 5-word shingles: long enough that two different stories
# on one event share almost none (common phrases such as "said on Tuesday that the" are rare at
# five words), short enough that a rewritten sentence only removes the shingles it touches.
DOC_SHINGLE = 5
# 128 permutations: the standard error of an estimated Jaccard is at most 0.044, enough for the
# LSH banding below; the decision itself is made on the exact shingle sets.
DOC_PERMUTATIONS = 128
# LSH proposes pairs whose estimated Jaccard is about 0.3 or more. A story with its lead rewritten
# and a paragraph dropped keeps 0.6-0.8 of its shingles; an excerpt of half a story 0.5; two
# different stories sharing a quote block 0.05-0.15. 0.3 leaves the verification a wide margin.
DOC_LSH_THRESHOLD = 0.3
# A candidate pair is the same story when its exact shingle sets have a Jaccard of at least 0.35
# AND the shorter text has at least 60 % of its shingles in the longer (containment): a rewritten
# lead plus a dropped paragraph keeps both far above; a shared quote block of 100 words in two
# 600-word stories gives a Jaccard near 0.1; a short brief that only repeats a long story's quote
# block may reach a high containment but not the Jaccard.
DUP_MIN_JACCARD = 0.35
DUP_MIN_CONTAINMENT = 0.6
# Articles shorter than this many words are not grouped: too little text to tell a copy from a
# common formula. The same floor as a shared passage.
DUP_MIN_WORDS = 25

# Paragraphs are compared as sets of 3-word shingles: a paragraph is short, and one changed word
# should cost only three shingles, so near-identical paragraphs (a word changed, quote marks
# restyled, an attribution added) stay close.
PASSAGE_SHINGLE = 3
# 64 permutations per paragraph (standard error <= 0.0625): paragraphs are many, the LSH only
# proposes, and the exact verification decides.
PASSAGE_PERMUTATIONS = 64
# LSH proposes paragraph pairs from an estimated Jaccard of about 0.5, below the verification's
# 0.6 so that pairs just above it are not lost to the estimate's error.
PASSAGE_LSH_THRESHOLD = 0.5
# Two paragraphs are one passage when their exact 3-shingle sets have a Jaccard of at least 0.6:
# a 40-word paragraph with one or two words changed keeps 0.75-0.85; with a short attribution
# added to a quote block, about 0.7; a paragraph that quotes one sentence of a three-sentence
# paragraph stays below 0.35.
PASSAGE_JACCARD = 0.6
# A shared passage has at least 25 words: an article that quotes one sentence of another (most
# news sentences have 15-25 words) does not share a passage with it; a quote block or a
# paragraph of reporting does.
PASSAGE_MIN_WORDS = 25
# Within a verified group of near-duplicates, shorter paragraphs repeated word for word also count
# as copied text for `original_share` (from this many words: "He declined to comment." is a
# formula, not a copy).
GROUP_PARAGRAPH_MIN_WORDS = 8

# A dateline names its place and date in a few words; the text after it is prose.
DATELINE_PLACE_WORDS = 8
DATELINE_MIN_FOLLOWING_WORDS = 5

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


# ---------------------------------------------------------------------------------------------
# Wire copy
# ---------------------------------------------------------------------------------------------

KINDS = ("dateline", "name", "credit", "footer")
# The order in which evidence decides between agencies: a dateline is the agency's own mark on
# its copy; a byline or manifest author says who wrote it; a credit line under the headline;
# a footer last, since pages also print footers of material they only quote.
_STRENGTH = {"dateline": 0, "byline": 1, "author": 1, "credit": 2, "footer": 3, "contribution": 9}


@lru_cache(maxsize=1)
def wire_patterns() -> dict[str, dict[str, str]]:
    """The agencies and their patterns from ``data/wire_agencies.csv``: ``{kind: {agency:
    alternation}}``, the rows of one agency and kind joined with ``|``.

    >>> sorted(wire_patterns()["dateline"])[:3]
    ['AFP', 'ANSA', 'AP']
    """
    path = PACKAGE_DATA / "wire_agencies.csv"
    table: dict[str, dict[str, list[str]]] = {k: defaultdict(list) for k in KINDS}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            kind = row["kind"].strip()
            if kind not in table:
                raise ValueError(f"{path}: unknown kind {kind!r} for {row['agency']!r}; one of {', '.join(KINDS)}")
            pattern = row["pattern"].strip()
            try:
                re.compile(pattern)
            except re.error as err:
                raise ValueError(f"{path}: {row['agency']} {kind} pattern {pattern!r}: {err}") from err
            table[kind][row["agency"].strip()].append(pattern)
    return {kind: {a: "|".join(f"(?:{p})" for p in ps) for a, ps in agencies.items()} for kind, agencies in table.items()}


class _Alternation:
    """One regular expression for all agencies: a named group per agency, found again by name."""

    def __init__(self, template: str, parts: dict[str, dict[str, str]], flags: int = 0) -> None:
        self.agency: dict[str, str] = {}

        def alt(key: str) -> str:
            names = []
            for agency, pattern in parts[key].items():
                name = f"g{len(self.agency)}"
                self.agency[name] = agency
                names.append(f"(?P<{name}>{pattern})")
            return "(?:" + "|".join(names) + ")" if names else r"(?!x)x"

        self.regex = re.compile(re.sub(r"\{(\w+)\}", lambda m: alt(m.group(1)), template), flags)

    def find(self, text: str, anchored: bool = False) -> tuple[str, re.Match | None]:
        m = self.regex.match(text) if anchored else self.regex.search(text)
        if not m:
            return "", None
        name = next(k for k, v in m.groupdict().items() if v is not None and k in self.agency)
        return self.agency[name], m


@lru_cache(maxsize=1)
def _compiled() -> dict[str, _Alternation]:
    pats = wire_patterns()
    parts = {"names": pats["name"], "credits": pats["credit"], "datelines": pats["dateline"], "footers": pats["footer"],
             "marks": {a: "|".join(x for x in (pats["credit"].get(a), pats["name"][a]) if x) for a in pats["name"]}}
    dash = r"\s*\.?\s*(?:-{1,2}|–|—|_)\s*"  # "_": the dash of older wire copy in news databases
    # "WASHINGTON (AP) —", "SEOUL, Sept. 13 (Yonhap) --", "Berlin (dpa) -", "(AFP) -", "KYIV, Ukraine (AP) —"
    place = r"(?:[^\W\d_][\w.'’/&-]*(?:[ ,]+[\w.'’/&-]+){0," + str(DATELINE_PLACE_WORDS - 1) + r"}?\s*)?"
    sep = r"(?:,|;|\||/|\s[-–—]|\band\b)"
    # a staff title after the agency: "AP White House Correspondent", "Associated Press Writer"
    title = r"(?:\s+[\w.-]+){0,3}?\s+(?:correspondent|writer|reporter|editor|photographer)s?"
    return {
        # the dash may be lost in an export: "WASHINGTON (AP) Donald Trump said …"
        "dateline": _Alternation(rf"^{place}\({{datelines}}\)(?:{dash}(?=[\"'“‘\w])|\s+(?=[\"“‘A-Z]))", parts),
        # a byline or author field, or a line starting "By": "By Jane Roe, Associated Press", "Reuters staff"
        "byline": _Alternation(rf"^(?:by\s+)?(?:(?:the\s+)?{{names}}(?:\s+staff|\s+reporters?|\s+wire|{title})?"
                               rf"|.{{1,120}}?{sep}\s*(?:the\s+)?{{names}}(?:{title})?)\.?$", parts, re.I),
        "credit": _Alternation(r"^(?:(?:by\s+)?{credits}(?:\s+staff)?|by\s+(?:the\s+)?{names}(?:\s+staff|\s+reporters?)?"
                               r"|(?:the\s+)?{names}\s+(?:staff|reporters)|(?:the\s+)?{names}" + title + r")\.?$",
                               parts, re.I),
        "signoff": _Alternation(r"(?:^|\s)[-–—]{1,2}\s*{names}\.?$", parts, re.I),
        "footer": _Alternation(r"{footers}", parts, re.I),
        "copyright": _Alternation(r"^(?:©|\(c\)|copyright\b).{0,60}?\b{marks}\b", parts, re.I),
        "contribution": _Alternation(r"\b{names}\b.{0,60}\bcontributed\b|\bcontributed\b.{0,40}\bby\s+(?:the\s+)?{names}\b"
                                     r"|\b(?:material|information|reporting)\s+from\s+(?:the\s+)?{names}\b", parts, re.I),
    }


def agency_dateline(line: str) -> re.Match[str] | None:
    """A news agency's dateline opening ``line`` and followed by prose ("KYIV, Ukraine (AP) — ",
    "Seoul (AFP) - ", "SEOUL, Sept. 13 (Yonhap) -- "), or None.

    >>> agency_dateline("Seoul (AFP) - North Korea's leader arrived in Russia on Tuesday.").group(0)
    'Seoul (AFP) - '
    >>> agency_dateline("Sen. Jane Roe (D-Ohio) - Who would have thought it, she asked.") is None
    True
    """
    return _dateline(line)[1]


def _dateline(line: str) -> tuple[str, re.Match[str] | None]:
    """(agency, match) of the agency dateline opening ``line``, followed by at least
    `DATELINE_MIN_FOLLOWING_WORDS` words of prose; ("", None) when there is none."""
    if "(" not in line[:120]:
        return "", None
    agency, m = _compiled()["dateline"].find(line, anchored=True)
    return (agency, m) if m and len(line[m.end():].split()) >= DATELINE_MIN_FOLLOWING_WORDS else ("", None)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


_SIGNOFF_HINT = re.compile(r"\s[–—]{1,2}\s*\w+\.?$")
# a line that may be a footer or a contribution line: how it starts, or a word it must hold
# (tested on the lower-cased line: much cheaper than a case-blind search)
_FOOTER_START = re.compile(r"(?:©|\(c\)|copyright\b|\(?\s*(?:additional\s+)?reporting\b|to\s+contact\b)")
_FROM = re.compile(r"\bfrom\b")
_MATERIAL_FROM = re.compile(r"\b(?:material|information|reporting)\s+from\b")


def _footer_hint(lower: str) -> bool:
    return bool(_FOOTER_START.match(lower)) or "contribut" in lower or bool(_FROM.search(lower))


def wire_evidence(body: str, raw_text: str = "", byline: str = "", author: str = "") -> list[dict[str, str]]:
    """Every mark of agency copy in an article, strongest first: dicts with ``agency``, ``kind``
    (``dateline``, ``byline``, ``author``, ``credit``, ``footer`` or ``contribution``) and the
    ``text`` that carries it.

    A ``contribution`` ("The Associated Press contributed to this report", "Material from Reuters
    was used") is listed but does not make the article wire copy: the outlet wrote the story and
    used agency material in it, so its tone and sourcing are mostly its own.

    >>> wire_evidence("Officials said the talks would go on.", byline="By Jane Roe, Associated Press")
    [{'agency': 'AP', 'kind': 'byline', 'text': 'By Jane Roe, Associated Press'}]
    >>> [e["kind"] for e in wire_evidence("Talks went on.\\n\\nThe Associated Press contributed to this report.")]
    ['contribution']
    """
    rx = _compiled()
    found: list[tuple[int, int, dict[str, str]]] = []

    def add(agency: str, kind: str, text: str) -> None:
        found.append((_STRENGTH[kind], len(found), {"agency": agency, "kind": kind, "text": text}))

    for field, kind in ((byline, "byline"), (author, "author")):
        value = re.sub(r"\s+", " ", str(field or "")).strip()
        agency = rx["byline"].find(value, anchored=True)[0] if value else ""
        if agency:
            add(agency, kind, value)
    seen: set[str] = set()
    for line in _lines(body) + _lines(raw_text):
        if line in seen:
            continue
        seen.add(line)
        agency, m = _dateline(line)
        if m:
            add(agency, "dateline", m.group(0).strip())
        agency = ""
        if len(line.split()) <= 12:  # credit lines are short
            agency = rx["credit"].find(line, anchored=True)[0]
            if agency:
                add(agency, "credit", line)
            elif line[:3].lower() == "by ":
                agency = rx["byline"].find(line, anchored=True)[0]
                if agency:
                    add(agency, "byline", line)
        if not agency and (line[:1] in "-–—" or (("—" in line or "–" in line) and _SIGNOFF_HINT.search(line))):  # "— AFP", "... said. — AFP"
            agency = rx["signoff"].find(line)[0]
            if agency:
                add(agency, "credit", line[-40:].strip())
        lower = line.lower()
        if not _footer_hint(lower):
            continue
        agency = rx["footer"].find(line)[0]
        if not agency and len(line.split()) <= 25:
            agency, m = rx["copyright"].find(line, anchored=True)
            # a short name ("AP", "PA", "AA") in a copyright line is too easily something else
            if m and len(re.sub(r"\W", "", m.group(0).split()[-1])) < 3:
                agency = ""
        if agency:
            add(agency, "footer", line)
        # a contribution line names the contribution or "material/information/reporting from"
        agency = rx["contribution"].find(line)[0] if "contributed" in lower or _MATERIAL_FROM.search(lower) else ""
        if agency:
            add(agency, "contribution", line)
    found.sort(key=lambda t: (t[0], t[1]))
    return [f for _, _, f in found]


def is_agency(outlet: str, agency: str) -> bool:
    """Whether the outlet is the agency itself ("Associated Press", "AP News", "Reuters UK"): an
    agency's copy on its own site is its own journalism, not wire copy.

    >>> is_agency("Associated Press", "AP"), is_agency("AP News", "AP"), is_agency("APTN Daily", "AP")
    (True, True, False)
    """
    pattern = wire_patterns()["name"].get(agency)
    return bool(pattern and outlet and re.search(rf"(?<![\w-])(?:{pattern})(?![\w-])", outlet))


def wire_agency(body: str, raw_text: str = "", byline: str = "", author: str = "", outlet: str = "") -> str:
    """The agency whose copy an article is, or "" when the text carries no mark of agency copy.

    Marks, strongest first: a dateline at the start of a line of the body or of the raw page
    ("WASHINGTON (AP) —", "SEOUL, Sept 13 (Reuters) -", "Berlin (dpa) -", "(AFP) -"; the corpus
    cleaner cuts the dateline from the body, so pass ``raw_text`` too); the byline or the
    manifest ``author`` naming an agency ("By Jane Roe, Associated Press", "Reuters"); a credit
    line ("By REUTERS", "Associated Press" on its own line, a sign-off "— AFP"); an agency footer
    ("Copyright 2016 The Associated Press. All rights reserved.", Reuters' "(Reporting by …;
    Editing by …)"). An agency named inside a sentence ("the Associated Press reported") is not a
    mark, nor is a line crediting agency material ("Reuters contributed to this report"): see
    `wire_evidence`. When marks of several agencies appear, the strongest, then the first, wins.
    An article of the agency itself (``outlet``, see `is_agency`) is no agency's wire copy.

    >>> wire_agency("BERLIN (dpa) - Germany's foreign minister called for talks on Monday.")
    'dpa'
    >>> wire_agency("North Korea's leader arrived in Russia.", raw_text="Kim arrives\\n\\nBy REUTERS\\n\\nNorth Korea's leader arrived in Russia.")
    'Reuters'
    >>> wire_agency("Kim and Putin met.", author="Jung Min-ho")
    ''
    """
    for mark in wire_evidence(body, raw_text, byline, author):
        if mark["kind"] != "contribution":
            return "" if is_agency(outlet, mark["agency"]) else mark["agency"]
    return ""


# ---------------------------------------------------------------------------------------------
# Normalised words and shingles
# ---------------------------------------------------------------------------------------------

def normalise_words(text: str) -> list[str]:
    """The words of a text as they are compared: lower case, quote styles and apostrophes
    unified, punctuation and whitespace dropped.

    >>> normalise_words("“We won’t back down,”  said  KIM.")
    ['we', "won't", 'back', 'down', 'said', 'kim']
    """
    return _WORD.findall(str(text or "").translate(_QUOTES).lower())


def paragraphs(body: str) -> list[str]:
    """The paragraphs of a body (separated by a blank line), trimmed, whitespace collapsed.

    >>> paragraphs("One  para.\\n\\n\\nTwo\\nlines.")
    ['One para.', 'Two lines.']
    """
    return [" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(str(body or "")) if p.strip()]


class _WordHasher:
    """CRC-32 of each word, remembered per call: deterministic across processes and runs."""

    def __init__(self) -> None:
        self.cache: dict[str, int] = {}

    def __call__(self, words: Sequence[str]) -> np.ndarray:
        cache = self.cache
        out = np.empty(len(words), dtype=np.uint64)
        for i, w in enumerate(words):
            h = cache.get(w)
            if h is None:
                h = cache[w] = zlib.crc32(w.encode("utf-8"))
                if len(cache) > 2_000_000:  # a corpus's vocabulary is far smaller; bounded all the same
                    cache.clear()
            out[i] = h
        return out


_MIX = np.uint64(0x9E3779B97F4A7C15)


def _shingle_hashes(word_hashes: np.ndarray, k: int) -> np.ndarray:
    """32-bit hashes of the k-word shingles (one shingle of all words if there are fewer), unique."""
    n = len(word_hashes)
    if n == 0:
        return np.empty(0, dtype=np.uint32)
    k = min(k, n)
    h = np.zeros(n - k + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _MIX + word_hashes[j:n - k + 1 + j]
        h ^= h >> np.uint64(29)
        h *= _MIX
        h ^= h >> np.uint64(32)
    return np.unique((h & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def _identity(value: int) -> int:
    return value


class _Sketcher:
    """MinHash sketches (datasketch, affine32 scheme) sharing one seeded set of permutations."""

    def __init__(self, num_perm: int) -> None:
        from datasketch import MinHash

        self.MinHash = MinHash
        self.num_perm = num_perm
        self.template = MinHash(num_perm=num_perm, seed=SEED, hashfunc=_identity)

    def __call__(self, hashes: np.ndarray):
        m = self.MinHash(num_perm=self.num_perm, seed=SEED, hashfunc=_identity,
                         permutations=self.template.permutations, scheme=self.template.scheme)
        m.update_batch(hashes.tolist())
        return m


def _lsh(threshold: float, num_perm: int):
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=threshold, num_perm=num_perm)


def _bucket_pairs(lsh) -> set[tuple[int, int]]:
    """Candidate pairs from an LSH index: keys that share a bucket in any band. No queries and no
    sketches kept: the index's own buckets are read. A bucket of m keys gives the m - 1 pairs of
    its first key with each other and the m - 2 pairs of neighbours, not all m(m-1)/2: members of
    one bucket are near-identical, and grouping is transitive, so a boilerplate paragraph printed
    by a thousand articles costs a few thousand verifications, not half a million."""
    pairs: set[tuple[int, int]] = set()
    for table in lsh.hashtables:
        for band in table.keys():
            members = sorted(table.get(band))
            if len(members) < 2:
                continue
            pairs.update((members[0], m) for m in members[1:])
            pairs.update(zip(members[1:-1], members[2:], strict=True))
    return pairs


def _lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows datasketch chooses for a threshold (equal weight to false positives and negatives)."""
    lsh = _lsh(threshold, num_perm)
    return lsh.b, lsh.r


def _band_hashes(hashvalues: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit hash per band of each sketch (a row of ``hashvalues``): shape (sketches, bands)."""
    hv = hashvalues[:, :bands * rows].astype(np.uint64).reshape(len(hashvalues), bands, rows)
    h = np.zeros(hv.shape[:2], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(rows):
            h = h * _MIX + hv[:, :, j] + np.uint64(j + 1)
    return h


def _band_pairs(band_hashes: np.ndarray) -> set[tuple[int, int]]:
    """Candidate pairs of rows that agree on a whole band, as `_bucket_pairs` makes them (each
    bucket's first member with the others, and neighbours), found by sorting each band's column."""
    found = []
    for col in band_hashes.T:
        order = np.argsort(col, kind="stable")
        sorted_col = col[order]
        same = sorted_col[1:] == sorted_col[:-1]
        if not same.any():
            continue
        run_start = np.maximum.accumulate(np.where(np.concatenate(([True], ~same)), np.arange(len(col)), 0))
        k = np.flatnonzero(np.concatenate(([False], same)))
        found.append(np.stack([order[run_start[k]], order[k]], axis=1))
        found.append(np.stack([order[k - 1], order[k]], axis=1))
    if not found:
        return set()
    pairs = np.sort(np.vstack(found), axis=1)
    pairs = np.unique(pairs[pairs[:, 0] != pairs[:, 1]], axis=0)
    return {(int(a), int(b)) for a, b in pairs}


class _Scan:
    """One pass over the bodies: each is split into paragraphs and words once; its 5-word
    shingles are sketched into the article index and each long paragraph's 3-word shingles into
    the paragraph index. Only the indexes, shingle counts and paragraph positions are kept."""

    def __init__(self, bodies: Sequence[str], docs: bool = True, passages: bool = True) -> None:
        self.bodies = bodies
        self.hasher = _WordHasher()
        self.sizes: dict[int, int] = {}
        self.nodes: list[tuple[int, int]] = []
        doc_lsh = _lsh(DOC_LSH_THRESHOLD, DOC_PERMUTATIONS) if docs else None
        # Paragraphs are twenty times as many as articles: datasketch's index keeps a set per
        # bucket (about 3 KB per key over 14 bands), so their bands, chosen by datasketch for the
        # threshold, are kept as one integer array and matched by sorting (`_band_pairs`).
        bands, rows = _lsh_params(PASSAGE_LSH_THRESHOLD, PASSAGE_PERMUTATIONS)
        band_rows: list[np.ndarray] = []
        doc_sketch, para_sketch = _Sketcher(DOC_PERMUTATIONS), _Sketcher(PASSAGE_PERMUTATIONS)
        with (doc_lsh.insertion_session() if docs else nullcontext()) as s1:
            for i, body in enumerate(bodies):
                words = [normalise_words(p) for p in paragraphs(body)]
                flat = [w for ws in words for w in ws]
                if not flat:
                    continue
                hashes = self.hasher(flat)
                if docs and len(flat) >= DUP_MIN_WORDS:
                    sh = _shingle_hashes(hashes, DOC_SHINGLE)
                    self.sizes[i] = len(sh)
                    s1.insert(i, doc_sketch(sh), check_duplication=False)
                start, sketches = 0, []
                for p, ws in enumerate(words):
                    if passages and len(ws) >= PASSAGE_MIN_WORDS:
                        self.nodes.append((i, p))
                        sketches.append(para_sketch(_shingle_hashes(hashes[start:start + len(ws)], PASSAGE_SHINGLE)).hashvalues)
                    start += len(ws)
                if sketches:
                    band_rows.append(_band_hashes(np.vstack(sketches), bands, rows))
        self.doc_pairs = _bucket_pairs(doc_lsh) if docs else set()
        self.para_pairs = set()
        if passages and band_rows:
            pairs = _band_pairs(np.vstack(band_rows))
            self.para_pairs = {(a, b) for a, b in pairs if self.nodes[a][0] != self.nodes[b][0]}
        del doc_lsh, band_rows
        self._paragraphs: dict[int, list[str]] = {}

    def paragraphs(self, i: int) -> list[str]:
        if i not in self._paragraphs:
            if len(self._paragraphs) > 10_000:
                self._paragraphs.clear()
            self._paragraphs[i] = paragraphs(self.bodies[i])
        return self._paragraphs[i]

    def shingles(self, text: str, k: int) -> np.ndarray:
        return _shingle_hashes(self.hasher(normalise_words(text)), k)


def _check_ids(ids: Sequence[str], *others: Sequence) -> list[str]:
    ids = [str(i) for i in ids]
    if len(set(ids)) != len(ids):
        raise ValueError("ids must be unique")
    for other in others:
        if len(other) != len(ids):
            raise ValueError("ids, outlets and bodies must have the same length")
    return ids


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smaller index is the root: the first member in input order
            self.parent[max(ra, rb)] = min(ra, rb)


# ---------------------------------------------------------------------------------------------
# Near-duplicate articles
# ---------------------------------------------------------------------------------------------

def _overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact Jaccard and containment (of the smaller in the larger) of two unique hash arrays."""
    if not len(a) or not len(b):
        return 0.0, 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common), common / min(len(a), len(b))


def near_duplicate_pairs(bodies: Sequence[str], scan: _Scan | None = None) -> list[tuple[int, int, float, float]]:
    """Verified pairs of near-duplicate bodies: ``(i, j, jaccard, containment)`` with i < j,
    sorted. Candidates come from MinHash/LSH over 5-word shingles; each is kept only if its exact
    shingle sets pass `DUP_MIN_JACCARD` and `DUP_MIN_CONTAINMENT`.

    >>> story = " ".join(f"word{i}" for i in range(200))
    >>> [(i, j) for i, j, *_ in near_duplicate_pairs([story, "Another text entirely " * 10, "A new lead. " + story])]
    [(0, 2)]
    """
    scan = scan or _Scan(bodies, passages=False)
    shingles: dict[int, np.ndarray] = {}
    out = []
    for i, j in sorted(scan.doc_pairs):
        small, large = sorted((scan.sizes[i], scan.sizes[j]))
        if small < DUP_MIN_JACCARD * large:  # cannot reach the Jaccard whatever the overlap
            continue
        for k in (i, j):
            if k not in shingles:
                shingles[k] = scan.shingles(bodies[k], DOC_SHINGLE)
        jac, con = _overlap(shingles[i], shingles[j])
        if jac >= DUP_MIN_JACCARD and con >= DUP_MIN_CONTAINMENT:
            out.append((i, j, round(jac, 4), round(con, 4)))
    return out


def near_duplicate_groups(ids: list[str], bodies: list[str], scan: _Scan | None = None) -> dict[str, str]:
    """Groups of articles that are the same story: ``{id: group}`` for every id, the group
    ``"dup-" + the first member's id`` (input order) for members of a group of two or more, ""
    for an article with no near-duplicate.

    Same story: the verified pairs of `near_duplicate_pairs` (a changed headline is not in the
    body; a rewritten lead, a dropped or added paragraph, an excerpt of half a story or more
    still pass), joined transitively, so a chain of copies of copies is one group.

    >>> story = " ".join(f"word{i}" for i in range(200))
    >>> near_duplicate_groups(["a", "b", "c"], [story, "Another text entirely " * 10, "A new lead. " + story])
    {'a': 'dup-a', 'b': '', 'c': 'dup-a'}
    """
    ids = _check_ids(ids, bodies)
    uf = _UnionFind(len(ids))
    for i, j, *_ in near_duplicate_pairs(bodies, scan):
        uf.union(i, j)
    roots = [uf.find(i) for i in range(len(ids))]
    sizes: dict[int, int] = defaultdict(int)
    for r in roots:
        sizes[r] += 1
    return {id_: (f"dup-{ids[r]}" if sizes[r] > 1 else "") for id_, r in zip(ids, roots, strict=True)}


# ---------------------------------------------------------------------------------------------
# Shared passages
# ---------------------------------------------------------------------------------------------

def _passage_clusters(bodies: Sequence[str], scan: _Scan | None = None) -> list[list[tuple[int, int]]]:
    """Clusters of near-identical long paragraphs found in two or more articles: lists of
    (article index, paragraph index), in input order, clusters ordered by first member."""
    scan = scan or _Scan(bodies, docs=False)
    nodes = scan.nodes
    shingles: dict[int, np.ndarray] = {}

    def sh(node: int) -> np.ndarray:
        if node not in shingles:
            i, p = nodes[node]
            shingles[node] = scan.shingles(scan.paragraphs(i)[p], PASSAGE_SHINGLE)
        return shingles[node]

    uf = _UnionFind(len(nodes))
    linked: set[int] = set()
    for a, b in sorted(scan.para_pairs):
        if _overlap(sh(a), sh(b))[0] >= PASSAGE_JACCARD:
            uf.union(a, b)
            linked.update((a, b))
    clusters: dict[int, list[int]] = defaultdict(list)
    for n in sorted(linked):
        clusters[uf.find(n)].append(n)
    out = []
    for root in sorted(clusters):
        members = clusters[root]
        if len({nodes[n][0] for n in members}) >= 2:
            out.append([nodes[n] for n in members])
    return out


PASSAGE_COLUMNS = ["passage", "text", "words", "articles", "outlets", "n_articles", "n_outlets"]


def shared_passages(ids: list[str], outlets: list[str], bodies: list[str], scan: _Scan | None = None) -> pd.DataFrame:
    """Passages of one article found in another: one row per passage, with columns
    ``passage`` ("p-" + the first carrying article's id + "-" + the paragraph's number in it,
    from 1), ``text`` (the paragraph as the first article prints it, trimmed), ``words``,
    ``articles`` and ``outlets`` ("; "-joined: the articles in input order, the outlets sorted
    and unique), ``n_articles``, ``n_outlets``; rows in order of first appearance.

    A passage is a paragraph of at least `PASSAGE_MIN_WORDS` words whose normalised 3-word
    shingles have a Jaccard of at least `PASSAGE_JACCARD` with a paragraph of another article
    (so quote marks restyled, a word changed or an attribution added still match), joined
    transitively. Every paragraph of a near-duplicate is listed too; an article that quotes one
    sentence of another shares no passage with it.

    >>> quote = ("We have warned for months that an agreement of this kind would change the balance "
    ...          "on the peninsula, and nothing we have heard this week suggests otherwise.")
    >>> shared_passages(["a", "b"], ["Herald", "Post"], [f"Lead of A.\\n\\n“{quote}”", f"Lead of B.\\n\\n\\"{quote}\\" he said."])[["passage", "words", "outlets", "n_articles"]]
      passage  words       outlets  n_articles
    0   p-a-2     27  Herald; Post           2
    """
    ids = _check_ids(ids, outlets, bodies)
    rows = []
    members_of: dict[str, list[tuple[str, int]]] = {}
    cache: dict[int, list[str]] = {}
    for members in _passage_clusters(bodies, scan):
        first_article, first_para = members[0]
        if first_article not in cache:
            cache[first_article] = paragraphs(bodies[first_article])
        text = cache[first_article][first_para]
        articles = list(dict.fromkeys(ids[i] for i, _ in members))
        outs = sorted({str(outlets[i]) for i, _ in members})
        rows.append({"passage": f"p-{ids[first_article]}-{first_para + 1}", "text": text, "words": len(text.split()),
                     "articles": "; ".join(articles), "outlets": "; ".join(outs),
                     "n_articles": len(articles), "n_outlets": len(outs)})
        members_of[rows[-1]["passage"]] = [(ids[i], p) for i, p in members]
    table = pd.DataFrame(rows, columns=PASSAGE_COLUMNS).astype({"words": int, "n_articles": int, "n_outlets": int})
    # which paragraph of each article carries the passage, for `original_share` (lost in a CSV)
    table.attrs["members"] = members_of
    return table


def original_share(ids: list[str], bodies: list[str], passages: pd.DataFrame | None = None,
                   groups: dict[str, str] | None = None) -> dict[str, float]:
    """Each article's share of its prose words not found elsewhere in the corpus: ``{id:
    share}``, 1.0 for an article all its own, 0.0 for one every word of which is elsewhere.

    Found elsewhere: a paragraph of the article that is one of the `shared_passages` listing it
    (pass the table if you have it; it is computed otherwise), and, for a member of a
    `near_duplicate_groups` group (pass ``groups``), a paragraph of at least
    `GROUP_PARAGRAPH_MIN_WORDS` words repeated word for word in another member. Words are
    counted as whitespace-separated tokens of the body. Copying has no direction here: the
    agency's own story and the outlet that reprints it both score low.

    >>> quote = " ".join(f"w{i}" for i in range(30))
    >>> original_share(["a", "b"], [f"Own words here.\\n\\n{quote}", f"Another lead, five words long.\\n\\n{quote}"])
    {'a': 0.0909, 'b': 0.1429}
    """
    ids = _check_ids(ids, bodies)
    if passages is None:
        passages = shared_passages(ids, ids, bodies)
    index = {id_: k for k, id_ in enumerate(ids)}
    hasher = _WordHasher()
    shared: dict[int, set[int]] = defaultdict(set)
    paras: dict[int, list[str]] = {}

    def para_list(k: int) -> list[str]:
        if k not in paras:
            paras[k] = paragraphs(bodies[k])
        return paras[k]

    para_shingles: dict[int, list[np.ndarray | None]] = {}

    def shingles_of(k: int) -> list[np.ndarray | None]:
        if k not in para_shingles:
            para_shingles[k] = [_shingle_hashes(hasher(w), PASSAGE_SHINGLE) if len(w) >= PASSAGE_MIN_WORDS else None
                                for w in map(normalise_words, para_list(k))]
        return para_shingles[k]

    members = passages.attrs.get("members")
    if members is not None and set(members) == set(passages["passage"]) and \
            all(id_ in index for ms in members.values() for id_, _ in ms):
        # the table came from `shared_passages` in this process: its paragraphs are known
        for ms in members.values():
            for id_, p in ms:
                shared[index[id_]].add(p)
        passages = passages.iloc[0:0]
    for text, articles in zip(passages["text"], passages["articles"], strict=True):
        target = _shingle_hashes(hasher(normalise_words(text)), PASSAGE_SHINGLE)
        for id_ in str(articles).split("; "):
            k = index.get(id_)
            if k is None:
                continue
            scores = [0.0 if sh is None else _overlap(target, sh)[0] for sh in shingles_of(k)]
            # the paragraphs that match the passage; in a chain of near-identical paragraphs the
            # article's own may be further from the first printing: then its closest paragraph
            hits = [p for p, s in enumerate(scores) if s >= PASSAGE_JACCARD] or ([int(np.argmax(scores))] if scores else [])
            shared[k].update(hits)
    if groups:
        members: dict[str, list[int]] = defaultdict(list)
        for id_, group in groups.items():
            if group and id_ in index:
                members[group].append(index[id_])
        for ks in members.values():
            keys = {k: [tuple(normalise_words(p)) for p in para_list(k)] for k in ks}
            for k in ks:
                elsewhere = {t for other in ks if other != k for t in keys[other]}
                shared[k].update(p for p, t in enumerate(keys[k]) if len(t) >= GROUP_PARAGRAPH_MIN_WORDS and t in elsewhere)
    out = {}
    for k, id_ in enumerate(ids):
        if k not in shared:
            out[id_] = 1.0
            continue
        counts = [len(p.split()) for p in para_list(k)]
        total = sum(counts)
        out[id_] = round(1.0 - sum(counts[p] for p in shared[k]) / total, 4) if total else 1.0
    return out


# ---------------------------------------------------------------------------------------------
# All of it
# ---------------------------------------------------------------------------------------------

def shared_text(ids: list[str], outlets: list[str], bodies: list[str], raw_texts: list[str] | None = None,
                bylines: list[str] | None = None, authors: list[str] | None = None,
                wire: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The per-article columns and the passages table in one call: ``(articles, passages)``,
    ``articles`` with columns ``id``, ``wire``, ``duplicate_group``, ``original_share`` in
    input order, ``passages`` as `shared_passages`. ``wire``: the agencies when already found
    (the per-article map finds them with the raw page, byline and author); otherwise from the
    texts given.

    >>> articles, passages = shared_text(["a"], ["Herald"], ["SEOUL (Yonhap) -- The talks went on all day."])
    >>> articles.to_dict("records")
    [{'id': 'a', 'wire': 'Yonhap', 'duplicate_group': '', 'original_share': 1.0}]
    """
    ids = _check_ids(ids, outlets, bodies)
    n = len(ids)
    if wire is None:
        raw_texts, bylines, authors = ([""] * n if x is None else x for x in (raw_texts, bylines, authors))
        wire = [wire_agency(b, r, y, a) for b, r, y, a in zip(bodies, raw_texts, bylines, authors, strict=True)]
    elif len(wire) != n:
        raise ValueError(f"{len(wire)} wire marks for {n} articles")
    scan = _Scan(bodies)  # one pass for both indexes
    groups = near_duplicate_groups(ids, bodies, scan)
    passages = shared_passages(ids, outlets, bodies, scan)
    del scan
    share = original_share(ids, bodies, passages, groups)
    articles = pd.DataFrame({"id": ids, "wire": wire, "duplicate_group": [groups[i] for i in ids],
                             "original_share": [share[i] for i in ids]})
    return articles, passages


# ---------------------------------------------------------------------------------------------
# In the analysis: which articles are the outlet's own journalism, and who shares with whom
# ---------------------------------------------------------------------------------------------

def own_journalism(articles: pd.DataFrame) -> pd.Series:
    """True for each article counted in the outlet's own journalism: not wire copy, and of each
    group of near-duplicates only the first (earliest ``published``, read in any common date
    form and compared in UTC; same time or no date: manifest order), so a story re-run under
    several outlets counts once, for the outlet that ran it first, and a group whose first
    article is wire copy counts for no outlet.

    >>> a = pd.DataFrame({"id": ["x", "y", "z", "w"], "wire": ["", "", "AP", ""],
    ...                   "duplicate_group": ["dup-x", "dup-x", "", ""], "published": ["2023-09-14", "2023-09-13", "", ""]})
    >>> own_journalism(a).tolist()
    [False, True, False, True]
    >>> own_journalism(a.assign(published=["Sep 9, 2023", "Sep 10, 2023", "", ""])).tolist()
    [True, False, False, True]
    """
    wire = articles["wire"].fillna("").astype(str) != ""
    group = articles["duplicate_group"].fillna("").astype(str)
    # dates in any common form, compared in UTC; undated (or unreadable) after dated
    when = pd.to_datetime(articles["published"].fillna("").astype(str), utc=True, format="mixed", errors="coerce")
    order = pd.DataFrame({"group": group, "undated": when.isna(), "when": when.fillna(pd.Timestamp(0, tz="UTC")),
                          "position": range(len(articles))}, index=articles.index)
    first = order[group != ""].sort_values(["undated", "when", "position"]).groupby("group").head(1).index
    keep = ~wire & ((group == "") | articles.index.isin(first))
    return pd.Series(keep, index=articles.index, name="own_journalism")


def _passage_members(passages: pd.DataFrame) -> list[list[str]]:
    return [str(a).split("; ") for a in passages["articles"]] if len(passages) else []


SHARING_COLUMNS = ["outlet", "articles", "wire_articles", "wire_share", "agencies", "duplicate_articles",
                   "duplicate_share", "reprints", "shared_passages", "mean_original_share", "own_articles", "own_share"]


def sharing_outlets(articles: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: its articles; how many are wire copy (and of which agencies); how many belong
    to a group of near-duplicates, and how many of those are re-runs of a story that appeared
    first elsewhere in the group (``reprints``); the shared passages its articles carry; the
    mean share of its prose found nowhere else; and the articles counted as its own journalism
    (`own_journalism`). Shares are of the outlet's articles."""
    own = (own_journalism(articles) if "own_journalism" not in articles else
           articles["own_journalism"].astype(str).str.lower().isin(["true", "1"]))
    outlet_of = dict(zip(articles["id"], articles["outlet"], strict=True))
    carried: dict[str, int] = defaultdict(int)
    for members in _passage_members(passages):
        for outlet in {outlet_of.get(m) for m in members} - {None}:
            carried[outlet] += 1
    grouped = articles["duplicate_group"].fillna("").astype(str) != ""
    rows = []
    for outlet, part in articles.groupby("outlet", sort=True):
        n = len(part)
        wire = part["wire"].fillna("").astype(str)
        in_group = grouped.loc[part.index]
        rows.append({"outlet": outlet, "articles": n, "wire_articles": int((wire != "").sum()),
                     "wire_share": float((wire != "").mean()),
                     "agencies": "; ".join(sorted(set(wire) - {""})),
                     "duplicate_articles": int(in_group.sum()), "duplicate_share": float(in_group.mean()),
                     "reprints": int((in_group & ~own.loc[part.index] & (wire == "")).sum()),
                     "shared_passages": carried.get(outlet, 0),
                     "mean_original_share": float(part["original_share"].astype(float).mean()),
                     "own_articles": int(own.loc[part.index].sum()), "own_share": float(own.loc[part.index].mean())})
    return pd.DataFrame(rows, columns=SHARING_COLUMNS)


def outlet_pairs(articles: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """Which outlets share text with which: one row per pair of outlets (``outlet`` ≤ ``other``;
    an outlet with itself when its own articles repeat a passage or a story) with the shared
    passages both carry and the near-duplicate groups with articles in both. Pairs that share
    nothing are left out."""
    outlet_of = dict(zip(articles["id"], articles["outlet"], strict=True))
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])

    def add(members: list[str], slot: int) -> None:
        outs = sorted(outlet_of[m] for m in members if m in outlet_of)
        pairs = {(a, b) for k, a in enumerate(outs) for b in outs[k + 1:]}
        for pair in pairs:
            counts[pair][slot] += 1

    for members in _passage_members(passages):
        add(members, 0)
    groups = articles[articles["duplicate_group"].fillna("").astype(str) != ""].groupby("duplicate_group")["id"]
    for _, members in groups:
        add(list(members), 1)
    rows = [{"outlet": a, "other": b, "shared_passages": p, "duplicate_groups": g} for (a, b), (p, g) in sorted(counts.items())]
    return pd.DataFrame(rows, columns=["outlet", "other", "shared_passages", "duplicate_groups"])


# ---------------------------------------------------------------------------------------------
# Outlet boilerplate: the same sentence in many of one outlet's articles
# ---------------------------------------------------------------------------------------------

# A sentence in an outlet's own voice found word for word in at least this share of its articles,
# and in at least `BOILERPLATE_MIN_ARTICLES` of them, is that outlet's page furniture (a promotion,
# a newsletter or donation line, a standing note) that the cleaner's general rules did not know. Half:
# furniture stands on (nearly) every page, while a background line an outlet repeats in some of its
# stories ("Trump has pleaded not guilty") is part of how it frames them and stays.
BOILERPLATE_SHARE = 0.5
BOILERPLATE_MIN_ARTICLES = 5
# An article most of whose sentences recur in the outlet's other articles is a version of one story
# (an update, a re-run): it is not counted towards a sentence's recurrence, so one story printed
# three times is not boilerplate.
VERSION_SHARE = 0.5
BOILERPLATE_COLUMNS = ["outlet", "text", "articles", "outlet_articles", "share", "sentences"]


def outlet_boilerplate(sentences: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """The sentences each outlet prints word for word (case and spacing aside) in its own voice in at
    least half of its articles and in five or more, not counting articles that are versions of one
    story (`VERSION_SHARE`, judged without those sentences): one row per sentence and outlet (``text`` as first written,
    ``articles`` that carry it, the outlet's ``outlet_articles``, ``share``, ``sentences`` in all),
    and a mask over ``sentences`` marking every such sentence. Quoted sentences are never
    boilerplate: an outlet repeating what a source said is coverage. ``sentences`` needs ``id``,
    ``outlet``, ``text`` and ``voice``.

    >>> s = pd.DataFrame({"id": [a for a in "abcdefg" for _ in range(2)], "outlet": "X", "voice": "own",
    ...                   "text": [t for k, a in enumerate("abcdefg") for t in ("Give  today." if k < 5 else "Hi.", f"Story {a}.")]})
    >>> table, mask = outlet_boilerplate(s)
    >>> table[["outlet", "text", "articles", "outlet_articles"]].values.tolist(), mask.nonzero()[0].tolist()
    ([['X', 'Give  today.', 5, 7]], [0, 2, 4, 6, 8])
    """
    if sentences.empty:
        return pd.DataFrame(columns=BOILERPLATE_COLUMNS), np.zeros(0, dtype=bool)
    key = [" ".join(text.lower().split()) if isinstance(text, str) else "" for text in sentences["text"]]  # 5× pandas' str
    frame = pd.DataFrame({"outlet": sentences["outlet"].to_numpy(), "id": sentences["id"].to_numpy(), "key": key})
    per_outlet = frame.groupby("outlet")["id"].nunique()
    own = (sentences["voice"].astype(str) == "own").to_numpy() & (frame["key"] != "").to_numpy()

    pairs = list(zip(frame["outlet"], frame["key"], strict=True))

    def recurring(counted: np.ndarray) -> np.ndarray:
        """The rows whose (outlet, sentence) stands, among the ``counted`` rows, in enough articles."""
        counts = frame[counted].groupby(["outlet", "key"], sort=False)["id"].nunique()
        needed = np.maximum(BOILERPLATE_MIN_ARTICLES, np.ceil(BOILERPLATE_SHARE * per_outlet.reindex(
            counts.index.get_level_values("outlet")).to_numpy()))
        keys = set(counts.index[counts.to_numpy() >= needed])
        return np.fromiter((p in keys for p in pairs), dtype=bool, count=len(pairs))

    # versions of one story: articles most of whose other sentences (the candidates aside) recur in the
    # outlet's other articles
    rest = ~recurring(own)
    spread = frame.groupby(["outlet", "key"], sort=False)["id"].transform("nunique").to_numpy()
    recurring_share = pd.Series(spread[rest] > 1).groupby(frame["id"].to_numpy()[rest]).mean()
    versions = set(recurring_share.index[recurring_share.to_numpy() >= VERSION_SHARE])
    mask = own & recurring(own & ~frame["id"].isin(versions).to_numpy())
    if not mask.any():
        return pd.DataFrame(columns=BOILERPLATE_COLUMNS), mask
    hits = frame[mask].assign(text=sentences["text"].to_numpy()[mask])
    rows = []
    for (outlet, _key), group in hits.groupby(["outlet", "key"], sort=True):
        articles = group["id"].nunique()
        rows.append({"outlet": outlet, "text": group["text"].iloc[0], "articles": articles,
                     "outlet_articles": int(per_outlet[outlet]), "share": articles / per_outlet[outlet],
                     "sentences": len(group)})
    table = pd.DataFrame(rows, columns=BOILERPLATE_COLUMNS).sort_values(
        ["outlet", "articles", "text"], ascending=[True, False, True], ignore_index=True)
    return table, mask
