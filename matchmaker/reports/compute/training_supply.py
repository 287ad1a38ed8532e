"""training_supply — 职业院校人才培养情况报告 (SPEC §6).

Per school and per major of the region: the cohort-Y programs (Y = the period's year), their
enrolment and expected graduates, and the graduate-weighted employment rate of cohort Y−1 (the latest
measured). Three indicators stand beside their policy targets: the 双师型 ratio (Zhengzhou §(十六)),
apprenticeship coverage (§(十七)) and the SOE apprenticeship quota (Qinhuangdao §(三)). Targets come
from the region policy only: an absent target is reported as None, never guessed.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

from matchmaker.reports.compute import METHOD_VERSION
from matchmaker.reports.compute.inputs import EnterpriseRow, PostingRow, ProgramRow, SchoolRow, Thresholds
from matchmaker.reports.compute.major_fit import exact, graduate_weighted_rate, period_info, ratio
from matchmaker.reports.compute.periods import Period


def _indicator(name: str, numerator: int, denominator: int, thresholds: Thresholds) -> dict:
    """value = numerator ÷ denominator (None when the denominator is 0); met = value ≥ target."""
    value = Fraction(numerator, denominator) if denominator else None
    target = thresholds.targets.get(name)
    met = None if value is None or target is None else value >= exact(target)
    return {
        "name": name,
        "value": ratio(value),
        "target": target,
        "met": met,
        "numerator": numerator,
        "denominator": denominator,
    }


def _group(programs: list[ProgramRow], latest: list[ProgramRow]) -> dict:
    return {
        "programs": len(programs),
        "enrollment": sum(p.enrollment for p in programs),
        "graduates": sum(p.expected_graduates for p in programs),
        "employment_rate": ratio(graduate_weighted_rate(latest)),
    }


def training_supply(
    programs: list[ProgramRow],
    schools: list[SchoolRow],
    postings: list[PostingRow],
    enterprises: list[EnterpriseRow],
    accepted_apprenticeship_programs: set[int],
    *,
    period: Period,
    thresholds: Thresholds,
    major_names: dict[str, str],
) -> dict:
    """The training_supply report's data.

    All rows are the region's (descendants included); programs of cohorts Y and Y−1 matter.
    ``accepted_apprenticeship_programs`` holds the ids of programs with an accepted agreement on an
    apprenticeship posting. The SOE quota counts the apprenticeship headcount of the period's
    non-draft postings of the listed state-owned enterprises over those same enterprises' employees,
    so both sides of the ratio cover the same enterprises.
    """
    year = period.year
    current = [p for p in programs if p.cohort_year == year]
    latest = [p for p in programs if p.cohort_year == year - 1]
    by_school: dict[int, list[ProgramRow]] = defaultdict(list)
    latest_by_school: dict[int, list[ProgramRow]] = defaultdict(list)
    by_major: dict[str, list[ProgramRow]] = defaultdict(list)
    latest_by_major: dict[str, list[ProgramRow]] = defaultdict(list)
    for p in current:
        by_school[p.school_id].append(p)
        by_major[p.major_code].append(p)
    for p in latest:
        latest_by_school[p.school_id].append(p)
        latest_by_major[p.major_code].append(p)

    def is_apprenticeship(p: ProgramRow) -> bool:
        return p.apprenticeship_pilot or p.id in accepted_apprenticeship_programs

    school_rows = []
    known = {s.id: s for s in schools}
    for school_id in sorted(set(known) | set(by_school)):
        school = known.get(school_id)  # a program's school missing from ``schools`` still shows
        group = by_school.get(school_id, [])
        teachers = school.fulltime_teachers if school else 0
        dual = Fraction(school.dual_qualified_teachers, teachers) if school and teachers else None
        school_rows.append(
            {
                "school_id": school_id,
                "name": school.name if school else None,
                **_group(group, latest_by_school.get(school_id, [])),
                "apprenticeship_programs": sum(1 for p in group if is_apprenticeship(p)),
                "apprenticeship_coverage": ratio(
                    Fraction(sum(1 for p in group if is_apprenticeship(p)), len(group)) if group else None
                ),
                "fulltime_teachers": school.fulltime_teachers if school else None,
                "dual_qualified_teachers": school.dual_qualified_teachers if school else None,
                "dual_qualified_ratio": ratio(dual),
            }
        )

    major_rows = []
    for code in sorted(by_major):
        group = by_major[code]
        major_rows.append(
            {
                "major_code": code,
                "major_name": major_names.get(code) or group[0].major_name,
                "major_level": group[0].major_level,
                **_group(group, latest_by_major.get(code, [])),
                "apprenticeship_programs": sum(1 for p in group if is_apprenticeship(p)),
                "apprenticeship_coverage": ratio(
                    Fraction(sum(1 for p in group if is_apprenticeship(p)), len(group))
                ),
            }
        )

    state_ids = {e.id for e in enterprises if e.ownership == "state"}
    soe_apprentices = sum(
        p.headcount
        for p in postings
        if p.kind == "apprenticeship"
        and p.status != "draft"
        and p.enterprise_id in state_ids
        and period.contains(p.start_date)
    )
    fulltime = sum(s.fulltime_teachers for s in schools)
    dual_qualified = sum(s.dual_qualified_teachers for s in schools)
    covered = sum(1 for p in current if is_apprenticeship(p))
    indicators = [
        _indicator("dual_qualified_ratio", dual_qualified, fulltime, thresholds),
        _indicator("apprenticeship_coverage", covered, len(current), thresholds),
        _indicator(
            "soe_apprenticeship_quota",
            soe_apprentices,
            sum(e.employees for e in enterprises if e.id in state_ids),
            thresholds,
        ),
    ]
    return {
        "period": period_info(period),
        "cohort_years": {"supply": year, "employment_rate": year - 1},
        "method_version": METHOD_VERSION,
        "thresholds": thresholds.as_dict(),
        "totals": {
            "schools": len(school_rows),
            **_group(current, latest),
            "fulltime_teachers": fulltime,
            "dual_qualified_teachers": dual_qualified,
        },
        "schools": school_rows,
        "majors": major_rows,
        "indicators": indicators,
    }
