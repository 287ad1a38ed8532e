"""Top-k programs for a posting and top-k postings for a program, exact and fast.

Only candidates that share a skill (directly or through ``similar``) are scored first; the rest can
score at most MAX_WITHOUT_SKILLS, so they are scored only when the k-th best so far is below that.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from matchmaker.matching.engine.score import (
    MAX_WITHOUT_SKILLS,
    PostingFeatures,
    ProgramFeatures,
    Score,
    score,
)

Similar = Mapping[int, Mapping[int, float]]


def _top(scored: list[Score], k: int) -> list[Score]:
    scored.sort(key=lambda s: (-s.score, s.program_id, s.posting_id))
    return scored[:k]


class ProgramIndex:
    def __init__(self, programs: Iterable[ProgramFeatures]):
        self.programs: dict[int, ProgramFeatures] = {p.id: p for p in programs}
        self.by_skill: dict[int, set[int]] = defaultdict(set)
        for p in self.programs.values():
            for skill_id in p.skills:
                self.by_skill[skill_id].add(p.id)

    def top_for(
        self,
        posting: PostingFeatures,
        k: int = 10,
        *,
        min_score: float = 0.0,
        similar: Similar | None = None,
        keep: Callable[[ProgramFeatures], bool] | None = None,
    ) -> list[Score]:
        wanted: set[int] = set()
        for demand in posting.skills:
            wanted |= self.by_skill.get(demand.skill_id, set())
            for other in (similar or {}).get(demand.skill_id, {}):
                wanted |= self.by_skill.get(other, set())
        scored = self._score(posting, wanted, similar, keep, min_score)
        if len(scored) < k or _top(scored, k)[-1].score <= MAX_WITHOUT_SKILLS:
            rest = set(self.programs) - wanted
            scored += self._score(posting, rest, similar, keep, min_score)
        return _top(scored, k)

    def _score(self, posting, ids, similar, keep, min_score) -> list[Score]:
        out = []
        for pid in ids:
            program = self.programs[pid]
            if keep is not None and not keep(program):
                continue
            s = score(posting, program, similar)
            if s.score >= min_score:
                out.append(s)
        return out


class PostingIndex:
    def __init__(self, postings: Iterable[PostingFeatures]):
        self.postings: dict[int, PostingFeatures] = {p.id: p for p in postings}
        self.by_skill: dict[int, set[int]] = defaultdict(set)
        for p in self.postings.values():
            for demand in p.skills:
                self.by_skill[demand.skill_id].add(p.id)

    def top_for(
        self,
        program: ProgramFeatures,
        k: int = 10,
        *,
        min_score: float = 0.0,
        similar: Similar | None = None,
        keep: Callable[[PostingFeatures], bool] | None = None,
    ) -> list[Score]:
        reverse: dict[int, set[int]] = defaultdict(set)
        for a, others in (similar or {}).items():
            for b in others:
                reverse[b].add(a)
        wanted: set[int] = set()
        for skill_id in program.skills:
            wanted |= self.by_skill.get(skill_id, set())
            for demand_skill in reverse.get(skill_id, ()):
                wanted |= self.by_skill.get(demand_skill, set())
        scored = self._score(program, wanted, similar, keep, min_score)
        if len(scored) < k or _top(scored, k)[-1].score <= MAX_WITHOUT_SKILLS:
            scored += self._score(program, set(self.postings) - wanted, similar, keep, min_score)
        scored.sort(key=lambda s: (-s.score, s.posting_id))
        return scored[:k]

    def _score(self, program, ids, similar, keep, min_score) -> list[Score]:
        out = []
        for pid in ids:
            posting = self.postings[pid]
            if keep is not None and not keep(posting):
                continue
            s = score(posting, program, similar)
            if s.score >= min_score:
                out.append(s)
        return out
