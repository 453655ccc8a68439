"""Every table the analysis writes: its columns, declared once, what one row is, and which step
owns it; plus the one CSV writer and reader every step uses.

Cells that hold text from the corpus are untrusted: a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return would be a live formula when the CSV is opened in a
spreadsheet, so the writer prefixes such text cells with an apostrophe, as OWASP recommends
("CSV injection"); numbers are written as numbers. The reader removes that apostrophe again.

>>> escape_cell("=HYPERLINK(\\"http://x\\")")
'\\'=HYPERLINK("http://x")'
>>> unescape_cell(escape_cell("-12 degrees")), escape_cell(-0.5)
('-12 degrees', -0.5)
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    """One output table: ``columns`` in order, what one ``row`` is, the ``owner`` that writes it,
    and which columns hold text (read back as text even when empty)."""

    name: str
    row: str
    owner: str
    columns: tuple[str, ...]
    text: frozenset[str] = frozenset()


READABILITY_FORMULAS = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                        "automated_readability_index", "dale_chall_readability_score", "linsear_write_formula",
                        "text_standard")
READABILITY_COUNTS = ("sentences", "words", "syllables", "polysyllables", "difficult_words", "letters", "characters")
# Kinds of source (see helpers.citations): ``unknown`` where no role is found anywhere in the corpus
# the citations of voices an article presents: its own text, and the social-media posts it embeds ("reference":
# the publications its footnotes list, counted apart)
VOICED_ORIGINS = ("body", "embed")
KINDS = ("expert", "official", "media", "institution", "citizen", "anonymous", "group", "unknown")

_META = ("id", "file", "outlet", "title", "author", "byline", "published", "url", "kind", "country", "language", "notes")
_PER_ARTICLE = "helpers.analysis.analyse_article (per-article map)"
_CORPUS_STEP = "helpers.outlets.corpus_tables (corpus-level step)"
SHARED_TEXT_COLUMNS = ("duplicate_group", "original_share", "own_journalism")  # of articles, filled by the corpus step

TABLES: dict[str, Table] = {t.name: t for t in [
    Table("articles", "article", _PER_ARTICLE + "; shared text (duplicate_group, original_share, own_journalism) by "
          "helpers.outlets.corpus_tables", _META + (
        "headings", "raw_words", "body_words", "paragraphs", "removed_lines", "sentences", "mean_compound",
        "negative_share", "positive_share", "gdelt_tone", "positive_pct", "negative_pct", "quoted_sentences",
        "flesch_kincaid_grade", "citations", "named_sources", "direct_quotes", "wire") + SHARED_TEXT_COLUMNS + ("body",),
        frozenset(_META + ("headings", "wire", "duplicate_group", "body"))),
    Table("sentences", "body sentence", _PER_ARTICLE, (
        "id", "outlet", "paragraph", "sentence", "start", "end", "text", "words", "compound", "pos", "neg", "neu",
        "tone_class", "voice", "quote", "lexicon_positive", "lexicon_negative", "lexicon_words"),
        frozenset({"id", "outlet", "text", "tone_class", "voice"})),
    Table("citations", "attribution", _PER_ARTICLE + "; entities resolved by helpers.outlets.corpus_tables", (
        "id", "outlet", "speaker", "source", "source_id", "kind", "named", "role", "affiliation", "country", "quote", "cue",
        "form", "channel", "quote_text", "evidence", "start", "end", "paragraph", "origin"),
        frozenset({"id", "outlet", "speaker", "source", "source_id", "kind", "role", "affiliation", "country", "quote",
                   "cue", "form", "channel", "quote_text", "evidence", "origin"})),
    Table("readability", "article", _PER_ARTICLE, ("id", "outlet") + READABILITY_FORMULAS + READABILITY_COUNTS + (
        "split_sentences", "mean_sentence_words", "median_sentence_words", "long_sentence_share", "difficult_word_share",
        "smog_reliable", "enough_text", "raw_flesch_kincaid_grade", "raw_flesch_reading_ease", "raw_words"),
        frozenset({"id", "outlet"})),
    Table("cleaning_record", "line of a page that is not body prose", _PER_ARTICLE,
          ("id", "outlet", "line", "action", "reason", "text"), frozenset({"id", "outlet", "action", "reason", "text"})),
    Table("references", "reference-list entry", _PER_ARTICLE,
          ("id", "outlet_citing", "line", "marker", "title", "outlet", "url", "accessed", "text"),
          frozenset({"id", "outlet_citing", "marker", "title", "outlet", "url", "accessed", "text"})),
    Table("exclusions", "file left out", "helpers.pipeline.analyse_corpus", ("file", "reason"),
          frozenset({"file", "reason"})),
    Table("tone_outlets", "outlet", _CORPUS_STEP, (
        "outlet", "articles", "sentences", "unit", "mean_compound", "ci_low", "ci_high", "negative_share",
        "negative_ci_low", "negative_ci_high", "positive_share", "positive_ci_low", "positive_ci_high", "gdelt_tone",
        "gdelt_ci_low", "gdelt_ci_high"), frozenset({"outlet", "unit"})),
    Table("tone_actors", "actor and outlet", _CORPUS_STEP, (
        "actor", "outlet", "sentences", "articles", "mean_compound", "ci_low", "ci_high", "negative_share", "unit"),
        frozenset({"actor", "outlet", "unit"})),
    Table("tone_voice", "outlet and voice", _CORPUS_STEP, (
        "outlet", "voice", "sentences", "articles", "mean_compound", "ci_low", "ci_high", "negative_share", "unit"),
        frozenset({"outlet", "voice", "unit"})),
    Table("tone_extremes", "outlet and extreme", _CORPUS_STEP, (
        "outlet", "extreme", "id", "title", "published", "sentence", "compound", "voice", "words", "text"),
        frozenset({"outlet", "extreme", "id", "title", "published", "voice", "text"})),
    Table("readability_outlets", "outlet", _CORPUS_STEP, (
        "outlet", "articles", "words", "unit", "flesch_kincaid_grade", "flesch_kincaid_grade_ci_low",
        "flesch_kincaid_grade_ci_high", "flesch_reading_ease", "flesch_reading_ease_ci_low", "flesch_reading_ease_ci_high",
        "gunning_fog", "smog_index", "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
        "text_standard", "mean_sentence_words", "long_sentence_share", "difficult_word_share", "short_articles",
        "raw_flesch_kincaid_grade"), frozenset({"outlet", "unit"})),
    Table("sourcing_outlets", "outlet", _CORPUS_STEP, (
        "outlet", "articles", "citations", "named_sources", "named_per_article", "named_per_article_ci_low",
        "named_per_article_ci_high") + tuple(f"{k}_{w}" for k in KINDS for w in ("citations", "sources")) + (
        "direct_share", "mixed_share", "attributed_sentence_share", "anonymous_or_group_share", "unattributed_claims",
        "cited_publications", "channels", "affiliations", "countries"),
        frozenset({"outlet", "channels", "affiliations", "countries"})),
    Table("sources", "source entity (one person, outlet or body across the corpus)", _CORPUS_STEP, (
        "source_id", "name", "aliases", "kind", "role", "affiliation", "role_evidence", "outlets", "articles", "citations",
        "direct_share"), frozenset({"source_id", "name", "aliases", "kind", "role", "affiliation", "role_evidence", "outlets"})),
    Table("shared_sources", "source or channel used by two or more outlets", _CORPUS_STEP,
          ("name", "as", "outlets", "n_outlets", "citations"), frozenset({"name", "as", "outlets"})),
    Table("outlet_tests", "measure and outlet, against the rest of the corpus", _CORPUS_STEP, (
        "measure", "outlet", "estimate", "rest", "difference", "ci_low", "ci_high", "p", "p_holm", "effect_size", "unit",
        "units"), frozenset({"measure", "outlet", "unit"})),
    Table("outlet_extremes", "measure: its lowest and highest outlet", _CORPUS_STEP, (
        "measure", "low", "high", "gap", "ci_low", "ci_high", "p", "p_holm", "pairs", "groups", "effect_size", "unit"),
        frozenset({"measure", "low", "high", "unit"})),
    Table("distinctive_terms", "outlet and distinctive term", _CORPUS_STEP, (
        "outlet", "term", "n_words", "log_odds", "z", "z_needed", "outlet_count", "rest_count", "articles",
        "outlet_articles", "examples"), frozenset({"outlet", "term", "examples"})),
    Table("avoided_terms", "outlet and a term the other outlets use and it avoids", _CORPUS_STEP, (
        "outlet", "term", "n_words", "log_odds", "z", "outlet_count", "rest_count", "rest_articles"),
        frozenset({"outlet", "term"})),
    Table("attention", "actor and outlet", _CORPUS_STEP, (
        "actor", "outlet", "sentences", "sentence_share", "ci_low", "ci_high", "articles", "article_share",
        "article_ci_low", "article_ci_high", "unit"), frozenset({"actor", "outlet", "unit"})),
    Table("shared_passages", "passage of 25 or more words found in two or more articles", _CORPUS_STEP, (
        "passage", "text", "words", "articles", "outlets", "n_articles", "n_outlets"),
        frozenset({"passage", "text", "articles", "outlets"})),
    Table("outlet_boilerplate", "sentence an outlet prints in its own voice in half of its articles or more (page "
          "furniture: left out of the framing terms, never shown as evidence)", _CORPUS_STEP, (
        "outlet", "text", "articles", "outlet_articles", "share", "sentences"), frozenset({"outlet", "text"})),
    Table("sharing_outlets", "outlet: its wire copy, near-duplicates and shared passages", _CORPUS_STEP, (
        "outlet", "articles", "wire_articles", "wire_share", "agencies", "duplicate_articles", "duplicate_share",
        "reprints", "shared_passages", "mean_original_share", "own_articles", "own_share"),
        frozenset({"outlet", "agencies"})),
    Table("outlet_pairs", "pair of outlets that share text", _CORPUS_STEP, (
        "outlet", "other", "shared_passages", "duplicate_groups"), frozenset({"outlet", "other"})),
    Table("actors", "actor and alias (the corpus's actors.csv, or the most named entities found in it)", _CORPUS_STEP, (
        "actor", "alias", "origin", "articles", "outlets"), frozenset({"actor", "alias", "origin"})),
    Table("outlet_scorecard", "outlet", _CORPUS_STEP, (
        "outlet", "kind", "country", "articles", "words", "unit", "tone", "tone_ci_low", "tone_ci_high", "negative_share",
        "grade", "grade_ci_low", "grade_ci_high", "reading_ease", "named_sources", "named_per_article", "experts",
        "officials", "citizens", "unknown_role", "anonymous_or_unnamed", "direct_quote_share", "cited_publications"),
        frozenset({"outlet", "kind", "country", "unit"})),
]}
PER_ARTICLE_TABLES = tuple(n for n, t in TABLES.items() if t.owner.startswith(_PER_ARTICLE))


def escape_cell(value: object) -> object:
    """A text cell made inert for spreadsheets (apostrophe before a formula-leading character)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unescape_cell(value: object) -> object:
    """Undo `escape_cell` on a cell read back."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "".join(FORMULA_START):
        return value[1:]
    return value


def csv_writer(fh, name: str) -> csv.DictWriter:
    """A DictWriter for table ``name`` (declared columns, extra keys ignored, missing ones empty)."""
    return csv.DictWriter(fh, fieldnames=TABLES[name].columns, extrasaction="ignore", restval="")


def write_rows(writer: csv.DictWriter, rows: Iterable[dict]) -> int:
    """Write rows with their text cells escaped; returns how many."""
    fields, write, n = writer.fieldnames, writer.writer.writerow, 0  # the DictWriter's own csv writer, row as a list
    for row in rows:  # a missing column is None, which csv writes as the DictWriter's restval, ""
        write([escape_cell(v) for v in map(row.get, fields)])
        n += 1
    return n


def write_table(df: pd.DataFrame, folder: str | os.PathLike[str], name: str) -> Path:
    """Write ``df`` as ``folder/name.csv`` with exactly the declared columns, in order, text cells
    escaped. A column the table declares but ``df`` lacks is an error (a schema drift)."""
    table = TABLES[name]
    missing = [c for c in table.columns if c not in df.columns]
    if missing:
        raise KeyError(f"table {name}: missing declared column(s) {', '.join(missing)}")
    out = df.loc[:, list(table.columns)].copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(escape_cell)
    path = Path(folder) / f"{name}.csv"
    out.to_csv(path, index=False, lineterminator="\r\n")
    return path


def read_table(folder: str | os.PathLike[str], name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read ``folder/name.csv``: text columns as text ("" for empty), formula escapes undone."""
    table = TABLES.get(name)
    path = Path(folder) / f"{name}.csv"
    header = pd.read_csv(path, nrows=0).columns
    text = table.text if table else frozenset()
    usecols = columns if columns is not None else None
    df = pd.read_csv(path, keep_default_na=False, na_values=[""], usecols=usecols,
                     dtype={c: str for c in header if c in text})
    for column in df.columns:
        if column in text or df[column].dtype == object or pd.api.types.is_string_dtype(df[column]):
            df[column] = df[column].fillna("").astype(str).map(unescape_cell)
    return df


# The outlet-level tables the corpus step writes twice: for every article, and in the folder
# ``own/`` for the outlets' own journalism (no wire copy; a story re-run under several outlets
# counted once, for the first to run it: the articles whose ``own_journalism`` is true).
SCOPED_TABLES = ("tone_outlets", "tone_voice", "tone_actors", "tone_extremes", "readability_outlets", "sourcing_outlets",
                 "shared_sources", "outlet_tests", "outlet_extremes", "outlet_scorecard", "attention")
OWN_FOLDER = "own"
SCOPES = {"all": "every article", "own": "the outlets' own journalism"}


class LazyTables(Mapping):
    """The tables of a folder by name, each read on first use (a notebook that shows the
    scorecard never parses the sentence table). CSV → DataFrame, JSON → dict.

    ``scope="own"``: the outlets' own journalism: the outlet-level tables from ``own/``, and the
    per-article tables (articles, sentences, citations, readability …) limited to the articles
    counted there; every other table as it is."""

    def __init__(self, folder: str | os.PathLike[str], scope: str = "all"):
        if scope not in SCOPES:
            raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        self.folder = Path(folder)
        self.scope = scope
        self._paths = {p.stem: p for p in sorted(self.folder.glob("*.csv")) + sorted(self.folder.glob("*.json"))}
        self._loaded: dict[str, pd.DataFrame | dict] = {}

    def __getitem__(self, name: str) -> pd.DataFrame | dict:
        if name not in self._loaded:
            path = self._paths[name]
            if path.suffix == ".json":
                self._loaded[name] = json.loads(path.read_text(encoding="utf-8"))
            elif self.scope == "own" and name in SCOPED_TABLES:
                self._loaded[name] = read_table(self.folder / OWN_FOLDER, name)
            elif self.scope == "own" and name in PER_ARTICLE_TABLES and name != "articles" and "id" in TABLES[name].columns:
                table = read_table(self.folder, name)
                self._loaded[name] = table[table["id"].isin(set(self["articles"]["id"]))].reset_index(drop=True)
            else:
                table = read_table(self.folder, name)
                if self.scope == "own" and name == "articles":
                    table = table[table["own_journalism"].astype(str) == "True"].reset_index(drop=True)
                self._loaded[name] = table
        return self._loaded[name]

    def __iter__(self):
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


def read_tables(folder: str | os.PathLike[str], scope: str = "all") -> LazyTables:
    """Every table in ``folder`` by name (read lazily), for every article or (``scope="own"``)
    for the outlets' own journalism: see `LazyTables`."""
    return LazyTables(folder, scope)


def markdown_tables() -> str:
    """The README's table of tables (generated from `TABLES`, so the two cannot drift)."""
    lines = ["| table | one row per | written by | columns |", "| --- | --- | --- | --- |"]
    for t in TABLES.values():
        if t.owner.startswith(_PER_ARTICLE + "; "):  # completed by the corpus step
            owner = "per-article map; " + t.owner.split("; ", 1)[1].replace("helpers.outlets.corpus_tables", "the corpus step")
        else:
            owner = {_PER_ARTICLE: "per-article map", _CORPUS_STEP: "corpus-level step"}.get(t.owner, "pipeline")
        lines.append(f"| `{t.name}.csv` | {t.row} | {owner} | " + ", ".join(f"`{c}`" for c in t.columns) + " |")
    return "\n".join(lines)
