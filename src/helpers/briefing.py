"""The briefing's words, in one place: key findings and outlet profiles generated from the tables,
and the methods and limitations that the briefing, the notebooks and the README all quote.

Every function returns plain text; the notebook escapes it before display (outlet names and
quotes come from the corpus and are untrusted). A finding calls two outlets different only when
the difference survives the number of comparisons made (Holm's method over every pair of
outlets, or over outlets against the rest of the corpus), and gives its size.

>>> import pandas as pd
>>> ext = pd.DataFrame([{"measure": "tone", "low": "A", "high": "B", "gap": 0.4, "ci_low": 0.3, "ci_high": 0.5,
...                      "p": 1e-6, "p_holm": 1e-6, "pairs": 1, "groups": 2, "effect_size": 1.2, "unit": "article"}])
>>> t = pd.DataFrame({"outlet": ["A", "B"], "mean_compound": [-0.3, 0.1], "ci_low": [-0.4, 0.0], "ci_high": [-0.2, 0.2],
...                   "articles": [10, 12], "unit": ["article", "article"]})
>>> print(tone_finding(t, ext))
A is the most negative outlet (mean sentence tone -0.30, 95% interval -0.40 to -0.20) and B the least (+0.10, +0.00 to +0.20): a gap of 0.40 (Cohen's d 1.20), larger than the uncertainty (Holm-adjusted p < 0.001).
"""

from __future__ import annotations

import math

import pandas as pd

from .schema import SCOPES
from .stats import ALPHA, MIN_ARTICLES, POOLED_BELOW, RESAMPLES

NAMES_SHOWN = 3  # a finding names at most this many outlets per list, then says how many more
GENERAL_AUDIENCE = (8.0, 10.0)
FEW_ARTICLES = 5  # an outlet a finding names with fewer articles than this, beside outlets with more, is flagged

# --- methods and limitations (quoted by the briefing, the notebooks and the README) ---------

STATISTICS_METHOD = (
    "Intervals are percentile bootstrap 95% intervals ({resamples:,} resamples, fixed seed), widened for outlets of "
    "few articles as the tests are (the bootstrap's standard error corrected by √(n/(n−1)) for n articles, and "
    "Student's t quantiles: with three articles the plain interval would cover the mean only three times in "
    "four), and never past what the measure can be (a tone of −1 to +1, a share of 0 to 100%, a Flesch–Kincaid grade of −3.4 or more). An outlet of fewer than "
    "{pooled_below} articles is never given a smaller article-to-article spread than the one pooled over all outlets "
    "(two articles that happen to agree say little of how an outlet's articles vary). When an outlet has "
    "{min_articles} or more articles the article is the unit: whole articles are resampled with their sentences "
    "(a cluster bootstrap), because sentences of one article are not independent; an outlet with a single article "
    "falls back to resampling its sentences, which describes that article, not the outlet. Article-level measures "
    "(readability grade, sources per article) are compared across articles. Two outlets are called different only "
    "when the difference survives Holm's correction for every pairwise comparison among the outlets (p from "
    "Student's t with bootstrap standard errors, corrected for the number of articles, and Welch–Satterthwaite "
    "degrees of freedom, so that an outlet of a few articles needs a much larger difference); each outlet is "
    "also compared with the rest of the "
    "corpus, Holm-adjusted over outlets. Effect sizes are Cohen's d on article means (on sentences for "
    "single-article outlets), measured against the same pooled spread at least for an outlet of fewer than "
    "{pooled_below} articles."
)

LIMITATIONS = [
    "Tone is lexicon-based (VADER): words such as 'war', 'threat' or 'missile' are negative whoever uses them, so "
    "conflict reporting reads as negative even when neutral in intent, and VADER agrees with human raters only "
    "moderately (r about 0.5).",
    "Citation rules find attributions by sentence structure, not a trained model: they miss attributions through "
    "distant participles and unclear pronouns, recognise names by capitalisation and word lists, and know a "
    "person's role only where the text states it.",
    "Readability formulas count surface features (sentence length, syllables, familiar-word lists), were "
    "calibrated on American school texts, and treat a translation like an original.",
    "Distinctive terms treat words as independent draws: a sentence an outlet prints word for word in half of its "
    "articles or more is left out as boilerplate, but a block it repeats less often, or reworded, still makes its phrases "
    "look distinctive; the thresholds allow for the number of terms compared, not for such repetition.",
    "Cleaning is rule-based: a caption without a credit or caption cue is read as prose, and a page whose "
    "paragraphs are not separated by line breaks is read as one paragraph. A post embedded in a page is found by its "
    "signature line (\u201c\u2014 Jane Roe (@janeroe) May 2, 2026\u201d) and cited as its author's (origin \u201cembed\u201d); "
    "its text counts in tone only where the page prints it as a paragraph of its own, and an embed without such a "
    "signature is read as the outlet's prose.",
    "Differences between outlets partly reflect genre (news, opinion, analysis), story selection and dates, "
    "not only how each outlet writes.",
]

READABILITY_CAVEATS = [
    "They count surface features (sentence length, syllables, word lists), not meaning: a short sentence full of "
    "jargon scores as easy.",
    "They were calibrated on American school texts decades ago; a translated article and non-native English prose "
    "are measured by the same ruler without adjustment.",
    "SMOG needs 30 sentences and every grade formula swings on short texts: articles under 100 words are flagged, and left out of an outlet's readability figures when it has longer ones.",
    "Proper names count as difficult words (Dale–Chall): a story dense with foreign names scores harder than its "
    "sentences are.",
]


def markdown_limitations() -> str:
    """The general limitations as a Markdown list (the README quotes this)."""
    return "\n".join(f"- {item}" for item in LIMITATIONS)


def statistics_method() -> str:
    """The statistics paragraph of the methods, with the constants in force."""
    return STATISTICS_METHOD.format(resamples=RESAMPLES, min_articles=MIN_ARTICLES, pooled_below=POOLED_BELOW)


def resampling(articles: pd.DataFrame) -> str:
    """How the outlet intervals were resampled, for a caption: whole articles, sentences (one
    article per outlet), or both, naming how many outlets fell back to sentences.

    >>> resampling(pd.DataFrame({"outlet": ["A", "A", "B"]}))
    'resampling whole articles (sentences for the 1 outlet with a single article)'
    """
    per_outlet = articles.groupby("outlet").size()
    if per_outlet.max() < MIN_ARTICLES:
        return "resampling sentences (one article per outlet)"
    few = int((per_outlet < MIN_ARTICLES).sum())
    if not few:
        return "resampling whole articles"
    return f"resampling whole articles (sentences for the {few} outlet{'s' if few > 1 else ''} with a single article)"


def corpus_limitations(articles: pd.DataFrame) -> list[str]:
    """The limitations that depend on this corpus, before the general ones."""
    per_outlet = articles.groupby("outlet").size()
    items = []
    if per_outlet.max() < MIN_ARTICLES:
        items.append(f"Each outlet is represented by a single article ({len(articles)} in all): every figure "
                     "describes these articles, not the outlets' coverage in general, and intervals are over "
                     "sentences.")
    elif per_outlet.min() < MIN_ARTICLES:
        few = per_outlet[per_outlet < MIN_ARTICLES].index.tolist()
        items.append(f"{len(few)} outlet(s) have a single article ({names(few)}): their intervals are over sentences "
                     "and describe that article only.")
    else:
        each = (f"{per_outlet.min():,} each" if per_outlet.min() == per_outlet.max() else
                f"{per_outlet.min():,} to {per_outlet.max():,} each")
        items.append(f"The articles are {len(articles):,} from {len(per_outlet)} outlets ({each}): they describe the "
                     "outlets' coverage only as far as the collection is representative of it.")
    translated = articles[articles["notes"].str.contains("translat", case=False)
                          | articles["outlet"].str.contains("translat", case=False)]["outlet"].unique().tolist()
    if translated:
        items.append(f"{names(translated)} {'is a translation' if len(translated) == 1 else 'are translations'}: "
                     "tone words and sentence lengths are the translator's as much as the outlet's.")
    return items + LIMITATIONS


# --- wording helpers ---------------------------------------------------------------------


def names(items: list[str], limit: int = NAMES_SHOWN) -> str:
    """'A, B and C', or 'A, B, C and 4 more' past ``limit``.

    >>> names(["A", "B", "C", "D", "E"])
    'A, B, C and 2 more'
    """
    items = list(items)
    if len(items) > limit:
        return ", ".join(items[:limit]) + f" and {len(items) - limit} more"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _signed(x: float) -> str:
    return f"{x:+.2f}"


def _p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}" if p < 0.01 else f"p = {p:.2f}"


def _extreme(extremes: pd.DataFrame, measure: str) -> dict | None:
    rows = extremes[extremes["measure"] == measure] if extremes is not None and len(extremes) else None
    return None if rows is None or rows.empty else rows.iloc[0].to_dict()


def _verdict(ext: dict, subject: str) -> str:
    d = f"Cohen's d {ext['effect_size']:.2f}" if not math.isnan(ext["effect_size"]) else "no effect size"
    among = (f" even allowing for all {int(ext['pairs'])} pairwise comparisons among {int(ext['groups'])} outlets"
             if ext["pairs"] > 1 else "")
    if ext["p_holm"] < ALPHA:
        return f"({d}), larger than the uncertainty{among} (Holm-adjusted {_p(ext['p_holm'])})"
    among = (f" once the {int(ext['pairs'])} pairwise comparisons among {int(ext['groups'])} outlets are allowed for"
             if ext["pairs"] > 1 else "")
    return f"({d}), within the uncertainty{among} (Holm-adjusted {_p(ext['p_holm'])}), so {subject}"


ONE_ARTICLE_FACTOR = 3  # a lead "rests on one article" when that article names this many times the outlet's other articles' mean
MIN_ATTRIBUTIONS_FOR_SHARE = 10  # "leans most on unnamed voices" compares outlets with at least this many attributions


def _few(table: pd.DataFrame, outlet: str) -> str:
    """" (2 articles)" after an outlet that has fewer than `FEW_ARTICLES` articles when others have
    more: its mean rests on few articles, and an extreme among many outlets is often such a one.

    >>> t = pd.DataFrame({"outlet": ["A", "B"], "articles": [2, 40]})
    >>> _few(t, "A"), _few(t, "B")
    (' (2 articles)', '')
    """
    if "articles" not in table:
        return ""
    n = table.loc[table["outlet"] == outlet, "articles"]
    if n.empty or n.iloc[0] >= FEW_ARTICLES or table["articles"].max() < FEW_ARTICLES:
        return ""
    return f" ({int(n.iloc[0])} article{'' if n.iloc[0] == 1 else 's'})"


def _unit_note(table: pd.DataFrame) -> str:
    if "unit" in table and (table["unit"] == "sentence").all():
        return " With one article per outlet, sentences are the unit: this compares articles, not outlets."
    return ""


# --- findings ----------------------------------------------------------------------------


def tone_finding(tone_outlets: pd.DataFrame, extremes: pd.DataFrame | None) -> str:
    """Most against least negative outlet, and whether the gap survives the comparisons made."""
    if len(tone_outlets) < 2:
        row = tone_outlets.iloc[0]
        return (f"{row['outlet']} is the only outlet: mean sentence tone {_signed(row['mean_compound'])} "
                f"(95% interval {_signed(row['ci_low'])} to {_signed(row['ci_high'])}); there is nothing to compare it with.")
    ext = _extreme(extremes, "tone")
    by = tone_outlets.set_index("outlet")
    if ext is None:
        low, high = by["mean_compound"].idxmin(), by["mean_compound"].idxmax()
        verdict = "(no interval to compare)"
    else:
        low, high = ext["low"], ext["high"]
        verdict = _verdict(ext, "these outlets cannot be told apart on tone")
    lo, hi = by.loc[low], by.loc[high]
    return (f"{low}{_few(tone_outlets, low)} is the most negative outlet (mean sentence tone {_signed(lo['mean_compound'])}, 95% interval "
            f"{_signed(lo['ci_low'])} to {_signed(lo['ci_high'])}) and {high}{_few(tone_outlets, high)} the least ({_signed(hi['mean_compound'])}, "
            f"{_signed(hi['ci_low'])} to {_signed(hi['ci_high'])}): a gap of {round(hi['mean_compound'], 2) - round(lo['mean_compound'], 2):.2f} "
            f"{verdict}." + _unit_note(tone_outlets))


def versus_rest_finding(tests: pd.DataFrame, measure: str, what: str, fmt: str = "{:+.2f}") -> str | None:
    """How many outlets differ from the rest of the corpus on a measure (Holm over outlets)."""
    rows = tests[tests["measure"] == measure] if tests is not None and len(tests) else None
    if rows is None or len(rows) < 3:
        return None
    hits = rows[rows["p_holm"] < ALPHA]
    if hits.empty:
        return (f"No outlet differs from the rest of the corpus in {what} once the {len(rows)} comparisons are "
                f"allowed for (Holm-adjusted p ≥ {ALPHA:.2f} for every outlet).")
    parts = []
    for direction, sign in (("lower", -1), ("higher", 1)):
        side = hits[hits["difference"] * sign > 0].sort_values("difference", ascending=sign < 0)
        if not side.empty:
            listed = [f"{r['outlet']} ({fmt.format(r['difference'])}, d {r['effect_size']:+.2f})" for _, r in side.iterrows()]
            parts.append(f"{direction}: {names(listed)}")
    return (f"{len(hits)} of {len(rows)} outlets differ from the rest of the corpus in {what} (Holm-adjusted p < "
            f"{ALPHA:.2f}; difference from the rest, Cohen's d): " + "; ".join(parts) + ".")


def voice_finding(tone_voice: pd.DataFrame, min_sentences: int = 3) -> str | None:
    """The outlet whose quoted voices differ most in tone from its own narration."""
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
    overlap = not (pivot.loc[outlet, ("ci_high", "quoted")] < pivot.loc[outlet, ("ci_low", "own")]
                   or pivot.loc[outlet, ("ci_high", "own")] < pivot.loc[outlet, ("ci_low", "quoted")])
    certainty = ("the two intervals overlap, so this may be chance" if overlap else
                 "the two 95% intervals do not overlap")
    return (f"Of the {len(candidates)} outlet{'' if len(candidates) == 1 else 's'} with at least {min_sentences} sentences in each voice, the largest gap "
            f"between quoted voices and the outlet's own narration is in "
            f"{outlet}: quoted sentences ({n_q:,}, mean {_signed(q)}) are {direction} than its own ({n_o:,}, {_signed(o)}); "
            f"{certainty}.")


def readability_finding(readability_outlets: pd.DataFrame, extremes: pd.DataFrame | None,
                        band: tuple[float, float] = GENERAL_AUDIENCE) -> str:
    by = readability_outlets.set_index("outlet")
    if len(by) < 2:
        outlet, row = next(iter(by.iterrows()))
        return (f"{outlet} reads at Flesch–Kincaid grade {row['flesch_kincaid_grade']:.1f}, with "
                f"{row['mean_sentence_words']:.0f} words per sentence on average.")
    ext = _extreme(extremes, "grade")
    easy, hard = (ext["low"], ext["high"]) if ext else (by["flesch_kincaid_grade"].idxmin(), by["flesch_kincaid_grade"].idxmax())
    above = int((by["flesch_kincaid_grade"] > band[1]).sum())
    gap = round(by.loc[hard, "flesch_kincaid_grade"], 1) - round(by.loc[easy, "flesch_kincaid_grade"], 1)  # as shown
    verdict = (_verdict(ext, "the outlets cannot be told apart on grade") if ext else
               "(one article per outlet: no interval, so the gap describes these articles)")
    return (f"{hard}{_few(readability_outlets, hard)} is the hardest to read (mean Flesch–Kincaid grade "
            f"{by.loc[hard, 'flesch_kincaid_grade']:.1f}, {by.loc[hard, 'mean_sentence_words']:.0f} words per sentence) and "
            f"{easy}{_few(readability_outlets, easy)} the easiest "
            f"({by.loc[easy, 'flesch_kincaid_grade']:.1f}, {by.loc[easy, 'mean_sentence_words']:.0f} words per sentence): "
            f"a gap of {gap:.1f} grades {verdict}; {above} of {len(by)} outlets write above the grade "
            f"{band[0]:.0f}–{band[1]:.0f} range aimed at a general audience.")


def one_article_lead(by: pd.DataFrame, articles: pd.DataFrame | None, outlet: str) -> str:
    """When the outlet with the most named sources per article leads only because of one article (a
    live blog of embedded posts, a round-up of reactions): what that article carries and where the
    outlet stands without it; else ""."""
    if articles is None or "named_sources" not in articles:
        return ""
    mine = articles.loc[articles["outlet"] == outlet, "named_sources"].astype(float)
    if len(mine) < 2:
        return ""
    heaviest = mine.max()
    without = (mine.sum() - heaviest) / (len(mine) - 1)
    others = by.drop(index=outlet)["named_per_article"].dropna()
    if others.empty or without >= others.max() or heaviest < ONE_ARTICLE_FACTOR * max(without, 1.0):
        return ""  # no lead to lose, or an article like the others: a close race, not one article's doing
    second = others.idxmax()
    return (f"the lead of {outlet} rests on one article, which names {int(heaviest)} sources: without it, {outlet} names "
            f"{without:.1f} per article, fewer than {second} ({others.max():.1f})")


def _count(n, noun: str) -> str:
    """"1 official", "3 officials" (a count of whole things, plural after any number but one)."""
    return f"{int(n):,} {noun}{'' if int(n) == 1 else 's'}"


def sourcing_finding(sourcing: pd.DataFrame, extremes: pd.DataFrame | None, articles: pd.DataFrame | None = None) -> str:
    """The outlets naming the most and fewest sources per article (``articles``, the per-article
    table, shows whether the lead rests on one article) and the one leaning most on unnamed voices."""
    by = sourcing.set_index("outlet")
    ext = _extreme(extremes, "named_per_article")
    parts = []
    if ext:
        hi, lo = ext["high"], ext["low"]
        parts.append(f"{hi}{_few(sourcing, hi)} names the most sources per article ({by.loc[hi, 'named_per_article']:.1f}; "
                     f"{_count(by.loc[hi, 'expert_sources'], 'distinct expert')} and "
                     f"{_count(by.loc[hi, 'official_sources'], 'official')} in all) and {lo}{_few(sourcing, lo)} the fewest ({by.loc[lo, 'named_per_article']:.1f}) "
                     + _verdict(ext, "the difference may be chance"))
        lead = one_article_lead(by, articles, hi)
        if lead:
            parts.append(lead)
    else:
        most = by["named_sources"].max()
        leaders = sorted(by.index[by["named_sources"] == most])
        detail = "; ".join(f"{o}: {_count(by.loc[o, 'expert_sources'], 'expert')}, {_count(by.loc[o, 'official_sources'], 'official')}"
                           for o in leaders[:NAMES_SHOWN])
        verb = "names" if len(leaders) == 1 else "name"
        parts.append(f"{names(leaders)} {verb} the most sources ({int(most)}{' each' if len(leaders) > 1 else ''}; {detail})")
    none = sorted(by.index[by["named_sources"] == 0])
    if none:
        parts.append(f"{names(none)} {'names' if len(none) == 1 else 'name'} none")
    unnamed = by["anonymous_citations"] + by["group_citations"]
    # "leans on" is a share of the outlet's attributions (a per-article count favours outlets that attribute
    # more of everything), among outlets with enough attributions for a share to mean something
    counted = by["citations"] >= MIN_ATTRIBUTIONS_FOR_SHARE
    enough = by[counted] if counted.any() else by
    share = enough["anonymous_or_group_share"].fillna(0)
    if unnamed.max() > 0 and share.max() > 0:
        top = share.idxmax()
        n = int(unnamed[top])
        claims = int(by.loc[top, "unattributed_claims"])
        of_which = (f", {claims} of them {'a claim' if claims == 1 else 'claims'} attributed to no one" if claims else "")
        per = (f"; {n / by.loc[top, 'articles']:.1f} per article" if by.loc[top, "articles"] > 1 else "")
        parts.append(f"{top} leans most on unnamed voices ({share[top]:.0%} of its {int(by.loc[top, 'citations']):,} "
                     f"attributions are anonymous or to a group: {n:,}{per}{of_which})")
    return "; ".join(parts) + "."


def shared_finding(shared: pd.DataFrame | None) -> str | None:
    """The source or channel used by the most outlets (or how many share that top count)."""
    if shared is None or shared.empty:
        return None
    top = shared[shared["n_outlets"] == shared["n_outlets"].max()]
    n = int(top["n_outlets"].iloc[0])
    row = top.sort_values(["citations", "name"], ascending=[False, True]).iloc[0]
    role = "channel" if row["as"] == "channel" else "source"
    total = f"{len(shared)} source{'' if len(shared) == 1 else 's'} or channel{'' if len(shared) == 1 else 's'} appear in more than one outlet"
    if len(top) == 1:
        outlets = row["outlets"].split("; ")
        return f"The most shared {role} is {row['name']}, used by {n} outlets ({names(outlets)}); {total}."
    return (f"{len(top)} sources or channels are used by {n} outlets each, the most cited of them {row['name']} "
            f"({int(row['citations'])} citations); {total}.")


def key_findings(tables: dict) -> list[str]:
    """The key findings, each a comparison with its size and its uncertainty, from the tables."""
    extremes, tests = tables.get("outlet_extremes"), tables.get("outlet_tests")
    findings = [tone_finding(tables["tone_outlets"], extremes),
                versus_rest_finding(tests, "tone", "mean sentence tone"),
                voice_finding(tables["tone_voice"]),
                readability_finding(tables["readability_outlets"], extremes),
                sourcing_finding(tables["sourcing_outlets"], extremes, tables.get("articles")),
                shared_finding(tables.get("shared_sources")),
                single_article_note(tables["tone_outlets"])]
    return [f for f in findings if f]


def single_article_note(tone_outlets: pd.DataFrame) -> str | None:
    """Which outlets the comparisons leave out: those of one article, when two or more outlets have
    several (`helpers.stats.comparable`)."""
    if "unit" not in tone_outlets:
        return None
    single = sorted(tone_outlets.loc[tone_outlets["unit"] == "sentence", "outlet"])
    if not single or (tone_outlets["unit"] == "article").sum() < 2:
        return None
    return (f"{len(single)} outlet{'s' if len(single) > 1 else ''} with a single article ({names(single)}) "
            f"{'are' if len(single) > 1 else 'is'} described in the tables but left out of the comparisons between outlets "
            "above (not of the comparison of an outlet's quoted voices with its own narration): one article describes "
            "itself, not its outlet.")


def outlet_profiles(scorecard: pd.DataFrame, sourcing: pd.DataFrame) -> dict[str, str]:
    """A short paragraph per outlet, generated from its numbers and its rank among the outlets."""
    n = len(scorecard)
    tone_rank = scorecard["tone"].rank(method="min").astype(int)  # 1 = most negative
    grade_rank = scorecard["grade"].rank(method="min", ascending=False).astype(int)  # 1 = hardest
    src = sourcing.set_index("outlet")
    profiles = {}
    for i, row in scorecard.iterrows():
        what = ", ".join(x for x in (row["kind"], row["country"]) if isinstance(x, str) and x) or "kind and country not given"
        interval = (f" (95% interval {_signed(row['tone_ci_low'])} to {_signed(row['tone_ci_high'])})"
                    if pd.notna(row["tone_ci_low"]) else "")
        articles = int(row["articles"])
        text = (f"{row['outlet']} ({what}; {articles:,} article{'s' if articles != 1 else ''}, {int(row['words']):,} words "
                f"of prose). Tone: mean {_signed(row['tone'])}{interval}, {row['negative_share']:.0%} of sentences clearly "
                f"negative, rank {tone_rank[i]} of {n} from most negative. Readability: Flesch–Kincaid grade "
                f"{row['grade']:.1f}, rank {grade_rank[i]} of {n} from hardest. Sources: {int(row['named_sources'])} named "
                f"({int(row['experts'])} experts, {int(row['officials'])} officials"
                + (f"; {row['named_per_article']:.1f} per article" if articles > 1 else "")
                + f"), {int(row['anonymous_or_unnamed'])} anonymous or unnamed-group attributions")
        if pd.notna(row["direct_quote_share"]):
            text += f", {row['direct_quote_share']:.0%} of attributions quoted directly"
        if row["cited_publications"]:
            text += f", and {int(row['cited_publications'])} publications in reference lists"
        text += "."
        channels = src.loc[row["outlet"], "channels"] if row["outlet"] in src.index else ""
        if isinstance(channels, str) and channels:
            listed = channels.split("; ")
            text += f" Media used as a channel: {names(listed, 5)}."
        profiles[row["outlet"]] = text
    return profiles


# --- shared text -------------------------------------------------------------------------

SCOPE_MEASURES = {  # measure (as in outlet_extremes) → (scorecard column, label, format)
    "tone": ("tone", "mean sentence tone", "{:+.2f}"),
    "negative_share": ("negative_share", "share of clearly negative sentences", "{:.0%}"),
    "grade": ("grade", "Flesch–Kincaid grade", "{:.1f}"),
    "named_per_article": ("named_per_article", "named sources per article", "{:.1f}"),
}


def shared_text_summary(sharing: pd.DataFrame, passages: pd.DataFrame) -> str:
    """What is shared in the corpus, in one paragraph: wire copy, near-duplicates, passages, and
    what is left as the outlets' own journalism."""
    n = int(sharing["articles"].sum())
    wire, dups = int(sharing["wire_articles"].sum()), int(sharing["duplicate_articles"].sum())
    own = int(sharing["own_articles"].sum())
    if wire == 0 and dups == 0 and passages.empty:
        return (f"No shared text: none of the {n:,} articles carries an agency's dateline, byline or credit, no two are "
                "the same story, and no passage of 25 words or more appears in two of them. Every article counts as its "
                "outlet's own journalism, so the findings are the same on either basis.")
    agencies = sorted({a for cell in sharing["agencies"] for a in str(cell).split("; ") if a})
    parts = [f"{wire:,} of the {n:,} articles ({wire / n:.0%}) {'is' if wire == 1 else 'are'} wire copy"
             + (f" ({names(agencies, 5)})" if agencies else "")]
    parts.append(f"{dups:,} belong{'s' if dups == 1 else ''} to a group of near-duplicates (the same story under another "
                 f"headline or outlet), {int(sharing['reprints'].sum()):,} of them re-runs of a story another article of the "
                 "group ran first")
    parts.append(f"{len(passages):,} passage{'' if len(passages) == 1 else 's'} of 25 words or more "
                 f"appear{'s' if len(passages) == 1 else ''} in two or more articles")
    shared = 1 - sharing["own_share"]
    most = sorted(sharing.loc[shared == shared.max(), "outlet"]) if shared.max() > 0 else []
    lead = ""
    if len(most) == 1:
        top = sharing.set_index("outlet").loc[most[0]]
        lead = (f" {most[0]} carries the most: {1 - top['own_share']:.0%} of its {int(top['articles']):,} "
                f"article{'' if int(top['articles']) == 1 else 's'} are wire copy or re-runs.")
    elif most:
        lead = f" {names(most)} carry the most: {shared.max():.0%} of their articles are wire copy or re-runs."
    return ("; ".join(parts) + ". Leaving out wire copy, and counting each re-run story once, for the article that ran it "
            f"first (not at all when that article is wire copy), {own:,} of the articles are the outlets' own journalism." + lead)


def scope_comparison(all_card: pd.DataFrame, own_card: pd.DataFrame) -> pd.DataFrame:
    """Per outlet, each headline measure on every article and on the outlets' own journalism,
    side by side (own empty for an outlet with no article of its own)."""
    own = own_card.set_index("outlet") if "outlet" in own_card else pd.DataFrame(columns=list(all_card.columns)).set_index("outlet")
    rows = []
    for _, row in all_card.sort_values("outlet").iterrows():
        o = own.loc[row["outlet"]] if row["outlet"] in own.index else None
        item = {"outlet": row["outlet"], "articles": f"{int(row['articles']):,} / {int(o['articles']) if o is not None else 0:,}"}
        for column, label, fmt in SCOPE_MEASURES.values():
            def shown(value, fmt=fmt):
                return "—" if value is None or pd.isna(value) else fmt.format(value)
            item[label] = f"{shown(row[column])} / {shown(o[column] if o is not None else None)}"
        rows.append(item)
    return pd.DataFrame(rows)


def _extreme_reading(extremes: pd.DataFrame, measure: str) -> tuple[str, str, bool] | None:
    """(lowest, highest, gap larger than the uncertainty) on a measure, or None."""
    ext = _extreme(extremes, measure)
    return None if ext is None else (ext["low"], ext["high"], bool(ext["p_holm"] < ALPHA))


def scope_findings(lead: dict, other: dict, lead_scope: str) -> str:
    """Whether the comparison depends on shared text: for each headline measure, does the
    verdict on the gap between the lowest and highest outlet (larger than the uncertainty, or
    not) change between the two bases? Where it holds but the outlets at the ends differ (often a
    near tie), that is said apart, as it changes no conclusion about a gap."""
    other_scope = "own" if lead_scope == "all" else "all"
    same, changed, ends = [], [], []
    for measure, (_, label, _) in SCOPE_MEASURES.items():
        a = _extreme_reading(lead.get("outlet_extremes"), measure)
        b = _extreme_reading(other.get("outlet_extremes"), measure)
        if a is None or b is None:
            continue
        if a[2] != b[2]:
            def told(r):
                return (f"{r[0]} lowest and {r[1]} highest, a gap larger than the uncertainty" if r[2] else
                        "no gap larger than the uncertainty")
            changed.append(f"{label} ({SCOPES[lead_scope]}: {told(a)}; {SCOPES[other_scope]}: {told(b)})")
            continue
        same.append(label)
        if a[2] and a[:2] != b[:2]:
            ends.append(f"{label} ({a[0]} to {a[1]} on {SCOPES[lead_scope]}, {b[0]} to {b[1]} on "
                        f"{SCOPES[other_scope]})")
    if not same and not changed:
        return ""
    if not changed:
        text = (f"The comparison does not depend on shared text: on {names(same, 4)}, the verdict on the gap between the "
                "lowest and highest outlet (larger than the uncertainty or not) is the same for every article and for the "
                "outlets' own journalism.")
    else:
        text = "The comparison depends on shared text for " + "; ".join(changed) + "."
        if same:
            text += f" It does not for {names(same, 4)}."
    if ends:
        text += (" The outlets at the ends of a gap larger than the uncertainty differ, with the same verdict, for "
                 + "; ".join(ends) + ": see the table for how close they are.")
    return text
