"""Top-k programs for a posting and top-k postings for a program, exact and fast.

Each candidate's skills factor is accumulated through an inverted index in one pass; candidates
are then scored exactly in order of that factor, and the search stops as soon as the k-th best
score beats what any remaining candidate could reach (its skills part plus the most the other
factors can give, MAX_WITHOUT_SKILLS). Programs sharing no skill can reach MAX_WITHOUT_SKILLS
at most, so they are scored only when the k-th best is not above that.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

import numpy as np

from matchmaker.matching.engine.score import (
    _CLUSTER_OF,
    CORE_CREDIT,
    INDUSTRY_FIT,
    LEVEL_FIT,
    LEVEL_RANK,
    MAX_WITHOUT_SKILLS,
    PREFERRED_FIT,
    REGION_FIT,
    WEIGHTS,
    PostingFeatures,
    ProgramFeatures,
    Score,
    score,
)

Similar = Mapping[int, Mapping[int, float]]
MARGIN = 1e-3  # rounding slack between the bound and score()'s rounded contributions
_EMPTY = np.zeros(0, dtype=np.int64)
_EMPTY_F = np.zeros(0)
_CLUSTER_IDS = {name: i for i, name in enumerate(sorted(set(_CLUSTER_OF.values())))}


def _cluster_id(region_code: str) -> int:
    name = _CLUSTER_OF.get(region_code[:2])
    return _CLUSTER_IDS[name] if name is not None else -1


def _credit(weight: float) -> float:
    return CORE_CREDIT + (1 - CORE_CREDIT) * weight


def _search(
    bounds: dict[int, float], exact: Callable[[int], Score | None], rest: Iterable[int], k: int, sort_id
):
    """Score candidates best bound first; stop once the k-th best beats every remaining bound."""
    best: list[tuple[float, int, Score]] = []  # min-heap of (score, -id) → the k best so far

    def push(s: Score) -> None:
        item = (s.score, -sort_id(s), s)
        if len(best) < k:
            heapq.heappush(best, item)
        elif item[:2] > best[0][:2]:
            heapq.heapreplace(best, item)

    for pid, bound in sorted(bounds.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(best) == k and best[0][0] > bound + MAX_WITHOUT_SKILLS + MARGIN:
            break
        s = exact(pid)
        if s is not None:
            push(s)
    if len(best) < k or best[0][0] <= MAX_WITHOUT_SKILLS + MARGIN:
        for pid in rest:
            if pid not in bounds:
                s = exact(pid)
                if s is not None:
                    push(s)
    return [s for _, _, s in sorted(best, key=lambda t: (-t[0], -t[1]))]


class ProgramIndex:
    """All programs, with arrays that give every program's non-skill factors for a posting at once."""

    def __init__(self, programs: Iterable[ProgramFeatures]):
        self.programs: dict[int, ProgramFeatures] = {p.id: p for p in sorted(programs, key=lambda p: p.id)}
        self.ids = list(self.programs)
        position = {pid: i for i, pid in enumerate(self.ids)}
        self.by_skill: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        grouped: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for p in self.programs.values():
            for skill_id, weight in p.skills.items():
                grouped[skill_id].append((position[p.id], _credit(weight)))
        for skill_id, rows in grouped.items():
            self.by_skill[skill_id] = (np.array([r for r, _ in rows]), np.array([c for _, c in rows]))
        progs = list(self.programs.values())
        self.level = np.array([LEVEL_RANK[p.level] for p in progs], dtype=np.int64)
        # Region codes as small ints per prefix (as score.region_relation compares string prefixes).
        self.region_ids: dict[str, int] = {}
        self.county = self._codes(p.region_code for p in progs)
        self.city = self._codes(p.region_code[:4] for p in progs)
        self.province = self._codes(p.region_code[:2] for p in progs)
        self.cluster = np.array([_cluster_id(p.region_code) for p in progs], dtype=np.int64)
        self.first_industry = np.array([p.industries[0] if p.industries else "" for p in progs])
        self.with_industry: dict[str, np.ndarray] = {}
        self.with_section: dict[str, np.ndarray] = {}
        for attr, target in (("industries", self.with_industry), ("industry_sections", self.with_section)):
            members: dict[str, list[int]] = defaultdict(list)
            for i, p in enumerate(progs):
                for value in getattr(p, attr):
                    members[value].append(i)
            target.update({k: np.array(v) for k, v in members.items()})
        self.major = np.array([p.major_code for p in progs])

    def _codes(self, values: Iterable[str]) -> np.ndarray:
        return np.array([self.region_ids.setdefault(v, len(self.region_ids)) for v in values], dtype=np.int64)

    def _code(self, value: str) -> int:
        return self.region_ids.get(value, -1)

    def _non_skill(self, posting: PostingFeatures) -> np.ndarray:
        """WEIGHTS × (level, region, industry, preferred) of every program, as score() computes them."""
        gap = self.level - LEVEL_RANK[posting.level]
        level = np.vectorize(lambda g: LEVEL_FIT.get(int(g), 0.0), otypes=[float])(gap) if len(gap) else gap
        code = posting.region_code
        region = np.full(len(self.ids), REGION_FIT["elsewhere"])
        cluster = _cluster_id(code)
        if cluster >= 0:
            region[self.cluster == cluster] = REGION_FIT["cluster"]
        region[self.province == self._code(code[:2])] = REGION_FIT["province"]
        region[self.city == self._code(code[:4])] = REGION_FIT["city"]
        region[self.county == self._code(code)] = REGION_FIT["county"]
        industry = np.zeros(len(self.ids))
        industry[self.with_section.get(posting.industry_section, _EMPTY)] = INDUSTRY_FIT["section"]
        industry[self.with_industry.get(posting.industry_code, _EMPTY)] = INDUSTRY_FIT["listed"]
        industry[self.first_industry == posting.industry_code] = INDUSTRY_FIT["first"]
        if posting.preferred_majors:
            preferred = np.where(
                np.isin(self.major, list(posting.preferred_majors)),
                PREFERRED_FIT["named"],
                PREFERRED_FIT["other"],
            )
        else:
            preferred = np.full(len(self.ids), PREFERRED_FIT["neutral"])
        return (
            WEIGHTS["level"] * level
            + WEIGHTS["region"] * region
            + WEIGHTS["industry"] * industry
            + WEIGHTS["preferred"] * preferred
        )

    def top_for(
        self,
        posting: PostingFeatures,
        k: int = 10,
        *,
        min_score: float = 0.0,
        similar: Similar | None = None,
        keep: Callable[[ProgramFeatures], bool] | None = None,
    ) -> list[Score]:
        """The k best programs: every program's score is bounded from arrays, and only the few
        whose bound can still reach the top k are scored exactly (by score(), the one truth)."""
        if not self.ids:
            return []
        bound = self._non_skill(posting)
        total = sum(d.weight for d in posting.skills)
        for demand in posting.skills:
            share = WEIGHTS["skills"] * demand.weight / total
            rows, credit = self.by_skill.get(demand.skill_id, (_EMPTY, _EMPTY_F))
            np.add.at(bound, rows, share * credit)
            for other in (similar or {}).get(
                demand.skill_id, {}
            ):  # a similar skill earns at most full credit
                rows, _ = self.by_skill.get(other, (_EMPTY, _EMPTY_F))
                np.add.at(bound, rows, share)
        order = np.lexsort((np.arange(len(self.ids)), -bound))
        best: list[tuple[float, int, Score]] = []
        for i in order.tolist():
            if len(best) == k and best[0][0] > bound[i] + MARGIN:
                break
            program = self.programs[self.ids[i]]
            if keep is not None and not keep(program):
                continue
            s = score(posting, program, similar)
            if s.score < min_score:
                continue
            item = (s.score, -s.program_id, s)
            if len(best) < k:
                heapq.heappush(best, item)
            elif item[:2] > best[0][:2]:
                heapq.heapreplace(best, item)
        return [s for _, _, s in sorted(best, key=lambda t: (-t[0], -t[1]))]


class PostingIndex:
    def __init__(self, postings: Iterable[PostingFeatures]):
        self.postings: dict[int, PostingFeatures] = {p.id: p for p in postings}
        self.by_skill: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for p in self.postings.values():
            total = sum(d.weight for d in p.skills)
            for demand in p.skills:
                self.by_skill[demand.skill_id].append((p.id, WEIGHTS["skills"] * demand.weight / total))

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
        bounds: dict[int, float] = defaultdict(float)
        for skill_id, weight in program.skills.items():
            credit = _credit(weight)
            for pid, share in self.by_skill.get(skill_id, ()):
                bounds[pid] += share * credit
            for demand_skill in reverse.get(skill_id, ()):
                for pid, share in self.by_skill.get(demand_skill, ()):
                    bounds[pid] += share

        def exact(pid: int) -> Score | None:
            posting = self.postings[pid]
            if keep is not None and not keep(posting):
                return None
            s = score(posting, program, similar)
            return s if s.score >= min_score else None

        return _search(dict(bounds), exact, self.postings, k, lambda s: s.posting_id)
