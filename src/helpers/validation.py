"""How well the instruments agree with people: the citation rules against a hand-made answer key
(`score_against_key`, `score_by_kind`), and the tone measure against human ratings (run once per
analysis version: `tone_validity`). Kept apart from the extraction it judges.
"""

from __future__ import annotations

import json
import re

import pandas as pd


def _norm(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def score_against_key(citations: pd.DataFrame, key: pd.DataFrame) -> tuple[dict[str, float], pd.DataFrame]:
    """Precision and recall of extracted body citations against a hand-made answer key with
    columns ``id``, ``evidence_contains``, ``source``, ``kind``, ``quote``. A key row is found
    when a citation of the same article has that text in its evidence and the same source;
    kind and quote agreement are reported over found rows. Only articles in the key count."""
    body = citations[(citations["origin"] == "body") & citations["id"].isin(set(key["id"]))].reset_index(drop=True)
    used: set[int] = set()
    rows = []
    for k in key.itertuples():
        match = next((i for i, c in body.iterrows() if i not in used and c["id"] == k.id and k.evidence_contains in c["evidence"]
                      and _norm(c["source"]) == _norm(k.source)), None)
        if match is not None:
            used.add(match)
        got = body.loc[match] if match is not None else None
        rows.append({"id": k.id, "evidence_contains": k.evidence_contains, "source": k.source, "kind": k.kind, "quote": k.quote,
                     "found": match is not None, "found_kind": got["kind"] if got is not None else "",
                     "found_quote": got["quote"] if got is not None else ""})
    detail = pd.DataFrame(rows)
    found = detail[detail["found"]]
    extras = body.drop(index=list(used))
    scores = {
        "key_rows": len(detail), "extracted": len(body), "found": int(detail["found"].sum()),
        "precision": len(used) / len(body) if len(body) else float("nan"),
        "recall": detail["found"].mean() if len(detail) else float("nan"),
        "kind_agreement": (found["kind"] == found["found_kind"]).mean() if len(found) else float("nan"),
        "quote_agreement": (found["quote"] == found["found_quote"]).mean() if len(found) else float("nan"),
    }
    extras_rows = extras.assign(found=False, source_extracted=extras["source"])[["id", "source_extracted", "kind", "quote", "evidence"]]
    return scores, pd.concat([detail, extras_rows.rename(columns={"evidence": "evidence_contains"})], ignore_index=True)


def score_by_kind(citations: pd.DataFrame, key: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall per kind against an answer key (as `score_against_key`): recall over
    the key rows of a kind, precision over the extracted citations of that kind (in the key's
    articles), and ``kind_agreement`` of the found key rows. Columns: ``kind``, ``key_rows``,
    ``found``, ``extracted``, ``matched``, ``precision``, ``recall``, ``kind_agreement``."""
    _, detail = score_against_key(citations, key)
    from_key = detail[detail["source_extracted"].isna()] if "source_extracted" in detail else detail
    extras = detail.drop(index=from_key.index)
    rows = []
    for kind in sorted(set(from_key["kind"]) | set(extras["kind"]) | set(from_key.loc[from_key["found"].astype(bool), "found_kind"])):
        mine = from_key[from_key["kind"] == kind]
        found = mine[mine["found"].astype(bool)]
        matched = int((from_key["found"].astype(bool) & (from_key["found_kind"] == kind)).sum())
        extracted = matched + int((extras["kind"] == kind).sum())
        rows.append({"kind": kind, "key_rows": len(mine), "found": len(found), "extracted": extracted, "matched": matched,
                     "precision": matched / extracted if extracted else float("nan"),
                     "recall": len(found) / len(mine) if len(mine) else float("nan"),
                     "kind_agreement": float((found["found_kind"] == kind).mean()) if len(found) else float("nan")})
    return pd.DataFrame(rows, columns=["kind", "key_rows", "found", "extracted", "matched", "precision", "recall", "kind_agreement"])


def citation_validity(citations: pd.DataFrame) -> dict:
    """Precision and recall against the hand-made answer key, for the articles it covers."""
    from .paths import DATA_DIR

    key = pd.read_csv(DATA_DIR / "annotations" / "citation_key.csv", dtype=str, keep_default_na=False)
    key = key[key["id"].isin(set(citations["id"]))]
    if key.empty:
        return {}
    scores, _ = score_against_key(citations.assign(named=citations["named"].astype(bool)), key)
    by_kind = score_by_kind(citations.assign(named=citations["named"].astype(bool)), key)
    return {**{k: float(v) for k, v in scores.items()},
            "by_kind": {r["kind"]: {k: (None if pd.isna(v) else float(v)) for k, v in r.items() if k != "kind"}
                        for r in by_kind.to_dict("records")}}


def tone_validity() -> dict:
    """`helpers.tone.validate` on the human-rated sentences, computed once per analysis version."""
    from .analysis import analysis_version, cache_dir
    from .tone import validate

    root = cache_dir()
    path = root / analysis_version() / "tone_validity.json" if root else None
    if path and path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    result = validate()
    if path:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(result, indent=2), encoding="utf-8")
        except OSError:
            pass
    return result
