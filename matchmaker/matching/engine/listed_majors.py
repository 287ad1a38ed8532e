"""Majors a text lists by the catalog's own names, wherever it lists them.

A notice names the majors it wants in its degree line (read by :mod:`fields`), but also in a post's
brackets ("测量员 8人（工程测量技术、道路与桥梁工程技术、无人机测绘技术）"), after 面向 or in a chatty line
("现代物流管理、供应链运营的同学都可以报"). Two or more of the catalog's names in a row, joined by list marks
(a headcount may follow each), are such a list whatever the words around them: no skill list reads that
way. One name alone is not (物业管理 is a duty as often as 现代物业管理 is a major), nor are names under
four characters (护理、保险 and 法律 are words of every ad).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

MIN_NAME_CHARS = 4
MIN_RUN = 2
# a list mark between two names, after the first one's headcount if any ("康复治疗技术25人，中医康复技术8人")
_BETWEEN = re.compile(r"\s*(?:\d+\s*[人名个])?\s*(?:[、，,/／;；]|以及|[和及或与])\s*")


class MajorNames:
    """The catalog's major names (simplified characters), found in a text where two or more are listed."""

    def __init__(self, names: Iterable[str]):
        self.automaton = ahocorasick.Automaton()
        for name in {n for n in names if len(n) >= MIN_NAME_CHARS}:
            self.automaton.add_word(name, name)
        if len(self.automaton):
            self.automaton.make_automaton()

    def _found(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each name in ``text``, the longest where names overlap, in order."""
        if not len(self.automaton):
            return []
        hits = sorted(
            ((end + 1 - len(name), end + 1, name) for end, name in self.automaton.iter(text)),
            key=lambda h: (h[0], -(h[1] - h[0])),
        )
        kept: list[tuple[int, int, str]] = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

    def listed(self, text: str) -> list[str]:
        """The names of every run of :data:`MIN_RUN` or more names joined by list marks, in order, once."""
        runs: list[list[tuple[int, int, str]]] = []
        for hit in self._found(text):
            if runs and _BETWEEN.fullmatch(text, runs[-1][-1][1], hit[0]):
                runs[-1].append(hit)
            else:
                runs.append([hit])
        names = [name for run in runs if len(run) >= MIN_RUN for _start, _end, name in run]
        return list(dict.fromkeys(names))
