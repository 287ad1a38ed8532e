"""major_fit on hand-made data: every expected figure below is worked out by hand in the comments."""

from __future__ import annotations

import json
from datetime import date

import pytest

from matchmaker.reports.compute import METHOD_VERSION
from matchmaker.reports.compute.inputs import Attribution, PostingRow, ProgramRow, Thresholds
from matchmaker.reports.compute.major_fit import major_fit
from matchmaker.reports.compute.periods import parse_period

Y = 2026
PERIOD = parse_period("2026")
NAMES = {"A": "数控技术", "B": "机电一体化技术", "C": "工业机器人技术", "D": "焊接技术", "E": "物流管理"}

_ids = iter(range(1, 10_000))


def posting(headcount, *, kind="hiring", status="open", start=date(2026, 3, 1), section="C", skills=(), **kw):
    return PostingRow(
        id=kw.pop("id", next(_ids)),
        kind=kind,
        status=status,
        headcount=headcount,
        level="higher",
        region_code="130302",
        industry_code=kw.pop("division", "34"),
        industry_section=section,
        start_date=start,
        skills=tuple(skills),
        **kw,
    )


def program(major, graduates, *, cohort=Y, rate=None, sections=("C",), **kw):
    return ProgramRow(
        id=next(_ids),
        school_id=kw.pop("school_id", 1),
        major_code=major,
        major_name=NAMES.get(major, major),
        major_level="higher",
        cohort_year=cohort,
        enrollment=graduates,
        expected_graduates=graduates,
        employment_rate=rate,
        apprenticeship_pilot=False,
        region_code="130302",
        major_sections=sections,
    )


def wanted(major, headcount, **kw):
    """A posting whose whole headcount goes to one major (its only preferred major)."""
    return posting(headcount, preferred_majors=(major,), **kw)


def run(
    postings, programs, attributions=(), *, thresholds=None, period=PERIOD, divisions=None, sections=None
):
    return major_fit(
        postings,
        programs,
        {a.posting_id: a for a in attributions},
        period=period,
        thresholds=thresholds or Thresholds(),
        major_names=NAMES,
        major_levels=dict.fromkeys(NAMES, "higher"),
        major_sections=sections or {},
        major_divisions=divisions or {},
    )


def majors(result):
    return {m["major_code"]: m for m in result["majors"]}


# --- warning levels -------------------------------------------------------------------------------


def test_gap_when_no_supply_and_demand_reaches_the_minimum():
    # No cohort-2026 program of A; demand 6 + 4 = 10 ≥ 10 → gap (the boundary counts).
    m = majors(run([wanted("A", 6), wanted("A", 4)], [program("A", 50, cohort=Y - 1, rate=0.9)]))["A"]
    assert (m["level"], m["supply"], m["demand"], m["fit_ratio"]) == ("gap", 0, 10.0, None)
    assert m["reasons"] == [
        "gap: supply 0 (no graduates in cohort 2026) and demand 10.00 ≥ 10 (专业空白: consider opening it)"
    ]
    assert m["employment_rate"] == 0.9  # past cohorts still shown


def test_none_when_no_supply_and_demand_under_the_minimum():
    # demand 9 < 10; even two bad past cohorts do not make a major with no supply red.
    past = [program("A", 10, cohort=Y - 1, rate=0.3), program("A", 10, cohort=Y - 2, rate=0.3)]
    m = majors(run([wanted("A", 9)], past))["A"]
    assert (m["level"], m["supply"], m["demand"]) == ("none", 0, 9.0)
    assert m["reasons"] == ["none: supply 0 (no graduates in cohort 2026) and demand 9.00 < 10"]


def test_red_by_fit_ratio():
    # supply 100, demand 40 → fit 0.4 < 0.5.
    m = majors(run([wanted("A", 40)], [program("A", 100)]))["A"]
    assert (m["level"], m["fit_ratio"]) == ("red", 0.4)
    assert m["reasons"] == ["red: fit ratio 0.4000 (demand 40.00 / supply 100) < 0.5 (供给过剩)"]


def test_fit_ratio_of_exactly_half_is_not_red():
    # 50 / 100 = 0.5: not < 0.5, but < 0.8 → yellow.
    m = majors(run([wanted("A", 50)], [program("A", 100)]))["A"]
    assert (m["level"], m["fit_ratio"]) == ("yellow", 0.5)
    assert m["reasons"] == ["yellow: fit ratio 0.5000 (demand 50.00 / supply 100) < 0.8"]


def test_demand_zero_is_red_by_fit():
    m = majors(run([], [program("A", 30)]))["A"]
    assert (m["level"], m["demand"], m["fit_ratio"]) == ("red", 0.0, 0.0)
    assert m["reasons"] == ["red: fit ratio 0.0000 (demand 0.00 / supply 30) < 0.5 (供给过剩)"]


def test_red_by_two_years_under_sixty_percent_graduate_weighted():
    # fit 100/100 = 1.0 is fine. Cohort 2025: (0.50×30 + 0.60×10) / 40 = 21/40 = 0.525;
    # the 2025 program with an unknown rate is left out. Cohort 2024: 0.59. Both < 0.60 → red.
    programs = [
        program("A", 100),
        program("A", 30, cohort=Y - 1, rate=0.50),
        program("A", 10, cohort=Y - 1, rate=0.60),
        program("A", 99, cohort=Y - 1, rate=None),
        program("A", 20, cohort=Y - 2, rate=0.59),
        program("A", 20, cohort=Y - 3, rate=0.99),  # too old: ignored
    ]
    m = majors(run([wanted("A", 100)], programs))["A"]
    assert (m["level"], m["employment_rate"], m["employment_rate_prev"]) == ("red", 0.525, 0.59)
    assert m["reasons"] == [
        "red: employment rate below 0.6 in both latest cohorts: 2025 0.5250, 2024 0.5900 "
        "(连续两年低于60% → 调减招生直至停招)"
    ]
    assert m["notes"] == []


def test_red_lists_both_rules_when_both_fire():
    # fit 10/100 = 0.1 < 0.5 and 0.5 < 0.6 in 2025 and 2024.
    programs = [
        program("A", 100),
        program("A", 10, cohort=Y - 1, rate=0.5),
        program("A", 10, cohort=Y - 2, rate=0.5),
    ]
    m = majors(run([wanted("A", 10)], programs))["A"]
    assert m["level"] == "red"
    assert m["reasons"] == [
        "red: fit ratio 0.1000 (demand 10.00 / supply 100) < 0.5 (供给过剩)",
        "red: employment rate below 0.6 in both latest cohorts: 2025 0.5000, 2024 0.5000 "
        "(连续两年低于60% → 调减招生直至停招)",
    ]


@pytest.mark.parametrize(
    ("latest", "prev", "reason"),
    [
        (0.55, 0.65, "yellow: latest employment rate 0.5500 (cohort 2025) < 0.7"),  # only the latest < 60%
        (0.65, 0.55, "yellow: latest employment rate 0.6500 (cohort 2025) < 0.7"),  # only the earlier < 60%
        (0.55, None, "yellow: latest employment rate 0.5500 (cohort 2025) < 0.7"),  # 2024 unknown
    ],
)
def test_not_red_unless_both_latest_cohorts_are_under_sixty_percent(latest, prev, reason):
    programs = [program("A", 100), program("A", 10, cohort=Y - 1, rate=latest)]
    if prev is not None:
        programs.append(program("A", 10, cohort=Y - 2, rate=prev))
    m = majors(run([wanted("A", 100)], programs))["A"]
    assert (m["level"], m["reasons"]) == ("yellow", [reason])


def test_not_red_when_the_latest_cohort_rate_is_missing():
    # 2025 program has no rate; 2024 is 0.5: the two-year rule needs both, the latest-rate rule the latest.
    programs = [program("A", 100), program("A", 10, cohort=Y - 1), program("A", 10, cohort=Y - 2, rate=0.5)]
    m = majors(run([wanted("A", 100)], programs))["A"]
    assert (m["level"], m["employment_rate"], m["employment_rate_prev"]) == ("balanced", None, 0.5)
    assert m["notes"] == [
        "employment rate of cohort 2025 unknown: the latest-rate rules were not applied",
        "two-year employment rule not applied: rate unknown for cohort 2025",
    ]


def test_rates_of_exactly_sixty_percent_are_not_under_sixty():
    # (0.58×7 + 0.62×7) / 14 = 8.4/14 = 0.60 exactly (floats give 0.5999999999999999) in both cohorts:
    # not red; 0.60 < 0.70 → yellow.
    programs = [program("A", 100)] + [
        program("A", 7, cohort=cohort, rate=rate) for cohort in (Y - 1, Y - 2) for rate in (0.58, 0.62)
    ]
    m = majors(run([wanted("A", 100)], programs))["A"]
    assert (m["level"], m["employment_rate"], m["employment_rate_prev"]) == ("yellow", 0.6, 0.6)
    assert m["reasons"] == ["yellow: latest employment rate 0.6000 (cohort 2025) < 0.7"]


def test_yellow_by_fit_ratio():
    # 70 / 100 = 0.7 < 0.8 with good rates.
    programs = [program("A", 100), program("A", 10, cohort=Y - 1, rate=0.9)]
    m = majors(run([wanted("A", 70)], programs))["A"]
    assert (m["level"], m["fit_ratio"]) == ("yellow", 0.7)
    assert m["reasons"] == ["yellow: fit ratio 0.7000 (demand 70.00 / supply 100) < 0.8"]


def test_yellow_by_latest_rate():
    programs = [
        program("A", 100),
        program("A", 10, cohort=Y - 1, rate=0.65),
        program("A", 10, cohort=Y - 2, rate=0.9),
    ]
    m = majors(run([wanted("A", 100)], programs))["A"]
    assert (m["level"], m["reasons"]) == (
        "yellow",
        ["yellow: latest employment rate 0.6500 (cohort 2025) < 0.7"],
    )


def test_shortage():
    # 20 / 10 = 2.0 > 1.5.
    m = majors(run([wanted("A", 20)], [program("A", 10), program("A", 10, cohort=Y - 1, rate=0.95)]))["A"]
    assert (m["level"], m["fit_ratio"]) == ("shortage", 2.0)
    assert m["reasons"] == [
        "shortage: fit ratio 2.0000 (demand 20.00 / supply 10) > 1.5 (紧缺: expand enrolment)"
    ]


@pytest.mark.parametrize(("demand", "fit"), [(100, 1.0), (80, 0.8), (150, 1.5)])
def test_balanced_including_both_fit_boundaries(demand, fit):
    programs = [
        program("A", 100),
        program("A", 10, cohort=Y - 1, rate=0.9),
        program("A", 10, cohort=Y - 2, rate=0.9),
    ]
    m = majors(run([wanted("A", demand)], programs))["A"]
    assert (m["level"], m["fit_ratio"]) == ("balanced", fit)
    assert m["reasons"] == [
        f"balanced: fit ratio {fit:.4f} (demand {demand:.2f} / supply 100) within [0.8, 1.5]; "
        "latest employment rate 0.9000 ≥ 0.7"
    ]


def test_fit_of_exactly_point_eight_from_thirds_is_balanced():
    # Three postings of 4 split over A, B, C give A 4/3 each: 4 in all; supply 5 → fit 0.8, not < 0.8.
    postings = [posting(4, preferred_majors=("A", "B", "C")) for _ in range(3)]
    m = majors(run(postings, [program("A", 5)]))["A"]
    assert (m["level"], m["demand"], m["fit_ratio"]) == ("balanced", 4.0, 0.8)


def test_a_fit_just_under_the_threshold_is_written_with_the_digits_that_show_it():
    # 79,999 / 100,000 = 0.79999: yellow; "0.8000 < 0.8" would contradict itself.
    m = majors(run([wanted("A", 79_999)], [program("A", 100_000)]))["A"]
    assert (m["level"], m["fit_ratio"]) == ("yellow", 0.8)
    assert m["reasons"] == ["yellow: fit ratio 0.79999 (demand 79999.00 / supply 100000) < 0.8"]


def test_missing_employment_rates_leave_the_level_to_the_fit_ratio():
    m = majors(run([wanted("A", 100)], [program("A", 100), program("A", 10, cohort=Y - 1)]))["A"]
    assert (m["employment_rate"], m["employment_rate_prev"], m["level"]) == (None, None, "balanced")
    assert m["reasons"][0].endswith("latest employment rate unknown")
    assert m["notes"][1] == "two-year employment rule not applied: rate unknown for cohort 2025, 2024"


def test_custom_thresholds_are_applied_and_recorded():
    t = Thresholds(gap_min_demand=5, yellow_fit_ratio=0.9)
    result = run([wanted("A", 5), wanted("B", 85)], [program("B", 100)], thresholds=t)
    m = majors(result)
    assert m["A"]["level"] == "gap"  # 5 ≥ 5
    assert m["B"]["reasons"] == ["yellow: fit ratio 0.8500 (demand 85.00 / supply 100) < 0.9"]
    assert result["thresholds"]["gap_min_demand"] == 5
    assert result["thresholds"]["yellow_fit_ratio"] == 0.9


# --- demand attribution ---------------------------------------------------------------------------


def test_attribution_in_proportion_to_score_among_top_three_at_least_fifty():
    # Candidates (given out of order): A 90, B 70, C 60, D 55 (4th: nothing), E 49.9 (< 50: nothing).
    # 22 × 90/220 = 9, 22 × 70/220 = 7, 22 × 60/220 = 6.
    p = posting(22)
    att = Attribution(p.id, (("D", 55.0), ("A", 90.0), ("E", 49.9), ("C", 60.0), ("B", 70.0)))
    programs = [program(code, 10) for code in "ABCDE"]
    m = majors(run([p], programs, [att]))
    assert {code: m[code]["demand"] for code in "ABCDE"} == {"A": 9.0, "B": 7.0, "C": 6.0, "D": 0.0, "E": 0.0}


def test_a_score_of_exactly_fifty_counts_and_unlisted_majors_appear_when_demanded():
    # F 50 is the only candidate ≥ 50 → all 12 to F; F has no program → supply 0, demand 12 → gap.
    p = posting(12)
    m = majors(run([p], [], [Attribution(p.id, (("F", 50.0), ("G", 49.99)))]))
    assert set(m) == {"F"}
    assert (m["F"]["level"], m["F"]["demand"], m["F"]["major_name"]) == ("gap", 12.0, "F")


def test_preferred_majors_split_equally_and_override_scores():
    # 9 over A, B, C = 3 each; the engine's candidates are ignored; a repeated preferred major counts once.
    p1 = posting(9, preferred_majors=("A", "B", "C"))
    p2 = posting(4, preferred_majors=("D", "D", "E"))
    atts = [Attribution(p1.id, (("E", 99.0),)), Attribution(p2.id, (("A", 99.0),))]
    m = majors(run([p1, p2], [], atts))
    assert {code: m[code]["demand"] for code in m} == {"A": 3.0, "B": 3.0, "C": 3.0, "D": 2.0, "E": 2.0}


def test_unmatched_demand_and_its_skills():
    # 5 (all candidates < 50) + 3 (no candidates) + 2 (no skills) = 10 unmatched; 焊接 5 + 3 = 8, PLC编程 5.
    p1 = posting(5, skills=("PLC编程", "焊接", "焊接"))
    p2 = posting(3, skills=("焊接",))
    p3 = posting(2)
    p4 = wanted("A", 10, skills=("数控编程",))
    result = run([p1, p2, p3, p4], [program("A", 10)], [Attribution(p1.id, (("A", 49.0), ("B", 10.0)))])
    assert result["totals"] == {
        "postings": 4,
        "demand_headcount": 20,
        "supply_graduates": 10,
        "unmatched_demand": 10,
    }
    assert result["unmatched_skills"] == [
        {"name": "焊接", "headcount": 8},
        {"name": "PLC编程", "headcount": 5},
    ]
    assert majors(result)["A"]["demand"] == 10.0


def test_attributed_and_unmatched_demand_add_up_to_the_counted_headcount():
    # 7 × 80/140 = 4, 7 × 60/140 = 3; plus 5 preferred to C; plus 6 unmatched: 4 + 3 + 5 + 6 = 18.
    p1, p2, p3 = posting(7), wanted("C", 5), posting(6)
    result = run([p1, p2, p3], [], [Attribution(p1.id, (("A", 80.0), ("B", 60.0)))])
    demand = sum(m["demand"] for m in result["majors"])
    assert (demand, result["totals"]["unmatched_demand"], result["totals"]["demand_headcount"]) == (
        12.0,
        6,
        18,
    )


def test_only_counted_postings_make_demand():
    # Counted: 2026-01-01 and 2026-12-31, open or closed, hiring/apprenticeship/order_class: 1+2+4+8 = 15.
    postings = [
        wanted("A", 1, start=date(2026, 1, 1)),
        wanted("A", 2, start=date(2026, 12, 31), status="closed"),
        wanted("A", 4, kind="apprenticeship"),
        wanted("A", 8, kind="order_class"),
        wanted("A", 100, status="draft"),
        wanted("A", 200, kind="internship"),
        wanted("A", 400, start=date(2025, 12, 31)),
        wanted("A", 800, start=date(2027, 1, 1)),
        wanted("A", 1600, start=None),
    ]
    result = run(postings, [program("A", 10)])
    assert result["totals"]["postings"] == 4
    assert result["totals"]["demand_headcount"] == 15
    assert majors(result)["A"]["demand"] == 15.0


def test_a_quarter_counts_its_own_postings_and_the_year_supply():
    # 2026-Q2: only the May posting counts; supply is still cohort 2026.
    postings = [wanted("A", 3, start=date(2026, 5, 2)), wanted("A", 50, start=date(2026, 7, 1))]
    result = run(postings, [program("A", 6), program("A", 99, cohort=2027)], period=parse_period("2026-Q2"))
    assert (majors(result)["A"]["demand"], majors(result)["A"]["supply"]) == (3.0, 6)
    assert result["period"] == {"label": "2026-Q2", "start": "2026-04-01", "end": "2026-06-30"}


def test_employment_kinds_follow_the_policy():
    t = Thresholds(employment_kinds=("hiring", "internship"))
    result = run([wanted("A", 4, kind="internship"), wanted("A", 8, kind="apprenticeship")], [], thresholds=t)
    assert result["totals"]["demand_headcount"] == 4


# --- structure-fit index --------------------------------------------------------------------------


def test_structure_fit_index_over_two_sections():
    # d: C 60/100 = 0.6, I 40/100 = 0.4.
    # s: A (C) 50; B (C, I) 100 → C 50, I 50; M3 serves no section: its 30 are left out.
    #    C 100/150 = 2/3, I 50/150 = 1/3. Σ|d − s| = 1/15 + 1/15 = 2/15 → 100 × (1 − 1/15) = 93.33.
    postings = [posting(60, section="C"), posting(40, section="I", division="65")]
    programs = [
        program("A", 50, sections=("C",)),
        program("B", 100, sections=("C", "I")),
        program("M3", 30, sections=()),
    ]
    result = run(postings, programs)
    assert result["structure_fit_index"] == 93.33
    sf = result["structure_fit"]
    assert sf["sections"] == [
        {
            "section": "C",
            "demand_headcount": 60,
            "demand_share": 0.6,
            "supply_graduates": 100.0,
            "supply_share": 0.6667,
        },
        {
            "section": "I",
            "demand_headcount": 40,
            "demand_share": 0.4,
            "supply_graduates": 50.0,
            "supply_share": 0.3333,
        },
    ]
    assert sf["supply_graduates_without_section"] == 30
    assert "30 graduates" in sf["notes"][0]
    assert result["totals"]["supply_graduates"] == 180


def test_structure_fit_uses_the_major_sections_argument_first():
    # The argument says A serves I (its programs say C): d = I 1.0, s = I 1.0 → 100.
    result = run([posting(5, section="I")], [program("A", 5, sections=("C",))], sections={"A": ("I",)})
    assert result["structure_fit_index"] == 100.0


def test_structure_fit_is_none_when_a_side_is_empty():
    assert run([], [program("A", 5)])["structure_fit_index"] is None
    assert run([posting(5)], [program("A", 5, sections=())])["structure_fit_index"] is None


def test_disjoint_sections_score_zero():
    # d = C 1.0, s = I 1.0: Σ|d − s| = 2 → 100 × (1 − 1) = 0.
    assert run([posting(5, section="C")], [program("A", 5, sections=("I",))])["structure_fit_index"] == 0.0


# --- the report as a whole ------------------------------------------------------------------------


def test_listing_order_counts_priority_and_keys():
    # A red (fit 0.1), B gap (12), C shortage (20/10), D balanced, E none (3).
    postings = [wanted("A", 10), wanted("B", 12), wanted("C", 20), wanted("D", 10), wanted("E", 3)]
    programs = [program("A", 100), program("C", 10), program("D", 10)]
    divisions = {"A": ("34", "38"), "C": ("65",)}
    result = run(
        postings, programs, thresholds=Thresholds(priority_industries=("38", "39")), divisions=divisions
    )
    assert [(m["major_code"], m["level"]) for m in result["majors"]] == [
        ("B", "gap"),
        ("A", "red"),
        ("C", "shortage"),
        ("D", "balanced"),
        ("E", "none"),
    ]
    assert result["counts"] == {"gap": 1, "red": 1, "yellow": 0, "shortage": 1, "balanced": 1, "none": 1}
    m = majors(result)
    assert (m["A"]["priority"], m["A"]["priority_divisions"]) == (True, ["38"])
    assert (m["C"]["priority"], m["D"]["priority"]) == (False, False)
    assert (m["A"]["major_name"], m["A"]["major_level"]) == ("数控技术", "higher")
    assert result["method_version"] == METHOD_VERSION
    assert set(result["majors"][0]) >= {
        "major_code",
        "major_name",
        "supply",
        "demand",
        "fit_ratio",
        "employment_rate",
        "employment_rate_prev",
        "level",
        "reasons",
        "priority",
    }
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result


def test_empty_region():
    result = run([], [])
    assert result["majors"] == [] and result["unmatched_skills"] == []
    assert result["totals"] == {
        "postings": 0,
        "demand_headcount": 0,
        "supply_graduates": 0,
        "unmatched_demand": 0,
    }
    assert result["structure_fit_index"] is None
