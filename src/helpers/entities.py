"""Sources as entities across a corpus: one person, one source, the right kind.

`helpers.citations.find_citations` works one article at a time and records a source as the
article writes it ("Mr. Trump", "Donald J. Trump", "Trump’s", "CNN.", "the Times"). The corpus
step `resolve_entities` turns those surface forms into entities:

- a person's full name, surname, honorific ("Mr.", "Mrs.", "Ms.", "Dr."), title ("Sen.", "Gov.",
  "Rep.", "President"), middle initial ("Donald J. Trump") and possessive ("Trump’s") forms are
  one entity, with a stable id (a slug of the canonical name: ``donald-trump``);
- a surname alone goes to the full name the same article used (the latest one before it, when
  two people of that surname appear: "Bill Clinton", "Hillary Clinton"); only when the article
  gives no full name does it go to the one person of that surname in the corpus, and a surname
  shared by two people in the corpus is never merged blindly across articles;
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
from .citations import role_kind
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
    """The words of a person's name without honorifics, titles, middle initials and the possessive.

    >>> person_parts("Mr. Trump’s"), person_parts("Donald J. Trump"), person_parts("Sen. Ted Cruz")
    (['Trump'], ['Donald', 'Trump'], ['Ted', 'Cruz'])
    """
    words = re.sub(r"(?:’s|'s|’|')$", "", name.strip(" ,.;:")).split()
    words = [re.sub(r"(?:’s|'s)$", "", w) for w in words]
    while len(words) > 1 and (words[0].lower() in HONORIFICS or words[0].lower() in TITLES):
        words.pop(0)
    core = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and re.fullmatch(r"[A-Z]\.?", w))]
    return core or words


def _is_person(row: pd.Series) -> bool:
    return bool(row["named"]) and row["kind"] in PERSON_KINDS


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

    # 1. each row's key: ("alias", name), ("person", first, last) / ("surname", last), ("media", name), ("body", name)
    keys: list[tuple] = []
    chosen: dict[tuple, str] = {}  # names the alias file gives
    for _, row in cites.iterrows():
        source, speaker = str(row["source"]), str(row.get("speaker", row["source"]))
        target = aliased(source) or aliased(speaker)
        if target:
            parts = person_parts(target)
            key = ("media", media_key(target)) if row["kind"] == "media" else \
                ("person", parts[0], parts[-1]) if _is_person(row) and len(parts) > 1 else ("alias", target)
            chosen[key] = target
            keys.append(key)
        elif row["kind"] == "media":
            keys.append(("media", media_key(source)))
        elif _is_person(row):
            parts = person_parts(source)
            keys.append(("person", parts[0], parts[-1]) if len(parts) > 1 else ("surname", parts[-1]))
        elif row["named"]:
            keys.append(("body", re.sub(r"^the\s+", "", source.strip(" .,;:"), flags=re.I)))
        else:
            keys.append(("unnamed", source.strip().lower(), row["id"]))

    # 2. full names by surname, in the corpus and per article (from sources and evidence sentences)
    full_by_last: dict[str, set[tuple]] = {}
    for k in keys:
        if k[0] == "person":
            full_by_last.setdefault(k[2], set()).add(k)
    in_article: dict[str, list[tuple[int, tuple]]] = {}
    # only articles with a surname-only mention need this, and only for surnames their sentences contain
    wanted = {cites.at[i, "id"] for i, k in enumerate(keys) if k[0] == "surname"}
    patterns = {full: re.compile(rf"\b{re.escape(full[1])}\s+(?:[A-Z]\.\s+|[A-Z][a-z]+\s+)?{re.escape(last)}\b")
                for last, fulls in full_by_last.items() for full in fulls}
    for i, (article, evidence) in enumerate(zip(cites["id"], cites["evidence"].astype(str), strict=True)):
        if article not in wanted:
            continue
        present = set(re.findall(r"[^\W\d_][\w’'-]*", evidence)) & full_by_last.keys()
        for last in sorted(present | ({keys[i][2]} if keys[i][0] == "person" else set())):
            for full in sorted(full_by_last.get(last, ())):
                if keys[i] == full or patterns[full].search(evidence):
                    in_article.setdefault(article, []).append((int(starts[i]), full))
    for i, k in enumerate(keys):
        if k[0] != "surname":
            continue
        last, row = k[1], cites.loc[i]
        here = [(s, f) for s, f in in_article.get(row["id"], []) if f[2] == last]
        if here:
            before = [x for x in here if x[0] <= int(starts[i])] or here
            keys[i] = max(before, key=lambda x: x[0])[1] if len({f for _, f in here}) > 1 else here[0][1]
        elif len(full_by_last.get(last, ())) == 1:
            keys[i] = next(iter(full_by_last[last]))
        # else: no full name in the article and none or several in the corpus: the surname stays its own entity

    # 3. entities: canonical name, id, role and kind
    cites["_key"] = keys
    names: dict[tuple, str] = {}
    for key, group in cites.groupby("_key", sort=False):
        if key in chosen:
            names[key] = chosen[key]
        elif key[0] == "alias":
            names[key] = key[1]
        elif key[0] == "media":
            names[key] = key[1]
        elif key[0] == "person":
            forms = Counter(" ".join(person_parts(str(s))) if len(person_parts(str(s))) > 2 else str(s)
                            for s in group["source"] if len(person_parts(str(s))) > 1)
            forms = Counter({f: n for f, n in forms.items() if not re.search(r"(?:’s|'s)$", f)}) or forms
            names[key] = min(forms, key=lambda f: (-forms[f], len(f), f)) if forms else f"{key[1]} {key[2]}"
        elif key[0] == "surname":
            names[key] = key[1]
        else:
            forms = Counter(str(s) for s in group["source"])
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

    rows, updates = [], {}
    for key, group in cites.groupby("_key", sort=False):
        kind, role, affiliation, evidence = _entity_role(group)
        rows.append({"source_id": ids[key], "name": names[key],
                     # the forms the corpus names it by; a pronoun that was resolved to it ("he") is not a name
                     "aliases": "; ".join(sorted(a for a in set(group["source"].astype(str))
                                                 | set(group.get("speaker", group["source"]).astype(str))
                                                 if a[:1].isupper() or a[:1].isdigit())),
                     "kind": kind, "role": role, "affiliation": affiliation, "role_evidence": evidence,
                     "outlets": "; ".join(sorted(set(group["outlet"].astype(str)))), "articles": group["id"].nunique(),
                     "citations": len(group), "direct_share": float((group["quote"] == "direct").mean())})
        updates[key] = (kind, role, affiliation)
    sources = pd.DataFrame(rows, columns=SOURCE_COLUMNS).sort_values(["citations", "name", "source_id"], ascending=[False, True, True],
                                                                    ignore_index=True)
    cites["source_id"] = [ids[k] for k in cites["_key"]]
    cites["source"] = [names[k] for k in cites["_key"]]
    for i, k in enumerate(cites["_key"]):
        kind, role, affiliation = updates[k]
        if k[0] in ("person", "surname", "alias") and cites.at[i, "kind"] in PERSON_KINDS:
            cites.at[i, "kind"] = kind if kind in PERSON_KINDS else cites.at[i, "kind"]
            if not cites.at[i, "role"]:
                cites.at[i, "role"] = role
            if not cites.at[i, "affiliation"]:
                cites.at[i, "affiliation"] = affiliation
    return cites.drop(columns="_key"), sources


def _entity_role(group: pd.DataFrame) -> tuple[str, str, str, str]:
    """kind, role, affiliation and the evidence sentence that states the role, from all mentions
    of one entity: the role stated most often (ties: the longer statement); the kind that role
    gives, else the kind most mentions carry, ``unknown`` only when nothing states one."""
    stated = group[group["role"].astype(str) != ""]
    kinds = Counter(k for k in group["kind"] if k != "unknown")
    if stated.empty:
        kind = min(kinds, key=lambda k: (-kinds[k], KIND_PRIORITY.index(k) if k in KIND_PRIORITY else 99)) if kinds else "unknown"
        return kind, "", next((a for a in group["affiliation"] if a), ""), ""
    counts = Counter(stated["role"])
    role = min(counts, key=lambda r: (-counts[r], -len(r), r))
    row = stated[stated["role"] == role].iloc[0]
    person = group["kind"].isin(PERSON_KINDS).any()
    kind = (role_kind(" ".join((role, str(row["affiliation"])))) if person else "") or \
        (min(kinds, key=lambda k: (-kinds[k], KIND_PRIORITY.index(k) if k in KIND_PRIORITY else 99)) if kinds else "unknown")
    return kind, role, str(row["affiliation"]) or next((a for a in group["affiliation"] if a), ""), str(row["evidence"])
