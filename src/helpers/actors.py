"""The story's main actors, found in the corpus when it carries no ``actors.csv``.

An actor is a person, organisation or place that many articles name. Candidates are runs of
capitalised words in body sentences ("Vladimir Putin", "North Korea", "U.S."), with a title or
honorific in front removed ("President Putin" → "Putin", "Mr. Trump" → "Trump") and possessives
dropped; a word that only opens sentences and is otherwise written in lower case is not a
name, nor are calendar and function words, the outlets' own names or bare role words. A one-word
form joins the longer name it begins or ends ("Putin" → "Vladimir Putin", "Kim" → "Kim Jong
Un") when one such name is clearly the most named (at least twice as many articles as the
next); otherwise it stays apart, so two people sharing a surname are never merged blindly. A
given name never joins ("Donald" is not "Donald Trump" when the corpus writes "Trump" alone), nor
does an institution named alone ("House" is not "White House", "GOP" not "House GOP"). A
place never joins a person's name ("Israel" is not "Israel Sabag"); a country's names are one
actor under its most used form ("U.S.", "US", "United States"); a people's name joins its place
("Russians" and "Russian" → "Russia", "Chinese" → "China").
Actors are ranked by the number of articles that name them (then outlets, then name), and the
most named are kept: at most `MAX_ACTORS`, each in at least `MIN_ARTICLE_SHARE` of the articles
and in at least two articles. Every surface form of an actor is one of its aliases, so tone
toward an actor and attention count every way the corpus writes it.

>>> sents = pd.DataFrame({"id": ["a", "a", "b", "c"], "outlet": ["X", "X", "Y", "Y"],
...                       "text": ["President Vladimir Putin met Kim Jong Un.", "Putin smiled.",
...                                "Mr. Putin flew to Russia on Monday.", "Kim and Putin spoke of Russia."]})
>>> discover_actors(sents)
{'Vladimir Putin': ['Vladimir Putin', 'Putin'], 'Kim Jong Un': ['Kim Jong Un', 'Kim'], 'Russia': ['Russia']}
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

import pandas as pd

from .citation_words import (
    CALENDAR,
    HONORIFICS,
    NON_NAMES,
    ORG_WORDS,
    country_names,
    media_names,
    role_lexicon,
)
from .citation_words import places as gazetteer_places

FROM_FILE, DISCOVERED = "actors.csv of the corpus", "discovered in the corpus"  # the actors table's ``origin``
MAX_ACTORS = 10
MIN_ARTICLE_SHARE = 0.1
MERGE_DOMINANCE = 2.0  # a one-word form joins the longest name it is part of when that name is named in this many times as many articles as the next

_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.|(?:[ae]l-)?[A-Z][\w’'-]*[\w’'])"
_PARTICLES = {"de", "del", "da", "di", "al", "bin", "ibn", "van", "von", "der", "den", "la", "le", "du"}
# capitalised words, joined by "of", "for" and name particles (de, al, bin, van, von der …)
# ("Department of Commerce", "Bashar al-Assad"); never by "and" ("Kim and Putin") or "on"
_CANDIDATE = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|for|(?:{'|'.join(sorted(_PARTICLES))})(?:\s+der|\s+den)?)\s+)?{_NAME_WORD})*")
_POSSESSIVE = re.compile(r"[’']s?$")
_INITIALISM = re.compile(r"(?:[A-Z]\.)+$")
_CONNECTORS = {"of", "for"}  # split a run unless an organisation word or a title comes before
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "GOP", "NATO", "FBI": an organisation's initials
_BODIES = {"foundation", "center", "centre", "fund", "bank", "party", "campaign", "committee", "board", "office", "army"}


def _runs(run: str) -> list[str]:
    """A capitalised run split after each possessive ("Russia's Far East" → "Russia", "Far
    East") and at "of", "for" … unless an organisation word comes before it ("University of
    Eastbrook" stays whole, "Ana Lopez of Riverton" does not); possessive and a sentence's
    closing point removed."""
    out, current = [], []
    for word in run.split():
        if word in _CONNECTORS and current and current[-1].lower() not in ORG_WORDS | _BODIES \
                and not _is_role(current[-1]):
            out.append(" ".join(current))  # "Ana Lopez of Riverton": a person and a place
            current = []
            continue
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        word = _POSSESSIVE.sub("", word) if possessive else word
        if word.endswith(".") and not _INITIALISM.fullmatch(word) and word.lower() not in HONORIFICS:
            word = word.rstrip(".")
        current.append(word)
        if possessive:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def _is_role(word: str) -> bool:
    """A title or role word, written with or without its abbreviation point ("Sen.", "Sen")."""
    w = word.lower()
    roles = role_lexicon()
    return (w in roles or w.rstrip(".") in roles or w + "." in roles) and w not in ORG_WORDS and w not in _BODIES


def _non_name(word: str) -> bool:
    w = word.lower()
    return w in NON_NAMES or w + "." in NON_NAMES or w in HONORIFICS or w + "." in HONORIFICS or w in _CONNECTORS


def _clean(run: str) -> str:
    """A run without the titles, honorifics and role words in front of the name ("Russian
    Defense Minister Sergei Shoigu" → "Sergei Shoigu") or function words at either end."""
    words = run.split()
    last_role = max((i for i, w in enumerate(words[:-1]) if _is_role(w)), default=-1)
    if 0 <= last_role < len(words) - 2 and words[last_role + 1] in _CONNECTORS:
        last_role += 2  # "Secretary of State Antony Blinken": the title takes its object
    words = words[last_role + 1:]
    # honorifics and function words at either end; a calendar word only where it is not part of a
    # longer name ("Theresa May", "April Ryan" keep theirs)
    while words and (_non_name(words[0]) and (words[0].lower() not in CALENDAR or len(words) == 1)):
        words = words[1:]
    while words and (_non_name(words[-1]) and (words[-1].lower() not in CALENDAR or len(words) == 1)):
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=65536)
def _names(run: str) -> tuple[str, ...]:
    """The names in one capitalised run (split, cleaned, non-names dropped; cached: the same runs
    recur in every article on a story)."""
    out = []
    for piece in _runs(run):
        name = _clean(piece)
        if not name or len(name) < 2 or (" " not in name and (_non_name(name) or _is_role(name))):
            continue
        out.append(name)
    return tuple(out)


def _sentence_runs(text: str) -> tuple[list[str], list[str]]:
    """The capitalised runs of a sentence: those inside it, and those that open it or a quotation."""
    inside, opening = [], []
    for m in _CANDIDATE.finditer(text):
        j = m.start() - 1
        while j >= 0 and text[j].isspace():
            j -= 1  # the last character before the run that is not a space
        (opening if j < 0 or text[j] in ".!?“\"‘'(—–-:" else inside).append(m.group(0))
    return inside, opening


def _candidates(inside: list[str], opening: list[str], lower_words: set[str], known: set[str]) -> set[str]:
    """The names in a sentence. A run that opens the sentence loses its first word when that
    word is also written in lower case in the corpus ("Officials", "New"), unless ``known``
    (the names found inside sentences) has the whole run ("New York")."""
    found = {name for run in inside for name in _names(run)}
    for run in opening:
        first, _, rest = run.partition(" ")
        if (first.lower() in lower_words or first.lower() in NON_NAMES) and _clean(_runs(run)[0]) not in known:
            run = rest  # a common word that opens the sentence
        found.update(_names(run))
    return found


_DEMONYM_ENDINGS = ("", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "ish")


def _place_index(names) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Each name's position, and the names by their stem without the last letter (for `_place_of`)."""
    order = {n: i for i, n in enumerate(names)}
    by_stem: dict[str, list[str]] = defaultdict(list)
    for n in order:
        by_stem[n[:-1]].append(n)
    return order, by_stem


def _place_of(name: str, names, index: tuple[dict[str, int], dict[str, list[str]]] | None = None) -> str:
    """The place whose people or adjective ``name`` is, among ``names`` ("Russians" → "Russia",
    "Chinese" → "China", "Ukrainian" → "Ukraine", "Israeli" → "Israel"), or "". A place that drops
    its final vowel ("Russi|a" → "Russi|ans") is preferred, then one kept whole ("Israel|i"); among
    several, the first in ``names``. ``index`` (`_place_index` of ``names``) saves rebuilding it when
    asking for many names: only the few stems ``name`` can have are looked up.

    >>> _place_of("Russians", ["Putin", "Russia"]), _place_of("Israeli", ["Israel"]), _place_of("Kim", ["Kimberly"])
    ('Russia', 'Israel', '')
    """
    order, by_stem = index or _place_index(names)
    for cut in (1, 0):
        best = ""
        for ending in _DEMONYM_ENDINGS:
            if not name.endswith(ending):
                continue
            stem = name[:len(name) - len(ending)]
            candidates = by_stem.get(stem, ()) if cut else ((stem,) if stem in order else ())
            for place in candidates:
                if place == name or len(place) < 4 or (cut and place[-1:].lower() not in "aeiouy"):
                    continue
                if (ending or place.endswith("y")) and (not best or order[place] < order[best]):
                    best = place
        if best:
            return best
    return ""


def discover_actors(sentences: pd.DataFrame, outlets: list[str] | None = None,
                    max_actors: int = MAX_ACTORS, min_share: float = MIN_ARTICLE_SHARE) -> dict[str, list[str]]:
    """``{actor: [aliases]}`` for the most named people, organisations and places in the body
    sentences (columns ``id``, ``outlet``, ``text``), as the module describes."""
    texts = sentences["text"].astype(str).tolist()
    lower_words = {w for t in texts for w in re.findall(r"\b[a-z][a-z’'-]+\b", t)}
    excluded = {o.lower() for o in (outlets if outlets is not None else sentences["outlet"].unique())}
    excluded |= {m.lower() for m in media_names()}
    excluded |= {re.sub(r"^the\s+", "", e) for e in excluded}
    runs = [_sentence_runs(t) for t in texts]
    known = {name for inside, _ in runs for run in inside for name in _names(run)}
    articles: dict[str, set[str]] = defaultdict(set)
    outlets_of: dict[str, set[str]] = defaultdict(set)
    for article, outlet, (inside, opening) in zip(sentences["id"], sentences["outlet"], runs, strict=True):
        for name in _candidates(inside, opening, lower_words, known):
            if name.lower() in excluded:
                continue
            articles[name].add(article)
            outlets_of[name].add(outlet)
    # one-word forms join the longer name they begin or end, when one such name clearly dominates
    by_end: dict[str, list[str]] = defaultdict(list)
    for n in articles:
        if " " in n:
            words = n.split()
            by_end[words[0]].append(n)
            if words[-1] != words[0]:
                by_end[words[-1]].append(n)
    target: dict[str, str] = {}
    gazetteer = gazetteer_places()
    # a country's names are one actor, named by its most used form ("U.S.", "US", "United States")
    by_country: dict[str, list[str]] = defaultdict(list)
    for n in articles:
        if n in country_names():
            by_country[country_names()[n]].append(n)
    for forms_of_country in by_country.values():
        main = min(forms_of_country, key=lambda n: (-len(articles[n]), n))
        target.update({n: main for n in forms_of_country if n != main})
    for name in [n for n in articles if " " not in n and n not in target]:
        if name in gazetteer:
            continue  # a place is its own actor, never part of a person's name ("Israel" is not "Israel Sabag")
        if name.lower() in ORG_WORDS or name.lower() in _BODIES or _ACRONYM.fullmatch(name):
            continue  # an institution named alone ("House", "Congress", "GOP") is not the longer name it heads or ends
        # a given name is not its bearer: "Donald" opens "Donald Trump", whose surname the corpus writes alone;
        # a family name written first ("Kim" of "Kim Jong Un") opens a name whose last word never stands alone
        hosts = sorted((h for h in by_end.get(name, []) if not (h.split()[0] == name and h.split()[-1] in articles)),
                       key=lambda n: (-len(articles[n]), n))
        if hosts and (len(hosts) == 1 or len(articles[hosts[0]]) >= MERGE_DOMINANCE * len(articles[hosts[1]])):
            target[name] = hosts[0]
    # a people's name joins its place ("Russian", "Russians" → "Russia"; "North Korean" → "North Korea")
    places = _place_index(articles)
    for name in articles:
        if name not in target:
            place = _place_of(name, articles, places)
            if place:
                target[name] = target.get(place, place)
    merged_articles: dict[str, set[str]] = defaultdict(set)
    merged_outlets: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, Counter] = defaultdict(Counter)
    for name in articles:
        actor = target.get(name, name)
        merged_articles[actor] |= articles[name]
        merged_outlets[actor] |= outlets_of[name]
        forms[actor][name] = len(articles[name])
    n_articles = sentences["id"].nunique()
    floor = max(2, min_share * n_articles)
    ranked = sorted(merged_articles, key=lambda a: (-len(merged_articles[a]), -len(merged_outlets[a]), a))
    chosen = [a for a in ranked if len(merged_articles[a]) >= floor][:max_actors]
    return {a: [a] + [f for f, _ in sorted(forms[a].items(), key=lambda kv: (-kv[1], kv[0])) if f != a] for a in chosen}


def actors_table(actors: dict[str, list[str]], origin: str, sentences: pd.DataFrame,
                 mentions: dict | None = None) -> pd.DataFrame:
    """One row per actor and alias: ``actor``, ``alias``, ``origin`` (the corpus's actors file,
    or discovered), and the articles and outlets whose sentences mention the actor."""
    from .tone import actor_mentions

    mentions = actor_mentions(sentences, actors) if mentions is None else mentions
    rows = []
    for actor, aliases in actors.items():
        hit = sentences.loc[mentions[actor], ["id", "outlet"]] if actor in mentions else sentences.head(0)
        for alias in aliases:
            rows.append({"actor": actor, "alias": alias, "origin": origin, "articles": hit["id"].nunique(),
                         "outlets": hit["outlet"].nunique()})
    return pd.DataFrame(rows, columns=["actor", "alias", "origin", "articles", "outlets"])
