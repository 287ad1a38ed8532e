"""Which of many regular expressions can match a text, from the literal words each one requires.

Searching a clause with each of a hundred patterns costs a hundred calls, though most clauses hold
none of them. Every match of ``(数据|销量).{0,8}(分析|统计)`` holds 数据 or 销量, so one Aho–Corasick
pass over the clause for such words says which patterns are worth searching. A pattern whose required
words cannot be worked out is always searched: the filter only ever skips a search that would fail.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Mapping

import ahocorasick

try:  # the standard library's own parser of patterns (sre_parse before Python 3.11)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older or other Pythons: every pattern is searched
    _sre = _sre_parse = None

Required = frozenset[str] | None  # a match holds one of these words; None: nothing is known


def required_words(pattern: re.Pattern) -> Required:
    """Words of which every match of ``pattern`` holds at least one, or None when none can be named
    (case-insensitive patterns, or one of the alternatives requiring no literal word)."""
    if _sre_parse is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a parser of another Python version: be safe, search
        return None
    return _sequence(list(parsed))


def _best(candidates: list[frozenset[str]]) -> Required:
    """The most selective requirement: its shortest word longest, then the fewest words."""
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _sequence(items: list) -> Required:
    """What a run of pattern items requires: any one of its required parts will do, the best is kept."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        required = _item(op, av)
        if required:
            candidates.append(required)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return _best(candidates)


def _item(op, av) -> Required:
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else _sequence(list(body))
    if op is _sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _sre.BRANCH:
        alternatives = [_sequence(list(branch)) for branch in av[1]]
        if any(words is None for words in alternatives):
            return None
        return frozenset().union(*alternatives)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is _sre.IN and av and all(kind is _sre.LITERAL for kind, _ in av):
        return frozenset(chr(code) for _kind, code in av)
    return None  # any character, a class, an anchor or a lookaround: no word a match must hold


class Prefilter:
    """The names of a mapping of patterns whose search in a text may succeed."""

    def __init__(self, patterns: Mapping[str, re.Pattern]):
        self.always: set[str] = set()
        self.automaton = ahocorasick.Automaton()
        by_word: dict[str, set[str]] = {}
        for name, pattern in patterns.items():
            words = required_words(pattern)
            if not words:
                self.always.add(name)
                continue
            for word in words:
                by_word.setdefault(word, set()).add(name)
        for word, names in by_word.items():
            self.automaton.add_word(word, frozenset(names))
        if len(self.automaton):
            self.automaton.make_automaton()

    def candidates(self, text: str) -> set[str]:
        """The names whose pattern may match ``text``: every one that does is among them."""
        names = set(self.always)
        if len(self.automaton):
            for _end, found in self.automaton.iter(text):
                names |= found
        return names


def searched(patterns: Mapping[str, re.Pattern], prefilter: Prefilter, text: str) -> Iterable[str]:
    """The names of ``patterns`` worth searching ``text`` with, in the mapping's order."""
    candidates = prefilter.candidates(text)
    return (name for name in patterns if name in candidates)


def alternatives(pattern: re.Pattern) -> list[re.Pattern]:
    """The top-level alternatives of ``pattern``, each compiled on its own with its flags; ``[pattern]``
    when searching them apart could match differently (a capturing group, which a backreference may
    name by number, or an alternative that can match nothing) or the split could misread it (a verbose
    pattern's comments)."""
    source, parts, depth, start, i = pattern.pattern, [], 0, 0, 0
    if not isinstance(source, str) or pattern.groups or pattern.flags & re.VERBOSE or _sre_parse is None:
        return [pattern]
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: its | and parentheses are characters (] first in it is one too)
            i += 2 if source.startswith("[^", i) else 1
            if source[i] == "]":
                i += 1
            while source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    if len(parts) == 1 or any(_sre_parse.parse(part, pattern.flags).getwidth()[0] == 0 for part in parts):
        return [pattern]
    return [re.compile(part, pattern.flags) for part in parts]


class Alternation:
    """The spans ``pattern.finditer`` yields, from searching only the alternatives a text can match.

    A pattern of hundreds of alternatives tries each of them at every position of a text, though a
    clause holds the words of a handful. Here each alternative the prefilter passes is searched on
    its own and the matches are merged as re would pick them: leftmost first, at one position the
    first alternative in order, the next search starting where the last match ended.
    """

    def __init__(self, pattern: re.Pattern):
        self.patterns = alternatives(pattern)
        self.prefilter = Prefilter(dict(enumerate(self.patterns)))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of the pattern's matches in ``text``, in order and none overlapping."""
        pending = [  # (start, alternative's place, match): each candidate's next match, a heap
            (match.start(), order, match)
            for order in self.prefilter.candidates(text)
            if (match := self.patterns[order].search(text))
        ]
        heapq.heapify(pending)
        spans: list[tuple[int, int]] = []
        end = 0
        while pending:
            start, order, match = heapq.heappop(pending)
            if start >= end:  # else it overlaps the last span taken: search on from its end
                spans.append(match.span())
                end = match.end()
            if match := self.patterns[order].search(text, end):
                heapq.heappush(pending, (match.start(), order, match))
        return spans
