"""Whose voice a sentence is in: the outlet's own narration, or quoted and attributed material.

>>> from helpers.sentences import split_sentences
>>> from helpers.citations import find_citations
>>> text = "“We will not back down,” said Jane Roe, a professor at Example University. The talks ended."
>>> sentences = split_sentences(text)
>>> voices(text, sentences, find_citations(text, sentences))
['quoted', 'own']
"""

from __future__ import annotations

from .quotes import quoted_share, speech_spans
from .sentences import Sentence


def voices(body: str, sentences: list[Sentence], records: list[dict]) -> list[str]:
    """``quoted`` or ``own`` for each sentence of one article: a sentence is quoted material when
    most of it stands inside quotation marks or it carries (or continues) an attribution to a
    source; everything else is the outlet's own narration. Unattributed claims ("it is said
    that …") stay in the outlet's own voice: no one else is speaking."""
    spans = speech_spans(body)
    attributed = [(r["start"], r["end"]) for r in records if r.get("form") != "unattributed passive" and r.get("start", -1) >= 0]
    out = []
    for s in sentences:
        carried = any(start < s.end and end > s.start for start, end in attributed)
        out.append("quoted" if carried or quoted_share(s, spans) >= 0.5 else "own")
    return out
