"""The corpus-level step: from the per-article tables to one row per outlet (tone, voice, actors,
readability, sourcing, the scorecard), each with intervals that respect the article as the unit
(`helpers.stats`), and the comparisons between outlets with the number of comparisons allowed for.

Everything here is a pure function of the per-article tables, so the notebooks, ``make
briefing``, ``make analyse`` and a Dask run all get the same tables; `corpus_tables` reads the
per-article tables from a folder and writes the rest beside them.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

import numpy as np
import pandas as pd

from . import stats
from .entities import read_aliases, resolve_entities
from .paths import resolve
from .readability import FLESCH_KINCAID_MIN, FLESCH_READING_EASE_MAX
from .schema import (
    KINDS,
    OWN_FOLDER,
    SCOPED_TABLES,
    TABLES,
    VOICED_ORIGINS,
    read_table,
    write_table,
)
from .tone import actor_mentions
from .validation import citation_validity, tone_validity

SHARED_TEXT_IN_BACKGROUND = 48  # from this many articles the similarity search runs on another core
ORDINARY_SENTENCE_WORDS = (8, 40)  # evidence sentences: long enough to say something, short enough to read
TONE, SHARE = (-1.0, 1.0), (0.0, 1.0)  # what a mean VADER compound and a share can be: no interval goes past them
GRADE, EASE = (FLESCH_KINCAID_MIN, math.inf), (-math.inf, FLESCH_READING_EASE_MAX)
MEASURE_BOUNDS = {"tone": TONE, "negative_share": SHARE, "named_per_article": (0.0, math.inf), "grade": GRADE}
MEASURES = {  # measure → (table, column, denominator or None, label for the briefing)
    "tone": ("sentences", "compound", None, "mean sentence tone"),
    "negative_share": ("sentences", "negative", None, "share of clearly negative sentences"),
    "grade": ("articles", "flesch_kincaid_grade", None, "Flesch–Kincaid grade"),
    "named_per_article": ("articles", "named_sources", None, "named sources per article"),
}


def _with_indicators(sentences: pd.DataFrame) -> pd.DataFrame:
    return sentences.assign(negative=(sentences["tone_class"] == "negative").astype(float),
                            positive=(sentences["tone_class"] == "positive").astype(float),
                            lexicon_balance=100.0 * (sentences["lexicon_positive"] - sentences["lexicon_negative"]))


def _interval_columns(boots: dict[str, stats.GroupBootstrap], name: str, low: str, high: str) -> pd.DataFrame:
    table = stats.interval_table(boots, name)
    return table.rename(columns={f"{name}_ci_low": low, f"{name}_ci_high": high}).set_index("outlet")


def tone_outlets(sentences: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: mean sentence tone, shares of clearly negative and positive sentences, and
    the GDELT-style tone (% positive − % negative words), each with a bootstrap 95% interval
    that resamples articles (sentences only for a single-article outlet: ``unit``)."""
    s = _with_indicators(sentences)
    tone = _interval_columns(stats.bootstrap_by_group(s, "outlet", "compound", prefix="tone:", bounds=TONE), "mean_compound",
                             "ci_low", "ci_high")
    neg = _interval_columns(stats.bootstrap_by_group(s, "outlet", "negative", prefix="neg:", bounds=SHARE), "negative_share",
                            "negative_ci_low", "negative_ci_high")
    pos = _interval_columns(stats.bootstrap_by_group(s, "outlet", "positive", prefix="pos:", bounds=SHARE), "positive_share",
                            "positive_ci_low", "positive_ci_high")
    gdelt = _interval_columns(stats.bootstrap_by_group(s, "outlet", "lexicon_balance", denominator="lexicon_words",
                                                       prefix="gdelt:", bounds=(-100.0, 100.0)), "gdelt_tone", "gdelt_ci_low",
                         "gdelt_ci_high")
    counts = s.groupby("outlet").agg(articles=("id", "nunique"), sentences=("id", "size"))
    out = counts.join(tone).join(neg.drop(columns=["unit", "units"])).join(pos.drop(columns=["unit", "units"]))
    out = out.join(gdelt.drop(columns=["unit", "units"]))
    return out.reset_index()


def tone_voice(sentences: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and voice (the outlet's own narration, or quoted and attributed material)."""
    s = _with_indicators(sentences)
    rows = []
    for (outlet, voice), part in s.groupby(["outlet", "voice"], sort=True):
        b = stats.group_bootstrap(part["compound"], part["id"], key=f"voice:{outlet}:{voice}", bounds=TONE)
        lo, hi = b.interval
        rows.append({"outlet": outlet, "voice": voice, "sentences": len(part), "articles": part["id"].nunique(),
                     "mean_compound": b.estimate, "ci_low": lo, "ci_high": hi,
                     "negative_share": part["negative"].mean(), "unit": b.unit})
    return pd.DataFrame(rows, columns=["outlet", "voice", "sentences", "articles", "mean_compound", "ci_low", "ci_high",
                                       "negative_share", "unit"])


def tone_actors(sentences: pd.DataFrame, actors: dict[str, list[str]],
                mentions: dict[str, np.ndarray] | None = None) -> pd.DataFrame:
    """Per actor and outlet: sentences mentioning the actor (any alias), their mean tone with a
    bootstrap interval (articles resampled), and the share clearly negative. ``mentions``: the
    `actor_mentions` of ``sentences``, when already computed."""
    s = _with_indicators(sentences)
    rows = []
    outlets = sorted(s["outlet"].unique())
    mentions = actor_mentions(sentences, actors) if mentions is None else mentions
    for actor, flags in mentions.items():
        hit = s[flags]
        by_outlet = dict(list(hit.groupby("outlet", sort=True)))
        for outlet in outlets:
            part = by_outlet.get(outlet, hit.head(0))
            b = stats.group_bootstrap(part["compound"], part["id"], key=f"actor:{actor}:{outlet}", bounds=TONE)
            lo, hi = b.interval
            rows.append({"actor": actor, "outlet": outlet, "sentences": len(part), "articles": part["id"].nunique(),
                         "mean_compound": b.estimate if len(part) else np.nan, "ci_low": lo, "ci_high": hi,
                         "negative_share": part["negative"].mean() if len(part) else np.nan, "unit": b.unit})
    return pd.DataFrame(rows, columns=["actor", "outlet", "sentences", "articles", "mean_compound", "ci_low", "ci_high",
                                       "negative_share", "unit"])


def tone_extremes(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each outlet's most negative and most positive sentence of ordinary length (see
    ``ORDINARY_SENTENCE_WORDS``), with its article's title and date, as evidence."""
    lo, hi = ORDINARY_SENTENCE_WORDS
    ordinary = sentences[sentences["words"].between(lo, hi)]
    meta = articles.set_index("id")[["title", "published"]]
    parts = []
    for _, group in ordinary.groupby("outlet", sort=True):
        parts.append(group.nsmallest(1, ["compound"]).assign(extreme="most negative"))
        parts.append(group.nlargest(1, ["compound"]).assign(extreme="most positive"))
    columns = ["outlet", "extreme", "id", "title", "published", "sentence", "compound", "voice", "words", "text"]
    if not parts:
        return pd.DataFrame(columns=columns)
    out = pd.concat(parts, ignore_index=True).join(meta, on="id")
    return out[columns]


def long_enough(table: pd.DataFrame, short_ids: set) -> pd.DataFrame:
    """The rows (articles) whose ``id`` is not in ``short_ids`` (the readability table's articles
    under `helpers.readability.MIN_WORDS` words: `short_articles`); an outlet all of whose
    articles are short keeps them all (its figures are then flagged by ``short_articles``). A
    teaser or a video page's caption would otherwise pull an outlet's readability about on a
    sentence or two."""
    enough = ~table["id"].isin(short_ids)
    keep = enough | ~enough.groupby(table["outlet"]).transform("any")
    return table[keep]


def short_articles(readability: pd.DataFrame) -> set:
    """Ids of the articles too short for the readability formulas (``enough_text`` false): one
    list for the readability table and the grade tests, so both leave out the same articles."""
    return set(readability.loc[~readability["enough_text"].astype(bool), "id"])


def readability_outlets(readability: pd.DataFrame, short: set | None = None) -> pd.DataFrame:
    """Per outlet: the mean of each article's scores (the article is the unit), with bootstrap
    intervals over articles for the two headline formulas (none for a single article). Articles
    under 100 words (``short``, default `short_articles` of the table) are left out of the means
    when the outlet has longer ones (`long_enough`); ``articles`` and ``short_articles`` count them all."""
    short = short_articles(readability) if short is None else short
    counts = readability.groupby("outlet").agg(articles=("id", "size"),
                                               short_articles=("id", lambda ids: int(ids.isin(short).sum())))
    readability = long_enough(readability, short)
    grade = _interval_columns(stats.bootstrap_by_group(readability, "outlet", "flesch_kincaid_grade", prefix="grade:", bounds=GRADE),
                              "flesch_kincaid_grade", "flesch_kincaid_grade_ci_low", "flesch_kincaid_grade_ci_high")
    ease = _interval_columns(stats.bootstrap_by_group(readability, "outlet", "flesch_reading_ease", prefix="ease:", bounds=EASE),
                             "flesch_reading_ease", "flesch_reading_ease_ci_low", "flesch_reading_ease_ci_high")
    means = readability.groupby("outlet").agg(
        words=("words", "sum"), gunning_fog=("gunning_fog", "mean"),
        smog_index=("smog_index", "mean"), coleman_liau_index=("coleman_liau_index", "mean"),
        automated_readability_index=("automated_readability_index", "mean"),
        dale_chall_readability_score=("dale_chall_readability_score", "mean"), text_standard=("text_standard", "mean"),
        mean_sentence_words=("mean_sentence_words", "mean"), long_sentence_share=("long_sentence_share", "mean"),
        difficult_word_share=("difficult_word_share", "mean"),
        raw_flesch_kincaid_grade=("raw_flesch_kincaid_grade", "mean"))
    unit = grade["unit"].where(grade["unit"] != "sentence", "article")  # one value per article: never sentences
    out = counts.join(means).join(grade.drop(columns=["unit", "units"])).join(ease.drop(columns=["unit", "units"]))
    out["unit"] = unit
    return out.reset_index()


def attributed_sentences(sentences: pd.DataFrame, citations: pd.DataFrame) -> pd.Series:
    """Boolean per sentence: does it carry (or continue) an attribution to a source?"""
    body = citations[citations["origin"].isin(VOICED_ORIGINS) & (citations["form"] != "unattributed passive")]
    pairs = sentences[["id", "start", "end"]].reset_index().merge(
        body[["id", "start", "end"]].rename(columns={"start": "c_start", "end": "c_end"}), on="id")
    overlapping = pairs.loc[(pairs["c_start"] < pairs["end"]) & (pairs["c_end"] > pairs["start"]), "index"]
    return pd.Series(sentences.index.isin(overlapping.unique()), index=sentences.index)


def sourcing_outlets(citations: pd.DataFrame, sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: citations, distinct named sources (and per article, with an interval over
    articles), sources by kind, direct-quote share, share of sentences carrying an attribution,
    anonymous and unnamed-group share, cited publications, affiliations, countries."""
    outlets = sorted(articles["outlet"].unique())
    attributed = attributed_sentences(sentences, citations).groupby(sentences["outlet"]).mean()
    per_article = _interval_columns(stats.bootstrap_by_group(articles, "outlet", "named_sources", prefix="named:", bounds=(0.0, math.inf)),
                                    "named_per_article", "named_per_article_ci_low", "named_per_article_ci_high")
    body_all = citations[citations["origin"].isin(VOICED_ORIGINS)]
    refs = citations[citations["origin"] == "reference"].groupby("outlet").size()
    rows = []
    for outlet in outlets:
        c = body_all[body_all["outlet"] == outlet]
        entity = "source_id" if "source_id" in c and (c["source_id"] != "").any() else "source"
        row = {"outlet": outlet, "articles": int((articles["outlet"] == outlet).sum()), "citations": len(c),
               "named_sources": c.loc[c["named"].astype(bool), entity].nunique(),
               **per_article.loc[outlet, ["named_per_article", "named_per_article_ci_low", "named_per_article_ci_high"]]}
        for kind in KINDS:
            row[f"{kind}_citations"] = int((c["kind"] == kind).sum())
            row[f"{kind}_sources"] = c.loc[c["kind"] == kind, entity].nunique()
        row["direct_share"] = (c["quote"] == "direct").mean() if len(c) else np.nan
        row["mixed_share"] = (c["quote"] == "mixed").mean() if len(c) else np.nan
        row["attributed_sentence_share"] = attributed.get(outlet, np.nan)
        row["anonymous_or_group_share"] = c["kind"].isin(["anonymous", "group"]).mean() if len(c) else np.nan
        row["unattributed_claims"] = int((c["form"] == "unattributed passive").sum())
        row["cited_publications"] = int(refs.get(outlet, 0))
        row["channels"] = "; ".join(sorted({re.sub(r"^the\s+", "", ch, flags=re.I) for ch in c["channel"]} - {""}))
        row["affiliations"] = "; ".join(sorted(set(c["affiliation"]) - {""}))
        row["countries"] = "; ".join(sorted(set(c["country"]) - {""}))
        rows.append(row)
    return pd.DataFrame(rows)


def _measure_rows(measure: str, sentences: pd.DataFrame, articles: pd.DataFrame, short: set | None = None) -> pd.DataFrame:
    table, column, _, _ = MEASURES[measure]
    data = _with_indicators(sentences) if table == "sentences" else articles
    if measure == "grade" and short:
        data = long_enough(data, short)  # the articles readability_outlets leaves out
    return data[["outlet", "id", column]].rename(columns={column: "value"})


def outlet_tests(sentences: pd.DataFrame, articles: pd.DataFrame, short: set | None = None) -> pd.DataFrame:
    """Each outlet against the rest of the corpus on each measure (`stats.versus_rest`), with
    Holm-adjusted p-values over the outlets; ``short``: articles left out of the grade (`short_articles`)."""
    parts = []
    for measure in MEASURES:
        rows = _measure_rows(measure, sentences, articles, short)
        if rows["outlet"].nunique() < 2:
            continue
        parts.append(stats.versus_rest(rows, "outlet", "value", prefix=f"{measure}:",
                                       bounds=MEASURE_BOUNDS[measure]).assign(measure=measure))
    columns = ["measure", "outlet", "estimate", "rest", "difference", "ci_low", "ci_high", "p", "p_holm", "effect_size",
               "unit", "units"]
    return pd.concat(parts, ignore_index=True)[columns] if parts else pd.DataFrame(columns=columns)


def outlet_extremes(sentences: pd.DataFrame, articles: pd.DataFrame, short: set | None = None) -> pd.DataFrame:
    """For each measure: the lowest and highest outlet, their gap with its interval, Cohen's d,
    and the Holm-adjusted p of that pair among all pairs of outlets."""
    rows = []
    for measure in MEASURES:
        boots = stats.bootstrap_by_group(_measure_rows(measure, sentences, articles, short), "outlet", "value",
                                         prefix=f"{measure}:", bounds=MEASURE_BOUNDS[measure])
        found = stats.extremes_test(boots)
        if found:
            rows.append({"measure": measure, **{k: v for k, v in found.items() if k != "units"},
                         "unit": "/".join(sorted(found["units"]))})
    return pd.DataFrame(rows, columns=["measure", "low", "high", "gap", "ci_low", "ci_high", "p", "p_holm", "pairs",
                                       "groups", "effect_size", "unit"])


def _joined(values: pd.Series) -> str:
    return ", ".join(sorted(set(values.dropna().astype(str)) - {""}))


def outlet_scorecard(articles: pd.DataFrame, tone: pd.DataFrame, readability: pd.DataFrame,
                     sourcing: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet: kind, country, articles, words, tone with its interval, grade with its
    interval, named sources (in all and per article), experts, officials, anonymous or unnamed
    attributions, direct-quote share, cited publications."""
    meta = articles.groupby("outlet").agg(kind=("kind", _joined), country=("country", _joined),
                                          articles=("id", "size"), words=("body_words", "sum"))
    t = tone.set_index("outlet").rename(columns={"mean_compound": "tone", "ci_low": "tone_ci_low",
                                                 "ci_high": "tone_ci_high"})
    r = readability.set_index("outlet").rename(columns={
        "flesch_kincaid_grade": "grade", "flesch_kincaid_grade_ci_low": "grade_ci_low",
        "flesch_kincaid_grade_ci_high": "grade_ci_high", "flesch_reading_ease": "reading_ease"})
    src = sourcing.set_index("outlet")
    card = meta.join(t[["unit", "tone", "tone_ci_low", "tone_ci_high", "negative_share"]])
    card = card.join(r[["grade", "grade_ci_low", "grade_ci_high", "reading_ease"]])
    card["named_sources"] = src["named_sources"]
    card["named_per_article"] = src["named_per_article"]
    card["experts"] = src["expert_sources"]
    card["officials"] = src["official_sources"]
    card["citizens"] = src["citizen_sources"]
    card["unknown_role"] = src["unknown_sources"]
    card["anonymous_or_unnamed"] = src["anonymous_citations"] + src["group_citations"]
    card["direct_quote_share"] = src["direct_share"]
    card["cited_publications"] = src["cited_publications"]
    return card.reset_index()


def framing_tables(folder: Path, articles: pd.DataFrame, sentences: pd.DataFrame,
                   boilerplate: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Distinctive and avoided terms (from the per-batch term counts the map wrote, which are then
    removed: they are an intermediate, not a table), without the words of the outlets'
    ``boilerplate`` sentences (rows of the sentences table)."""
    from .terms import (
        avoided_terms,
        distinctive_terms,
        merge_counts,
        term_examples,
        without_sentences,
    )

    path = folder / "term_counts.csv"
    counts = merge_counts(pd.read_csv(path, keep_default_na=False, dtype={"outlet": str, "term": str}))
    path.unlink()
    if boilerplate is not None:
        counts = without_sentences(counts, articles, boilerplate)
    per_outlet = articles.groupby("outlet").size()
    terms = distinctive_terms(counts, per_outlet)
    terms["examples"] = term_examples(terms, sentences)
    return {"distinctive_terms": terms, "avoided_terms": avoided_terms(counts, per_outlet)}


def outlet_tables(articles: pd.DataFrame, sentences: pd.DataFrame, citations: pd.DataFrame, readability: pd.DataFrame,
                  actors: dict[str, list[str]], mentions: dict[str, np.ndarray] | None = None,
                  furniture: np.ndarray | None = None) -> dict[str, pd.DataFrame]:
    """Every outlet-level table (tone, voice, actors, evidence, readability, sourcing, the tests
    and the scorecard) from the per-article tables of the articles given: the corpus step calls
    it for all articles and again for the outlets' own journalism (`helpers.schema.SCOPED_TABLES`).
    ``furniture`` marks the sentences that are an outlet's boilerplate: counted as printed, never
    chosen as evidence."""
    from .terms import attention

    mentions = actor_mentions(sentences, actors) if mentions is None else mentions
    tone = tone_outlets(sentences)
    short = short_articles(readability)  # one list for the readability table and the grade tests
    read = readability_outlets(readability, short)
    sourcing = sourcing_outlets(citations, sentences, articles)
    return {
        "tone_outlets": tone,
        "tone_voice": tone_voice(sentences),
        "tone_actors": tone_actors(sentences, actors, mentions),
        "tone_extremes": tone_extremes(sentences if furniture is None else sentences[~furniture], articles),
        "readability_outlets": read,
        "sourcing_outlets": sourcing,
        "shared_sources": shared_sources(citations),
        "outlet_tests": outlet_tests(sentences, articles, short),
        "outlet_extremes": outlet_extremes(sentences, articles, short),
        "outlet_scorecard": outlet_scorecard(articles, tone, read, sourcing),
        "attention": attention(sentences, articles, actors, mentions),
    }


def shared_sources(citations: pd.DataFrame) -> pd.DataFrame:
    """Sources, channels and cited publications that more than one outlet uses."""
    rows = []
    if citations.empty or "source" not in citations:  # a corpus without a single attribution
        return pd.DataFrame(rows, columns=["name", "as", "outlets", "n_outlets", "citations"])
    for column, what in (("source", "source"), ("channel", "channel")):
        data = citations[citations[column] != ""]
        if column == "source":
            data = data[data["named"]]
        for _, group in data.groupby(data[column].str.replace(r"^the\s+", "", regex=True, case=False).str.lower()):
            outlets = sorted(set(group["outlet"]))
            if len(outlets) > 1:
                rows.append({"name": group[column].iloc[0], "as": what, "outlets": "; ".join(outlets),
                             "n_outlets": len(outlets), "citations": len(group)})
    return pd.DataFrame(rows, columns=["name", "as", "outlets", "n_outlets", "citations"]).sort_values(
        ["n_outlets", "citations"], ascending=False, ignore_index=True)


def _memory_kb(field: str) -> int:
    """A field of /proc/self/status in kB (VmRSS: resident now; VmHWM: the peak), 0 elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _shared_text_columns(ids: list[str], outlets: list[str], bodies: list[str],
                         wire: list[str]) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """`helpers.sharedtext.shared_text` on the map's wire marks, without the wire column (the
    articles table has it), and what it cost: seconds, and the memory it added to its process at
    the peak (MB)."""
    import time

    from .sharedtext import shared_text

    started, resident = time.perf_counter(), _memory_kb("VmRSS")
    found, passages = shared_text(ids, outlets, bodies, wire=wire)
    passages.attrs.clear()
    cost = {"shared_text_s": round(time.perf_counter() - started, 2),
            "shared_text_added_mb": round(max(_memory_kb("VmHWM") - resident, 0) / 1024, 1)}
    return found.drop(columns=["wire"]), passages, cost


# --- the step ----------------------------------------------------------------------------


def corpus_tables(folder: str | os.PathLike[str], corpus: str | os.PathLike[str], timings: dict | None = None) -> dict[str, int]:
    """Read the per-article tables in ``folder``, write every corpus-level table beside them
    (and the outlet-level ones again in ``folder/own`` for the outlets' own journalism), and
    return their row counts. ``corpus`` is the corpus folder (for ``actors.csv``, ``aliases.csv``);
    ``timings``, if given, receives the seconds (and the shared-text search's memory) of each part."""
    import time

    clock = time.perf_counter()
    timings = {} if timings is None else timings

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 2)
        clock = now

    from .actors import DISCOVERED, FROM_FILE, actors_table, discover_actors
    from .parallel import in_background
    from .sharedtext import outlet_boilerplate, outlet_pairs, own_journalism, sharing_outlets
    from .tone import actor_file_for, read_actors

    folder = Path(folder)
    articles = read_table(folder, "articles")
    counts: dict[str, int] = {}
    if articles.empty:
        return counts
    # the similarity search runs on another core while this one computes the outlet tables
    shared = in_background(_shared_text_columns, articles["id"].tolist(), articles["outlet"].tolist(),
                           articles["body"].tolist(), articles["wire"].tolist(),
                           min_size=SHARED_TEXT_IN_BACKGROUND, size=len(articles))
    sentences = read_table(folder, "sentences", ["id", "outlet", "words", "compound", "tone_class", "voice", "text",
                                                 "sentence", "start", "end", "lexicon_positive", "lexicon_negative",
                                                 "lexicon_words"])
    # an outlet's boilerplate (a sentence of its own voice in half of its articles or more) is page
    # furniture: left out of the framing terms and never chosen as evidence, listed in its own table
    boilerplate, furniture = outlet_boilerplate(sentences)
    citations = read_table(folder, "citations")
    citations["named"] = citations["named"].map(lambda v: str(v) == "True")
    readability = read_table(folder, "readability")
    validity = citation_validity(citations)  # against the answer key: names as written, before resolution
    citations, sources = resolve_entities(citations, read_aliases(resolve(corpus) / "aliases.csv"))
    actor_file = actor_file_for(corpus)
    actors = read_actors(actor_file) if actor_file else discover_actors(sentences, articles["outlet"].unique().tolist())
    lap("read_and_resolve_s")
    mentions = actor_mentions(sentences, actors)
    tables = outlet_tables(articles, sentences, citations, readability, actors, mentions, furniture)
    lap("outlet_tables_s")
    tables.update(framing_tables(folder, articles, sentences[~furniture], sentences[furniture]))
    tables["outlet_boilerplate"] = boilerplate
    lap("terms_s")
    found, passages, cost = shared.result()
    timings.update(cost)
    lap("waiting_for_shared_text_s")
    articles = articles.drop(columns=["duplicate_group", "original_share"]).merge(found, on="id", how="left", validate="1:1")
    articles["own_journalism"] = own_journalism(articles)
    tables["actors"] = actors_table(actors, FROM_FILE if actor_file else DISCOVERED, sentences, mentions)
    tables.update({"articles": articles, "citations": citations, "sources": sources, "shared_passages": passages,
                   "sharing_outlets": sharing_outlets(articles, passages), "outlet_pairs": outlet_pairs(articles, passages)})
    for name, table in tables.items():
        write_table(table, folder, name)
        counts[name] = len(table)
    own_folder = folder / OWN_FOLDER
    own_folder.mkdir(exist_ok=True)
    keep = articles["own_journalism"].to_numpy(bool)
    if keep.all():  # nothing shared: the own-journalism tables are the same tables
        scoped = {name: tables[name] for name in SCOPED_TABLES}
    elif keep.any():
        ids = set(articles.loc[keep, "id"])
        in_own = sentences["id"].isin(ids).to_numpy()
        scoped = outlet_tables(articles[keep], sentences[in_own], citations[citations["id"].isin(ids)],
                               readability[readability["id"].isin(ids)], actors,
                               {a: flags[in_own] for a, flags in mentions.items()}, furniture[in_own])
    else:  # every article is wire copy or a re-run: the own-journalism tables are empty
        scoped = {name: pd.DataFrame(columns=list(TABLES[name].columns)) for name in SCOPED_TABLES}
    for name, table in scoped.items():
        write_table(table, own_folder, name)
    lap("own_journalism_s")
    (folder / "tone_validity.json").write_text(json.dumps(tone_validity(), indent=2) + "\n", encoding="utf-8")
    (folder / "citation_validity.json").write_text(json.dumps(validity, indent=2) + "\n", encoding="utf-8")
    return counts
