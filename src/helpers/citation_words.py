"""The word lists the citation rules read: closed classes written here (determiners, pronouns,
calendar and function words, honorifics, organisation words) and the editable lists in
``helpers/data`` (attribution cues with their strength, role words and the kind each implies,
media names, places and their countries), loaded once.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache

from .paths import PACKAGE_DATA
from .schema import KINDS  # the kinds are part of the tables' contract

PERSON_KINDS = ("expert", "official", "citizen", "unknown")
DETERMINERS = {"the", "a", "an", "some", "many", "several", "most", "other", "another", "two", "three", "four",
               "five", "all", "both", "his", "her", "their", "its", "one", "few"}
PREPOSITIONS = {"of", "at", "on", "for", "with", "from", "in"}
SKIP_BEFORE_CUE = {"has", "have", "had", "is", "are", "was", "were", "been", "also", "already", "still", "long",
                   "previously", "recently", "later", "earlier", "then", "further", "repeatedly", "again", "so",
                   "far", "often", "reportedly", "publicly", "privately", "once", "too", "not", "never", "just",
                   "even", "would", "could", "will", "may", "might", "can", "did", "does", "do", "widely",
                   "generally", "now", "separately", "similarly", "likewise", "strongly", "firmly", "clearly", "first"}
# Any other adverb in -ly stands between a subject and its verb ("Trump falsely claimed", "she angrily
# denied"), except the nouns and adjectives that end so and can head or end a subject ("a close ally said",
# "the family said", "the elderly said").
LY_NOT_ADVERB = {"ally", "family", "assembly", "rally", "supply", "anomaly", "monopoly", "belly", "bully", "folly",
                 "tally", "jelly", "lily", "elderly", "weekly", "daily", "monthly", "quarterly", "fly", "holy",
                 "italy", "only", "early", "friendly", "lonely", "lovely", "likely", "costly", "deadly", "ugly",
                 "silly", "curly", "burly", "homely", "orderly", "kindly", "manly", "womanly", "july"}
NP_ADJECTIVES = {"former", "senior", "top", "chief", "deputy", "independent", "foreign", "military", "defense",
                 "defence", "security", "international", "political", "nuclear", "regional", "local", "unnamed",
                 "anonymous", "other", "leading", "prominent", "veteran", "retired", "government", "intelligence",
                 "ministry", "think", "tank", "news", "state", "research", "policy", "university", "western",
                 "eastern", "some", "many", "several", "two", "three", "cabinet", "media", "party", "opposition", "white",
                 "presidential", "vice-presidential", "gubernatorial", "congressional", "campaign", "press", "federal",
                 "district", "county", "city", "national", "public", "health", "election", "fire", "new", "latest",
                 "administration", "legal", "appeals", "supreme", "vice", "spy", "space", "energy", "trade",
                 "finance", "justice", "interior", "education", "agriculture", "environmental", "weather", "statistics"}
PRONOUNS = {"he", "she", "they", "it", "we"}
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "today",
            "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
            "a.m.", "p.m.", "a.m", "p.m"}  # a live blog's "10:40 A.M. James Comey said"
# Words that open a sentence or clause and are capitalised only for that: never part of a name.
FUNCTION_WORDS = {"nevertheless", "nonetheless", "recently", "following", "secondly", "firstly", "thirdly", "additionally",
                  "moreover", "furthermore", "regardless", "ultimately", "currently", "previously", "separately",
                  "afterward", "afterwards", "nothing", "everyone", "everybody", "nobody", "someone", "somebody",
                  "after", "when", "while", "before", "since", "as", "but", "and", "or", "nor", "so", "yet", "if",
                  "because", "although", "though", "then", "that", "this", "these", "those", "another", "meanwhile",
                  "still", "also", "now", "here", "there", "instead", "however", "in", "on", "at", "by", "with", "for",
                  "of", "from", "to", "during", "until", "unlike", "like", "even", "only", "just", "later", "earlier",
                  "first", "next", "last", "finally", "thus", "where", "what", "which", "who", "whom", "whose", "why",
                  "how", "once", "asked", "both", "each", "every", "such", "some", "many", "most", "other", "others",
                  "all", "any", "no", "not", "one", "our", "my", "your", "his", "her", "their", "its", "we", "you", "i",
                  "he", "she", "they", "it", "me", "him", "them", "us", "the", "a", "an", "yes", "well", "indeed",
                  "perhaps", "maybe", "again", "already", "about", "against", "among", "amid", "over", "under",
                  "through", "without", "within", "across", "despite", "upon", "into", "onto", "toward", "towards",
                  "whether", "unless", "whereas", "none", "further", "elsewhere", "overall", "besides", "otherwise",
                  "hence", "therefore", "thereafter", "likewise", "plus",
                  "few", "several", "much", "more", "less"}
NON_NAMES = CALENDAR | FUNCTION_WORDS | DETERMINERS | PRONOUNS
DESCRIPTOR_ADJECTIVES = {"vice", "deputy", "former", "senior", "defense", "foreign", "prime", "presidential",
                         "vice-presidential", "gubernatorial", "congressional", "senate", "press",
                         # what a candidacy or an office is yet: part of the role, never an affiliation ("Potential GOP")
                         "potential", "possible", "likely", "presumptive", "prospective", "would-be", "then", "acting",
                         "interim", "incoming", "outgoing", "lead"}
HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss", "mx.",
              "father", "fr.", "sister", "brother", "rev.", "reverend"}  # courtesy and religious titles before a name
PARTY_TAG = r"(?P<party>[RDI])\.?\s*[-–,]\s*(?P<state>[A-Z][\w. ]{0,24}?)"  # "R-Texas", "D-N.H.", "R., Ind."
PARTY_MARK = re.compile(rf"\(\s*{PARTY_TAG}\s*\)")
PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}
# the states as AP style abbreviates them after a town ("Kenosha, Wis.", "Reno, Nev."); the eight it writes in full are places
AP_STATES = {"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
             "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
             "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
             "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
             "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
             "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
             "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
             "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
             "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia"}
ORG_WORDS = {"ministry", "business", "institute", "university", "council", "agency", "service", "department", "house", "kremlin",
             "government", "network", "center", "centre", "foundation", "bank", "committee", "office", "party",
             "army", "force", "forces", "command", "assembly", "parliament", "congress", "senate", "times", "post",
             "news", "journal", "studies", "school", "college", "academy", "corporation", "company", "group",
             "association", "union", "organization", "organisation", "commission", "court", "nations", "press",
             "tv", "radio", "broadcasting", "herald", "daily", "tribune", "review", "magazine", "unification",
             "affairs", "security", "intelligence", "defense", "defence", "leadership", "administration", "pentagon",
             "state", "states", "republic", "kingdom", "federation", "korea", "russia", "china", "ukraine", "america",
             "international", "watch", "alliance", "coalition", "fund", "trust", "society", "club", "bureau", "authority",
             "inc", "inc.", "corp", "corp.", "llc", "ltd", "project", "initiative", "institution",
             "health", "hospital", "clinic", "league", "partners", "holdings", "industries", "airlines", "technologies",
             "laboratories", "labs", "systems", "media", "museum", "library", "church", "cathedral", "mosque", "temple",
             "prison", "airport", "stadium", "zoo", "gallery", "theater", "theatre", "orchestra", "co", "co.", "firm"}
# a word; names joined by a slash or an en dash stay one ("NBC News/Wall Street Journal poll", "Economist–YouGov survey")
WORD_TOKEN = re.compile(r"[A-Z][\w.]*&[A-Z][\w.]*(?:[/–][A-Z][\w’'.-]*)*|(?<=\s)&(?=\s+[A-Z])|\(?[A-Z]{2,}(?:-[A-Z]{2,})*(?:s(?![\w’'-]))?\)?(?:[/–][A-Z][\w’'.-]*)*|[\w’'.-]+(?:[/–][A-Z][\w’'.-]*)*|[,;:“”\"‘«»()\[\]—–?!]")
APPOSITIVE_START = r"(?:an?|the|another|one\s+of|former|senior|professor|spokes\w+|director|head|chief|deputy|minister|president|editor|founder|author|co-founder|leader|chair|chairman|chairwoman|commissioner|administrator|ambassador|executive)\b"


# --- lexicons ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, str]:
    """Attribution cues and their strength (``strong``; ``weak`` cues such as "believe" count
    only for a person, group or anonymous source, never for a country or institution)."""
    with open(PACKAGE_DATA / "attribution_cues.csv", encoding="utf-8", newline="") as fh:
        return {r["cue"].strip().lower(): (r["strength"] or "").strip() for r in csv.DictReader(fh)
                if r["cue"] and r["cue"].strip() and not r["cue"].startswith("#")}


# what follows a cue when what was said comes next: the sentence's end or punctuation, a quotation (or its
# mask), within a few words a that/whether/question-word clause, or a colon a few words on
CUE_CONTENT = (r"\s*(?:$|[.,;:!?”\"’»_]|[“\"‘«„])|\s+(?:[\w’'.-]+\s+){0,3}?(?:that|whether|if|why|how|what|when|where|who)\b"
               r"|\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+:(?:\s|$)"  # "said in a statement: …"
               # "clarified to Fox News on Monday that": to whom, and when, before the clause
               r"|\s+to\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:on\s+[A-Z][a-z]+\s+|(?:last|this)\s+[a-z]+\s+)?(?:that|whether)\b")


@lru_cache(maxsize=1)
def cue_follows() -> dict[str, re.Pattern[str]]:
    """For cues with senses that report nothing said, what must follow them (the ``follows`` column
    of ``attribution_cues.csv``, ``{content}`` standing for `CUE_CONTENT`), compiled."""
    with open(PACKAGE_DATA / "attribution_cues.csv", encoding="utf-8", newline="") as fh:
        return {r["cue"].strip().lower(): re.compile(f"(?:{r['follows'].replace('{content}', CUE_CONTENT)})")
                for r in csv.DictReader(fh) if r["cue"] and not r["cue"].startswith("#") and (r.get("follows") or "").strip()}


@lru_cache(maxsize=1)
def role_lexicon() -> dict[str, str]:
    """Role and head words → kind of source (``source_roles.csv``)."""
    with open(PACKAGE_DATA / "source_roles.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["word"] and not r["word"].startswith("#")]
    bad = [r["word"] for r in rows if r["kind"].strip() not in KINDS]
    if bad:
        raise ValueError(f"{PACKAGE_DATA / 'source_roles.csv'}: unknown kind for {', '.join(bad)}")
    lexicon = {r["word"].strip().lower(): r["kind"].strip() for r in rows}
    for word, kind in list(lexicon.items()):
        if kind == "official":  # an office won or named but not yet taken: "Mayor-elect", "Gov.-elect", "Prime Minister-designate"
            lexicon.setdefault(word + "-elect", kind)
            lexicon.setdefault(word + "-designate", kind)
    for word, kind in list(lexicon.items()):  # a role word's plural, when the file does not give it
        if kind in PLURAL_KIND and " " not in word and not word.endswith("s"):
            lexicon.setdefault(plural(word), PLURAL_KIND[kind])
    return lexicon


# unnamed people of a role, in the plural, as the file's own plurals have it: "voters", "analysts"
# (group), "officials", "lawmakers" (anonymous)
PLURAL_KIND = {"citizen": "group", "expert": "group", "official": "anonymous", "institution": "institution"}
IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children", "wife": "wives",
                     "chairman": "chairmen", "spokesman": "spokesmen", "spokeswoman": "spokeswomen"}


def plural(word: str) -> str:
    """The regular English plural of a role word (irregular ones from a short list).

    >>> [plural(w) for w in ("friend", "retiree", "witness", "nephew", "ally", "attorney", "fisherman", "wife")]
    ['friends', 'retirees', 'witnesses', 'nephews', 'allies', 'attorneys', 'fishermen', 'wives']
    """
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


@lru_cache(maxsize=1)
def media_names() -> tuple[str, ...]:
    lines = (PACKAGE_DATA / "media_names.txt").read_text(encoding="utf-8").splitlines()
    return tuple(sorted((x.strip() for x in lines if x.strip() and not x.startswith("#")), key=len, reverse=True))


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place or demonym → its country (``data/places.csv``)."""
    return {place: country for place, (country, _) in _place_rows().items()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """The names a country goes by ("U.S.", "US", "United States", "America") → the country."""
    return {place: country for place, (country, kind) in _place_rows().items() if kind == "name"}


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nationality adjectives ("Israeli", "Ukrainian"): they qualify a source, they do not name one."""
    return frozenset(place for place, (_, kind) in _place_rows().items() if kind == "demonym")


@lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """A US state's abbreviation, lower case ("ariz.", "ny") → its name, lower case (``data/us_states.csv``)."""
    with open(PACKAGE_DATA / "us_states.csv", encoding="utf-8", newline="") as fh:
        return {r["abbreviation"].strip().lower(): r["state"].strip().lower() for r in csv.DictReader(fh)
                if r["abbreviation"] and not r["abbreviation"].startswith("#")}


@lru_cache(maxsize=1)
def _place_rows() -> dict[str, tuple[str, str]]:
    with open(PACKAGE_DATA / "places.csv", encoding="utf-8", newline="") as fh:
        return {r["place"].strip(): (r["country"].strip(), (r.get("kind") or "").strip()) for r in csv.DictReader(fh)
                if r["place"] and not r["place"].startswith("#")}


def alternation(words, ignore_case: bool = False) -> str:
    """A regular-expression alternation of ``words`` that matches exactly what
    ``"|".join(map(re.escape, words))`` matches, with the same preference among alternatives,
    but grouped by first letter: Python's ``re`` then tries one group at each position instead
    of every word (several times faster on the long cue and role lists). ``ignore_case`` groups
    letters that differ only in case (for use inside ``(?i:…)``).

    >>> alternation(["said", "says", "told", "s"])
    's(?:aid|ays|)|told'
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].lower() if ignore_case else word[:1], []).append(word)
    parts = []
    for members in groups.values():
        if len(members) == 1:
            parts.append(re.escape(members[0]))
        else:
            head = members[0][:1]
            rest = "|".join(re.escape(w[1:]) for w in members)
            parts.append(f"{re.escape(head)}(?:{rest})")
    return "|".join(parts)


# Characters that Python's case-insensitive matching equates with an ASCII letter though they are
# not ASCII (their simple lower case, or one of ``re``'s extra cases: "İ" and "ı" with i, "ſ" with s,
# the Kelvin sign with k): a text holding one is searched the plain way by `finditer_at`.
CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, every other byte a space


def finditer_at(pattern: re.Pattern[str], text: str, starts) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins with one of the words
    ``starts`` (letters, perhaps with full stops, as in "gen."), matched case-insensitively as a
    whole word (no letter just before or after it), and is never empty: ``re`` tries only where
    one of them occurs (found by a plain search of the lower-cased text, and only for the words
    the text holds) instead of every position, several times faster on a whole article. The same matches in the same order; a pattern
    sees the text before each place it is tried (word boundaries, look-behinds) as it would.

    >>> p = re.compile(r"\\b(?i:dr|prof)\\.? [A-Z]\\w+")
    >>> [m.group(0) for m in finditer_at(p, "Dr. Roe met prof Lee, not Mr. Dr Kim.", ("dr", "prof"))]
    ['Dr. Roe', 'prof Lee', 'Dr Kim']
    """
    if not all(w.isascii() for w in starts) or any(c in text for c in CASE_TWINS):
        yield from pattern.finditer(text)
        return
    lower = text.encode("ascii", "replace").lower()  # one byte per character: the same positions
    runs = set(lower.translate(_LETTERS_ONLY).split())  # the text's runs of letters
    at: set[int] = set()
    for word in starts:
        if word.lower().strip(".").encode("ascii") not in runs:  # a start word stands as a whole run of letters
            continue
        w = word.lower().encode("ascii")
        i = lower.find(w)
        while i >= 0:
            at.add(i)
            i = lower.find(w, i + 1)
    end = 0
    for i in sorted(at):
        if i >= end:
            m = pattern.match(text, i)
            if m:
                yield m
                end = m.end()


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern[str]:
    cues = sorted(cue_lexicon(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + alternation(cues) + r")(?![\w-])")


@lru_cache(maxsize=2)
def cue_alternation(strong_only: bool = True) -> str:
    cues = [c for c, s in cue_lexicon().items() if s == "strong" or not strong_only]
    return alternation(sorted(cues, key=len, reverse=True))
