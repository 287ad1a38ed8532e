"""Normalisation of skill text, so that every spelling of a term meets the same key.

Traditional characters are read as simplified (溝通能力 is 沟通能力, 會計 is 会计): ads from Hong Kong,
Macao and Taiwan firms, and users typing on a traditional input method, must meet the same vocabulary.
NFKC folds full-width letters, digits and punctuation to their ASCII forms; case is folded; white
space and punctuation are dropped (``C/C++`` and ``C++`` must stay apart, so ``+`` and ``#`` stay).
"""

from __future__ import annotations

import unicodedata

import opencc

_KEEP = frozenset("+#")
# OpenCC's traditional → simplified conversion: phrase tables first (乾燥 → 干燥 but 乾隆 stays), then
# characters. Simplified text passes through unchanged.
_TO_SIMPLIFIED = opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in simplified characters, one for one, so that a span found in the result is the same
    span of ``text``. Should a phrase ever convert to another length, each character converts alone."""
    if text.isascii():
        return text
    converted = _TO_SIMPLIFIED.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c := _TO_SIMPLIFIED.convert(ch)) == 1 else ch for ch in text)


def fold(text: str) -> str:
    """Width, case, spaces and punctuation folded away (the characters are taken as written)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(
        ch
        for ch in folded
        if ch in _KEEP or not (ch.isspace() or unicodedata.category(ch).startswith(("P", "S", "Z", "C")))
    )


def normalise(text: str) -> str:
    """The key a spelling of a term is indexed and looked up by."""
    return fold(simplified(text))
