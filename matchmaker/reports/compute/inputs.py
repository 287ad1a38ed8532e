"""The plain rows report computations read, and the thresholds they apply.

The service layer fills these from the database (descendant regions included); the computations
never see an ORM object, so tests can build them by hand and check every figure by arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class PostingRow:
    id: int
    kind: str  # hiring | apprenticeship | internship | order_class
    status: str  # draft | open | closed (drafts never count)
    headcount: int
    level: str  # secondary | higher | undergraduate
    region_code: str
    industry_code: str  # GB/T 4754 division, e.g. "34"
    industry_section: str  # its section letter, e.g. "C"
    start_date: date | None
    skills: tuple[str, ...] = ()  # canonical skill names
    preferred_majors: tuple[str, ...] = ()
    enterprise_id: int = 0
    enterprise_ownership: str = "private"  # state | private | foreign | collective | other


@dataclass(frozen=True)
class ProgramRow:
    id: int
    school_id: int
    major_code: str
    major_name: str
    major_level: str
    cohort_year: int
    enrollment: int
    expected_graduates: int
    employment_rate: float | None
    apprenticeship_pilot: bool
    region_code: str  # the school's region
    major_sections: tuple[str, ...] = ()  # GB/T 4754 sections the major serves


@dataclass(frozen=True)
class SchoolRow:
    id: int
    name: str
    region_code: str
    fulltime_teachers: int
    dual_qualified_teachers: int


@dataclass(frozen=True)
class EnterpriseRow:
    id: int
    ownership: str
    employees: int
    region_code: str


@dataclass(frozen=True)
class Attribution:
    """A posting's candidate majors with their engine scores (best first), for demand attribution."""

    posting_id: int
    majors: tuple[tuple[str, float], ...]  # (major code, score 0–100)


@dataclass(frozen=True)
class Thresholds:
    """Warning thresholds and targets (SPEC §6 defaults; a region policy overrides them)."""

    gap_min_demand: float = 10.0
    red_fit_ratio: float = 0.5
    red_employment_rate: float = 0.60
    yellow_fit_ratio: float = 0.8
    yellow_employment_rate: float = 0.70
    shortage_fit_ratio: float = 1.5
    employment_kinds: tuple[str, ...] = ("hiring", "apprenticeship", "order_class")
    attribution_min_score: float = 50.0
    attribution_top: int = 3
    targets: dict[str, float] = field(
        default_factory=dict
    )  # dual_qualified_ratio, apprenticeship_coverage, …
    priority_industries: tuple[str, ...] = ()  # division codes

    def as_dict(self) -> dict:
        return {
            "gap_min_demand": self.gap_min_demand,
            "red_fit_ratio": self.red_fit_ratio,
            "red_employment_rate": self.red_employment_rate,
            "yellow_fit_ratio": self.yellow_fit_ratio,
            "yellow_employment_rate": self.yellow_employment_rate,
            "shortage_fit_ratio": self.shortage_fit_ratio,
            "employment_kinds": list(self.employment_kinds),
            "attribution_min_score": self.attribution_min_score,
            "attribution_top": self.attribution_top,
            "targets": dict(self.targets),
            "priority_industries": list(self.priority_industries),
        }
