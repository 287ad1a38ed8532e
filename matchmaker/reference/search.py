"""Fuzzy look-up of majors and skills by name (RapidFuzz), over lists held in memory."""

from __future__ import annotations

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
