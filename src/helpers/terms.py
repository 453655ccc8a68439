"""What each outlet emphasises: distinctive words and phrases, and attention to the story's actors.

**Distinctive terms.** The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
Colaresi and Quinn 2008, "Fightin' Words", eq. 16 and 18): for a term w, an outlet i and the rest
of the corpus j, with counts y and totals n,

    δ_w = ln[(y_wi + α_w) / (n_i + α_0 − y_wi − α_w)] − ln[(y_wj + α_w) / (n_j + α_0 − y_wj − α_w)]
    σ²(δ_w) ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w),        z_w = δ_w / σ(δ_w)

where the informative prior α_w = α_0 · π_w follows the term's share π_w of the whole corpus (the
corpus is its own background), with α_0 worth one average outlet's text (`PRIOR_OUTLETS`): rare
terms are shrunk toward zero (a word one outlet uses twice scores z ≈ 1.7), common ones barely. Words, two-word and three-word phrases are scored separately (each against
the totals of its own length). As in the paper, function words are not removed before counting
(the prior handles their frequency), but they are never shown (nor are one-letter words), and a phrase that starts or ends
with one is not counted ("of the"). Counts are kept per article too: a term is shown only when
z passes the outlet's threshold and the outlet uses it in at least `MIN_ARTICLES` of its articles
(all of them, for an outlet with fewer, when no outlet has more; beside outlets that do, an outlet
of fewer has no distinctive or avoided terms: they would be its one or two stories'), and the z still passes without the uses of the one
article that uses the term most (a term one story repeats is that story's, not the outlet's). The threshold allows for how many terms were compared:
the Bonferroni z for a 5% family-wise error over the outlet's eligible terms (those used in enough
articles), and never below `Z_MIN`; it is recorded per row (``z_needed``).

**Attention** (the core measure of Media Cloud and GDELT): the share of an outlet's sentences, and
of its articles, that mention each actor, with intervals that resample articles (`helpers.stats`).

>>> sorted(term_counts("The arms deal. The arms deal was signed.")[1].items())[:3]
[('arms', 2), ('deal', 2), ('signed', 1)]
>>> term_counts("The U.N. envoy met the UN envoy.")[1]["un"]
2
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from .cleaning import WORD
from .paths import PACKAGE_DATA

Z_MIN = 3.29  # two-sided p < 0.001 for one term; raised further by the number of terms compared (see z_needed)
FAMILY_ALPHA = 0.05  # family-wise error over one outlet's eligible terms (Bonferroni)
MIN_ARTICLES = 3  # an outlet must use a term in this many of its articles (fewer if it has fewer)
PRIOR_OUTLETS = 1.0  # α_0 = this many average outlets' worth of words: strong enough to tame rare words, not to drown real ones
MAX_NGRAM = 3
TOP_TERMS = 30  # per outlet, written to distinctive_terms.csv
EXAMPLES = 2  # example sentences kept per term
INITIALISM_WORD = re.compile(r"[^\W\d_](?:\.[^\W\d_])+$")  # "u.s", "u.n", "e.u" (the last full stop is not part of a word)
INITIALISM = re.compile(r"\.")
CLAUSE_BREAK = r"\n\s*\n|[.!?;:()\[\]“”\"]+\s"  # phrases never cross a paragraph, sentence or clause break
TERM_TOKEN = re.compile(rf"({WORD.pattern})|{CLAUSE_BREAK}")  # a word (group 1), or a break (group 1 empty)
# a contraction of a pronoun or an auxiliary ("we're", "they've", "don't"): a function word; "'s" (possessive or
# "is") is cut off its word instead, so "Putin's" and "Putin" are one term
CONTRACTION = re.compile(r"(?:'(?:re|ve|ll|d|m)|n't)$")
CLITIC_S = re.compile(r"'[sS](?![^\W_])")  # "Putin's", "IT'S": the "'s" a word ends with (`_without_clitic_s`)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words (``data/stop_words.txt``)."""
    lines = (PACKAGE_DATA / "stop_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _without_clitic_s(text: str) -> str:
    """``text`` without the "'s" that ends a word (a search for the apostrophe, which is fast, and
    a look at the letter before it).

    >>> _without_clitic_s("Putin's plan, the '80s and 's-Hertogenbosch")
    "Putin plan, the '80s and 's-Hertogenbosch"
    """
    return CLITIC_S.sub(lambda m: "" if m.start() and text[m.start() - 1].isalnum() else m.group(0), text)


def own_name_terms(outlet: str) -> set[str]:
    """The words and phrases of an outlet's own name ("CNN", "Breitbart News", "news"), as
    `term_counts` writes them: an outlet naming itself in datelines and credits is not framing."""
    words = [w for w in (m.group(1) for m in TERM_TOKEN.finditer(outlet.lower())) if w]
    words = [_without_clitic_s(INITIALISM.sub("", w) if INITIALISM_WORD.match(w) else w) for w in words]
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + MAX_NGRAM) + 1)
            if not (j - i == 1 and words[i] in stop_words())}


def term_counts(body: str, max_n: int = MAX_NGRAM) -> dict[int, Counter]:
    """Counts of the words (lower case) and of the two- and three-word phrases of a text, by
    phrase length. Phrases do not cross a sentence or clause break, nor start or end with a
    function word."""
    stops = stop_words()
    # Lower-casing the body once gives the same words as lower-casing each word, except for the
    # only letter whose lower case is two characters (İ) and the one whose lower case depends on
    # what follows (Σ, final ς). One scan finds the words and the breaks between clauses (a word
    # never spans a break: its inner marks are followed by a letter or digit, a break's by
    # a space); each break stands in the token list as "\n", which no word can be.
    apostrophes = "'" in body or "’" in body
    if apostrophes:  # one apostrophe, and the clitic "'s" off its word ("Putin’s" is "putin"), on the whole text at once
        body = _without_clitic_s(body.replace("’", "'"))
    if "İ" not in body and "Σ" not in body:
        tokens = [w or "\n" for w in TERM_TOKEN.findall(body.lower())]
    else:
        tokens = [w.lower() if w else "\n" for w in TERM_TOKEN.findall(body)]
    if "." in body:  # "U.S." and "US", "U.N." and "UN" are one term: house style is not framing
        tokens = [INITIALISM.sub("", t) if "." in t and INITIALISM_WORD.match(t) else t for t in tokens]
    counts: dict[int, Counter] = {n: Counter() for n in range(1, max_n + 1)}
    counts[1].update(tokens)
    counts[1].pop("\n", None)
    if apostrophes:  # contractions ("we're", "don't") are function words too
        stops = stops | {t for t in counts[1] if "'" in t and CONTRACTION.search(t)}
    stop = [t in stops or t == "\n" for t in tokens]  # a break ends a phrase as a function word does
    if max_n >= 2:
        counts[2].update([f"{a} {b}" for a, b, sa, sb in zip(tokens, tokens[1:], stop, stop[1:], strict=False)
                          if not (sa or sb)])
    if max_n >= 3:
        counts[3].update([f"{a} {b} {c}" for a, b, c, sa, sc in zip(tokens, tokens[1:], tokens[2:], stop, stop[2:], strict=False)
                          if not (sa or sc or b == "\n")])
    return counts


def log_odds(outlet: pd.Series, rest: pd.Series, prior: pd.Series | None = None) -> pd.DataFrame:
    """Monroe et al.'s weighted log-odds (natural log) of each term for ``outlet`` against
    ``rest`` (term-indexed counts), with the informative prior ``prior`` (default: the two
    together, the corpus as its own background): ``log_odds`` (δ) and ``z``.

    >>> r = log_odds(pd.Series({"a": 10, "b": 0}), pd.Series({"a": 5, "b": 5}))
    >>> # α_a = 15, α_0 = 20: δ = ln(25 / 5) − ln(20 / 10) = 0.916; σ = √(1/25 + 1/20) = 0.300
    >>> float(round(r.loc["a", "log_odds"], 3)), float(round(r.loc["a", "z"], 3))
    (0.916, 3.054)
    """
    terms = outlet.index.union(rest.index)
    y_i = outlet.reindex(terms, fill_value=0).astype(float)
    y_j = rest.reindex(terms, fill_value=0).astype(float)
    alpha = (y_i + y_j) if prior is None else prior.reindex(terms, fill_value=0).astype(float)
    n_i, n_j, a0 = y_i.sum(), y_j.sum(), alpha.sum()
    delta = (np.log((y_i + alpha) / (n_i + a0 - y_i - alpha))
             - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha)))
    sigma = np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    return pd.DataFrame({"log_odds": delta, "z": delta / sigma})


def _scored_by_outlet(counts: pd.DataFrame, without_peak: bool = False):
    """For each phrase length and outlet: the log-odds of every term for the outlet against the
    rest (`log_odds` with the prior of `PRIOR_OUTLETS`), the outlet's and the rest's counts, and
    the articles table (terms × outlets) the thresholds read. With ``without_peak`` (and a
    ``peak`` column), the scores also carry ``z_without_peak``: the z the term would have without
    the uses of the one article that uses it most."""
    for n_words, by_length in counts.groupby("n_words", sort=True):
        # one row per outlet and term already (`merge_counts`): a reshape, no aggregation
        values = ["count", "articles"] + (["peak"] if without_peak and "peak" in by_length else [])
        wide = by_length.groupby(["term", "outlet"], sort=True)[values].sum().unstack("outlet", fill_value=0)
        table, used = wide["count"], wide["articles"]
        peaks = wide["peak"] if "peak" in values else None
        total = table.sum(axis=1)
        prior = total * PRIOR_OUTLETS / table.shape[1]
        for outlet in table.columns:
            mine, rest = table[outlet], total - table[outlet]
            scored = log_odds(mine, rest, prior=prior)
            if peaks is not None:
                scored["z_without_peak"] = _z_without(mine, rest, prior, peaks[outlet])
            yield int(n_words), outlet, scored, mine, rest, used


def _z_without(mine: pd.Series, rest: pd.Series, prior: pd.Series, dropped: pd.Series) -> pd.Series:
    """Each term's z (`log_odds`) with ``dropped`` of the outlet's uses of that term taken out (and
    out of the outlet's total with them: the odds' denominator is unchanged)."""
    y_i, y_j, alpha = mine.astype(float), rest.astype(float), prior.astype(float)
    n_i, n_j, a0 = y_i.sum(), y_j.sum(), alpha.sum()
    kept = (y_i - dropped.reindex(y_i.index, fill_value=0).astype(float)).clip(lower=0)
    delta = np.log((kept + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
    return delta / np.sqrt(1.0 / (kept + alpha) + 1.0 / (y_j + alpha))


def _articles_needed(outlet_articles: pd.Series, outlet: str, min_articles: int) -> int:
    """How many of its articles must use a term for it to be an outlet's: ``min_articles``, or all of
    the outlet's when no outlet has that many. Beside outlets of enough articles, an outlet of fewer
    cannot reach it: its "distinctive" words would be its one or two stories' (as the findings leave
    outlets of one article out of the comparisons)."""
    enough = len(outlet_articles) > 0 and int(outlet_articles.max()) >= min_articles
    return min_articles if enough else min(min_articles, int(outlet_articles.get(outlet, 0)))


def z_needed(eligible: int, z_min: float = Z_MIN, alpha: float = FAMILY_ALPHA) -> float:
    """The z a term must reach when ``eligible`` terms are compared: Bonferroni at ``alpha``
    (two-sided), never below ``z_min``.

    >>> round(z_needed(1), 2), round(z_needed(5000), 2)
    (3.29, 4.42)
    """
    from scipy.stats import norm

    return max(z_min, float(norm.isf(alpha / (2 * max(eligible, 1)))))


def distinctive_terms(counts: pd.DataFrame, outlet_articles: pd.Series, top: int = TOP_TERMS,
                      z_min: float = Z_MIN, min_articles: int = MIN_ARTICLES) -> pd.DataFrame:
    """For each outlet against the rest of the corpus: the terms that pass ``z_min`` and the
    article threshold, strongest first, at most ``top`` per outlet.

    ``counts`` has one row per outlet and term: ``outlet``, ``term``, ``n_words`` (1-3), ``count``
    (uses) and ``articles`` (the outlet's articles using it); ``outlet_articles`` the number of
    articles of each outlet."""
    columns = ["outlet", "term", "n_words", "log_odds", "z", "z_needed", "outlet_count", "rest_count", "articles",
               "outlet_articles"]
    if counts.empty or counts["outlet"].nunique() < 2:
        return pd.DataFrame(columns=columns)
    stops = stop_words()
    parts = []
    for n_words, outlet, scored, mine, rest, used in _scored_by_outlet(counts, without_peak=True):
        need = _articles_needed(outlet_articles, outlet, min_articles)
        eligible = (used[outlet] >= max(need, 1)) & ~scored.index.str.fullmatch(r"[\d.,%\s-]+")
        if n_words == 1:
            eligible &= ~scored.index.isin(stops) & (scored.index.str.len() > 1)  # nor a lone letter ("x", as in "on X")
            eligible &= ~scored.index.str.contains(CONTRACTION)
        eligible &= ~scored.index.isin(own_name_terms(outlet))
        threshold = z_needed(int(eligible.sum()), z_min)
        passes = scored["z"] >= threshold
        if "z_without_peak" in scored and int(outlet_articles.get(outlet, 0)) > 1:
            passes &= scored["z_without_peak"] >= threshold  # not the words of one article ("Deep Throat" 22 times in one)
        chosen = scored[eligible & passes]
        parts.append(pd.DataFrame({"outlet": outlet, "term": chosen.index, "n_words": int(n_words),
                                   "log_odds": chosen["log_odds"].to_numpy(), "z": chosen["z"].to_numpy(),
                                   "outlet_count": mine[chosen.index].to_numpy(), "rest_count": rest[chosen.index].to_numpy(),
                                   "articles": used.loc[chosen.index, outlet].to_numpy(),
                                   "outlet_articles": int(outlet_articles.get(outlet, 0)), "z_needed": threshold}))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    out = out.sort_values(["outlet", "z", "term"], ascending=[True, False, True])
    return out.groupby("outlet", sort=True).head(top).reset_index(drop=True)[columns]


def avoided_terms(counts: pd.DataFrame, outlet_articles: pd.Series, top: int = 5, z_min: float = Z_MIN,
                  min_articles: int = MIN_ARTICLES) -> pd.DataFrame:
    """For each outlet, the terms the rest of the corpus uses (in at least ``min_articles`` of
    its articles) and this outlet avoids (z at or below minus the threshold of `z_needed`), most
    avoided first: the "where the others write …" half of a framing finding."""
    columns = ["outlet", "term", "n_words", "log_odds", "z", "outlet_count", "rest_count", "rest_articles"]
    if counts.empty or counts["outlet"].nunique() < 2:
        return pd.DataFrame(columns=columns)
    stops = stop_words()
    parts = []
    for n_words, outlet, scored, mine, rest, used in _scored_by_outlet(counts):
        if int(outlet_articles.get(outlet, 0)) < _articles_needed(outlet_articles, outlet, min_articles):
            continue  # what one or two stories leave out is no outlet's avoidance
        rest_used = used.sum(axis=1) - used[outlet]
        eligible = ((rest_used >= min_articles) & ~scored.index.isin(stops) & (scored.index.str.len() > 1)
                    & ~scored.index.str.contains(CONTRACTION))
        chosen = scored[eligible & (scored["z"] <= -z_needed(int(eligible.sum()), z_min))]
        parts.append(pd.DataFrame({"outlet": outlet, "term": chosen.index, "n_words": int(n_words),
                                   "log_odds": chosen["log_odds"].to_numpy(), "z": chosen["z"].to_numpy(),
                                   "outlet_count": mine[chosen.index].to_numpy(),
                                   "rest_count": rest[chosen.index].to_numpy(),
                                   "rest_articles": rest_used[chosen.index].to_numpy()}))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    out = out.sort_values(["outlet", "z", "term"], ascending=[True, True, True])
    return out.groupby("outlet", sort=True).head(top).reset_index(drop=True)[columns]


def term_examples(terms: pd.DataFrame, sentences: pd.DataFrame, per_term: int = EXAMPLES) -> pd.Series:
    """Up to ``per_term`` example sentences (" | "-joined) from the outlet for each term, the
    shortest first among sentences of ordinary length (8-40 words) that contain it."""
    examples = []
    by_outlet = {o: g for o, g in sentences.groupby("outlet", sort=False)}
    for row in terms.itertuples():
        pool = by_outlet.get(row.outlet)
        if pool is None:
            examples.append("")
            continue
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(row.term)}(?![\w'’-])", re.IGNORECASE)
        ordinary = pool[pool["words"].between(8, 40)]
        hits = [t for t in ordinary["text"] if pattern.search(t)]
        hits = sorted(hits, key=len)[:per_term] or [t for t in pool["text"] if pattern.search(t)][:per_term]
        examples.append(" | ".join(hits))
    return pd.Series(examples, index=terms.index, dtype=object)


def attention(sentences: pd.DataFrame, articles: pd.DataFrame, actors: dict[str, list[str]],
              mentions: dict[str, np.ndarray] | None = None) -> pd.DataFrame:
    """Per actor and outlet: the share of sentences that mention the actor (interval resampling
    articles) and the share of articles that mention it at least once (interval over articles).
    ``mentions``: `helpers.tone.actor_mentions` of ``sentences``, when already computed."""
    from .stats import group_bootstrap
    from .tone import actor_mentions

    rows = []
    outlets = sorted(articles["outlet"].unique())
    ids_by_outlet = {o: g["id"].to_numpy() for o, g in articles.groupby("outlet", sort=True)}
    mentions = actor_mentions(sentences, actors) if mentions is None else mentions
    for actor, hit in mentions.items():
        mentioned = sentences.assign(hit=hit.astype(float))
        by_article = mentioned.groupby("id")["hit"].max()
        for outlet in outlets:
            part = mentioned[mentioned["outlet"] == outlet]
            share = group_bootstrap(part["hit"], part["id"], key=f"attention:{actor}:{outlet}", bounds=(0.0, 1.0))
            ids = ids_by_outlet[outlet]
            flags = by_article.reindex(ids, fill_value=0.0).to_numpy()
            art = group_bootstrap(flags, ids, key=f"attention-articles:{actor}:{outlet}", bounds=(0.0, 1.0))
            lo, hi = share.interval
            alo, ahi = art.interval
            rows.append({"actor": actor, "outlet": outlet, "sentences": int(part["hit"].sum()), "sentence_share": share.estimate,
                         "ci_low": lo, "ci_high": hi, "articles": int(flags.sum()), "article_share": art.estimate,
                         "article_ci_low": alo, "article_ci_high": ahi, "unit": share.unit})
    return pd.DataFrame(rows, columns=["actor", "outlet", "sentences", "sentence_share", "ci_low", "ci_high", "articles",
                                       "article_share", "article_ci_low", "article_ci_high", "unit"])


def framing_findings(terms: pd.DataFrame, avoided: pd.DataFrame, limit: int = 8) -> list[str]:
    """One sentence per outlet (the ``limit`` with the strongest terms), only where the z-scores
    support it: the outlet's most distinctive term and, where there is one, the term of the same
    length that the other outlets use and this one avoids (said as two findings: the two terms are
    seldom words for the same thing)."""
    if terms.empty:
        return []
    best = terms.sort_values(["z", "outlet"], ascending=[False, True]).groupby("outlet", sort=False).head(1).head(limit)
    out = []
    for row in best.itertuples():
        articles = int(row.outlet_articles)
        text = f"{row.outlet} writes ‘{row.term}’ (z {row.z:+.1f}, in {int(row.articles)} of {articles} article{'s' if articles != 1 else ''})"
        other = avoided[(avoided["outlet"] == row.outlet) & (avoided["n_words"] == row.n_words)]
        if not other.empty:
            # two terms of one outlet's vocabulary, not one written in place of the other: topic, not synonyms
            text += f", and ‘{other['term'].iloc[0]}’ less than the other outlets do (z {other['z'].iloc[0]:+.1f})"
        out.append(text + ".")
    return out


def merge_counts(rows: pd.DataFrame) -> pd.DataFrame:
    """Sum per-batch term counts into one row per outlet, term and length (``peak``, the most uses
    in one article, is the largest of the batches')."""
    if rows.empty:
        return rows
    summed = {"count": "sum", "articles": "sum", **({"peak": "max"} if "peak" in rows else {})}
    return rows.groupby(["outlet", "term", "n_words"], as_index=False, sort=True).agg(summed)


def without_sentences(counts: pd.DataFrame, articles: pd.DataFrame, dropped: pd.DataFrame) -> pd.DataFrame:
    """``counts`` (`merge_counts`) without the words and phrases of the ``dropped`` sentences
    (``id``, ``start``, ``end``, ``text``: an outlet's boilerplate, `helpers.sharedtext.outlet_boilerplate`):
    each article holding one is counted again without it (its place taken by a paragraph break, so no
    phrase joins across it) and the difference taken off its outlet's counts, uses and articles
    alike. A sentence whose offsets do not match the article's body is left in.

    >>> arts = pd.DataFrame({"id": ["a"], "outlet": ["X"], "body": ["Give today. Kim met Putin."]})
    >>> c = merge_counts(pd.DataFrame([("X", "give", 1, 1, 1), ("X", "kim", 1, 1, 1), ("X", "today", 1, 1, 1)],
    ...                               columns=["outlet", "term", "n_words", "count", "articles"]))
    >>> without_sentences(c, arts, pd.DataFrame({"id": ["a"], "start": [0], "end": [11], "text": ["Give today."]}))["term"].tolist()
    ['kim']
    """
    if dropped.empty or counts.empty:
        return counts
    bodies = dict(zip(articles["id"], articles["body"], strict=True))
    outlet_of = dict(zip(articles["id"], articles["outlet"], strict=True))
    uses: Counter = Counter()
    gone: Counter = Counter()
    for article, rows in dropped.groupby("id", sort=False):
        body = bodies.get(article)
        if not isinstance(body, str) or not body:
            continue
        cut = body
        for start, end, text in sorted(zip(rows["start"], rows["end"], rows["text"], strict=True), reverse=True):
            if body[int(start):int(end)] == text:
                cut = cut[:int(start)] + "\n\n" + cut[int(end):]
        if cut == body:
            continue
        before, after = term_counts(body), term_counts(cut)
        outlet = outlet_of[article]
        for n, counter in before.items():
            remaining = after.get(n, Counter())
            for term, c in counter.items():
                left = remaining.get(term, 0)
                if c > left:
                    uses[(outlet, term, n)] += c - left
                    gone[(outlet, term, n)] += not left
    if not uses:
        return counts
    keys = list(zip(counts["outlet"], counts["term"], counts["n_words"].astype(int), strict=True))
    counts = counts.assign(count=counts["count"].to_numpy() - np.fromiter((uses.get(k, 0) for k in keys), dtype=np.int64),
                           articles=counts["articles"].to_numpy() - np.fromiter((gone.get(k, 0) for k in keys), dtype=np.int64))
    if "peak" in counts:  # the most uses in one article, never more than are left
        counts["peak"] = np.minimum(counts["peak"].to_numpy(), counts["count"].to_numpy())
    return counts[counts["count"] > 0].reset_index(drop=True)
