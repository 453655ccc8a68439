"""Interval statistics every section of the briefing uses: bootstrap intervals that respect the
article as the unit, comparisons between outlets that allow for how many comparisons were made,
and effect sizes.

**The unit.** Sentences of one article are not independent: an article's topic, author and
angle move all of them together. So when a group (an outlet) has two or more articles, its
intervals come from a *cluster bootstrap*: whole articles are resampled, with their sentences,
and the statistic is recomputed. Only a group with a single article falls back to resampling
its sentences, which then describes that article, not the outlet; the result says which unit
was used (``unit``).

**Many comparisons.** With k outlets there are k(k-1)/2 pairs; picking the most and least
negative and testing that pair alone would find a "difference" by chance. Pairwise p-values come
from Student's t with bootstrap standard errors (corrected by sqrt(n / (n − 1)) for n units) and
Welch–Satterthwaite degrees of freedom, so an outlet of three articles cannot carry a "significant"
difference on a handful of units, and are adjusted by Holm's method over every pair; each outlet is
also compared with the rest of the corpus, Holm-adjusted over outlets. Effect sizes are Cohen's d on the unit's values (article means, or
sentences for a single-article outlet).

>>> import numpy as np
>>> b = group_bootstrap([0.1, 0.3, 0.2, 0.4], ["a", "a", "b", "b"], key="demo")
>>> b.unit, round(b.estimate, 2)
('article', 0.25)
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

SEED = 20230913  # fixed, so every build gives the same intervals
RESAMPLES = 2000  # percentile intervals at 95% are stable to about ±0.005 of a unit at this count
LEVEL = 0.95
ALPHA = 1 - LEVEL
MIN_ARTICLES = 2  # a group with fewer articles than this is resampled by sentence (and says so)
POOLED_BELOW = 5  # a group of fewer articles never has a smaller article-to-article spread than the pooled one (`with_pooled_floor`)


@dataclass(frozen=True)
class GroupBootstrap:
    """A statistic of one group with its bootstrap replicates.

    ``estimate`` is sum(numerator) / sum(denominator) over the group's rows (a mean when the
    denominator is 1 per row); ``replicates`` the same recomputed on resampled units;
    ``unit_values`` the statistic per unit (per article, or per row), for effect sizes."""

    estimate: float
    replicates: np.ndarray
    unit: str  # "article", "sentence" (one article: rows resampled) or "none" (one value: no interval)
    units: int
    rows: int
    unit_values: np.ndarray
    bounds: tuple[float, float] = (-math.inf, math.inf)  # the values the statistic can take (a share: 0 to 1)
    se_floor: float = 0.0  # the least standard error a group of few articles is given (`with_pooled_floor`)
    floor_df: int = 0  # the degrees of freedom of that floor: of the pooled spread, over all the groups' articles

    @property
    def interval(self) -> tuple[float, float]:
        """Percentile bootstrap interval at ``LEVEL``, widened for few units as the tests are
        (`small_sample_factor`: with 3 articles the plain percentile interval covers the mean
        about 3 times in 4, not 19 in 20); NaN when there is nothing to resample."""
        if self.unit == "none" or self.replicates.size == 0:
            return (float("nan"), float("nan"))
        lo, hi = np.quantile(self.replicates, [ALPHA / 2, 1 - ALPHA / 2])
        factor = small_sample_factor(self.units, max(self.units - 1, 1))
        lo, hi = self.estimate - (self.estimate - lo) * factor, self.estimate + (hi - self.estimate) * factor
        if self.se_floor:  # never narrower than the pooled spread allows (two articles that happen to agree)
            from scipy.stats import t as student

            half = float(student.ppf(1 - ALPHA / 2, self.df)) * self.se_floor
            lo, hi = min(lo, self.estimate - half), max(hi, self.estimate + half)
        low, high = self.bounds  # widened, never past what the statistic can be (a tone above +1)
        return (float(max(low, lo)), float(min(high, hi)))

    @property
    def se(self) -> float:
        """The standard error of the estimate: the bootstrap's, times sqrt(n / (n − 1)) for n
        units (the bootstrap's variance of a mean of n units is (n − 1) / n of the usual unbiased
        one: with 3 articles it would understate the variance by a third)."""
        own = self._own_se
        return own if math.isnan(own) else max(own, self.se_floor)

    @property
    def _own_se(self) -> float:
        """The group's own standard error, from its replicates alone (NaN without an interval)."""
        if self.unit == "none" or self.replicates.size < 2 or self.units < 2:
            return float("nan")
        return float(self.replicates.std(ddof=1)) * math.sqrt(self.units / (self.units - 1))

    @property
    def floored(self) -> bool:
        """Is the standard error the pooled floor's (`with_pooled_floor`), not the group's own?"""
        return bool(self.se_floor) and self.se_floor > self._own_se  # False when the own SE is NaN

    @property
    def df(self) -> int:
        """Degrees of freedom of the estimate: units − 1 (articles, or sentences of one article), or
        the pooled spread's when its floor is the standard error."""
        return self.floor_df if self.floored and self.floor_df else max(self.units - 1, 1)


def small_sample_factor(units: float, df: float, variance_ratio: float | None = None) -> float:
    """How much to widen a percentile bootstrap interval over ``units`` resampled units so that it
    agrees with the t test: sqrt(n / (n − 1)) for the bootstrap's too small variance (or
    sqrt(``variance_ratio``) when it is known), times Student's t quantile over the normal one at
    ``df`` degrees of freedom. 1 for many units.

    >>> round(small_sample_factor(3, 2), 2), round(small_sample_factor(1000, 999), 3)
    (2.69, 1.002)
    """
    from scipy.stats import norm
    from scipy.stats import t as student

    if not units or units < 2 or not df or df <= 0 or math.isnan(df):
        return 1.0
    ratio = units / (units - 1) if variance_ratio is None else variance_ratio
    return math.sqrt(ratio) * float(student.ppf(1 - ALPHA / 2, df) / norm.ppf(1 - ALPHA / 2))


def welch_df(var_a, var_b, df_a, df_b):
    """Welch–Satterthwaite degrees of freedom of a difference of two estimates with variances
    ``var_a``, ``var_b`` (squared standard errors) on ``df_a``, ``df_b`` degrees of freedom."""
    return (var_a + var_b) ** 2 / (var_a ** 2 / df_a + var_b ** 2 / df_b)


def welch_p(difference: float | np.ndarray, se_a: float | np.ndarray, se_b: float | np.ndarray,
            df_a: float | np.ndarray, df_b: float | np.ndarray) -> np.ndarray:
    """Two-sided p of a difference of two independent estimates from Student's t with the
    Welch–Satterthwaite degrees of freedom: with few articles behind an estimate, t's heavier
    tails keep a difference from being called on a handful of units (with 3 articles against
    many, about 2 degrees of freedom: |t| must pass 4.3, not the normal 1.96).

    >>> round(float(welch_p(1.0, 0.3, 0.3, 1000, 1000)), 4), round(float(welch_p(1.0, 0.3, 0.01, 2, 1000)), 3)
    (0.0185, 0.079)
    """
    from scipy.stats import t as student

    diff = np.asarray(difference, dtype=float)
    va, vb = np.asarray(se_a, dtype=float) ** 2, np.asarray(se_b, dtype=float) ** 2
    se = np.sqrt(va + vb)
    with np.errstate(invalid="ignore", divide="ignore"):
        df = welch_df(va, vb, np.asarray(df_a, dtype=float), np.asarray(df_b, dtype=float))
        stat = np.where(se > 0, diff / np.where(se > 0, se, 1), np.where(diff == 0, 0.0, np.inf))
    return 2 * student.sf(np.abs(stat), np.where(np.isfinite(df) & (df > 0), df, 1.0))


def rng_for(key: str, seed: int = SEED) -> np.random.Generator:
    """A generator seeded by the fixed seed and a stable hash of ``key`` (e.g. the outlet), so a
    group's interval does not depend on which other groups are in the corpus or their order."""
    return np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])


def _resampled_ratio(numer: np.ndarray, denom: np.ndarray, rng: np.random.Generator, resamples: int) -> np.ndarray:
    idx = rng.integers(0, numer.size, size=(resamples, numer.size))
    top, bottom = numer[idx].sum(axis=1), denom[idx].sum(axis=1)
    return np.divide(top, bottom, out=np.full(resamples, np.nan), where=bottom > 0)


def group_bootstrap(values: Sequence[float] | np.ndarray | pd.Series, clusters: Sequence | np.ndarray | pd.Series,
                    denominators: Sequence[float] | np.ndarray | pd.Series | None = None, key: str = "",
                    resamples: int = RESAMPLES, seed: int = SEED, min_articles: int = MIN_ARTICLES,
                    bounds: tuple[float, float] = (-math.inf, math.inf)) -> GroupBootstrap:
    """Bootstrap of sum(values) / sum(denominators) over a group's rows (denominators default
    to 1: the mean), resampling clusters (articles) when there are at least ``min_articles``,
    else rows (sentences of one article), else no interval (a single row). ``bounds``: the values
    the statistic can take, which its interval never passes."""
    numer = np.asarray(values, dtype=float)
    denom = np.ones_like(numer) if denominators is None else np.asarray(denominators, dtype=float)
    total = denom.sum()
    estimate = float(numer.sum() / total) if total > 0 else float("nan")
    if numer.size == 0:
        return GroupBootstrap(float("nan"), np.empty(0), "none", 0, 0, np.empty(0), bounds)
    codes, uniques = pd.factorize(pd.Series(np.asarray(clusters)), sort=False)
    rng = rng_for(key, seed)
    if uniques.size >= min_articles:
        c_numer = np.bincount(codes, weights=numer, minlength=uniques.size)
        c_denom = np.bincount(codes, weights=denom, minlength=uniques.size)
        with np.errstate(invalid="ignore", divide="ignore"):
            per_unit = np.where(c_denom > 0, c_numer / np.where(c_denom > 0, c_denom, 1), np.nan)
        return GroupBootstrap(estimate, _resampled_ratio(c_numer, c_denom, rng, resamples), "article", int(uniques.size),
                              int(numer.size), per_unit, bounds)
    if numer.size >= 2:
        with np.errstate(invalid="ignore", divide="ignore"):
            per_row = np.where(denom > 0, numer / np.where(denom > 0, denom, 1), np.nan)
        return GroupBootstrap(estimate, _resampled_ratio(numer, denom, rng, resamples), "sentence", int(numer.size),
                              int(numer.size), per_row, bounds)
    return GroupBootstrap(estimate, np.empty(0), "none", int(numer.size), int(numer.size), np.array([estimate]), bounds)


def bootstrap_by_group(table: pd.DataFrame, group: str, value: str, cluster: str = "id", denominator: str | None = None,
                       prefix: str = "", **kwargs) -> dict[str, GroupBootstrap]:
    """`group_bootstrap` for each value of ``table[group]`` (sorted), keyed by that value, the
    groups of few articles given the pooled floor (`with_pooled_floor`)."""
    out = {}
    for name, part in table.groupby(group, sort=True):
        out[str(name)] = group_bootstrap(part[value], part[cluster], part[denominator] if denominator else None,
                                         key=f"{prefix}{name}", **kwargs)
    return with_pooled_floor(out)


def with_pooled_floor(boots: dict[str, GroupBootstrap], below: int = POOLED_BELOW) -> dict[str, GroupBootstrap]:
    """``boots`` with each group of fewer than ``below`` articles given a floor under its standard
    error: the article-to-article standard deviation pooled over every group resampled by article,
    over the square root of its articles. Two or three articles that happen to agree say little of
    how an outlet's articles spread (two articles at -0.127 and -0.129 had made a 2-article outlet
    "differ from the rest" at p = 1e-27); the corpus's other outlets say more. Groups of many
    articles, and of one, keep their own.

    >>> b = with_pooled_floor({"few": group_bootstrap([0.1, 0.1], ["a", "b"], key="x"),
    ...                        "many": group_bootstrap([0.0, 0.4, 0.2, 0.6, 0.1, 0.5], list("cdefgh"), key="y")})
    >>> b["few"].se > 0.05 and b["many"].se_floor == 0.0
    True
    """
    from dataclasses import replace

    resampled = [b for b in boots.values() if b.unit == "article" and b.units >= 2]
    squares, dof = 0.0, 0
    for b in resampled:
        values = b.unit_values[~np.isnan(b.unit_values)]
        if values.size >= 2:
            squares += float(((values - values.mean()) ** 2).sum())
            dof += values.size - 1
    if dof < 1 or squares <= 0:
        return boots
    pooled = squares / dof
    return {k: replace(b, se_floor=math.sqrt(pooled / b.units), floor_df=dof) if b.unit == "article" and 2 <= b.units < below
            else b for k, b in boots.items()}


def interval_table(boots: dict[str, GroupBootstrap], name: str, group: str = "outlet") -> pd.DataFrame:
    """One row per group: ``name``, ``name_ci_low``, ``name_ci_high`` (and ``unit``, ``units``)."""
    rows = []
    for key, b in boots.items():
        lo, hi = b.interval
        rows.append({group: key, name: b.estimate, f"{name}_ci_low": lo, f"{name}_ci_high": hi, "unit": b.unit,
                     "units": b.units})
    return pd.DataFrame(rows, columns=[group, name, f"{name}_ci_low", f"{name}_ci_high", "unit", "units"])


def difference_interval(a: GroupBootstrap, b: GroupBootstrap) -> tuple[float, float]:
    """Percentile interval of b − a from the two groups' independent replicates, widened as
    `welch_p` tests it: the corrected standard errors over the bootstrap's, and Student's t at
    the Welch–Satterthwaite degrees of freedom (so the interval excludes 0 exactly when p < 0.05,
    up to the bootstrap's shape)."""
    if a.unit == "none" or b.unit == "none":
        return (float("nan"), float("nan"))
    diffs = b.replicates - a.replicates
    diffs = diffs[~np.isnan(diffs)]
    if diffs.size == 0:
        return (float("nan"), float("nan"))
    lo, hi = np.quantile(diffs, [ALPHA / 2, 1 - ALPHA / 2])
    center = b.estimate - a.estimate
    raw = a.replicates[~np.isnan(a.replicates)].var(ddof=1) + b.replicates[~np.isnan(b.replicates)].var(ddof=1)
    va, vb = a.se ** 2, b.se ** 2
    if raw > 0 and not (math.isnan(va) or math.isnan(vb)) and va + vb > 0:
        factor = small_sample_factor(2, welch_df(va, vb, a.df, b.df), variance_ratio=(va + vb) / raw)
        lo, hi = center - (center - lo) * factor, center + (hi - center) * factor
    elif not (math.isnan(va) or math.isnan(vb)) and va + vb > 0:  # no spread in the replicates, a floor under the SEs
        from scipy.stats import t as student

        half = float(student.ppf(1 - ALPHA / 2, welch_df(va, vb, a.df, b.df))) * math.sqrt(va + vb)
        lo, hi = center - half, center + half
    lowest, highest = b.bounds[0] - a.bounds[1], b.bounds[1] - a.bounds[0]  # what a difference can be
    return (float(max(lo, lowest)), float(min(hi, highest)))


def cohens_d(a: np.ndarray, b: np.ndarray, floor_sd: float = 0.0) -> float:
    """(mean(b) − mean(a)) / pooled standard deviation, never less than ``floor_sd``; NaN when it
    cannot be estimated.

    >>> round(cohens_d(np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 3.0])), 2)
    1.0
    >>> round(cohens_d(np.array([0.10, 0.11]), np.array([0.30, 0.31]), floor_sd=0.2), 2)  # two articles that agree
    1.0
    """
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if a.size + b.size < 3 or a.size == 0 or b.size == 0:
        return float("nan")
    pooled = ((a.size - 1) * (a.var(ddof=1) if a.size > 1 else 0.0) + (b.size - 1) * (b.var(ddof=1) if b.size > 1 else 0.0))
    pooled = max(pooled / (a.size + b.size - 2), floor_sd ** 2)
    return float((b.mean() - a.mean()) / math.sqrt(pooled)) if pooled > 0 else float("nan")


def spread_floor(*groups: GroupBootstrap) -> float:
    """The article-to-article standard deviation pooled over the corpus that `with_pooled_floor`
    gave any of ``groups`` (outlets of few articles), else 0: the least spread an effect size of
    theirs is measured against, as their intervals and tests are (two articles that agree do not
    make a difference of 0.2 a Cohen's d of 40)."""
    return max((b.se_floor * math.sqrt(b.units) for b in groups if b.se_floor), default=0.0)


def holm(pvalues: Sequence[float] | np.ndarray) -> np.ndarray:
    """Holm-adjusted p-values (step-down: the i-th smallest of m is multiplied by m − i, then made
    monotone and capped at 1), NaN kept as NaN. Equal to statsmodels' ``multipletests(p,
    method="holm")`` (a test checks it), without its garbage collection on every call.

    >>> holm([0.01, 0.04, 0.03]).round(2).tolist()
    [0.03, 0.06, 0.06]
    """
    p = np.asarray(pvalues, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = np.flatnonzero(~np.isnan(p))
    if ok.size:
        order = ok[np.argsort(p[ok], kind="stable")]
        adjusted = np.maximum.accumulate(p[order] * (ok.size - np.arange(ok.size)))
        out[order] = np.minimum(adjusted, 1.0)
    return out


def pairwise(boots: dict[str, GroupBootstrap]) -> pd.DataFrame:
    """Every pair of groups (a before b in sort order): ``difference`` (b − a), its standard error
    from the two bootstraps, ``p`` (`welch_p`) and ``p_holm`` (Holm over all pairs),
    and Cohen's ``effect_size`` on the unit values. Groups without an interval are left out."""
    names = [k for k, b in boots.items() if b.unit != "none" and not math.isnan(b.se)]
    if len(names) < 2:
        return pd.DataFrame(columns=["a", "b", "difference", "se", "p", "p_holm", "pairs"])
    est = np.array([boots[n].estimate for n in names])
    se = np.array([boots[n].se for n in names])
    df = np.array([boots[n].df for n in names])
    i, j = np.triu_indices(len(names), k=1)
    diff = est[j] - est[i]
    pooled_se = np.sqrt(se[i] ** 2 + se[j] ** 2)
    p = welch_p(diff, se[i], se[j], df[i], df[j])
    return pd.DataFrame({"a": [names[x] for x in i], "b": [names[x] for x in j], "difference": diff, "se": pooled_se,
                         "p": p, "p_holm": holm(p), "pairs": len(i)})


def versus_rest(table: pd.DataFrame, group: str, value: str, cluster: str = "id", denominator: str | None = None,
                prefix: str = "", **kwargs) -> pd.DataFrame:
    """Each group against the rest of the corpus: the group's statistic, the rest's, their
    difference with a bootstrap interval, p (`welch_p`, bootstrap SEs), Holm-adjusted
    p over groups, and Cohen's d on unit values. The rest is resampled by article too. Only the
    groups `comparable` picks are tested (the rest of the corpus still holds the others)."""
    rows = []
    groups = {str(name): part for name, part in table.groupby(group, sort=True)}
    mines = with_pooled_floor({name: group_bootstrap(part[value], part[cluster], part[denominator] if denominator else None,
                                                     key=f"{prefix}{name}", **kwargs) for name, part in groups.items()})
    compared = comparable(mines)
    for name in groups:
        rest = table[table[group] != name]
        if rest.empty or name not in compared:
            continue  # nothing to compare with, or an outlet of one article beside outlets of several (`comparable`)
        mine = mines[name]
        other = group_bootstrap(rest[value], rest[cluster], rest[denominator] if denominator else None,
                                key=f"{prefix}rest-of-{name}", **kwargs)
        lo, hi = difference_interval(other, mine)
        diff = mine.estimate - other.estimate
        p = float(welch_p(diff, mine.se, other.se, mine.df, other.df)) \
            if not (math.isnan(mine.se) or math.isnan(other.se)) else float("nan")
        rows.append({group: str(name), "estimate": mine.estimate, "rest": other.estimate, "difference": diff,
                     "ci_low": lo, "ci_high": hi, "p": p, "effect_size": cohens_d(other.unit_values, mine.unit_values, floor_sd=spread_floor(mine)),
                     "unit": mine.unit, "units": mine.units})
    out = pd.DataFrame(rows, columns=[group, "estimate", "rest", "difference", "ci_low", "ci_high", "p", "effect_size",
                                      "unit", "units"])
    out.insert(out.columns.get_loc("p") + 1, "p_holm", holm(out["p"]) if len(out) else [])
    return out


def comparable(boots: dict[str, GroupBootstrap]) -> dict[str, GroupBootstrap]:
    """The groups that are compared: when two or more are resampled by article, only those (an
    outlet of one article, resampled by sentence, describes that article, not the outlet, and
    would be compared on another unit); else all.

    >>> b = {"one": group_bootstrap([0.1, 0.2], ["a", "a"], key="1"), "two": group_bootstrap([0.1, 0.3], ["b", "c"], key="2"),
    ...      "three": group_bootstrap([0.2, 0.4], ["d", "e"], key="3")}
    >>> sorted(comparable(b))
    ['three', 'two']
    """
    by_article = {k: b for k, b in boots.items() if b.unit == "article"}
    return by_article if len(by_article) >= 2 else boots


def extremes_test(boots: dict[str, GroupBootstrap]) -> dict | None:
    """The lowest and highest groups, their gap with its bootstrap interval, Cohen's d, and the
    Holm-adjusted p of that pair among all pairs (so picking the extremes is accounted for)."""
    boots = comparable(boots)
    pairs = pairwise(boots)
    if pairs.empty:
        return None
    usable = {k: b for k, b in boots.items() if k in set(pairs["a"]) | set(pairs["b"])}
    low = min(usable, key=lambda k: (usable[k].estimate, k))
    high = max(usable, key=lambda k: (usable[k].estimate, k))
    if low == high:
        return None
    a, b = sorted((low, high))
    row = pairs[(pairs["a"] == a) & (pairs["b"] == b)].iloc[0]
    lo, hi = difference_interval(usable[low], usable[high])
    return {"low": low, "high": high, "gap": usable[high].estimate - usable[low].estimate, "ci_low": lo, "ci_high": hi,
            "p": float(row["p"]), "p_holm": float(row["p_holm"]), "pairs": int(row["pairs"]), "groups": len(usable),
            "effect_size": cohens_d(usable[low].unit_values, usable[high].unit_values,
                                    floor_sd=spread_floor(usable[low], usable[high])),
            "units": {usable[low].unit, usable[high].unit}}
