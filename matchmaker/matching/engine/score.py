"""The score of a posting against a program, 0–100, with its explanation.

Five factors, each in [0, 1], weighted by WEIGHTS (the one place the weights live); the
contributions are the weighted factors and add up to the score:

* skills — coverage of the posting's skills by the program's (the major's profile plus the skills
  the program adds). Required skills weigh REQUIRED_WEIGHT, optional ones 1, soft ones a fraction;
  a skill the program teaches as core earns more than one it only touches. Skills meet through the
  taxonomy's ids; a near-duplicate (``similar``) counts at its similarity.
* level — the program's level against the posting's minimum education.
* region — same county > same city > same province > same cluster (京津冀 …) > elsewhere.
* industry — the posting's division among the major's divisions (its first one best), or at least
  in the same section.
* preferred — the posting named the program's major among its preferred majors (neutral when the
  posting names none).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

WEIGHTS: dict[str, float] = {
    "skills": 50.0,
    "level": 15.0,
    "region": 15.0,
    "industry": 10.0,
    "preferred": 10.0,
}
REQUIRED_WEIGHT = 2.0
OPTIONAL_WEIGHT = 1.0
SOFT_FACTOR = 0.3
CORE_CREDIT = 0.5  # credit for a skill = similarity × (CORE_CREDIT + (1 − CORE_CREDIT) × program weight)

LEVEL_RANK = {"secondary": 0, "higher": 1, "undergraduate": 2}
LEVEL_FIT = {0: 1.0, 1: 0.8, 2: 0.6, -1: 0.3, -2: 0.0}  # program rank − posting rank

REGION_FIT = {"county": 1.0, "city": 0.8, "province": 0.6, "cluster": 0.4, "elsewhere": 0.1}
CLUSTERS: dict[str, frozenset[str]] = {
    "京津冀": frozenset({"11", "12", "13"}),
    "长三角": frozenset({"31", "32", "33", "34"}),
    "粤港澳": frozenset({"44"}),
    "成渝": frozenset({"50", "51"}),
    "长江中游": frozenset({"36", "42", "43"}),
}
_CLUSTER_OF = {prov: name for name, provs in CLUSTERS.items() for prov in provs}

INDUSTRY_FIT = {"first": 1.0, "listed": 0.8, "section": 0.4, "none": 0.0}
PREFERRED_FIT = {"named": 1.0, "neutral": 0.5, "other": 0.0}


@dataclass(frozen=True)
class DemandSkill:
    skill_id: int
    required: bool = True
    soft: bool = False

    @property
    def weight(self) -> float:
        base = REQUIRED_WEIGHT if self.required else OPTIONAL_WEIGHT
        return base * (SOFT_FACTOR if self.soft else 1.0)


@dataclass(frozen=True)
class PostingFeatures:
    id: int
    level: str
    region_code: str
    industry_code: str
    industry_section: str
    skills: tuple[DemandSkill, ...] = ()
    preferred_majors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ProgramFeatures:
    id: int
    major_code: str
    level: str
    region_code: str
    skills: Mapping[int, float]  # skill id → weight in [0, 1] (major profile, plus extras at 1.0)
    industries: tuple[str, ...] = ()
    industry_sections: frozenset[str] = frozenset()


@dataclass
class Score:
    posting_id: int
    program_id: int
    score: float
    contributions: dict[str, float]
    matched: list[tuple[int, int, float]] = field(default_factory=list)  # (demand, supply, similarity)
    missing_required: list[int] = field(default_factory=list)
    region_relation: str = "elsewhere"


def region_relation(a: str, b: str) -> str:
    if a == b:
        return "county"
    if a[:4] == b[:4]:
        return "city"
    if a[:2] == b[:2]:
        return "province"
    cluster = _CLUSTER_OF.get(a[:2])
    if cluster is not None and cluster == _CLUSTER_OF.get(b[:2]):
        return "cluster"
    return "elsewhere"


def level_fit(posting_level: str, program_level: str) -> float:
    gap = LEVEL_RANK[program_level] - LEVEL_RANK[posting_level]
    return LEVEL_FIT.get(gap, 0.0)


def industry_fit(posting: PostingFeatures, program: ProgramFeatures) -> float:
    if program.industries and posting.industry_code == program.industries[0]:
        return INDUSTRY_FIT["first"]
    if posting.industry_code in program.industries:
        return INDUSTRY_FIT["listed"]
    if posting.industry_section in program.industry_sections:
        return INDUSTRY_FIT["section"]
    return INDUSTRY_FIT["none"]


def preferred_fit(posting: PostingFeatures, program: ProgramFeatures) -> float:
    if not posting.preferred_majors:
        return PREFERRED_FIT["neutral"]
    return (
        PREFERRED_FIT["named"] if program.major_code in posting.preferred_majors else PREFERRED_FIT["other"]
    )


def skill_fit(
    posting: PostingFeatures,
    program: ProgramFeatures,
    similar: Mapping[int, Mapping[int, float]] | None = None,
) -> tuple[float, list[tuple[int, int, float]], list[int]]:
    """(coverage in [0, 1], matched pairs, missing required skill ids)."""
    total = sum(d.weight for d in posting.skills)
    if total == 0:
        return 0.0, [], []
    earned = 0.0
    matched: list[tuple[int, int, float]] = []
    missing: list[int] = []
    for demand in posting.skills:
        best: tuple[float, int] | None = None
        if demand.skill_id in program.skills:
            best = (1.0, demand.skill_id)
        elif similar:
            for other, sim in similar.get(demand.skill_id, {}).items():
                if other in program.skills and (best is None or sim > best[0]):
                    best = (sim, other)
        if best is None:
            if demand.required:
                missing.append(demand.skill_id)
            continue
        sim, supply = best
        earned += demand.weight * sim * (CORE_CREDIT + (1 - CORE_CREDIT) * program.skills[supply])
        matched.append((demand.skill_id, supply, sim))
    return earned / total, matched, missing


def score(
    posting: PostingFeatures,
    program: ProgramFeatures,
    similar: Mapping[int, Mapping[int, float]] | None = None,
) -> Score:
    coverage, matched, missing = skill_fit(posting, program, similar)
    relation = region_relation(posting.region_code, program.region_code)
    factors = {
        "skills": coverage,
        "level": level_fit(posting.level, program.level),
        "region": REGION_FIT[relation],
        "industry": industry_fit(posting, program),
        "preferred": preferred_fit(posting, program),
    }
    contributions = {k: round(WEIGHTS[k] * v, 4) for k, v in factors.items()}
    return Score(
        posting_id=posting.id,
        program_id=program.id,
        score=round(sum(contributions.values()), 4),
        contributions=contributions,
        matched=matched,
        missing_required=missing,
        region_relation=relation,
    )


# The most a program sharing no skill with a posting can score: recommendation uses it to stop early.
MAX_WITHOUT_SKILLS = sum(w for k, w in WEIGHTS.items() if k != "skills")
