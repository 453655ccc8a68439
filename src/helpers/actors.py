"""The story's main actors, found in the corpus when it carries no ``actors.csv``.

An actor is a person, organisation or place that many articles name. Candidates are runs of
capitalised words in body sentences ("Vladimir Putin", "North Korea", "U.S."), with a title or
honorific in front removed ("President Putin" → "Putin", "Mr. Trump" → "Trump") and possessives
dropped; a word that only opens sentences and is otherwise written in lower case is not a
name, nor are calendar and function words, the outlets' own names or bare role words. A one-word
form joins the longer name it begins or ends ("Putin" → "Vladimir Putin", "Kim" → "Kim Jong
Un") when one such name is clearly the most named (at least twice as many articles as the
next); otherwise it stays apart, so two people sharing a surname are never merged blindly.
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

import pandas as pd

from .citation_words import HONORIFICS, NON_NAMES, ORG_WORDS, media_names, role_lexicon

MAX_ACTORS = 10
MIN_ARTICLE_SHARE = 0.1
MERGE_DOMINANCE = 2.0  # a one-word form joins the longest name it is part of when that name is named in this many times as many articles as the next

_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*[\w’'])"
# capitalised words, joined by "of", "for", "on", "de", "al" when a capitalised word follows
# ("Department of Commerce", "Council on Foreign Relations"); never by "and" ("Kim and Putin")
_CANDIDATE = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|for|on|de|del|al|bin)\s+)?{_NAME_WORD})*")
_POSSESSIVE = re.compile(r"[’']s?$")
_INITIALISM = re.compile(r"(?:[A-Z]\.)+$")
_CONNECTORS = {"of", "for", "on", "de", "del", "al", "bin"}
_BODIES = {"foundation", "center", "centre", "fund", "bank", "party", "campaign", "committee", "board", "office", "army"}


def _runs(run: str) -> list[str]:
    """A capitalised run split after each possessive ("Russia's Far East" → "Russia", "Far
    East") and at "of", "for" … unless an organisation word comes before it ("University of
    Eastbrook" stays whole, "Ana Lopez of Riverton" does not); possessive and a sentence's
    closing point removed."""
    out, current = [], []
    for word in run.split():
        if word in _CONNECTORS and current and current[-1].lower() not in ORG_WORDS | _BODIES:
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


def _clean(run: str) -> str:
    """A run without the titles, honorifics and role words in front of the name ("Russian
    Defense Minister Sergei Shoigu" → "Sergei Shoigu") or function words at either end."""
    words = run.split()
    roles = role_lexicon()
    last_role = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in roles
                     and w.lower() not in ORG_WORDS and w.lower() not in _BODIES), default=-1)
    words = words[last_role + 1:]
    while words and (words[0].lower() in HONORIFICS or words[0].lower() in NON_NAMES
                     or words[0].lower() in ("of", "for", "on", "de", "del", "al", "bin")):
        words = words[1:]
    while words and (words[-1].lower() in NON_NAMES or words[-1].lower() in ("of", "for", "on", "de", "del", "al", "bin")):
        words = words[:-1]
    return " ".join(words)


def _candidates(text: str, lower_words: set[str], known: set[str] | None = None) -> set[str]:
    """The names in a sentence. A run that opens the sentence loses its first word when that
    word is also written in lower case in the corpus ("Officials", "New"), unless ``known``
    (the names found inside sentences) has the whole run ("New York")."""
    found = set()
    for m in _CANDIDATE.finditer(text):
        run = m.group(0)
        before = text[:m.start()].rstrip()
        if not before or before[-1] in ".!?“\"‘'(—–-:":  # opens a sentence or a quotation
            if known is None:
                continue
            first, _, rest = run.partition(" ")
            whole = _clean(_runs(run)[0])
            if (first.lower() in lower_words or first.lower() in NON_NAMES) and whole not in known:
                run = rest  # a common word that opens the sentence
        for piece in _runs(run):
            name = _clean(piece)
            if not name or name.lower() in NON_NAMES or len(name) < 2 or name.lower() in HONORIFICS:
                continue
            if " " not in name and name.lower() in role_lexicon():
                continue
            found.add(name)
    return found


def discover_actors(sentences: pd.DataFrame, outlets: list[str] | None = None,
                    max_actors: int = MAX_ACTORS, min_share: float = MIN_ARTICLE_SHARE) -> dict[str, list[str]]:
    """``{actor: [aliases]}`` for the most named people, organisations and places in the body
    sentences (columns ``id``, ``outlet``, ``text``), as the module describes."""
    texts = sentences["text"].astype(str)
    lower_words = {w for t in texts for w in re.findall(r"\b[a-z][a-z’'-]+\b", t)}
    excluded = {o.lower() for o in (outlets if outlets is not None else sentences["outlet"].unique())}
    excluded |= {m.lower() for m in media_names()}
    excluded |= {re.sub(r"^the\s+", "", e) for e in excluded}
    articles: dict[str, set[str]] = defaultdict(set)
    outlets_of: dict[str, set[str]] = defaultdict(set)
    known = {name for text in texts for name in _candidates(text, lower_words)}  # inside sentences
    for article, outlet, text in zip(sentences["id"], sentences["outlet"], texts, strict=True):
        for name in _candidates(text, lower_words, known):
            if name.lower() in excluded or re.sub(r"^the\s+", "", name.lower()) in excluded:
                continue
            articles[name].add(article)
            outlets_of[name].add(outlet)
    # one-word forms join the longer name they begin or end, when one such name clearly dominates
    target: dict[str, str] = {}
    longer = [n for n in articles if " " in n]
    for name in [n for n in articles if " " not in n]:
        hosts = sorted((n for n in longer if n.split()[0] == name or n.split()[-1] == name),
                       key=lambda n: (-len(articles[n]), n))
        if hosts and (len(hosts) == 1 or len(articles[hosts[0]]) >= MERGE_DOMINANCE * len(articles[hosts[1]])):
            target[name] = hosts[0]
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
