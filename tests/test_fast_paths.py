"""The fast paths of the per-article analysis give what the plain regular expressions they
replace give: each is checked against its reference on the seeds and on random text built to
hit the edge cases (case twins such as "İ" and "ſ", commas and quotes in every place)."""

from __future__ import annotations

import random
import re

import pytest

from helpers import citations
from helpers.citation_words import finditer_at
from helpers.cleaning import _chrome_patterns

VOCABULARY = ["President", "president", "former", "Former", "vice", "Senior", "prime", "Minister", "minister", "analyst",
              "professor", "Jane", "Roe", "Kim", "Lee", "said", "told", "CNN", "the", "Guardian", "to", "“", "”", "\"",
              ",", ",", ".", "(", ")", "-", "ex-president", "İstanbul", "ſenior", "\u212aim", "officials", "told", "an",
              "expert", "at", "Reuters", "also", "has", "all", "rights", "reserved", "Copyright", "views", "expressed",
              "here", "Click", "Edit", "Text", "lorem", "ipsum", "Subscribe", "to", "our", "newsletter", "ABSTRACT"]


def random_texts(n: int, seed: int = 3, longest: int = 30) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, longest))) for _ in range(n)]


def seed_sentences(seed_corpus) -> list[str]:
    return [s for article in seed_corpus["body"] for s in article.split("\n")]


def test_finditer_at_finds_what_finditer_finds(seed_corpus):
    titled, _, starts = citations._known_people_patterns()
    texts = list(seed_corpus["body"]) + random_texts(3000) + ["Former İnan President Kim", "ſenior official Lee Roe",
                                                              "\u212aey official Kim Lee"]
    # start words against punctuation, digits, other letters and full stops around them
    texts += ["U.S.President Joe Biden met ex-Gen. Lee Roe", "Sen.Ann Roe, (Chief Ann Lee) and 'President Kim",
              "x_president Kim, 2president Kim, présidentKim, Vice-President Kim Lee", "the Gen.Col. Ann Roe; Gov.  Ann Roe"]
    found = 0
    for text in texts:
        plain = [(m.span(), m.groups()) for m in titled.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_at(titled, text, starts)] == plain, text
        found += len(plain)
    assert found > 100  # the comparison saw many matches, not only misses
    # a start word outside ASCII falls back to the plain search
    pattern = re.compile(r"\b(?i:président)\s+[A-Z]\w+")
    assert [m.group(0) for m in finditer_at(pattern, "le Président Macron", ("président",))] == ["Président Macron"]


def test_roles_before_names_finds_what_finditer_finds(seed_corpus):
    """The search only before a name between commas finds the matches of the whole-text search."""
    rng = random.Random(11)
    words = ["the", "The", "his", "Her", "their", "Ann", "Roe", "Tom", "Berg’s", "Smith's", "U.S.", "lawyer", "chief", "of",
             "staff", "Jr.", "—", "said", "and", "\n"]
    texts = list(seed_corpus["body"]) + ["".join(rng.choice(words) + rng.choice([" ", "", " ", ", "]) for _ in range(rng.randint(3, 30)))
                                         for _ in range(20000)]
    found = 0
    for text in texts:
        plain = [(m.span(), m.groupdict()) for m in citations.ROLE_BEFORE_NAME.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in citations._roles_before_names(text)] == plain, text
        found += len(plain)
    assert found > 300  # the comparison saw many matches, not only misses


def test_object_channel_equals_a_pattern_per_cue(seed_corpus):
    def reference(masked: str, cue: str) -> str:
        m = re.search(rf"\b{re.escape(cue)}" + citations.CUE_OBJECT.pattern, masked)
        return citations._channel_named(m.group("ch")) if m else ""

    texts = seed_sentences(seed_corpus) + random_texts(3000, seed=5)
    hits = 0
    for text in texts:
        for cue in ("told", "said", "to", "-", "“", ""):
            assert citations._object_channel(text, cue) == reference(text, cue), (text, cue)
            hits += bool(reference(text, cue))
    assert hits > 20


def test_parenthetical_before_equals_the_search(seed_corpus):
    texts = seed_sentences(seed_corpus) + random_texts(5000, seed=7, longest=15) + ["", ",", ",,", "a, b, c,", "x, also ,y, "]
    hits = 0
    for text in texts:
        for before in (text, text + ", also "):
            plain = citations.PARENTHETICAL.search(before)
            fast = citations._parenthetical_before(before)
            assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict())), before
            hits += plain is not None
    assert hits > 100


def test_chrome_patterns_pick_the_same_first_pattern(seed_corpus):
    chrome = _chrome_patterns()
    assert chrome.tails, "the page-chrome list has .*X patterns; the fast path must be exercised"
    assert chrome.needs, "rows tried only on a line holding their literal"
    # lines of the chrome patterns' own words (so the literal test decides), upper-cased, and with
    # the letters that match "s" and "i" when case is ignored but do not lower-case to them
    rng = random.Random(11)
    words = sorted({w for literal in chrome.needs for w in literal.split()}) + ["us", "123", "©", "2024", "https://x.co"]
    built = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    built += [" ".join([*rng.sample(words, rng.randint(0, 3)), literal, *rng.sample(words, rng.randint(0, 3))])
              for literal in chrome.needs for _ in range(10)]  # each literal amid other words: lines the rows can match
    sample = rng.sample(built, 1000)
    built += [line.upper() for line in sample] + [line.replace("s", "ſ").replace("i", "ı") for line in sample]
    built += ["Sign up here for the newsletter", "SİGN UP HERE", "ſign up here", "Tell us what you think by email",
              "© 2024 Example Corp", "Opinions expressed here are the author's own", "a\nall rights reserved"]
    lines = seed_sentences(seed_corpus) + random_texts(5000, seed=11, longest=10) + built
    chrome_lines = rows = 0
    for line in lines:
        m = chrome.every.fullmatch(line)
        assert chrome.first(line) == (int(m.lastgroup[1:]) if m else None), line
        chrome_lines += m is not None
        rows += bool(m and int(m.lastgroup[1:]) in chrome.rest)
    assert chrome_lines > 400 and rows > 100, (chrome_lines, rows)


def test_required_literals_are_required():
    """Every row's literal test is necessary: a pattern never matches a line lacking all its literals."""
    from re import _parser

    from helpers.cleaning import _chrome_rows, _required_literals

    rng = random.Random(5)
    for row in _chrome_rows():
        literals = _required_literals(_parser.parse(row["pattern"], re.IGNORECASE))
        pattern = re.compile(row["pattern"], re.IGNORECASE)
        for literal in literals or ():
            for _ in range(20):  # the literal with a character dropped from it can no longer supply it
                cut = rng.randrange(len(literal))
                line = literal[:cut] + literal[cut + 1:]
                assert not (pattern.fullmatch(line) and not any(x in line.lower() for x in literals)), (row, line)
    assert _required_literals(_parser.parse(r"(?:ab|cd)e", re.IGNORECASE)) == frozenset({"ab", "cd"})  # longest shortest
    assert _required_literals(_parser.parse(r"(?:ab|c)de", re.IGNORECASE)) == frozenset({"de"})
    assert _required_literals(_parser.parse(r"x*(?:ab)?", re.IGNORECASE)) is None
    assert _required_literals(_parser.parse(r"Ä\w", re.IGNORECASE)) is None  # a cased letter outside ASCII is never taken


@pytest.mark.parametrize("pattern, tail", [(r".*\bx\b.*", r"\bx\b.*"), (r".*a|b", None), (r"(?:.*a)", None),
                                           (r".*?a", None), (r".*(?i)a", None), (r".*[|]a", "[|]a"), (r".*[]|]a", "[]|]a"),
                                           (r".*\|a", r"\|a"), (r".*(a|b)", "(a|b)")])
def test_tail_of_only_splits_a_leading_any(pattern, tail):
    from helpers.cleaning import _tail_of

    assert _tail_of(pattern) == tail


def test_ends_with_be_equals_the_search():
    texts = random_texts(3000, seed=13, longest=8)
    endings = ["", " ", "  \n", " was", " was ", " being\t", " been  ", "was", "(is ", "Abe", "wasn't ", "x-are ", "_is "]
    hits = 0
    for text in texts:
        for ending in endings:
            before = text + ending
            assert citations._ends_with_be(before) == bool(citations.BE_AT_END.search(before)), before
            hits += citations._ends_with_be(before)
    assert hits > 1000


def test_article_masked_once_equals_each_sentence_masked(seed_corpus):
    from helpers.quotes import mask_quotes, mask_spans, quote_spans, speech_spans
    from helpers.sentences import split_sentences

    texts = list(seed_corpus["body"]) + random_texts(500, seed=17, longest=60) + ["“Open quote runs on\n\nand on", "''a'' ``b''"]
    masked_sentences = 0
    for text in texts:
        for spans in (speech_spans(text), quote_spans(text), list(reversed(quote_spans(text))) + [(0, 3)]):
            whole = mask_spans(text, spans)
            assert len(whole) == len(text)
            for s in split_sentences(text):
                assert whole[s.start:s.end] == mask_quotes(s, spans)
                masked_sentences += "_" in whole[s.start:s.end]
    assert masked_sentences > 100


def test_actor_mentions_equal_a_search_of_every_sentence(seed_corpus):
    import numpy as np
    import pandas as pd

    from helpers.tone import actor_mentions, actor_patterns

    texts = seed_sentences(seed_corpus) + random_texts(2000, seed=19) + ["", "Kim", "Kim.", "xKim", "U.S.", "the U.S.A."]
    sentences = pd.DataFrame({"text": texts})
    actors = {"Kim": ["Kim", "Kim Jong Un"], "US": ["U.S.", "United States"], "Guardian": ["Guardian"], "twin": ["ſenior"],
              "words": ["the", "to"], "empty": ["", "Roe"], "none": ["Nobody Here"], "no aliases": []}
    fast = actor_mentions(sentences, actors)
    for actor, pattern in actor_patterns(actors).items():
        plain = np.array([pattern.search(t) is not None for t in texts])
        assert (fast[actor] == plain).all(), actor
    assert fast["Kim"].sum() > 100 and fast["US"].sum() > 0 and not fast["none"].any()


def test_wide_whitespace_never_crashes_the_segmenter():
    """sentencex panics (a Rust panic, not an Exception) on "K\u2028."; the segmenter's copy of
    the text holds plain spaces instead, and the sentences keep their offsets."""
    from helpers.citations import find_citations
    from helpers.readability import readability
    from helpers.sentences import WIDE_SPACES, split_sentences

    assert "\u2028" in WIDE_SPACES and "\u3000" in WIDE_SPACES and " " not in WIDE_SPACES
    for space in WIDE_SPACES:
        text = f"“It is over,” said K{space}. Roe, a professor.{space}Then he left{space}. The end."
        sentences = split_sentences(text)
        assert sentences and all(text[s.start:s.end] == s.text for s in sentences)
        find_citations(text, sentences)
        readability(text, sentences=sentences)
