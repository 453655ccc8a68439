"""Who an article quotes or cites, in what role, and how.

`find_citations` reads a cleaned body sentence by sentence and returns one record per
attribution: who (``speaker`` as written, ``source`` resolved: "Lee" → "Lee Byong-chul", "the
official" → "an official at the Ministry of Unification", "they" → "analysts"), what kind of
source (``expert``, ``official``, ``media``, ``institution``, ``citizen``, ``anonymous``, ``group``,
``unknown``), their
``role``, ``affiliation`` and its ``country`` where the text gives them, whether the statement is
a ``direct`` quote, ``indirect`` (reported) or ``mixed`` (a partial quote inside reported
speech), the ``cue`` (attribution verb or phrase), a media ``channel`` when a newspaper is only
the conduit ("tells the New York Times"), the ``evidence`` sentence(s) and character offsets.

The rules follow how news text attributes, in these forms:

- subject before the cue: "X said", "X, a ROLE at ORG, has stated that …", "X told Y", "X tells
  the NEWSPAPER: …", "X reported that …", "X added", "X … echoes this, “…”";
- cue before the subject, after a quote or clause: "“…,” said X, a ROLE at ORG.", "…, warns an expert.";
- "according to X"; "as the NEWSPAPER reported citing X"; "Speaking to Y, X said"; "with some
  analysts predicting that …";
- unattributed claims: "it is claimed that …", "X is believed to …" (source ``unattributed``);
- quotations that continue after the attribution, or over following paragraphs, belong to the
  speaker of the quote they continue; a quoted paragraph followed by "X added" belongs to X.

What it does not count: photo credits, bylines, teasers and author bios (the corpus cleaner has
removed them from the body), and people who only act in events (a minister who visited, a leader
who met someone): without an attribution cue there is no citation. Word lists (cues, role words,
media names, places) are data files in ``helpers/data`` that a user can extend.

How ambiguous cases are decided: a former official speaking as an analyst is an ``expert``; an
unnamed individual ("an official at …", "an expert") is ``anonymous``; unnamed plural experts or
analysts are a ``group``; unnamed "officials" or "sources" are ``anonymous``; a country, government
body or the Kremlin speaking as a body is an ``institution``; candidates, politicians, campaigns,
parties and their spokespeople are ``official``; voters, residents and witnesses are ``citizen``; a
named person whose role the text never gives is ``unknown`` (never expert by default: the corpus
step `helpers.entities.resolve_entities` fills the role from wherever the corpus states it).
Calendar words, pronouns, determiners, sentence-opening function words and bare common nouns
("Polls", "Aides") are never named sources, and a name never starts with a conjunction, a place
or a time word ("After Trump", "New Hampshire Sanders" → "Trump", "Sanders").

>>> [(c["speaker"], c["kind"], c["quote"]) for c in find_citations('"We will not back down," said Jane Roe, a professor at Example University.')]
[('Jane Roe', 'expert', 'direct')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd

from .citation_words import (
    AP_STATES,
    APPOSITIVE_START,
    CALENDAR,
    DESCRIPTOR_ADJECTIVES,
    DETERMINERS,
    FUNCTION_WORDS,
    HONORIFICS,
    LY_NOT_ADVERB,
    NON_NAMES,
    NP_ADJECTIVES,
    ORG_WORDS,
    PARTIES,
    PARTY_MARK,
    PARTY_TAG,
    PERSON_KINDS,
    PREPOSITIONS,
    PRONOUNS,
    SKIP_BEFORE_CUE,
    WORD_TOKEN,
    alternation,
    country_names,
    cue_follows,
    cue_lexicon,
    demonyms,
    finditer_at,
    media_names,
    places,
    plural,
    role_lexicon,
    us_states,
)
from .citation_words import (
    cue_alternation as _cue_alternation,
)
from .citation_words import (
    cue_pattern as _cue_pattern,
)
from .quotes import CLOSE_QUOTES, OPEN_QUOTES, mask_spans, speech_spans
from .quotes import mask_quotes as _mask_quotes
from .quotes import quoted_share as _quoted_share
from .sentences import Sentence, split_sentences

# --- noun phrases ------------------------------------------------------------------------


ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul)-[A-Z]")  # "Adel al-Jubeir", "Abdel Fattah el-Sisi"


def _is_cap(token: str) -> bool:
    t = token.strip("()")
    return bool(t) and (t[0].isupper() or t in {"U.S.", "U.N.", "U.K.", "E.U."} or (t[0] == "a" or t[0] == "e" or t[0] == "u")
                        and ARABIC_ARTICLE.match(t) is not None)


# the lower-case particles inside a person's name ("Osama bin Laden", "Ludwig van Beethoven", "Jean de la Fontaine")
NAME_PARTICLES = frozenset({"bin", "ibn", "van", "von", "de", "der", "den", "la", "le", "du", "da", "di", "del", "della", "dos",
                            "das", "al", "el", "ter", "zu"})


def _lower_np_word(token: str) -> bool:
    low = token.lower()
    if low.endswith(("'s", "’s")):  # "the sheriff's office", "the governor’s spokesman"
        low = low[:-2]
    return low in NP_ADJECTIVES or low in role_lexicon() or low in {"reporters", "people", "residents", "diplomats"} \
        or AGE_NOUN.fullmatch(low) is not None or TIMES_MODIFIER.fullmatch(low) is not None


AGE_NOUN = re.compile(r"\d{1,3}-year-olds?")  # "The 25-year-old said": a person described by age
TIMES_MODIFIER = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-time")  # "the three-time champion"


PLAIN_SPEECH = {"said", "says", "say", "told", "tells", "tell"}  # verbs of saying whatever their "follows" excludes
BRAND_CUES = PLAIN_SPEECH - {"say", "tell"}  # never nouns (as "say" is): no possessive stands before them
# cues that are also plural nouns, and the words that make them nouns: "in some states that allow", "many reports"
PLURAL_NOUN_CUES = {"states", "reports", "claims", "notes", "remarks", "comments", "charges", "estimates", "warns"}
QUANTIFIERS = {"some", "many", "several", "all", "most", "other", "few", "both", "these", "those", "such", "two", "three", "four",
               "five", "dozens", "hundreds", "various", "numerous", "more"}
NOUN_MARKERS = {"the", "a", "an", "his", "their", "its", "our", "my", "your", "this", "these", "those"}  # not "her": "close to her said"
# verbs whose object a cue word in the plural may be, with an adjective between: "made brief remarks", "gave few comments"
MAKES = {"made", "make", "makes", "making", "gave", "give", "gives", "giving", "delivered", "deliver", "delivers", "delivering",
         "offered", "offer", "offers", "offering", "issued", "issue", "issues", "issuing"}
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _before_cue(word: str) -> bool:
    """A word that may stand between a subject and its verb of saying: an auxiliary, a negation or an
    adverb ("has also said", "falsely claimed", "angrily denied").

    >>> [_before_cue(w) for w in ("also", "falsely", "ally", "family", "Kelly", "long", "Long")]
    [True, True, False, False, False, True, False]
    """
    if word[:1].isupper():
        return False  # "Theresa May said", "Brock Long said": a name (an auxiliary or adverb is never capitalised there)
    low = word.lower()
    return low in SKIP_BEFORE_CUE or (word.islower() and len(low) > 4 and low.endswith("ly") and low.isalpha()
                                      and low not in LY_NOT_ADVERB and low not in role_lexicon())


FLOATING_QUANTIFIERS = {"both", "all", "each"}  # after a subject, before its verb: "Obama and Reid both said"


def _in_body_name(tokens: list[str], at: int) -> bool:
    """Does the "and" at ``tokens[at]`` stand inside a body's name: capitalised words back to an "of"
    or "for" after a body's word ("Centers for Disease Control and …", "Department of Health and …")?"""
    j = at - 1
    while j > 0 and _is_cap(tokens[j]):
        j -= 1
    return j < at - 1 and tokens[j] in ("of", "for") and j > 0 and _is_cap(tokens[j - 1]) \
        and (tokens[j - 1].lower() in ORG_WORDS or tokens[j - 1].lower().rstrip("s") in ORG_WORDS)


THEN_TITLE = re.compile(r"(?:then|ex)-[A-Z][\w.]*")  # "then-Secretary of State John Kerry": the title he held then


def _np_before(text: str) -> str:
    """The noun phrase that ends ``text`` (the subject of a cue that follows it)."""
    tokens = WORD_TOKEN.findall(text)
    i = len(tokens) - 1
    # "Obama and Reid both said", "the ministers all said": a quantifier after the subject (not "Both said")
    while i >= 0 and (_before_cue(tokens[i]) or (i > 0 and tokens[i] in FLOATING_QUANTIFIERS)
                      or (tokens[i] in ("and", "but") and i > 0 and (i == len(tokens) - 1 or tokens[i + 1].endswith("ly"))
                          and tokens[i - 1].endswith("ly") and _before_cue(tokens[i - 1]))):  # "repeatedly and falsely claimed"
        i -= 1
    if i < 0 or tokens[i].lower() in NOUN_MARKERS:
        return ""  # "pressed Trump on the claim": after an article or a possessive the cue word is a noun
    if tokens[i].lower() in PRONOUNS:
        return tokens[i]
    np: list[str] = []
    while i >= 0:
        tok = tokens[i]
        low = tok.lower()
        if np and low in WEEKDAYS and i > 0 and tokens[i - 1].lower() in ("on", "last", "this", "next", "late", "early"):
            break  # "Then on Thursday President Donald Trump said": when, not who
        if _is_cap(tok) or _lower_np_word(tok) or (np and ORDINAL.fullmatch(tok)) or (np and THEN_TITLE.fullmatch(tok)) \
                or (i > 0 and f"{tokens[i - 1]} {low}".lower() in role_lexicon()) \
                or (np and f"{low} {np[0].lower()}" in role_lexicon()) \
                or (np and low.endswith("ed") and low.isalpha() and i > 0 and tokens[i - 1].lower() in ("the", "a", "an")):
            # "campaign manager", "editorial board"; between an article and a noun a participle is an adjective
            # ("the fired agent", "a disgraced producer")
            np.insert(0, tok)  # "the 4th U.S. Circuit Court of Appeals"
        elif tok in ("'s", "’s", "'", "’") and np and i > 0 and _is_cap(tokens[i - 1]) and _looks_like_person(" ".join(np)):
            i -= 1
            np.insert(0, tokens[i] + tok)  # "CNN's Jake Tapper": the person, and whose (the tokens split the possessive)
            while i > 0 and tokens[i - 1][:1].isupper() and tokens[i - 1].lower() not in FUNCTION_WORDS:
                i -= 1
                np.insert(0, tokens[i])  # the owner's name ("Fox News's Sean Hannity"), and no more
            break
        elif tok in NAME_PARTICLES and np and (np[0][0].isupper() or np[0] in NAME_PARTICLES) and i > 0 and (
                tokens[i - 1][0].isupper() or (tokens[i - 1] in NAME_PARTICLES and i > 1 and tokens[i - 2][0].isupper())):
            np.insert(0, tok)  # "Osama bin Laden", "Jean de la Fontaine", "Ursula von der Leyen"
        elif tok == "&" and np and i > 0 and _is_cap(tokens[i - 1]) and _is_cap(np[0]):
            np.insert(0, tok)  # "Johnson & Johnson", "Procter & Gamble": one body's name
        elif low == "and" and np and len(np) <= 3 and all(map(_is_cap, np)) and _in_body_name(tokens, i):
            np.insert(0, tok)  # "the Centers for Disease Control and Prevention": one body's name
        elif low == "to" and np and i > 0 and tokens[i - 1] in BODIES_TO and _is_cap(np[0]):
            np.insert(0, tok)  # "the Committee to Protect Journalists", "the Coalition to Stop Gun Violence"
        elif low == "to" and np and i > 0 and tokens[i - 1].lower() in ROLES_TO:
            np.insert(0, tok)  # "The Saudi ambassador to Berlin", "an envoy to Iran": who holds the post, not where
        elif low in NP_PREPOSITIONS and np and i > 0:
            before = tokens[i - 1]
            if before.lower() in ("from", "of") and low in PLACE_PREPOSITIONS and i > 1:
                np.insert(0, tok)  # "police chiefs from around the country"
            elif _is_cap(before) or _lower_np_word(before) or THEN_TITLE.fullmatch(before):
                np.insert(0, tok)
            else:
                break
        elif low in DETERMINERS:
            if i > 1 and tokens[i - 1].lower() in NP_PREPOSITIONS and (_is_cap(tokens[i - 2]) or _lower_np_word(tokens[i - 2])
                                                                       or tokens[i - 2].lower() in ("from", "of")):
                np.insert(0, tok)
            else:
                np.insert(0, tok)
                break
        else:
            break
        i -= 1
    if np and np[0].islower() and np[0] not in DETERMINERS and i >= 0 and (
            (kind := role_lexicon().get(head := _head(" ".join(np)))) in PEOPLE_KINDS
            or (kind == "institution" and head.endswith("s"))):
        # "Voting rights activists said", "and civil rights leaders said", "Human rights groups said"
        np = _compound_modifiers(tokens, i) + np
    if np and np[0].lower() in ("the", "a", "an") and i > 1 and tokens[i].lower() == np[0].lower() \
            and tokens[i - 1].lower() in ("on", "in", "at") and not (_is_cap(tokens[i - 2]) or _lower_np_word(tokens[i - 2])):
        return ""  # "His pals on the Hill insist": the object of a preposition, not the subject
    while np and np[0].lower() in NP_PREPOSITIONS:
        np.pop(0)
    if len(np) == 1 and np[0].islower() and i >= 0 and tokens[i].lower() in MAKES:
        return ""  # "Podesta made brief remarks": an adjective before the cue word, which is a noun, the object of "made"
    if np and np[0].lower() in QUESTION_OPENERS:
        return ""  # "Did Whitcomb really say …?": a question, not a statement
    return " ".join(np)


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _compound_modifiers(tokens: list[str], i: int) -> list[str]:
    """The lower-case nouns that modify a plural of people and end at ``tokens[i]`` ("voting rights"
    of "voting rights activists"), when they open the sentence or follow a clause break, an
    article or "and"; else none (never a verb: "arrested protesters", "told officials")."""
    k, words = i, []
    while k >= 0 and len(words) < 3 and tokens[k].isalpha() and tokens[k].islower() and tokens[k] not in FUNCTION_WORDS \
            and not tokens[k].endswith(("ly", "ed")) and tokens[k] not in cue_lexicon() and tokens[k] not in LIGHT_VERBS \
            and tokens[k] not in PAST_TENSE:
        words.insert(0, tokens[k])
        k -= 1
    if not words:
        return []
    if k == 0 and tokens[0][:1].isupper() and tokens[0].isalpha() and tokens[0].lower() not in FUNCTION_WORDS and tokens[0].lower() not in CALENDAR \
            and not tokens[0].lower().endswith(("ly", "ed")):
        return [tokens[0], *words]  # "Voting rights activists said": the sentence's first word
    if k < 0 or tokens[k] in (",", ";", ":", "“", '"', "(", "and", "but", "while", "that", "the", "The", "some", "Some", "many", "Many"):
        return words
    return []


# verbs that take people as their object ("lets lawyers argue", "helps people think"): never a modifier of them (their
# past forms are in `PAST_TENSE`, which the same test reads)
LIGHT_VERBS = {"let", "lets", "make", "makes", "have", "has", "had", "get", "gets", "see", "sees", "help", "helps", "keep",
               "keeps", "leave", "leaves", "allow", "allows", "want", "wants", "give", "gives", "take", "takes", "puts", "sets",
               "hear", "hears", "urge", "urges", "ask", "asks", "tell", "tells", "lead", "leads", "send", "sends", "bring",
               "brings", "force", "forces", "drive", "drives", "drove", "pay", "pays", "hire", "hires", "warn", "warns", "join",
               "joins", "meet", "meets", "find", "finds", "is", "are", "was", "were"}
PEOPLE_KINDS = frozenset({"group", "anonymous", "expert", "official", "citizen"})
# where the people of a subject are from: "doctors across the state said", "police chiefs from around the country"
PLACE_PREPOSITIONS = {"across", "around", "throughout", "within", "outside", "inside", "near"}
NP_PREPOSITIONS = PREPOSITIONS | PLACE_PREPOSITIONS
# a possessive's mark: "Trump's", "Trump’s", and after an s the apostrophe alone ("Bernie Sanders' campaign")
POSSESSIVE_MARK = r"(?:’s|'s|(?<=s)[’'])"
# roles held to a place or a person: "the Saudi ambassador to Berlin", "a senior adviser to Macron"
ROLES_TO = {"ambassador", "ambassadors", "envoy", "envoys", "emissary", "emissaries", "adviser", "advisers", "advisor", "advisors",
            "aide", "aides", "assistant", "counselor", "counsellor", "liaison", "spokesman", "spokeswoman", "spokesperson",
            "representative", "representatives", "delegate", "delegates", "consul", "attaché", "attache", "nuncio"}
BODIES_TO = {"Committee", "Campaign", "Coalition", "Alliance", "Council", "Fund", "Project", "Movement", "Center", "Network"}  # "… to Protect Journalists"


QUESTION_OPENERS = {"did", "does", "do", "will", "would", "can", "could", "should", "has", "have", "is", "was", "are", "were"}


@lru_cache(maxsize=65536)
def _head(np: str) -> str:
    """Head noun of a descriptive noun phrase: the last word before a preposition or a relative
    clause, passing over what says what an unnamed source knows ("people familiar with …")."""
    words = [w for w in np.split() if w]
    for k, w in enumerate(words):
        if k > 0 and not w.isupper() and (w.lower() in NP_PREPOSITIONS or w.lower() in POSTMODIFIER_WORDS
                                          or w.lower() in ("who", "to")  # "an aide to"; not "the WHO chief"
                                          or (w in REDUCED_RELATIVE_WORDS and k + 1 < len(words) and words[k + 1] in REDUCED_PREPOSITIONS)):
            if w.lower() == "of" and len(words) == k + 3 and words[k + 1].islower() and POSSESSIVE_END.search(words[k + 1]):
                return words[-1].lower()  # "the secretary of state's office": an office (a title of one word after "of")
            if w.lower() == "of" and len(words) > k + 2 and words[-1].islower() and all(_is_cap(x) for x in words[k + 1:-1]) \
                    and role_lexicon().get(words[-1]) in PERSON_KINDS:
                return words[-1]  # "The University of Chicago professor": a person, the body's name before the noun
            return words[k - 1].lower()
    return words[-1].lower().strip("()") if words else ""


EVIDENCE_HEADS = {"report", "reports", "source", "sources", "study", "studies", "poll", "polls", "survey", "surveys", "data",
                  "records", "documents", "filings", "figures", "analysis", "review", "audit", "assessment", "estimate",
                  "estimates", "projections", "polling"}
DOCUMENT_HEADS = EVIDENCE_HEADS - {"source", "sources"}  # what is written, not who
RULING_HEADS = {"judge", "judges", "court", "courts", "jury", "juries", "panel", "justices", "tribunal", "magistrate"}  # who "found that"
EVIDENCE_CUES = {"indicate", "indicates", "show", "shows", "showed", "found", "finds"}  # said only of evidence: "a poll found"
# (what follows the quotation is its speaker, not a clause of the sentence's own: not "she was “sorry” that Mr Trump had
# abruptly called off a state visit")
QUOTE_THEN_SUBJECT = re.compile(r"(?:[”\"’»_][,!?]*|[,!?][”\"’»_]+)\s+(?!(?:that|which|because|when|while|if|after|before|since|and|but|"
                                r"or|so|as|to|for|of|in|on|at|with|from|by|than|until|unless|although|though)\b)[^_”\"’»,.;:]{1,80}$")
WARNING_WHAT = re.compile(r"\s*(?::|[“\"‘«„_]|\s(?:that|of|against)\b)")
# words of NP_ADJECTIVES that are never a noun phrase's head (a source is never "health" or "federal")
PURE_ADJECTIVES = {"federal", "national", "public", "health", "new", "latest", "legal", "local", "senior", "former", "top",
                   "independent", "foreign", "international", "political", "regional", "unnamed", "anonymous", "leading",
                   "prominent", "retired", "western", "eastern", "presidential", "congressional", "gubernatorial",
                   "vice-presidential", "nuclear", "supreme", "appeals"}
REQUEST_CUES = {"asked", "asks", "urged", "urges"}
INFINITIVE = re.compile(r"\bto\s+[a-z]")
QUESTIONERS = {"reporter", "reporters", "journalist", "journalists", "moderator", "moderators", "interviewer", "host", "anchor"}
POSTMODIFIER_WORDS = {"familiar", "close", "knowledgeable", "briefed"}
# participles that open a reduced relative clause before a preposition: "officials involved in the talks"
REDUCED_RELATIVE_WORDS = {"involved", "tasked", "invited", "assigned", "charged", "engaged", "participating", "working"}
REDUCED_PREPOSITIONS = ("in", "with", "to", "on", "for")
# an unnamed source as news writes one, ending just before its cue: "two people familiar with the
# matter said", "a source close to the campaign told", "an official who was not authorized to speak
# publicly said"; it opens the sentence or a clause
UNNAMED_SOURCE = re.compile(
    r"(?P<lead>\b(?i:and|but)\s+|^|[,;(]\s*|[”\"’»_]\s+)[\s“\"‘'«„]*(?P<np>(?P<det>(?i:the|a|an|one|two|three|four|five|six|several|some|many|other|"
    r"more|multiple|\d+)\s+)?(?P<pre>(?:[\w.’'-]+\s+){0,3}?)(?P<head>[a-zA-Z]+)\s+"
    r"(?P<mod>familiar\s+with|close\s+to|with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of|knowledgeable\s+about|"
    rf"briefed\s+on|(?P<reduced>(?:{'|'.join(sorted(REDUCED_RELATIVE_WORDS))})\s+(?:{'|'.join(REDUCED_PREPOSITIONS)}))|"
    r"to|for|representing|who|whose|that|of|from|at|in|on)\s+(?P<rest>[^;:_“”\"(),\s][^;:_“”\"(),]{0,159}?))\s*,?\s*$")
UNNAMED_HEADS = {"person", "people", "source", "sources", "official", "officials", "aide", "aides", "insider", "insiders",
                 "ally", "allies", "adviser", "advisers", "advisor", "advisors", "diplomat", "diplomats", "individual",
                 "individuals", "member", "members", "staffer", "staffers", "officer", "officers", "lawmaker", "lawmakers",
                 "someone", "republican", "republicans", "democrat", "democrats", "strategist", "strategists"}
CLOSE_TO_HEADS = {"aide", "aides", "adviser", "advisers", "advisor", "advisors", "ally", "allies", "spokesperson",
                  "spokesman", "spokeswoman", "assistant", "counsel", "lawyer", "lawyers", "attorney", "attorneys"}  # "an aide to …"
RELATIVE_MODS = ("who", "whose", "that")
# a calendar or time word after the cue: "…,” X said Wednesday", "said late Sunday": no inverted speaker
NOT_AN_INVERTED_SPEAKER = CALENDAR | {"late", "early", "earlier", "later", "last", "this", "next", "on", "at", "in", "during",
                                      "after", "before"}
CLAUSE_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
UNNAMED_HINTS = (" familiar with", " close to", " knowledge of", " knowledgeable about", " briefed on", " who ", " whose ",
                 " that ", " to ", " for ", " representing ", " of ", " from ", " at ", " in ", " on ", " with ")
# people named by where they stand on something, which may take a longer phrase ("Critics of the push for more local
# control have said", "Supporters of the president's immigration plan say")
STANCE_HEADS = {"critics", "opponents", "supporters", "proponents", "backers", "defenders", "foes", "advocates", "detractors"}
PLACE_MODS = ("of", "from", "at", "in", "on")  # "survivors of the flood", "doctors at the hospital", "residents in the area"
# an aside set off by commas that says why a source is unnamed: ", who spoke on condition of anonymity,"
ANONYMITY_ASIDE = re.compile(r",\s*(?:who|because)\s[^,;]{3,200},\s*$")


def _unnamed_source_before(before: str) -> str:
    """The source ending ``before`` when news describes it by what it knows or whom it is close to
    ("two people familiar with the matter", "a source close to the campaign", "an aide to the
    senator"), or by a relative clause after a role ("an official who was not authorized to speak",
    "voters who backed him", "the company that owns the building"), perhaps followed by an aside
    saying why it is unnamed; or "". The words before the head must be a noun phrase's (capitalised,
    role and adjective words, or after an article any word that is no pronoun, function word or
    verb of saying): "He told people close to him that he said" has none.

    >>> _unnamed_source_before("But two people familiar with the talks ")
    'two people familiar with the talks'
    >>> _unnamed_source_before("He told people close to him that he ")
    ''
    >>> _unnamed_source_before("An aide to the senator, who asked not to be identified, ")
    'An aide to the senator'
    """
    if not any(h in before for h in UNNAMED_HINTS):
        return ""
    aside = ANONYMITY_ASIDE.search(before)
    if aside and ANONYMOUS_MODIFIER.search(aside.group(0)):
        before = before[:aside.start()] + " "
    m = UNNAMED_SOURCE.search(before[-240:])
    if not m:
        return ""
    head, mod = m.group("head").lower(), m.group("mod")
    pre = m.group("pre").split()
    rest = m.group("rest")
    unnamed = ANONYMOUS_MODIFIER.search(rest)
    if mod in RELATIVE_MODS:
        if _np_before(rest + " ") == rest.strip():
            return ""  # "NPR's Peter Kenyon reports that officials say": no clause, the cue's own subject after a "that"
        # a short relative clause of its own: "voters who backed him", not "a candidate who lacks it had better mean
        # it when he"; one that says why the source is unnamed may run longer; none holds a verb of saying (the
        # sentence's own cue comes after the clause, never inside it)
        said = rest[:unnamed.start()].split() + rest[unnamed.end():].split() if unnamed else rest.split()
        if not (head in UNNAMED_HEADS or role_lexicon().get(head) in (*PERSON_KINDS, "group", "anonymous", "institution")) \
                or any(cue_lexicon().get(w.lower().strip(",.")) == "strong"
                       and (w.lower().strip(",.") not in cue_follows() or w.lower().strip(",.") in PLAIN_SPEECH) for w in said) \
                or (not unnamed and (len(said) > 8 or any(w.lower() in CLAUSE_PRONOUNS for w in said))):
            return ""
    elif mod in ("to", "for", "representing"):  # "an aide to the senator", "lawyers for the family", "a lawyer representing her"
        if mod != "to" and m.group("lead").strip().startswith(","):
            return ""  # "John Kirby, a spokesperson for the council, told …": a description of the name before it
        if head not in CLOSE_TO_HEADS or len(rest.split()) > 6 or any(w.lower() in CLAUSE_PRONOUNS for w in rest.split()):
            return ""
    elif mod in PLACE_MODS or m.group("reduced"):
        # people in the plural, where they are or what happened to them; a short phrase with no clause in it
        # or one person, after an article ("a woman in the crowd", "the mayor of Boston"); or what they take part
        # in ("officials involved in the talks", "GOP whips tasked with drumming up support for the bill")
        # (never a description after a name between commas: "Ann Roe, the nominee in Arizona, said")
        if not (role_lexicon().get(head) in ("group", "anonymous")
                or (m.group("det") and role_lexicon().get(head) in PERSON_KINDS and not m.group("lead").strip().startswith(","))) \
                or len(rest.split()) > (8 if head in STANCE_HEADS or m.group("reduced") else 5) or \
                any(w.lower() in CLAUSE_PRONOUNS or w.lower() in cue_lexicon() for w in rest.split()) or \
                AUXILIARY_THEN_VERB.search(_before_cue_trimmed(rest)):  # "the Republican backers of the plan have deflected
            # criticism": a clause (not "residents of the area have long")
            return ""
    elif head not in UNNAMED_HEADS:
        return ""
    lower = [w for w in pre if not (_is_cap(w) or _lower_np_word(w))]
    if any(not (w.isupper() and len(w) > 1)  # "the US official": the country, not "us"
           and (w.lower() in PRONOUNS or w.lower() in FUNCTION_WORDS or w.lower() in cue_lexicon()) for w in pre) or \
            (lower and (not m.group("det") or len(lower) > 2)):
        return ""  # "a law enforcement official": lower-case words only after an article, and two at most
    np = m.group("np").strip() if mod in RELATIVE_MODS else _before_cue_trimmed(m.group("np"))  # "residents of the area
    # have long [said]" (but "an aide who was not authorized to speak publicly [said]": the clause's adverb)
    np = TRAILING_AUXILIARY.sub("", np)  # "Emergency officials in Nepal have [confirmed]"
    short = VERB_AND_AT_END.sub("", np)  # "Leaders of the opposition disagree and [argue]": the verb before "and" is theirs
    if short != np and len(short.split()) <= 6 and short.split()[-1].lower() not in FUNCTION_WORDS:
        np = short  # (not "a spokesperson in Houston attacked the [tweet and]": no noun phrase ends there)
    return "" if RELATIVE_WORD.search(np.split()[-1]) else np  # "donors who have pledged …": a relative clause, no cue


def _before_cue_trimmed(text: str) -> str:
    """``text`` without the words that end it and may stand before a cue (`_before_cue`: "have long")."""
    words = text.split()
    while words and _before_cue(words[-1]):
        words.pop()
    return " ".join(words)


TENSE_AUXILIARIES = "have|has|had|are|is|were|was|will|would"
AUXILIARY_THEN_VERB = re.compile(rf"\b(?:{TENSE_AUXILIARIES})\s+[a-z]+")
VERB_AND_AT_END = re.compile(r"\s+[a-z]+(?<![sy])\s+and$")  # (a verb in the plural; not a noun "… offered abortions and")
TRAILING_AUXILIARY = re.compile(rf"(?:\s+(?:{TENSE_AUXILIARIES}|could|can|may|might|also|already|"
                                rf"{'|'.join(sorted(FLOATING_QUANTIFIERS))}))+$")


_KEEP_LEADING = {"the", "a", "an", "some", "many", "several", "most", "other", "another", "two", "three", "four", "five",
                 "all", "both", "his", "her", "their", "its", "one", "few"}


def _strip_honorific(name: str) -> str:
    """ "Mr. Trump" → "Trump", "Dr. Jane Roe" → "Jane Roe" (a courtesy title is not part of the name)."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """Single-word speech cues as a verb's third person or past ("Tweets", "Says", "Wrote"): a word a
    name never ends with, though a headline-style capital may make it look like one."""
    return frozenset(c for c in cue_lexicon() if c.isalpha() and (c.endswith(("s", "ed")) or c in ("said", "told", "wrote")))


SURNAME_CUES = {"Said"}  # a verb of saying that is also a surname ("Edward Said"), when it ends a name
TIME_NOUNS = {"year", "years", "week", "weeks", "month", "months", "day", "days", "decade", "decades", "time", "century"}


@lru_cache(maxsize=65536)
def _trim_name(np: str) -> str:
    """A speaker span without the words that only stand before or after a name: a clause-opening
    function word or conjunction, a time word, a place before a person's name.

    >>> [_trim_name(x) for x in ("After Trump", "When Trump", "New Hampshire Sanders", "Trump Wednesday", "The Kremlin")]
    ['Trump', 'Trump', 'Sanders', 'Trump', 'The Kremlin']
    >>> [_trim_name(x) for x in ("Added Bondi", "Says Sen. Ann Roe", "Edward Said", "The Economist last year")]
    ['Bondi', 'Sen. Ann Roe', 'Edward Said', 'The Economist']
    """
    words = np.split()
    strip = (FUNCTION_WORDS | CALENDAR) - _KEEP_LEADING
    while len(words) > 1 and ((words[0].lower().strip(",.") in strip and not words[0].isupper()) or words[0].lower() in ("a.m.", "p.m.")) and \
            (_is_cap(words[1]) or _lower_np_word(words[1])):
        words.pop(0)
    if len(words) == 2 and words[0] in TIME_NOUNS and words[1].islower() and role_lexicon().get(words[1]) in ("group", "anonymous"):
        words.pop(0)  # "how far into the year activists say": the activists; the year ends the phrase before
    if len(words) > 1 and words[0].lower() in _speech_verbs() and not words[0].isupper() \
            and _looks_like_person(_split_descriptor(" ".join(words[1:]))[0]):
        words.pop(0)  # "Added Bondi: “…”", "Says Ann Roe": a verb that opens the sentence, then the speaker
    while len(words) > 1 and ((words[-1].lower().strip(",.") in CALENDAR and not _surname_may(words)
                               and _media_name(" ".join(words)) != " ".join(words))  # ("USA Today" is a newspaper)
                              or words[-1].lower() in PREPOSITIONS
                              or (words[-1].lower() in _speech_verbs() and words[-1] not in SURNAME_CUES
                                  and _looks_like_person(_split_descriptor(" ".join(words[:-1]))[0]))):
        words.pop()  # "Naim Qassem on Sunday": Naim Qassem; "President Trump Tweets about …": Trump (not "the United States")
    if len(words) > 2 and words[-2].lower() in ("last", "this", "next", "earlier", "later") and words[-1].lower() in TIME_NOUNS:
        words = words[:-2]  # "Reported The Economist last year, “…”": The Economist
    joined = " ".join(words)
    if len(words) > 1 and not _media_name(joined) and joined not in places():  # "Saudi Arabia" is no "Arabia"
        for k in range(len(words) - 1, 0, -1):
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            if head in places() and _looks_like_person(rest) and not (k == 1 and head in country_names()) \
                    and rest.split()[0].lower() not in PARTY_WORDS:  # (but "Florida Democrat Bill Nelson": his state)
                return rest  # "New Hampshire Sanders": Sanders; but "Israel Sabag" is a name (a country, one word)
    return joined


def _surname_may(words: list[str]) -> bool:
    """Is a closing "May" a surname ("Theresa May", "Prime Minister May"), not the month? It is after
    a capitalised word that is no calendar word or preposition ("Trump May 5" has a number after it).

    >>> _surname_may("Theresa May".split()), _surname_may("Trump on May".split()), _surname_may("Friday May".split())
    (True, False, False)
    """
    return words[-1] == "May" and len(words) > 1 and _is_cap(words[-2]) and words[-2].lower() not in CALENDAR \
        and words[-2].lower() not in PREPOSITIONS


TITLE_ABBREVIATIONS = {"sen.": "senator", "rep.": "representative", "sens.": "senator", "reps.": "representative", "gov.": "governor", "gen.": "general",
                       "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "sec.": "secretary",
                       "adm.": "admiral", "maj.": "major", "cmdr.": "commander", "det.": "detective", "supt.": "superintendent"}
TITLE_ABBREVIATIONS |= {k.rstrip("."): v for k, v in TITLE_ABBREVIATIONS.items() if k not in ("det.", "sec.")}  # "Gen Dunford"
GENDERED_NOUNS = {"man", "woman", "son", "daughter", "mother", "father", "wife", "husband", "brother", "sister", "spokesman",
                  "spokeswoman", "chairman", "chairwoman", "congressman", "congresswoman", "boy", "girl"}  # "he" or "she", not "they"
PLURAL_NOUNS = {"people", "police", "men", "women", "children", "staff", "authorities", "media", "public", "family"}


def _plural(np: str) -> bool:
    """Does a source's noun phrase name several people ("officials", "two people familiar with …"),
    as "they" needs? "a son", "the judge" do not.

    >>> _plural("two people familiar with the talks"), _plural("European diplomats"), _plural("a son")
    (True, True, False)
    """
    head = _head(np)
    return head in PLURAL_NOUNS or (head.endswith("s") and not head.endswith(("ss", "us", "is")))


PROPER_PLURALS = {"democrats", "republicans", "independents", "christians", "muslims", "jews", "catholics", "protestants",
                  "evangelicals", "mormons", "hindus", "sikhs", "buddhists", "baptists", "tories", "latinos", "hispanics"}


def _proper_plural(word: str) -> bool:
    """A plural that is capitalised anywhere in a sentence: "Democrats", "Americans", "Russians"."""
    return word[:1].isupper() and (word.lower() in PROPER_PLURALS or
                                   (word.endswith("s") and word[:-1] in places()))


def _not_a_name(speaker: str) -> bool:
    """Calendar words, pronouns, determiners and function words alone are never a source."""
    if "May" in speaker.split():
        return False  # "Theresa May", "Mrs. May": a surname (the month never stands where a speaker does)
    words = [w.strip(",.’'()") for w in speaker.split()]
    # a word in capitals is an acronym, not the function word it spells ("WHO said": the World Health Organization)
    return bool(words) and all(not w or (not (len(w) > 1 and w.isupper()) and (w.lower() in NON_NAMES or w.lower() in HONORIFICS))
                               for w in words)


@lru_cache(maxsize=1)
def _media_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in media_names()) + r")(?![\w])")


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    names = sorted(places(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


def _media_name(text: str) -> str:
    """The longest media name in ``text`` (names are tried longest first)."""
    m = _media_pattern().search(text)
    return m.group(0) if m else ""


def _country_of(text: str) -> str:
    """The country of the first place name (longest match) in ``text``."""
    m = _place_pattern().search(text)
    return places()[m.group(0)] if m else ""


def role_kind(role: str) -> str:
    """expert / official / media / citizen / "" from the role words of a description.

    >>> [role_kind(r) for r in ("professor of law", "Republican nominee", "former ambassador", "a voter in Ohio", "")]
    ['expert', 'official', 'expert', 'citizen', '']
    >>> role_kind("U.S. Surgeon General"), role_kind("surgeon"), role_kind("sports agent"), role_kind("FBI agent")
    ('official', 'expert', 'citizen', 'official')
    """
    low = role.lower()
    if "former" in low and re.search(r"\b(official|diplomat|ambassador|minister|envoy|officer)\b", low):
        return "expert"
    if COMMITTEE_SEAT.match(low):
        return "official"  # "the top Democrat on the Senate Finance Committee": a legislator
    found = dict(zip(("expert", "official", "citizen"), (p.search(low) for p in _role_patterns()), strict=True))

    def titled(kind: str) -> bool:  # a word of this kind that is not part of a longer title of another kind
        m = found[kind]
        return bool(m) and not any(o and o.start() <= m.start() and o.end() >= m.end() and o.end() - o.start() > m.end() - m.start()
                                   for o in found.values())
    if titled("expert"):
        return "expert"  # a word of a longer title is that title's: "surgeon general" is an office, "sports agent" no agency's
    if MEDIA_PEOPLE_ROLE.search(low):
        return "media"  # "radio host", "a reporter for the Ledger": the news media speaking
    if titled("official"):
        return "official"
    return "citizen" if found["citizen"] else ""


# a party's member on a committee of a legislature: "ranking Republican on the House Judiciary Committee"
COMMITTEE_SEAT = re.compile(r"\s*(?:the\s+)?(?:(?:ranking|top|senior|most\s+senior|leading|lone|only)\s+)?(?:democrat|republican)s?\s+on\s+"
                            r"(?:the\s+)?(?:[\w’'.-]+\s+){0,6}(?:committee|subcommittee|caucus)\b")


# people of the news media, by their job ("radio host Hugh Hewitt", "journalist Kevin Lau")
MEDIA_PEOPLE = {"journalist", "reporter", "correspondent", "columnist", "editor", "anchor", "host", "commentator", "pundit",
                "contributor", "blogger", "writer", "media critic", "film critic", "television critic", "tv critic"}
MEDIA_PEOPLE_ROLE = re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(MEDIA_PEOPLE))})(?![\w])")


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def alternation(kind: str) -> re.Pattern[str]:
        words = sorted((w for w, k in role_lexicon().items() if k == kind), key=len, reverse=True)
        return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")
    return alternation("expert"), alternation("official"), alternation("citizen")


# "who studies elections at Carrow University", "who has researched polling for two decades": a researcher
STUDIES = re.compile(r"\s*who\s+(?:has\s+)?(?:studies|studied|researches|researched|teaches|taught|tracks|tracked|"
                     r"analy[sz]es|analy[sz]ed)\b[^,;]{0,200}?(?:\s+at\s+(?P<at>(?:the\s+)?[A-Z][^,;]{0,200}))?\s*,?\s*$")
# "who was appointed ambassador", "who serves as mayor", "who is the mayor of X", "who became a senator";
# not "who is running for mayor" (is/was/became take a role only as a noun phrase: a/an/the …);
# what the person was, they are no longer ("who was the mayor until 2020": a former mayor)
# (not "who was appointed by Mr Trump": by whom is no role)
RELATIVE_ROLE = re.compile(r"\s*who\s+(?:(?P<now>(?:is|has\s+been)\s+(?:appointed|named|elected)(?:\s+as)?|serves\s+as|"
                           r"is\s+(?=(?:the|a|an)\s)|has\s+been\s+(?=(?:the|a|an)\s)|became\s+(?=(?:the|a|an)\s)?)|"
                           r"(?P<then>was\s+(?:appointed|named|elected)(?:\s+as)?|served\s+as|"
                           r"(?:was|had\s+been)\s+(?=(?:the|a|an)\s)))\s*+(?!(?:by|to|in|on|last)\s)(?P<role>(?:(?:the|a|an)\s+)?[^,;]{2,80}?)"
                           r"(?:\s+(?:in|since|on|until|till|from|last|this|next)\s+(?:\d{4}|[A-Z][a-z]+|year|month|week)\b.*)?\s*$")


ORIGIN = re.compile(r"(?:[A-Z][\w’'-]*\s+)+(?:descent|origin|heritage|extraction|ancestry|background)")


# a role held to someone, whose it is: "senior adviser to the president", "envoy to Mitt Romney's campaign"
ADVISER_TO = re.compile(r"(?P<role>.*?\b(?:adviser|advisor|aide|assistant|counselor|counsellor|consultant|envoy|liaison|"
                        r"spokes(?:man|woman|person)|strategist|pollster))\s+to\s+(?P<org>(?:the\s+)?[A-Z].*)")


# a participle opens a phrase of what the person did, not a role: "flanked by his children", "speaking to reporters"
# (not an adjective in a title: "founding dean", "acting director", "ranking member")
PARTICIPLE_APPOSITIVE = re.compile(r"\s*(?:[a-z]{3,}(?:ed|en)\s+by|[a-z]{3,}ing\s+(?:to|at|with|from|in|on|before|after|outside|"
                                   r"beside|alongside|during|about|out|up|down|through|the|a|an|his|her|their)\b)")


# "who runs the Harvard institute", "who heads the Brookings Institution", "who founded Acme Labs": who heads a
# body, which the text names (a capital) or names as a body ("the cancer center"); not "who runs a small shop"
HEADS_BODY = re.compile(r"\s*who\s+(?:(?P<now>runs|heads|leads|directs|chairs|oversees|founded|co-?founded|has\s+(?:run|headed|led|"
                        r"directed|chaired|overseen))|(?P<then>ran|headed|led|directed|chaired|oversaw|once\s+(?:ran|headed|led)))\s+"
                        r"(?P<body>(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+)*(?:[A-Z][\w.’'&-]*|(?:[a-z]+\s+){0,2}(?:institute|center|centre|program|"
                        r"programme|lab|laboratory|clinic|department|foundation|council|school|project|initiative|unit|agency|office))"
                        r"(?:\s+(?:at|of|for|on)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.’'&-]*)*)?)\s*[,.]?\s*$")
HEAD_ROLES = {"runs": "head", "run": "head", "ran": "head", "heads": "head", "headed": "head", "leads": "head", "led": "head",
              "oversees": "head", "overseen": "head", "oversaw": "head", "directs": "director", "directed": "director",
              "chairs": "chair", "chaired": "chair", "founded": "founder", "cofounded": "co-founder", "co-founded": "co-founder"}


# "one of the company's lawyers", "one of President Trump's attorneys", "one of the senators who wrote it": a member of a plural
MEMBER_OF_PLURAL = re.compile(r"\s*one\s+of\s+(?:the\s+)?(?:(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,4}[\w.’'-]+?)(?:’s|'s|’|')\s+)?"
                              r"(?:(?:only|few|many|most|very|two|three|several)\s+)*"
                              r"(?P<plural>(?:(?!(?:who|that|which|to|in|at|of|for|on|with)\s)[\w-]+\s+){0,3}[a-z][\w-]*(?:s|men))\b(?P<rest>.*)$", re.DOTALL)
# an inverted cue's "appositive" that is what was said going on: "said Sekulow, was when Mueller was asked"
VERB_APPOSITIVE = re.compile(r"\s*(?:is|was|are|were|has|had|have|will|would|could|should|can|did|does|do)\b")


@lru_cache(maxsize=8192)
def _split_appositive(appos: str) -> tuple[str, str, str]:
    """role, affiliation, location from "a senior researcher at the Korea Institute …, a think tank"
    (cached: the roles found anywhere in a text are split again where the person speaks)."""
    if PARTICIPLE_APPOSITIVE.match(appos):
        return "", "", ""  # "said Menendez, flanked by his grown children": what the person did, not who they are
    if VERB_APPOSITIVE.match(appos):
        return "", "", ""  # "The most telling issue, said Sekulow, was when …": what was said goes on, no description
    if re.match(r"\s*one\s+of\b", appos):
        # "one of President Trump's attorneys": an attorney, his; "one of the senators who wrote the bill": a senator;
        # "one of the bill's chief negotiators": a chief negotiator (a thing's is no affiliation)
        if not (member := MEMBER_OF_PLURAL.match(appos)):
            return "", "", ""
        plural, owner = member.group("plural"), member.group("owner") or ""
        singular = plural[:-3] + "man" if plural.endswith("men") else plural[:-3] + "y" if plural.endswith("ies") \
            else plural[:-2] if plural.endswith(("sses", "shes", "ches")) else plural[:-1]
        owner = f"{owner}’s " if owner[:1].isupper() else "a "
        rest = member.group("rest")
        rest = "" if re.match(r"\s+to\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]+\b", rest) else rest  # "aides to agree to testify"
        return _split_appositive(f"{owner}{singular}{rest}")
    if re.match(r"\s*(?:who|whose|which|that)\b", appos):
        # a relative clause is a role only where it says one: "who was appointed ambassador in April 2025"
        # gives "ambassador"; "who runs a small shop" gives none
        stated = RELATIVE_ROLE.match(appos)
        studies = STUDIES.match(appos)
        if studies:  # "who studies election administration at the Carrow Institution": a researcher there
            return "researcher", (studies.group("at") or "").strip(" ,."), ""
        heads = HEADS_BODY.match(appos) if not stated else None
        if heads:  # "who runs the Harvard institute": its head; "who ran …": a former head
            verb = (heads.group("now") or heads.group("then")).split()[-1]  # "has run": run
            role = ("former " if heads.group("then") else "") + HEAD_ROLES[verb]
            return role, re.sub(r"^the\s+", "", heads.group("body").strip(" ,.")), ""
        if not stated:
            return "", "", ""
        role = re.sub(r"^(?:an?|the)\s+", "", stated.group("role"))
        # an appointment happened, and holds: "was appointed ambassador" is the ambassador now
        former = stated.group("then") and not re.match(r"was\s+(?:appointed|named|elected)", stated.group("then"))
        return _split_appositive(("former " if former else "") + role)
    appos = re.split(r"\s+who(?:\s+|$)|\s+whose(?:\s+|$)|\s+which(?:\s+|$)|,\s+(?:a|an|the)\s+(?:think tank|research|university|newspaper|group|institute)\b"
                     r"|\s+[a-z]{3,}ing\s+(?:at|into|for|on|to|with)\s"  # "a member of Mueller's team looking at …"
                     r"|,?\s+(?:told|tells|said|says)\s"  # "…, a cubmaster, told the Times": the role ends there
                     r"|,\s+[a-z]+ing\s|[“”\"]|_{2,}"  # nor does it run into "…, calling the flights …" or a quotation
                     r"|,\s+(?:in|during|on)\s+(?:a|an|his|her|their)\s",  # nor into a setting: "…, in a televised interview"
                     appos)[0].strip(" ,.")
    appos = re.sub(r"\s+(?:of|for|at|with|from|in|on)$", "", appos)  # "the author of “…”": the author
    location = ""
    loc = re.search(r"\s+in\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s*$", appos)
    if loc:
        location = loc.group(1)
        appos = appos[:loc.start()]
    m = re.search(r"\s+(?:at|with|for|from|of|representing)\s+(?=the\s|[A-Z])|\s+on\s+(?:the\s+(?:[a-z]+(?:-[a-z]+)+\s+)?)?"
                  r"(?=(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:Committee|Subcommittee|Board|Council|Panel|Commission)\b)",
                  appos)  # "the top Democrat on the House Intelligence Committee", "on the tax-writing Senate Finance Committee"
    if m:
        role, affiliation = appos[:m.start()], appos[m.end():]
    else:
        role, affiliation = appos, ""
    if ORIGIN.fullmatch(affiliation):
        affiliation = ""  # "a woman of Haitian descent": where her family is from, not whom she is with
    role = re.sub(r"^(?:an?|the|another)\s+", "", role.strip(), flags=re.I)
    affiliation = re.sub(r"^the\s+", "", affiliation.strip(" ,"), flags=re.I)
    to = ADVISER_TO.fullmatch(role) if not affiliation and " to " in role else None
    if to and to.group("org").rstrip(".").lower() in HONORIFICS:
        to = None  # "adviser to Mr" (the appositive cut at the honorific's full stop): no one to name
    if to:  # "a top policy adviser to Mitt Romney’s 2012 presidential campaign": the adviser, and whose
        role, affiliation = to.group("role"), re.sub(r"^the\s+", "", to.group("org"))
    # "Trump's lawyer", "the family's attorney", "Bernie Sanders' campaign manager"
    possessive = re.match(rf"^(?P<org>\w[\w .’'-]*?){POSSESSIVE_MARK}\s+(?P<role>.+)$", role)
    if possessive and possessive.group("org").split()[-1].lower() in CONTRACTED:
        possessive = None  # "an analyst who's followed …": "who has", no possessor
    if possessive and ROLE_PLACE.search(possessive.group("org")):
        possessive = None  # "lead prosecutor on Stone's case": the prosecutor, whose case is where
    if possessive and not affiliation:
        # a relative of someone described is no body's ("the nominee’s son": a son; but "the university’s provost")
        role, affiliation = possessive.group("role"), possessive.group("org")
        if affiliation.islower() and re.fullmatch(rf"(?:[a-z]+\s+){{0,2}}{KIN_NOUNS}", role):
            affiliation = ""
    return role, affiliation, location


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """The US states' names, lower case ("florida", "new york")."""
    return frozenset(us_states().values())


def _state_named(words: list[str]) -> str:
    """The US state the last one to three of ``words`` name, the longest ("New York"; "The Missouri": Missouri), or ""."""
    for size in (3, 2, 1):
        if len(words) >= size and (state := " ".join(words[-size:])).lower() in _state_names():
            return state
    return ""


EVALUATIVE_ADJECTIVES = {"influential", "prominent", "veteran", "longtime", "long-time", "powerful", "outspoken", "embattled",
                         "controversial", "popular", "leading", "top", "key", "high-profile", "well-known", "respected",
                         "renowned", "award-winning", "beleaguered", "retiring", "firebrand", "maverick"}
TITLE_CONTINUATIONS = {"executive", "general", "officer", "counsel"}  # second words of a title after a role word


# a verb of sorting or varying just before "according to", which then means "by"
SORTED_BY = re.compile(r"\b(?:segregat|divid|sorted|classifi|vari|vary|differ|allocat|distribut|arrang|assign|categori[sz]|"
                       r"adjust|calculat|organi[sz]|separat)\w*\s+(?:\w+ly\s+)?$")


# a preposition that ends the words before a title and a name makes them the phrase's head, the titled person only
# its complement ("a lawyer for former President Trump", "people close to Senator Tom Berg")
HEAD_PREPOSITIONS = {"to", "for", "of", "with", "from", "at", "near", "around", "behind", "under", "against", "by", "about"}


# a body's noun in lower case before a title: whose the title is ("Clinton campaign spokesman", "the Trump transition team")
BODY_BEFORE_TITLE = {"campaign", "team", "staff", "camp", "transition", "police", "family", "company", "firm", "agency", "office",
                     "department", "administration", "government", "party", "committee", "group", "union", "store", "board",
                     "council", "court", "school", "university", "hospital", "church", "city", "county", "state", "club"}


@lru_cache(maxsize=65536)
def _split_descriptor(np: str) -> tuple[str, str, str]:
    """name, role, affiliation from "National Security Council spokeswoman Adrienne Watson"."""
    words = np.split()
    lexicon = role_lexicon()
    last_role = -1
    prefix = ""
    if words and words[0].lower().startswith(("then-", "ex-")) and len(words[0]) > 5:
        prefix, first = words[0].split("-", 1)  # "then-Attorney General Eric Holder": the title he held then
        words = [first, *words[1:]]
    for k, w in enumerate(words):
        kind = (lexicon.get(" ".join(words[k - 2:k + 1]).lower()) if k > 1 else None) \
            or lexicon.get(w.lower()) or (lexicon.get(f"{words[k - 1]} {w}".lower()) if k else None)  # "chief of staff", "campaign manager"
        if (kind in PERSON_KINDS or w.lower() in MEDIA_PEOPLE) and (kind != "citizen" or w.islower() or (k == 0 and w.lower() not in HONORIFICS)) \
                and not _surname_at(words, k):  # "Rep. Mike Doctor"
            last_role = k
    if last_role < 0 or last_role == len(words) - 1:
        owner = next((k for k, w in enumerate(words[:5]) if POSSESSIVE_END.search(w) and w[-1] in "s’'"), -1) if last_role < 0 else -1
        lead = 1 if owner > 0 and words[0] == "the" else 0  # "as the New York Times’ Ross Douthat argued"
        whose = POSSESSIVE_END.sub("", " ".join(words[lead:owner + 1])) if owner >= lead else ""
        if owner >= 0 and all(_is_cap(w) for w in words[lead:owner + 1]) and (
                len(words) - owner - 1 in (2, 3) or (len(words) - owner - 1 == 1 and (whose.isupper() or _media_name(whose) or _media_name(f"The {whose}")))) \
                and _looks_like_person(" ".join(words[owner + 1:])) and not any(w in places() for w in words[owner + 1:]):
            # "Russia’s Vladimir Putin", "Google's Sundar Pichai": the person, and whose they are; a surname alone only
            # after an acronym or an outlet ("The CDC's Telfer", "the Times’ Thrush")
            return " ".join(words[owner + 1:]), "", whose
        party = next((k for k, w in enumerate(words[:4]) if w.lower() in PARTY_WORDS), -1) if last_role < 0 else -1
        before_party = words[1 if words[0].lower() == "the" else 0:party] if party > 0 else []
        state = _state_named(before_party)  # "(the) Florida Democrat Bill Nelson": all that stands before the party
        state = state if state == " ".join(before_party) else ""
        if party >= 0 and (state or all(w.lower() in EVALUATIVE_ADJECTIVES for w in words[:party])) \
                and (len(words) - party - 1 in (2, 3) or (len(words) - party - 1 == 1 and words[party][0].isupper()
                                                          and words[-1][:1].isupper() and not words[-1].isupper())) \
                and _looks_like_person(" ".join(words[party + 1:])):
            # "Republican Ann Roe", "Top Democrat Chuck Schumer": the person, and the party as the affiliation;
            # "Florida Democrat Bill Nelson": the party and the state
            return " ".join(words[party + 1:]), "", words[party] + (f", {state}" if state else "")
        return np, "", ""
    role_word = last_role  # the title's (last) role word; the title may run on past it
    if not all(_is_cap(w) or (w in NAME_PARTICLES and k < len(words) - 1 and (_is_cap(words[k + 1]) or words[k + 1] in NAME_PARTICLES))
               for k, w in enumerate(words[last_role + 1:], start=last_role + 1)):
        # the title runs on with "of" or "for" and capitalised words before the name: "Secretary of
        # State Marco Rubio", "Minister for Foreign Affairs Jane Roe"; or "of" and up to two words in lower case
        # ("Ohio secretary of state Frank LaRose"; not "a spokeswoman for the Iowa Republican", a description)
        lower_run = words[last_role + 1] == "of" and len(words) - last_role <= 7 and words[0].lower() not in ("a", "an", "the") \
            and "the" not in words[last_role + 1:]
        for size in (3, 2):
            start = len(words) - size
            if words[start - 1] == "of":
                continue  # "Mayor of Annapolis Gavin Buckley": what a title is of comes before the name, never in it
            if start > last_role + 1 and all(_is_cap(w) for w in words[start:]) and (
                    _is_cap(words[start - 1]) and all(_is_cap(w) or w.lower() in ("of", "for", "the", "and") for w in words[last_role + 1:start])
                    or lower_run and all(w.isalpha() and w.islower() for w in words[last_role + 1:start])) and \
                    _looks_like_person(" ".join(words[start:])):
                last_role = start - 1
                break
        else:
            return np, "", ""
    while last_role + 2 < len(words) and words[last_role + 1].lower() in TITLE_CONTINUATIONS:
        last_role += 1  # "Chief Executive John Lee": the title is two words
    name = " ".join(words[last_role + 1:])
    if any(w.lower() in ORG_WORDS for w in words[last_role + 1:]):
        return np, "", ""  # "The Justice Department": a body, no title and name
    first_role = role_word
    while first_role > 0:
        if first_role > 1 and " ".join(words[first_role - 2:first_role + 1]).lower() in lexicon:
            first_role -= 2  # a title of three words: "national security adviser"
        elif (lexicon.get(words[first_role - 1].lower()) in PERSON_KINDS or f"{words[first_role - 1]} {words[first_role]}".lower() in lexicon
              or words[first_role - 1].lower() in DESCRIPTOR_ADJECTIVES):
            first_role -= 1
        else:
            break
    before, status = words[:first_role], []
    if before and before[-1].lower() in HEAD_PREPOSITIONS:
        return np, "", ""  # "an aide to Senator Tom Berg", "allies of President Trump": the aide, the allies speak
    while before and before[0].lower() in EVALUATIVE_ADJECTIVES:
        before.pop(0)  # "Influential Republican Senator Bob Corker": a judgement, neither role nor affiliation
    while before and before[0].lower() in DESCRIPTOR_ADJECTIVES and not (
            before[0].lower() in PORTFOLIOS and len(before) > 1 and _is_cap(before[1]) and before[1].lower() in ORG_WORDS):
        # "Potential GOP presidential candidate": GOP; "potential" stays with the role (but "Foreign Ministry
        # spokeswoman Maria Zakharova": the name of a body)
        status.append(before.pop(0))
    while before and _is_rank(before[-1]):
        first_role -= 1  # "Rear Adm. John Kirby": the rank is one title
        before = before[:-1]
    while before and before[-1].isalpha() and before[-1].islower() and before[-1] not in NON_NAMES | BODY_BEFORE_TITLE \
            and first_role > len(status) and words[first_role].islower():  # (not "in a decision Judge Ann Roe")
        # "Acme Capital tech investor", "new media artist": a lower-case word before the title qualifies it (but
        # "Clinton campaign spokesman": whose spokesman)
        first_role -= 1
        before = before[:-1]
    title = _rank_dropped(" ".join(words[first_role:last_role + 1]))
    if not status and MILITARY_RANK.fullmatch(title) and any(lexicon.get(w.lower()) in PERSON_KINDS for w in before) \
            and (titled := _split_descriptor(" ".join([*before, name])))[1]:
        return titled  # "Pentagon press secretary Rear Adm. John Kirby", "Chairman of the Joint Chiefs of Staff Gen. Mark Milley"
    role = " ".join([*status, title])
    affiliation = " ".join(before)
    outlet = _media_name(affiliation) if len(before) > 1 else ""
    if outlet and affiliation.startswith(outlet + " "):
        # "ABC News Chief White House Correspondent Jonathan Karl": the outlet, and the rest of the title
        role, affiliation = f"{affiliation[len(outlet):].strip()} {role}", outlet
    return name, (f"{prefix}-{role}" if prefix and not before and not status else role), affiliation


RANK_PREFIXES = {"Rear", "Vice", "Lieutenant", "Major", "Brigadier"}  # before "Adm.", "Gen.": part of the rank
# abbreviated military ranks (with RANK_PREFIXES), which a title before them outranks as the role ("Pentagon press secretary
# Rear Adm. John Kirby": press secretary, Pentagon); never "Attorney General", whose "General" is no abbreviation
MILITARY_RANKS = {"Gen", "Adm", "Col", "Lt", "Maj", "Capt", "Brig", "Sgt", "Cmdr", "Cpl", "Pvt", *RANK_PREFIXES}
MILITARY_RANK = re.compile(rf"(?:(?:{'|'.join(sorted(MILITARY_RANKS))})\.?\s+)*(?:{'|'.join(sorted(MILITARY_RANKS - RANK_PREFIXES))})\.")
# a name after a rank: "Brig. Gen. Pat Ryder" (the rank's own words are no name)
NAME_AFTER_RANK = re.compile(rf"\.?(?:\s+{MILITARY_RANK.pattern})?\s+((?:[A-Z]\.){{1,3}}(?:\s+[A-Z][\w’'-]*){{1,2}}"
                             r"|[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]*){1,2})(?![\w’'-])")


def _is_rank(word: str) -> bool:
    """A word of a military rank: an abbreviation ("Gen.", "Lt.") or a word that stands before one ("Rear")."""
    return word.rstrip(".") in MILITARY_RANKS and (word.endswith(".") or word in RANK_PREFIXES)


def _rank_dropped(title: str) -> str:
    """A title without the military rank after it, which the title outranks as the role; a rank alone, and
    "Atty. Gen." (no rank), as they are.

    >>> _rank_dropped("spokesman Lt. Col."), _rank_dropped("Brig. Gen."), _rank_dropped("Atty. Gen."), _rank_dropped("Attorney General")
    ('spokesman', 'Brig. Gen.', 'Atty. Gen.', 'Attorney General')
    """
    words = title.split()
    rank = len(words)
    while rank and _is_rank(words[rank - 1]):
        rank -= 1
    if rank and rank < len(words) and words[-1].endswith(".") and not words[rank - 1].endswith(".") \
            and role_lexicon().get(words[rank - 1].lower()) in PERSON_KINDS:
        return " ".join(words[:rank])
    return title


# (and the words a named storm or operation opens with: "Hurricane Helene", "Operation Warp Speed")
# a question's auxiliary verb before a name ("Did Trump “also mention …?” Mulvaney asked"); not "Will" (Will Hurd),
# "Can" (Can Dündar) nor "Do" (Do Kwon), which are first names too
AUXILIARY_OPENERS = {"did", "does", "is", "was", "were", "are", "has", "had", "have", "could", "should", "would", "must",
                     "might", "shall"}
NOT_A_FIRST_NAME = FUNCTION_WORDS | CALENDAR | AUXILIARY_OPENERS | {"hurricane", "typhoon", "cyclone", "superstorm", "tropical",
                                                                   "operation"}


@lru_cache(maxsize=65536)
def _looks_like_person(name: str) -> bool:
    """A person's name: capitalised words, none of them a function, calendar, organisation or
    role word, and not a place or a news organisation (cached: the same names recur)."""
    words = [w.strip("()") for w in name.split()]
    if not words or not all(_is_cap(w) or (0 < k < len(words) - 1 and w in NAME_PARTICLES) for k, w in enumerate(words)) \
            or _not_a_name(name):
        return False
    if (words[0].lower() in NOT_A_FIRST_NAME or words[0].lower() in DESCRIPTOR_ADJECTIVES) and words[0].lower() not in HONORIFICS \
            and not (words[0] == "May" and len(words) == 1):  # "May" alone where a name stands: Theresa May
        return False  # "Potential GOP", "Former Trump": no one's first name
    lexicon = role_lexicon()
    if any(w.lower() in ORG_WORDS or (w.lower() in lexicon and not (lexicon[w.lower()] in PERSON_KINDS and _surname_at(words, k)))
           for k, w in enumerate(words)) or name in places() or _media_name(name) or words[-1].lower() in BUILDING_ENDS \
            or words[-1].lower() in EVENT_ENDS:
        return False
    # one word in capitals ("NATO"), cut short with a point ("Ga.", "Calif.": a state as AP writes it) or a party's
    # ("fellow Democratic presidential candidate …") is no name, nor a run with a shouted word in it ("Whitcomb BLASTED Okafor")
    return not ((len(words) == 1 and (words[0].isupper() or words[0].endswith(".") or words[0].lower() in PARTY_WORDS))
                or any(len(w) > 3 and w.isupper() and w.isalpha() for w in words[1:-1]))


# the last word of a building's or a street's name, never of a person's ("Trump Tower", "Wembley Stadium")
BUILDING_ENDS = {"tower", "towers", "plaza", "building", "stadium", "airport", "station", "square", "avenue", "boulevard",
                 "street", "road", "palace", "cathedral", "mosque", "mall", "hotel"}
# the plural nouns of sources who speak on background ("Republican officials said"): unnamed, whatever their party
BACKGROUND_SOURCES = {"officials", "sources", "aides", "staffers", "insiders", "operatives", "advisers", "advisors", "people"}
# a party word before a plural unnamed source, and the affiliation it gives ("Republican leaders", "GOP senators")
PARTY_NAMES = {"republican": "Republican", "gop": "Republican", "democratic": "Democrat", "democrat": "Democrat"}
PARTY_OF_GROUP = re.compile(r"\b(?:Republican|GOP|Democratic|Democrat)\b(?=\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s$)")
# the last word of an event's name, never of a person's ("the Republican National Convention", "the Munich Security
# Conference", "the Iowa caucuses")
EVENT_ENDS = {"convention", "conference", "summit", "festival", "olympics", "forum", "caucus", "caucuses", "primary",
              "primaries", "debate", "election", "championship", "championships", "tournament", "expo", "marathon", "parade"}
COURTESY_TITLES = {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "mx.", "dr.", "dr"}


def _looks_like_person_or_place(name: str) -> bool:
    """A name that would be a person's but for being a place's too ("Holland", "Jordan", "Georgia")."""
    words = name.split()
    return bool(words) and all(_is_cap(w) for w in words) and not any(w.lower() in ORG_WORDS for w in words) \
        and not _media_name(name) and not _not_a_name(name)


def _names_a_person(name: str) -> bool:
    """Is ``name`` (perhaps with a courtesy title) a person's? A courtesy title makes one of a name
    that is also a place's ("Mr. Holland"); without it, "Holland" is the place."""
    bare = _strip_honorific(name)
    return _looks_like_person(bare) or (len(name.split()) > 1 and name.split()[0].lower() in COURTESY_TITLES
                                        and _looks_like_person_or_place(bare))


PARTY_WORDS = {"republican", "democratic", "democrat", "conservative", "liberal", "labour", "labor", "gop"}


def _surname_at(words: list[str], k: int) -> bool:
    """Is the person's role word ``words[k]`` a surname? After a given name, the last word is one
    ("Tom Farmer", "Mike Judge", "Rep. Mike Doctor"): the word before it is capitalised and no role,
    organisation, place or adjective word ("Defense Secretary", "Vice President"), and it is no
    abbreviated title ("Rep.")."""
    return 0 < k == len(words) - 1 and _is_cap(words[k]) and not words[k].endswith(".") and _is_cap(words[k - 1]) \
        and not _common_word(words[k - 1])


def _common_word(word: str) -> bool:
    """A word that is not a given name: a role, organisation, place, adjective or function word."""
    low = word.lower()
    return (low in role_lexicon() or low in ORG_WORDS or low in NP_ADJECTIVES or low in DESCRIPTOR_ADJECTIVES
            or low in FUNCTION_WORDS or low in HONORIFICS or word in places() or low.endswith(".")
            or (len(word) > 1 and word.isupper()) or low.endswith(("'s", "’s")) or low in PARTY_WORDS)  # "FBI Director"


# --- records -----------------------------------------------------------------------------


@dataclass
class _Found:
    speaker: str
    cue: str
    form: str
    appositive: str = ""
    channel: str = ""
    party: str = ""
    document: str = ""  # what the speaker issued ("The Intercept issued a statement saying"): what "the statement" stands for


# a named subject, a verb in the past, what it did, then "and said": "Judge Tom Berg smiled and said …"
COORDINATED_CUE = re.compile(
    # (after a time opening the sentence: "But on Wednesday afternoon, Rep. Ann Roe (R-Okla.) came out … and told reporters")
    r"^\s*(?:(?:But|And|Yet|Still|Then)\s+)?(?:(?:[Oo]n|[Ii]n|[Aa]t|[Aa]fter|[Ll]ater|[Ee]arlier|[Ll]ate|[Ee]arly)\s[^,;:“”\"_]{1,50},\s+)?"
    r"(?P<np>(?:[A-Z][\w’'.-]*\s+|[a-z]+\s+(?=[A-Z])){0,4}[A-Z][\w.-]*(?:(?:’s|'s)\s+(?:lawyers?|attorneys?|aides?|advisers?|spokes(?:man|woman|person)))?"
    r"|(?:The|A|An)\s+(?:[A-Z][\w’'.-]*\s+)?[a-z][\w-]*)"  # "The senator hasn't offered proof and said": a description
    r"(?:\s+(?P<mark>\([A-Z]-[A-Z][\w.]{0,6}\)))?"  # a party mark: "Rep. Ann Roe (R-OK)"
    # "Jeffries, who was named an impeachment manager, spoke … and claimed that", "Tom Berg, a Republican, left … and said"
    r"(?P<rel>,\s+(?:who\s[^,;:“”\"_]{1,120}?|(?:a|an|the)\s[^,;:“”\"_]{1,80}?),)?"
    r"\s+(?:(?:also|then|later|has|have|had|hasn[’']t|haven[’']t|hadn[’']t)\s+)*(?:[a-z]+ed|met|took|made|spoke|went|gave|sat|stood|left|came|held|won|lost|ran"
    r"|(?:is|was)\s+[a-z]+ing)\b"  # "Trump is watching closely, and tweeted that"
    r"[^;:“”\"_]{0,120}?(?:,?\s+and|,?\s+but)\s+(?:(?:also|then|later)\s+)?(?P<cue>said|told|added|says|tells|wrote|warned|argued|insisted|declared|"
    r"stated|noted|tweeted|claimed|predicted|acknowledged|admitted|explained|complained|suggested|asserted|conceded|countered|recalled)\b"
    # in the present: "Ann Roe smiles and says", "Republicans blame the governor and say"
    r"|^\s*(?P<np1>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*)\s+(?:(?:also|now|then)\s+)*[a-z]+s\b[^;:“”\"_]{0,120}?"
    r"\s+and\s+(?:(?:also|then)\s+)?(?P<cue1>says|tells|adds|writes|warns|argues|insists|notes)\b"
    r"|^\s*(?P<np2>(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Za-z][\w-]*[a-z]s)\s+(?:(?:also|now|then)\s+)*[a-z]+\b[^;:“”\"_]{0,120}?"
    r"\s+and\s+(?:(?:also|then)\s+)?(?P<cue2>say|tell|add|warn|argue|insist|note)\b")


# a capitalised name, then without a comma a clause that opens with a pronoun or determiner
NAME_THEN_CLAUSE = re.compile(r"\b[A-Z][\w.’'-]*(?P<cut>\s+)(?:our|their|his|her|its|my|your|we|they|he|she|it|there|this|these|those)\s")
RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who)\s")
PLACE_BASED = re.compile(r"^(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’']*-based\s+")
NO_ONE = re.compile(r"(?i)(?:no|none|neither|nobody|no-one|noone)\b")
NO_ONE_OF = re.compile(r"\b(?:[Nn]o(?:\s+one|body|-one)|[Nn]one|[Nn]either|nor)\s+(?:(?:of|from|at|in|with)\s+)?$")  # "No one from the White House"
# the verbs of the "X is believed to" pattern; a sentence holding none of them is not searched
PASSIVE_VERBS = ("said", "believed", "speculated", "reported", "thought", "rumoured", "rumored", "alleged", "understood",
                 "suspected")


# what may stand between a subject's description and its verb: "…, a professor at X, has recently said"
AUXILIARY_OR_ADVERB = r"(?:also|has|have|had|already|further|previously|recently|later|then|[a-z]{3,}ly)"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The attribution patterns, compiled once (the cue lists come from the data files)."""
    strong = _cue_alternation(strong_only=True)
    return {
        "it_passive": re.compile(r"\b[Ii]t\s+(?:is|was|has been|had been)\s+(?:(?:also|often|widely|generally|now|still|later|"
                                 r"earlier|first|since|recently|\w+ly)\s+)?"
                                 r"(claimed|said|rumou?red|believed|speculated|reported|thought|feared|expected|alleged|assumed|"
                                 r"understood|suspected|disclosed|revealed|learned|estimated)\s+(?:(?:recently|earlier|later|\w+ly)\s+)?that\b"),
        "np_passive": re.compile(r"\b(?:is|are|was|were)\s+(?:(?:also|widely|often|reportedly|still)\s+)?"
                                 rf"({'|'.join(PASSIVE_VERBS)})\s+to\b"),
        "conduit": re.compile(r"\bas\s+(?P<channel>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:has\s+)?reported,?\s+"
                              r"citing\s+(?P<np>(?:[^,.;]|\.(?=\w|\s+[a-z]))+)"),
        "according": re.compile(rf"\b(?P<how>[Aa]ccording to|[Ii]n the words of|{PER})\s+(?P<np>(?:\b(?:{TITLE_ABBREVIATION_WORDS}|{MONTH_ABBREVIATIONS}|[A-Z])\.|[^,.;:]|"
                                rf"\.(?=\w|\s+[a-z0-9]))+)"
                                rf"(?:,\s*(?P<appos>{APPOSITIVE_START}[^,;_]{{3,160}}),)?"),
        "participle": re.compile(r"\bwith\s+(?P<np>(?:(?:some|many|several|most|other)\s+)?[a-z]+s)\s+"
                                 r"(?P<cue>predicting|saying|warning|arguing|suggesting|noting|claiming)\s+that\b"),
        # (a party mark may stand between the name and the appositive: "Sen. John McCain (R-Ariz.), a former nominee, said")
        "name_role_cue": re.compile(rf"^\s*(?P<name>(?:[A-Z][\w’'.-]*\s+){{0,4}}[A-Z][\w’'.-]*)(?:\s*(?P<mark>{PARTY_MARK.pattern}))?\s*,\s*"
                                    rf"(?P<appos>{APPOSITIVE_START}[^_;]{{3,220}}?)\s*,?\s+"
                                    rf"(?:{AUXILIARY_OR_ADVERB}\s+)*(?P<cue>{strong})\b"),
        "inverted": re.compile(rf"(?:,|,[”\"’'»“›_]+|[”\"’'»“›_]+,?)\s+(?P<cue>{strong})\s+"
                               rf"(?P<rest>(?:the\s+|an?\s+|another\s+)?[A-Za-z][^;:]*?)\s*(?:[.!?]?\s*$|:\s*[“\"‘«„_])"),
        "colon": re.compile(r"^\s*(?P<np>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*?)(?:’s|'s)?\s+"
                            r"(?P<noun>response|reply|answer|verdict|message|view|explanation|assessment|advice|warning|"
                            r"take|words|argument|conclusion|retort|comment|statement)\s*:\s*[“\"‘«„]_"),
        "clause": re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|could|can|may|might|should|must|shall|did|does|do|be)\b"),
    }


@lru_cache(maxsize=1)
def _strong_first_words() -> frozenset[str]:
    """The first word of each strong cue: the "inverted" pattern needs one between spaces."""
    return frozenset(c.split(" ")[0] for c, s in cue_lexicon().items() if s == "strong")


# "X, a ROLE at ORG, said": a comma-free head, then a parenthetical between the last two commas
PARENTHETICAL = re.compile(rf"(?P<head>[^,]*?)\s*,\s*(?P<paren>[^,_]{{3,160}}?)\s*,\s*(?:{AUXILIARY_OR_ADVERB}\s+)*$")


def _parenthetical_before(before: str) -> re.Match[str] | None:
    """``PARENTHETICAL.search(before)``, tried only where it can match: the pattern holds two
    commas and ends at the end of the text, so it starts just after the third comma from the end
    (any earlier start would take in a third comma; any later start in the same comma-free run
    matches alike).

    >>> _parenthetical_before("Then Jane Roe, a professor, also ").group("paren")
    'a professor'
    """
    last = before.rfind(",")
    second = before.rfind(",", 0, last) if last > 0 else -1
    if second < 0:
        return None
    return PARENTHETICAL.match(before, before.rfind(",", 0, second) + 1)


def _other_sense(cue: str, masked: str, end: int) -> bool:
    """Is the cue ending at ``end`` used in a sense that reports nothing said? Its ``follows``
    pattern (`cue_follows`) does not match after it: "the officers accused in the beating",
    "posted on the corner", "asked him to go", "complained about the plan", "pushed back the date"."""
    follows = cue_follows().get(cue.lower())
    return follows is not None and not follows.match(masked, end)


# a work's title after the noun that names it, just before a cue: "a study titled From Russia with Money reported"
TITLED_AT_END = re.compile(r",?\s+(?:titled|entitled)\s+(?:(?!\bby\s)[^,;:]){1,120}?,?\s*$")  # (not "… titled _, by Ann Roe,")
RELEASED_WHEN = re.compile(r"\s+(?:released|published|conducted|issued|out)\s+(?:(?:on\s+|this\s+|last\s+)?"
                           r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month)"
                           r"|(?:\w+\s+){1,3}(?:before|after|ahead\s+of)\s+(?:the\s+)?[^,;_]{1,60}?)\s*$")  # "… two months before the election"


def _person_at_end(text: str) -> bool:
    """Does ``text`` end with a person's name (the subject of a cue that follows)?

    >>> _person_at_end(" out hours after Prime Minister Ann Roe "), _person_at_end(" released a day before Super Tuesday ")
    (True, False)
    """
    np = _np_before(text)
    return bool(np) and np.split()[-1].lower() not in CALENDAR and _looks_like_person(_split_descriptor(np)[0])


# a document, poll or recording as a clause's subject, with what says whose or when it is after it: "A CNN flash
# poll of debate watchers", "The survey of 1,200 voters, conducted by Ridgeline Research for a super PAC,"
_EVIDENCE_HEADS = (r"poll|polls|survey|surveys|study|studies|report|reports|analysis|review|audit|memo|memos|data|records|"
                   r"documents|filings|ad|ads|recording|recordings|footage|letter|lawsuit|complaint|filing|ruling|"
                   r"indictment|statement|estimate|estimates|assessment|projections")
_EVIDENCE_MODIFIERS = (r"new|latest|recent|flash|national|nationwide|statewide|internal|annual|independent|federal|official|"
                       r"early|preliminary|final|exit|television|campaign|state|public|private|leaked|confidential|court|"
                       r"police|government|county|city|news|draft|written|joint|new|classified|[\w’']+['’]s")
_EVIDENCE_WORD = re.compile(rf"\b(?:{_EVIDENCE_HEADS})\b")
_POSTMODIFIER = (r"(?:of|by|from|for|among|conducted|released|published|circulated|obtained|commissioned|sent|posted|"
                 r"issued|seen|shared|filed|out|taken)\b")
AUTHOR_AFTER = re.compile(r"\b(?:by|from)\b")
EVIDENCE_SUBJECT = re.compile(
    rf"(?:^|[,;:“\"]\s*|\b(?:and|but|while)\s+)(?P<np>(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    rf"(?:(?:[A-Z][\w&/.’'-]*|{_EVIDENCE_MODIFIERS})\s+){{0,4}}?(?:{_EVIDENCE_HEADS}))\s+{_POSTMODIFIER}(?:[^,;:_“”\"]|(?<=\d),(?=\d)){{0,100}}"
    rf"(?:,\s*{_POSTMODIFIER}[^,;:_“”\"]{{0,120}},)?\s*$")
SUBJECT_REACH = 1000  # characters: far beyond any news sentence's subject (news sentences run to ~300)
CONTRACTED = {"who", "it", "that", "there", "here", "he", "she", "what", "where", "when", "how", "let", "which"}
CONJOINED = re.compile(r"\s+and\s*$")
SECOND_SUBJECT_OPENERS = {"others", "other", "his", "her", "their", "its", "several", "many", "some"}  # "Trump and his allies said"


ORG_OF_AND = re.compile(r"(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w’'.-]*\s+){1,3})of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*,?\s+){0,3}and\s+$")
ORG_AND_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<part>(?:[A-Z][\w’'.-]*,?\s+){1,3})and\s+$")
ORG_NAME_PART = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+and\s+$")


def _joined_org(before: str, np: str) -> str:
    """The whole noun phrase when ``np`` (the words before a cue) is the end of an organisation's
    name with an "and" in it before a lowercase head ("A Health and Human Services official":
    ``np`` "Human Services official"), else "".

    >>> _joined_org("A Health and Human Services official ", "Human Services official")
    'A Health and Human Services official'
    >>> _joined_org("Harris and Walz ", "Walz")
    ''
    """
    words = np.split()
    at = before.rfind(np)
    after = before[at + len(np):].strip()
    if not words or not _is_cap(words[0]) or at < 0 or (after and not ADVERBS_ONLY.fullmatch(after + " ")):  # "… also disputed"
        return ""
    head = before[:at]
    if len(words) <= 3 and all(_is_cap(w) for w in words) and words[0].lower() not in HONORIFICS \
            and words[0].lower() not in TITLE_ABBREVIATIONS:
        # "The Board of Standards and Appeals ruled", "The Department of Health and Human Services said": one body
        first = ORG_OF_AND.search(head)
        if first and not any(w.lower() in ORG_WORDS | {"board"} for w in first.group("body").split()):
            return ""
        if not first and len(words) >= 2 and (words[-1].lower() in ORG_WORDS or words[-1].lower().removesuffix("s") in ORG_WORDS
                                              or words[-1].lower() in ("protection", "enforcement", "exchange")):
            # "The Food and Drug Administration said", "Customs and Border Protection warned": one body
            first = ORG_AND_NAME.search(head)
            if first and _looks_like_person(first.group("part").strip()) and first.group("part").strip() in places():
                first = None  # "Texas and Florida officials": two places
    elif len(words) >= 2 and words[-1].islower():
        first = ORG_NAME_PART.search(head)
        if first is None and (words[-2].lower() in ORG_WORDS or words[-2].lower() in ("protection", "enforcement")):
            first = ORG_AND_NAME.search(head)  # "Food and Drug Administration officials said"
    else:
        return ""
    if not first or (first.start() and not head[:first.start()].rstrip().endswith((",", ";", ":", "“", '"'))
                     and head[:first.start()].split()[-1].lower() not in ("but", "and", "while")):
        return ""
    return head[first.start():] + np


def _people_noun(np: str) -> bool:
    """A plural noun for people the role lexicon knows ("residents", "local doctors"): "Critics and residents said"."""
    head = _head(np)
    return head.endswith("s") and role_lexicon().get(head) in PEOPLE_KINDS


# words after which a clause, and so a subject, begins: "… momentum as key lawmakers and the White House said"
CLAUSE_OPENERS = {"but", "while", "and", "as", "because", "after", "when", "since", "although", "though", "before",
                  "until", "whereas", "once"}


def _body_noun_phrase(np: str) -> bool:
    """A body by a common noun the role lexicon files under bodies ("the Syrian military", "human
    rights groups"), which speaks beside another subject joined by "and"."""
    return role_lexicon().get(_head(np)) in ("institution", "group") and np.split()[0].lower() not in PRONOUNS


def _conjoined_subject(before: str, np: str) -> str:
    """The first of two subjects joined by "and" before a cue ("Harris and Walz said", "Sen. Ann Roe
    and Rep. Tom Berg said", "The U.S. and China said", "Critics and residents said"), when ``np``
    (the second) and it are both capitalised names or plural nouns for people, opening the sentence
    or a clause; else ""."""
    before = TRAILING_AUXILIARY.sub("", before.rstrip())  # "Mr. Page and Mr. Manafort have denied"
    head = before[:before.rstrip().rfind(np)] if np and before.rstrip().endswith(np) else ""
    if not head or not CONJOINED.search(head) or not (_is_cap(np.split()[0].strip("“\"‘'"))
                                                      or np.split()[0].lower() in SECOND_SUBJECT_OPENERS or _people_noun(np)
                                                      or (np.startswith("the ") and _is_cap(np.split()[-1]))  # "and the Post"
                                                      or _body_noun_phrase(np)):  # "Russia and the Syrian military"
        return ""
    head = CONJOINED.sub(" ", head)
    first = _np_before(head)
    opens = head[:head.rstrip().rfind(first)].rstrip() if first else ""
    first = re.sub(r"^(?:Both|both|Either|either)\s+", "", first)  # "Both X and Y said"
    if not first or not (_is_cap(first.split()[0]) or _people_noun(first) or _body_noun_phrase(first)) \
            or first.lower() in PRONOUNS or len(first.split()) > 5 or \
            (opens and not opens.endswith((",", ";", ":")) and opens.split()[-1].lower() not in CLAUSE_OPENERS
             and opens.strip("“\"‘'«„")):
        return ""
    return _shared_head(first, np) or first


def _shared_head(first: str, np: str) -> str:
    """The first subject with the head noun it shares with the second, when it is only a place's,
    a nation's or a party's word and the second that word's kind plus a plural noun for people
    ("U.S. and Saudi officials": U.S. officials; "Democratic and Republican lawmakers": Democratic
    lawmakers), else "".

    >>> _shared_head("U.S.", "Saudi officials"), _shared_head("Harris", "Walz")
    ('U.S. officials', '')
    """
    words = np.split()
    modifiers = [w for w in words if _is_cap(w)]
    tail = words[len(modifiers):]
    if not modifiers or not tail or len(first.split()) > 3 or not _people_noun(np) or not all(w.islower() for w in tail):
        return ""
    def shared(x: str) -> bool:
        return x in places() or x.lower() in PARTY_WORDS
    return f"{first} {' '.join(tail)}" if shared(first) and shared(" ".join(modifiers)) else ""


def _listed_subjects(before: str, np: str) -> list[str]:
    """The subjects listed with ``np`` before a cue: "Harris and Walz said" (`_conjoined_subject`),
    and the names before them after commas, the list opening the sentence ("Paul, Christie and King
    have all suggested": Paul and Christie; not "In Washington, Christie and King said")."""
    first = _conjoined_subject(before, np)
    out = [first] if first else []
    head = before[:before.rstrip().rfind(np)] if first else ""
    head = head[:head.rfind(first)] if first in head else ""
    names: list[str] = []
    while head.rstrip().endswith(","):
        head = head.rstrip()[:-1]
        name = LISTED_NAME_AT_END.search(head)
        if not name or name.group(0).split()[0].lower() in FUNCTION_WORDS or _not_a_name(name.group(0).strip()):
            return out  # "In Washington, Christie and King said": an opening phrase, no name
        names.insert(0, name.group(0).strip())
        head = head[:name.start()]
    return [_without_plural_title(n) for n in (out + names[::-1] if names and not head.strip(" “\"‘'«„") else out)]


def _after_plural_title(run: str) -> str:
    """A run of capitalised words with a plural title in it given the title in the singular, where
    the name that follows belongs ("Associate Justices Ruth Bader Ginsburg": Associate Justice Ruth
    Bader Ginsburg); else the run as it is."""
    words = run.split()
    for k, w in enumerate(words[:-2]):
        if (bare := _without_plural_title(" ".join(words[k:]))) != " ".join(words[k:]):
            return " ".join([*words[:k], _singular_title(w), bare])
    return run


def _without_plural_title(name: str) -> str:
    """A listed subject without the plural title the list opens with ("Senators John McCain", of
    "Senators John McCain, Rand Paul and Lindsey Graham wrote": John McCain, a senator as the others)."""
    words = name.split()
    low = words[0].lower()
    if len(words) > 1 and _is_cap(words[1]) and (low in PLURAL_ABBREVIATIONS or (
            low.endswith("s") and low[:-1].isalpha() and role_lexicon().get(low[:-1]) in ("official", "expert"))):
        return " ".join(words[1:])
    return name


LISTED_NAME_AT_END = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*\s*$")


def _subject_then_aside(before: str) -> bool:
    """Does ``before`` (the text before a cue) open with a subject and an aside between commas
    ("A U.S. official, speaking on condition of anonymity, ", "The lawsuit, filed in Austin, ")? Then
    the cue's subject came first, and what follows the cue is what was said, not who said it."""
    paren = _parenthetical_before(before)
    if not paren:
        return False
    head = paren.group("head").strip(" “\"‘'«„")
    words = head.split()
    if words and words[-1] in AP_STATES:
        return False  # "in Kenosha, Wis., Tuesday, said two officials": a town's state, then the time, no subject
    return bool(words) and len(words) <= 8 and (words[0].lower() in DETERMINERS or _is_cap(words[0])) \
        and (_np_before(head + " ") == head or bool(PLAIN_NP.fullmatch(head))) and not _looks_like_person(head)


# "The bill", "the new rule", "The nation's most powerful labor leader"
PLAIN_NP = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,3}|(?:[a-z][\w-]*\s+){0,2})[a-z][\w-]*")


# "his wife", "Harris's running mate", "the senator’s longtime friend": a person described by their
# relation to someone, before that person's name between commas
RELATION_BEFORE_NAME = re.compile(r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?[a-z]+(?:’s|'s)|"
                                  r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s))\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*$")

# nouns for a person's relation to another that are not roles of their own
RELATION_NOUNS = {"mate", "friend", "ally", "rival", "opponent", "challenger", "successor", "predecessor", "colleague",
                  "confidant", "confidante", "protege", "protégé", "classmate", "roommate", "neighbor", "neighbour",
                  "boss", "mentor", "pick", "choice", "partner", "fiance", "fiancé", "fiancee", "fiancée", "girlfriend",
                  "boyfriend", "spouse", "stepson", "stepdaughter", "grandson", "granddaughter", "grandfather",
                  "grandmother", "cousin", "nephew", "niece", "uncle", "aunt", "son", "daughter", "wife", "husband",
                  "widow", "widower", "brother", "sister", "mother", "father", "sibling", "twin"}


def _role_then_name(paren: re.Match[str] | None) -> tuple[str, str] | None:
    """(name, role) when a `_parenthetical_before` match is a role, then a person's name between
    commas: "Its spokesman, Col. Ann Lee, " or "Biden's campaign manager, Jen O'Malley Dillon, "."""
    words = paren.group("paren").split() if paren else []
    while len(words) > 2 and words[0].islower() and (words[0] in DESCRIPTOR_ADJECTIVES or words[0] in LOWER_TITLE_OPENERS):
        words = words[1:]  # "His opponent, state Sen. Joel Hart, ": Sen. Joel Hart
    if not words or not _is_cap(words[0]):
        return None
    lexicon = role_lexicon()

    def a_role(np: str) -> bool:
        return _head(np) in lexicon or _head(np) in PARTY_WORDS or " ".join(np.lower().split()[-2:]) in lexicon

    role = _np_before(paren.group("head"))
    whole = paren.group("head").strip(" ,")  # the whole description before the name
    name = PARTY_MARK_AND_STATE_AT_END.sub("", " ".join(words))  # "Rep. Brad Sherman (D) of California"
    modified = ROLE_MODIFIER.split(paren.group("head"), maxsplit=1)
    adviser = ADVISER_TO.search(paren.group("head"))
    if adviser and a_role(_np_before(adviser.group("role"))) and adviser.end() == len(paren.group("head").rstrip(" ,")):
        role = re.sub(r"^(?:an?|the)\s+", "", adviser.group(0).strip(), flags=re.I)  # "A top policy adviser to Mitt Romney’s campaign, "
    elif not a_role(role) and len(modified) > 1 and a_role(_np_before(modified[0])):
        role = modified[0].strip()  # "The first Republican congressman to call for impeachment, Rep. Justin Amash,"
    elif not a_role(role) and len(placed := ROLE_PLACE.split(paren.group("head"), maxsplit=1)) > 1 \
            and a_role(_np_before(placed[0])):
        role = whole  # "A former prosecutor on Stone's case, Aaron Zelinsky,": the role and where
    elif not a_role(role) and DESCRIBED_HEAD.match(paren.group("head")) and _split_descriptor(name)[1]:
        role = whole  # "One member of a delegation invited to the White House, Rep. Brad Sherman,"
    elif not a_role(role):
        relation = RELATION_BEFORE_NAME.search(paren.group("head"))
        if not relation or not (relation.group(0).split()[-1].lower() in lexicon
                                or relation.group(0).split()[-1].lower() in RELATION_NOUNS):
            return None
        role = relation.group(0).strip()  # "Harris's running mate, Gov. Tim Walz, ": whoever the relation is
    if lexicon.get(_head(role)) == "institution" and len(placed := ROLE_PLACE.split(whole, maxsplit=1)) > 1 \
            and whole.endswith(role) and placed[0].split()[-1].islower():
        role = whole  # "One member of a delegation, Rep. Brad Sherman,": a member, not the delegation
    if not _looks_like_person(_strip_honorific(_split_descriptor(name)[0])):
        return None
    return name, role


# a description of one person, by a noun and what it is of: "One member of a delegation", "A spokeswoman for the group"
DESCRIBED_HEAD = re.compile(r"\s*(?:One|An?|The|Another)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:of|on|in|for|at|with|from)\s+")
# a party mark after a name, and the state it gives: "(D) of California"
PARTY_MARK_AND_STATE_AT_END = re.compile(r"\s*\(\s*[RDI]\.?(?:\s*[-–,]\s*[A-Z][\w. ]{0,24}?)?\s*\)(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?$")


LOWER_TITLE_OPENERS = {"state", "county", "city", "federal", "then", "then-", "u.s."}
ROLE_MODIFIER = re.compile(r"\s+(?:to|who|whose|that|which)\s+")  # what follows a role noun and says which one
ROLE_PLACE = re.compile(r"\s+(?:of|on|in|for|at|with|from)\s+")  # where a role noun serves: "the prosecutor in the case"
WHO_AT_END = re.compile(r",\s+who\s+((?:[a-z]+\s+){0,3})$")
# the noun phrase a relative stands for, after the preposition that names it: "drew fire from critics, who said"
RELATIVE_OBJECT = re.compile(r"^(?:.*\s)?(?:from|by|with|among|including)\s+(?=\S)")


def _antecedent(before: str, relative_at_end: re.Pattern[str]) -> tuple[str, str]:
    """The noun phrase a relative pronoun just before a cue stands for (perhaps with adverbs
    between them: "who also"), without the preposition that names it, and the text before the
    pronoun's comma; ("", "") when there is none or it is a pronoun."""
    m = relative_at_end.search(before, max(0, len(before) - 60))
    if not m or not all(_before_cue(w) for w in m.group(1).split()):
        return "", ""
    head = before[:m.start()]
    np = _np_before(head)
    np = RELATIVE_OBJECT.sub("", np) if " " in np else np
    return ("", "") if not np or np.lower() in PRONOUNS else (np, head)


def _who_said(before: str) -> str:
    """The person or people a relative "who" before a cue stands for: the noun phrase just before its
    comma ("Gov. Ann Roe, who told the crowd", "the mayor, who also said", "drew criticism from
    Democrats, who said"), else ''. (Not "which": "a note pledging allegiance to ISIS, which said",
    "the ideology he applied to the Middle East, which says" are the note's and the ideology's words.)

    >>> _who_said("The rally featured Gov. Ann Roe, who "), _who_said("They passed the plan, who ")
    ('Gov. Ann Roe', '')
    >>> _who_said("The plan drew fire from critics, who "), _who_said("It angered its critics, including members of Congress, who ")
    ('critics', 'members of Congress')
    """
    np, _ = _antecedent(before, WHO_AT_END)
    if not np:
        return ""
    name = _strip_honorific(_split_descriptor(np)[0])
    return np if _looks_like_person(name) or role_lexicon().get(_head(np)) in (*PERSON_KINDS, "group", "anonymous") else ""


WHICH_AT_END = re.compile(r",\s+which\s+((?:[a-z]+\s+){0,3})$")
# what a noun phrase hangs from when a "which" after it may stand for something else: "allegiance to ISIS, which
# said" (the note said it), "the history of Iran, which", "a deal with Iran, which says" (the deal)
ATTACHED_BY = re.compile(r"\b(?:to|of|in|into|for|with|about|under|over|at|near|across|through|towards?|inside|outside|"
                         r"within|between|like|than|as)\s+$", re.I)


def _which_said(before: str) -> str:
    """The body a relative "which" before a cue stands for: an institution that is the clause's
    subject or the object of a verb or of "from", "by", "on", "against" ("The Pentagon, which
    said", "drew fire from the ministry, which has denied", "was blamed on Iran, which denied"),
    else ''. A thing never says ("The plan, which says"), nor a body hanging from another noun
    ("a note pledging allegiance to ISIS, which said": the note's words).

    >>> _which_said("The attack was blamed on Iran, which "), _which_said("a note pledging allegiance to ISIS, which ")
    ('Iran', '')
    >>> _which_said("The Pentagon, which also "), _which_said("The plan, which ")
    ('The Pentagon', '')
    """
    np, head = _antecedent(before, WHICH_AT_END)
    if not np or ATTACHED_BY.search(head[:head.rfind(np)]):
        return ""
    return np if _classify(np, "", "")[0] == "institution" else ""


# a relative clause ending in a preposition, whose object is no subject: "who do work with [foreign governments]"
OBJECT_IN_RELATIVE = re.compile(r"\b(?:who|that|which)\s+[^,;_]{0,60}\b(?:with|for|at|in|on|of|to|from|about|toward|towards|"
                                r"against|into|over|under|behind|without|like|by)\s*$"
                                # or the agent of a participle: "Attorneys general for two states controlled by Democrats"
                                r"|\b[a-z]+(?:ed|en)\s+by\s*$")
# cues whose object comes next, never their speaker: "called Wall Street executives “fat cats,” criticized their
# bonuses and …" has no inverted speaker after "criticized"
OBJECT_FIRST_CUES = {"criticized", "criticised", "condemned", "blasted", "slammed", "accused", "called", "urged", "praised",
                     "denied", "rejected", "dismissed", "questioned", "defended", "attacked", "blamed", "lambasted", "decried",
                     "disputed", "mocked", "ridiculed", "welcomed", "hailed", "described", "labeled", "labelled", "dubbed",
                     "branded", "characterized", "ordered", "threatened", "faulted", "implored", "emphasized", "emphasised",
                     "denounced", "derided", "assailed", "downplayed"}
# their present tense ("…, emphasizes the foundation’s role": what is emphasized, not who)
OBJECT_FIRST_CUES |= {"criticizes", "criticises", "condemns", "blasts", "slams", "accuses", "calls", "urges", "praises", "denies",
                      "rejects", "dismisses", "questions", "defends", "attacks", "blames", "lambastes", "decries", "disputes",
                      "mocks", "ridicules", "welcomes", "hails", "describes", "labels", "dubs", "brands", "characterizes",
                      "characterises", "orders", "threatens", "faults", "implores", "emphasizes", "emphasises", "denounces",
                      "derides", "assails", "downplays"}
# "per" as "according to": opening the sentence or after a comma, dash, parenthesis or colon, before an article or a
# name ("Per NewsHour:", "…, per a securities filing"); never after a number or a noun ("3 per cent", "65 miles per
# hour", "euros per U.S. dollar"), nor before a lower-case word ("per capita", "as per usual")
PER = r"(?<![\w%$’'-]\s)(?<![\w%$’'.)-])(?<!\bas\s)[Pp]er(?=\s+(?:the\s|an?\s|[A-Z]))"


def _according_words(masked: str) -> bool:
    """Whether a sentence may hold "according to", "in the words of" or "per" (a substring test)."""
    return "ccording to" in masked or "the words of" in masked or ("er " in masked and PER_WORD.search(masked) is not None)


PER_WORD = re.compile(PER)
# a document or poll and how it came out, after "according to": "a new poll released Thursday", "a study published in …"
DOCUMENT_RELEASED = re.compile(rf"\b(?:{_EVIDENCE_HEADS})(?P<tail>\s+(?:released|published|conducted|issued|circulated|obtained|posted|"
                               r"filed|commissioned|out)\b(?!\s+(?:[a-z]+ly\s+)?by\b))")
DOCUMENT_OWNER = re.compile(rf"(?:an?|the)\s+(?P<owner>(?:[A-Z][\w.&’'-]*\s+){{1,5}}?)(?:{_EVIDENCE_MODIFIERS}\s+)*(?:{_EVIDENCE_HEADS})")
# what "according to" may name that nobody says: a way of thinking, a rule, a timetable
NOT_A_SOURCE_HEADS = {"theory", "logic", "reasoning", "thinking", "argument", "narrative", "myth", "legend", "tradition",
                      "custom", "rule", "rules", "schedule", "plan", "plans", "zones", "standards", "script", "formula",
                      "definition", "pattern", "design", "instructions", "taste", "wishes", "need", "needs", "math",
                      "maths", "arithmetic", "calendar"}
# a sentence adverb between commas, between a subject and its verb (any cue of the lexicon, perhaps after an
# auxiliary: "Ryan, interestingly, has been claiming that")
ASIDE_WORDS = (r",\s*(?:however|though|meanwhile|moreover|nevertheless|instead|too|in turn|in fact|in response|"
               r"for (?:his|her|their|its) part|at the same time|on the other hand|[a-z]+ly|"
               # where it was said: ", in his statement,", ", in an interview with CNN on Sunday,"
               r"(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|interview|letter|speech|"
               r"remarks|address|op-ed|tweet|post|email|memo|briefing|(?:news|press)\s+conference|hearing|rally|testimony)\b[^,]{0,80}|"
               # news's standard aside on an unnamed source: ", speaking on condition of anonymity because …,"
               r"(?:speaking|talking)\s+(?:on|under)\s+(?:the\s+)?(?:condition|grounds)\s+of\s+anonymity\b[^,]{0,150})\s*,")


@lru_cache(maxsize=1)
def _any_cue() -> str:
    """Every cue of the lexicon, longest first, as an alternation whose words may stand apart by any space."""
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cue_lexicon(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _aside() -> re.Pattern[str]:
    return re.compile(rf"{ASIDE_WORDS}(?=\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:been\s+)?(?:also\s+)?(?:{_any_cue()})\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _dash_aside() -> re.Pattern[str]:
    """An aside between dashes just before a verb of saying ("Sen. Ann Roe (R-S.C.) — a vocal hawk who has pushed
    for sanctions — said"): blanked like an aside between commas."""
    return re.compile(rf"\s*(?:—|–|\s--|\s-(?=\s))\s*[^—–_;:]{{3,200}}?\s*(?:—|–|--\s|\s-\s)(?=\s*(?:(?:has|have|had|also|later|then|"
                      rf"[a-z]+ly)\s+)*(?:{_any_cue()})\b)")


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# when and how between a subject and its verb of saying, without commas: "Rudy Giuliani last year conceded",
# "Simona on Friday evening told", "the whistleblower reportedly wrote", "That source later clarified"
TIME_BEFORE_CUE = (r"(?<=[\w.’'])\s+(?:last\s+(?:year|week|month|night|spring|summer|fall|autumn|winter|" + _DAY + r")|"
                   r"(?:on|late|early)\s+" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?|"
                   r"(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:day|week|month|year)|"
                   # (in lower case only: "USA Today said" is the newspaper)
                   r"(?:this|that)\s+(?:week|month|year|morning|afternoon|evening)|(?-i:yesterday|today|tonight)|"
                   # where, at most five words before the noun, and perhaps when: "Jerome Adams in the White House
                   # task force briefing Sunday night said"
                   r"(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,5}?(?:statement|interview|letter|"
                   r"tweet|post|speech|email|memo|briefing|news\s+conference|press\s+conference|hearing|address|rally|"
                   r"testimony)(?:\s+(?:on\s+)?" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?)?|"
                   r"reportedly|later|earlier|previously|repeatedly|again|recently|initially|since|now|"
                   r"once|first|then|quickly|immediately|strongly|openly|at\s+the\s+time|"
                   r"himself|herself|themselves|itself)")  # "Mr. Gruber at the time said", "Trump himself tweeted that"
TIME_WORDS = ("last", "day", "early", "later", "earlier", "this", "that", "yesterday", "today", "tonight", "in ",
              "ly ", "since", "now", "once", "first", "then", "the time", "self")  # a cheap test before the pattern


@lru_cache(maxsize=1)
def _time_before_cue() -> re.Pattern[str]:
    return re.compile(rf"{TIME_BEFORE_CUE}(?:\s+(?:also|too))?(?=\s+(?:{_any_cue()})\b)", re.IGNORECASE)


# what someone wrote or issued, and who: "a statement from the White House", "tweets from journalist Tom Berg", "a
# report by the Pew Research Center", "documents released by the committee", "court documents unsealed on Monday by
# special counsel Tom Berg" (a participle, perhaps with when or where, then "by")
WRITTEN_BY = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w’'.-]+\s+){0,2}?(?:statements?|tweets?|posts?|reports?|letters?|e-?mails?|"
                        r"memos?|filings?|releases?|transcripts?|videos?|messages?|documents?|data|figures|estimates?|"
                        r"analysis|study|survey|poll|polling|missives?)\s+(?:from|by|[a-z]+ed(?:\s+[\w’'-]+){0,4}?\s+by|(?:[a-z]+\s+)?on\s+behalf\s+of)\s+"
                        r"(?P<who>(?:the\s+|a\s+|an\s+)?\S.*)$")
RELATIVE_WORD = re.compile(r"\b(?:who|whose|which|that|whom)\b")


def _written_by(np: str, roles: bool = False) -> str:
    """Who issued what ``np`` names ("a statement from the White House": the White House), when a
    name follows (or, with ``roles``, a role: "tweets from journalist Tom Berg"); else ""."""
    made_by = WRITTEN_BY.match(np[:1].lower() + np[1:])  # (opening a sentence: "Reports from the Guardian")
    if not made_by:
        return ""
    who = re.sub(r"^(?:the|a|an)\s+", "", made_by.group("who"))
    if _is_cap(who.split()[0]) or (roles and (role_lexicon().get(who.split()[0].lower()) or role_lexicon().get(_head(who)))):
        return made_by.group("who")
    person, title = _split_descriptor(who)[:2]
    if roles and title and _looks_like_person(person):
        return made_by.group("who")  # "documents unsealed by special counsel Robert Mueller": the titled person
    return ""


# where or how the words were said, after the speaker of an inverted attribution ("…,” said the mayor in a statement,
# "said Ann Roe at a news conference", "said a spokesman during a briefing on Monday"): not part of the speaker
SPEECH_SETTING = re.compile(
    r"\s+(?:in|at|during|on|via|through|over|after|before|while)\s+(?:(?:a|an|the|his|her|their|its|this|that|one|[A-Z][\w.-]*(?:’s|'s))\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:statements?|interviews?|e-?mails?|letters?|conference|call|briefing|speech|remarks|address|rally|"
    r"tweets?|posts?|video|hearing|debate|town\s+hall|event|meeting|session|appearance|op-ed|column|memo|filing|testimony|"
    r"messages?|podcast|broadcast|program|programme|show|ceremony|forum|panel|stop|visit|release|episode|sermon|"
    r"campaign|trail|press|radio|television|TV|Twitter|X|Facebook|Instagram|social\s+media|phone|telephone)\b"
    # a programme or publication by its title: "said Sen. Ann Roe on CNN's “State of the Union” Sunday"
    r"|\s+(?:on|in)\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}(?:’s|'s)\s+)?[“\"‘«](?=[A-Z])")
THROUGH = re.compile(r"\s+(?:through|via)\s+")


def _before_setting(np: str, *more: re.Pattern[str]) -> str:
    """A speaker's words without where or how they spoke (`SPEECH_SETTING`, or ``more`` patterns), when
    something stands before that."""
    setting = SPEECH_SETTING.search(np) or next((m for p in more if (m := p.search(np))), None) if " " in np else None
    return np[:setting.start()] if setting and setting.start() else np


# a clause after an inverted speaker, which says when or why: "said President Obama when he signed the bill"
WHEN_CLAUSE = re.compile(r"\s+(?:when|as|while|after|before|because|since|whereas)\s+(?:he|she|they|it|we|the|a|an|his|her|their|its)\s"
                         # "said Trump just before signing the order", "said Ann Roe after meeting the governor"
                         r"|\s+(?:(?:just|shortly|moments|minutes|hours|days|soon|right|not\s+long)\s+)?(?:before|after|while|when|upon)\s+[a-z]{2,}ing\b"
                         r"|\s+(?:just|shortly|moments|minutes|hours|soon|right)\s+(?:before|after)\b"
                         # how the audience took it: "said Sen. Chuck Schumer to cheers", "said Obama amid laughter"
                         r"|\s+(?:to|amid|over|with)\s+(?:(?:loud|thunderous|wild|raucous|scattered|sustained|big|huge|standing|"
                         r"some|more|much|great|audible)\s+)*(?:cheers|cheering|applause|laughter|laughs|boos|booing|jeers|"
                         r"ovations?|whoops|groans|gasps|chants)\b")


# a person's name and where they were when they said it: "John Smith in Des Moines", "Trump at a rally"
NAME_THEN_PLACE = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+(?:(?:in|at)\s+(?:(?:a|an|the)\s+)?[a-zA-Z]"
                             # …or what it was said of: "said Trump of evangelical Christians" (not "of the Brookings Institution")
                             r"|of\s+(?:(?:the|his|her|their|its|a|an)\s+[a-z]|(?!(?:the|his|her|their|its|a|an)\b)[a-z]))")


# a verb in the past after a comma, then its object or particle: "…, an English professor at Fresno State, launched into a
# tirade that began:" (not "…, based in Fresno", "…, trained as a lawyer")
PAST_AFTER_COMMA = re.compile(r",\s+(?:[a-z]{3,}ed|took|made|gave|went|came|ran|wrote|sent|struck)\s+"
                              r"(?:into|a|an|the|his|her|their|its|up|out|back|off)\b")


def _predicate_in(appositive: str) -> bool:
    """Does what stands between a name and a cue hold a verb of its own outside a relative clause
    ("American Renewal Fund, a super PAC, has spent … in swing states"): then it is no appositive.

    >>> _predicate_in("a super PAC, has spent $80 million"), _predicate_in("a professor who has studied it")
    (True, False)
    """
    verb = _patterns()["clause"].search(appositive) or PAST_AFTER_COMMA.search(appositive)
    if not verb:
        return False
    relative = RELATIVE_WORD.search(appositive)
    return relative is None or verb.start() < relative.start()


# a plural title before one or more names: "bioethicists Lawrence Gostin and James Hodge", "Democratic candidates Cory Booker"
PLURAL_TITLE = re.compile(r"(?P<before>(?:[A-Z][\w.’'-]*\s+){0,2})(?P<title>[a-z][a-z-]+s)\s+(?P<names>[A-Z][^,;]*(?:,\s*[A-Z][^,;]*)*)")
NAME_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _each_titled(f: _Found) -> list[_Found]:
    """A speaker that is a plural title and the names it stands before, as one speaker for each
    name with the title in the singular ("bioethicists Lawrence Gostin and James Hodge": bioethicist
    Lawrence Gostin, bioethicist James Hodge); any other speaker as it is.

    >>> [x.speaker for x in _each_titled(_Found("bioethicists Lawrence Gostin and James Hodge", "according to", "according to"))]
    ['bioethicist Lawrence Gostin', 'bioethicist James Hodge']
    """
    m = PLURAL_TITLE.fullmatch(f.speaker) if " and " in f.speaker or "s " in f.speaker else None
    if not m:
        return [f]
    title = m.group("title")
    singular = title[:-3] + "y" if title.endswith("ies") else title[:-1]
    names = [n.strip() for n in NAME_LIST_SEPARATOR.split(m.group("names")) if n.strip()]
    if role_lexicon().get(singular) not in PERSON_KINDS or not names or not all(_looks_like_person(n) for n in names):
        return [f]
    return [replace(f, speaker=f"{m.group('before')}{singular} {name}") for name in names]


def _each_speaker(f: _Found) -> list[_Found]:
    """One speaker for each person a plural title lists (`_each_titled`) and each outlet a list names (`_each_outlet`)."""
    return [each for titled in _each_titled(f) for each in _each_outlet(titled)]


# the list a plural description gives between commas: "Two Republican senators, Susan Collins of Maine and Lisa Murkowski of
# Alaska, said"
LISTED_APPOSITIVE = re.compile(r",\s*(?P<list>(?:[^,;:“”\"]+,\s*)*[^,;:“”\"]+?\s+and\s+[^,;:“”\"]+?)\s*,\s")


def _each_listed(f: _Found, masked: str) -> list[_Found]:
    """The people or bodies a plural description names between commas, one speaker each, when
    every one listed is a person's name (`_each_person`) or every one a body's (`_classify`); any other
    speaker as it is.

    >>> [x.speaker for x in _each_listed(_Found("Two senators", "said", "name, cue"), "Two senators, Ann Roe and Tom Berg, said it")]
    ['Ann Roe', 'Tom Berg']
    >>> [x.speaker for x in _each_listed(_Found("groups", "said", "name, cue", appositive="the ACLU and Human Rights Watch"), "")]
    ['the ACLU', 'Human Rights Watch']
    >>> [x.speaker for x in _each_listed(_Found("Two senators", "said", "name, cue"), "Two senators, tired and angry, said it")]
    ['Two senators']
    """
    words = f.speaker.split()
    if not words or not words[-1].islower() or not _plural(words[-1]) or " and " not in (f.appositive or masked):
        return [f]
    listed = f.appositive
    if not listed:
        at = masked.find(f.speaker)
        m = LISTED_APPOSITIVE.match(masked, at + len(f.speaker)) if at >= 0 else None
        listed = m.group("list").strip() if m else ""
    parts = [p.strip() for p in NAME_LIST_SEPARATOR.split(listed)] if " and " in listed else []
    if len(parts) < 2:
        return [f]
    people = _each_person(listed)
    if len(people) < 2 and all(_looks_like_person(home.group("np") if (home := HOME_PLACE.match(part)) else part) for part in parts):
        people = parts  # "Susan Collins of Maine and Lisa Murkowski of Alaska": each a person, from a place
    if len(people) > 1:
        # each a person of what the description says, in the singular ("Two Republican senators": Republican senator)
        described = " ".join([*(w for w in words[:-1] if not w.isdigit() and w.lower() not in DETERMINERS),
                              _singular_title(words[-1]) if words[-1].endswith("s") else words[-1]])
        return [replace(f, speaker=person, appositive=described) for person in people]
    if all(part and _is_cap(re.sub(r"^(?:the|The)\s+", "", part)) and _classify(part, "", "")[0] == "institution"
           for part in parts):
        return [replace(f, speaker=part, appositive="") for part in parts]
    return [f]


def _each_outlet(f: _Found) -> list[_Found]:
    """A speaker that lists news organisations, one speaker for each ("Reports from the Guardian and
    the Washington Post stated": the Guardian, the Washington Post); any other speaker as it is.

    >>> [x.speaker for x in _each_outlet(_Found("Reuters and the Associated Press", "according to", "according to"))]
    ['Reuters', 'the Associated Press']
    >>> [x.speaker for x in _each_outlet(_Found("Reuters and Ann Roe", "said", "name, cue"))]
    ['Reuters and Ann Roe']
    """
    if " and " not in f.speaker:
        return [f]
    parts = [p.strip() for p in NAME_LIST_SEPARATOR.split(f.speaker)]
    if not all(part and _media_name(part) == re.sub(r"^(?:the|The)\s+", "", part) for part in parts):
        return [f]
    return [replace(f, speaker=part) for part in parts]


def _each_person(np: str) -> list[str]:
    """The people a list names, each with their own title ("congressman Duffy and President Trump":
    congressman Duffy, President Trump), when every one is a titled name, a name with an honorific or a
    full name, as "X and Y said" reads them (`_listed_subjects`); else ``[np]`` (so "Smith and Wesson", "the
    Centers for Disease Control and Prevention" and "Reuters and the AP" stay as written, and a plural
    title before the names, "bioethicists X and Y", is `_each_titled`'s).

    >>> _each_person("congressman Duffy and President Trump"), _each_person("Republican Sen. Ann Roe and Rep. Bob Smith")
    (['congressman Duffy', 'President Trump'], ['Republican Sen. Ann Roe', 'Rep. Bob Smith'])
    >>> _each_person("Ann Roe and Bob Smith"), _each_person("Sen. Ann Roe, Mr. Smith and Carl Jones")
    (['Ann Roe', 'Bob Smith'], ['Sen. Ann Roe', 'Mr. Smith', 'Carl Jones'])
    >>> _each_person("Smith and Wesson"), _each_person("Ann Roe and her husband")
    (['Smith and Wesson'], ['Ann Roe and her husband'])
    """
    if " and " not in np or PLURAL_TITLE.fullmatch(np):
        return [np]
    parts = [p.strip() for p in NAME_LIST_SEPARATOR.split(np)]
    for part in parts:
        name, role, _ = _split_descriptor(part)
        honorific = part.split()[0].lower() in HONORIFICS if part else False
        if not name or not _looks_like_person(name) or not (role or honorific or len(name.split()) > 1):
            return [np]
    return parts


# "Kim was quoted as saying", "Putin was quoted by RIA Novosti as saying", "KCNA quoted Kim as saying": the person
# quoted speaks, through whoever quoted them
QUOTED_AS = re.compile(r"(?:\s(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|also\s+)?quoted(?:\s+by\s+(?P<by>[^,;:_]{2,60}?))?"
                       r"|\s(?:quoted|quotes)\s+(?P<object>[^,;:_]{2,80}?))\s+as\s+(?P<cue>saying|telling|calling|writing|describing)\b")


OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _quoted_as(masked: str) -> list[_Found]:
    """Who is "quoted as saying", and by whom (the channel).

    >>> [(f.speaker, f.channel) for f in _quoted_as("Putin was quoted by RIA Novosti as saying the talks failed.")]
    [('Putin', 'RIA Novosti')]
    >>> [(f.speaker, f.channel) for f in _quoted_as("State media quoted Kim Jong Un as saying that the talks failed.")]
    [('Kim Jong Un', 'State media')]
    """
    found = []
    for m in QUOTED_AS.finditer(masked):
        subject = _np_before(masked[:m.start() + 1])
        if m.group("object") is not None:  # "KCNA quoted Kim as saying": Kim speaks, through KCNA
            speaker, channel = m.group("object").strip(), subject
            speaker = OBJECT_PRONOUNS.get(speaker.lower(), speaker)  # "quoted him as saying": he, whom the text named before
            if speaker.split()[0].lower() in FUNCTION_WORDS - {"the", "a", "an", "he", "she", "they"}:
                continue  # "quoted this as saying" names no one
        else:
            speaker, channel = subject, (m.group("by") or "").strip()
        if speaker and channel != speaker:
            found.append(_Found(speaker, f"quoted as {m.group('cue')}", "name, cue", channel=channel))
    return found


def _passives(masked: str, has_that: bool, tokens: set[str] | None = None) -> list[_Found]:
    """Unattributed claims: "it is claimed that", "X is believed to"."""
    pat = _patterns()
    found = [_Found("unattributed", f"it is {m.group(1)} that", "unattributed passive")
             for m in (pat["it_passive"].finditer(masked) if has_that else ())]
    if not (tokens if tokens is not None else set(masked.split())).isdisjoint(PASSIVE_VERBS):
        found += [_Found("unattributed", f"is {m.group(1)} to", "unattributed passive") for m in pat["np_passive"].finditer(masked)]
    return found


def _with_participle(masked: str, has_that: bool) -> list[_Found]:
    """"with some analysts predicting that": the analysts."""
    if not has_that or "with" not in masked:
        return []
    return [_Found(m.group("np"), m.group("cue"), "participle") for m in _patterns()["participle"].finditer(masked)]


# a quotation credited after a dash, at its end or on the line after it, as roundups and pull quotes set them:
# "“…” — Harvard economist Kenneth Rogoff to Politico", "— Gary Cohn, Financial Times"
DASH_CREDIT = re.compile(r"(?:^\s*|[”\"»]\s*)(?:[—–]|--)\s*(?P<who>[A-Z][^—–_“”\"«»()]{2,150}?)\s*\.?\s*$")
# a credit naming the program or network the words were said on: "— Charles Krauthammer on “Special Report”", "… on Fox News"
CREDIT_ON_PROGRAM = re.compile(r",?\s+on\s+(?P<program>_[_\s]*|[“\"][^”\"]*[”\"]|(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,5})"
                               r"\s*\.?\s*$")
# a credit naming a body's document: "-- White House statement on pending, automatic spending cuts"
CREDIT_DOCUMENT = re.compile(r"(?P<owner>(?:[A-Z][\w.&’'-]*\s+){1,5}?)(?:official\s+)?(?:statement|memo|press\s+release|"
                             r"news\s+release|release|letter|fact\s+sheet|report|editorial|tweet|post)\b.*")
CREDIT_CHANNEL = re.compile(r"^(?P<who>.+?),?\s+to\s+(?P<channel>(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,5})$")


APPOSITIVE_THEN_OUTLET = re.compile(r",\s*to\s+(?P<outlet>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s*[.!?]?\s*$")


def _dash_credit(masked: str, text: str = "") -> _Found | None:
    """The person (or body) a dash credits with the quotation before it, with the outlet they spoke
    or wrote to ("Kenneth Rogoff to Politico", "Gary Cohn, Financial Times"); None when what
    follows the dash is no credit (a name or title, at most a role between commas).

    >>> _dash_credit("“____ ___.” — Stuart Appelbaum, labor union president, to the Guardian")
    _Found(speaker='Stuart Appelbaum', cue='—', form='dash credit', appositive='labor union president', channel='the Guardian', party='', document='')
    >>> _dash_credit("— The vote was delayed."), _dash_credit("— Harvard economist Kenneth Rogoff to Politico").speaker
    (None, 'Harvard economist Kenneth Rogoff')
    """
    on = CREDIT_ON_PROGRAM.search(masked) if " on " in masked else None
    if on and on.group("program")[0].isupper() and _media_name(on.group("program")) != on.group("program"):
        on = None  # "— Ann Roe on Monday": no program
    m = DASH_CREDIT.search(masked[:on.start()] if on else masked)
    if not m or len(m.group("who").split()) > 14:
        return None
    # the program's name from the text (the masked line keeps every position)
    who, channel = m.group("who").strip(" ,"), (text if len(text) == len(masked) else masked)[on.start("program"):on.end("program")].strip("“”\"") if on else ""
    channel = "" if "_" in channel else channel
    if (to := CREDIT_CHANNEL.match(who)) and (" " not in to.group("who").strip(" ,") or "," in to.group("who")
                                              or _media_name(to.group("channel"))):
        who, channel = to.group("who").strip(" ,"), to.group("channel")
    elif "," in who and _media_name(who.rpartition(",")[2]).strip() == who.rpartition(",")[2].strip():
        who, channel = who.rpartition(",")[0].strip(" ,"), who.rpartition(",")[2].strip()
    name, _, appositive = who.partition(",")
    name = name.strip()
    person = _split_descriptor(name)[0]
    if not (_looks_like_person(name) or (person != name and _looks_like_person(person)) or _media_name(name) == name):
        document = CREDIT_DOCUMENT.fullmatch(m.group("who").strip(" ,"))
        owner = document.group("owner").strip() if document else ""
        if owner and _classify(owner, "", "")[0] in ("institution", "media"):
            return _Found(owner, "—", "dash credit")  # "-- White House statement on …": the body whose statement it is
        return None
    return _Found(name, "—", "dash credit", appositive=appositive.strip(" ,"), channel=channel)


# what follows a verb of saying is its clause, not its subject, when a past-tense verb takes an object after the noun
# phrase: "said his office treated funds “like …”", "said the company violated the law" (a participle takes a
# preposition: "said a spokesman based in Paris", "said an official briefed on the talks")
FINITE_AFTER_NP = re.compile(r"(?i:his|her|their|its|the|our|my)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+[a-z]+ed\s+"
                             r"(?!(?:in|on|at|with|by|to|for|from|of|as|about|into|over|under|after|before)\b)[a-z]")


def _attributions(masked: str, sentence_text: str) -> list[_Found]:
    """Every attribution in one sentence (quotes masked so cues inside quotes do not fire)."""
    found: list[_Found] = []
    pat = _patterns()
    has_that = "that" in masked
    if "ime will tell" in masked:
        masked = TIME_WILL_TELL.sub(lambda m: " " * len(m.group(0)), masked)  # "Time will tell whether …": no one, no magazine
    if ("—" in masked or "–" in masked or "--" in masked) and (credit := _dash_credit(masked, sentence_text)):
        return [credit]  # "“…” — Gary Cohn, Financial Times": the quotation's speaker, nothing else in the line
    according = _according_words(masked)
    if not (_cue_pattern().search(masked) or ":" in masked or according or masked.lstrip().startswith("Here")
            or " is that" in masked or " was that" in masked or " been that" in masked or " remains that" in masked
            or masked.lstrip().split(" ", 1)[0].lower() in _speech_verbs()):  # "Added the senator, “…”"
        # no verb of saying, no colon, no "according to", no lead-in (two thirds of a news article's sentences): only
        # an unattributed passive or "with some analysts suggesting that" can be found, and the asides, which are
        # blanked only before a verb of saying, stand as they are
        return _passives(masked, has_that) + _with_participle(masked, has_that)
    if ", " in masked:  # "A Republican source, however, said": the aside blanked (offsets kept), the subject next to its verb
        masked = _aside().sub(lambda m: " " * len(m.group(0)), masked)
    dash_asides: list[tuple[int, str]] = []
    if "—" in masked or "–" in masked or "--" in masked or " - " in masked:  # "Ann Roe — a vocal hawk — said": the subject next to its verb
        masked = _dash_aside().sub(lambda m: dash_asides.append((m.start(), m.group(0))) or " " * len(m.group(0)), masked)
    if any(w in masked for w in TIME_WORDS):  # "Tom Berg last year said": the subject next to its verb
        masked = _time_before_cue().sub(lambda m: " " * len(m.group(0)), masked)
    # each pattern is tried only on sentences holding a word it cannot match without (a
    # substring test costs a fraction of a failed regular-expression search)
    tokens = set(masked.split())  # whitespace tokens: a word the patterns need between spaces must be one
    found += _passives(masked, has_that, tokens)
    # as the NEWSPAPER reported citing SOURCES
    for m in (pat["conduit"].finditer(masked) if "citing" in masked else ()):
        found.append(_Found(m.group("np").strip(), "reported citing", "conduit", channel=m.group("channel")))
    # "Here's Haley:", "Here is what Sen. Ann Roe said:": a lead-in to the quotation in the next paragraph
    lead = HERE_IS.fullmatch(masked.strip()) if masked.lstrip().startswith("Here") else None
    if lead:
        found.append(_Found(lead.group("np"), "here is", "lead-in"))
    # according to X
    for m in (pat["according"].finditer(masked) if according else ()):
        np, appos = m.group("np").strip(), m.group("appos") or ""
        if "—" in np or "–" in np or " -- " in np:
            np, *aside = DASH.split(np, 2)  # "according to Matt Pottinger — a still-serving White House official — …"
            np, appos = np.strip(), appos or (aside[0] if aside and re.match(APPOSITIVE_START, aside[0]) else "")
        if ")" in np and "(" not in np:
            np = np[:np.index(")")].strip()  # "(according to one witness) trying to drive away": one witness
        np = _before_setting(np, THROUGH)  # "In the words of Ann Roe through Psychology Today": Ann Roe
        run_on = NAME_THEN_CLAUSE.search(np)
        if run_on:  # "according to the Centers for Disease Control and Prevention our long-time enemy has …": no comma
            np = np[:run_on.start("cut")]
        listed = None if appos else NAMES_LIST_ON.match(masked, m.end("np"))
        whole = _Found(np + listed.group(0), m.group("how").lower(), "according to") if listed else None
        if whole and len(each := _each_person(whole.speaker)) > 2:
            found += [replace(whole, speaker=person) for person in each]
            continue  # "according to Ann Roe, Mr. Smith and Carl Jones": each of them
        if whole and len(each := _each_outlet(whole)) > 2:
            found += each
            continue  # "according to Reuters, Bloomberg and the AP": each news organisation
        np = _written_by(np, roles=True) or np  # "according to a statement from the White House": the White House
        name = NAME_APPOSITIVE.match(masked, m.end("np"))
        if name and role_lexicon().get(_head(np)) in PERSON_KINDS and _looks_like_person(name.group("name")):
            # "according to his lawyer, Brian Kessler,", "according to a statement from the group's head, Brad Woodhouse"
            np, appos = name.group("name"), np
        np = TIME_TAIL.sub("", np)  # "data compiled by the New York Times in late June": the Times
        if released := DOCUMENT_RELEASED.search(np):
            np = np[:released.start("tail")]  # "according to a new poll released Thursday": the poll
            owner = DOCUMENT_OWNER.fullmatch(np)
            np = owner.group("owner").strip() if owner else np  # "a Congressional Budget Office estimate": the CBO
        if len(np.split()) == 1 and np.islower() and np not in role_lexicon() and np not in EVIDENCE_HEADS:
            continue  # "according to schedule", "according to plan": no source
        if SORTED_BY.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "segregated according to sex", "prices vary according to demand": by, not said by
        if (head := _head(np)) in NOT_A_SOURCE_HEADS and head in np.split():
            # "according to that theory", "according to the world's time zones", "according to the math of the Alabama
            # primary": no one says it (the head in lower case: "the Rules Committee" is a body)
            continue
        if not np.startswith("_"):
            found += [_Found(person, m.group("how").lower(), "according to", appositive=appos) for person in _each_person(np)]
    found += _with_participle(masked, has_that)
    if "quot" in masked:
        found += _quoted_as(masked)
    # a quotation introduced by a colon after a speaker: "His response: “…”", "Trump’s answer: “…”"
    m = pat["colon"].match(masked) if ":" in masked else None
    if m:
        np = {"his": "he", "her": "she", "their": "they"}.get(m.group("np").lower(), m.group("np"))
        found.append(_Found(np, m.group("noun").lower() + ":", "colon"))
    # "Added Bondi: “…”": the verb first, then the speaker (a strong cue only: "Noted economist …" is no verb)
    first = VERB_FIRST.match(masked) if masked.lstrip()[:1].isupper() else None
    if first and cue_lexicon().get(first.group("cue").lower()) == "strong" and first.group("np").split()[-1].lower() not in FUNCTION_WORDS \
            and not first.group("cue").endswith("ing"):  # "Noting the rise of populism, Petraeus said": what was noted
        appos = (first.group("appos") or "").strip()
        party_appos = PARTY_FIRST.match(appos)  # "Continued Sen. Ann Roe, D-Fla.: “…”"
        found.append(_Found(first.group("np").strip(), first.group("cue").lower(), "cue, name", appositive="" if party_appos else appos,
                            party=party_appos.group(0) if party_appos else ""))
    # sentence-initial name with appositive: "X, a ROLE at ORG, has stated that"
    m = pat["name_role_cue"].match(masked)
    if not m and masked.lstrip()[:1] in OPEN_QUOTES and (lead_quote := LEADING_QUOTATION.match(masked)):
        # "“…,” Rahm Emanuel, the mayor of Chicago who served in both administrations said": after the words, the
        # same subject (the quotation blanked, every position kept)
        m = pat["name_role_cue"].match(" " * lead_quote.end() + masked[lead_quote.end():])
    if m and m.group("name").split()[0].lower() in FUNCTION_WORDS - _KEEP_LEADING:
        rest = m.group("name").split()[1:]  # "As Phil Zuckerman, professor …, wrote": the name after "As"
        if not rest or rest[0].lower().strip(".") in NOT_A_FIRST_NAME:
            m = None  # "For September, the Labor Department said": an opening phrase, then the subject
    if m and "," not in masked[m.end("appos"):m.start("cue")] and (
            m.group("name").split()[0].lower() in FUNCTION_WORDS - _KEEP_LEADING
            or (" " not in m.group("name") and m.group("name").lower().endswith("ly"))):
        m = None  # "In Washington, the U.S. Justice Department said", "Oddly, the article says": no appositive closes
    if m and " " not in m.group("name").strip() and all(_is_cap(w) for w in m.group("appos").split()[1:]) \
            and _classify(m.group("appos").strip(), "", "")[0] in ("institution", "media"):
        m = None  # "Nationwide, the White House said,": an opening word, then a body by its name as the subject
    if m and "," not in masked[m.end("appos"):m.start("cue")] and (_plural_people(m.group("appos")) or (
            masked[m.end("cue"):].lstrip().startswith(",") and PARENTHETICAL_SPEAKER.fullmatch(m.group("appos").strip(" ,")))):
        m = None  # "The INA, the plaintiffs said, only allows …", "Second, the challengers claimed that …": they speak
    if m and len(m.group("appos").split()) <= 30 and not _other_sense(m.group("cue"), masked, m.end("cue")) \
            and not _predicate_in(m.group("appos")) and not DECLINED.search(masked, max(0, m.start("cue") - 40), m.start("cue")):
        found.append(_Found(m.group("name"), m.group("cue"), "name, role, cue", appositive=m.group("appos"), party=m.group("mark") or ""))
    # inverted: "…,” said X, a ROLE." / "…, warns an expert."
    inv = pat["inverted"].search(masked) if not tokens.isdisjoint(_strong_first_words()) else None
    # "told"/"tells" take the addressee next ("…, told reporters"), never the speaker; a participle takes what was
    # said ("…, calling the accusation “baseless.”")
    if inv and (inv.group("cue").lower() in ("told", "tells", "tell") or inv.group("cue").lower().endswith("ing")
                or inv.group("cue").lower() in OBJECT_FIRST_CUES):
        inv = None
    # "Ahmed Ali, who was the mayor, said the plan failed": the speaker is the named subject, not what follows
    pre = masked[:inv.start("cue")] if inv else ""
    if ")" in pre:
        pre = PARTY_MARK.sub("", pre)  # a party mark stands aside: "Ann Roe (D-Ohio), the ranking member, said the bill failed"
    if inv and (_named_then_described(pre) or _role_then_name(_parenthetical_before(pre)) or _subject_then_aside(pre)):
        inv = None
    if inv and not inv.group("rest").lower().startswith(("that", "it ", "to ", "by ", "in ", "on ", "he ", "she ", "they ")):
        rest = inv.group("rest")
        np_text, _, appos = rest.partition(",")
        np_text = np_text.strip()
        np_text = _before_setting(np_text, WHEN_CLAUSE)  # "said the mayor in a statement", "said Obama when he signed …"
        place = NAME_THEN_PLACE.match(np_text) if " " in np_text else None
        if place and _names_a_person(_split_descriptor(place.group("name"))[0]):
            np_text = place.group("name")  # "said John Smith in Des Moines", "said Trump at a rally": the person
        unnamed = ANONYMOUS_MODIFIER.search(np_text)
        if unnamed and re.search(r"\bwho\s", np_text[:unnamed.start()]):
            np_text = np_text[:unnamed.end()]  # "said a department official who requested anonymity to discuss …"
        elif " who " in np_text:
            np_text = np_text.split(" who ")[0]  # "said two officials who have seen the report": the officials
        clause = pat["clause"].search(np_text.split(" who ")[0]) or FINITE_AFTER_NP.match(np_text)
        if inv.group("cue").lower() in REQUEST_CUES and INFINITIVE.search(np_text):
            clause = True  # ", asked a federal court to vacate …": whom the subject asked, not who speaks
        appos = appos.strip()
        if np_text and np_text.split()[0].lower().strip(".,") in NOT_AN_INVERTED_SPEAKER:
            clause = True  # "…,” Rep. Ann Roe, D-Fla., said Wednesday": the speaker came before the cue
        party_appos = PARTY_FIRST.match(appos)
        if party_appos:
            appos = ""
        if appos and _looks_like_person(appos) and role_lexicon().get(_head(np_text)) in PERSON_KINDS:
            np_text, appos = appos, np_text  # "said his uncle, Marcus Bell": Marcus Bell, his uncle
        if np_text:  # (the inverted pattern takes strong cues only)
            # "…,” read a statement from Pelosi", "…,” read the letter, signed by Pelosi": who issued it
            issuer = _written_by(np_text, roles=True) or (_written_by(f"{np_text} {appos}", roles=True) if appos else "")
            np_text, appos = (issuer, "") if issuer else (np_text, appos)
        if np_text and not clause and (_is_cap(np_text.split()[0]) or np_text.split()[0].lower() in DETERMINERS or _lower_np_word(np_text.split()[0])
                                       or _particle_surname(np_text)  # "said de la Rionda"
                                       or ((titled := _split_descriptor(np_text))[1] and _looks_like_person(titled[0]))):
            if len(np_text.split()) <= (20 if np_text.split()[0].lower() in DETERMINERS else 10):  # "a senior official at a … group with close ties to …"
                # "said Ann Roe, an analyst with Right on Crime, to NPR": the outlet she spoke to ends the appositive
                to = APPOSITIVE_THEN_OUTLET.search(appos) if " to " in appos else None
                channel = to.group("outlet") if to and _media_name(to.group("outlet")) else ""
                found.append(_Found(np_text, inv.group("cue"), "cue, name", appositive=appos[:to.start()] if channel else appos,
                                    channel=channel, party=party_appos.group(0) if party_appos else ""))
            else:
                inv = None
        else:
            inv = None
    else:
        inv = None
    # subject before cue: "X said", "the Kremlin said on Monday", "they added"
    taken = {f.cue for f in found}
    spoke_at = inv.end("cue") if inv else -1  # where the last verb of saying with a speaker ends
    for m in _cue_pattern().finditer(masked):
        cue = m.group(0)
        if inv and m.start() == inv.start("cue"):
            continue
        if any(f.form in ("name, role, cue", "conduit") and f.cue.split()[0] == cue for f in found) or cue in ("according to",):
            continue
        if THINK_TANK.match(masked, m.end()):
            continue  # "think tank" is not a cue
        if cue == "say" and masked[m.end():m.end() + 1] == "," and masked[:m.start()].rstrip().endswith(","):
            continue  # "to hack into, say, elections": "for example", between commas, no one's words
        by = BY_AGENT.match(masked, m.end()) if cue.endswith("ed") else None
        if by:
            # "Details confirmed by the FBI track …", "an assertion denied by top Christie officials": a participle or a
            # passive; its agent, after "by", is the source when the verb says something of what was said
            agent = AGENT_NP.match(masked, by.end()) if cue.lower() in PASSIVE_AGENT_CUES else None
            if agent and agent.group("np").split()[-1].lower() not in FUNCTION_WORDS:
                np = agent.group("np")
                head = AGENT_HEAD.match(masked, agent.end()) if np[-1:].isupper() or np[-1:].isdigit() else None
                if head and (role_lexicon().get(head.group(1)) or head.group(1) in ORG_WORDS):
                    np += head.group(0)  # "criticized by a CNN panel", "denied by a Pentagon spokesman": the panel, the spokesman
                found.append(_Found(np, cue, "passive agent"))
            continue
        # the subject and what describes it stand within the last `SUBJECT_REACH` characters before the cue; a run-on
        # "sentence" (a page without full stops) is searched from there, not from its start, so it is not quadratic
        before = masked[max(0, m.start() - SUBJECT_REACH):m.start()]
        if cue.lower() == "reports" and (not _media_name(subject := _np_before(before))
                                         and not (subject and _classify(subject, "", "")[0] == "media")  # (a masthead: "The Post reports")
                                         or REPORTS_AS_NOUN.match(masked, m.end())):
            continue  # "CNN reports": as a present-tense subject cue, only for a news organisation ("news media reports with a photo": a noun)
        if END_AFTER_CUE.match(masked, m.end()) and PERFECT_AT_END.search(before) \
                and SUBORDINATE.search(masked, max((p.end() for p in QUOTE_OR_COMMA.finditer(masked, 0, m.start())), default=0), m.start()):
            continue  # "… relieved that the primary campaign had concluded.": it ended; the cue's clause is no aside after words said
        party = (PARTY_AT_END.search(before) or PARTY_ALONE_AT_END.search(before)) if ")" in before else None
        if party:
            before = before[:party.start()]
        elif ")" in before and (marks := list(PARTY_MARK_THEN_COMMA.finditer(before))):
            # "Rep. John Yarmuth (D-Ky.), who was part of …, added": the mark stands aside, as a tag between commas
            party = marks[-1]
            before = before[:party.start()] + before[party.end():]
        tags = list(PARTY_BETWEEN_COMMAS.finditer(before)) if "-" in before or "." in before else []
        if len(tags) > 1 and RELATIVE_START.match(before, tags[0].end()):
            # "Sen. Ann Roe, D-Mich., who wrote the bill with Rep. Tom Ruiz, R-Okla., said": the later tag is the
            # other's, inside what describes the subject
            for later in reversed(tags[1:]):
                before = before[:later.start()] + ", " + before[later.end():]
            tags = tags[:1]
        for earlier in reversed(tags[:-1]):  # "Sens. Roy Blunt, R-Mo., and Amy Klobuchar, D-Minn., said": both speak
            before = before[:earlier.start()] + " " + before[earlier.end():]
        tag = PARTY_BETWEEN_COMMAS.search(before) if tags else None
        if tag:  # "Rep. Ann Roe, D-Fla., said", "Rep. Ann Roe, R-S.C., who chairs …, said": the tag stands aside
            rest = before[tag.end():]
            before = before[:tag.start()] + (" " if not rest.strip() or ADVERBS_ONLY.fullmatch(rest) else ", ") + rest
            party = tag
        if cue.lower() in PLURAL_NOUN_CUES and (words := before.split()) and words[-1].lower() in QUANTIFIERS:
            continue  # "in some states that allow early voting": the noun
        if (last := LAST_WORD.search(before, max(0, len(before) - 12))) and last.group(1) in NOUN_MARKERS:
            continue  # "left a note", "the claim": after an article or a possessive the cue word is a noun
        if cue.lower() in NOUN_CUES and cue.endswith("s") and (owner := POSSESSIVE_BEFORE.search(before)):
            # "pushed back on Rubio's claims that …", "Akin's remarks that …": a noun, and whose words they are (but
            # "Trump's said", "has said", speaks)
            if owner.group("np") and masked.startswith(" that ", m.end()):  # what they said, not "Trump’s remarks provoked …"
                found.append(_Found(owner.group("np"), cue, "name, cue"))
            continue
        if cue.lower() in NOUN_CUES and NOUN_PHRASE_END.search(before) and not before.rstrip().endswith("s") \
                and PREPOSITION_NEXT.match(masked, m.end()):  # (after a plural, the subject's verb: "the senators note in")
            continue  # "a seriously confidential national security note to the President": a noun, its modifiers before it
        plain = _without_adverbs(before)
        if _ends_with_be(BE_ADVERBS_AT_END.sub(" ", plain)) and cue not in taken and not cue.endswith("ing"):
            continue  # passive voice: "was reported", "were told", "is constantly asked" (but "is claiming" speaks)
        if COUNTERFACTUAL.search(plain):
            continue  # "what they would have said": nobody said it
        if DECLINED.search(plain, max(0, len(plain) - 40)):
            continue  # "declined to say whether …", "did not say": nothing said
        if (when := RELEASED_WHEN.search(before)) and not _person_at_end(when.group(0)):
            before = before[:when.start()] + " "  # "A Marist poll released Wednesday found": the poll (but "He lashed out
            # hours after Prime Minister Mette Frederiksen said": she said it)
        if "titled " in before and (title := TITLED_AT_END.search(before, max(0, len(before) - 160))):
            before = before[:title.start()] + " "  # "A … study titled From Russia with Money reported": the study, not its title
        evidence = EVIDENCE_SUBJECT.search(before, max(0, len(before) - 300)) if _EVIDENCE_WORD.search(before) else None
        participle = cue.lower() in SPEECH_PARTICIPLES and _comma_opens(before)
        if participle and spoke_at >= 0 and not CLAUSE_START.search(masked, spoke_at, m.start()):
            continue  # "Trump has lost, his lawyer said Monday, adding that …": the speaker just cited goes on
        # "X, ROLE, questioned the plan, saying …", "Whitcomb lashed out at the secretary of state, Ann Roe,
        # accusing her …": the sentence's subject says it, not a name just before the participle
        lead = _sentence_subject(masked, m.start()) if participle else None
        after_and = AND_AT_END.search(before) is not None  # "… of being spies and suggested"
        if not lead and after_and and (first := SUBJECT_THEN_VERB.match(masked)) \
                and not CLAUSE_BREAK.search(masked, first.end(), m.start()) and first.group("np").split()[0].lower() not in FUNCTION_WORDS:
            # "Trump has also accused the whistleblower and officials … of being spies and suggested …": the verbs share
            # the sentence's subject, not the noun phrase just before "and"
            lead = (first.group("np"), "")
        unnamed = "" if lead else _unnamed_source_before(before)
        if unnamed and "," in before and (named := _named_then_described(before)) \
                and _describes(before[:before.rfind(unnamed)], named[0]):
            # "Democratic strategist Paul Begala, an adviser to Priorities USA, said", "Ed Stetzer, a church planter and
            # a professor at Wheaton College, pointed out": the person the unnamed phrase describes
            lead = named
        np = "" if lead else unnamed or _np_before(before)
        issued = ISSUED_STATEMENT.search(before) if np and cue.lower() in SPEECH_PARTICIPLES else None
        if issued and issued.group("np").split()[-1].islower() and _head(issued.group("np")) not in role_lexicon():
            issued = None  # "The plan issued …" names no one
        if issued:
            np = issued.group("np")  # "James Clapper issued a statement saying …": Clapper, in his statement
        if np and not lead and cue_lexicon()[cue.lower()] == "strong":
            np = _written_by(np) or np  # "A statement from the White House said": the White House
        if np and np.split()[-1].endswith("ly") and _before_cue(np.split()[-1]) and not RELATIVE_WORD.search(np):
            np = _unnamed_source_before(_without_adverbs(before)) or np  # "Police chiefs from around the country swiftly"
        if np and not lead and not issued and cue.lower() in SPEECH_PARTICIPLES and _object_before_participle(before, np):
            continue  # "… forces seized the oil tanker Stena Impero in the Gulf saying …": an object, no subject of the participle
        appositive = ""
        relative = not np and not lead and ("who" in before or "which" in before)
        if relative:
            # "…, including Gov. Ann Roe, who told the crowd": Ann Roe; "The Pentagon, which said": the Pentagon
            np = _who_said(before) or _which_said(before)
        if not np and not lead and "," in before and not after_and:
            lead = _named_then_described(before)  # (never past "and": "called on the chairman, Lindsey Graham, …, and said")
        if lead:
            np, appositive = lead
        paren = _parenthetical_before(before) if not np else None
        issuer = ""
        role_name = _role_then_name(paren)
        if role_name:
            np, appositive = role_name  # "Its spokesman, Col. Ann Lee, said"
        elif paren:
            np = _np_before(paren.group("head"))
            if np and _head(np) in AUTHORED_DOCUMENTS and (issuer := _written_by(f"{np} {paren.group('paren')}", roles=True)):
                np = issuer  # "The report, published by 38 North, said": who issued it
            elif np and np.lower() not in PRONOUNS:
                appositive = paren.group("paren") if re.match(rf"{APPOSITIVE_START}|[A-Z][\w’'.-]*(?:’s|'s)\s", paren.group("paren")) \
                    or _state_and_party(paren.group("paren")) else ""
        author = AUTHOR_AFTER.search(before, evidence.end("np")) if evidence and np and not lead else None
        by_author = bool(issuer or evidence and not lead and author and np in before[author.end():])  # "A report by Pew found"
        if evidence and not lead and not by_author:
            # "A CNN flash poll of debate watchers found", "a memo circulated to donors … argued"; never in place of
            # the author a "by" or "from" names ("A statement released by the Kremlin said": the Kremlin)
            np, appositive = evidence.group("np"), ""
        if not np or np.startswith("_") or np.lower() in POSSESSIVE_PRONOUNS:
            continue  # "Roe walked back her comments, saying …": "comments" is her noun, no verb of hers
        if cue.endswith("ing") and before.strip(" “\"‘'«„") == np:
            continue  # "Worth noting: …": a participle right after the words a sentence opens with has no subject there
        np = _joined_org(before, np) or np  # "A Health and Human Services official said": one speaker, not two
        if not lead and not appositive and not by_author and not relative \
                and OBJECT_IN_RELATIVE.search(before, 0, max(0, before.rstrip().rfind(np))):
            continue  # "Lobbyists who do work with foreign governments insist": not the governments
        if POSSESSIVE_END.search(np) and not (cue.lower() in BRAND_CUES and np[-1] == "s" and _is_cap(np.split()[-1])):
            # "Whitcomb's claim": a noun, a source only for what follows it; before a verb no possessive
            # stands before, a name that ends in 's ("McDonald's said", "Lowe's says"), or "has" after
            # a common noun ("the company's said": the company)
            if not (re.match(r"\s+that\b", masked[m.end():]) or (cue.lower() in ("said", "told") and np[-1] == "s")):
                continue
            np = POSSESSIVE_END.sub("", np)
        if cue.lower() in ("asked", "asks") and _head(np) in QUESTIONERS:
            continue  # "reporters asked whether …": the questioner is not a source
        quoted_before = QUOTE_THEN_SUBJECT.search(before)  # "“I'm not dead yet,” Biden joked at the fundraiser"
        if (not quoted_before and _other_sense(cue, masked, m.end())) or \
                (cue.lower() == "warning" and not before.rstrip().endswith(",") and not WARNING_WHAT.match(masked, m.end())):
            continue  # "an official police warning": the noun
        if np.split()[-1] in PURE_ADJECTIVES:
            continue  # only adjectives, no noun: "misleading health claims"
        if NO_ONE.match(np) or NO_ONE_OF.search(before, 0, max(0, before.rfind(np))):
            continue  # "No-one from the administration has commented", "Neither side said": no one said anything
        strength = cue_lexicon()[cue.lower()]
        head = _head(np)
        if strength == "weak" and not by_author:
            # "Judge Andrew Hanen found that", "the appeals court found that": a ruling, the court's words
            ruling = cue.lower() in ("found", "finds") and masked.startswith(" that ", m.end()) \
                and any(w.lower() in RULING_HEADS for w in np.split())
            if head not in EVIDENCE_HEADS and cue.lower() in EVIDENCE_CUES and not ruling:
                continue
            if CONDITION_BEFORE.search(plain, max(0, len(plain) - 60)):
                continue  # "… are delusional if they think …": a supposition, not what anyone said
            kind = role_lexicon().get(head, "")
            # "Mayor Tom Berg" too, and "But Nixon admitted": a conjunction opening the clause is no part of the name
            person = _names_a_person(_split_descriptor(_trim_name(np))[0])
            if (kind == "institution" and head not in EVIDENCE_HEADS and not ruling) or _country_of(np) == np or (not kind and not person and head not in {"they", "he", "she"}):
                continue
        if " and " in before and not appositive:
            np = _portfolio_joined(before, np)  # "Health and Human Services Secretary Sylvia Burwell said": one department
            np = _body_joined(before, np)  # "The Minnesota Campaign Finance and Public Disclosure Board said": one body
        found.append(_Found(np, cue, "name, cue", appositive=appositive, party=party.group(0) if party else "",
                            document=issued.group("doc").lower() if issued else ""))
        spoke_at = m.end() if np.lower() not in ("i", "we") else spoke_at  # (not the writer's "I say")
        for other in _listed_subjects(before, np) if not appositive else ():
            found.append(_Found(_written_by(other) or other, cue, "name, cue"))  # "Harris and Walz said", "The U.S. and China said": both speak
    for start, aside in dash_asides:  # "Fauci — the director of the National Institute … — told CNN": what he is
        inner = aside.strip(" —–-")
        if not inner.startswith("the "):
            continue  # "Schultz – a longtime Democratic donor – said": a description between dashes, not his title
        k = next((k for k, f in enumerate(found) if f.form == "name, cue" and not f.appositive and f.speaker.strip()
                  and masked[:start].rstrip().endswith(f.speaker.strip())), -1)
        if k >= 0:
            found[k] = replace(found[k], appositive=inner)
    if not found and (" and " in masked or " but " in masked):
        # "Stone smiled and said …", "Manning's lawyers demanded the release and said …": the sentence's named subject,
        # who did one thing and said another
        m = COORDINATED_CUE.match(masked)
        np = m and (m.group("np") or m.group("np1") or m.group("np2"))
        if np and RELATIVE_BETWEEN.search(masked, m.end("rel") if m.group("rel") else 0, m.start("cue") if m.group("cue") else m.end()):
            np = None  # "He apologised to ViacomCBS, which condemned him and said …": the relative clause's, not his
        if np and m.group("cue") and (follows := cue_follows().get(m.group("cue").lower())) and not follows.match(masked, m.end("cue")):
            np = None  # "… and claimed the title": the verb in its other sense
        if m and m.group("np2") and role_lexicon().get(np.split()[-1].lower()) not in ("group", "anonymous", "official", "expert", "citizen"):
            np = None  # a plural subject only where its head names people ("Republicans", "supporters"), not "Sanders"
        described = bool(np and m.group("np") and np.split()[0] in ("The", "A", "An") and np.split()[-1].islower())
        if described and role_lexicon().get(_head(np)) not in PERSON_KINDS + ("group", "anonymous"):
            np = None  # "The bill passed the House and said": a description only of people
        elif np and m.group("np") and not described and any(w.islower() and role_lexicon().get(w) not in PERSON_KINDS
                                                            for w in re.split(r"(?:’s|'s)\s", np)[0].split()):
            np = None  # a lower-case word in the subject only as a title ("Vermont senator Bernie Sanders")
        if np and (np.split()[0].lower() not in FUNCTION_WORDS or m.group("np2") or np in ("He", "She") or described):
            described_by = (m.group("rel") or "").strip(" ,")  # "Tom Berg, a Republican, left … and said": what he is
            found.append(_Found(np, m.group("cue") or m.group("cue1") or m.group("cue2"), "name, verb and cue", party=m.group("mark") or "",
                                appositive="" if described_by.startswith("who ") else described_by))
    if not found and ":" in masked and (colon := COLON_QUOTATION.search(masked)):
        found += _colon_lead(masked, sentence_text, colon.start())
    return found + _named_or_argued(masked, tokens, bool(found))


def _named_or_argued(masked: str, tokens: set[str], others: bool) -> list[_Found]:
    """A name someone gives a thing ("what he calls “core al Qaeda”") and an argument given as
    theirs ("Obama’s argument is that …"); a pronoun only when the sentence names no other
    speaker ("Paul accused lawmakers … and took aim at what he called “wasteful spending”": Paul).

    >>> line = "Workers face what Ann Roe calls _the huge heat_."
    >>> [(f.speaker, f.cue) for f in _named_or_argued(line, set(line.split()), False)]
    [('Ann Roe', 'calls')]
    >>> line = "Obama’s argument is that the cuts will hurt."
    >>> [(f.speaker, f.cue) for f in _named_or_argued(line, set(line.split()), False)]
    [('Obama', 'argument')]
    """
    found = [_Found(m.group("np"), m.group("cue").lower(), "what X calls")
             for m in (WHAT_X_CALLS.finditer(masked) if "what" in tokens else ())]
    argued = not tokens.isdisjoint(ARGUMENT_NOUNS) and not tokens.isdisjoint(("is", "was", "been", "remains"))
    for m in POSSESSOR_ARGUES.finditer(masked) if argued else ():
        np = {"his": "he", "her": "she", "their": "they"}[m.group("pronoun").lower()] if m.group("pronoun") else m.group("np")
        if np.split()[0].lower() == "the" and role_lexicon().get(_head(np)) not in (*PERSON_KINDS, "institution", "group", "anonymous"):
            continue  # "The bill's message is that …": no one's argument
        found.append(_Found(np, m.group("cue").lower(), "X's argument is"))
    return [f for f in found if not (others and f.speaker.lower() in PRONOUNS)]


LEADING_QUOTATION = re.compile(r"\s*[“\"‘«„][_\s]+[”\"’»],?\s+(?=[A-Z])")  # a sentence that opens with words quoted
# a quotation of three words or more just after a colon: "Conway was more blunt: “He's not going to …”"
COLON_QUOTATION = re.compile(r":\s*[“\"‘«„]_+(?:\s+_+){2,}")
# a relative clause between commas, whose verb is not the sentence's: "Conway, who served as adviser, was blunt:"
RELATIVE_BETWEEN_COMMAS = re.compile(r",\s+(?:who|whose|which)\b[^,_]{1,160},")
# what introduces a quotation that is a name, not anyone's words: "The sign had a simple message:"
NAMING_LEAD = re.compile(r"\b(?:titled?|named?|called|headlines?|headlined|slogans?|mottos?|captions?|captioned|signs?|banners?|"
                         r"labels?|hashtags?|subtitled?|songs?|books?|films?|shows?|ads?|videos?|reads?|read)\b")


def _colon_lead(masked: str, sentence_text: str, colon: int) -> list[_Found]:
    """The speaker of a quotation a colon introduces after a clause with no verb of saying: the
    clause's subject ("Kellyanne Conway was more blunt: “…”", "Bob Bixby, executive director of the
    Concord Coalition, put it this way: “…”", "The pastor, Faith Green Timmons, interrupted and
    made clear: “…”"). The cue is the clause's predicate, up to the colon."""
    clause = masked[:colon]
    if NAMING_LEAD.search(clause):
        return []  # "The film's title:", "The sign read:"
    start = max((c.end() for c in CLAUSE_START.finditer(clause)), default=0)  # "…, and indeed, after …, Conway was"
    while (opener := SUBJECT_OPENER.match(clause, start)) and opener.end() < len(clause):
        start = opener.end()  # "After Trump won the election, ", "On Friday, responding to pleas …, "
    clause = RELATIVE_BETWEEN_COMMAS.sub(lambda m: " " * len(m.group(0)), clause)
    label = clause[start:].strip()
    if label and start == 0 and not FINITE_VERB.search(clause) and len(label.split()) <= 8:
        # no verb at all: a label, as a round-up of reactions writes it ("Comedian Sarah Silverman: “…”", "Sen. Ann
        # Roe: “…”"); only a person named in full, perhaps after a title (not "The bottom line: “…”", "Ukraine: “…”")
        name, role, _ = _split_descriptor(label)
        named = _names_a_person(name) and len(_strip_honorific(name).split()) >= 2
        return [_Found(label, ":", "name, colon")] if named and (role or name == label or _strip_honorific(name) != name) else []
    for verb in FINITE_VERB.finditer(clause, start):
        subject = clause[start:verb.start()]
        last = subject.rstrip(" ,").rsplit(None, 1)[-1:]
        if not last or last[0].lower() in DETERMINERS:
            continue  # "The retired teacher was": "retired" is no verb
        predicate = sentence_text[verb.start():colon].split()
        cue = " ".join(predicate[:5]) + (" …" if len(predicate) > 5 else "") + ":"
        kept = []
        for f in _attributions(subject + " said", subject + " said"):
            speaker = f.speaker.strip()
            head = _head(speaker)
            if f.cue != "said" or not (speaker.lower() in ("he", "she", "they") or _is_cap(speaker.split()[-1])
                                      or role_lexicon().get(head) in PERSON_KINDS + ("group", "anonymous")):
                continue  # "The question is simple:": no one
            kept.append(replace(f, cue=cue, form="name, colon"))
        return kept
    return []


# what opens a sentence before its subject: an adverb ("Indeed, ", "Finally, "; of seven letters or more, so not
# "Kelly, "), a subordinate clause, a setting, or a participle's phrase ("Responding to pleas …, "; not "Sterling, ")
SUBJECT_OPENER = re.compile(r"\s*(?:(?:[Ii]ndeed|[Ss]till|[Tt]hen|[Nn]ow|[Ii]nstead|[Mm]eanwhile|[Hh]owever|[Ss]o|[Yy]et|[A-Za-z]{5,}ly)\s*,\s+"
                            r"|(?:[Aa]fter|[Ww]hen|[Bb]efore|[Aa]s|[Ss]ince|[Ww]hile|[Ii]f|[Aa]lthough|[Tt]hough|[Bb]ecause|[Oo]nce|"
                            r"[Uu]ntil|[Dd]espite|[Ff]ollowing|[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Ww]ith|[Ff]rom|[Aa]sked|[Pp]ressed|[Ll]ast|"
                            r"[Tt]his|[A-Za-z]+ing\s)\b[^,_]{0,200},\s+)")


def _comma_opens(before: str) -> bool:
    """Does a comma open the participle's phrase, perhaps with adverbs between it and the participle
    ("…, saying", "…, repeatedly saying", "…, also noting")?

    >>> _comma_opens("has defended the comments, repeatedly "), _comma_opens("with analysts ")
    (True, False)
    """
    text = _without_adverbs(before).rstrip()
    while (word := text.rsplit(None, 1)[-1] if text else "") in PARTICIPLE_ADVERBS:
        text = text[:-len(word)].rstrip()
        if text.endswith((", but", ", and")):  # "…, but also telling supporters"
            text = text[:-4].rstrip()
    return text.endswith(",")


PARTICIPLE_ADVERBS = {"also", "again", "then", "later", "even", "still", "once"}


def _object_before_participle(before: str, np: str) -> bool:
    """Is ``np``, just before a participle with no comma between, the object of what comes before it
    ("seized the tanker Stena Impero saying"), not the participle's subject ("with analysts saying", "The
    video shows Trump saying", "an instance of Clinton telling", "was he accusing")?"""
    if before.rstrip().endswith(",") or np.lower() in PRONOUNS:
        return False
    words = before[:before.rstrip().rfind(np)].split()
    return bool(words) and words[-1].lower() not in PARTICIPLE_SUBJECT_AFTER and words[-1][-1] not in ",;:“\"("


# a named subject that put out a statement, the participle after it saying what the statement said
ISSUED_STATEMENT = re.compile(r"(?:^|(?<=[\s,;“\"]))(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w’'.-]*"
                              r"|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}[a-z]+"  # "The senator issued a statement saying"
                              rf"|(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w.-]*{POSSESSIVE_MARK}\s+(?:[a-z-]+\s+)?[a-z]+)\s+"  # "Biden's campaign"
                              r"(?:also\s+|later\s+)?"
                              r"(?:issued|released|put\s+out|posted|sent|published|tweeted|shared|filed|submitted|signed|wrote)\s+"
                              r"(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?P<doc>statement|letter|tweet|post|video|message|memo|release|affidavit|filing|brief|motion|"
                              r"petition|declaration|op-ed|note)"
                              # when and where: "issued a statement Tuesday", "filed an affidavit in the Supreme Court on Monday"
                              rf"(?:\s+(?:(?:on|late|early|last|this)\s+)?(?:{'|'.join(d.capitalize() for d in WEEKDAYS)}|"
                              r"night|morning|afternoon|evening|week|today|yesterday|earlier|later)\b"
                              r"|\s+(?:in|to|with|before)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*){0,3}\s*$")
# verbs whose object a participle describes ("An article quoted Prof. Carlos Tejeda writing", "The video shows Trump saying")
PERCEPTION_VERBS = {"quoted", "quotes", "quoting", "heard", "hears", "overheard", "showed", "shows", "shown", "caught", "captured",
                    "recorded", "filmed", "saw", "sees", "seen", "cited", "cites", "citing", "features", "featured"}
# the words after which a noun is a participle's subject, not an object: "with analysts saying", "of Clinton telling"
PARTICIPLE_SUBJECT_AFTER = frozenset({"with", "of", "and", "but", "while", "was", "is", "were", "are"}) | PERCEPTION_VERBS
SPEECH_PARTICIPLES = {"saying", "adding", "noting", "warning", "arguing", "insisting", "explaining", "stressing", "asserting",
                      "stating", "indicating", "urging",
                      "writing", "telling", "calling", "accusing", "describing", "declaring", "claiming", "complaining",
                      "sneering", "alleging", "contending"}
# what may follow a person's name between commas before the verb: a relative clause, where they
# are from or live, their age, or a description ("Jane Roe, who lives in Harlech, Gwynedd, said")
DESCRIPTION_START = re.compile(rf"\s*(?:(?:himself|herself|themselves|itself)\s+)?(?:who|whose|from\s|of\s+[A-Z]|in\s+[A-Z]|aged?\b|\d{{1,3}}\b|based\s|{APPOSITIVE_START})")  # "herself a candidate"
# an introductory phrase before a sentence's subject: "In a series of posts on Monday night, "
OPENING_PHRASE = re.compile(r"[\s“\"‘'«„]*(?:In|At|On|During|After|Before|Since|With|From|Speaking|Asked|Earlier|Later|"
                            r"Last|This|Hours|Days|Minutes|Moments|Meanwhile|Then|Still)\b[^,_]{0,200},\s+")
ORG_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|and|for))*?(?=\s+[a-z]|[,;]|$)")
# a conjunction a sentence opens with, no comma after it: "But King …", "And Sen. Ann Roe …"
CONJUNCTION_OPENS = re.compile(r"[\s“\"‘'«„]*(?:But|And|Yet|So|Or|Nor|Now|Then|Also|Instead)\s+(?=[A-Za-z])")
CLAUSE_START = re.compile(r"(?:,|;)\s+(?:but|and|while|yet|though|although)\s+|;\s+")
# verbs in the past that are not in -ed, after which one capitalised word is a subject ("Halvorsen told …")
PAST_TENSE = {"told", "said", "took", "made", "gave", "went", "came", "spoke", "wrote", "ran", "met", "sat", "struck", "stood",
              "withdrew", "upheld", "withheld", "overrode", "misled", "forgave", "foresaw", "rose", "drove", "flew", "grew",
              "shook", "fled", "dealt", "undertook", "overtook", "mistook", "forbade", "bit", "dug", "hid", "stole",
              "held", "led", "left", "sent", "threw", "drew", "broke", "chose", "fought", "hit", "put", "set", "shot", "sought",
              "swore", "tore", "won", "lost", "fell", "got", "kept", "began", "brought", "bought", "caught", "taught", "thought",
              "felt", "found", "heard", "knew", "meant", "paid", "read", "saw", "sold", "spent", "stuck", "swept", "woke"}
SENTENCE_SUBJECT = re.compile(r"[\s“\"‘'«„]*(?P<np>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s*(?:,(?P<appos>[^,_]{3,160}),|\s+[a-z])")


def _role_modifiers_start(opens: str) -> int | None:
    """Where the words that qualify a role start, when they end ``opens`` (the text before a titled
    name) and open the sentence or follow a comma: "Acme Capital tech" before "investor Jane Roe"
    (a body's name, then at most two lower-case words that are no function word, verb of saying or
    past form). None when anything else stands before them.

    >>> _role_modifiers_start("However, Acme Capital tech")
    9
    >>> _role_modifiers_start("Roe told tech") is None
    True
    """
    words = list(re.finditer(r"\S+", opens))
    k, lower = len(words), 0
    while k > 0:
        w = words[k - 1].group(0)
        low = w.lower()
        if low in FUNCTION_WORDS or low in cue_lexicon() or w.endswith((",", "”", '"')):
            break
        if w[0].islower():
            if lower == 2 or k < len(words) and words[k].group(0)[0].isupper() or low.endswith(("ed", "ly")):
                break  # lower-case words only next to the role
            lower += 1
        elif not _is_cap(w):
            break
        k -= 1
    if k == len(words):
        return None
    head = opens[:words[k].start()].rstrip()
    return words[k].start() if not head.strip("“\"‘'«„ ") or head.endswith(",") else None


PERSON_OF_BODY = re.compile(r"(?P<person>.+?)\s+(?:of|at|from|with)\s+(?:the\s+)?(?P<body>[A-Z].*)")


# a time, or a word joining the sentence to the one before, opening it without a comma: "On Friday Bates, who …, said"
TIME_OPENS = re.compile(r"[\s“\"‘'«„]*(?:(?:But|And|Yet|So)\s+)?(?:(?:On|Last|This|Early|Late|Earlier|Later)\s+(?:[A-Za-z]+\s+){0,2}?"
                        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)"
                        r"|Earlier|Later|Then|Now|Meanwhile|But|And|Yet|So)")


def _named_then_described(before: str) -> tuple[str, str] | None:
    """(name, description) when the text before a cue is a person's name followed by what
    describes them between commas, however many ("Jane Roe, the mayor of Springfield, Illinois,
    said", "Hortense Gregory, who lives in Harlech, Gwynedd, said"): the name, never a place
    inside the description. None otherwise."""
    at = before.find(",")
    while at > 0:
        name = _np_before(before[:at])
        opens = before[:at - len(name)].rstrip()  # the name must open the sentence or a clause, not be an object
        start = _role_modifiers_start(opens) if name and opens and _split_descriptor(name)[1] else None
        if start is not None:
            # "Acme Capital tech investor Jane Roe, who …, said": what qualifies the role opens the subject with it
            name, opens = opens[start:].lstrip() + " " + name, opens[:start].rstrip()
        # (a straight quotation mark closes a quotation when a space follows it: "the so-called \"Buy American, …\"" opens one)
        opens_clause = not opens.strip("“\"‘'«„") or opens.endswith((",", "”")) or TIME_OPENS.fullmatch(opens) is not None \
            or (opens.endswith('"') and before[at - len(name) - 1:at - len(name)].isspace())
        of_body = PERSON_OF_BODY.fullmatch(name) if name and " " in name else None
        if of_body and _looks_like_person(_strip_honorific(_split_descriptor(of_body.group("person"))[0])) \
                and _organisation_kind(before[at + 1:].strip(" ,")) and opens_clause and not _predicate_in(before[at + 1:]):
            return name, ""  # "Craig Cox of the Environmental Working Group, an organization that has …, said": Cox, of his group
        if name and _looks_like_person(_strip_honorific(_split_descriptor(name)[0])) and (DESCRIPTION_START.match(before, at + 1) or _role_first(before[at + 1:])) \
                and (opens_clause or opens.split()[-1].lower() in ("and", "but", "that", "said", "says")) \
                and not _predicate_in(before[at + 1:]):  # "Centralized, party-blessed voter files are old news, asserted …"
            title = _np_before(opens[:-1]) if opens.endswith(",") else ""  # "the District Attorney, Patrick Henry, who …"
            description = before[at + 1:]
            if not description.rstrip().endswith(",") and _plural_people(description):
                return None  # "Second, the challengers claimed": they, not what the sentence opens with
            return name, _description(description) or (description.strip(" ,") if AGE_FIRST.match(description) or HOME_TOWN.match(description) else "") \
                or (title if role_kind(title) else "")
        at = before.find(",", at + 1)
    return None


PORTFOLIO_AND_AT_END = re.compile(r"(?:(?<=\s)|^)(?P<first>(?:[A-Z][\w’'-]*\s+)?[A-Z][\w’'-]*)\s+and\s+$")


def _portfolio_and_before(text: str, end: int, start: int = 0) -> re.Match[str] | None:
    """A portfolio and "and" ending at ``end`` ("Health and " before "Human Services Secretary"), or None."""
    m = PORTFOLIO_AND_AT_END.search(text, start, end)
    return m if m and m.group("first").split()[-1].lower() in PORTFOLIOS else None


def _portfolio_joined(before: str, np: str) -> str:
    """``np`` with the portfolio before its "and" when the two name one department before a title
    ("Health and Human Services Secretary Sylvia Burwell", "Former Housing and Urban Development
    Secretary …"), not two subjects ("Trump and Homeland Security Secretary Kirstjen Nielsen said").

    >>> _portfolio_joined("Health and Human Services Secretary Sylvia Burwell ", "Human Services Secretary Sylvia Burwell")
    'Health and Human Services Secretary Sylvia Burwell'
    >>> _portfolio_joined("Trump and Homeland Security Secretary Kirstjen Nielsen ", "Homeland Security Secretary Kirstjen Nielsen")
    'Homeland Security Secretary Kirstjen Nielsen'
    """
    head = before.rstrip()
    if not head.endswith(np):
        return np
    m = _portfolio_and_before(head, len(head) - len(np))
    words = m.group("first").split() if m else []
    if not words or (len(words) == 2 and words[0].lower() not in STATUS_WORDS):
        return np
    name, role, affiliation = _split_descriptor(np)
    if not (role and affiliation and np.startswith(affiliation)):
        return np
    return f"{m.group('first')} and {np}"


# capitalised words after "The" just before "and" (what may open a body's name that runs on past the "and")
NAME_OPENING_BEFORE_AND = re.compile(r"(?:^|(?<=[\s(“\"‘']))(?P<first>[Tt]he(?:\s+[A-Z][\w’'-]*){1,4})\s+and\s+$")


def _body_joined(before: str, np: str) -> str:
    """``np`` with the words before its "and" when the two make one body's name: ``np`` is a body's
    name in capitals with no article ("Public Disclosure Board") and before the "and" stand "The" and
    capitalised words that name no body, person, party or place of their own ("The Minnesota Campaign
    Finance"); else ``np`` (two speakers: "The Kremlin and Foreign Ministry said", "The United States
    and European Union said").

    >>> _body_joined("The Minnesota Campaign Finance and Public Disclosure Board ", "Public Disclosure Board")
    'The Minnesota Campaign Finance and Public Disclosure Board'
    >>> _body_joined("The Kremlin and Foreign Ministry ", "Foreign Ministry")
    'Foreign Ministry'
    """
    head = before.rstrip()
    words = np.split()
    if not head.endswith(np) or not all(map(_is_cap, words)) or role_lexicon().get(words[-1].lower()) != "institution":
        return np
    m = NAME_OPENING_BEFORE_AND.search(head, 0, len(head) - len(np))
    first = m.group("first") if m else ""
    last = first.split()[-1].lower() if first else ""
    if not first or role_lexicon().get(last) or last in PARTY_WORDS or " ".join(first.split()[1:]) in places() \
            or _looks_like_person(" ".join(first.split()[1:])):
        return np
    return f"{first} and {np}"


def _describes(opening: str, name: str) -> bool:
    """Does a phrase after ``opening`` describe ``name``: right after the name and its comma, or
    after "and" in the one description that follows it ("Ed Stetzer, a church planter and …")?

    >>> _describes("Paul Begala, ", "Paul Begala"), _describes("Ed Stetzer, a church planter and ", "Ed Stetzer")
    (True, True)
    >>> _describes("Comey, who rarely speaks, may say it: the director was angry when Trump said it, ", "Comey")
    False
    """
    opening = opening.rstrip()
    at = opening.rfind(f"{name},")
    if at < 0:
        return False
    between = opening[at + len(name) + 1:]
    return not between.strip() or (opening.endswith(" and") and not any(mark in between for mark in ",;:"))


# who speaks in an attribution set between commas after a sentence's first words, no comma closing it before the
# verb: "The INA, the plaintiffs said, only allows …" (not an appositive: "Ann Roe, the judge, said")
PARENTHETICAL_SPEAKER = re.compile(r"(?:the|some|many|other|both)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)")


def _plural_people(description: str) -> bool:
    """Is ``description`` (commas around it aside) a determiner and plural people, as `PARENTHETICAL_SPEAKER` reads it
    ("the plaintiffs", "some critics"), not one person ("the judge")?"""
    found = PARENTHETICAL_SPEAKER.fullmatch(description.strip(" ,"))
    return found is not None and _plural_person_noun(found.group("head"))


def _plural_person_noun(word: str) -> bool:
    """Is ``word`` the plural of a noun for people: of a role ("critics", "officials") or of an agent noun ("plaintiffs",
    "challengers", "petitioners", "defendants")?

    >>> [_plural_person_noun(w) for w in ("plaintiffs", "challengers", "critics", "news", "analysis", "business")]
    [True, True, True, False, False, False]
    """
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "ws")):
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return role_lexicon().get(singular) in PERSON_KINDS or singular in BACKGROUND_SOURCES or \
        (singular.endswith(("er", "or", "ant", "ent", "ist", "iff")) and len(singular) > 4)


def _role_first(text: str) -> bool:
    """Does a description open with a role, without an article ("chairman of the trustees at …",
    "executive director of …")? A role word among its first three words, before any preposition.

    >>> _role_first(" chairman of trustees at the Foodbank, "), _role_first(" the plan failed, ")
    (True, False)
    >>> _role_first(" Putin's foreign policy aide, ")  # whose role it is, then three words
    True
    """
    if COMMITTEE_SEAT.match(text.lower()):
        return True  # "top Democrat on the Senate Finance Committee"
    words = text.split()
    if words and (words[0].lower() in POSSESSIVE_PRONOUNS or POSSESSIVE_END.search(words[0])):
        words = words[1:]
    for word in words[:3]:
        low = word.lower().strip(",")
        if low in PREPOSITIONS:
            return False
        if role_lexicon().get(low) in PERSON_KINDS:
            return True
    return False


def _sentence_subject(masked: str, at: int | None = None) -> tuple[str, str] | None:
    """(subject, description) of a sentence that opens with a person or a pronoun: the speaker of
    a participle cue at its end ("Sen. Roger Wicker, chairman of the committee, questioned the
    plan, saying …")."""
    if ", " in masked:  # "Democrats, meanwhile, pushed …": the aside blanked (offsets kept), the subject next to its verb
        masked = SUBJECT_ASIDE.sub(lambda m: " " * len(m.group(0)), masked)
    # the participle at ``at`` belongs to the last clause before it: "…, but Covey backtracked, saying"
    clause = max(CLAUSE_START.finditer(masked, 0, at), key=lambda c: c.end(), default=None) if at is not None else None
    m = SENTENCE_SUBJECT.match(masked, clause.end()) if clause else None
    if m and not _looks_like_person(_strip_honorific(_split_descriptor(m.group("np"))[0])):
        m = None
    m = m or SENTENCE_SUBJECT.match(masked)
    conjunction = CONJUNCTION_OPENS.match(masked)
    if m and conjunction:
        # "But King lambasted the Democrats, saying …": King; "And the Justice Department sued …": the department
        m = SENTENCE_SUBJECT.match(masked, conjunction.end() + (4 if masked.startswith("the ", conjunction.end()) else 0)) or m
    opener = OPENING_PHRASE.match(masked)
    if opener and (not m or m.group("np").split()[0].lower() in FUNCTION_WORDS):
        start = opener.end() + (len("former ") if masked.startswith("former ", opener.end()) else 0)
        m = SENTENCE_SUBJECT.match(masked, start)  # "In a series of posts on Monday, former Gov. Ann Roe …"
    if not m:
        return None
    np = m.group("np")
    name, role, _ = _split_descriptor(np)
    # one capitalised word is a person only as the subject of an act ("Halvorsen misstated his rank, describing …"),
    # not of "is" or "has" ("Smoking is the leading cause of death, claiming …"), nor a word of a longer subject
    # ("Whitcomb campaign senior adviser Chase Lindell blasted …")
    alone = m.group("appos") is None and _acts(masked, m.end() - 1)
    owner = POSSESSIVE_END.search(np) is not None and m.group("appos") is None  # "Barack Obama’s former acting Solicitor …"
    if np.lower() in ("he", "she") or (not owner and _looks_like_person(_strip_honorific(name)) and (role or len(name.split()) > 1 or alone)):
        return np, _description(m.group("appos") or "")
    titled = _person_title_after(masked, m.end("np"))
    if titled:
        full = masked[m.start("np"):titled.end()]  # "White House press secretary Josh Earnest was dismissive …": him
        name, role, _ = _split_descriptor(full)
        if role and _looks_like_person(_strip_honorific(name)):
            return full, ""
    of = ORG_OF.match(masked, m.end("np"))
    body = np + of.group(0) if of else np  # "The Department of Justice"
    if len(body.split()) > 1 and _classify(body, "", "")[0] == "institution" and _has_name(body):
        return body, ""  # "The Justice Department on Friday sued Virginia, arguing …": the department argues
    # an unnamed subject of an act in the past: "The panel reversed that ruling, writing that …", "Republicans also
    # defended the committee, noting that …": the words before the clause's first verb, when a role word heads them
    base = clause.end() if clause else (opener.end() if opener else conjunction.end() if conjunction else 0)
    verb = PAST_VERB.search(masked, base, at if at is not None else len(masked))
    words = _without_adverbs(ADVERB_TAIL.sub(" ", masked[base:verb.start()])) if verb else ""
    np = _np_before(words) if words else ""
    opening = words[:words.rfind(np)].lower().split() if np else []  # what stands before it opens the clause
    if np and np.lower() not in PRONOUNS and role_lexicon().get(_head(np)) in ("group", "anonymous", "institution", "official", "expert") \
            and not any(w in PREPOSITIONS and w != "of" for w in opening):  # "the U.S. under both … administrations": not these
        return np, ""
    return None


# a title in lower case and a name after the capitalised words a subject opens with: "White House| press secretary Josh Earnest"
LOWER_TITLE_THEN_NAME = re.compile(r"(?P<title>(?:\s+[a-z][\w-]*){1,3})(?:\s+[A-Z][\w’'.-]*){1,4}(?=\s*,|\s+[a-z])")


def _person_title_after(text: str, at: int) -> re.Match[str] | None:
    """A person's title in lower case and a name at ``at``, after the capitalised words a subject opens
    with ("White House| press secretary Josh Earnest", "Des Moines| resident Laura Smidt"), or None."""
    titled = LOWER_TITLE_THEN_NAME.match(text, at)
    return titled if titled and role_lexicon().get(titled.group("title").split()[-1]) in PERSON_KINDS else None
PAST_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{'|'.join(sorted(PAST_TENSE))})\b")
# a sentence's main verb, where the subject before it ends: "Bob Bixby, director of …, put it this way:"
FINITE_VERB = re.compile(rf"\s(?:[a-z]{{3,}}ed|{'|'.join(sorted(PAST_TENSE))}|was|is|were|are|has|had|have|did|does|will|would)\b")
# an adverb between commas after a sentence's subject ("Democrats, meanwhile, pushed"): any verb may follow
SUBJECT_ASIDE = re.compile(ASIDE_WORDS + r"(?=\s+[a-z])")
# auxiliaries before an act ("Trump has defended", "Pelosi did not say whether"), what stands between them
ACT_AUXILIARIES = {"has", "have", "had", "did", "does"}
NOT_OR_ADVERB = {"not", "also", "again", "then", "later", "since", "long", "never", "repeatedly", "already", "still", "even"}
# how a speaker was when they said something: "Biden was equally blunt about …, saying", "Conway was more blunt: “…”"
STANCE_ADJECTIVES = {"blunt", "blunter", "clear", "clearer", "adamant", "emphatic", "defiant", "firm", "critical", "dismissive",
                     "candid", "frank", "direct", "explicit", "unequivocal", "upbeat", "optimistic", "pessimistic", "cautious",
                     "skeptical", "sceptical", "confident", "unapologetic", "outspoken", "vocal", "scathing", "harsh", "harsher",
                     "sharp", "sharper", "succinct", "categorical", "insistent", "effusive", "unrepentant", "defensive"}


def _acts(text: str, at: int) -> bool:
    """Do the words at ``at`` open an act, so that one capitalised word before them is a person's name
    ("Halvorsen misstated", "Trump has defended", "Pelosi did not say", "Biden was equally blunt"), not
    a thing's ("Smoking is the leading cause", "Facebook has a policy")?

    >>> _acts(" has repeatedly defended the plan", 0), _acts(" was more blunt", 0), _acts(" is the leading cause", 0)
    (True, True, False)
    >>> _acts(" reluctantly accepted the delay", 0), _acts(" family gathered", 0)
    (True, False)
    """
    words = iter(w.group(0).lower() for w in WORD_TOKEN.finditer(text, at, at + 80))
    verb = next(words, "")
    while verb in NOT_OR_ADVERB or (verb.endswith("ly") and _before_cue(verb)):  # "Sanders also swept", "Johnson reluctantly accepted"
        verb = next(words, "")
    if verb in ACT_AUXILIARIES or verb in ("was", "is"):
        auxiliary, verb = verb, next(words, "")
        while verb in NOT_OR_ADVERB or verb in ("more", "less", "equally", "very") or (verb.endswith("ly") and _before_cue(verb)):
            verb = next(words, "")
        if auxiliary in ("was", "is"):
            return verb in STANCE_ADJECTIVES
        if auxiliary in ("did", "does") and verb.isalpha() and not _lower_np_word(verb):
            return True  # "did not say", "does sign": the bare verb
    # (a participle is no act of the word before it: "Worth noting: …, telling …" is no one's; `_attributions`
    # skips the "noting" itself)
    return (verb.endswith("ed") or (verb in cue_lexicon() and not verb.endswith("ing")) or verb in PAST_TENSE) \
        and not _lower_np_word(verb)


ADVERB_TAIL = re.compile(r"\s(?:also|again|then|later|have|has|had)\s*$")


DESCRIPTION_CONTINUERS = {"a", "an", "the", "who", "whose", "which", "and", "of", "in", "from", "at", "for", "with", "based"}


def _description(text: str) -> str:
    """The role a description gives ("56, a retired teacher" → "a retired teacher"), or ""
    when it gives none (a relative clause, a home town)."""
    text = re.sub(r"^\s*\d{1,3}\s*,", "", text).strip(" ,")
    clause = text.split(",")[0]
    if text.startswith("who ") and any(p.match(clause) for p in (STUDIES, RELATIVE_ROLE, HEADS_BODY)):
        return clause  # "who studies elections at Carrow University", "who was appointed ambassador"
    if not (re.match(APPOSITIVE_START, text) or role_kind(text.split(",")[0]) or _role_first(text.split(",")[0])):
        return ""  # (a role whose kind is open counts: "Trump’s personal lawyer")
    # the description ends where a piece between commas opens with a verb ("…, questioned the plan, saying"),
    # not a place ("Springfield, Illinois") or a continuation ("a think tank", "who …")
    pieces = text.split(",")
    kept = [pieces[0]]
    for piece in pieces[1:]:
        first = piece.split()[:1]
        if not first or not (first[0][:1].isupper() or first[0].lower() in DESCRIPTION_CONTINUERS):
            break
        kept.append(piece)
    return ",".join(kept).strip(" ,")


THINK_TANK = re.compile(r"\s+tanks?\b")
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
TITLE_ABBREVIATION_WORDS = "Sgt|Sen|Rep|Gov|Gen|Lt|Col|Capt|Dr|Mr|Mrs|Ms|Adm|Maj|Cmdr|Det|Supt|Prof|St|Jr|Sr|Insp|Cpl|Pvt|Amb"
# a dash that opens or closes an aside (an en dash between words is none: "(I–Mich.)")
DASH = re.compile(r"\s*—\s*|\s+–\s+|\s+--\s+")
# more names after the first, the last after "and": "according to Ann Roe, Mr. Smith and Carl Jones"
NAMES_LIST_ON = re.compile(r"(?:,\s*(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)+,?\s+and\s+(?:the\s+)?"
                           r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*")
NAME_APPOSITIVE = re.compile(r",\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*(?:,|$)")
# "…, R-Mich., also said", "…, D-Nev., has already said"
ADVERBS_ONLY = re.compile(r"(?:(?:also|again|later|then|further|once|still|even|too|already|has|have|had|[a-z]+ly)\s+){1,3}")
# "Sen. Jane Roe (D-Ohio) said", "Rep. Ann Lee (D-Calif.) also said"
PARTY_AT_END = re.compile(PARTY_MARK.pattern + r"\s*,?\s*(?P<adverbs>" + ADVERBS_ONLY.pattern + r")?$")
PARTY_MARK_THEN_COMMA = re.compile(r"(?<=[\w.])\s*" + PARTY_MARK.pattern + r"(?=\s*,)")
PARTY_ALONE_AT_END = re.compile(r"\(\s*(?P<party>[RDI])\s*\)\s*,?\s*$")  # "Virginia Gov. Clark Whitby (R) said"
# AP style: the party and state between commas after a name ("Sen. Ted Cruz, R-Texas, said")
PARTY_BETWEEN_COMMAS = re.compile(rf"(?<=[\w.]),\s*(?:{PARTY_TAG})\s*,\s*(?=\S|$)")
PARTY_FIRST = re.compile(rf"\s*(?:{PARTY_TAG})\s*(?:,|$)")
BE_AT_END = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$")


DECLINED = re.compile(r"\b(?:declined|refused|failed|never|wouldn['’]t|would\s+not|did\s+not|didn['’]t|does\s+not|doesn['’]t|"
                      r"won['’]t|will\s+not|could\s+not|couldn['’]t|cannot|can['’]t)\s+(?:to\s+)?$")
CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w’'.-]+\s+){1,3}$", re.IGNORECASE)
LAST_WORD = re.compile(r"\b([a-z]+)\s*$")
POSSESSIVE_BEFORE = re.compile(r"(?P<np>(?:(?<=\s)|^)(?:[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){0,3}[a-z]+|(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
                               r"[A-Z][\w.’-]*?))?"
                               rf"(?<=\w){POSSESSIVE_MARK}\s+$")
COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should|must)(?:n[’']t|\s+not)?\s+have\s+$")


def _without_adverbs(text: str) -> str:
    """``text`` without the adverbs in -ly that end it ("it was rarely " → "it was ").

    >>> _without_adverbs("Bush is constantly "), _without_adverbs("a close ally ")
    ('Bush is ', 'a close ally ')
    """
    while (last := LAST_WORD.search(text, max(0, len(text) - 40))) and last.group(1).endswith("ly") and _before_cue(last.group(1)):
        text = text[:last.start()]
    return text


# adverbs not in -ly between "be" and a participle: "it is often claimed", "was also reported", "has long been said"
BE_ADVERBS_AT_END = re.compile(r"(?:\s+(?:often|also|still|now|long|always|sometimes|even|already|once|never|not|since|"
                               rf"{'|'.join(sorted(FLOATING_QUANTIFIERS))}))+\s*$")


def _ends_with_be(text: str) -> bool:
    """Does ``text`` end with a form of "be" ("was reported")? ``BE_AT_END.search(text)``, tried
    only where the word can start: its last five characters before the trailing space.

    >>> _ends_with_be("It was "), _ends_with_be("It wasn't "), _ends_with_be("Abe")
    (True, False, False)
    """
    return bool(BE_AT_END.search(text, max(0, len(text.rstrip()) - 5)))


# what follows a cue when its object is a news organisation: "told CNN", "said to the “Guardian”"
CUE_OBJECT = re.compile(r"\s+(?:to\s+)?(?:(?P<the>the)\s+)?[“\"„«]?(?P<ch>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)[”\"»]?")
WORD_CHARACTER = re.compile(r"\w")


def _object_channel(masked: str, cue: str) -> str:
    """The news organisation a cue's words went to ("told CNN"), after the first place the cue
    stands as a word with an object (``re.search(r"\\b" + re.escape(cue) + CUE_OBJECT.pattern)``,
    without compiling a pattern for each cue)."""
    if not cue:  # never a real cue: the plain search
        m = re.search(r"\b" + CUE_OBJECT.pattern, masked)
        return _channel_named(m.group("ch"), bool(m.group("the"))) if m else ""
    starts_word = bool(WORD_CHARACTER.match(cue))
    at = masked.find(cue)
    while at >= 0:
        before_word = at > 0 and bool(WORD_CHARACTER.match(masked, at - 1))
        m = CUE_OBJECT.match(masked, at + len(cue)) if before_word != starts_word else None  # \b before the cue
        if m:
            return _channel_named(m.group("ch"), bool(m.group("the")))
        at = masked.find(cue, at + 1)
    return ""


def _channel_named(words: str, articled: bool = False) -> str:
    """The news organisation a cue's object names, or "": "CNN’s Dana Bash" and "CNN Senior Legal
    Analyst Jeffrey Toobin" are CNN; "Fox News Sunday" stays whole; "the Tribune" (``articled``:
    after "the") a newspaper by its masthead (`_masthead`)."""
    channel = OWNER_THEN_MORE.sub("", words)
    media = _media_name(channel)
    if not media:
        return channel if _masthead(channel.rstrip("."), articled) else ""  # ("told the Tribune.": the full stop ends the sentence)
    rest = channel.partition(media)[2]
    return media if rest and role_kind(rest) else channel


OWNER_THEN_MORE = re.compile(r"(?:’s|'s|’|')(?:\s.*)?$", re.DOTALL)


def _speaking_to(masked: str) -> str:
    if not any(k in masked for k in ("peaking ", "nterview with", "onversation with", "alking to", "riting in")):
        return ""  # none of the phrases below can match
    m = re.search(r"\b(?:[Ss]peaking (?:to|with)|[Ii]n an? (?:interview|conversation) with|[Tt]alking to|[Ww]riting in)\s+"
                  r"(?:the\s+)?[“\"]?(?P<ch>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)", masked)
    channel = OWNER_THEN_MORE.sub("", m.group("ch")) if m else ""
    return channel if channel and _media_name(channel) else ""


TITLE_PREFIXES = ("vice", "deputy", "former", "senior", "prime", "assistant", "associate")


@lru_cache(maxsize=1)
def _known_people_patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The "Title Name" and "Name, appositive" patterns, and the words a title starts with."""
    # (and the roles whose kind the lexicon leaves open, "attorney", "pastor": "Manafort's attorney Thomas Zehnle")
    roles = [w for w, k in role_lexicon().items() if (k in ("expert", "official", "unknown") or w in MEDIA_PEOPLE) and " " not in w]
    # titles of several words ("Special Counsel Robert Mueller", "First Lady Jill Biden"), also those whose last word is
    # a title alone: "Attorney General Eric Holder" holds one title, not "General" in an "Attorney"
    phrases = sorted((w for w, k in role_lexicon().items() if k in ("expert", "official") and " " in w
                      and w.replace(" ", "").replace(".", "").isalpha()), key=len, reverse=True)
    # the words a title may run on with: "Chief Justice John Roberts", "Deputy Attorney General Rod Rosenstein"
    more = [w for w in role_lexicon() if " " not in w and w.rstrip(".").isalpha()]  # "Lt. Gen. Michael Flynn"
    # the lookahead (a word, perhaps two more, then a capital) only skips positions where no
    # title can start, cheaply; it does not change what matches
    particles = rf"(?:{'|'.join(sorted(NAME_PARTICLES))})\s+"  # "Bernie de la Rionda", "Ursula von der Leyen"
    titled = re.compile(rf"\b(?=\w[\w’'.-]*\s+(?:\w[\w’'.-]*\s+){{0,2}}[A-Z])"
                        rf"((?:(?i:{'|'.join(TITLE_PREFIXES)})\s+)?(?i:{alternation(phrases + roles, ignore_case=True)})"
                        rf"(?:\s+(?i:{alternation(more, ignore_case=True)})(?=\s))*"
                        rf"(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)??)?)\s+"  # "Secretary of State Jane Roe"
                        rf"((?:[A-Z]\.){{1,3}}(?:\s+[A-Z][\w’'-]*){{1,2}}|[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.\s+|{particles}){{0,2}}[A-Z][\w’'-]*){{0,2}})(?![\w’'-])")  # "Senator Lindsey Graham, who …": both names; "Sen. J.T. Roe"
    # a name of up to four words on one line, the first perhaps an initial or an abbreviation ("Gov.", not "Trump.")
    appositive = re.compile(rf"([A-Z][\w’'-]*(?:\.[A-Z])*(?:(?<![a-z]{{3}})\.)?(?:[^\S\n]+(?:{particles}){{0,2}}[A-Z][\w’'-]*){{0,3}}),\s*"
                            rf"({APPOSITIVE_START}[^,.;]{{3,120}}|{RELATIVE_ROLE_START}[^,.;]{{3,120}}"  # "Roe, who teaches law at Yale,"
                            rf"|[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){{0,2}}(?:’s|'s)\s+[a-z][^,.;]{{3,100}})")  # "Morsi, Egypt's first freely elected president,"
    return titled, appositive, (*TITLE_PREFIXES, *roles, *{p.split()[0] for p in phrases})


# a relative clause that may state a role (`_split_appositive` reads it): "who teaches law at Yale", "who heads the
# Brennan Center", "who was appointed ambassador"
RELATIVE_ROLE_START = (r"who\s+(?:has\s+)?(?:studies|studied|researches|researched|teaches|taught|heads|headed|runs|ran|leads|led|"
                       r"directs|directed|chairs|chaired|founded|co-?founded|is|was|serves|served|became)\b")


# up to four capitalised words before a title ("Russian", "U.S.", "Pakistan's"), in its line; a word
# ending in a full stop only as an initialism, so the last word of the sentence before is not one
TITLE_AFFILIATION = re.compile(r"((?:(?:[A-Z][\w’'-]*|[A-Z](?:\.[A-Z])+\.)[^\S\n]+){0,4})$")


ROLE_BEFORE_NAME = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|\b[Hh]is|\b[Hh]er|\b[Tt]heir|(?<![\w’'.-])(?P<owner>[A-Z][\w.-]*(?:[^\S\n]+[A-Z][\w.-]*){0,2})[’']s)"
                              r"[^\S\n]+(?P<role>[\w’'.-]+(?:[^\S\n]+(?!(?:his|her|their|its)\s)[\w’'.-]+){0,6}?),[^\S\n]+"
                              r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2}),")
# where a ROLE_BEFORE_NAME match can end: a comma before a name of two or three words and a comma (the name and its
# comma captured). A match's comma is the first after its start (no role word holds one), so each match starts after
# the comma before this one, and searching only there finds the same matches as a search of the whole text, which
# tries the role's seven words at every "the", "his" and capitalised word
NAME_BETWEEN_COMMAS = re.compile(r",(?=([^\S\n]+[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2},))")


PREPOSITION_BEFORE = re.compile(r"\b(?:to|of|for|at|with)\s+$")


def _roles_before_names(text: str):
    """``ROLE_BEFORE_NAME.finditer(text)``, searched only before a name between commas."""
    done = 0  # where the last match ended: matches never overlap
    for site in NAME_BETWEEN_COMMAS.finditer(text):
        comma = site.start()
        if comma < done:
            continue
        m = ROLE_BEFORE_NAME.search(text, max(done, text.rfind(",", 0, comma) + 1), site.end(1))
        if m and m.start() < comma:
            done = m.end()
            yield m


# "Mr Coats, the former official told the newspaper, felt …": an aside naming the speaker, not an appositive
ASIDE_ATTRIBUTION = re.compile(r"(?:the|an?)\s+(?:[\w-]+\s+){1,4}(?:told|said|says|tells|added|adds|wrote|writes|reported|"
                               r"noted|explained|recalled)\b")


CAMEL_NAME = re.compile(r"(?:[A-Z][a-z]+){2,3}")  # "ChuckGrassley"
CAMEL_PART = re.compile(r"[A-Z][a-z]+")
HERE_IS = re.compile(r"Here(?:’s|'s|\s+is)\s+(?:what\s+)?(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
                     r"(?:\s+(?:said|says|wrote|writes|told\s+\w+|had\s+to\s+say|has\s+to\s+say))?\s*:")
TIME_WILL_TELL = re.compile(r"\b(?:[Oo]nly\s+)?[Tt]ime\s+(?:will|would|alone\s+will|may|can)\s+tell\b")
# what an "according to" phrase may end with before a month or year the text cut off: "… in late", "… in early"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
TIME_TAIL = re.compile(rf"\s+(?:in|on|since|during|by|until|through)\s+(?:(?:late|early|mid-?)\s*{_MONTHS}?|{_MONTHS}(?:\s+\d{{1,2}})?)$")
# a name someone gives a thing, quoted: "against what he calls “core al Qaeda”", "what Ann Roe called “the huge heat”"
WHAT_X_CALLS = re.compile(r"\bwhat\s+(?P<np>he|she|they|it|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:has\s+|had\s+)?"
                          r"(?P<cue>calls|called|describes|described|dubs|dubbed|terms|termed|refers\s+to\s+as|referred\s+to\s+as)"
                          r"\s+(?:as\s+)?[“\"‘«„_]")
# what someone argues, given as their argument: "Obama’s argument is that …", "The senator’s point was that …", "Her
# message is simple: …" (each noun a word between spaces, so a sentence without one is not searched)
ARGUMENT_NOUNS = ("argument", "contention", "message", "point", "position", "response", "answer", "explanation", "complaint",
                  "reasoning", "pitch", "case")
POSSESSOR_ARGUES = re.compile(r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<np>\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*?|"
                              r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*?)(?:’s|'s|’|'))\s+(?:(?:main|central|basic|chief|key|core|"
                              rf"whole|own|larger|broader)\s+)?(?P<cue>{'|'.join(ARGUMENT_NOUNS)})\s+(?:is|was|has\s+been|had\s+been|remains)\s+"
                              r"(?:simply\s+)?(?:that\b|simple:|clear:)")
# a verb of saying first, then its speaker, then the quotation: "Added Bondi: “…”", "Says Ann Roe, a farmer in Iowa: “…”",
# "Added the senator, “…”" (never "Said to be …", "Asked whether …": the speaker is a name or opens with a determiner)
VERB_FIRST = re.compile(r"\s*(?P<cue>[A-Z][a-z]+)\s+(?P<np>(?:(?:the|a|an|one|another)\s+|[A-Z])[^,:;“”\"_]{0,60}?)"
                        r"(?:,\s*(?P<appos>[^:;“”\"_]{2,120}?))?\s*(?::\s*|,\s*)(?=[“\"‘«„_])")
BY_AGENT = re.compile(r"\s+by\s+(?!\w+ing\b)")  # not "responded by saying"
# verbs of saying whose agent after "by" is the source: "a claim denied by the Kremlin", "described by critics as"
PASSIVE_AGENT_CUES = {"denied", "disputed", "confirmed", "criticized", "criticised", "condemned", "dismissed",
                      "described", "welcomed", "announced", "reported", "alleged", "stated", "praised",
                      "questioned", "challenged", "contested", "refuted", "disclosed", "revealed"}
AGENT_NP = re.compile(r"(?P<np>(?:(?:the|a|an|top|senior|some|several|many|other|two|three)\s+)*"
                      r"(?:[A-Z][\w’'.&-]*(?:’s|'s)?\s+){0,5}(?:[A-Z][\w’'.&-]*\b|[a-z]{3,}s\b|team\b|police\b|spokes(?:man|woman|person)\b))"
                      r"(?![’'\w-])")
AGENT_HEAD = re.compile(r"\s+([a-z]{3,})\b(?![’'-])")
NOBODY_IN_PARTICULAR = {"anybody", "anyone", "everybody", "everyone", "nobody", "no one", "none"}  # ("someone close to …" is a source)


STATUS_WORDS = {"former", "then", "acting", "interim", "incoming", "outgoing", "retired", "late"}  # when a title is held
# the same in lower case just before a title ("former national security adviser John Bolton"); not "then" ("then
# President Obama" may be the adverb) nor "late" ("the late Senator": held till death, no status of the title)
STATUS_BEFORE = re.compile(rf"\b({'|'.join(sorted(STATUS_WORDS - {'then', 'late'}))})[^\S\n]+$")


PAST_VERB_BEFORE = re.compile(r"\b([a-z]+ed)\s+$")
PLURAL_ABBREVIATIONS = {"sens.": "Sen.", "reps.": "Rep.", "govs.": "Gov.", "drs.": "Dr.", "profs.": "Prof.", "gens.": "Gen."}


@lru_cache(maxsize=1)
def _plural_titles() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A plural title before two or more names joined by "and" ("Senators McCain and Lindsey Graham",
    "Republican senators John McCain and Lindsey Graham", "Sens. Kelly Ayotte and John McCain"), and
    the words such a title starts with. Each name holds the title in the singular."""
    lexicon = role_lexicon()
    plurals = [w + "s" for w, k in lexicon.items() if k in ("official", "expert") and " " not in w and w.isalpha() and len(w) > 3]
    titles = sorted({*plurals, *PLURAL_ABBREVIATIONS}, key=len, reverse=True)
    name = r"[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z][\w’'-]+){0,2}"
    pattern = re.compile(rf"\b(?P<title>(?i:{alternation(titles, ignore_case=True)}))[^\S\n]+"
                         rf"(?P<names>{name}(?:,[^\S\n]+{name})*,?[^\S\n]+and[^\S\n]+{name})(?![\w’'-])")
    return pattern, tuple(t.rstrip(".") for t in titles)


def _singular_title(title: str) -> str:
    """ "Senators": "Senator", "Sens.": "Sen.", "senators": "senator"."""
    return PLURAL_ABBREVIATIONS.get(title.lower(), title[:-1])


def _after_opener(words: list[str]) -> list[str]:
    """The capitalised words before a title after the last that opens a clause or is no name ("As
    President Barack Obama searches": none; "US" stays)."""
    opener = [k for k, w in enumerate(words) if w.lower() in NON_NAMES and not w.isupper()]
    return words[opener[-1] + 1:] if opener else words


class _Known(dict):
    """Name → (full name, role, affiliation) of `_known_people`; ``titled_alone``: the surnames the
    text writes after a title with no first name ("President Trump")."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.titled_alone: set[str] = set()
        self.text = text  # the article, to count how often each person is mentioned

    def amend(self, entry: tuple[str, str, str], new: tuple[str, str, str]) -> None:
        """Put ``new`` in place of ``entry`` under every key it is filed by (the full name and each part)."""
        for key in [k for k, v in self.items() if v is entry]:
            self[key] = new


def _roles_outside_quotations(known: dict[str, tuple[str, str, str]], outside: str) -> None:
    """Keep in ``known`` only the roles and affiliations the text gives outside quotation marks
    (``outside``: the text, quotations blanked): a person named in a quotation stays known by name, but
    "“Today I congratulate Joe Biden, a very decent man …”" gives Biden no role. (The text is read a
    second time only when some role or affiliation appears nowhere outside quotations.)"""
    if all((not role or role in outside) and (not affiliation or affiliation in outside) for _, role, affiliation in set(known.values())):
        return
    roles = _known_people(outside)
    for key, (name, _, _) in list(known.items()):
        known[key] = roles.get(key, (name, "", ""))


def _known_people(text: str) -> dict[str, tuple[str, str, str]]:
    """Roles the text gives people anywhere ("Russian President Vladimir Putin", "Lee Illwoo,
    an expert with …"), keyed by full name and by each part of it."""
    titled, appositive, title_starts = _known_people_patterns()
    known = _Known(text)
    full_names: dict[str, str] | None = None

    def in_full(name: str) -> str:
        """A surname alone as the full name the text gives it ("Musk, the CEO of Tesla,": Elon Musk)."""
        nonlocal full_names
        if " " in name:
            return name
        full_names = full_names if full_names is not None else _full_names(text)
        return full_names.get(name, name)

    def remember(name: str, role: str, affiliation: str, replace: bool = False) -> None:
        """Key the entry by the name (replacing what was there when ``replace``) and by each part of it."""
        entry = (name, role, affiliation)
        if replace:
            known[name] = entry
        else:
            known.setdefault(name, entry)
        for part in name.split():
            if part.lower() not in HONORIFICS and part not in NAME_PARTICLES:  # "Mr Booker": Booker, never "Mr", nor "de"
                if not _named_as_kin(text, part, name):  # "Trump’s son, Donald Trump Jr": not "Trump"
                    known.setdefault(part, entry)
        for surname in _particle_surnames(name):
            known.setdefault(surname, entry)  # "De la Rionda", after "prosecutor Bernie de la Rionda"

    if " and " in text:  # a plural title before names joined by "and": each holds the title ("Senators McCain and Lindsey Graham")
        plural, plural_starts = _plural_titles()
        for m in finditer_at(plural, text, plural_starts):
            names = [_trim_name(n.strip()) for n in re.split(r",?\s+and\s+|,\s+", m.group("names"))]
            if not all(_looks_like_person(n) for n in names):
                continue
            before = TITLE_AFFILIATION.search(text, max(0, m.start() - 80), m.start())
            words = _after_opener(before.group(1).split() if before else [])  # "Republican senators": Republican
            if m.group("title").islower() and not words and (verb := PAST_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start())) \
                    and verb.group(1) not in FUNCTION_WORDS and verb.group(1) not in STATUS_WORDS:
                continue  # "if early polls determined presidents John McCain and Ross Perot": no title they hold (but "retired")
            title = [_singular_title(m.group("title"))]
            while words and words[-1].lower() in TITLE_PREFIXES + ("chief",):
                title.insert(0, words.pop())  # "Associate Justices Ruth Bader Ginsburg and Sonia Sotomayor"
            for n in names:
                remember(in_full(n), " ".join(title), " ".join(words))
    for m in finditer_at(titled, text, title_starts):
        # "President Donald Trump’s plan", "President George W. Bush’s White House": the name ends at its possessive
        name = _trim_name(re.sub(r"(?:’s|'s)(?:\s.*)?$", "", m.group(2).strip()))
        if all(w in MILITARY_RANKS for w in name.split()) and (ranked := NAME_AFTER_RANK.match(text, m.end(2))):
            name = ranked.group(1)  # "press secretary Brig. Gen. Pat Ryder": Pat Ryder, the press secretary
        if _looks_like_person(name):
            before = TITLE_AFFILIATION.search(text, max(0, m.start() - 80), m.start())
            if " " not in name:
                known.titled_alone.add(name)  # "President Trump": a person the text need not name in full
            affiliation = POSSESSIVE_END.sub("", before.group(1).strip()).split() if before else []  # "Trump’s lawyer", "Sanders’"
            affiliation = _after_opener(affiliation)  # "As President Barack Obama searches": no "As"; "US" stays
            joined = _portfolio_and_before(text, before.start(), max(0, before.start() - 40)) if affiliation else None
            if joined:
                affiliation = [*joined.group("first").split(), "and", *affiliation]  # "Health and Human Services Secretary"
            status = []
            while affiliation and affiliation[0].lower() in STATUS_WORDS:
                status.append(affiliation.pop(0))  # "Former New York Mayor Rudy Giuliani": a former mayor, of New York
            opens = joined.start() if joined else before.start() if before else m.start()  # where the affiliation opens
            if not status and (lower := STATUS_BEFORE.search(text, max(0, opens - 40), opens)):
                status.append(lower.group(1))  # "former national security adviser John Bolton": a former adviser
            remember(name, *_chamber_joined(" ".join([*status, _rank_dropped(m.group(1))]), " ".join(affiliation)))
    for m in appositive.finditer(text):
        name = _strip_honorific(m.group(1).strip())  # "Mr Booker, a senator from New Jersey,": Booker (Cory Booker)
        if _looks_like_person(name):
            role, affiliation, _ = _split_appositive(m.group(2))
            if role_kind(role) and not ASIDE_ATTRIBUTION.match(m.group(2)):
                remember(in_full(name), role, affiliation)
    # the role first, the name as its appositive: "The US director of national intelligence, Dan Coats, has …",
    # "Ben Carson’s campaign manager, Barry Bennett, was …" (the owner the affiliation), "His lawyer, Ann Roe, said"
    for m in (_roles_before_names(text) if ", " in text else ()):
        name = m.group("name")
        if m.group("owner") and PREPOSITION_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "A top policy adviser to Mitt Romney’s campaign, Lanhee Chen,": the role began before the owner
        if name not in known and _looks_like_person(name):
            role, affiliation, _ = _split_appositive(m.group("role"))
            if role_kind(role):
                remember(name, role, affiliation or (m.group("owner") or ""))
    # a party and state after a name, anywhere ("fundraisers for Sens. Kelly Ayotte (R-NH) and John McCain (R-AZ)"):
    # a legislator of that party, or the party of a person titled before ("Sen. Ann Roe (D-Fla.)")
    for m in (PARTY_TAG_ANYWHERE.finditer(text) if "-" in text else ()):
        name = NAME_AT_END.search(text, max(0, m.start() - 60), m.start())
        person = name.group(1) if name else ""
        if " " in person and person.split()[0].lower() in role_lexicon() and person.split(maxsplit=1)[1] in known:
            person = person.split(maxsplit=1)[1]  # "House Speaker Nancy Pelosi (D-Calif.)": Nancy Pelosi, titled before
        if not person or not _looks_like_person(person):
            continue
        affiliation = _party_affiliation(m)
        entry = known.get(person)
        if entry is None:
            remember(person, "legislator", affiliation)
        elif entry[0] == person and (not entry[2] or entry[2].lower() in CHAMBERS):
            known.amend(entry, (entry[0], *_with_party(entry[1], entry[2], affiliation)))
    # a party, perhaps after a state, before a name: "Florida Democrat Bill Nelson", "Republican Roy Blunt" (a politician)
    for m in (PARTY_BEFORE_NAME.finditer(text) if "Democrat " in text or "Republican " in text else ()):
        name = m.group("name")
        if _looks_like_person(name):
            state = _state_named((m.group("state") or "").split())  # "The Missouri Democrat Claire McCaskill": Missouri
            party = m.group("party") + (f", {state}" if state else "")
            if name not in known:
                remember(name, "", party)
            elif (entry := known[name])[0] == name and not entry[2]:  # "Sen. Susan Collins", then "Maine Republican Susan Collins"
                known.amend(entry, (entry[0], entry[1], party))
    # a role stated as a predicate of the sentence's subject: "Mr Kushner, 36, is a senior adviser to the president"
    for m in (COPULA_ROLE.finditer(text) if " is " in text or " was " in text else ()):
        subject = SUBJECT_AT_END.search(text, max(0, m.start() - 80), m.start())
        if not subject:
            continue
        name = _strip_honorific(subject.group("name"))
        role, affiliation, _ = _split_appositive(m.group("role"))
        if _looks_like_person(name) and role_kind(role) and name not in known:
            remember(in_full(name), role, affiliation, replace=True)  # "Mr Kushner": the Jared Kushner the text names
    return known


CHAMBERS = {"house", "senate", "u.s. house", "u.s. senate", "congress", "state senate", "state house", "assembly"}


def _chamber_joined(role: str, affiliation: str, leadership_only: bool = True) -> tuple[str, str]:
    """(role, affiliation) with a chamber given as the affiliation joined to the title ("House
    Minority Leader Nancy Pelosi": House Minority Leader, no affiliation): for a chamber's leadership
    title (`CHAMBER_TITLE`), or for any title when ``leadership_only`` is false (`_with_party`)."""
    if affiliation.lower() in CHAMBERS and (not leadership_only or CHAMBER_TITLE.fullmatch(role)):
        return f"{affiliation} {role}".strip(), ""
    return role, affiliation


COMMITTEE = re.compile(r"\b(?:Committee|Subcommittee|Caucus)\b")
PARTY_MEMBER = re.compile(r"(?:the\s+)?(?:(?:ranking|top|senior|most\s+senior|leading|lone|only)\s+)?(?P<party>Democrat|Republican)")  # "ranking Democrat"


def _with_party(role: str, affiliation: str, party: str) -> tuple[str, str]:
    """(role, affiliation) of a person a party tag follows: the party as the affiliation where
    there is none, or where there is only the chamber, which joins the role ("House Speaker
    Nancy Pelosi (D-Calif.)": House Speaker; Democrat, Calif.); a legislator when no role is given."""
    role, affiliation = _committee_chair(*_chamber_joined(role, affiliation, leadership_only=False))
    if COMMITTEE.search(affiliation):
        affiliation = ""  # "Sen. Ann Roe, R-Iowa, a member of the Agriculture Committee,": her party; a committee is a seat
    return role or "legislator", affiliation or party


def _party_affiliation(tag: re.Match[str]) -> str:
    """The affiliation a `PARTY_TAG` match gives: "R-Ariz." → "Republican, Ariz."."""
    return f"{PARTIES[tag.group('party')]}, {tag.group('state').strip()}"


PARTY_BEFORE_NAME = re.compile(r"(?:(?P<state>(?:[A-Z][a-z]+[^\S\n]+)?[A-Z][a-z]+)[^\S\n]+)?(?P<party>Democrat|Republican)[^\S\n]+"
                               r"(?P<name>[A-Z][a-z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]+){1,2})(?![\w’'-])")
PARTY_TAG_ANYWHERE = re.compile(rf"(?:\(|,)[^\S\n]*{PARTY_TAG}[^\S\n]*(?:\)|,)")  # "(R-NH)", ", D-Fla.,"
NAME_AT_END = re.compile(r"(?<![\w’'.-])([A-Z][a-z][\w’'-]*(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z][\w’'-]+){1,2})[^\S\n]*$")
COPULA_ROLE = re.compile(r"\s(?:is|was)\s+(?:also\s+)?(?P<role>(?:a|an|the)\s+[^,.;:\n]{3,80}?)(?=\s+(?:and|who|which|since|until)\b|[,.;:\n]|$)")
# the subject that opens a sentence before it: a name, perhaps with a courtesy title and an age ("Mr Kushner, 36,")
SUBJECT_AT_END = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                            r"(?:,\s*\d{1,3},)?$")


class _Lazy(dict):
    """A mapping computed by ``build`` at its first look-up (most articles never need it)."""

    def __init__(self, build) -> None:
        super().__init__()
        self.build = build

    def _fill(self) -> None:
        if self.build is not None:
            self.update(self.build())
            self.build = None

    def __contains__(self, key: object) -> bool:
        self._fill()
        return super().__contains__(key)

    def __getitem__(self, key):
        self._fill()
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._fill()
        return super().get(key, default)

    def __bool__(self) -> bool:
        return True


REST_OF_NAME = re.compile(r"(?:\s+[A-Z][\w’'-]*)*")


class _Genders(dict):
    """`_genders`, built at its first look-up and again when a name is missing and more has been
    cited since (a pronoun late in an article may stand for someone cited after the first, and a
    "she said" cited since tells whom it stood for)."""

    def __init__(self, build, people: dict, records: list) -> None:
        super().__init__()
        self.build, self.people, self.records, self.size = build, people, records, None  # size: cited at the last build

    def get(self, key, default=None):
        if self.size is None or (not super().__contains__(key) and (len(self.people), len(self.records)) != self.size):
            self.clear()
            self.update(self.build())
            self.size = (len(self.people), len(self.records))
        return super().get(key, default)


ACRONYM_DEFINED = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the|on|to|in)\s+)?){1,7}[A-Z][\w’'.-]*)\s*"
                             r"\((?P<acronym>[A-Z]{2,6})\)")
ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,6}\)")
# a body referred back to by what it is: "the company", "the group", "the agency"
BODY_NOUNS = {"company", "firm", "group", "agency", "organization", "organisation", "corporation", "utility", "bank",
              "union", "charity", "nonprofit", "retailer", "insurer", "airline", "automaker", "carmaker", "drugmaker",
              "manufacturer", "department", "ministry", "lender", "startup", "conglomerate", "giant"}


# bodies of the state, which "the company" or "the group" never refers back to
GOVERNMENT_BODY_WORDS = {"department", "ministry", "agency", "bureau", "office", "administration", "commission", "service",
                         "pentagon", "police", "court", "council", "government", "authority", "army", "navy", "military",
                         "committee", "senate", "house", "congress", "parliament", "kremlin", "cabinet", "embassy"}
STATE_BODY_NOUNS = {"agency", "department", "ministry"}


def _body_cited_last(records: list[dict], paragraph: int, noun: str = "company") -> dict | None:
    """The record of the body "the company" or "the group" refers back to: the last named source, in
    this paragraph or the one before, when it is a body ("according to the ACLU … according to the group"), or the body the last
    person cited speaks for ("Sabrina Strong, a lawyer for Johnson & Johnson, said … The company
    added"); None when the last one cited is anyone else (a person of no body, an unnamed source)."""
    last = next((r for r in reversed(records) if r["source"] != "unattributed"), None)
    if last is None or paragraph - last["paragraph"] > 1 or not last["named"]:
        return None  # (in this paragraph or the one before: further back, another body may have been named since)

    def fits(name: str) -> bool:  # "the agency" may be any body; "the company", "the group" no body of the state, no country
        return noun in STATE_BODY_NOUNS or not (name in places() or name.removeprefix("the ").removeprefix("The ") in places()
                                                or any(w.lower() in GOVERNMENT_BODY_WORDS for w in name.split()))

    if last["kind"] == "institution" and not (_plural(last["source"]) and last["source"].split()[-1].islower()):
        return last if fits(last["source"]) else None  # (a body's name may end in an "s": "Avista Utilities", not "the police chiefs")
    body = last["affiliation"]
    if (last["kind"] in PERSON_KINDS or last["kind"] == "unknown") and body and _is_cap(body.split()[0]) \
            and (AMPERSAND_NAME.fullmatch(body) or _classify(body, "", "")[0] == "institution"
                 or any(w.lower() in ORG_WORDS for w in body.split())) \
            and not any(w.lower() in PARTY_WORDS for w in body.split()) and body not in places() and fits(body):
        return _body_record(body)
    return None


def _media_in_reach(records: list[dict], paragraph: int) -> dict | str | None:
    """What "the newspaper" or "the network" refers back to: the last news organisation cited by its
    name, or the one the last person cited spoke to ("his mother told the Tribune"), within
    `REFERENT_PARAGRAPHS` (people and bodies cited since name no other); the record, or the
    organisation's name. None when there is none in reach."""
    for r in reversed(records):
        if paragraph - r["paragraph"] > REFERENT_PARAGRAPHS:
            return None
        if r["channel"]:
            return r["channel"]
        if r["named"] and r["kind"] == "media":
            return r
    return None


def _body_record(name: str) -> dict:
    """The record of a body cited by its name, of no role, affiliation or country."""
    return {"source": name, "kind": "institution", "role": "", "affiliation": "", "country": "", "named": True}


AMPERSAND_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*(?:[A-Z][\w.’'-]*\s+&\s+|[A-Z][\w.]*&)[A-Z][\w./’'-]*(?:\s+[A-Z][\w.’'-]*)*")
NAME_OF = re.compile(r"^(?P<np>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+(?:of|at)\s+\S")
HOME_PLACE = re.compile(r"^(?P<np>.+?)\s+(?:of|from)\s+(?P<place>(?:the\s+)?[A-Z0-9][\w.’'-]*(?:\s+(?:of|and|for|on|[A-Z0-9][\w.’'-]*))*)$")
# a named person "at" a body: "Mark Zandi at Moody's Analytics said" (where the person works)
NAME_AT_BODY = re.compile(r"^(?P<np>.+?)\s+at\s+(?P<place>(?:the\s+)?[A-Z0-9][\w.’'-]*(?:\s+(?:of|and|for|on|&|[A-Z0-9][\w.’'-]*))*)$")


def _placed(speaker: str) -> re.Match[str] | None:
    """A speaker "of" or "from" a place or body (`HOME_PLACE`), else "at" a body (`NAME_AT_BODY`)."""
    return HOME_PLACE.match(speaker) or NAME_AT_BODY.match(speaker)


# a first name, perhaps a middle initial ("George W. Bush", "David W. Blight"), and one or two names more
# an apostrophe inside a name's word only before a letter ("O'Brien", "Trump’s"): "the Times’ Glenn Thrush" is Glenn Thrush
FULL_NAME = re.compile(r"(?<![\w’'.-])([A-Z][a-z](?:[\w-]|[’'](?=\w))*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z](?:[\w-]|[’'](?=\w))*){1,2})(?![\w’'-])")

# four to six capitalised words: a title and a name ("US Attorney General William Barr"); a word with a full stop only
# an initial or an abbreviation ("U.S.", "Lt. Gen."), not a sentence's last ("CDC Director Tom Frieden. Not only …")
TITLED_NAME_RUN = re.compile(r"(?<![\w’'.-])(?:(?:[A-Z][\w’'-]*|[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+|[A-Z](?:\.[A-Z])+)[^\S\n]+){3,5}"
                             r"[A-Z][a-z][\w’'-]*(?![\w’'-])")


# family members, who share a surname: "Trump’s eldest son, Donald Trump Jr", "Pelosi's husband Paul Pelosi"
KIN_NOUNS = (r"(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|nephews?|nieces?|cousins?|grandsons?|"
             r"granddaughters?|son-in-law|daughter-in-law|widow|widower|stepson|stepdaughter|twin)")
KIN_NAME = r"[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.?\s+)?[A-Z][\w’'-]+)+?(?:\s+(?:Jr|Sr|II|III|IV)\b\.?)?"
KIN_INTRODUCED = re.compile(rf"(?P<owner>[\w.-]+)(?:’s|'s|’|')\s+(?:[a-z]+\s+){{0,2}}{KIN_NOUNS}\s*,?\s+(?P<after>{KIN_NAME})(?=[\s,.;:’'])"
                            rf"|(?P<before>{KIN_NAME}),\s+(?:(?:the|an?|his|her|their)\s+)?(?:[\w.’'-]+\s+){{0,3}}?"
                            rf"(?P<owner2>[\w.-]+)(?:’s|'s|’|')\s+(?:[a-z]+\s+){{0,2}}{KIN_NOUNS}\b")


KIN_WORD = re.compile(rf"(?<=\s){KIN_NOUNS}\b")  # a relation as a word of its own: every KIN_INTRODUCED match holds one


def _kin_matches(text: str) -> Iterator[re.Match[str]]:
    """``KIN_INTRODUCED.finditer(text)``, tried only in the paragraphs that hold a relation as a word
    ("son", not "person" nor "season"): the pattern's names would otherwise be tried at every
    capital letter of the article. A match does not cross a paragraph break.

    >>> [m.group("after") for m in _kin_matches("The person said so.\\n\\nTrump’s eldest son, Donald Trump Jr, spoke.")]
    ['Donald Trump Jr']
    """
    end = 0
    for word in KIN_WORD.finditer(text):
        if word.start() < end:
            continue
        start = text.rfind("\n\n", 0, word.start()) + 1
        end = text.find("\n\n", word.end())
        end = len(text) if end < 0 else end + 1  # the break's first character: a name's end is seen as at the paragraph's
        yield from KIN_INTRODUCED.finditer(text, start, end)


def _without_suffix(name: str) -> str:
    """A name without its generational suffix ("Donald Trump Jr" → "Donald Trump"); a suffix alone stays.

    >>> _without_suffix("Eric H. Holder Jr."), _without_suffix("Jr.")
    ('Eric H. Holder', 'Jr.')
    """
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].rstrip(".") in GENERATIONAL_SUFFIXES else name


@lru_cache(maxsize=4)
def _kin_people(text: str) -> frozenset[str]:
    """The people the text introduces as the relative of someone of their surname ("Trump’s eldest
    son, Donald Trump Jr") or of someone it describes ("Eric Trump, the nominee’s son"), their suffix
    dropped: news names such a relative in full, and the surname alone is the famous relative (a bare
    "Trump" is the nominee, not his son). Not "Trayvon’s father, Tracy Lee": no one else is "Lee".

    >>> sorted(_kin_people("Trump’s eldest son, Donald Trump Jr, said so. Eric Trump, the nominee’s son, agreed. "
    ...                    "Trayvon’s father, Tracy Lee, spoke."))
    ['Donald Trump', 'Eric Trump']
    """
    kin = set()
    for m in _kin_matches(text):
        name = _without_suffix(m.group("after") or m.group("before"))
        owner = m.group("owner") or m.group("owner2")
        if owner.islower() or owner == name.split()[-1]:
            kin.add(name)
    return frozenset(kin)


def _named_as_kin(text: str, surname: str, name: str) -> bool:
    """Whether ``surname`` is the surname of ``name`` and the text introduces that person as someone's
    relative (`_kin_people`): that surname alone is then someone else.

    >>> _named_as_kin("Trump’s eldest son, Donald Trump Jr, said", "Trump", "Donald Trump Jr")
    True
    """
    kin = _kin_people(text)
    if not kin:
        return False
    bare = _without_suffix(name)
    return bare in kin and bare.split()[-1] == surname


@lru_cache(maxsize=2)  # one article's: `_known_people` and `find_citations` each ask for it (callers only read it)
def _full_names(text: str) -> dict[str, str]:
    """First name or surname → the full name of the one person the article gives it ("Kemp",
    "Mandy" → "Mandy Kemp"), for a later "Kemp said" that has not been cited by full name, and
    an acronym → the name the article defines it for ("NNA" → "National News Agency"). A part
    two full names share is left out: never a guess between two people."""
    owners: dict[str, set[str]] = {}
    parts: dict[str, tuple[str, str]] = {}  # full name → (first name, surname)
    spellings = (m.group(1)[4:] if m.group(1).startswith("Per ") and PER_WORD.match(text, m.start()) else m.group(1)
                 for m in FULL_NAME.finditer(text))  # "Per NewsHour," is according to NewsHour
    # …and a name after a title of capitalised words, which FULL_NAME's three words cut ("US Attorney General| William|
    # Barr"), where no other full name gives its surname (not "Defense Secretary James Mattis" beside "Jim Mattis")
    titled = (split[0] for m in TITLED_NAME_RUN.finditer(text) if (split := _split_descriptor(_after_plural_title(m.group(0))))[1])
    for found, only_new in [(found, False) for found in dict.fromkeys(spellings)] + [(found, True) for found in titled]:
        # each spelling once (a name recurs), in the order met
        name = _strip_honorific(_trim_name(re.sub(r"(?:’s|'s)$", "", found)))  # not "New York Shakespeare"; "Mr Coats": Coats
        name = re.sub(r"^\S+(?:’s|'s)\s+", "", name)  # "Here's Haley", "Trump's Jared": no first name ends so
        name = re.sub(r"(?:’s|'s)\s.*", "", name)  # "Al Sharpton's National Action Network": Al Sharpton
        if " " in name and not _looks_like_person(name):
            name = _split_descriptor(name)[0]  # "President Donald Trump": Donald Trump
        words = _without_suffix(name).split()  # "Eric H. Holder Jr.": Eric, Holder; "Holder Jr." alone is a surname, not a first name
        if only_new and len(words) > 2 and words[-1] in owners and all(
                name.endswith(" " + other) for other in owners[words[-1]]):
            # "Associate Justices Ruth| Bader Ginsburg", cut by FULL_NAME's three words: the whole name, not its tail
            for other in owners.pop(words[-1]):
                first = parts.pop(other)[0]
                owners.get(first, set()).discard(other)
        if len(words) > 1 and _looks_like_person(name) and not (only_new and (name in parts or words[-1] in owners)):
            parts[name] = (words[0], words[-1])
            for part in parts[name]:
                owners.setdefault(part, set()).add(name)
    out = {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}  # (none left empty by a tail)
    for part, name in list(out.items()):
        first, surname = parts[name]
        at = text.find(name)
        if part == first != surname and at > 0 and 0 <= text.find(first, 0, at) and \
                re.search(rf"\b{re.escape(first)}\b(?!\s+(?:\S+\s+)?{re.escape(surname)})", text[:at]):
            del out[part]  # "Christine, who declined to give her full name," before Christine Quinn: someone else
        elif part == surname and _named_as_kin(text, surname, name):
            del out[part]  # "Trump’s eldest son, Donald Trump Jr": a bare "Trump" is the father, not the son
    for m in (ACRONYM_DEFINED.finditer(text) if ACRONYM_IN_BRACKETS.search(text) else ()):
        # "the National News Agency (NNA)": NNA is that body (the long scan only where an acronym stands in brackets)
        long_name = re.sub(r"^(?:The|the)\s+", "", m.group("name"))
        if long_name[:1] == m.group("acronym")[:1]:
            out.setdefault(m.group("acronym"), long_name)
    return out


def _quote_type(sentence: Sentence, spans: list[tuple[int, int]], masked: str, text: str) -> str:
    """direct: a full quoted statement (capitalised, or ending in punctuation, or most of the
    sentence); mixed: quoted fragments inside reported speech; indirect: no quotation."""
    inside = [(max(s, sentence.start), min(e, sentence.end)) for s, e in spans if s < sentence.end and e > sentence.start]
    if not inside:
        return "indirect"
    share = _quoted_share(sentence, spans)

    def full(quoted: str) -> bool:
        """Three words or more that open with a capital or close with a mark, or fewer that do both ("No way,")."""
        capital, closed = quoted.lstrip()[:1].isupper(), re.search(r"[.,!?…]\s*$", quoted) is not None
        return (capital or closed) if len(quoted.split()) >= 3 else (capital and closed)

    introduced = bool(re.search(r"[:,]\s*[“\"‘„«‹'`]*_", masked)) or masked.lstrip()[:1] in OPEN_QUOTES + "_"
    return "direct" if share >= 0.5 or (introduced and any(full(text[s:e]) for s, e in inside)) else "mixed"


GOVERNMENT_BODY = re.compile(r"(?i)\b(?:agency|department|ministry|authority|commission|administration|government|"
                             r"police|army|navy|military|parliament|senate|congress|(?:security|city|state|county)\s+council|"
                             r"cabinet|embassy|"
                             r"(?:fire|health|defence|defense|foreign|interior|justice|treasury|state)\s+(?:service|office))\b")
ACADEMIC_BODY = re.compile(r"(?i)\b(?:university|college|institute|school\s+of|faculty|department\s+of\s+\w+\s+(?:at|of)|"
                           r"think\s+tank|research|laboratory|lab)\b")


# bodies outside government that study or argue for a policy (never "the Centers for Disease Control")
CIVIL_BODY = re.compile(r"\b(?:Center|Centre|Foundation|Institution|Alliance|Coalition|Association|Society|League|Studies|Project)\b(?!\s+for\s+Disease)")
PARTY_BODY = re.compile(r"\b(?:Republican|Democratic|GOP|Party)\b")  # "Republican Governors Association": a party's
LEADERSHIP = {"director", "president", "chairman", "chairwoman", "chair", "head", "founder", "co-founder", "executive"}


def affiliation_kind(affiliation: str) -> str:
    """The kind a role the lexicon does not know ("head", "chair") takes from where it is held:
    a university or research institute makes an expert, a government body an official.

    >>> affiliation_kind("chemical engineering department at Texas A&M University"), affiliation_kind("U.S. Environmental Protection Agency")
    ('expert', 'official')
    """
    if ACADEMIC_BODY.search(affiliation):
        return "expert"
    return "official" if GOVERNMENT_BODY.search(affiliation) else ""


def _has_name(speaker: str) -> bool:
    """Named when it has a name ("the U.S. cable", "Iran", "the Clinton campaign"), not for the
    capital of a sentence's first word ("The statement", "Court records") nor for a nationality
    before a common noun ("Israeli media", "the Ukrainian military")."""
    words = re.sub(r"^(?:the|an?)\s+", "", speaker, flags=re.I).split()
    if words and (words[-1].islower() or (words[-1].isupper() and words[-1].lower() in role_lexicon())):
        # a common noun ("media", "TV"): only a proper name among its modifiers names it
        words = [w for w in words if not (w in demonyms() or w.lower() in role_lexicon() or w.lower() in NP_ADJECTIVES)]
    return any(re.search(r"[A-Z]", w) for w in words)


# how news writes a source it does not name: what they know or whom they are close to, or why
# they are not named
ANONYMOUS_MODIFIER = re.compile(r"(?i)\b(?:familiar\s+with|close\s+to|(?:with|had|have)\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of|"
                                r"knowledgeable\s+about|briefed\s+on|(?:condition|promise)\s+of\s+anonymity|"
                                r"(?:requested|asked\s+for|granted|demanded)\s+anonymity|"
                                r"(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)|"
                                r"not\s+(?:authorized|authorised|permitted|allowed)\s+to\s+(?:speak|talk|comment|discuss))\b")
# "Jane Roe, 45, of Phoenix, said": an age, perhaps a home town, and no role is how news writes a
# member of the public (an official is given a title)
# words that end the names of places ("Sun City West", "Bucks County"), not of the bodies that run them
PLACE_NAME_ENDS = {"city", "county", "town", "township", "village", "park", "heights", "beach", "falls", "springs", "hills",
                   "valley", "island", "borough"}
AGE_FIRST = re.compile(r"\s*\d{1,3}\s*(?:,|$)")
HOME_TOWN = re.compile(r"\s*(?:of|from|who\s+lives\s+in)\s+(?P<place>[A-Z][^,]*(?:,\s*[A-Z][^,]*)?)\s*,?\s*$")


ACRONYM_BODY = re.compile(r"[A-Z](?:\.?[A-Z&]){1,6}(?:-[A-Z]{2,6})?\.?")  # "the FBI", "the AFL-CIO"
CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")


# what an organisation is called when it is described ("the militant group that controls Gaza", "the tech
# giant"), beside the bodies of the role lexicon
ORGANISATION_HEADS = {"group", "party", "network", "bank", "committee", "association", "corporation", "commission",
                      "coalition", "alliance", "movement", "nonprofit", "giant", "platform", "conglomerate", "automaker",
                      "retailer", "insurer", "startup", "subsidiary", "militia", "chain", "organization", "organisation",
                      "institute", "university", "college", "think tank", "tank", "lobby", "pac", "super pac"}


COLLECTIVE_OF = re.compile(r"(?:(?i:an?|the)\s+)?(?:[a-z-]+\s+){0,2}(?:group|handful|number|crowd|couple)\s+of\s+(?P<members>\S.*)")


RELATIVE_START = re.compile(r"\s*(?:who|whose|which|that|whom)\b")
DESCRIPTION_HEAD_END = re.compile(r"\s+(?:of|at|on|for|with|from|in|to|that|which|who|whose)\s|,")


ONE_OF = re.compile(r"\s*(?:one|another|part)\s+of\s+(.+)")


def _organisation_kind(description: str) -> str:
    """``institution`` or ``media`` when a description's head names an organisation, else ''.

    >>> [_organisation_kind(r) for r in ("the parent company of Facebook", "the militant group that controls Gaza",
    ...                                  "the group's leader", "a senior adviser to the campaign", "the Oslo newspaper")]
    ['institution', 'institution', '', '', 'media']
    """
    if RELATIVE_START.match(description) or description.split()[:1] and description.split()[0].lower() in PREPOSITIONS:
        return ""  # "who studies administration at …", "of New York City": a person who does something, or is from
    among = ONE_OF.match(description)
    if among:  # "one of the country's leading rights groups": a group
        first = DESCRIPTION_HEAD_END.split(among.group(1).strip(), maxsplit=1)[0].split()
        head = re.sub(r"(?<=[^s])s$", "", first[-1].lower()) if first else ""
    else:
        first = DESCRIPTION_HEAD_END.split(description.strip(), maxsplit=1)[0].split()
        head = first[-1].lower() if first else ""
    kind = role_lexicon().get(head, "")
    if kind in ("institution", "media"):
        return kind
    return "institution" if head in ORGANISATION_HEADS else ""


# the last word of a newspaper's name ("Orlando Sentinel", "Sun-Sentinel", "Times-Picayune")
NEWSPAPER_WORDS = {"sentinel", "gazette", "herald", "tribune", "times", "post", "journal", "telegraph", "guardian", "observer",
                   "courier", "chronicle", "inquirer", "enquirer", "examiner", "register", "dispatch", "globe", "mirror",
                   "ledger", "picayune", "news", "newspaper", "bulletin", "argus", "mercury", "clarion", "advertiser"}
SURNAME_MASTHEADS = {"post", "ledger", "courier", "mercury", "argus", "herald", "globe", "times"}  # also people's surnames


def _masthead(name: str, articled: bool) -> bool:
    """Is ``name`` (without its "the"; ``articled``: the text gives one) a newspaper by its masthead, a
    capitalised name of at most five words ending in a newspaper's word ("the Sun-Sentinel", "Orlando
    Sentinel", "the Tribune"; "Post" only after "the": "Emily Post" is a person)?"""
    words = name.split()
    last = words[-1].rsplit("-", 1)[-1].lower() if words else ""
    return 0 < len(words) <= 5 and all(_is_cap(w) for w in words) and last in NEWSPAPER_WORDS \
        and (articled or "-" in words[-1] or last not in SURNAME_MASTHEADS)


def _classify(speaker: str, role: str, affiliation: str, description: str = "") -> tuple[str, bool]:
    """(kind, named) of a resolved speaker description; ``description`` is what the text says the
    affiliation is ("a libertarian think tank")."""
    if speaker == "unattributed":
        return "anonymous", False
    speaker = PLACE_BASED.sub("", speaker) or speaker  # "Iowa-based ACT": ACT; "Chicago-based lawyer Tom Berg"
    text = " ".join(x for x in (speaker, role, affiliation) if x)
    unarticled = re.sub(r"^(?:the|The)\s+", "", speaker)
    if not role and _masthead(unarticled, speaker[:4] in ("the ", "The ")):
        return "media", True  # a newspaper by its masthead: "the Sun-Sentinel", "Orlando Sentinel" (not "Emily Post")
    descriptor_name, descriptor_role, _ = _split_descriptor(speaker)
    # "the Arizona Republican" is no name; "the president's lawyer Patrick Strawbridge" is, the article being the owner's
    person = _names_a_person(descriptor_name) and (not re.match(r"^(?:the|an?|some)\b", speaker, re.I)
                                                   or (bool(descriptor_role) and len(descriptor_name.split()) > 1))
    if person:
        # a title of its own ("Judge", "Gov.") is an office; a lawyer's ("Defense attorney") is kept, not guessed
        titled = descriptor_role and role_lexicon().get(descriptor_role.split()[-1].lower()) != "unknown"
        # a party for affiliation and no other role ("Florida Democrat Bill Nelson", "Republican Ann Roe"): a politician
        partisan = not role and not descriptor_role and affiliation.split(",")[0].lower() in PARTY_WORDS
        kind = role_kind(" ".join((role, descriptor_role))) or (affiliation_kind(affiliation) if role else "") \
            or ("official" if titled or partisan else "unknown")
        if kind == "official" and role and _head(role) in LEADERSHIP and (
                affiliation_kind(f"{affiliation} {description}") == "expert"
                or (CIVIL_BODY.search(affiliation) and not GOVERNMENT_BODY.search(affiliation) and not PARTY_BODY.search(affiliation))):
            # "executive director of the Campaign Finance Institute", "director of health policy studies at the Cato
            # Institute, a libertarian think tank": who heads a research body, or a part of it, is an expert (the
            # role's head noun, "director", not its last word); so is who heads a policy or advocacy body outside
            # government ("executive director of the Center for Immigration Studies", "a senior vice president at
            # the Kaiser Family Foundation")
            kind = "expert"
        return kind, True
    if ANONYMOUS_MODIFIER.search(speaker):
        return "anonymous", False  # "two people familiar with the matter", "an official who asked not to be named"
    members = COLLECTIVE_OF.match(speaker)
    if members:
        return _classify(members.group("members"), role, affiliation)  # "a group of protesters": the protesters
    if _head(speaker) in ("campaign", "party", "caucus") and "Campaign" not in speaker.split():
        return "official", _has_name(speaker)  # "the Clinton campaign", "Trump’s campaign"; not "Human Rights Campaign"
    if _media_name(speaker) or _media_name(speaker[:1].upper() + speaker[1:]) or role_lexicon().get(_head(speaker)) == "media" or re.search(r"\bnews agency\b", speaker, re.I):
        return "media", bool(_media_name(speaker)) or _has_name(speaker)  # "KCNA"; not "Israeli media", "state TV"
    initials = unarticled
    if CALL_SIGN.fullmatch(initials) and initials.lower() not in NON_NAMES:  # (not "WHO": the World Health Organization)
        return "media", True  # a US or Canadian broadcaster: "KTLA reported", "WFAA"
    if ACRONYM_BODY.fullmatch(initials) and initials.replace(".", "") not in ("AM", "PM") and \
            initials.replace(".", "").lower() not in role_lexicon():
        return "institution", True  # "the FBI", "the CDC", "NATO": a body by its initials (a person's name never is)
    head = _head(speaker)
    kind = role_lexicon().get(head, "")
    if kind in ("expert", "official", "citizen") or (head in PARTY_WORDS and re.match(r"(?i:the|an?)\s", speaker)):
        return "anonymous", False  # an unnamed individual: "an official at …", "an expert", "the Arizona Republican"
    if kind in ("group", "anonymous"):
        return kind, False
    if kind == "institution" or _country_of(speaker) or any(w.lower() in ORG_WORDS for w in speaker.split()):
        return "institution", _has_name(speaker)
    if role_kind(text) == "official":
        return "anonymous", False
    words = unarticled.split()
    if len(words) > 1 and _is_cap(words[0]) and words[0].lower() not in FUNCTION_WORDS | _KEEP_LEADING and _is_cap(words[-1]) \
            and all((_is_cap(w) and not (w.isupper() and len(w) > 5) and role_lexicon().get(w.lower()) not in PERSON_KINDS)
                    or w in ("of", "for", "and", "on", "in") for w in words):
        return "institution", True  # a body by its proper name: "the Centers for Disease Control and Prevention"
    return "group" if head.endswith("s") else "anonymous", False


# a nickname in quotation marks between a first name and a surname ("Rep. Annabelle “Annie” Price")
NICKNAME = re.compile(r"(?<=[a-z] )[“\"][A-Z][\w.’'-]{0,20}[”\"](?= [A-Z])")  # found by its quotation mark first
FIRST_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]{1,20} $")


def _nicknames(text: str) -> list[tuple[int, int]]:
    """Where a nickname stands between a first name and a surname ("Sen. Robert “Bobby” Lee")."""
    if "“" not in text and '"' not in text:
        return []
    return [m.span() for m in NICKNAME.finditer(text) if FIRST_NAME_BEFORE.search(text, max(0, m.start() - 22), m.start())]


GENERATIONAL_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
# a generational suffix set off by commas, older house style: "Donald Trump, Jr., says", "Martin Luther King, Jr."
SUFFIX_COMMAS = re.compile(r"(?<=[a-z]),(?=\s+(?:Jr\.|Sr\.|II|III|IV)(?:,|\s|$))|(?<=[a-z], Jr\.),|(?<=[a-z], Sr\.),"
                           r"|(?<=[a-z], II),|(?<=[a-z], III),|(?<=[a-z], IV),")


# a sentence opening with a condition: what its clause says someone says is supposed, not reported
CONDITION = re.compile(r"\s*(?:If|Unless|Even if|Suppose|Imagine)\s")
CONDITION_END = re.compile(r",|\s[—–-]\s|—|--|\sthen\s")  # a comma, a dash (an aside: "If he pays - and he said he could - …")


def _in_condition(masked: str, start: int, cue: str) -> bool:
    """Does ``cue`` stand in the condition that opens the sentence (before its comma, dash or "then")?"""
    end = CONDITION_END.search(masked, start)
    at = masked.find(cue, start) if cue else -1
    return at >= 0 and (end is None or at < end.start())


# cue words that are nouns as well; after an article or a possessive and a few words of lower case, and before a
# preposition, they are the noun ("the leak of a confidential national security note to the President")
NOUN_CUES = frozenset("note notes claim claims report reports tweet tweets post posts comment comments remark remarks reply "
                      "replies answer answers promise promises pledge pledges vow vows warning warnings charge charges "
                      "estimate estimates argument arguments statement statements".split())
NOUN_PHRASE_END = re.compile(r"\b(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your)\s+(?:[a-z][\w-]*\s+){1,4}$")
PREPOSITION_NEXT = re.compile(r"\s+(?:to|from|of|for|on|about|in|by|with)\b")
REPORTS_AS_NOUN = re.compile(r"\s+(?:with|of|by|and)\b")  # "depicted in news media reports with a grainy photo"
# a cue that ends its sentence after "had", "has" or "have", with no quotation or clause before it: "the talks had concluded."
END_AFTER_CUE = re.compile(r"\s*[.!?]?\s*$")
PERFECT_AT_END = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+)?$")
QUOTE_OR_COMMA = re.compile(r"[,;:”\"’»_—–]|\s-\s")
SUBORDINATE = re.compile(r"^[^A-Z]*$|\b(?:that|which|when|because|after|before|until|since|if|once)\b")  # (not "as critics have alleged")  # (or nothing but lower case)


# a sentence opening with unnamed people described by what they know: "Five people familiar with the company, …",
# "Two sources close to the mayor, …" (up to the comma that sets off the rest of their description)
UNNAMED_GROUP_NOUNS = ("eople", "ersons", "ources", "fficials", "ndividuals")  # a cheap test before the pattern
UNNAMED_GROUP_OPENING = re.compile(r"\s*(?P<np>(?:[A-Z]\w*\s+)?(?:\w+\s+)?(?:[Pp]eople|[Pp]ersons|[Ss]ources|[Oo]fficials|[Ii]ndividuals)"
                                   r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\s[^,;:]{1,120}?),")


# a sentence's subject that is people by their role, unnamed and several ("Four line prosecutors handling the case"),
# not itself the speaker of a verb of saying next to it
PLURAL_SUBJECT = re.compile(r"[\s“\"‘'«„]*(?:(?:But|And|Yet|Still)\s+)?(?P<np>(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|"
                            r"[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?"
                            r"[a-z][\w-]*s)\s+(?!(?:also\s+|have\s+|had\s+)?(?:said|say|says|told|tell|added|argued|noted)\b)[a-z]")


def _plural_subject(masked: str) -> str:
    """The people a sentence opens with as its subject, several and named by their role, when a "they"
    that speaks later in it stands for them ("Four line prosecutors … recommended a sentence they said
    reflected …"), or ""."""
    m = PLURAL_SUBJECT.match(masked)
    if not m or not re.search(r"\bthey\b", masked[m.end("np"):]):
        return ""
    head = _head(m.group("np"))
    return m.group("np") if role_lexicon().get(head) in ("anonymous", "group") and _plural(m.group("np")) else ""


def _without_nicknames(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with each nickname (`_nicknames`, or ``spans`` found in a text of the same length)
    blanked, its length kept.

    >>> _without_nicknames("Sen. Robert “Bobby” Lee said")
    'Sen. Robert         Lee said'
    """
    return mask_spans(text, _nicknames(text) if spans is None else spans, fill=" ")


def find_citations(text: str, sentences: list[Sentence] | None = None, embeds: list[dict] | None = None,
                   captions: list[str] | None = None) -> list[dict]:
    """One record per attribution in ``text`` (a cleaned article body); never raises on text.
    ``sentences`` may pass the text's sentences when they are already split; ``embeds`` the posts
    embedded in the page (`helpers.cleaning.CleanedArticle.embeds`), each cited as its author's;
    ``captions`` the page's photo captions, read only for the titles they give people ("Ohio
    state senate candidate Melissa Ackison, left, …"), never for citations."""
    if not text or not text.strip():
        return []
    sentences = sentences if sentences is not None else split_sentences(text)
    spans = speech_spans(text)
    masked_text = mask_spans(text, spans)  # quotations masked once for the article; each sentence takes its slice
    nicknames = _nicknames(text)
    masked_text = _without_nicknames(masked_text, nicknames)  # "Sen. Robert “Bobby” Lee": Robert Lee
    if "he Rev" in masked_text or "he Hon" in masked_text or "he Very Rev" in masked_text or "he Rt" in masked_text:
        # "The Rev. Tom Berg, pastor of …, said": the courtesy title's article blanked, the name with its description
        masked_text = REVEREND_ARTICLE.sub(lambda m: " " * len(m.group(0)), masked_text)
    if ", Jr." in masked_text or ", Sr." in masked_text or ", II" in masked_text or ", IV" in masked_text:
        masked_text = SUFFIX_COMMAS.sub(" ", masked_text)  # "Donald Trump, Jr., says": Donald Trump Jr.
    records: list[dict] = []
    people: dict[str, dict] = {}  # short name → the full record it refers to
    caption_text = "".join(f"\n\n{c}" for c in captions or ())
    known = _known_people(_without_nicknames(text, nicknames) + caption_text)
    if spans:
        _roles_outside_quotations(known, _without_nicknames(mask_spans(text, spans, fill=" "), nicknames) + caption_text)
    full_names = _Lazy(lambda: _full_names(text))  # built at the first one-word speaker that needs it
    by_sentence: dict[int, list[dict]] = {}
    genders = _Genders(lambda: _genders(text, sentences, people, known, records), people, records)  # built at the first "he"/"she"

    for index, sentence in enumerate(sentences):
        masked = masked_text[sentence.start:sentence.end]
        if text[sentence.start:sentence.end] != sentence.text:  # sentences of another text: mask this one
            masked = _mask_quotes(sentence, spans)
        channel_here = _speaking_to(masked)
        seen: set[str] = set()
        conditional = CONDITION.match(masked)
        head = masked[:40]
        group = UNNAMED_GROUP_OPENING.match(masked) if any(n in head for n in UNNAMED_GROUP_NOUNS) else None
        for f in (listed for found in _attributions(masked, sentence.text) for each in _each_speaker(found)
                  for listed in _each_listed(each, masked)):
            if conditional and _in_condition(masked, conditional.end(), f.cue):
                continue  # "If Sterling or any other owner thinks that …": a supposition, no one's words
            if f.form == "dash credit" and (masked.lstrip()[:1] in "—–" or masked.lstrip().startswith("--")) \
                    and not masked_text[max(0, sentence.start - 20):sentence.start].rstrip().endswith(("”", "\"", "»")):
                continue  # a line opening with a dash credits only a quotation that ends just before it
            np = group.group("np").strip() if group else ""
            at = masked.find(f.speaker, group.start("np") + 1) if group and f.speaker else -1
            if at >= 0 and not np.startswith(f.speaker) and "including" not in masked[group.end("np"):at]:
                # "Five people familiar with the parent company, American Media Inc., … said": the people, the subject
                # whose description runs on; the company is what they know
                f = _Found(np, f.cue, f.form)
            written = f.speaker
            if f.speaker.lower() == "they" and (subject := _plural_subject(masked)):
                f = _Found(subject, f.cue, f.form)  # "Four line prosecutors … recommended a sentence they said reflected …"
            record = _resolve(f, sentence, masked, records, people, known, full_names=full_names,
                              referent=lambda pronoun, i=index: _referent(
                                  pronoun, i, sentences, masked_text, by_sentence, people, known, genders, full_names))
            if record is not None and written != f.speaker:
                record["speaker"] = written  # the pronoun, as the text writes it
            if record is not None and index and not record["named"] and record["speaker"].lower().startswith("the ") \
                    and _one_unnamed_person(record):
                # "Tamsin Rourke is not backing down. The Arizona Republican … told Fox News", "… Rep. Fred Upton. The
                # Michigan Republican said": the person the sentence before is about, described again
                at = masked.lower().find(record["speaker"].lower())
                # "The Democrat told CBS"; "“…,” said the New York Democrat": the description the cue's subject
                opens = at >= 0 and (CLAUSE_OPENS_AT.search(masked, 0, at) is not None
                                     or masked[:at].rstrip().lower().endswith(f.cue.lower()))
                name, title, party = _described_again(record["speaker"], sentences[index - 1], sentence, masked_text,
                                                      by_sentence.get(index - 1, []), known,
                                                      _recent_records(by_sentence, index - 1, sentence.paragraph, sentences)
                                                      if opens else ())
                if name:  # a person the text gives a role keeps it; else the title, or the description as the role
                    again = _Found(name, f.cue, f.form, party=party) if known.get(name, ("", ""))[1] else \
                        _Found(f"{title} {name}".strip(), f.cue, f.form, party=party,
                               appositive="" if title or AGE_NOUN.fullmatch(_head(record["speaker"])) else record["speaker"])
                    named = _resolve(again, sentence, masked, records, people, known, full_names=full_names)
                    record = named if named is not None and named["named"] else record
            same = SAME_DOCUMENT.fullmatch(record["source"]) if record is not None and "document" not in record else None
            if same is None and record is not None and "document" not in record and not record["named"] and " " not in record["source"] \
                    and re.search(rf"\b[Tt]he\s+(?:[\w/&.-]+\s+){{0,3}}?{re.escape(record['source'])}\b", masked):
                same = SAME_DOCUMENT.fullmatch(f"the {record['source']}")  # "The June 16-19 poll found": the poll
            if same:  # "The commission released a statement. … “…,” the statement reads": who issued it
                issuer = _issuer_before(masked_text, sentence.start, same.group("doc").lower(), records)
                if isinstance(issuer, dict):  # one cited before for what they said in it: that record's source
                    named = {k: issuer[k] for k in ("source", "kind", "role", "affiliation", "country", "named")} | \
                        {"speaker": record["speaker"], "cue": f.cue, "form": f.form}
                else:
                    named = _resolve(_Found(issuer, f.cue, f.form), sentence, masked, records, people, known,
                                     full_names=full_names) if issuer else None
                if named is not None:
                    record = named | {"document": same.group("doc").lower()}
            if record is None or record["source"].lower() in seen:
                continue
            document = _owned_document(f.speaker.strip())[1] or f.document
            if document:  # what "the book" later stands for
                record["document"] = document
            seen.add(record["source"].lower())
            # the owner of "the Times’ Glenn Thrush": the Times
            channel = OWNER_THEN_MORE.sub("", (f.channel or _object_channel(masked, f.cue) or channel_here).rstrip(".,;:"))
            if channel and record["kind"] == "media" and re.sub(r"^the\s+", "", channel, flags=re.I).lower() in record["source"].lower():
                channel = ""  # "according to the Post", after "The Washington Post": the source, not a channel of its own
            record["channel"] = channel
            record["quote"] = "direct" if f.form == "dash credit" else _quote_type(sentence, spans, masked, text)
            record["quote_text"] = " … ".join(text[max(s, sentence.start):min(e, sentence.end)]
                                              for s, e in spans if s < sentence.end and e > sentence.start)
            record.update(evidence=sentence.text, start=sentence.start, end=sentence.end, sentence=index,
                          paragraph=sentence.paragraph)
            by_sentence.setdefault(index, []).append(record)
        _media_as_channel(by_sentence.get(index, []))
        records.extend(by_sentence.get(index, []))
    _attach_continuations(sentences, spans, by_sentence, text)
    turns = _transcript_turns(sentences, text, records, people, known)
    if turns is None:
        turns = _interview_turns(sentences, text, records, people, known, full_names)
    records += _round_up(sentences, text) if turns is None else turns  # a transcript's labels are no round-up's name lines
    records.sort(key=lambda r: (r["start"], r.get("sentence", 0)))
    for r in records:
        r.pop("sentence", None)
        r.pop("document", None)
    return records + _embedded_posts(embeds or [], text, sentences, records, people, known, full_names)


TITLE_WITHOUT_POINT = re.compile(r"^(Rep|Sen|Gov|Dr|Mr|Mrs|Ms)(?=\s)")
HANDLE_TITLE = re.compile(r"(Rep|Sen|Gov)(?=[A-Z])")
MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[A-Z]\.(?=\s+[A-Z])")


def _embedded_posts(embeds: list[dict], text: str, sentences: list[Sentence], records: list[dict],
                    people: dict[str, dict], known: dict, full_names) -> list[dict]:
    """Posts embedded in the page (`helpers.cleaning.embedded_post`) as citations of their authors
    (``origin`` embed, cue "posted", a direct quotation): a person the body cites keeps the body's
    description ("— Donald J. Trump (@realDonaldTrump)" after "President Donald Trump said");
    where the post's text stands in the body, the record points at it, so that sentence is quoted."""
    out = []
    for e in embeds:
        author = TITLE_WITHOUT_POINT.sub(r"\1.", MIDDLE_INITIAL.sub("", e["author"]).strip())  # "Rep David Roe": Rep. David Roe
        if author == e["handle"] and CAMEL_NAME.fullmatch(author):
            author = " ".join(CAMEL_PART.findall(author))  # "— ChuckGrassley (@ChuckGrassley)": the handle as display name
        title = HANDLE_TITLE.match(e["handle"])
        if title and not _split_descriptor(author)[1]:
            author = f"{title.group(1)}. {author}"  # "— John McCain (@SenJohnMcCain)": an office's account names the office
        bare = _strip_honorific(_split_descriptor(author)[0])
        found = _Found(author, "posted", "embedded post")
        record = people.get(bare)
        same = people.get(bare.split()[-1]) if bare and record is None else None
        if same is not None and (len(same["source"].split()) == 1 or same["source"].split()[0] == bare.split()[0]):
            record = same  # "— Donald J. Trump (@realDonaldTrump)" after "President Trump said": the same person
        record = ({k: record[k] for k in ("source", "kind", "role", "affiliation", "country", "named")} if record else
                  _resolve(found, Sentence(author, -1, -1, -1), author, records, people, known, full_names=full_names))
        if record is None:
            continue
        post = e["text"]
        at = text.find(post) if len(post) >= 20 else -1
        inside = [x for x in sentences if at >= 0 and x.start < at + len(post) and x.end > at]
        signature = f"{e['author']} (@{e['handle']})" if e["handle"] != e["author"] else e["author"]
        out.append({**record, "speaker": e["author"], "cue": "posted", "form": "embedded post", "channel": "social media",
                    "quote": "direct", "quote_text": post, "evidence": f"{post} — {signature} {e['date']}".strip(" —"),
                    "start": at if inside else -1, "end": at + len(post) if inside else -1,
                    "paragraph": inside[0].paragraph if inside else -1, "origin": "embed"})
    return out


ROUND_UP_LINE = re.compile(r"^\s*(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s*(?:,|—|–|\s-|:|\|)\s*"
                           r"(?P<desc>[^.!?“”\"]{3,160}?)[.:]?\s*$")


def _round_up(sentences: list[Sentence], text: str) -> list[dict]:
    """Expert round-ups: a paragraph that is only a name with title and affiliation ("Jane Roe,
    professor of politics, Georgetown University"), then that person's own paragraphs, up to the
    next such name line. Counted only when an article has two or more such name lines."""
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    heads = []
    for number, group in paragraphs.items():
        m = ROUND_UP_LINE.match(group[0].text) if len(group) == 1 and len(group[0].text.split()) <= 25 else None
        if m and _looks_like_person(_strip_honorific(m.group("name"))) and not _cue_pattern().search(m.group("desc")):
            desc = m.group("desc").strip()
            if " at " not in desc and "," in desc:
                role, affiliation = (x.strip() for x in desc.split(",", 1))
            else:
                role, affiliation, _ = _split_appositive(desc)
            if role_kind(role) or role_kind(desc) or any(w.lower() in ORG_WORDS for w in affiliation.split()):
                heads.append((number, _strip_honorific(m.group("name")), role, affiliation))
    if len(heads) < 2:
        return []
    records = []
    numbers = sorted(paragraphs)
    for k, (number, name, role, affiliation) in enumerate(heads):
        end_before = heads[k + 1][0] if k + 1 < len(heads) else numbers[-1] + 1
        body = [s for n in numbers if number < n < end_before for s in paragraphs[n]]
        if not body:
            continue
        kind = role_kind(role) or role_kind(affiliation) or "expert"
        records.append({"speaker": name, "source": name, "kind": kind, "role": role, "affiliation": affiliation,
                        "country": _country_of(affiliation), "named": True, "cue": "round-up", "form": "round-up",
                        "channel": "", "quote": "direct", "quote_text": "", "evidence": text[body[0].start:body[-1].end],
                        "start": body[0].start, "end": body[-1].end, "paragraph": body[0].paragraph})
    return records


# a broadcast transcript's speaker label: "DALE WHITCOMB: …", "JANE ROE, BYLINE: …", "SEN. ANN ROE (R-OHIO): …"
SPEAKER_TURN = re.compile(r"^\s*(?P<label>[A-Z][A-Z.’'-]*(?:\s+[A-Z][A-Z.’'-]*){0,4})(?:\s*\((?P<tag>[^()]{1,30})\))?"
                          r"(?:,\s*(?P<role>[A-Z][A-Z0-9 ,.’'&-]{1,50}?))?:\s+\S")
# the programme's own people: their turns are its own reporting, not a source
OWN_VOICE = re.compile(r"\b(?:HOST|CO-HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER|MODERATOR|PRESENTER|NEWSCASTER)\b")
UNIDENTIFIED = re.compile(r"^(?:UNIDENTIFIED|UNKNOWN)\b")


def _as_written(word: str, text: str) -> str:
    """A word of a label in capitals as the story writes it elsewhere ("MCCONNELL" → "McConnell"), else
    capitalised ("O’ROURKE" → "O’Rourke")."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text, re.IGNORECASE):
        if not m.group(0).isupper():
            return m.group(0)
    return re.sub(r"(?<=[’'-])[a-z]", lambda c: c.group(0).upper(), word.capitalize())


def _lower_cased_names(text: str) -> str:
    """``text`` without its words in capitals (a transcript's labels), so a label's surname is looked
    for in the story's own words ("Whitcomb" for "DALE WHITCOMB:")."""
    return re.sub(r"(?<![\w’'-])[A-Z][A-Z.’'-]+(?![\w’'-])", " ", text)


def _person_by_surname(label: str, text: str, known: dict[str, tuple[str, str, str]]) -> str | None:
    """The person the story names whose surname a one-word label in capitals is ("POMPEO" → "Mike Pompeo",
    "TRUMP" → "Trump" after "President Trump"), else None."""
    entry = known.get(_as_written(label, text))
    if not entry or not entry[0] or entry[0].split()[-1].upper() != label or not _looks_like_person(entry[0]):
        return None
    return entry[0]


def _turns(sentences: list[Sentence], label: re.Pattern[str]) -> list[tuple[re.Match[str], Sentence]]:
    """(label match, sentence) for each paragraph whose first sentence opens with a speaker's label."""
    firsts: dict[int, Sentence] = {}
    for sentence in sentences:
        firsts.setdefault(sentence.paragraph, sentence)
    return [(m, sentence) for sentence in firsts.values() if (m := label.match(sentence.text))]


def _speaker_changes(turns: list[tuple[re.Match[str], Sentence]]) -> int:
    """How often the label changes from one turn to the next."""
    return sum(a[0].group("label") != b[0].group("label") for a, b in zip(turns, turns[1:], strict=False))


def _turn_ends(turns: list[tuple[re.Match[str], Sentence]], paragraph_end: dict[int, int]) -> dict[int, int]:
    """Where each turn of a transcript ends, by the paragraph its label opens (``paragraph_end``: where each
    paragraph ends): before the next labelled paragraph (the paragraphs between are the same speaker going
    on); the last turn at the article's end when the article opens with a turn (a transcript throughout),
    else with its own paragraph."""
    order = sorted(paragraph_end)
    starts = sorted(sentence.paragraph for _, sentence in turns)
    ends = {}
    for k, paragraph in enumerate(starts):
        if k + 1 < len(starts):
            ends[paragraph] = paragraph_end[max(p for p in order if p < starts[k + 1])]
        else:
            ends[paragraph] = paragraph_end[order[-1]] if starts[0] == order[0] else paragraph_end[paragraph]
    return ends


def _turn_record(record: dict, m: re.Match[str], sentence: Sentence, text: str, end: int) -> dict:
    """A speaker's turn as a citation: the whole paragraph (ending at ``end``), every sentence of it the speaker's
    words, a direct quotation."""
    record.update(cue=":", form="speaker label", channel="", quote="direct",
                  quote_text=text[sentence.start + m.end() - 1:end], evidence=text[sentence.start:end],
                  start=sentence.start, end=end, paragraph=sentence.paragraph)
    return record


def _transcript_turns(sentences: list[Sentence], text: str, records: list[dict], people: dict[str, dict],
                      known: dict[str, tuple[str, str, str]]) -> list[dict] | None:
    """A broadcast transcript's turns ("DALE WHITCOMB: I had the greatest economy …"): each paragraph
    opened by a speaker's label in capitals is that speaker's own words, a direct quotation. The labels
    of the programme's hosts and reporters ("JUNE ARELLANO, BYLINE:", later "ARELLANO:") are its own
    voice; a surname alone is the person an earlier label named in full; an unidentified speaker is
    anonymous. Read only where an article has two or more such turns, one of them a host's or reporter's (else
    None: the article is no transcript, and labels such as "GEORGIA:" or "THE FACTS:" are headings).

    >>> turns = ["JUNE ARELLANO, BYLINE: He spoke.", "DALE WHITCOMB: I won. Big.", "ARELLANO: He did not.", "WHITCOMB: I did."]
    >>> [(r["source"], r["quote"]) for r in find_citations("\\n\\n".join(turns))]
    [('Dale Whitcomb', 'direct'), ('Dale Whitcomb', 'direct')]
    """
    turns = _turns(sentences, SPEAKER_TURN)
    if len(turns) < 2:
        return None
    paragraph_end = {s.paragraph: s.end for s in sentences}  # the last sentence of each paragraph ends it
    turn_end = _turn_ends(turns, paragraph_end)
    labels = Counter(m.group("label") for m, _ in turns)
    full: dict[str, str] = {}  # surname in capitals → the label that named the person in full
    roles_given = any(OWN_VOICE.search(m.group("role") or "") for m, _ in turns)
    # full names in capitals and no role given ("AMY GOODMAN: …" / "GLENN GREENWALD: …"): the hosts found by what they say
    hosts = set() if roles_given else _unmarked_hosts(turns, labels, text, paragraph_end)
    if not roles_given and not hosts:
        # no host's or reporter's label ("THE FACTS:", "GEORGIA:" are headings), but a transcript still when two labels
        # each open two turns or more, in turn, and people the story names open them by surname ("RADDATZ: …" /
        # "POMPEO: …" after "Secretary of State Mike Pompeo said"): those are theirs, and an unnamed label is left out
        named = {label: name for label in labels if " " not in label and (name := _person_by_surname(label, text, known))}
        if sum(n >= 2 for n in labels.values()) < 2 or sum(labels[label] for label in named) < 2 or _speaker_changes(turns) < 2:
            return None
        full.update({label: name.upper() for label, name in named.items()})
    surnames = Counter(m.group("label").split()[-1] for m, _ in turns)
    story_words = _lower_cased_names(text)
    own: set[str] = set(hosts) | {label.split()[-1] for label in hosts}
    out: list[dict] = []
    for m, sentence in turns:
        label, role = m.group("label"), m.group("role") or ""
        words = label.split()
        if OWN_VOICE.search(role) or label in own:
            own.update((label, words[-1]))
            continue
        if UNIDENTIFIED.match(label):
            plural = bool(re.search(r"\b(?:CROWD|GROUP|PEOPLE|PROTESTERS|AUDIENCE)\b", label))
            record = {"speaker": label, "source": "unidentified speakers" if plural else "unidentified speaker",
                      "kind": "group" if plural else "anonymous", "role": "", "affiliation": "", "country": "",
                      "named": False}
        else:
            if len(words) == 1:
                if label not in full:
                    continue  # a one-word label never introduced ("NOTE:"): not a speaker
                label = full[label]
            else:
                # a person's label: a name the story also writes in its own words, or a speaker who speaks again
                # ("DALE WHITCOMB: …" where the story says "Whitcomb"); not a section label ("THE FACTS:", "CLAIM:"),
                # a place or a team ("NORTH CAROLINA:", "GREEN BAY PACKERS:")
                named_in_text = re.search(rf"(?<![\w’'-]){re.escape(words[-1])}(?![\w’'-])", story_words, re.IGNORECASE)
                if not (role or labels[label] > 1 or surnames[words[-1]] > 1 or named_in_text) or "'S" in label or "’S" in label:
                    continue
                full.setdefault(words[-1], label)
            written = " ".join(_as_written(w, text) for w in label.split())  # "Mitch McConnell", as the story writes it
            if not _looks_like_person(_strip_honorific(_split_descriptor(written)[0])) or written in places():
                continue
            if role:
                written = f"{role.strip().lower()} {written}" if role_kind(role.lower()) else written
            resolved = _resolve(_Found(written, ":", "speaker label", party=f"({m.group('tag')})" if m.group("tag") else ""),
                                sentence, sentence.text, records + out, people, known)
            if resolved is None or not resolved["named"]:
                continue
            record = resolved
        out.append(_turn_record(record, m, sentence, text, turn_end[sentence.paragraph]))
    return out


# what a programme's host says, and a guest does not: the welcome, the introduction, the hand-over
HOST_WORDS = re.compile(r"\b(?:(?:we(?:’|')re|we\s+are|I(?:’|')m|I\s+am)\s+joined\s+(?:now\s+)?by|welcome\s+(?:back\s+)?to|thank\s+you\s+for\s+"
                        r"(?:joining|being\s+with)|(?:great|good)\s+to\s+have\s+you|we\s+(?:turn|go)\s+(?:now\s+)?to|you(?:’|')re\s+(?:listening|watching))\b",
                        re.IGNORECASE)


def _unmarked_hosts(turns: list[tuple[re.Match[str], Sentence]], labels: Counter, text: str,
                    paragraph_end: dict[int, int]) -> set[str]:
    """The hosts of a transcript whose labels are full names in capitals and give no role ("AMY
    GOODMAN: …" / "GLENN GREENWALD: …"): the label that opens it, and any whose turns are mostly
    questions or welcome, introduce or thank a guest. Empty when the labels are not that: fewer than
    two people's names, fewer than three turns, or no change of speaker."""
    people = {label for label in labels if len(label.split()) >= 2 and not UNIDENTIFIED.match(label)
              and _looks_like_person(_strip_honorific(_split_descriptor(" ".join(_as_written(w, text) for w in label.split()))[0]))}
    if len(people) < 2 or sum(labels[label] for label in people) < 3 or not _speaker_changes(turns):
        return set()
    said: dict[str, list[str]] = {}
    for m, sentence in turns:
        said.setdefault(m.group("label"), []).append(text[sentence.start:paragraph_end[sentence.paragraph]])
    hosts = {turns[0][0].group("label")}
    for label, paragraphs in said.items():
        if sum(p.rstrip(" ”\"’").endswith("?") for p in paragraphs) * 2 > len(paragraphs) or any(HOST_WORDS.search(p) for p in paragraphs):
            hosts.add(label)
    return hosts if people - hosts else set()


# an interview written as questions and answers, each paragraph opened by the speaker's name: "Biden: I am still pushing"
INTERVIEW_TURN = re.compile(r"^\s*(?P<label>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}):\s+\S")


def _interview_turns(sentences: list[Sentence], text: str, records: list[dict], people: dict[str, dict],
                     known: dict[str, tuple[str, str, str]], full_names) -> list[dict] | None:
    """An interview printed as questions and answers ("Block: Is the White House still pushing …?" /
    "Biden: I am still pushing …"): each paragraph opened by a person's name and a colon is that person's
    words, a direct quotation; the interviewer (the label whose turns are mostly questions, or the one label that
    asks the most) is left out.
    Read only where two or more labels each open two or more paragraphs and the turns alternate (else None).

    >>> turns = ["Block: Is the ban dying?", "Biden: I am still pushing.", "Block: Why?", "Biden: Because it works."]
    >>> [(r["source"], r["quote"]) for r in find_citations("\\n\\n".join(turns))]
    [('Biden', 'direct'), ('Biden', 'direct')]
    """
    turns = _turns(sentences, INTERVIEW_TURN)
    labels = Counter(m.group("label") for m, _ in turns)
    if len([label for label, n in labels.items() if n >= 2]) < 2 \
            or _speaker_changes(turns) < 2:
        return None
    paragraph_end = {s.paragraph: s.end for s in sentences}
    turn_end = _turn_ends(turns, paragraph_end)
    asks = Counter(m.group("label") for m, s in turns if "?" in text[s.start:paragraph_end[s.paragraph]])
    share = {label: asks[label] / n for label, n in labels.items()}
    asker = max(share, key=share.get)
    interviewer = asker if share[asker] > 0 and list(share.values()).count(share[asker]) == 1 else None
    out: list[dict] = []
    for m, sentence in turns:
        label = m.group("label")
        if label == interviewer or labels[label] < 2 or share[label] >= 0.5 or not _names_a_person(label) or label in places():
            continue  # the interviewer's questions, a heading ("Update:"), a place
        record = _resolve(_Found(label, ":", "speaker label"), sentence, sentence.text, records + out, people, known,
                          full_names=full_names)
        if record is None or not record["named"]:
            continue
        out.append(_turn_record(record, m, sentence, text, turn_end[sentence.paragraph]))
    return out


OUTLET_SERVICES = {"radio", "tv", "television", "online", "digital", "news", "world", "service", "live", "podcast", "podcasts",
                   "sounds", "iplayer", "app", "website", "channel", "arabic", "urdu", "persian", "hindi", "mundo", "brasil"}


def same_outlet(channel: str, outlet: str) -> bool:
    """Is ``channel`` the outlet itself or one of its services ("told NPR" in NPR's story, "BBC
    Radio" in the BBC's)? Then the words were given to the outlet's own reporters: its own
    reporting, not a channel.

    >>> same_outlet("BBC Radio", "BBC"), same_outlet("the New York Times", "New York Times"), same_outlet("CNN", "NPR")
    (True, True, False)
    >>> same_outlet("BBC Chinese", "BBC"), same_outlet("The Times of India", "The Times"), same_outlet("Sky News Arabia", "Sky News")
    (True, False, False)
    """
    def key(name: str) -> str:
        return " ".join(re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower().replace("’s", "").replace("'s", "").split()).strip(" .,")

    a, b = key(channel), key(outlet)
    if not (a and b):
        return False
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    # a service of the outlet: its radio, television, website or a language edition ("BBC Chinese");
    # not another outlet that begins with its name ("The Times of India", "Sky News Arabia")
    rest = longer[len(shorter):].strip() if longer.startswith(shorter + " ") else ""
    return bool(rest) and all(w in OUTLET_SERVICES or w.capitalize() in places() for w in rest.split())


def _media_as_channel(found: list[dict]) -> None:
    """In "X said, according to Russian state media" or "X told …, state media reported", the
    media only carry X's words: record them as X's channel, not as a second source."""
    media = [r for r in found if r["kind"] == "media" and r["cue"] in ("according to", "per", "reported", "reports")]
    others = [r for r in found if r["kind"] != "media" and r["form"] != "unattributed passive"]
    if media and others:
        for r in others:
            r["channel"] = r["channel"] or OWNER_THEN_MORE.sub("", media[0]["speaker"])  # "the Times’ Glenn Thrush": the Times
        for r in media:
            found.remove(r)


def _same_title_and_body(speaker: str, records: list[dict]) -> dict | None:
    """The last named person cited with this role at this body, when ``speaker`` is "the" + the
    body's name + the role ("the Speech First president", "the Justice Department spokeswoman")."""
    words = speaker.split()
    if len(words) < 3 or not all(_is_cap(w) for w in words[1:-1]):
        return None
    body, title = " ".join(words[1:-1]), words[-1].lower()
    return next((r for r in reversed(records) if r["named"] and r["kind"] in PERSON_KINDS and r["affiliation"] == body
                 and title in _title_words(r["role"])), None)


# a class of titles a second reference may use for any of them ("Rep. Ann Lee … the lawmaker said")
LEGISLATORS = frozenset({"senator", "representative", "congressman", "congresswoman", "congressperson", "assemblyman",
                         "assemblywoman", "assemblymember", "legislator", "lawmaker", "delegate", "mp"})
# who leads a country: "the Israeli leader" after Prime Minister Benjamin Netanyahu
LEADERS = frozenset({"prime", "premier", "president", "chancellor", "king", "queen", "emir", "sultan", "leader", "dictator"})
GENERIC_TITLES = {"lawmaker": LEGISLATORS, "legislator": LEGISLATORS,
                  "congressman": frozenset({"representative", "congressman"}),
                  "congresswoman": frozenset({"representative", "congresswoman"})}


AGE_WORD = re.compile(r"\d+-year-old")


PARTY_TAG_AFFILIATION = re.compile(rf"^(?:{'|'.join(PARTIES.values())}), ")  # what `_party_affiliation` makes of "(D-N.Y.)"


ABBREVIATED_PLURAL_TITLE = re.compile(r"\b(Sen|Rep|Gov)s\.")  # one person of a list under a plural title: "Sens." → "Sen."
# words that make a title another one: the vice president is not "the president"
TITLE_MODIFIERS = {"vice", "deputy", "assistant", "former", "lieutenant", "associate", "ex", "then", "acting", "interim"}
# "the Obama administration": the government of the president of that name (US usage)
ADMINISTRATION_OF = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][a-z][\w’'-]*)(?:[’']s)?\s+[Aa]dministration\b")


def _text_since(record: dict, sentence: Sentence, known) -> str:
    """The article's text (``known.text``) between the sentence that cited ``record`` and ``sentence``."""
    return getattr(known, "text", "")[record.get("end", sentence.start):sentence.start]


def _mentions(surname: str, text: str) -> int:
    """How often ``text`` names a person by ``surname`` (as a whole word)."""
    return len(re.findall(rf"\b{re.escape(surname)}\b", text))


def _titled_person(description: str, known: dict[str, tuple[str, str, str]]) -> str | None:
    """The one person the text has named with the title a definite description gives ("the vice
    president", "the former New York mayor", "the Arizona Republican", "the lawmaker"), or None.

    >>> known = {"Ann Roe": ("Ann Roe", "Vice President", ""), "Rudy Giuliani": ("Rudy Giuliani", "Former Mayor", "New York")}
    >>> _titled_person("the vice president", known), _titled_person("the former New York mayor", known)
    ('Ann Roe', 'Rudy Giuliani')
    >>> _titled_person("the president", known) is None  # not the vice president
    True
    >>> known["Tom Berg"], known["Lee Park"] = ("Tom Berg", "President", "Russian"), ("Lee Park", "President", "")
    >>> _titled_person("the president", known), _titled_person("the Russian president", known)
    ('Lee Park', 'Tom Berg')
    """
    words = [w for w in description.lower().split()[1:] if not AGE_WORD.fullmatch(w)]
    if not words:
        return None
    noun, described = words[-1], set(words)
    if not (role_lexicon().get(noun) in PERSON_KINDS or noun in PARTY_WORDS or noun in TITLE_ABBREVIATIONS.values()
            or noun in GENERIC_TITLES):
        return None

    def fits(role: str, affiliation: str) -> bool:
        title, where = _title_words(role), _title_words(affiliation)
        # every word of the title, and the rest where it is held ("the former New York mayor": Former Mayor, of New
        # York; "the vice president" is not President X, nor "the mayor" a former mayor); or the party and state
        # ("the Arizona Republican"); or the class the title belongs to ("the lawmaker", "the Ohio lawmaker": Rep.)
        return (bool(title) and title <= described and described - title <= where) \
            or bool(described & PARTY_WORDS and described <= where) \
            or (noun in GENERIC_TITLES and not GENERIC_TITLES[noun].isdisjoint(title) and described - {noun} <= where) \
            or (_holds_seat(noun, title) and described - {noun} <= where)

    named = {v[0]: v for v in known.values() if not _cue_pattern().search(v[1]) and fits(v[1], v[2])}
    if not named and words == ["president"] and getattr(known, "text", ""):
        # "the president", in a story that never titles anyone so but speaks of "the Trump administration": Trump
        heads = {m.group("name") for m in ADMINISTRATION_OF.finditer(known.text) if _looks_like_person(m.group("name"))}
        # …unless the story is about someone else: "as it was in the Clinton administration", in a story that names
        # Mr. Obama ten times, is a past government (its head mentioned less than half as often as the most named person)
        people = {v[0].split()[-1] for v in set(known.values()) if v[0]} | {m.group("name") for m in HONORIFIC_NAME.finditer(known.text)}
        most = max((_mentions(p, known.text) for p in people), default=0)
        heads = {h for h in heads if 2 * _mentions(h, known.text) >= most}
        named = {f"President {known[h][0] if h in known else h}": ("", "President", "") for h in heads}
    if len(named) > 1:  # "the president" after President Trump and Russian President Vladimir Putin: the one the text
        # titles with nothing the description leaves out (the Russian president is "the Russian president"); a party
        # and state from a tag ("Democrat, N.Y.") are no part of the title
        named = {n: v for n, v in named.items() if PARTY_TAG_AFFILIATION.match(v[2]) or _title_words(v[2]) <= described}
    if len(named) > 1 and getattr(known, "text", ""):
        # "the president", in a story of President Obama that recalls what President George W. Bush did once: the
        # person the story is about, mentioned at least twice as often as any other who fits (else no guess)
        mentions = sorted(((_mentions(n.split()[-1], known.text), n) for n in named), reverse=True)
        named = {mentions[0][1]: named[mentions[0][1]]} if mentions[0][0] >= 2 * mentions[1][0] else named
    return next(iter(named)) if len(named) == 1 else None


RELATIVE_IN_ROLE = re.compile(r"\s(?:who|whom|whose|which|that)\s.*", re.IGNORECASE | re.DOTALL)


def _before_relative(role: str) -> str:
    """A role without the relative clause that describes it further ("a retired general whom the
    president called a hero": a retired general)."""
    return RELATIVE_IN_ROLE.sub("", role) if " wh" in role or " that " in role else role


def _title_words(title: str) -> set[str]:
    """The words of a title or affiliation, lower case, abbreviations spelled out, possessives dropped.

    >>> sorted(_title_words("Former Gov.")), sorted(_title_words("Arizona's Republican"))
    (['former', 'governor'], ['arizona', 'republican'])
    >>> sorted(_title_words("Democrat, N.H."))  # a party tag's state spelled out ("the New Hampshire Democrat")
    ['democrat', 'hampshire', 'new']
    >>> sorted(_title_words("retired general whom the president called a hero"))
    ['general', 'retired']
    """
    words = _before_relative(title.lower()).replace("’s", "").replace("'s", "").replace(",", " ").split()
    states = us_states()
    if any(w in states for w in words):
        words = [x for w in words for x in states.get(w, w).split()]
    return {TITLE_ABBREVIATIONS.get(w, w) for w in words}


_BEFORE_REVEREND = r"[Tt]he\s+(?=(?:Rev\.?|Reverend|Very\s+Rev\.?|Rt\.?\s+Rev\.?|Hon\.?|Honorable|Honourable)\s+[A-Z])"
REVEREND_ARTICLE = re.compile(rf"\b{_BEFORE_REVEREND}")  # anywhere in a text
THE_REVEREND = re.compile(rf"^{_BEFORE_REVEREND}")  # opening a speaker
FIRST_AND_INITIAL = re.compile(r"[A-Z][a-z]+ [A-Z]\.?")


TITLE_STATUS = {"former", "then", "the", "acting"}  # words of a title that say when it is held, not what it is


def _share_title(a: str, b: str) -> bool:
    """Do two titles have a word in common, besides when they are held ("former President", "President")?"""
    return bool((_title_words(a) & _title_words(b)) - TITLE_STATUS)


# titles a person carries whatever post they hold: "Professor Sabato" is the "Larry Sabato, director of …" named before
PERSONAL_TITLES = {TITLE_ABBREVIATIONS.get(w, w) for w in ("professor", "prof.", "dr.", "dr", "doctor", "rev.", "reverend")}


def _same_person_titled(title: str, full: str, known: dict | None) -> bool:
    """Is a surname under ``title`` ("President Abbas") the one person the article names in full with
    that surname (``full``, "Mahmoud Abbas")? Yes when the title is personal ("Professor", "Dr.") or
    the text gives the full name a title with a word in common ("Palestinian Authority President");
    not when it names the full name with another title or none ("Ivanka Trump" is not "President Trump")."""
    words = _title_words(title) - TITLE_STATUS
    if words and words <= PERSONAL_TITLES:
        return True
    return bool(known and full in known and _share_title(title, known[full][1]))


def _titled_alike(known: dict, full: str | None, bare: str) -> bool:
    """Does the text give the full name ``full`` the title it gives ``bare`` alone ("former President
    George W. Bush" and "President Bush": one person; "Ivanka Trump" and "President Trump": two)?"""
    if not full or full not in known:
        return False
    return _share_title(known[full][1], known[bare][1])


# what a person or body writes or issues, cited for its author ("Bolton's memoir", "the company's statement"); books
# and memoirs are one class, so "the book" is the memoir named before
AUTHORED_DOCUMENTS = {"book", "memoir", "memoirs", "autobiography", "report", "statement", "affidavit", "letter", "tweet", "tweets", "post",
                      "posts", "op-ed", "column", "essay", "testimony", "lawsuit", "suit", "complaint", "filing", "analysis",
                      "study", "survey", "poll", "research", "data", "figures", "estimates", "speech", "remarks", "memo",
                      "emails", "notes", "diary", "website", "blog", "newsletter", "podcast", "editorial", "findings", "readout",
                      "transcript"}
TIMES_OF_DAY = {"morning", "afternoon", "evening", "night", "tonight"}
POLLS = {"poll", "survey"}  # documents whose owner named before them is always the body that made them
DOCUMENT_CLASS = {d: d for d in AUTHORED_DOCUMENTS} | {"memoir": "book", "memoirs": "book", "autobiography": "book", "suit": "lawsuit"}
OWNED_DOCUMENT = re.compile(r"(?P<owner>(?:[\w.-]+\s+){0,6}?[\w.-]*\w(?:[’']s|s[’']|(?<=[Hh]is)|(?<=[Hh]er)|(?<=[Tt]heir)|(?<=[Ii]ts)))"
                            r"\s+(?:(?:new|upcoming|forthcoming|latest|recent|own|first|second|final|annual|written|"
                            r"opening|closing|prepared|joint)\s+){0,2}(?P<doc>[\w-]+)")
# a body named before what it issued: "A White House statement", "the Kremlin readout"
ISSUER_BEFORE_DOCUMENT = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+(?:(?:recent|new|latest|leaked|internal|official|final)\s+)?)?"
                                    r"(?P<owner>(?:[A-Z][\w.&’'/–-]*\s+){1,4}?)(?:(?:new|latest|joint|written|brief)\s+)?"  # "CNN/ORC"
                                    r"(?P<doc>[a-z][\w-]*)")
SAME_DOCUMENT = re.compile(r"(?i:the)\s+(?:(?:new|upcoming|forthcoming|latest)\s+)?(?P<doc>book|memoir|memoirs|autobiography|report|"
                           r"lawsuit|suit|complaint|filing|study|survey|poll|analysis|letter|memo|op-ed|essay|statement|affidavit)")
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# a body or person by name issuing a document: "the Commission on Presidential Debates released a statement",
# "Sens. Ann Roe and Tom Berg sent a letter", "the Justice Department filed a complaint"
ISSUED = re.compile(r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w.&’'-]*)){0,8}?)\s+"
                    r"(?:(?:also|later|then|jointly|quickly|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?"
                    r"(?:issued|released|put\s+out|sent|filed|published|posted|submitted|wrote)\s+(?:a|an|its|his|her|their)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?P<doc>" + "|".join(sorted(DOCUMENT_CLASS, key=len, reverse=True)) + r")\b")
ISSUED_REACH = 1500  # characters back from the sentence that cites the document


def _issuer_before(masked_text: str, start: int, doc: str, records: list[dict] | None = None) -> str | dict:
    """Who the text last says issued a ``doc`` (of its `DOCUMENT_CLASS`) in the ``ISSUED_REACH``
    characters before ``start``, or the last of ``records`` there whose named source spoke in one
    ("The commission dismissed it, saying in a statement that …"); "" if no one.

    >>> _issuer_before("The Commission on Presidential Debates released a statement on Monday. It", 71, "statement")
    'The Commission on Presidential Debates'
    >>> _issuer_before("Ann Roe wrote a book. It", 22, "statement")
    ''
    """
    window = masked_text[max(0, start - ISSUED_REACH):start]
    if doc not in window:
        return ""
    wanted = DOCUMENT_CLASS.get(doc)
    issuers: list[tuple[int, str | dict]] = [(m.start(), m.group("who")) for m in ISSUED.finditer(window)
                                              if DOCUMENT_CLASS.get(m.group("doc")) == wanted]
    mentions = re.compile(rf"\b(?i:in)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(doc)}\b")  # spoke in it
    issuers += [(r["start"] - start + len(window), r) for r in records or ()
                if (r.get("named") or r["kind"] == "anonymous") and r["source"] != "unattributed"
                and r["start"] >= start - len(window) and mentions.search(r["evidence"])]
    # a body or outlet cited for what its document found ("A Reuters/Ipsos poll released on Tuesday showed", "the Labor
    # Department reported"): the document is theirs
    # (not when another document is cited or brought up after it: "BuzzFeed has a report …", "An FBI assessment found")
    found_in = re.compile(rf"\b(?i:an?|the)\s+(?:[\w/&.-]+\s+){{0,4}}?{re.escape(doc)}\b")
    another = re.compile(rf"\b(?i:an?)\s+(?:[\w/&.-]+\s+){{0,4}}?{re.escape(doc)}\b")
    for r in records or ():
        if r.get("named") and r["start"] >= start - len(window) and r["kind"] in ("institution", "media") \
                and (found_in.search(r["evidence"]) and r["source"] in r["evidence"] or doc == "report" and r["cue"] in ("reported", "reports")) \
                and not another.search(masked_text, r["end"], start) \
                and not any(r["end"] <= o["start"] < start and _EVIDENCE_WORD.search(o["speaker"].lower()) for o in records):
            issuers.append((r["start"] - start + len(window), r))
    last = max(issuers, key=lambda i: i[0])[1] if issuers else ""
    if isinstance(last, str) and " and " in last and _looks_like_person(last.rpartition(" and ")[2]):
        return ""  # "Ann Roe and Tom Berg sent a letter": two people, each cited where the letter is quoted by name
    return last


def _owned_document(speaker: str) -> tuple[str, str]:
    """Who wrote or issued the document a speaker names, and the document ("John Bolton's upcoming
    memoir": John Bolton, memoir; "her statement": her, statement), or two empty strings.

    >>> _owned_document("former adviser John Bolton's upcoming memoir"), _owned_document("his book"), _owned_document("Bolton")
    (('former adviser John Bolton', 'memoir'), ('his', 'book'), ('', ''))
    >>> _owned_document("A White House readout"), _owned_document("A July Quinnipiac University poll"), _owned_document("A Monday statement")
    (('White House', 'readout'), ('Quinnipiac University', 'poll'), ('', ''))
    """
    owned = OWNED_DOCUMENT.fullmatch(speaker) if " " in speaker else None
    if not owned or owned.group("doc").lower() not in AUTHORED_DOCUMENTS:
        named = ISSUER_BEFORE_DOCUMENT.fullmatch(speaker) if " " in speaker else None
        words = named.group("owner").split() if named else []
        while words and words[0].lower().rstrip(".") in CALENDAR - TIMES_OF_DAY:
            words.pop(0)  # "A July Quinnipiac poll": Quinnipiac's (but "A Morning Consult survey": Morning Consult's)
        if words and named.group("doc").lower() in POLLS and not any(w.lower() in FUNCTION_WORDS or w.lower() in PRONOUNS for w in words):
            return " ".join(words), named.group("doc").lower()  # "A Morning Consult survey", "the Pew poll": the pollster's
        if words and named.group("doc").lower() in AUTHORED_DOCUMENTS and not _looks_like_person(" ".join(words)) \
                and _classify(" ".join(words), "", "")[0] in ("institution", "media"):
            return " ".join(words), named.group("doc").lower()  # "A White House statement": the White House's
        return "", ""
    return re.sub(r"(?:[’']s|(?<=s)[’'])$", "", owned.group("owner")), owned.group("doc").lower()


RELATIONAL_NOUNS = {w for n in ("critic", "opponent", "ally", "supporter", "friend", "rival", "foe", "enemy", "fan", "admirer",
                                 "defender", "confidant", "confidante", "associate", "backer", "detractor") for w in (n, plural(n))}
CHAMBER_TITLE = re.compile(r"(?:Majority|Minority|Republican|Democratic)\s+(?:Leader|Whip)|Speaker|President\s+pro\s+tempore", re.IGNORECASE)
STATE_PARTY = re.compile(r"(?:an?\s+)?(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?P<party>Republican|Democrat|Independent)"
                         r"(?:\s*(?:,|\band\b)\s*(?P<rest>.+))?$")
# the same, the party first: "Representative Ann Roe, Republican of Pennsylvania,"
PARTY_OF_STATE = re.compile(r"(?:an?\s+)?(?P<party>Republican|Democrat|Independent)\s+(?:of|from)\s+"
                            r"(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?:\s*(?:,|\band\b)\s*(?P<rest>.+))?$")


def _cited_in_full(surname: str, people: dict[str, dict]) -> dict | None:
    """The record of the person cited before by a full name that ends with ``surname``, if any."""
    earlier = people.get(surname)
    if earlier is not None and earlier["named"] and len(earlier["source"].split()) > 1 and earlier["source"].split()[-1] == surname:
        return earlier
    return None


def _state_and_party(appositive: str) -> re.Match[str] | None:
    """`STATE_PARTY` on an appositive whose place is a US state in full ("Florida Republican"; not
    "Las Vegas Democrat")."""
    m = (STATE_PARTY.match(appositive) or PARTY_OF_STATE.match(appositive)) if appositive else None
    return m if m and _state_named(m.group("state").split()) == m.group("state") else None


PRONOUN_CONTRACTION = re.compile(r"(?P<pronoun>he|she|they|it)[’'](?:ve|re|ll|d|s)")


def _resolve(f: _Found, sentence: Sentence, masked: str, records: list[dict], people: dict[str, dict],
             known: dict[str, tuple[str, str, str]] | None = None, referent=None,
             full_names: dict[str, str] | None = None) -> dict | None:
    """The record of one attribution: its speaker resolved (a pronoun or short name to the person
    it stands for, ``referent`` giving the name a pronoun refers to, ``full_names`` the full name
    the article gives a surname or first name), classified and described."""
    speaker = _trim_name(re.sub(r"\s+", " ", f.speaker.replace("_", "")).strip(" ,.;:“”\"'’"))
    if not speaker or len(speaker) > 120:
        return None
    speaker = THE_REVEREND.sub("", speaker)  # "The Rev. Franklin Graham": a person, not a description
    owner, document = _owned_document(speaker)
    same = SAME_DOCUMENT.fullmatch(speaker) if not owner else None
    if owner:  # "according to John Bolton's upcoming memoir", "Bolton's book says", "her statement": who wrote it
        speaker = POSSESSIVE_PRONOUNS.get(owner.lower(), owner)
    elif same:
        # "according to the book", after "according to John Bolton's memoir": the author cited for it before
        doc = same.group("doc").lower()
        earlier = next((r for r in reversed(records) if DOCUMENT_CLASS.get(r.get("document", ""), "-") == DOCUMENT_CLASS.get(doc)), None)
        if earlier is not None:
            return {k: earlier[k] for k in ("source", "kind", "role", "affiliation", "country", "named")} | \
                {"speaker": speaker, "cue": f.cue, "form": f.form, "document": doc}
    tag = PARTY_MARK.search(speaker)
    if tag and tag.end() == len(speaker) and tag.start() and not f.party:  # "…,” said Sen. Ann Roe (D-MA).
        f, speaker = replace(f, party=tag.group(0)), speaker[:tag.start()].rstrip()
    low = speaker.lower()
    contracted = PRONOUN_CONTRACTION.fullmatch(low)
    if contracted:  # "They’ve argued that", "She’d said": the pronoun
        speaker, low = speaker[:contracted.end("pronoun")], contracted.group("pronoun")
    if low in ("we", "i", "us", "me") or re.search(r"n[’']t$|^(?:i|we)[’'](?:ve|m|d|ll|re)$", low) or low in NOBODY_IN_PARTICULAR:
        return None  # "As we said earlier", "in the past we have called for": the outlet's own voice; "Don't expect"
    if low not in PRONOUNS and _not_a_name(speaker) and low not in role_lexicon():  # but "Others note", "Some argue"
        return None
    if not owner and len(speaker.split()) == 1 and low in role_lexicon() and not _proper_plural(speaker) \
            and not (full_names and speaker in full_names and speaker[0].isupper()):  # (but "Judge said", of Mark Judge)
        speaker = low  # a common noun capitalised at the start of a sentence: "Polls", "Aides"
    named_of = NAME_OF.match(speaker)
    if named_of and role_lexicon().get(_head(named_of.group("np"))) in PERSON_KINDS:
        named_of = None  # "New York Secretary of State Ann Roe": the title runs on past "of", before the name
    of_place = ""
    if named_of and (named_of.group("np") in people or (full_names and named_of.group("np") in full_names)
                     or (len(named_of.group("np").split()) > 1 and _looks_like_person(named_of.group("np")))):
        # "said Hultquist of the Mandiant cybersecurity firm", "said Dent of passing the bill", "Ann Roe of the Example
        # Institute said": a person, and what the person is of (a place or a body, kept below) or spoke of
        place_of = _placed(speaker)
        of_place = place_of.group("place") if place_of and place_of.group("np") == named_of.group("np") else ""
        speaker = named_of.group("np")
    bare = _strip_honorific(speaker)
    antecedent = None
    written = speaker  # the speaker as the text writes it
    if low in ("he", "she"):
        name = referent(low) if referent else None
        if isinstance(name, dict):  # a record: a journalist a media record names, or the last person cited
            antecedent = name
        elif name in people:
            antecedent = people[name]
        elif name and known and name in known:  # a person the text has named with a role but not yet cited
            antecedent = _resolve(_Found(known[name][0], f.cue, f.form), sentence, masked, records, people, known)
        elif isinstance(name, str) and name:  # the full name an earlier sentence opens with, not yet cited
            antecedent = _resolve(_Found(name, f.cue, f.form), sentence, masked, records, people, known)
        if antecedent is None and referent is None:
            antecedent = next((r for r in reversed(records) if r["kind"] in PERSON_KINDS and r["named"]), None)
    elif low == "they":
        antecedent = next((r for r in reversed(records) if r["kind"] in ("group", "anonymous", "institution")
                           and r["source"] != "unattributed" and _plural(r["source"])
                           and _head(r["source"]) not in DOCUMENT_HEADS), None)  # surveys never "accuse"
        last = records[-1] if records else None
        if antecedent is None and last and last["kind"] == "anonymous" and not last["named"] and last["source"] != "unattributed" \
                and _head(last["source"]) not in GENDERED_NOUNS and _head(last["source"]) not in DOCUMENT_HEADS:
            antecedent = last  # "The source said … They added": news uses a singular "they" for an unnamed person
    elif low == "it":
        first = re.match(r"^\s*((?:[A-Z][\w’'.-]*\s*){1,4})", masked)
        if first and _classify(first.group(1).strip(), "", "")[0] == "institution":
            speaker = written = first.group(1).strip()
        else:
            # "The ministry said on Monday … It added that …", "A GAO report found … It warned that …": the body or
            # document cited last, in this paragraph or the one before, when nothing else was cited since
            last = records[-1] if records else None
            at = re.search(rf"\b[Ii]t\s+(?:\w+\s+){{0,2}}?{re.escape(f.cue)}\b", masked)
            opens = at is not None and (not masked[:at.start()].strip() or MAIN_CLAUSE_AFTER_QUOTE.search(masked, 0, at.start()))
            if last is None or last["kind"] not in ("institution", "media") or last["source"] == "unattributed" \
                    or _plural(last["source"]) or sentence.paragraph - last["paragraph"] > 1:
                # "The Department of Health and Human Services released a blueprint … It said …": the body the sentence
                # before opens with, when nothing it said was cited
                body = referent("it") if referent and opens else None  # (never "to counter what it says": whose, is inside)
                if not body:
                    return None
                speaker = written = body
            elif referent and opens and _text_since(last, sentence, known).strip() \
                    and (body := referent("it")) and body != last["source"]:
                speaker = written = body  # "The CDC said …. The Department of Health released data. It said …": the body named since
            else:
                antecedent = last
    elif low.startswith("the ") and (same := _same_title_and_body(speaker, records)) is not None:
        antecedent = same  # "The Speech First president pointed out", after "Nicole Neily, president of Speech First"
    elif MEDIA_DESCRIPTION.fullmatch(low) and (media := _media_in_reach(records, sentence.paragraph)) is not None:
        # "The wire service adds that", after "the Associated Press reported": the AP; "the newspaper", after "his mother
        # told the Tribune": the Tribune
        antecedent = media if isinstance(media, dict) else _resolve(_Found(media, f.cue, f.form), sentence, masked, records, people, known)
    elif (low.startswith("the ") or (low.startswith("our ") and len(low.split()) == 2)) and len(low.split()) <= 3 and not any(
            _is_cap(w) and not w.isupper() and w not in places() and w.lower() not in PARTY_WORDS and w.lower() not in role_lexicon()
            for w in speaker.split()[1:-1]):  # "the Trump campaign" names whose; "the Arizona Republican", "the HHS official" do not
        # ("our president", in a column: the country's, as "the president")
        noun, described = low.split()[-1], set(low.split())
        # the same word, in the same number: "the official" is not "union officials" cited before
        # …but not a source whose head is another role word ("the court" is not "the Supreme Court justices")
        # …nor a title the description does not give in full ("the president" is not the vice president)
        antecedent = next((r for r in reversed(records) if (noun in WORD_TOKEN.findall(r["source"].lower())
                                                             and (_head(r["source"]) == noun or _head(r["source"]) not in role_lexicon()))
                           or (noun not in ORG_WORDS  # "the House" is no "House Majority Leader"
                               and (noun in WORD_TOKEN.findall(_before_relative(r["role"].lower())) or _of_title(noun, r["role"]))
                               and not (_title_words(r["role"]) & TITLE_MODIFIERS) - described
                               and not _named_elsewhere(speaker, r["role"], r["affiliation"], places_too=False))), None)
        named = _titled_person("the " + low.split(maxsplit=1)[1], known) if known is not None else None
        if antecedent is not None and named and named.split()[-1] != antecedent["source"].split()[-1] \
                and not _mentions(named.split()[-1], _text_since(antecedent, sentence, known)):
            named = None  # the one cited last with the title, when the text has not named the one it titled so since
        if named:
            antecedent = _resolve(_Found(named, f.cue, f.form), sentence, masked, records, people, known)
        elif antecedent is None and noun in BODY_NOUNS and len(low.split()) == 2:
            opening = _opening_body(masked)
            if opening and opening.end("np") <= masked.lower().find(low):
                antecedent = _body_record(opening.group("np"))  # "The CDC has run the network, which the agency describes as …"
            else:
                antecedent = _body_cited_last(records, sentence.paragraph, noun)  # "Avista Utilities said … the company tweeted"
    elif low.startswith("the ") and 3 < len(low.split()) <= 7 and known and (named := _titled_person(low, known)):
        # "the former New York mayor", "the 74-year-old Vermont senator": a title with where and when it is held
        antecedent = _resolve(_Found(named, f.cue, f.form), sentence, masked, records, people, known)
    elif len(bare) <= 6 and bare.isupper() and bare.isalpha() and full_names and bare in full_names:
        written, speaker = speaker, full_names[bare]  # "NNA reported", after "National News Agency (NNA)"
    elif FIRST_AND_INITIAL.fullmatch(bare) and full_names and bare.split()[0] in full_names:
        written, speaker = speaker, full_names[bare.split()[0]]  # "George W. says", after "George W. Bush"
    elif bare == speaker and bare in getattr(known, "titled_alone", ()) and known.get(bare, ("",))[0] == bare \
            and not _titled_alike(known, full_names.get(bare) if full_names else None, bare):
        pass  # "Trump said" where the text writes "President Trump" and names only Ivanka Trump in full: the president
    elif _particle_surname(bare) and bare in people:
        antecedent = people[bare]  # "De la Rionda told the jury", after "prosecutor Bernie de la Rionda"
    elif len(bare.split()) == 2 and bare not in people and _looks_like_person(bare) \
            and len(longer := {r["source"]: r for r in people.values() if r["named"] and r["source"].endswith(f" {bare}")}) == 1:
        antecedent = next(iter(longer.values()))  # "Van Drew continued", after "Congressman Jeff Van Drew": a surname of two words
    elif len(bare.split()) == 1 and (bare in people or _looks_like_person(bare)):
        antecedent = people.get(bare)  # "Jordan said", after "Rep. Jim Jordan": the person, not the country
        if antecedent is not None and antecedent["source"].split()[0] == bare and antecedent["source"].split()[-1] != bare \
                and known and (entry := known.get(bare)) and len(full := _strip_honorific(entry[0]).split()) > 1 \
                and full[-1] == bare:
            # "Paul said", after "Paul Ryan said" and "Sen. Rand Paul": a name alone is the surname of the one the text
            # names with it last, never the first name of another
            written, speaker, antecedent = speaker, " ".join(full), None
        if antecedent is not None and antecedent["kind"] == "unknown" and f.appositive:
            # "Kemp, from Dover in Kent, told the BBC": what this mention says of the person counts
            written, speaker, antecedent = speaker, antecedent["source"], None
        if antecedent is None and full_names and bare in full_names:  # "Kemp said", after "Mandy Kemp has worked …"
            written, speaker = speaker, full_names[bare]
    if low in ("he", "she", "they") and antecedent is None:
        return None
    if antecedent is not None:
        return {k: antecedent[k] for k in ("source", "kind", "role", "affiliation", "country", "named")} | \
            {"speaker": speaker, "cue": f.cue, "form": f.form}

    if AMPERSAND_NAME.fullmatch(speaker) and not _split_descriptor(speaker)[1]:
        # "Johnson & Johnson said", "AT&T said": a firm's name, never a person's (but "AT&T Chief Executive John
        # Stankey" is the person the firm's title names)
        return _body_record(speaker) | {"speaker": written, "cue": f.cue, "form": f.form}
    organisation = ORG_DESCRIPTOR.fullmatch(speaker)
    if organisation:  # "The pro-Palestinian lobby group J Street", "the ride-hailing company Uber": the body by its name
        speaker = organisation.group("name")
    home = _placed(speaker)  # "Republican Rep. Thomas Massie of Kentucky": the person, from Kentucky
    if home and role_lexicon().get(_head(home.group("np"))) in PERSON_KINDS:
        home = None  # (not "New York Secretary of State Ann Roe", whose title runs on past "of")
    home_place = ""
    works_at = ""
    if home and (_split_descriptor(home.group("np"))[1] or len(home.group("np").split()) > 1) \
            and _looks_like_person(_strip_honorific(_split_descriptor(home.group("np"))[0])):
        # a titled person "of" a place is from there ("Rep. Thomas Massie of Kentucky"); of anything else, works there
        # ("Mayor Brandon Lee of Durham", "Chief Judge Anita Brooks of the 4th U.S. Circuit Court of Appeals")
        place = re.sub(r"^the\s+", "", home.group("place"))
        speaker = home.group("np")
        if place in places() and home.re is HOME_PLACE:
            home_place = place
        else:
            works_at = place  # (and "economist Ann Roe at Example Bank": where the person works)
    elif of_place:
        place = re.sub(r"^the\s+", "", of_place)
        home_place, works_at = (place, "") if place in places() else ("", place)
    name, role, affiliation = _split_descriptor(speaker)
    name = _strip_honorific(name)
    affiliation = POSSESSIVE_END.sub("", affiliation)  # "Sanders’ campaign manager Jeff Weaver": Sanders
    role, affiliation = _chamber_joined(role, affiliation)  # "House Minority Leader Nancy Pelosi": one title, the chamber's
    if role and len(name.split()) == 1 and _looks_like_person(name):
        # "Prime Minister Roe" after "British Prime Minister Ann Roe": the person cited in full before with that title
        earlier = _cited_in_full(name, people)
        if earlier is not None and _title_words(role) <= _title_words(earlier["role"]):
            # (the title in full: "Secretary Perez", after "Labor Secretary Tom Perez", is the Labor Secretary)
            name, affiliation = earlier["source"], affiliation or earlier["affiliation"]
            role = earlier["role"] if not affiliation or affiliation == earlier["affiliation"] else role
        elif full_names and (full := full_names.get(name)) and full.split()[-1] == name and _same_person_titled(role, full, known):
            # "Justice Kagan wrote", after "an opinion written by Justice Elena Kagan"; "Mayor Emanuel called", after
            # "Chicago Mayor Rahm Emanuel": where the title is held, from the full name's
            name, affiliation = full, affiliation or (known.get(full, ("", "", ""))[2] if known else "")
        elif known and (entry := known.get(name)) and len((full := _strip_honorific(entry[0])).split()) > 1 \
                and full.split()[-1] == name and _same_person_titled(role, entry[0], known):
            # "Mayor Emanuel called", after "Chicago Mayor Rahm Emanuel" (the full name's surname shared with no one)
            name, affiliation = full, affiliation or entry[2]
    elif not role and affiliation and name != speaker and " " not in name and _looks_like_person(name):
        # "the CDC's Telfer", after "the CDC's Jana Telfer": the person cited or named in full before
        earlier = _cited_in_full(name, people)
        if earlier is not None:
            name = earlier["source"]
        elif full_names and (full := full_names.get(name)) and full.split()[-1] == name:
            name = full
    location = home_place
    appositive = f.appositive
    aged = AGE_FIRST.match(appositive)
    town = HOME_TOWN.match(appositive[aged.end():] if aged else appositive)
    if town and (any((w.lower() in ORG_WORDS or w.lower() in role_lexicon()) and not (k and w.lower() in PLACE_NAME_ENDS)
                     for k, w in enumerate(town.group("place").split()))
                 or _media_name(town.group("place"))):
        works_at, town = town.group("place").strip(), None  # "of Amnesty International": where they work, not live
        appositive = ""
    if aged or town:
        appositive = "" if town else appositive[aged.end():]
        if town:
            home_place = location = town.group("place").strip()
    state_party = _state_and_party(appositive)
    if state_party:
        # "said Rep. Dennis A. Ross, Florida Republican", "Harry Reid, Nevada Democrat,": the party and the state
        affiliation = affiliation or f"{state_party.group('party')}, {state_party.group('state')}"
        appositive = state_party.group("rest") or ""
    if appositive:
        role2, affiliation2, location = _split_appositive(appositive)
        location = location or home_place
        if COMMITTEE.search(affiliation2) and (member := PARTY_MEMBER.fullmatch(role2)):
            # "the ranking Democrat on the House Budget Committee": a Democrat, and the committee is the seat
            role2, affiliation2 = f"{role2} on the {affiliation2.removeprefix('the ')}", member.group("party")
        if _head(role2) in ("author", "co-author", "coauthor"):
            affiliation2 = ""  # "the author of Crisis and Leviathan": a book, no body
        # the head noun, before what follows it: "a law firm representing …": firm; "ambassador to the United Nations": ambassador
        body_noun = _head(re.split(r"\s+(?:[a-z]{3,}ing|to|of|at|for|with|from|in|on)\b", role2)[0]) if role2 else ""
        if body_noun in ORG_WORDS or body_noun in ("nonprofit", "non-profit", "charity"):
            role2 = ""  # "Michael Berry of Liberty Institute, a Florida-based law firm": what the institute is, not his role
        if _head(role2.split(" of ")[0]) in RELATIONAL_NOUNS:
            affiliation2 = ""  # "a frequent critic of Trump", "a longtime ally of the governor": whom, not where
        if role and role2 and all(_is_rank(w) or w.lower() in HONORIFICS for w in role.split()) and role_kind(role2):
            role = ""  # "Gen. Martin Dempsey, chairman of the Joint Chiefs of Staff,": the office, not the rank
        role = role or role2
        affiliation = affiliation or affiliation2
    if not appositive and not role:
        pp = re.match(r"^(?P<head>(?:(?i:an?|the|some)\s+)?[a-z][\w -]*?)\s+(?:at|with|for|from|of)\s+(?:the\s+)?(?P<org>[A-Z].*)$", speaker)
        if pp and role_lexicon().get(_head(pp.group("head"))):
            role, affiliation = re.sub(r"^(?:an?|the|some)\s+", "", pp.group("head"), flags=re.I), pp.group("org")
    generic = ""  # "the university’s provost": the body named before, and still a university
    if affiliation.lower() in {"think tank", "institute", "university"} or affiliation.lower().startswith(("think tank", "the think tank")):
        # the last body cited that is named so ("at the university": a University of …), else the last body cited,
        # never a party ("Republican" is no university)
        bodies = [r for r in reversed(records) if r["affiliation"] and r["affiliation"].split(",")[0] not in PARTIES.values()]
        previous = next((r for r in bodies if affiliation.lower().split()[-1] in r["affiliation"].lower()), None) \
            or next(iter(bodies), None)
        generic, affiliation = affiliation, previous["affiliation"] if previous else affiliation
    entry = known.get(name) if known and name else None
    if not role and entry and _looks_like_person(name):
        full, role, known_affiliation = entry
        affiliation = affiliation or known_affiliation
        name = full if len(full) > len(name) else name
    elif role and not affiliation and not works_at and entry and entry[2] and entry[1].lower() == role.lower() \
            and _head(role) not in ("author", "co-author", "coauthor") and _head(role.split(" of ")[0]) not in RELATIONAL_NOUNS:
        affiliation = entry[2]  # "Press Secretary Sean Spicer:", after "White House Press Secretary Sean Spicer": where
    affiliation = affiliation or works_at
    if f.party:
        alone = PARTY_ALONE_AT_END.search(f.party)
        if alone:
            affiliation = affiliation or PARTIES[alone.group("party")]
            role = role or "legislator"
        mark = PARTY_MARK.search(f.party) or PARTY_FIRST.match(f.party.strip(" ,"))
        if mark:
            role, affiliation = _with_party(role, affiliation, _party_affiliation(mark))
    role, affiliation, description = _tidy_affiliation(role, affiliation)
    kind, named = _classify(speaker, role, affiliation, description)
    if kind == "unknown" and generic:
        kind = _classify(speaker, role, generic)[0]
    if organisation:
        noun = " ".join(organisation.group("noun").lower().split())
        kind, named = ("media" if noun in MEDIA_NOUNS or noun.endswith("media") else "institution"), True
    if kind == "unknown" and named and not role and affiliation and _media_name(affiliation.removeprefix("The ")):
        kind = "media"  # "CNN's Jake Tapper": a journalist, the media speaking (as "radio host Hugh Hewitt")
    if kind in PERSON_KINDS and named and f.appositive:
        kind = _organisation_kind(f.appositive) or kind  # "Meta, the parent company of Facebook,": a named body
    if document in POLLS and owner and kind not in ("institution", "media"):
        kind, role, named = "institution", "", True  # "A Morning Consult survey", "the Pew Research survey": the pollster
    # an age with a full name ("John Smith, 34,") is how a member of the public is introduced; after a surname
    # alone ("Biden, 81,") it is a later mention of someone introduced before
    if ((aged and len(written.split()) > 1) or town) and not works_at and kind == "unknown" and named:
        kind = "citizen"
    # a named person is the source by name; so is a journalist ("radio host Hugh Hewitt": Hugh Hewitt)
    source = name if named and (kind in PERSON_KINDS or (kind == "media" and _looks_like_person(name) and name != speaker)) \
        else speaker
    if kind == "media":
        report = re.fullmatch(r"(?:(?:a|an|the)\s+)?(?P<m>.+?)\s+(?:report|story|article|analysis|investigation|interview|"
                              r"poll|survey|editorial|broadcast|program|programme)s?", speaker, flags=re.I)
        if report and _media_name(report.group("m")) == report.group("m"):
            source = report.group("m")
    if kind in ("group", "anonymous") and not role and speaker != "unattributed":
        role = speaker.split()[-1] if _proper_plural(speaker.split()[-1]) else _head(speaker)
        role = "" if role.lower() in QUANTIFIERS else role  # "some in both parties say": a quantifier, no role
    party = PARTY_OF_GROUP.search(speaker) if kind in ("group", "anonymous") and not named and speaker.endswith("s") \
        and speaker.split()[-1].lower() not in BACKGROUND_SOURCES else None
    if party:  # "Republican leaders", "several Democratic lawmakers": a party's bloc speaking in public, not a hidden source
        kind, affiliation = "group", affiliation or PARTY_NAMES[party.group(0).lower()]
    if kind == "anonymous" and not affiliation and role and (body := UNNAMED_OF_BODY.fullmatch(speaker)) \
            and body.group("head") == role and role_kind(_singular_title(role) if _plural(role) else role) == "official":
        affiliation = POSSESSIVE_END.sub("", body.group("body"))  # "a White House official", "a Juul spokesman": where, as "State Department spokesman Ned Price"
        # (an office only: "a North Korea expert" knows of it, "a Trump voter" votes for him, "the Dunn family" is his)
    if kind in ("group", "anonymous") and source[:1].isupper() and not _proper_plural(source.split()[0]) and (source.split()[0].lower() in DETERMINERS or source.split()[0].lower() in role_lexicon()):
        source = source[0].lower() + source[1:]
    # The country of a source is where the text places it (", … in Seoul"), or what its
    # affiliation or, for a body speaking as such, its own name says; never the topic of an
    # expert's role ("an expert on Russia").
    speaks_for_state = kind in ("institution", "media") or (kind == "anonymous" and role_kind(_head(speaker)) == "official")
    where = [location, affiliation] + ([speaker] if speaks_for_state else [])
    if kind in PERSON_KINDS and named:
        where.append(_split_descriptor(speaker)[2])
    country = _country_of(" ".join(x for x in where if x))
    if named and kind in PERSON_KINDS:
        role = ABBREVIATED_PLURAL_TITLE.sub(lambda m: m.group(1) + ".", role)  # "Sens. Roy Blunt and Amy Klobuchar": each a Sen.
    record = {"speaker": written, "source": source, "kind": kind, "role": role, "affiliation": affiliation,
              "country": country, "named": named, "cue": f.cue, "form": f.form}
    if named and (kind in PERSON_KINDS or (kind == "media" and source == name and " " in name and _looks_like_person(name))):  # a journalist too: "said Prager"
        for part in name.split():
            if part not in NAME_PARTICLES and not _named_as_kin(masked, part, name):
                people[part] = record  # (not "Trump" for "Trump’s eldest son, Donald Trump Jr")
        for key in _particle_surnames(name):
            people[key] = record  # "Bernie de la Rionda": "de la Rionda", "De la Rionda"
        people[name] = record
    return record


# an unnamed person by the body they work for, named before the role: "a White House official", "two senior State
# Department officials", "a Juul spokesman", "a Senate Democratic aide" (only lower-case words between the two)
UNNAMED_OF_BODY = re.compile(r"(?i:an?|the|one|two|three|four|several|some|another)\s+(?:[a-z][\w-]*\s+){0,3}?"
                             r"(?P<body>(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)")


# what a body is, said before its name ("the Boston-based advocacy group Health Care for All", "daily
# Al-Tahrir", "executive compensation consulting firm Steven Hall & Partners"): a description, not the name
BODY_DESCRIPTION_NOUNS = ("think tank", "group", "firm", "company", "organization", "organisation", "nonprofit", "non-profit",
                          "charity", "union", "association", "coalition", "lobby", "network", "newspaper", "daily", "weekly",
                          "magazine", "website", "broadcaster", "consultancy", "insurer", "bank", "agency")
DESCRIBED_BODY = re.compile(rf"(?:the\s+)?(?P<description>(?:(?:[a-z][\w-]*|[A-Z][\w.]*-based)\s+){{0,5}}"
                            rf"(?:{'|'.join(BODY_DESCRIPTION_NOUNS)}))\s+(?P<name>[A-Z].*)")
# what a body is, said after its name: "the Cato Institute, a libertarian think tank", "the New York Times, knows this"
BODY_THEN_DESCRIPTION = re.compile(r"(?P<name>.*?[A-Z][^,]*?),\s+(?P<description>(?:an?|the|another)\s.*|[a-z].*)")
# a second role after the body: "MacroPolicy Perspectives LLC and a former Fed economist", "… and counsel for the NRA"
BODY_THEN_ROLE = re.compile(r"(?<=[A-Za-z.])\s+and\s+(?:an?\s+|the\s+)?(?=[a-z])")
# a programme of a body: "international climate program at the World Resources Institute"
PROGRAMME_AT = re.compile(r"(?P<programme>(?:[A-Z]\.(?:[A-Z]\.)+\s+)?[a-z][a-z -]*?)\s+(?:at|for)\s+(?:the\s+)?(?P<body>[A-Z].*)")
# a lower-case adjective before a role ("legal analyst", "economic historian", "anti-plastic campaigner")
ROLE_ADJECTIVE = re.compile(r"(?:anti-|pro-)[a-z-]+|[a-z-]+(?:al|ic|ive|ous|ary|ist)")
# a body described by an adjective: "the liberal Alliance for Justice", "the nonpartisan Tax Foundation"
ADJECTIVE_BODY = re.compile(rf"(?P<description>{ROLE_ADJECTIVE.pattern}|(?:non|bi)?partisan)\s+(?P<name>[A-Z].*)")
# a body named in the role: "managing director at executive compensation consulting firm Steven Hall & Partners"
ROLE_AT_BODY = re.compile(rf"(?P<role>.+?)\s+(?:at|of|with|for)\s+(?P<body>{DESCRIBED_BODY.pattern})")
# a ministry's portfolio before the title: "Greek Finance Minister Yanis Varoufakis" (Finance Minister, of Greece)
PORTFOLIOS = {"finance", "foreign", "defense", "defence", "interior", "justice", "health", "education", "economy", "trade",
              "labor", "labour", "treasury", "energy", "environment", "agriculture", "transportation", "transport", "commerce",
              "culture", "home", "housing", "immigration", "industry", "insurance"}  # not "security" alone, nor "police" ("Metropolitan Police")
# the portfolio that ends what stands before a minister's, secretary's or commissioner's title: "Education",
# "Greek Finance", "Homeland Security", "Veterans Affairs", "Health and Human Services" (part of the title)
PORTFOLIO_END = re.compile(
    rf"(?:^|\s)(?P<portfolio>(?:{'|'.join(sorted(w.capitalize() for w in PORTFOLIOS))})|Homeland\s+Security|(?:[A-Z][a-z]+\s+)?Affairs"
    r"|[A-Z][a-z]+(?:,?\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")
PORTFOLIO_TITLE = re.compile(r"(?P<when>(?:former|acting|interim|then-?)\s*)?(?P<title>minister|secretary|commissioner)", re.I)
# a question that opens with the verb ("Is Maine Republican Sen. Susan Collins being bribed?"): no part of the affiliation
AUXILIARY_OPENING = re.compile(rf"(?:{'|'.join(sorted(w.capitalize() for w in QUESTION_OPENERS | {'had'}))})\s+(?=[A-Z])")


COMMITTEE_CHAIR = re.compile(r"(?P<chamber>(?:House|Senate)\s+)?(?P<title>(?:[Vv]ice\s+)?[Cc]hair(?:man|woman|person)?|[Rr]anking\s+[Mm]ember)")
COMMITTEE_PANEL = re.compile(r"(?P<chamber>(?:House|Senate)\s+)?(?P<panel>[A-Z][\w,]*(?:\s+(?:and\s+)?[A-Z][\w,]*){0,3}?)"
                             r"(?P<committee>\s+(?:Select\s+)?(?:Committee|Subcommittee))?")


def _committee_chair(role: str, affiliation: str) -> tuple[str, str]:
    """(role, affiliation) with a legislative committee joined to its chair's title ("Senate
    Agriculture Chairwoman Debbie Stabenow", "House Judiciary Chairman": the committee is the seat,
    no body of her own); unchanged otherwise ("Fed Chairman Jerome Powell").

    >>> _committee_chair("Senate Chairman", "Intelligence Committee")
    ('Senate Intelligence Committee Chairman', '')
    >>> _committee_chair("Chairman", "Fed")
    ('Chairman', 'Fed')
    """
    if (chair := COMMITTEE_CHAIR.fullmatch(role)) and (panel := COMMITTEE_PANEL.fullmatch(affiliation)) \
            and (chair.group("chamber") or panel.group("chamber")):  # (a party's "National Committee" is no seat)
        chamber = chair.group("chamber") or panel.group("chamber")
        return f"{chamber}{panel.group('panel')}{panel.group('committee') or ''} {chair.group('title')}", ""
    return role, affiliation


def _tidy_affiliation(role: str, affiliation: str) -> tuple[str, str, str]:
    """(role, affiliation, description): the affiliation as the body's name alone, what the text
    says the body is kept apart ("Cato Institute, a libertarian think tank": Cato Institute, and
    "a libertarian think tank"), a programme joined to the role ("director" of the "international
    climate program at the World Resources Institute": director of international climate program,
    World Resources Institute), a ministry's portfolio to the title (Minister, "Greek Finance":
    Finance Minister, Greek) and a lone adjective to the role ("ultraconservative": ultraconservative
    cleric), being no body.

    >>> _tidy_affiliation("managing director at executive compensation consulting firm Steven Hall & Partners", "")
    ('managing director', 'Steven Hall & Partners', 'executive compensation consulting firm')
    >>> _tidy_affiliation("president", "American Federation of Government Employees, the nation's largest federal employee union")
    ('president', 'American Federation of Government Employees', "the nation's largest federal employee union")
    """
    description = ""
    if not affiliation and (at := ROLE_AT_BODY.fullmatch(role)) and role_lexicon().get(_head(at.group("role"))):
        role, affiliation = at.group("role"), at.group("body")
    if not affiliation:
        return role, affiliation, description
    if opening := AUXILIARY_OPENING.match(affiliation):
        affiliation = affiliation[opening.end():]  # only where it opens: "Free Will Baptist Church" keeps its "Will"
    if (then := BODY_THEN_DESCRIPTION.fullmatch(affiliation)) and not _state_named(then.group("description").split()[:1]):
        affiliation, description = then.group("name"), then.group("description")
    if (more := BODY_THEN_ROLE.search(affiliation)) and role_lexicon().get(_head(affiliation[more.end():])):
        affiliation = affiliation[:more.start()]
    if (described := DESCRIBED_BODY.fullmatch(affiliation)):
        affiliation, description = described.group("name"), description or described.group("description")
    elif (adjective := ADJECTIVE_BODY.fullmatch(affiliation)):
        affiliation, description = adjective.group("name"), description or adjective.group("description")
    elif role and (programme := PROGRAMME_AT.fullmatch(affiliation)) and any(
            w.islower() and w not in FUNCTION_WORDS for w in programme.group("programme").split()):
        role, affiliation = f"{role} of {programme.group('programme')}", programme.group("body")
        if (described := DESCRIBED_BODY.fullmatch(affiliation)):
            affiliation, description = described.group("name"), described.group("description")
    if (title := PORTFOLIO_TITLE.fullmatch(role)) and (portfolio := PORTFOLIO_END.search(affiliation)) and (
            " and " not in portfolio.group("portfolio") or all(
                w.lower() in PORTFOLIOS or w in ("and", "Human", "Services", "Urban", "Development")
                for w in portfolio.group("portfolio").replace(",", " ").split())):
        # "Education Secretary Arne Duncan", "Greek Finance Minister", "former HUD Secretary": the portfolio is part of the title
        role = f"{title.group('when') or ''}{portfolio.group('portfolio')} {title.group('title')}"
        affiliation = affiliation[:portfolio.start()]
    role, affiliation = _committee_chair(role, affiliation)
    words = affiliation.split()
    if len(words) == 1 and ROLE_ADJECTIVE.fullmatch(words[0]) and not role_lexicon().get(words[0]) and words[0] not in ORG_WORDS:
        # "ultraconservative cleric Mohammed Abdel-Maksoud", "legal analyst Jeffrey Toobin": part of the role, no body
        role, affiliation = f"{words[0]} {role}".strip(), ""
    elif len(words) == 1 and not words[0].isupper() and words[0].lower() in FUNCTION_WORDS:
        affiliation = ""  # "As the writer Jeryl Bier pointed out": an article left over, no body
    return role, affiliation.strip(" ,"), description


def _particle_surname(name: str) -> bool:
    """A surname that opens with a particle ("de la Rionda", "von der Leyen", "De la Rionda")."""
    words = name.split()
    return 1 < len(words) <= 4 and words[0].lower() in NAME_PARTICLES and _is_cap(words[-1]) \
        and all(w.lower() in NAME_PARTICLES for w in words[:-1])


def _particle_surnames(name: str) -> list[str]:
    """The surname of a full name whose surname opens with a particle, as written and capitalised
    at a sentence's start ("Bernie de la Rionda": "de la Rionda", "De la Rionda"); else none."""
    words = name.split()
    start = next((k for k, w in enumerate(words) if k and w in NAME_PARTICLES), 0)
    if not start:
        return []
    surname = " ".join(words[start:])
    return [surname, surname[0].upper() + surname[1:]]


NAME_TOKEN = re.compile(r"[A-Z][\w’'-]+")
POSSESSIVE_END = re.compile(r"(?:’s|'s|’|')$")
SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# a body described by what it is, then named: "the lobby group J Street", "the newspaper Le Monde"
# a news organisation described, not named: "the news outlet", "the wire service", "the paper"
MEDIA_NOUNS = ("newspaper", "broadcaster", "website", "outlet", "magazine", "network", "channel", "tabloid", "news agency")
MEDIA_DESCRIPTION = re.compile(r"the\s+(?:(?:news|wire|british|american|french|german|russian|chinese|state|conservative|liberal|"
                               r"online|local|daily|tv|television|radio|cable)\s+)?(?:"
                               + "|".join(n.replace(" ", r"\s+") for n in (*MEDIA_NOUNS, "paper", "site", "publication", "service",
                                                                          "agency", "daily", "wire service", "station")) + ")")
ORG_DESCRIPTOR = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?P<noun>(?:state\s+|official\s+)?media|group|organi[sz]ation|company|firm|nonprofit|charity|"
                            r"think\s+tank|union|coalition|movement|platform|giant|retailer|insurer|start-?up|automaker|carrier|super\s+PAC|"
                            + "|".join(n.replace(" ", r"\s+") for n in MEDIA_NOUNS) + r")\s+"
                            r"(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|on|&))*)")
AND_AT_END = re.compile(r"(?:^|\s)and\s+(?:(?:also|then|later)\s+)?$")
SUBJECT_THEN_VERB = re.compile(r"\s*(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:(?:also|then|later|has|have|had|again|"
                               r"repeatedly|publicly|previously)\s+)*(?:[a-z]+ed|met|took|made|spoke|went|gave|told|said|wrote)\b")
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|and|who|which)\s|\s(?:but|while|because|after|before|when)\s")
WHICH_HE = re.compile(r",\s+which\s+$")
WHOM_THEN = re.compile(r",?\s+whom\s+")  # the name before "whom" is the object of what follows, never its subject
IN_WHICH = re.compile(r",\s+(?:in|during|at|on|with|through)\s+which\s+$")
ITS = re.compile(r"\b[Ii]ts\b")
# nothing before a name but titles and names (not a subordinate clause's opening word: "If Clinton backs the pact, …")
SENTENCE_OPENING = re.compile(r"[\s“\"‘'«„(]*(?:(?!(?:If|When|While|Although|Though|Because|Since|Unless|Until|Once|Before|After|As|"
                              r"Whether|Whenever|Wherever)\s)[A-Z][\w.’'-]*\s+)*")
# a verb in the passive, then no clause break up to where the text is cut: its agent follows ("was recorded … by")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b[^,;:.“”\"]*$")
PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b[^,;:.“”\"]{0,100}?\bby\s+"
                           r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*)")
# a name right after one of these is an object ("after meeting Putin, he said"), not the subject a later "he" stands for
# (a name after "on", "in", "at" is a place's: "the investigation on Capitol Hill, spoke out herself" is no Capitol Hill's)
OBJECT_BEFORE = re.compile(r"\b(?:with|to|from|by|about|for|against|of|on|in|at|into|over|under|near|across|"
                           r"meeting|met|called|calling|criticised|criticized|"
                           r"told|telling|asked|asking|urged|urging|thanked|thanking|between|and|addresses|addressed|"
                           r"accused|accuses|blamed|blames|praised|praises|backed|backs|endorsed|replaced|succeeded|"
                           r"defeated|appointed|named|sacked|fired|interviewed|visited)\s+"
                           r"(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2})?"  # "convictions of the executives Kenneth Lay"
                           r"(?:[A-Z][\w.’'-]*\s+){0,3}$")
# an honorific or a gendered title before a name: "Mr. Lee", "Queen Elizabeth II", "Congresswoman Ann Roe" (not "R-Miss.", a state)
MALE_TITLES = ("Mr", "Sir", "Lord", "King", "Prince", "Duke", "Congressman", "Chairman", "Spokesman", "Businessman")
FEMALE_TITLES = ("Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Duchess", "Congresswoman", "Chairwoman",
                 "Spokeswoman", "Businesswoman")
HONORIFIC_NAME = re.compile(rf"(?<![\w-])(?P<h>{'|'.join(MALE_TITLES + FEMALE_TITLES)})\.?[ \t]+(?P<name>[A-Z][\w’'-]+)")
# a sentence whose subject is "he" or "she", perhaps after a conjunction or an opening phrase ("At 37, he is …", "After
# a payment linked to the release of U.S. prisoners, he likened …")
PRONOUN_OPENS = re.compile(r"[\s“\"‘'«„(]*(?:(?:But|And|So|Yet|Still|Now|Then|Later|Instead|Meanwhile|Since|Also)\s+)?"
                           r"(?:(?:[^,.;:“”\"]|(?<=[A-Z])\.){1,100},\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,2}?[a-z]+")
REFERENT_SENTENCES = 8  # how far back a "he"/"she" looks for the person it stands for
REFERENT_PARAGRAPHS = 3  # and across how many paragraph breaks


GENDERED = re.compile(r"\b(?:(?P<male>[Hh]e|[Hh]im|[Hh]is|[Hh]imself)|(?P<female>[Ss]he|[Hh]er|[Hh]ers|[Hh]erself))\b")


def _genders(text: str, sentences: list[Sentence], people: dict[str, dict],
             known: dict[str, tuple[str, str, str]], records: list[dict] = ()) -> dict[str, str]:
    """Name → "he" or "she" for the people of an article, as far as the text says: the honorific
    or gendered title it gives them ("Mr. Lee", "Ms. Roe", "Queen Elizabeth II"), else the first pronoun within five words after the name
    in each sentence that names them alone ("Netanyahu and his coalition"), and each citation so far
    whose "he" or "she" stood for them (all of them one way, or a majority of 3 to 2 or more). Names
    it cannot tell are left out."""
    out = {_person_of(m.group("name"), people, known): "he" if m.group("h") in MALE_TITLES else "she"
           for m in HONORIFIC_NAME.finditer(text)}
    votes: dict[str, list[int]] = {}
    starts = [s.start for s in sentences]
    with_pronoun = sorted({bisect_right(starts, m.start()) - 1 for m in GENDERED.finditer(text)})  # one scan of the text
    for s in (sentences[i] for i in with_pronoun if i >= 0):
        names = _people_named(s.text, people, known)
        named = {_person_of(n, people, known) for n in names}
        if len(named) == 1:  # the first "he/his/him" or "she/her" within five words after the name: one vote a sentence
            after = s.text.find(names[0]) + len(names[0])
            after += REST_OF_NAME.match(s.text, after).end() - after  # after the whole name ("Tina Towner")
            pronoun = GENDERED.search(s.text, after)
            between = s.text[after:pronoun.start()] if pronoun else ""
            if pronoun and any(q in between for q in "”\"»"):
                pronoun = None  # "“… we put President Trump in office for a reason,” she said": the quotation ends between
            if pronoun and _object_pronoun(s.text, pronoun):
                pronoun = None  # "But host Chuck Todd questioned her on why …": whom he questioned, not what he is
            if pronoun and (len(between.split()) <= 5 or s.text.startswith(", who ", after)):
                # "…, said Tina Towner, who shot footage of the motorcade when she was only 13": her own clause
                votes.setdefault(named.pop(), [0, 0])[pronoun.lastgroup == "female"] += 1
    for r in records:  # "She has “no fear whatsoever,” she said": Melissa Ackison, named before, is a "she"
        if r["named"] and r["speaker"].lower() in ("he", "she") and r["kind"] in PERSON_KINDS:
            votes.setdefault(_person_of(r["source"], people, known), [0, 0])[r["speaker"].lower() == "she"] += 1
    for name, (male, female) in votes.items():
        if name not in out and (min(male, female) == 0 or max(male, female) > 1.5 * min(male, female)):
            out[name] = "he" if male > female else "she"
    return out


def _object_pronoun(text: str, pronoun: re.Match[str]) -> bool:
    """Is the gendered pronoun found an object ("him", "questioned her on"), someone other than the subject before it?"""
    return OBJECT_PRONOUN["she" if pronoun.lastgroup == "female" else "he"].match(text, pronoun.start()) is not None


def _gendered_after(text: str, at: int) -> str:
    """ "he" or "she" when a gendered pronoun, not an object, follows within five words of ``at``, else ""."""
    pronoun = GENDERED.search(text, at, at + 60)
    if pronoun is None or len(text[at:pronoun.start()].split()) > 5 or _object_pronoun(text, pronoun):
        return ""
    return "she" if pronoun.lastgroup == "female" else "he"


def _people_named(text: str, people: dict[str, dict], known: dict[str, tuple[str, str, str]],
                  end: int | None = None) -> list[str]:
    """The names (or parts of names) of the article's people in ``text`` (before ``end``), in
    order: those already cited and those the text gives a role."""
    return [name for _, name in _people_at(text, people, known, end)]


def _people_at(text: str, people: dict[str, dict], known: dict[str, tuple[str, str, str]], end: int | None = None):
    """(match, name) for each name of the article's people in ``text`` (before ``end``), possessive dropped."""
    for m in NAME_TOKEN.finditer(text, 0, len(text) if end is None else end):
        name = POSSESSIVE_END.sub("", m.group(0))
        if name in people or name in known:
            if name == m.group(0) and (more := NAME_GOES_ON.match(text, m.end())) and more.group(1).lower() not in CALENDAR \
                    and more.group(1) not in _person_of(name, people, known).split():
                continue  # "George W Bush’s victories", where the article's George is George Stephanopoulos: another person
            yield m, name


# a name that goes on past a word (an initial, then a capitalised word): "George| W Bush", "Hillary| Rodham Clinton"
NAME_GOES_ON = re.compile(r" (?:[A-Z]\.? )?([A-Z][a-z][\w’'-]*)")


def _person_of(name: str, people: dict[str, dict], known: dict[str, tuple[str, str, str]]) -> str:
    """The full name a name or part of one stands for in this article ("Netanyahu": "Benjamin
    Netanyahu"), or the name itself."""
    if name in people:
        return people[name]["source"]
    return known[name][0] if name in known else name


# a subordinate clause that opens a sentence: "But when the host challenged Navarro about the claims, "
LEADING_OPENER = (r"[\s“\"‘'«„]*(?:(?:But|And|Yet|So)\s+)?(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]efore|[Ii]f|"
                  r"[Aa]lthough|[Tt]hough|[Bb]ecause|[Ss]ince|[Oo]nce|[Uu]ntil)")  # its conjunction, and a conjunction before it
LEADING_CLAUSE = re.compile(LEADING_OPENER + r"\b[^,;]{3,200},\s+")


# the pronoun's own person as an object after a name, which therefore is someone else: "Steven Williams … yelled at
# her, jabbing his finger near her chest, she claimed" (not a possessive: "Ann Roe lost her seat, she said")
OBJECT_PRONOUN = {"he": re.compile(r"\bhim\b"),
                  "she": re.compile(r"\bher\b(?=\s*[,.;:)”\"’]|\s+(?:and|or|but|to|of|in|on|at|for|with|that|as|about|from|into|"
                                    r"after|before|over|again|back|out|off|up|down|if|when|because)\b)")}
# where a clause ends, after its subject: punctuation, or a word that opens another clause
CLAUSE_END = re.compile(r"[,;:“”\"(]|\b(?:that|if|whether|who|whom|which|when|because|while|after|before|said|says|and|but)\b")


def _object_in_clause(text: str, person: str, pronoun: str) -> bool:
    """Does the pronoun's person stand as an object in the clause ``person`` opens in ``text``
    ("Chuck Todd questioned her on why …"), not in a later clause ("Kim said nothing would prevent him")?

    >>> _object_in_clause("But host Chuck Todd questioned her on why Trump sided with Kim.", "Chuck Todd", "she")
    True
    >>> _object_in_clause("Kim said there was nothing that would prevent him from leaving.", "Kim", "he")
    False
    """
    at = text.find(person.split()[-1])
    if at < 0:
        return False
    at += len(person.split()[-1])
    end = CLAUSE_END.search(text, at)
    return OBJECT_PRONOUN[pronoun].search(text, at, end.start() if end else len(text)) is not None


# the opening of such a clause up to its subject: "Though Kennedy", "When Justice Anthony Kennedy"
LEADING_SUBJECT = re.compile(LEADING_OPENER + r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*")
# a sentence that opens with a quotation (masked) and then the pronoun: "“When Mexico sends its people, …,” he said"
QUOTATION_OPENS = re.compile(r"\s*[“\"‘'«„]?[_\s]*[_”\"’»][,!?]?\s*")
MAIN_CLAUSE_AFTER_QUOTE = re.compile(r"[”\"’»_][,!?]?\s*$")  # "“…,” it said": the pronoun opens the main clause
# a sentence that opens with a capitalised name and its verb: "The Department of Health and Human Services released …"
BODY_OPENING = re.compile(r"\s*(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}[A-Z][\w’'.&-]*)"
                          r"(?:\s+(?:(?:has|have|had)\s+been|is|are|was|were)\s+[a-z]\w*ing\b"  # "The CDC had been collecting"
                          r"|(?:\s+(?:has|have|had|also|on\s+\w+day|\w+day))?\s+[a-z]\w*(?:ed|s)\b)")


def _opening_body(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """`BODY_OPENING` at ``start`` when what it finds is a body (an institution, by `_classify`), not a person."""
    m = BODY_OPENING.match(text, start, len(text) if end is None else end)
    return m if m and not _looks_like_person(m.group("np")) and _classify(m.group("np"), "", "")[0] == "institution" else None


def _body_opening(sentences: list[Sentence], index: int, masked_text: str) -> str | None:
    """The body (an institution, by `_classify`) the sentence before ``index`` opens with as its
    subject, in the same paragraph or the one before: what a following "It said" stands for.

    >>> from helpers.sentences import split_sentences
    >>> text = "The Department of Health and Human Services released a plan on Friday. It said more would follow."
    >>> _body_opening(split_sentences(text), 1, text)
    'The Department of Health and Human Services'
    """
    if index == 0 or sentences[index].paragraph - sentences[index - 1].paragraph > 1:
        return None
    m = _opening_body(masked_text, sentences[index - 1].start, sentences[index - 1].end)
    return m.group("np") if m else None


def _referent(pronoun: str, index: int, sentences: list[Sentence], masked_text: str, by_sentence: dict[int, list[dict]],
              people: dict[str, dict], known: dict[str, tuple[str, str, str]], genders: dict[str, str],
              full_names: dict[str, str] | None = None) -> str | dict | None:
    """`_referent_in_reach`, unless the sentence names that person again after the pronoun (outside
    quotation marks): a subject pronoun never stands for a name in its own clause's predicate ("She also
    said Ms. Keyser socialized with the other attendees" is not Ms. Keyser; "he said of Trump" is not Trump)."""
    found = _referent_in_reach(pronoun, index, sentences, masked_text, by_sentence, people, known, genders, full_names)
    if found is None or pronoun == "it":
        return found
    name = found if isinstance(found, str) else _person_in(found)
    own = masked_text[sentences[index].start:sentences[index].end]
    at = SUBJECT_PRONOUN.search(own)
    if name and at and _mentions(name.split()[-1], own[at.end():]):
        return None
    return found


def _referent_in_reach(pronoun: str, index: int, sentences: list[Sentence], masked_text: str, by_sentence: dict[int, list[dict]],
                       people: dict[str, dict], known: dict[str, tuple[str, str, str]], genders: dict[str, str],
                       full_names: dict[str, str] | None = None) -> str | dict | None:
    """The name a "he" or "she" in sentence ``index`` stands for: the first person the sentence
    names before the pronoun outside quotation marks, unless as an object ("Trump, who has said he
    …", "At the weekend, President Trump suggested …, though he later said …"; not "After meeting
    Putin, he said"); else, in the nearest earlier sentence that names someone, the person it cites
    or else the first person it names (its subject, as a rule), going
    back over sentences that only say "he" or "she" (`REFERENT_SENTENCES`, `REFERENT_PARAGRAPHS`);
    never a person the text calls by the other pronoun (`_genders`: "Ms. Roe", or "his" in the
    sentences that name him). A name, or the record of a journalist cited by their outlet's name;
    None when no one is named in reach. For "it": the body the sentence before opens with (`_body_opening`)."""
    if pronoun == "it":
        return _body_opening(sentences, index, masked_text)

    def agrees(name: str) -> bool:
        return genders.get(_person_of(name, people, known), pronoun) == pronoun

    def referent_of(found: str | dict) -> str | dict:
        """A name as it is; a citation record as the name of its person when that person is in ``people``, else
        the record (a journalist cited by the outlet's name)."""
        return found if isinstance(found, str) or (person := _person_in(found)) not in people else person

    sentence = sentences[index]
    unnamed = None
    own = masked_text[sentence.start:sentence.end]  # names inside quotations are not candidates
    at = SUBJECT_PRONOUN.search(own)
    if at:
        # "Speaking alongside President Macron, he said": a pronoun that opens the main clause after
        # an introductory one is not the person that clause names; only a name opening the sentence is
        opens_main = bool(re.search(r",\s*$", own[:at.start()]))
        if WHICH_HE.search(own, 0, at.start()):
            # "Two women accused Lt. Gov. Justin Fairfax of sexual assault, which he denies": the last person named,
            # object or not
            named = [name for m, name in _people_at(own, people, known, at.start()) if agrees(name)]
            if named:
                return named[-1]
        if IN_WHICH.search(own, 0, at.start()):
            # "… in response to Mr Corker's comments on ABC, in which he suggested …": whose comments they were
            owners = [name for m, name in _people_at(own, people, known, at.start())
                      if POSSESSIVE_END.search(m.group(0)) and agrees(name)]
            if owners:
                return owners[-1]
        after_lead = opens_main and LEADING_CLAUSE.fullmatch(own, 0, at.start())
        for m, name in _people_at(own, people, known, at.start()):
            # (or the subject of a clause that opens the sentence, the pronoun opening the next: "Though Kennedy joined
            # the majority, he wrote separately"; not "If Clinton backs the pact, there will be costs, he cautioned")
            if (not opens_main or SENTENCE_OPENING.fullmatch(own, 0, m.start())
                    or (after_lead and LEADING_SUBJECT.fullmatch(own, 0, m.start()))) and agrees(name) and not _as_object(own, m) \
                    and not OBJECT_PRONOUN[pronoun].search(own, m.end(), at.start()) \
                    and not (opens_main and own[m.end():at.start()].strip() == ",") \
                    and not WHOM_THEN.fullmatch(own, m.end(), at.start()):  # "Bredesen, whom he claimed he had never heard of"
                # ("Trump, she said, was striking back": the name the aside interrupts is what was said, not who said it)
                return name
        if THAT_CLAUSE_BEFORE.search(own, 0, at.start()) and (subject := _named_subject(own, agrees, full_names)):
            return subject  # "Mr. Cruz has evidence that he says shows …": the subject of the clause the pronoun's depends on
        if not opens_main and (subject := _subject_named(own[:at.start()], agrees, full_names)):
            return subject  # "Michael Bloomberg has called for a 5% surtax - part of a plan he says will raise $5tn"
        # the sentence's subject, introduced in it ("Renee Salt, 85, from north London, visited the camp …, she told
        # the BBC") or by a title the text gave one person ("The president himself … when he tweeted"): described, not
        # a bare name ("Ann Roe will win, he said" reports what another said of her)
        opener = _opening_person(own[:at.start()], agrees, described_only=True) \
            or (_described_subject(own[:at.start()], known, agrees, _recent_records(by_sentence, index, sentence.paragraph, sentences))
                if known else None)
        if opener and not OBJECT_PRONOUN[pronoun].search(own, 0, at.start()):
            return referent_of(opener)
    for j in range(index - 1, max(-1, index - 1 - REFERENT_SENTENCES), -1):
        if sentence.paragraph - sentences[j].paragraph > REFERENT_PARAGRAPHS:
            break
        cited = by_sentence.get(j, [])
        if cited:
            # a sentence that cites someone: its speaker ("Speaking after Rubio's comments, …, Baqai
            # said …"), a journalist included ("Al Jazeera's Zeina Khodr said"); the people its
            # report names are what was said, not who said it (skip to the sentence before)
            for r in cited:
                person = _person_in(r)
                if person and agrees(person) and not (
                        _person_of(person, people, known) not in genders
                        and _object_in_clause(masked_text[sentences[j].start:sentences[j].end], person, pronoun)):
                    # (one the text gives no gender, whose own clause has the pronoun's person as its object, is someone
                    # else: "But host Chuck Todd questioned her on why …. “…,” she said")
                    return referent_of(r)
                if not person and unnamed is None and _one_unnamed_person(r, pronoun):
                    unnamed = r  # "“…,” the juror said. … she told Cooper": the juror, if no one named is in reach
            if unnamed is not None and j == index - 1:
                return unnamed  # "A political insider told me … “The economy is in good shape,” he said.": the sentence just before
            if not any(_person_in(r) for r in cited) and \
                    (opener := _opening_person(masked_text[sentences[j].start:sentences[j].end], agrees)):
                return opener  # "Marilou Danley, who was out of the country, has been described by US authorities as …": a
                # body cites, the person the sentence opens with is its subject
            continue
        text = masked_text[sentences[j].start:sentences[j].end]
        chain = PRONOUN_OPENS.match(text)
        if chain and chain.group("pronoun").lower() == pronoun:
            # "At 37, he is the youngest entrant in a field that features Senator Bernie Sanders. … he told supporters":
            # a sentence whose subject is the same pronoun continues the chain; whom it names is not its subject
            continue
        # a person named in full, not as an object, and followed closely by "his" or "her" of the pronoun's gender, the
        # only one so named in the sentence ("McDonnell's successor, Terry McAuliffe, issued his own statement. … he said")
        owners = {_strip_honorific(_split_descriptor(_trim_name(m.group(1)))[0]) for m in FULL_NAME.finditer(text)
                  if _gendered_after(text, m.end()) == pronoun and not _as_object(text, m) and not text.startswith(" of ", m.end())
                  and not _in_title_quotes(text, m.start())}  # not a title: 'a “Green New Deal” that he says'
        owners = {o for o in owners if " " in o and "’s " not in o and "'s " not in o and _looks_like_person(o) and agrees(o)
                  and not any(w.lower() in PARTY_WORDS for w in o.split())  # not "the Democratic Socialists of America"
                  and not o.startswith(FEMALE_TITLES if pronoun == "he" else MALE_TITLES)}  # nor "Queen Ann Roe" for "he"
        if len(owners) == 1:
            return owners.pop()
        found = list(_people_at(text, people, known))
        lead_in = LEADING_CLAUSE.match(text)
        if lead_in:
            # "But when the host Bill Whitaker challenged Navarro …, Navarro responded": the main clause's subject first
            found = [f for f in found if f[0].start() >= lead_in.end()] + [f for f in found if f[0].start() < lead_in.end()]
        for m, name in found:
            if agrees(name) and not _as_object(text, m) and \
                    (not POSSESSIVE_END.search(m.group(0)) or SENTENCE_OPENING.fullmatch(text, 0, m.start())):
                # a possessive only opening the sentence ("Trump’s White House shares …"), not inside it ("The
                # president disparaged Mueller's probe" is not about Mueller)
                return name
        agent = PASSIVE_AGENT.search(text)
        if agent and (name := _strip_honorific(_split_descriptor(_trim_name(agent.group("name")))[0])) \
                and " " in name and _looks_like_person(name) and agrees(name):
            return name  # "The documents were obtained by Audra Parker, of the Alliance …. “…,” she said": who did it
        # a person the sentence opens with by full name, not yet cited ("Helen Holland, from Bodorgan, has run an
        # ice cream business for 18 years. “…,” she said."), or by a title the text gave one person ("The
        # president-elect himself has given mixed messages. … he blasted …"); never a body, never against the pronoun
        # (the main clause's, after a leading one: "While Ann Roe appeared to accept it, Tom Berg pushed back.")
        opener = _opening_person(text[lead_in.end():] if lead_in else text, agrees, j == index - 1 and at is not None
                                 and (SENTENCE_OPENING.fullmatch(own, 0, at.start()) is not None
                                      or QUOTATION_OPENS.fullmatch(own, 0, at.start()) is not None))
        if opener is None and known:
            opener = _described_subject(text, known, agrees, _recent_records(by_sentence, j, sentence.paragraph, sentences))
        if opener:
            return referent_of(opener)
        # a surname alone opening the sentence or its main clause, of a person the article named in full before
        # ("On Sunday, facing a backlash, Carpenter apologized in an op-ed. “…,” he wrote.": Ben Carpenter)
        for m in (SURNAME_SUBJECT.finditer(text) if full_names is not None else ()):
            if m.group("title") in (FEMALE_TITLES if pronoun == "he" else MALE_TITLES):
                continue
            surname = m.group("name") or m.group("opening")
            full = _split_descriptor(full_names.get(surname, ""))[0]
            while len(full.split()) > 2 and (full.split()[0].lower() in PARTY_WORDS or full.split()[0].lower() in role_lexicon()):
                full = full.split(" ", 1)[1]  # "Republican Thom Tillis": Thom Tillis
            if " " in full and full.split()[-1] == surname and _looks_like_person(full) and agrees(full) \
                    and text.find(full) < 0 <= masked_text.find(full) < sentences[j].start:  # a surname, named in full before
                return full
        # the sentence's subject, a person named in full and not yet cited or titled ("Meanwhile, Donald Trump is still in
        # the White House. He remains …", "Gov.-elect Tony Evers (D) promised …"), or the person it identifies its
        # subject as ("The patron was later identified as 29-year-old James Shaw Jr.")
        subject = _subject_named(text, agrees, full_names)
        if subject:
            return subject
    if unnamed is not None:
        return unnamed
    for j in range(index - 1, -1, -1):  # no one in reach: the last person cited before, of the pronoun's gender
        for r in reversed(by_sentence.get(j, [])):
            if r["kind"] in PERSON_KINDS and r["named"] and agrees(r["source"]):
                return r
    return None


# a pronoun that opens a clause after "that", the sentence's main clause before it: "Ann Roe has evidence that he says …"
THAT_CLAUSE_BEFORE = re.compile(r"^[^,;:“”\"]*\s[a-z]+\s+(?:[a-z]+\s+){0,4}that\s+$")


def _without_function_words(np: str) -> list[str]:
    """The words of a capitalised run without the function words it opens with ("Then Tom Berg": Tom Berg)."""
    words = np.split()
    while len(words) > 1 and words[0].lower() in FUNCTION_WORDS:
        words = words[1:]
    return words


def _sentence_opening(text: str) -> tuple[re.Match[str], list[str]] | None:
    """The capitalised words a sentence opens with as its subject (`SENTENCE_SUBJECT`), and those words
    without the function words before them ("Then Tom Berg took the stage.", "But Tom Berg has …"); None
    when it opens otherwise."""
    opening = SENTENCE_SUBJECT.match(text)
    if not opening:
        return None
    return opening, _without_function_words(opening.group("np"))


OPENING_PHRASE_ANY_CASE = re.compile(OPENING_PHRASE.pattern, re.I)  # "And on Wednesday, Mr. Boehner offered …"
ADVERB_OPENS = re.compile(r"[\s“\"‘'«„]*[A-Z][a-z]+ly\b[^,;:_]{0,30},\s+")  # "Implicitly at least, "
# what may open a sentence before its subject, in the order they may come: a conjunction, a phrase of time or place, a
# subordinate clause, an adverb, a conjunction again
SUBJECT_OPENERS = (CONJUNCTION_OPENS, OPENING_PHRASE_ANY_CASE, LEADING_CLAUSE, ADVERB_OPENS, CONJUNCTION_OPENS)
# the sentence's subject, a name (perhaps with a party mark or a description between commas), then its verb in the
# singular or the past ("South Koreans seem", "The Parker Solar Probe rocket lifted off": no one person)
NAME_THEN_VERB = re.compile(r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)(?:\s*\([^()]{1,20}\))?(?:\s*,[^,_“”\"]{3,120},)?"
                            r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|s)|is|was|has|had|will|would|can|could|may|might|must|should|did|does|"
                            r"said|told|went|made|took|gave|got|came|became|left|met|spoke|wrote|ran|won|lost|led|held|kept|put|set|"
                            r"sent|spent|thought|knew|saw|found|felt|heard|brought|began|chose|drove|rose|fell|paid|hit|cut|quit)\b")
IDENTIFIED_AS = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|since\s+|publicly\s+)?(?:identified|named)\s+as\s+"
                           r"(?:(?:a|the)\s+)?(?:\d{1,3}-year-old\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,2})")


def _subject_named(text: str, agrees, full_names: dict[str, str] | None) -> str | None:
    """The person a sentence's subject names, when ``agrees``: a full name opening the sentence or its
    main clause, then a verb ("Meanwhile, Donald Trump is …", "Gov.-elect Tony Evers (D) promised …",
    "Implicitly at least, Mr. Holder seemed …": the full name the text gave him), or the name the
    subject is identified as ("The patron was later identified as James Shaw Jr."). Never a body, an
    outlet or a place; None otherwise.

    >>> _subject_named("Meanwhile, Donald Trump is still in the White House.", lambda name: True, {})
    'Donald Trump'
    >>> _subject_named("The patron was identified as 29-year-old James Shaw Jr., who spoke with the paper.", lambda name: True, {})
    'James Shaw Jr'
    >>> _subject_named("New Hampshire voters went to the polls.", lambda name: True, {}) is None
    True
    """
    identified = IDENTIFIED_AS.search(text)
    name = identified.group("name") if identified else ""  # (not "… named as Tom Berg’s successor": whose successor)
    if name and _looks_like_person(name) and agrees(name) and not POSSESSIVE_END.search(name):
        return name
    start = 0
    for opener in SUBJECT_OPENERS:
        if m := opener.match(text, start):
            start = m.end()
    m = NAME_THEN_VERB.match(text, start)
    if not m or ITS.search(text, m.end("np")) or m.group("verb") in role_lexicon():
        return None  # (not "Goldman Sachs cut its forecast": a body; not "Bernie Sanders supporters say": whose they are)
    words = _without_function_words(m.group("np"))
    if POSSESSIVE_END.search(words[-1]):
        return None  # "Trump’s lawyers said": not Trump
    name = _split_descriptor(" ".join(words))[0]
    bare = _strip_honorific(name)
    if " " not in bare and bare != name and full_names and " " in full_names.get(bare, ""):
        bare = _split_descriptor(full_names[bare])[0]  # "Mr. Holder", of Eric Holder
    if bare != name and " " not in bare and bare[:1].isupper() and agrees(bare) and not _common_word(bare):
        return bare  # "Mr. Holder", whom the text never named in full
    if " " not in bare or not _looks_like_person(bare) or _media_name(bare) or _country_of(bare) == bare \
            or any(w.lower() in PARTY_WORDS for w in bare.split()) or not all(agrees(part) for part in (bare, *bare.split())):
        return None
    return bare


def _named_subject(text: str, agrees, full_names: dict[str, str] | None) -> str | None:
    """The person's name a sentence opens with as its subject ("Ted Cruz has", "Mr. Cruz has": the full
    name the text gives a surname), when ``agrees``; else None."""
    found = _sentence_opening(text)
    if not found or found[0].group("appos") is not None:
        return None
    words = found[1]
    name = _strip_honorific(" ".join(words))
    if " " not in name and name != " ".join(words) and full_names and " " in full_names.get(name, ""):
        name = full_names[name]  # "Mr. Cruz", of Ted Cruz
    titled = name != " ".join(words)  # "Mr. Cruz": a person, even by a surname alone
    if (" " in name or titled) and _looks_like_person(name) and not _media_name(name) and agrees(name):
        return name
    return None


def _opening_person(text: str, agrees, before_pronoun: bool = False, described_only: bool = False) -> str | None:
    """The full name of the person a sentence opens with, as the sentence shows a person: described
    between commas ("Helen Holland, from Bodorgan, has …"), referred to by a pronoun ("Mandy Kemp
    has worked since she was 16") or behind a role word ("Mom Natasja Billiau came up with a plan",
    "Des Moines resident Laura Smidt, who …"), or (``before_pronoun``) just before a sentence that
    opens with the pronoun ("Laury Hammel owns six gyms. He doubts …"); not any capitalised opening,
    never a body, a news outlet, nor a name ``agrees`` rules out. ``described_only``: only a name
    described between commas or by a title counts."""
    found = _sentence_opening(text)
    if not found:
        return None
    opening, words = found
    name, role, _ = _split_descriptor(" ".join(words))
    titled = _person_title_after(text, opening.end("np")) if not role else None
    if titled:
        # "Des Moines resident Laura Smidt": a title in lower case between the capitalised words and the name
        name, role, _ = _split_descriptor(" ".join(words) + text[opening.end("np"):titled.end()])
    name = _strip_honorific(name)
    appos = opening.group("appos") is not None or (titled is not None and text.startswith(",", titled.end()))
    described = appos or role or (not described_only and GENDERED.search(text, opening.end("np"))) or (
        before_pronoun and opening.group("np").split()[0] not in ("The", "A", "An")  # a name takes no article
        and ITS.search(text, opening.end("np")) is None)  # "Goldman Sachs cut its forecast": a body
    if described and len(name.split()) > 1 and _looks_like_person(name) and not _media_name(name) \
            and name.split()[0].lower() not in QUESTION_OPENERS | {"being", "having"} \
            and not any(POSSESSIVE_END.search(w) or w.lower() in HONORIFICS for w in name.split()) \
            and all(agrees(part) for part in (name, *name.split())):
        return name
    return None


# a definite description that opens a sentence as its subject: "The president-elect himself has given …",
# "But the senator said …"
DESCRIBED_SUBJECT = re.compile(r"[\s“\"‘'«„]*(?:(?:But|And|Yet|So|Still)\s+)?(?P<np>[Tt]he\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
                               r"\s+(?:(?:himself|herself)\b|(?:also\s+|later\s+|then\s+)?(?:[a-z]{3,}ed|has|had|was|is|said|says|told|"
                               r"wrote|made|took|gave|spoke)\b)")


def _described_subject(text: str, known: dict[str, tuple[str, str, str]], agrees, recent=()) -> str | dict | None:
    """The person the definite description a sentence opens with describes, when ``agrees``: the
    last one cited (``recent``, records latest first) whose title it gives ("said Sen. Ann Roe. … The
    senator also added a warning"), else the one person the text titled so ("The president-elect
    himself has given mixed messages": the president-elect the text named)."""
    m = DESCRIBED_SUBJECT.match(text)
    if not m and (opening := OPENING_PHRASE.match(text)):
        m = DESCRIBED_SUBJECT.match(text, opening.end())  # "Earlier on Tuesday, the president tried …"
    if not m:
        return None
    noun = m.group("np").lower().split()[-1]
    for r in recent:
        person = _person_in(r)
        if person and r["role"] and _of_title(noun, r["role"]) and agrees(person):
            return r
    named = _titled_person(m.group("np"), known)
    return named if named and agrees(named) else None


def _recent_records(by_sentence: dict[int, list[dict]], index: int, paragraph: int, sentences: list[Sentence]):
    """The citations of the sentences before ``index`` in a pronoun's reach, latest first."""
    for j in range(index - 1, max(-1, index - 1 - REFERENT_SENTENCES), -1):
        if paragraph - sentences[j].paragraph > REFERENT_PARAGRAPHS:
            return
        yield from reversed(by_sentence.get(j, []))


# (after a courtesy title, whose gender must agree, or before a possessive that opens the sentence: "Mrs. Fiorina’s
# high point came in the wake of …")
SURNAME_SUBJECT = re.compile(r"(?:^[\s“\"‘'«„]*(?:(?P<title>Mr|Mrs|Ms|Miss)\.?\s+)?(?P<opening>[A-Z][\w’'-]+?)(?:’s|'s)?|,\s+(?P<name>[A-Z][\w’'-]+))"
                             r"\s+(?=[a-z])")


FEMININE_NOUNS = {"woman", "daughter", "mother", "wife", "sister", "spokeswoman", "chairwoman", "congresswoman", "girl",
                  "grandmother", "aunt", "niece", "mom", "businesswoman", "councilwoman"}
MASCULINE_NOUNS = {"man", "son", "father", "husband", "brother", "spokesman", "chairman", "congressman", "boy",
                   "grandfather", "uncle", "nephew", "dad", "businessman", "councilman"}


def _described_as(noun: str, role: str) -> bool:
    """Can "the <noun>" describe again a person the text gave the title ``role``? Any person when
    the text gave none, or the noun is a party ("the Arizona Republican") or a man or a woman; else
    when the title holds the noun ("the senator": Sen.) or belongs to its class ("the lawmaker": Rep.)."""
    return not role or noun in PARTY_WORDS or noun in ("man", "woman") or _of_title(noun, role)


def _of_title(noun: str, role: str) -> bool:
    """Does the title ``role`` hold ``noun`` ("the senator": Sen. Ann Lee) or belong to the class it
    names ("the lawmaker": Rep. Ann Lee)?"""
    words = _title_words(role)
    return noun in words or not GENERIC_TITLES.get(noun, frozenset()).isdisjoint(words) or _holds_seat(noun, words)


# a chamber's leaders hold its seats: "the senator" may be Senate Majority Leader Harry Reid, "the congressman"
# House Speaker Paul Ryan
CHAMBER_SEATS = {"senator": frozenset({"senate"}), "representative": frozenset({"house"}), "congressman": frozenset({"house"}),
                 "congresswoman": frozenset({"house"}), "lawmaker": frozenset({"senate", "house"}),
                 "legislator": frozenset({"senate", "house"})}
CHAMBER_LEADERS = frozenset({"leader", "whip", "speaker"})


def _holds_seat(noun: str, title: set[str]) -> bool:
    """Is the title (its words) a chamber's leader, who holds the seat ``noun`` names?

    >>> _holds_seat("senator", {"senate", "majority", "leader"}), _holds_seat("senator", {"senate", "historian"})
    (True, False)
    """
    return not CHAMBER_SEATS.get(noun, frozenset()).isdisjoint(title) and not CHAMBER_LEADERS.isdisjoint(title) \
        and "white" not in title


def _fits_description(description: str, role: str, affiliation: str) -> bool:
    """Can ``description`` ("the Michigan Republican", "the Israeli leader", "the president") describe
    again a person the text titled ``role`` at ``affiliation``? The noun fits the title (`_described_as`;
    "leader" a head of government), the title and the description agree on "former", "vice" and the
    like, and the description gives no place or nation the title and affiliation do not (a US state
    the text may not have given: "the Michigan Republican" after "Rep. Fred Upton")."""
    described, head = set(description.lower().split()), _head(description)
    if not (_described_as(head, role) or (head == "leader" and not LEADERS.isdisjoint(_title_words(role)))):
        return False  # "Ann Lee, a nurse, spoke. … the professor said"
    if role and (_title_words(role) ^ described) & TITLE_MODIFIERS:
        return False  # "Vice President Ann Roe" is not "the president", "Mayor Ann Roe" not "the former mayor"
    state = _state_named(description.split()[1:-1])
    if state and (theirs := _states_in(f"{role} {affiliation}".lower())) and state.lower() not in theirs:
        return False  # "the Ohio Republican" is not John McCain, "an Arizona Republican"
    return not _named_elsewhere(description, role, affiliation)  # "the Israeli leader" is not Senate Majority Leader McConnell


def _states_in(text: str) -> set[str]:
    """The US states lower-case ``text`` names, in full or as AP style abbreviates them ("republican,
    ariz.": {"arizona"})."""
    found = {n for n in _state_names() if re.search(rf"\b{re.escape(n)}\b", text)}
    return found | {n.lower() for a, n in AP_STATES.items() if re.search(rf"(?<![\w.]){re.escape(a.lower())}(?!\w)", text)}


def _named_elsewhere(description: str, role: str, affiliation: str, places_too: bool = True) -> bool:
    """Does ``description`` name a body, place or nation (a capitalised word other than a party or a US
    state; a body only, unless ``places_too``) that the title and affiliation do not ("the NSA chief" is
    not Google's chief legal officer)?"""
    elsewhere = {w.lower() for w in description.split()[1:] if _is_cap(w) and w.lower() not in PARTY_WORDS
                 and w.lower() not in _state_words() and (places_too or w not in places())}
    return bool(elsewhere - _title_words(f"{role} {affiliation}"))


def _described_again(description: str, previous: Sentence, sentence: Sentence, masked_text: str, cited: list[dict],
                     known: dict[str, tuple[str, str, str]], earlier=()) -> tuple[str, str, str]:
    """(name, title, party mark) of the person an unnamed description opening ``sentence``'s attribution
    stands for: the one ``previous`` (same or previous paragraph) opens with and names alone, else the
    last person cited there, else the one person it names, who fits the description
    (`_fits_description`); else, for a party's description ("The Democrat told CBS"), the last person
    cited before in a pronoun's reach (``earlier``, latest first) when the text gives them no other
    party, and the state the description names ("the Missouri Democrat"), if any, where they were
    cited or in what it says of them; ("", "", "") if none."""
    if sentence.paragraph - previous.paragraph > 1:
        return "", "", ""
    candidates = []
    name, title = _only_person_before(previous, masked_text)
    if name:
        candidates.append((name, title))
    # else the last person cited there, or the one person it names wherever it stands ("… a key ally, Rep. Fred
    # Upton."), when the text titles them so or the description gives a party (a demonstrator is not every person named)
    head = _head(description)
    by_party_or_office = head in PARTY_WORDS or head == "leader"
    candidates += [(r["source"], r["role"]) for r in reversed(cited) if r["named"] and r["kind"] in PERSON_KINDS]
    text = masked_text[previous.start:previous.end]
    mentioned = [(full, role) for full, role, where in {known[n] for n in known if " " in n and n in text}
                 if _looks_like_person(full) and (role or by_party_or_office) and _fits_description(description, role, where)]
    candidates += mentioned if len(mentioned) == 1 else []

    def again(name: str, title: str) -> tuple[str, str, str]:
        """A titled person keeps the title, the description giving the party."""
        party = f"({head[0].upper()})" if title and head in ("republican", "democrat", "democratic") else ""
        return name, title if title and not title[:1].islower() else "", party

    cited_at = {r["source"]: r["affiliation"] for r in cited}
    for name, title in candidates:
        role = known.get(name, ("", title, ""))[1] or title
        if _fits_description(description, role, known.get(name, ("", "", ""))[2] or cited_at.get(name, "")):
            return again(name, title)  # (where the text places them, or where it cited them: "Republican, Ariz.")
    last = next((r for r in earlier if _person_in(r)), None) if head in OTHER_PARTY else None
    if last and last["kind"] in PERSON_KINDS and sentence.paragraph - last["paragraph"] <= REFERENT_PARAGRAPHS:
        _, title, where = known.get(last["source"], (last["source"], last["role"], last["affiliation"]))
        said = f"{title} {where} {last['role']} {last['affiliation']}".lower()
        state = _state_named(description.split()[1:-1])
        if _fits_description(description, title, where) and OTHER_PARTY[head] not in said \
                and not (state and state.lower() not in said and state not in last.get("evidence", "")):
            return again(last["source"], title)
    return "", "", ""


OTHER_PARTY = {"democrat": "republican", "republican": "democrat"}  # a party's noun, and the other party's word
# where a clause opens before a subject: the sentence's start, a comma, a quotation (masked) or a conjunction
CLAUSE_OPENS_AT = re.compile(r"(?:^|[,;:_“”\"]|\b(?:and|but|And|But))\s*$")


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """The words of the US states' names, lower case ("new", "hampshire", "michigan")."""
    return frozenset(w for name in us_states().values() for w in name.split())


def _only_person_before(previous: Sentence, masked_text: str) -> tuple[str, str]:
    """The full name the sentence ``previous`` opens with, and the title before it, when it names no
    other person: "Tamsin Rourke is not backing down." → ("Tamsin Rourke", ""), "Rep. Fred Upton
    proposed a bill." → ("Fred Upton", "Rep."); ("", "") if none."""
    text = masked_text[previous.start:previous.end]
    found = _sentence_opening(text)
    if not found:
        return "", ""
    opening, words = found
    name, title, _ = _split_descriptor(" ".join(words))
    name = _strip_honorific(name)
    if len(name.split()) < 2 or POSSESSIVE_END.search(name) or not _looks_like_person(name) or _media_name(name):
        return "", ""
    others = {_trim_name(m.group(1)) for m in FULL_NAME.finditer(text, opening.end("np"))
              if not _in_title_quotes(text, m.start())}  # not a title in quotation marks ("her memoir “Hard Choices”")
    return ("", "") if any(_looks_like_person(o) and o not in name for o in others) else (name, title)


def _in_title_quotes(text: str, at: int) -> bool:
    """Does the name at ``at`` open a quotation ("her memoir “Hard Choices”", 'a “Green New Deal”'):
    a title, not a person a pronoun or a description may stand for?"""
    return at > 0 and text[at - 1] in "\"“‘'«"


def _one_unnamed_person(record: dict, pronoun: str | None = None) -> bool:
    """Is a citation's source one unnamed person a "he" or "she" can stand for ("the juror", "a
    police officer", "the woman"; never "a source", "officials", "the report", nor "the woman" for "he")?"""
    head = _head(record["source"])
    if record["named"] or record["kind"] != "anonymous" or record["source"] == "unattributed" or _plural(record["source"]):
        return False
    if head not in role_lexicon() and record["role"]:
        head = record["role"].split()[-1].lower()  # "juror B-37": a juror
    if pronoun and head in (MASCULINE_NOUNS if pronoun == "she" else FEMININE_NOUNS):
        return False
    # "insider": one person, unnamed by design (not "a source": "they" in news); "the 25-year-old": one person
    return role_lexicon().get(head) in PERSON_KINDS or head in FEMININE_NOUNS | MASCULINE_NOUNS | PARTY_WORDS \
        or head in ("insider", "whistleblower") or AGE_NOUN.fullmatch(head) is not None


def _as_object(text: str, m: re.Match[str]) -> bool:
    """Does the name ``m`` stand as an object in ``text`` ("addresses Ruiz", "with President X")?
    Not after a title's own "of" or "for" ("Secretary of State Jane Roe", "Minister for Health X")."""
    found = OBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if found and found.group(0).split()[0] == "by" and PASSIVE_BEFORE.search(text, max(0, found.start() - 120), found.start()):
        return False  # "levels that high have been recorded in Chennai by Prof Vidhya Venugopal": who did it
    if found and found.group(0).split()[0] in ("of", "for"):
        word_before = text[:found.start()].split()[-1:]
        if word_before and role_lexicon().get(word_before[0].lower().strip(",")) in PERSON_KINDS:
            return False
    return bool(found)


def _person_in(record: dict) -> str:
    """The person a citation record names: its source when a person, or the journalist in
    "Al Jazeera's Zeina Khodr"; "" for a body, a group or no one."""
    if not record["named"]:
        return ""
    if record["kind"] in PERSON_KINDS:
        return record["source"]
    if record["kind"] == "media":
        if (record["affiliation"] or record["role"]) and _looks_like_person(record["source"]):
            return record["source"]  # "Al Jazeera's Zeina Khodr", "radio host Hugh Hewitt": the journalist
        tail = re.sub(r"^.*(?:’s|'s)\s+", "", record["source"])
        return tail if tail != record["source"] and _looks_like_person(tail) else ""
    return ""


# a sentence that opens with its speaker and a cue ("Trump tweeted, …", "Sen. Ann Roe said …"): up to five words, then a verb
SPEAKER_OPENS = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|d|s)\b")


def _attach_continuations(sentences: list[Sentence], spans: list[tuple[int, int]], by_sentence: dict[int, list[dict]], text: str) -> None:
    """Quoted sentences with no attribution of their own belong to the speaker of the quote they
    continue (same paragraph, or the next paragraph), or, when a quoted paragraph comes first,
    to the speaker attributed just after it ("…” / “…,” X added)."""
    def quoted_only(i: int) -> bool:
        s = sentences[i]
        # opening a quotation, or inside one that opened in the sentence before ("“We will stand. It is wrong.”")
        # or a block quotation, its span starting where the sentence does
        return i not in by_sentence and (s.text.lstrip()[:1] in OPEN_QUOTES or any(a <= s.start < b for a, b in spans)) \
            and _quoted_share(s, spans) >= 0.6

    last_direct: dict | None = None
    last_index = -1  # the last sentence that belongs to last_direct
    pending: list[int] = []
    for i, s in enumerate(sentences):
        if i in by_sentence:
            recs = [r for r in by_sentence[i] if r["quote"] in ("direct", "mixed")]
            if not recs and pending and pending[-1] == i - 1 and sentences[i - 1].paragraph == s.paragraph \
                    and SPEAKER_OPENS.match(s.text):
                # "“Schultz doesn’t have the guts!” Trump tweeted, adding that …" split after the "!": the quotation's
                # speaker opens the next sentence of its paragraph, the cue right after
                recs = [r for r in by_sentence[i] if r["form"] == "name, cue" and s.text.lstrip().startswith(r["speaker"])][:1]
            if not recs and s.text.rstrip().endswith(":") and i + 1 < len(sentences) and quoted_only(i + 1):
                # "In a statement, Sen. Ann Roe said:" and the quotation as the next paragraph: hers, direct
                recs = by_sentence[i][:1]
                recs[0]["quote"] = "direct"
            if pending and recs and s.paragraph != sentences[pending[-1]].paragraph and s.text.lstrip()[:1] not in OPEN_QUOTES \
                    and recs[0]["speaker"].lower() not in PRONOUNS and recs[0]["form"] != "dash credit":
                pending = []  # "“…”" / "Treasury Secretary Steven Mnuchin said that …": a new paragraph that names its own
                # speaker introduces someone else, it does not credit the quotation before it (unlike "“…,” X added",
                # "It is “conceivable,” he said" or a credit after a dash, "— Tom Berg, Financial Times")
            if pending and recs:
                rec = recs[0]
                first = sentences[pending[0]]
                rec["evidence"] = text[first.start:rec["end"]]
                rec["start"] = first.start
                rec["quote"] = "direct"
                pending = []
            if recs and recs[-1]["form"] == "dash credit":
                last_direct = None  # a credit after a dash closes its quotation: the next is another's, credited after it
            elif recs:
                last_direct, last_index = recs[-1], i
            elif any(r["form"] != "unattributed passive" for r in by_sentence[i]):
                last_direct, pending = None, []  # another's reported words close the quotation waiting for its speaker
            continue
        if quoted_only(i):
            previous = sentences[i - 1] if i else None
            continues = last_direct is not None and previous is not None and last_index == i - 1 and \
                s.paragraph - previous.paragraph <= 1
            if continues:
                last_direct["evidence"] = text[last_direct["start"]:s.end]
                last_direct["end"] = s.end
                last_direct["quote_text"] = (last_direct["quote_text"] + " … " + s.text.strip(OPEN_QUOTES + CLOSE_QUOTES)).strip(" …")
                last_index = i
            else:
                pending.append(i)
        else:
            last_direct = None
            pending = []


# --- tables and measures -----------------------------------------------------------------

CITATION_COLUMNS = ["id", "outlet", "speaker", "source", "kind", "named", "role", "affiliation", "country", "quote",
                    "cue", "form", "channel", "quote_text", "evidence", "start", "end", "paragraph", "origin"]


def citation_table(corpus: pd.DataFrame) -> pd.DataFrame:
    """All citations of a corpus, one row each, with article ``id`` and ``outlet``. Footnote
    references (kept apart by the loader) are added as cited publications (``kind`` media,
    ``origin`` reference)."""
    from .parallel import parallel_map

    rows = []
    embeds = corpus["embeds"].tolist() if "embeds" in corpus else [None] * len(corpus)
    captions = corpus["captions"].tolist() if "captions" in corpus else [None] * len(corpus)
    found = parallel_map(_find_with_embeds, list(zip(corpus["body"].tolist(), embeds, captions, strict=True)))
    for article, records in zip(corpus.itertuples(), found, strict=True):
        for r in records:
            rows.append({"id": article.id, "outlet": article.outlet, "origin": "body", **r})
        rows += reference_citations(article.id, article.outlet, getattr(article, "references", None) or [])
    return pd.DataFrame(rows, columns=CITATION_COLUMNS)


def _find_with_embeds(body_embeds_captions: tuple[str, list[dict] | None, list[str] | None]) -> list[dict]:
    body, embeds, captions = body_embeds_captions
    return find_citations(body, embeds=embeds, captions=captions)


def reference_citations(article_id: str, outlet: str, references: list[dict]) -> list[dict]:
    """Footnote / reference-list entries (from the corpus loader) as citation rows: each is a
    cited publication (kind media, origin reference)."""
    rows = []
    for ref in references:
        publication = ref.get("outlet") or "unnamed publication"
        rows.append({"id": article_id, "outlet": outlet, "speaker": publication, "source": publication, "kind": "media",
                     "named": bool(ref.get("outlet")), "role": "cited publication", "affiliation": "", "country": "",
                     "quote": "indirect", "cue": f"footnote [{ref.get('marker', '')}]", "form": "reference list",
                     "channel": "", "quote_text": "", "evidence": ref.get("title") or ref.get("text", ""),
                     "start": -1, "end": -1, "paragraph": -1, "origin": "reference"})
    return rows


