"""Normalisation of skill text, so that every spelling of a term meets the same key.

NFKC folds full-width letters, digits and punctuation to their ASCII forms; case is folded; white
space and punctuation are dropped (``C/C++`` and ``C++`` must stay apart, so ``+`` and ``#`` stay).
"""

from __future__ import annotations

import unicodedata

_KEEP = frozenset("+#")


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(
        ch
        for ch in folded
        if ch in _KEEP or not (ch.isspace() or unicodedata.category(ch).startswith(("P", "S", "Z", "C")))
    )
