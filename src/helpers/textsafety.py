"""Make text from someone else's files safe to use as a label, and decode article bytes safely.

``clean_label`` normalises a short piece of text (an outlet name, a title, an author) so that
look-alike spellings become one, and nothing invisible can hide in it or reorder what follows:

>>> clean_label("  CNN\\u200b ")
'CNN'
>>> clean_label("Fox\\u00a0\\u00a0 News\\n")
'Fox News'
>>> clean_label("\\u202eswen ekaf")
'swen ekaf'
>>> clean_label("\\uff23\\uff2e\\uff2e")  # full-width letters
'CNN'
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# Unicode categories removed from labels: format characters (zero-width space, joiner and
# non-joiner, word joiner, BOM, soft hyphen, and every bidirectional control: U+200E/U+200F,
# U+202A-U+202E, U+2066-U+2069, U+061C), surrogates, and control characters that are not
# whitespace (whitespace is collapsed instead).
_REMOVED_CATEGORIES = frozenset({"Cf", "Cs", "Cc"})
_WHITESPACE = re.compile(r"\s+")

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def _drop_invisible(text: str) -> str:
    return "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) not in _REMOVED_CATEGORIES)


def clean_label(text: str) -> str:
    """``text`` in Unicode NFKC, with invisible, bidirectional-control and control characters
    removed and every run of whitespace (no-break spaces included) made one space, stripped.

    >>> clean_label("C\\u00a0NN") == "C NN"
    True
    >>> clean_label("soft\\u00adhyphen \\u2066isolated\\u2069")
    'softhyphen isolated'
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = unicodedata.normalize("NFKC", _drop_invisible(text))
    return _WHITESPACE.sub(" ", _drop_invisible(text)).strip()


def hidden_characters(text: str) -> list[str]:
    """The invisible or bidirectional-control characters in ``text``, as ``U+XXXX`` names.

    >>> hidden_characters("CNN\\u200b\\u202e")
    ['U+200B', 'U+202E']
    """
    return [f"U+{ord(ch):04X}" for ch in text
            if not ch.isspace() and unicodedata.category(ch) in _REMOVED_CATEGORIES]


# Byte-order marks, longest first (the UTF-32 little-endian mark starts with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, or None.

    >>> bom_encoding("Hi".encode("utf-16")), bom_encoding(b"Hi")
    ('utf-16', None)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None
