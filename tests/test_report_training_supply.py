"""training_supply on hand-made data: every expected figure below is worked out by hand in the comments."""

from __future__ import annotations

import json
from datetime import date

from matchmaker.reports.compute import METHOD_VERSION
from matchmaker.reports.compute.inputs import EnterpriseRow, PostingRow, ProgramRow, SchoolRow, Thresholds
from matchmaker.reports.compute.periods import parse_period
from matchmaker.reports.compute.training_supply import training_supply

Y = 2026
PERIOD = parse_period("2026")
NAMES = {"A": "数控技术", "B": "护理", "C": "学前教育"}

SCHOOLS = [
    SchoolRow(1, "秦皇岛职业技术学院", "130302", 100, 90),
    SchoolRow(2, "河北对外经贸职业学院", "130303", 50, 30),
]


def program(pid, school, major, enrollment, graduates, *, cohort=Y, rate=None, pilot=False):
    return ProgramRow(
        id=pid,
        school_id=school,
        major_code=major,
        major_name=NAMES[major],
        major_level="higher",
        cohort_year=cohort,
        enrollment=enrollment,
        expected_graduates=graduates,
        employment_rate=rate,
        apprenticeship_pilot=pilot,
        region_code="130302",
    )


PROGRAMS = [
    # cohort 2026: 4 programs; P1 is a pilot, P2 holds an accepted apprenticeship agreement.
    program(1, 1, "A", 50, 45, pilot=True),
    program(2, 1, "B", 40, 38),
    program(3, 2, "A", 30, 28),
    program(4, 2, "C", 20, 20),
    # cohort 2025 (the latest measured): rates.
    program(11, 1, "A", 40, 40, cohort=Y - 1, rate=0.9),
    program(12, 1, "B", 60, 60, cohort=Y - 1, rate=0.8),
    program(13, 2, "A", 20, 20, cohort=Y - 1, rate=None),
    program(14, 2, "C", 30, 30, cohort=Y - 1, rate=0.7),
    # cohort 2024: ignored by this report.
    program(21, 1, "A", 10, 10, cohort=Y - 2, rate=0.1, pilot=True),
]

ENTERPRISES = [
    EnterpriseRow(1, "state", 1000, "130302"),
    EnterpriseRow(2, "state", 200, "130302"),
    EnterpriseRow(3, "private", 500, "130302"),
]


def posting(enterprise, headcount, *, kind="apprenticeship", status="open", start=date(2026, 4, 1)):
    return PostingRow(
        id=headcount * 100 + enterprise,
        kind=kind,
        status=status,
        headcount=headcount,
        level="higher",
        region_code="130302",
        industry_code="34",
        industry_section="C",
        start_date=start,
        enterprise_id=enterprise,
        enterprise_ownership="state" if enterprise in (1, 2) else "private",
    )


POSTINGS = [
    posting(1, 40),  # counts
    posting(2, 20, status="closed"),  # counts
    posting(1, 10, status="draft"),  # draft
    posting(1, 15, start=date(2025, 12, 1)),  # before the period
    posting(3, 30),  # private enterprise
    posting(1, 100, kind="hiring"),  # not an apprenticeship
]

TARGETS = {"dual_qualified_ratio": 0.85, "apprenticeship_coverage": 0.5, "soe_apprenticeship_quota": 0.05}


def run(
    *,
    programs=PROGRAMS,
    schools=SCHOOLS,
    postings=POSTINGS,
    enterprises=ENTERPRISES,
    accepted=None,
    targets=None,
):
    return training_supply(
        programs,
        schools,
        postings,
        enterprises,
        {2} if accepted is None else accepted,
        period=PERIOD,
        thresholds=Thresholds(targets=TARGETS if targets is None else targets),
        major_names=NAMES,
    )


def indicators(result):
    return {i["name"]: i for i in result["indicators"]}


def test_per_school():
    # School 1: P1 + P2 → enrolment 90, graduates 83; 2025 rate (0.9×40 + 0.8×60) / 100 = 84/100 = 0.84;
    #   双师型 90/100 = 0.9. School 2: P3 + P4 → 50, 48; 2025 rate: only C is known → 0.7; 30/50 = 0.6.
    s1, s2 = run()["schools"]
    assert s1 == {
        "school_id": 1,
        "name": "秦皇岛职业技术学院",
        "programs": 2,
        "enrollment": 90,
        "graduates": 83,
        "employment_rate": 0.84,
        "apprenticeship_programs": 2,
        "apprenticeship_coverage": 1.0,  # both of its programs: 2/2
        "fulltime_teachers": 100,
        "dual_qualified_teachers": 90,
        "dual_qualified_ratio": 0.9,
    }
    assert (s2["programs"], s2["enrollment"], s2["graduates"], s2["employment_rate"]) == (2, 50, 48, 0.7)
    assert (s2["apprenticeship_programs"], s2["apprenticeship_coverage"], s2["dual_qualified_ratio"]) == (
        0,
        0.0,
        0.6,
    )


def test_per_major():
    # A: P1 + P3 → 2 programs, 80, 73, 2025 rate 0.9 (school 2's A is unknown);
    # B: 1, 40, 38, 0.8; C: 1, 20, 20, 0.7.
    rows = run()["majors"]
    assert [
        (
            m["major_code"],
            m["major_name"],
            m["programs"],
            m["enrollment"],
            m["graduates"],
            m["employment_rate"],
        )
        for m in rows
    ] == [("A", "数控技术", 2, 80, 73, 0.9), ("B", "护理", 1, 40, 38, 0.8), ("C", "学前教育", 1, 20, 20, 0.7)]


def test_totals():
    # 2025 rate: (36 + 48 + 21) / (40 + 60 + 30) = 105/130 = 0.80769… → 0.8077.
    result = run()
    assert result["totals"] == {
        "schools": 2,
        "programs": 4,
        "enrollment": 140,
        "graduates": 131,
        "employment_rate": 0.8077,
        "fulltime_teachers": 150,
        "dual_qualified_teachers": 120,
    }
    assert result["method_version"] == METHOD_VERSION
    assert result["period"]["label"] == "2026"
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result


def test_indicators_beside_their_targets():
    # 双师型 (90 + 30) / (100 + 50) = 0.8 < 0.85; coverage: P1 pilot + P2 agreement = 2 of 4 = 0.5 ≥ 0.5;
    # SOE quota: (40 + 20) / (1000 + 200) = 0.05 ≥ 0.05 (draft, 2025, private and hiring left out).
    got = indicators(run())
    assert got["dual_qualified_ratio"] == {
        "name": "dual_qualified_ratio",
        "value": 0.8,
        "target": 0.85,
        "met": False,
        "numerator": 120,
        "denominator": 150,
    }
    assert (got["apprenticeship_coverage"]["value"], got["apprenticeship_coverage"]["met"]) == (0.5, True)
    soe = got["soe_apprenticeship_quota"]
    assert (soe["numerator"], soe["denominator"], soe["value"], soe["met"]) == (60, 1200, 0.05, True)
    assert [i["name"] for i in run()["indicators"]] == [
        "dual_qualified_ratio",
        "apprenticeship_coverage",
        "soe_apprenticeship_quota",
    ]


def test_indicators_without_targets():
    for item in run(targets={})["indicators"]:
        assert item["target"] is None and item["met"] is None
    assert indicators(run(targets={}))["dual_qualified_ratio"]["value"] == 0.8


def test_coverage_without_the_agreement():
    # Only the pilot P1: 1 of 4 = 0.25 < 0.5.
    cov = indicators(run(accepted=set()))["apprenticeship_coverage"]
    assert (cov["value"], cov["met"]) == (0.25, False)


def test_soe_quota_is_none_without_state_owned_employees():
    soe = indicators(run(enterprises=[EnterpriseRow(3, "private", 500, "130302")]))[
        "soe_apprenticeship_quota"
    ]
    assert (soe["value"], soe["target"], soe["met"], soe["denominator"]) == (None, 0.05, None, 0)


def test_soe_quota_under_target():
    # Only enterprise 1's 40 over the two SOEs' 1200 = 0.0333 < 0.05.
    soe = indicators(run(postings=POSTINGS[:1]))["soe_apprenticeship_quota"]
    assert (soe["value"], soe["met"]) == (0.0333, False)


def test_empty_region():
    result = run(programs=[], schools=[], postings=[], enterprises=[])
    assert result["schools"] == [] and result["majors"] == []
    assert [i["value"] for i in result["indicators"]] == [None, None, None]
    assert [i["met"] for i in result["indicators"]] == [None, None, None]
    assert result["totals"]["employment_rate"] is None


def test_school_without_teachers_or_current_programs():
    schools = [*SCHOOLS, SchoolRow(3, "新校", "130304", 0, 0)]
    row = run(schools=schools)["schools"][2]
    assert (row["programs"], row["graduates"], row["employment_rate"], row["dual_qualified_ratio"]) == (
        0,
        0,
        None,
        None,
    )
