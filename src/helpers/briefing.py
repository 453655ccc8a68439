"""The briefing's generated parts: the outlet scorecard, key findings and outlet profiles,
computed from the analysis tables, so that they change with the corpus.

Every function returns plain text or DataFrames; the notebook escapes text before display
(outlet names and quotes come from the corpus and are untrusted).

>>> import pandas as pd
>>> t = pd.DataFrame({"outlet": ["A", "B"], "mean_compound": [-0.3, 0.1], "ci_low": [-0.4, 0.0], "ci_high": [-0.2, 0.2]})
>>> tone_finding(t)
'A is the most negative outlet (mean sentence tone -0.30, 95% interval -0.40 to -0.20) and B the least (+0.10, +0.00 to +0.20); the gap of 0.40 is larger than the uncertainty (the intervals do not overlap).'
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .tone import bootstrap_difference_ci, intervals_overlap

SCORECARD_COLUMNS = ["outlet", "kind", "country", "words", "tone", "tone_ci_low", "tone_ci_high", "negative_share",
                     "grade", "reading_ease", "named_sources", "experts", "officials", "anonymous_or_unnamed",
                     "direct_quote_share", "cited_publications"]


# Columns that hold text in the exported tables: read as text even when a corpus leaves them empty.
TEXT_COLUMNS = {"id", "file", "outlet", "title", "author", "byline", "published", "url", "kind", "country", "language", "notes",
                "headings", "body", "speaker", "source", "role", "affiliation", "channel", "quote", "quote_text", "cue",
                "form", "evidence", "origin", "text", "reason", "action", "voice", "extreme", "channels", "affiliations",
                "countries", "name", "as", "outlets", "marker", "accessed", "outlet_citing", "evidence_contains"}


def load_tables(folder: str | Path) -> dict[str, pd.DataFrame | dict]:
    """Read the tables the analysis notebooks exported (CSV → DataFrame, JSON → dict)."""
    folder = Path(folder)
    tables: dict[str, pd.DataFrame | dict] = {}
    for path in sorted(folder.glob("*.csv")):
        header = pd.read_csv(path, nrows=0).columns
        table = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype={c: str for c in header if c in TEXT_COLUMNS})
        text_columns = [c for c in table.columns if c in TEXT_COLUMNS or table[c].dtype == object]
        table[text_columns] = table[text_columns].fillna("").astype(str)
        tables[path.stem] = table
    for path in sorted(folder.glob("*.json")):
        tables[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return tables


def outlet_scorecard(articles: pd.DataFrame, tone_outlets: pd.DataFrame, readability: pd.DataFrame,
                     sourcing: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet: kind, country, words, tone with its interval, readability grade,
    named sources, experts, officials, anonymous/unnamed attributions, direct-quote share."""
    words = articles.groupby("outlet").agg(kind=("kind", lambda s: ", ".join(sorted(set(s.dropna().astype(str)) - {""}))),
                                           country=("country", lambda s: ", ".join(sorted(set(s.dropna().astype(str)) - {""}))),
                                           words=("body_words", "sum"))
    grade = readability.groupby("outlet").agg(grade=("flesch_kincaid_grade", "mean"), reading_ease=("flesch_reading_ease", "mean"))
    tone = tone_outlets.set_index("outlet").rename(columns={"mean_compound": "tone", "ci_low": "tone_ci_low", "ci_high": "tone_ci_high"})
    src = sourcing.set_index("outlet")
    card = words.join(tone[["tone", "tone_ci_low", "tone_ci_high", "negative_share"]]).join(grade)
    card["named_sources"] = src["named_sources"]
    card["experts"] = src["expert_sources"]
    card["officials"] = src["official_sources"]
    card["anonymous_or_unnamed"] = src["anonymous_citations"] + src["group_citations"]
    card["direct_quote_share"] = src["direct_share"]
    card["cited_publications"] = src["cited_publications"]
    return card.reset_index()[SCORECARD_COLUMNS]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _signed(x: float) -> str:
    return f"{x:+.2f}"


def _verdict(low: float, high: float, subject: str) -> str:
    interval = f"95% interval of the difference {_signed(low)} to {_signed(high)}"
    if low <= 0 <= high:
        return f"within the uncertainty ({interval} includes zero), so {subject}"
    return f"larger than the uncertainty ({interval} excludes zero)"


def tone_finding(tone_outlets: pd.DataFrame, sentences: pd.DataFrame | None = None) -> str:
    """Most vs least negative outlet, and whether the gap exceeds the uncertainty: a bootstrap
    interval of the difference over sentences when ``sentences`` is given, else whether the two
    outlets' own intervals overlap."""
    if len(tone_outlets) < 2:
        row = tone_outlets.iloc[0]
        return (f"{row['outlet']} is the only outlet: mean sentence tone {_signed(row['mean_compound'])} "
                f"(95% interval {_signed(row['ci_low'])} to {_signed(row['ci_high'])}); there is nothing to compare it with.")
    ordered = tone_outlets.sort_values("mean_compound")
    low, high = ordered.iloc[0], ordered.iloc[-1]
    gap = high["mean_compound"] - low["mean_compound"]
    subject = "these outlets cannot be told apart on tone"
    if sentences is not None:
        verdict = _verdict(*bootstrap_difference_ci(sentences.loc[sentences["outlet"] == low["outlet"], "compound"],
                                                    sentences.loc[sentences["outlet"] == high["outlet"], "compound"]), subject)
    elif intervals_overlap((low["ci_low"], low["ci_high"]), (high["ci_low"], high["ci_high"])):
        verdict = f"within the uncertainty (the intervals overlap), so {subject}"
    else:
        verdict = "larger than the uncertainty (the intervals do not overlap)"
    return (f"{low['outlet']} is the most negative outlet (mean sentence tone {_signed(low['mean_compound'])}, "
            f"95% interval {_signed(low['ci_low'])} to {_signed(low['ci_high'])}) and {high['outlet']} the least "
            f"({_signed(high['mean_compound'])}, {_signed(high['ci_low'])} to {_signed(high['ci_high'])}); "
            f"the gap of {gap:.2f} is {verdict}.")


def voice_finding(tone_voice: pd.DataFrame, sentences: pd.DataFrame | None = None, min_sentences: int = 3) -> str | None:
    """The outlet whose quoted voices differ most in tone from its own narration, with a
    bootstrap interval of that difference when ``sentences`` is given."""
    if "quoted" not in tone_voice["voice"].values or "own" not in tone_voice["voice"].values:
        return None
    pivot = tone_voice.pivot(index="outlet", columns="voice")
    candidates = []
    for outlet in pivot.index:
        n_q, n_o = pivot.loc[outlet, ("sentences", "quoted")], pivot.loc[outlet, ("sentences", "own")]
        if pd.notna(n_q) and pd.notna(n_o) and n_q >= min_sentences and n_o >= min_sentences:
            q, o = pivot.loc[outlet, ("mean_compound", "quoted")], pivot.loc[outlet, ("mean_compound", "own")]
            candidates.append((abs(q - o), outlet, q, o, int(n_q), int(n_o)))
    if not candidates:
        return None
    _, outlet, q, o, n_q, n_o = max(candidates)
    direction = "more negative" if q < o else "more positive"
    subject = "this may be chance"
    if sentences is not None:
        mine = sentences[sentences["outlet"] == outlet]
        certainty = _verdict(*bootstrap_difference_ci(mine.loc[mine["voice"] == "own", "compound"],
                                                      mine.loc[mine["voice"] == "quoted", "compound"]), subject)
    else:
        overlap = intervals_overlap((pivot.loc[outlet, ("ci_low", "quoted")], pivot.loc[outlet, ("ci_high", "quoted")]),
                                    (pivot.loc[outlet, ("ci_low", "own")], pivot.loc[outlet, ("ci_high", "own")]))
        certainty = f"within the uncertainty (the intervals overlap), so {subject}" if overlap else "larger than the uncertainty"
    return (f"In {outlet}, the quoted voices ({n_q} sentences, mean {_signed(q)}) are {direction} than the outlet's own "
            f"narration ({n_o} sentences, {_signed(o)}); the difference is {certainty}.")


def readability_finding(readability: pd.DataFrame, band: tuple[float, float] = (8.0, 10.0)) -> str:
    by = readability.groupby("outlet").agg(grade=("flesch_kincaid_grade", "mean"), sentence=("mean_sentence_words", "mean"))
    if len(by) < 2:
        outlet, row = next(iter(by.iterrows()))
        return f"{outlet} reads at Flesch–Kincaid grade {row['grade']:.1f}, with {row['sentence']:.0f} words per sentence on average."
    hard, easy = by["grade"].idxmax(), by["grade"].idxmin()
    above = int((by["grade"] > band[1]).sum())
    return (f"{hard} is the hardest to read (Flesch–Kincaid grade {by.loc[hard, 'grade']:.1f}, {by.loc[hard, 'sentence']:.0f} words "
            f"per sentence) and {easy} the easiest ({by.loc[easy, 'grade']:.1f}, {by.loc[easy, 'sentence']:.0f} words per sentence), "
            f"a gap of {by.loc[hard, 'grade'] - by.loc[easy, 'grade']:.1f} grades; {above} of {len(by)} outlets write above the "
            f"grade {band[0]:.0f}–{band[1]:.0f} range aimed at a general audience.")


def sourcing_finding(sourcing: pd.DataFrame) -> str:
    most = sourcing["named_sources"].max()
    leaders = sourcing[sourcing["named_sources"] == most].sort_values("outlet")
    none = sourcing[sourcing["named_sources"] == 0]["outlet"].tolist()
    detail = "; ".join(f"{r['outlet']}: {int(r['expert_sources'])} experts, {int(r['official_sources'])} officials"
                       for _, r in leaders.iterrows())
    if len(leaders) == 1:
        parts = [f"{leaders.iloc[0]['outlet']} names the most sources ({int(most)}: {detail.split(': ', 1)[1]})"]
    else:
        parts = [f"{' and '.join(leaders['outlet'])} name the most sources ({int(most)} each; {detail})"]
    if none:
        parts.append(f"{', '.join(none)} {'names' if len(none) == 1 else 'name'} none")
    unnamed = sourcing.assign(u=sourcing["anonymous_citations"] + sourcing["group_citations"]).sort_values("u", ascending=False).iloc[0]
    if unnamed["u"] > 0:
        claims = int(unnamed["unattributed_claims"])
        of_which = f", {claims} of them claims attributed to no one" if claims else ""
        parts.append(f"{unnamed['outlet']} leans most on unnamed voices ({int(unnamed['u'])} anonymous or group attributions{of_which})")
    return "; ".join(parts) + "."


def shared_finding(shared: pd.DataFrame) -> str | None:
    if shared is None or shared.empty:
        return None
    row = shared.iloc[0]
    role = "channel" if row["as"] == "channel" else "source"
    return (f"The most shared {role} is {row['name']}, used by {int(row['n_outlets'])} outlets ({row['outlets']}); "
            f"{len(shared)} source(s) or channel(s) appear in more than one outlet.")


def key_findings(tables: dict) -> list[str]:
    """Three to six findings, each a comparison and its size, from the exported tables."""
    sentences = tables.get("sentences")
    findings = [tone_finding(tables["tone_outlets"], sentences), voice_finding(tables["tone_voice"], sentences),
                readability_finding(tables["readability"]), sourcing_finding(tables["sourcing_outlets"]),
                shared_finding(tables.get("shared_sources"))]
    return [f for f in findings if f][:6]


def outlet_profiles(scorecard: pd.DataFrame, sourcing: pd.DataFrame) -> dict[str, str]:
    """A short paragraph per outlet, generated from its numbers and its rank among the outlets."""
    n = len(scorecard)
    tone_rank = scorecard["tone"].rank(method="min").astype(int)  # 1 = most negative
    grade_rank = scorecard["grade"].rank(method="min", ascending=False).astype(int)  # 1 = hardest
    src = sourcing.set_index("outlet")
    profiles = {}
    for i, row in scorecard.iterrows():
        what = ", ".join(x for x in (row["kind"], row["country"]) if isinstance(x, str) and x) or "kind and country not given"
        channels = _text(src.loc[row["outlet"], "channels"]) if row["outlet"] in src.index else ""
        affiliations = _text(src.loc[row["outlet"], "affiliations"]) if row["outlet"] in src.index else ""
        text = (f"{row['outlet']} ({what}; {int(row['words']):,} words of prose). Tone: mean {_signed(row['tone'])} "
                f"(95% interval {_signed(row['tone_ci_low'])} to {_signed(row['tone_ci_high'])}), {row['negative_share']:.0%} of "
                f"sentences clearly negative, rank {tone_rank[i]} of {n} from most negative. Readability: Flesch–Kincaid grade "
                f"{row['grade']:.1f}, rank {grade_rank[i]} of {n} from hardest. Sources: {int(row['named_sources'])} named "
                f"({int(row['experts'])} experts, {int(row['officials'])} officials), {int(row['anonymous_or_unnamed'])} "
                f"anonymous or unnamed-group attributions")
        if pd.notna(row["direct_quote_share"]):
            text += f", {row['direct_quote_share']:.0%} of attributions quoted directly"
        if row["cited_publications"]:
            text += f", and a reference list of {int(row['cited_publications'])} publications"
        text += "."
        if affiliations:
            text += f" Affiliations cited: {affiliations.rstrip('.')}."
        if channels:
            text += f" Media used as a channel: {channels.rstrip('.')}."
        profiles[row["outlet"]] = text
    return profiles
