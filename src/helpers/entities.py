"""Sources as entities across a corpus: one person, one source, the right kind.

`helpers.citations.find_citations` works one article at a time and records a source as the
article writes it ("Mr. Trump", "Donald J. Trump", "Trump’s", "CNN.", "the Times"). The corpus
step `resolve_entities` turns those surface forms into entities:

- a person's full name, surname, honorific ("Mr.", "Mrs.", "Ms.", "Dr."), title ("Sen.", "Gov.",
  "Rep.", "President"), middle initial ("Donald J. Trump") and possessive ("Trump’s") forms are
  one entity, with a stable id (a slug of the canonical name: ``donald-trump``); a generational
  suffix is part of the name ("Donald Trump Jr." is another person);
- a surname alone goes to a full name by `_resolve_surnames`: the one its title points to
  ("President Trump", when the article names only Ivanka Trump in full), else the one the same
  article used (the latest before it, when two people of that surname appear: "Bill Clinton",
  "Hillary Clinton"), else the one person of that surname in the corpus, else the person who holds
  most of the corpus's citations by full name with that surname (`DOMINANT_SHARE`); a surname
  none of these settles ("Clinton" in a corpus citing both about equally) stays its own entity;
- media names are normalised (punctuation, a leading "the", known short forms from
  ``data/media_aliases.csv``: "The Times" = "the Times", "CNN." = "CNN", "AP" = "Associated Press");
- a corpus alias file (``aliases.csv``, columns ``alias,name``; parsed by `read_aliases`) wins;
- a role stated anywhere in the corpus ("Republican nominee Donald Trump", "Sen. Ted Cruz
  (R-Texas)", "a professor at Georgetown") applies to the entity everywhere, with the sentence
  that states it (``role_evidence``); the entity's kind follows that role and is ``unknown``
  only when no role is found anywhere;
- unnamed sources ("officials", "analysts", "an official at the ministry", unattributed claims)
  are entities of their own article only: two outlets' "officials" are not the same people.

>>> import pandas as pd
>>> rows = pd.DataFrame([
...     {"id": "a1", "outlet": "Daily", "speaker": "Republican nominee Donald Trump", "source": "Donald Trump",
...      "kind": "official", "named": True, "role": "nominee", "affiliation": "Republican", "quote": "indirect",
...      "evidence": "Republican nominee Donald Trump said it was rigged.", "start": 0},
...     {"id": "a2", "outlet": "Herald", "speaker": "Mr. Trump", "source": "Trump", "kind": "unknown", "named": True,
...      "role": "", "affiliation": "", "quote": "direct", "evidence": "“No,” Mr. Trump said.", "start": 0}])
>>> cites, sources = resolve_entities(rows)
>>> cites[["source_id", "source", "kind"]].values.tolist()
[['donald-trump', 'Donald Trump', 'official'], ['donald-trump', 'Donald Trump', 'official']]
>>> sources.loc[0, ["name", "aliases", "kind", "role", "outlets"]].tolist()
['Donald Trump', 'Donald Trump; Mr. Trump; Republican nominee Donald Trump; Trump', 'official', 'nominee', 'Daily; Herald']
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .citation_words import HONORIFICS, PERSON_KINDS, media_names
from .citations import TITLE_ABBREVIATIONS, role_kind
from .paths import PACKAGE_DATA

SOURCE_COLUMNS = ["source_id", "name", "aliases", "kind", "role", "affiliation", "role_evidence", "outlets", "articles",
                  "citations", "direct_share"]
TITLES = {"sen.", "sen", "senator", "gov.", "gov", "governor", "rep.", "rep", "representative", "president",
          "vice", "secretary", "sec.", "gen.", "gen", "general", "lt.", "col.", "adm.", "judge", "justice", "mayor",
          "prime", "minister", "chancellor", "speaker", "former", "professor", "prof.", "sir", "dame", "lord",
          "senior", "rev.", "father", "sister", "candidate", "nominee"}
KIND_PRIORITY = ("official", "expert", "citizen", "institution", "media", "group", "anonymous", "unknown")


def slug(name: str) -> str:
    """A stable id from a name.

    >>> slug("Donald J. Trump"), slug("Lee Byong-chul"), slug("Le Monde")
    ('donald-j-trump', 'lee-byong-chul', 'le-monde')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "source"


def read_aliases(path: str | Path) -> dict[str, str]:
    """A corpus alias file (``aliases.csv``: columns ``alias``, ``name``) as {alias: name}; a missing
    file gives ``{}``. Lines starting with ``#`` are comments."""
    path = Path(path)
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["alias"].strip(): r["name"].strip() for r in csv.DictReader(fh)
                if r.get("alias") and r.get("name") and not r["alias"].startswith("#")}


@lru_cache(maxsize=1)
def media_aliases() -> dict[str, str]:
    """Known short and long forms of news organisations (``data/media_aliases.csv``), lower-cased alias → name."""
    with open(PACKAGE_DATA / "media_aliases.csv", encoding="utf-8", newline="") as fh:
        return {r["alias"].strip().lower(): r["name"].strip() for r in csv.DictReader(fh)
                if r["alias"] and not r["alias"].startswith("#")}


def media_key(name: str) -> str:
    """The normalised name of a news organisation.

    >>> [media_key(x) for x in ("The Times", "the Times", "CNN.", "The New York Times", "“Politico”", "AP")]
    ['Times', 'Times', 'CNN', 'New York Times', 'Politico', 'Associated Press']
    >>> media_key("The Korean Central News Agency (KCNA)"), media_key("KCNA")
    ('Korean Central News Agency', 'Korean Central News Agency')
    """
    clean = re.sub(r"\s+", " ", name).strip(" .,;:“”\"'’‘")
    clean = re.sub(r"(?:’s|'s)$", "", re.sub(r"\s*\([A-Z]{2,}\)$", "", clean)).strip(" .,;:()")
    known = media_aliases()
    if clean.lower() in known:
        return known[clean.lower()]
    bare = re.sub(r"^the\s+", "", clean, flags=re.I)
    if bare.lower() in known:
        return known[bare.lower()]
    for candidate in media_names():  # longest first: "the South Korean news agency Yonhap" → "Yonhap"
        if re.search(rf"(?<![\w]){re.escape(candidate)}(?![\w])", bare):
            if candidate == "The Times" or candidate.lower() == "times":
                return "Times"
            if re.fullmatch(rf"(?:.*\s)?{re.escape(candidate)}(?:\s*\(\w+\))?", bare) or bare == candidate:
                return known.get(candidate.lower(), re.sub(r"^the\s+", "", candidate, flags=re.I))
    return bare


def person_parts(name: str) -> list[str]:
    """The words of a person's name without honorifics, titles, middle initials, a generational
    suffix (`generation` gives it) and the possessive; a first name of initials without their
    points ("J.D." = "JD").

    >>> person_parts("Mr. Trump’s"), person_parts("Donald J. Trump"), person_parts("Sen. Ted Cruz")
    (['Trump'], ['Donald', 'Trump'], ['Ted', 'Cruz'])
    >>> person_parts("J.D. Vance"), person_parts("Robert F. Kennedy Jr."), person_parts("Mr Trump Jr")
    (['JD', 'Vance'], ['Robert', 'Kennedy'], ['Trump'])
    """
    words = _name_words(name)
    while len(words) > 1 and words[-1].rstrip(".,").lower() in GENERATIONS:
        words.pop()  # "Robert F. Kennedy Jr.": Kennedy is the surname
    words = [w.replace(".", "") if INITIALS.fullmatch(w) else w for w in words]
    core = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and re.fullmatch(r"[A-Z]\.?", w))]
    return core or words


def generation(name: str) -> str:
    """The generational suffix of a person's name ("Jr", "Sr", "II" …), or "". It is part of the
    name: "Donald Trump Jr." and "Donald Trump" are two people, as news copy writes them.

    >>> generation("Donald Trump Jr."), generation("Martin Luther King, Jr.’s"), generation("Donald Trump")
    ('Jr', 'Jr', '')
    """
    words = _name_words(name)
    last = words[-1].rstrip(".,").lower() if len(words) > 1 else ""
    return "" if last not in GENERATIONS else last.capitalize() if last in ("jr", "sr") else last.upper()


def _name_words(name: str) -> list[str]:
    """The words of a name without the possessive and the honorifics or titles before it."""
    words = re.sub(r"(?:’s|'s|’|')$", "", name.strip(" ,.;:")).split()
    words = [re.sub(r"(?:’s|'s)$", "", w).rstrip(",") or w for w in words]
    while len(words) > 1 and (words[0].lower() in HONORIFICS or words[0].lower() in TITLES):
        words.pop(0)
    return words


GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}
NAME_PARTICLES = {"de", "van", "von", "der", "den", "bin", "al", "da", "del", "della", "la", "le", "du", "dos", "di", "ter"}
INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "J.D.", "A.J."


def resolve_entities(citations: pd.DataFrame, aliases: dict[str, str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(citations with ``source_id`` and ``source`` as the entity's canonical name, kind, role and
    affiliation filled from the entity; sources: one row per entity with `SOURCE_COLUMNS`).
    ``citations`` needs the columns of ``citations.csv`` (``id``, ``outlet``, ``speaker``,
    ``source``, ``kind``, ``named``, ``role``, ``affiliation``, ``quote``, ``evidence``; ``start``
    orders mentions within an article when present). ``aliases`` maps a surface form to the
    name it stands for, and wins over every rule."""
    cites = citations.copy().reset_index(drop=True)
    if cites.empty:
        return cites.assign(source_id=pd.Series(dtype=str)), pd.DataFrame(columns=SOURCE_COLUMNS)
    alias_map = {k.strip().lower(): v.strip() for k, v in (aliases or {}).items() if k and v}
    starts = cites["start"] if "start" in cites else pd.Series(range(len(cites)))

    def aliased(text: str) -> str | None:
        for form in (text, re.sub(r"(?:’s|'s)$", "", text), re.sub(r"^the\s+", "", text, flags=re.I)):
            if form.strip().lower() in alias_map:
                return alias_map[form.strip().lower()]
        return None

    # the columns as lists: every step below goes row by row
    sources_col = cites["source"].tolist()
    speakers_col = cites["speaker"].tolist() if "speaker" in cites else sources_col
    kinds_col, named_col, ids_col = cites["kind"].tolist(), cites["named"].tolist(), cites["id"].tolist()

    # 1. each row's key: ("alias", name), ("person", first, surname) / ("surname", surname), ("media", name),
    # ("body", name); a generational suffix belongs to the surname ("Trump Jr")
    keys: list[tuple] = []
    chosen: dict[tuple, str] = {}  # names the alias file gives
    for source, speaker, kind, named, article in zip(sources_col, speakers_col, kinds_col, named_col, ids_col, strict=True):
        source, speaker = str(source), str(speaker)
        person = bool(named) and kind in PERSON_KINDS and all(w[:1].isupper() or w in NAME_PARTICLES for w in person_parts(source))
        target = aliased(source) or aliased(speaker)
        if target:
            key = ("media", media_key(target)) if kind == "media" else _person_key(target) if person else ("alias", target)
            key = ("alias", target) if key[0] == "surname" else key
            chosen[key] = target
            keys.append(key)
        elif kind == "media":
            keys.append(("media", media_key(source)))
        elif person:
            keys.append(_person_key(source))
        elif named:
            keys.append(("body", re.sub(r"^the\s+", "", source.strip(" .,;:"), flags=re.I)))
        else:
            keys.append(("unnamed", source.strip().lower(), article))

    # a name a row took for a body's or a news organisation's is the person of that name when the corpus cites
    # one ("David Barton, founder of WallBuilders", "NRA TV host Grant Stinchfield"): one entity, not two
    persons = {k for k in keys if k[0] == "person"}
    for i, k in enumerate(keys):
        if k[0] in ("body", "media") and named_col[i] and len(person_parts(str(sources_col[i]))) > 1:
            as_person = _person_key(str(sources_col[i]))
            if as_person in persons:
                keys[i] = as_person

    # 2. a surname alone goes to a full name (`_resolve_surnames`)
    _resolve_surnames(keys, ids_col, [int(x) for x in starts], cites["evidence"].astype(str).tolist(),
                      cites["role"].fillna("").astype(str).tolist(), [str(x) for x in speakers_col])

    # 3. entities: canonical name, id, role and kind; each entity's rows in the order they come
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key, []).append(i)
    names: dict[tuple, str] = {}
    for key, rows_of in groups.items():
        if key in chosen:
            names[key] = chosen[key]
        elif key[0] == "alias":
            names[key] = key[1]
        elif key[0] == "media":
            names[key] = key[1]
        elif key[0] == "person":
            forms = Counter(" ".join(person_parts(str(s))) if len(person_parts(str(s))) > 2 else str(s)
                            for s in (sources_col[i] for i in rows_of) if len(person_parts(str(s))) > 1)
            forms = Counter({f: n for f, n in forms.items() if not re.search(r"(?:’s|'s)$", f)}) or forms
            names[key] = min(forms, key=lambda f: (-forms[f], len(f), f)) if forms else f"{key[1]} {key[2]}"
        elif key[0] == "surname":
            names[key] = key[1]
        else:
            forms = Counter(str(sources_col[i]) for i in rows_of)
            names[key] = min(forms, key=lambda f: (-forms[f], f[:1].islower(), f))
    ids: dict[tuple, str] = {}
    taken: set[str] = set()
    for key in sorted(names, key=lambda k: (k[0] == "unnamed", str(k))):
        base = slug(names[key]) + (f"--{slug(str(key[2]))}" if key[0] == "unnamed" else "")
        sid, n = base, 2
        while sid in taken:
            sid, n = f"{base}-{n}", n + 1
        taken.add(sid)
        ids[key] = sid

    roles_col, affiliations_col = cites["role"].tolist(), cites["affiliation"].tolist()
    evidence_col, outlets_col, quotes_col = cites["evidence"].tolist(), cites["outlet"].tolist(), cites["quote"].tolist()
    rows, updates = [], {}
    for key, rows_of in groups.items():
        kind, role, affiliation, evidence = _entity_role([kinds_col[i] for i in rows_of], [roles_col[i] for i in rows_of],
                                                         [affiliations_col[i] for i in rows_of],
                                                         [evidence_col[i] for i in rows_of])
        rows.append({"source_id": ids[key], "name": names[key],
                     # the forms the corpus names it by; a pronoun that was resolved to it ("he") is not a name
                     "aliases": "; ".join(sorted(a for a in {str(sources_col[i]) for i in rows_of}
                                                 | {str(speakers_col[i]) for i in rows_of}
                                                 if a[:1].isupper() or a[:1].isdigit())),
                     "kind": kind, "role": role, "affiliation": affiliation, "role_evidence": evidence,
                     "outlets": "; ".join(sorted({str(outlets_col[i]) for i in rows_of})),
                     "articles": len({ids_col[i] for i in rows_of}), "citations": len(rows_of),
                     "direct_share": sum(quotes_col[i] == "direct" for i in rows_of) / len(rows_of)})
        updates[key] = (kind, role, affiliation)
    sources = pd.DataFrame(rows, columns=SOURCE_COLUMNS).sort_values(["citations", "name", "source_id"], ascending=[False, True, True],
                                                                    ignore_index=True)
    cites["source_id"] = [ids[k] for k in keys]
    cites["source"] = [names[k] for k in keys]
    for i, k in enumerate(keys):
        kind, role, affiliation = updates[k]
        if k[0] in ("person", "surname", "alias") and kinds_col[i] in PERSON_KINDS:
            kinds_col[i] = kind if kind in PERSON_KINDS else kinds_col[i]
            if not roles_col[i]:
                roles_col[i] = role
            if not affiliations_col[i]:
                affiliations_col[i] = affiliation
    cites["kind"], cites["role"], cites["affiliation"] = kinds_col, roles_col, affiliations_col
    return cites, sources


def _person_key(name: str) -> tuple:
    """("person", first name, surname) for a full name, ("surname", surname) for a surname alone;
    a generational suffix stays with the surname.

    >>> _person_key("Donald Trump Jr."), _person_key("Mr. Trump"), _person_key("Donald J. Trump")
    (('person', 'Donald', 'Trump Jr'), ('surname', 'Trump'), ('person', 'Donald', 'Trump'))
    """
    parts, suffix = person_parts(name), generation(name)
    last = f"{parts[-1]} {suffix}" if suffix else parts[-1]
    return ("person", parts[0], last) if len(parts) > 1 else ("surname", last)


TITLE_WORDS = {"president", "vice-president", "senator", "representative", "congressman", "congresswoman", "governor",
               "secretary", "general", "admiral", "colonel", "mayor", "judge", "justice", "minister", "chancellor",
               "speaker", "professor", "chairman", "chairwoman", "chair", "director", "ambassador", "king", "queen",
               "prince", "princess", "pope", "candidate", "nominee", "leader", "attorney", "lady", "commissioner",
               "sheriff", "chief", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "counsel"}
# the abbreviations citations spell out ("sen." → senator), without their point, and two more
TITLE_SHORT = {k.rstrip("."): v for k, v in TITLE_ABBREVIATIONS.items()} | {"prof": "professor", "pres": "president"}
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
DOMINANT_SHARE = 0.8  # a surname alone, with no full name in its article, goes to the person holding this share


def _titles(role: str) -> set[str]:
    """The title words of a role, abbreviations spelled out ("former Gov." → {"governor"}).

    >>> sorted(_titles("U.S. President-elect")), sorted(_titles("former Sen.")), sorted(_titles("Vice President"))
    (['president'], ['senator'], ['vice-president'])
    """
    words = re.findall(r"[a-z]+(?:-president)?", re.sub(r"\bvice[\s-]+president", "vice-president", role.lower()))
    return {TITLE_SHORT.get(w, w) for w in words} & TITLE_WORDS


def _resolve_surnames(keys: list[tuple], articles: list, starts: list[int], evidence: list[str], roles: list[str],
                      speakers: list[str]) -> None:
    """Replace each ("surname", S) key in ``keys`` by the full name it stands for, when one is clear:

    1. a title the mention carries ("President Trump"; or the role the article gives the person)
       picks, among the full names of that surname, the one the corpus gives that title: in the
       article when one there has it, else the one person in the corpus who has it;
    2. else a full name of that surname in the same article (the latest before the mention when
       the article names two: "Bill Clinton", "Hillary Clinton");
    3. else the one person of that surname in the corpus;
    4. else the person who holds `DOMINANT_SHARE` of the corpus's citations by full name with
       that surname. News copy introduces a person by full name, except the few so prominent that
       it does not, so a surname no full name in its article explains is that person ("Trump" when
       the corpus cites Donald Trump 190 times and Ivanka Trump 5).

    An honorific ("Mr.", "Ms.", "Mrs.") rules out a full name the corpus gives the other one. A
    surname that none of these settles stays its own entity."""
    full_by_last: dict[str, set[tuple]] = {}
    titles_of: dict[tuple, set[str]] = {}
    cited: Counter = Counter()
    for k, role in zip(keys, roles, strict=True):
        if k[0] == "person":
            full_by_last.setdefault(k[2], set()).add(k)
            titles_of.setdefault(k, set()).update(_titles(role))
            cited[k] += 1
    if not full_by_last:
        return
    in_article: dict[str, list[tuple[int, tuple]]] = {}
    # only articles with a surname-only mention need this, and only for surnames their sentences contain
    wanted = {articles[i] for i, k in enumerate(keys) if k[0] == "surname"}
    first_words = {}
    for last in full_by_last:
        first_words.setdefault(last.split()[0], []).append(last)
    patterns = {full: re.compile(rf"\b{re.escape(full[1])}\s+(?:[A-Z]\.\s+|[A-Z][a-z]+\s+)?{_surname_pattern(full[2])}")
                for fulls in full_by_last.values() for full in fulls}
    for i, article in enumerate(articles):
        if article not in wanted:
            continue
        present = {last for w in set(re.findall(r"[^\W\d_][\w’'-]*", evidence[i])) & first_words.keys()
                   for last in first_words[w]}
        for last in sorted(present | ({keys[i][2]} if keys[i][0] == "person" else set())):
            for full in sorted(full_by_last.get(last, ())):
                if keys[i] == full or patterns[full].search(evidence[i]):
                    in_article.setdefault(article, []).append((starts[i], full))
    honorifics = [HONORIFIC_GENDER.get(s.split()[0].rstrip(".").lower(), "") if k[0] in ("person", "surname") and s.split()
                  else "" for k, s in zip(keys, speakers, strict=True)]
    gender_of: dict[tuple, set[str]] = {}  # from honorifics on full names, and on surnames their article explains
    for i, k in enumerate(keys):
        here = ({k} if k[0] == "person" else {f for _, f in in_article.get(articles[i], []) if f[2] == k[-1]}) \
            if honorifics[i] else ()
        if len(here) == 1:
            gender_of.setdefault(next(iter(here)), set()).add(honorifics[i])
    # an honorific rules out the full names the corpus gives the other one (or both)
    ruled_out_by = {h: {f for f, g in gender_of.items() if g != {h}} for h in ("m", "f")} | {"": set()}
    for i, k in enumerate(keys):
        if k[0] != "surname":
            continue
        ruled_out = ruled_out_by[honorifics[i]]
        # "Kennedy" may be "Robert F. Kennedy Jr."; "Trump Jr" is no "Donald Trump"
        candidates = full_by_last.get(k[1], set()) if " " in k[1] else \
            {f for last in first_words.get(k[1], ()) for f in full_by_last[last]}
        fits = candidates - ruled_out
        # in the article, "Trump" may also be the "Donald Trump Jr." it names
        here = [(s, f) for s, f in in_article.get(articles[i], []) if f[2].split()[0] == k[1] and f not in ruled_out]
        words = speakers[i].split()
        titles = _titles(roles[i]) | _titles(" ".join(words[:-1]))
        titled_here = [(s, f) for s, f in here if titles & titles_of[f]]
        titled = [f for f in fits if titles & titles_of[f]]
        if titles and not titled_here and len(titled) == 1:
            keys[i] = titled[0]
            continue
        here = titled_here or here
        if here:
            before = [x for x in here if x[0] <= starts[i]] or here
            keys[i] = max(before, key=lambda x: x[0])[1]
        elif len(fits) == 1:
            keys[i] = next(iter(fits))
        elif fits:
            top = max(sorted(fits), key=lambda f: cited[f])
            if cited[top] >= DOMINANT_SHARE * sum(cited[f] for f in candidates):
                keys[i] = top


def _surname_pattern(last: str) -> str:
    """A surname in running text: "Trump Jr" also as "Trump, Jr."; a surname without a suffix not
    followed by one."""
    word, _, suffix = last.partition(" ")
    if suffix:
        return rf"{re.escape(word)},?\s+{re.escape(suffix)}\b\.?"
    return rf"{re.escape(word)}\b(?!,?\s+(?:Jr|Sr|II|III|IV)\b)"


def _entity_role(kinds: list[str], roles: list[str], affiliations: list[str], evidence: list[str]) -> tuple[str, str, str, str]:
    """kind, role, affiliation and the evidence sentence that states the role, from all mentions
    of one entity (their kinds, roles, affiliations and evidence, in order): the role stated most
    often (ties: the longer statement); the kind that role gives, else the kind most mentions
    carry, ``unknown`` only when nothing states one."""
    stated = [i for i, r in enumerate(roles) if str(r) != ""]
    carried = Counter(k for k in kinds if k != "unknown")
    most = min(carried, key=lambda k: (-carried[k], KIND_PRIORITY.index(k) if k in KIND_PRIORITY else 99)) if carried else "unknown"
    first_affiliation = next((a for a in affiliations if a), "")
    if not stated:
        return most, "", first_affiliation, ""
    counts = Counter(roles[i] for i in stated)
    role = min(counts, key=lambda r: (-counts[r], -len(r), r))
    row = next(i for i in stated if roles[i] == role)
    person = any(k in PERSON_KINDS for k in kinds)
    kind = (role_kind(" ".join((role, str(affiliations[row])))) if person else "") or most
    return kind, role, str(affiliations[row]) or first_affiliation, str(evidence[row])
