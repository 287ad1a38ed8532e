"""Fuzzy look-up of majors and skills by name (RapidFuzz), over lists held in memory."""

from __future__ import annotations

import math
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from matchmaker.matching.engine.normalise import normalise


def fuzzy_rank(query: str, choices: Sequence[str], *, cutoff: float = 60.0) -> list[tuple[int, float]]:
    """(index, score) of the choices that resemble ``query``, best first; exact substrings first.

    ``WRatio`` handles partial matches (``机器人`` in ``工业机器人技术``); a plain containment bonus
    keeps the obvious hits above look-alikes of the same score.
    """
    key = normalise(query)
    if not key:
        return []
    keys = [normalise(c) for c in choices]
    hits = process.extract(key, keys, scorer=fuzz.WRatio, score_cutoff=cutoff, limit=None)
    ranked = []
    for _, score, idx in hits:
        exact = keys[idx] == key
        contains = key in keys[idx]
        ranked.append((idx, 100.0 if exact else min(99.9, score + (5 if contains else 0))))
    ranked.sort(key=lambda item: (-item[1], len(keys[item[0]]), item[0]))
    return ranked


class TypoIndex:
    """Normalised keys → ids, to take a near-miss for the key it misspells.

    RapidFuzz's ``ratio`` is 200·matches / (len(a) + len(b)), so a key can only reach the cutoff from
    keys of about its own length; keys are kept by length and only those are scored. Over the skill
    vocabulary (18,000 keys) that is a few hundred instead of all of them: 0.02 ms instead of 1 ms.
    """

    def __init__(self, ids: dict[str, int], cutoff: float) -> None:
        self.ids = ids
        self.cutoff = cutoff
        self.by_length: dict[int, list[str]] = {}
        for key in ids:
            self.by_length.setdefault(len(key), []).append(key)

    def closest(self, key: str) -> int | None:
        """The id of the key nearest ``key`` at ``cutoff`` or above, if any."""
        shortest = math.ceil(len(key) * self.cutoff / (200 - self.cutoff) - 1e-9)
        longest = math.floor(len(key) * (200 - self.cutoff) / self.cutoff + 1e-9)
        candidates = [k for n in range(shortest, longest + 1) for k in self.by_length.get(n, ())]
        hit = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=self.cutoff)
        return None if hit is None else self.ids[hit[0]]
