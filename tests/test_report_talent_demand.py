"""talent_demand (SPEC §6) on hand-built postings; every expected figure is worked out in the test."""

import json
from datetime import date

import pytest

from matchmaker.reports.compute import METHOD_VERSION
from matchmaker.reports.compute.inputs import PostingRow
from matchmaker.reports.compute.periods import parse_period
from matchmaker.reports.compute.talent_demand import talent_demand

INDUSTRY_NAMES = {"C": "制造业", "34": "通用设备制造业", "38": "电气机械和器材制造业", "54": "道路运输业"}
QHD_COUNTIES = {"130302": "海港区", "130303": "山海关区", "130304": "北戴河区"}

_ids = iter(range(1, 100_000))


def posting(**kw) -> PostingRow:
    base = dict(
        id=next(_ids),
        kind="hiring",
        status="open",
        headcount=1,
        level="higher",
        region_code="130302",
        industry_code="34",
        industry_section="C",
        start_date=date(2026, 3, 10),
    )
    base.update(kw)
    return PostingRow(**base)


def report(postings, period="2026", **kw):
    args = dict(
        region_code="130300",
        period=parse_period(period),
        parent_postings=None,
        child_regions=QHD_COUNTIES,
        industry_names=INDUSTRY_NAMES,
    )
    args.update(kw)
    return talent_demand(postings, **args)


def brief(rows, key="code"):
    return [(r[key], r["headcount"], r["share"]) for r in rows]


@pytest.mark.parametrize(
    ("label", "first_in", "last_in", "day_before", "day_after", "previous_label"),
    [
        ("2026", date(2026, 1, 1), date(2026, 12, 31), date(2025, 12, 31), date(2027, 1, 1), "2025"),
        ("2026-H1", date(2026, 1, 1), date(2026, 6, 30), date(2025, 12, 31), date(2026, 7, 1), "2025-H2"),
        ("2026-H2", date(2026, 7, 1), date(2026, 12, 31), date(2026, 6, 30), date(2027, 1, 1), "2026-H1"),
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30), date(2026, 6, 30), date(2026, 10, 1), "2026-Q2"),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28), date(2026, 1, 31), date(2026, 3, 1), "2026-01"),
    ],
)
def test_period_boundaries(label, first_in, last_in, day_before, day_after, previous_label):
    postings = [
        posting(start_date=last_in, headcount=1),
        posting(start_date=day_after, headcount=10),
        posting(start_date=first_in, headcount=100),
        posting(start_date=day_before, headcount=1000),  # the previous period's last day
    ]
    data = report(postings, period=label)

    assert data["period"] == {"label": label, "start": first_in.isoformat(), "end": last_in.isoformat()}
    assert data["totals"] == {"postings": 2, "headcount": 101}  # 1 + 100
    assert data["previous"] == {"label": previous_label, "postings": 1, "headcount": 1000}
    assert data["growth"] == -0.899  # (101 − 1000) / 1000


def test_drafts_and_undated_postings_never_count():
    postings = [
        posting(status="open", headcount=5),
        posting(status="closed", headcount=3),
        posting(status="draft", headcount=7),
        posting(status="draft", headcount=70, start_date=date(2025, 5, 1)),  # would be "previous"
        posting(status="open", headcount=9, start_date=None),
    ]
    parent = [*postings, posting(status="draft", headcount=1000, industry_section="G", industry_code="54")]
    data = report(postings, parent_postings=parent)

    assert data["totals"] == {"postings": 2, "headcount": 8}  # 5 + 3
    assert data["previous"]["headcount"] == 0
    assert sum(m["headcount"] for m in data["monthly"]) == 8
    # the parent's only headcount is the same 8 in C/34: index 1.0, the G draft ignored
    assert [(r["code"], r["demand_index"]) for r in data["by_section"]] == [("C", 1.0)]


def test_county_postings_count_for_their_city_and_its_children():
    postings = [
        posting(region_code="130302", headcount=4),
        posting(region_code="130302", headcount=2),
        posting(region_code="130303", headcount=3),
        posting(region_code="130300", headcount=1),  # the city itself, in no county
    ]
    data = report(postings)

    assert data["totals"]["headcount"] == 10
    # 6/10, 3/10, 1/10; 北戴河区 has no demand but is listed
    assert brief(data["by_region"]) == [
        ("130302", 6, 0.6),
        ("130303", 3, 0.3),
        ("130300", 1, 0.1),
        ("130304", 0, 0.0),
    ]
    names = {r["code"]: r["name"] for r in data["by_region"]}
    assert names == {"130302": "海港区", "130303": "山海关区", "130300": "130300", "130304": "北戴河区"}
    assert report(postings, region_name="秦皇岛市")["by_region"][2]["name"] == "秦皇岛市"


def test_province_attributes_counties_to_cities():
    postings = [
        posting(region_code="130302", headcount=5),  # 海港区 → 秦皇岛市
        posting(region_code="130102", headcount=2),  # 长安区 → 石家庄市
        posting(region_code="130000", headcount=1),  # the province itself
    ]
    data = report(postings, region_code="130000", child_regions={"130100": "石家庄市", "130300": "秦皇岛市"})

    # 5/8 = 0.625, 2/8 = 0.25, 1/8 = 0.125
    assert brief(data["by_region"]) == [("130300", 5, 0.625), ("130100", 2, 0.25), ("130000", 1, 0.125)]


def test_county_region_has_no_children():
    data = report([posting(region_code="130302", headcount=4)], region_code="130302", child_regions={})
    assert brief(data["by_region"]) == [("130302", 4, 1.0)]


def mixed():
    return [
        posting(kind="hiring", level="higher", industry_code="34", headcount=6, skills=("PLC", "焊接")),
        posting(kind="apprenticeship", level="secondary", industry_code="38", headcount=3, skills=("PLC",)),
        posting(kind="internship", industry_section="G", industry_code="54", headcount=1),
    ]


def test_breakdowns_and_shares():
    data = report(mixed())

    assert data["totals"] == {"postings": 3, "headcount": 10}
    assert brief(data["by_kind"]) == [("hiring", 6, 0.6), ("apprenticeship", 3, 0.3), ("internship", 1, 0.1)]
    assert [r["postings"] for r in data["by_kind"]] == [1, 1, 1]
    assert brief(data["by_level"]) == [("higher", 7, 0.7), ("secondary", 3, 0.3)]  # 6 + 1, 3
    assert brief(data["by_section"]) == [("C", 9, 0.9), ("G", 1, 0.1)]  # 6 + 3, 1
    assert [r["name"] for r in data["by_section"]] == ["制造业", "G"]  # unnamed: the code
    assert brief(data["by_division"]) == [("34", 6, 0.6), ("38", 3, 0.3), ("54", 1, 0.1)]
    assert [r["section"] for r in data["by_division"]] == ["C", "C", "G"]
    assert [r["name"] for r in data["by_division"]] == [
        "通用设备制造业",
        "电气机械和器材制造业",
        "道路运输业",
    ]


def test_skill_headcount_counts_once_per_skill():
    data = report(mixed())
    # PLC: 6 + 3 = 9 of 10; 焊接: 6 of 10 — shares add up past 1 by design
    assert brief(data["by_skill"], key="name") == [("PLC", 9, 0.9), ("焊接", 6, 0.6)]


def test_demand_index_against_the_parent():
    region = mixed()  # C 9 (34: 6, 38: 3), G 1 (54: 1); total 10
    parent = [
        *region,
        posting(region_code="130102", industry_code="34", headcount=6),
        posting(region_code="130102", industry_code="36", headcount=15),
        posting(region_code="130102", industry_section="G", industry_code="54", headcount=49),
        posting(region_code="130102", industry_section="F", industry_code="51", headcount=20),
        posting(region_code="130102", status="draft", industry_section="G", headcount=1000),
        posting(region_code="130102", start_date=date(2025, 6, 1), headcount=500),  # another period
    ]
    # parent, 2026: C = 6 + 3 + 6 + 15 = 30, G = 1 + 49 = 50, F = 20; total 100
    data = report(region, parent_postings=parent)

    index = {r["code"]: r["demand_index"] for r in data["by_section"]}
    assert index == {"C": 3.0, "G": 0.2}  # 0.9 / 0.30, 0.1 / 0.50
    index = {r["code"]: r["demand_index"] for r in data["by_division"]}
    # 34: 0.6 / (12/100), 38: 0.3 / (3/100), 54: 0.1 / (50/100)
    assert index == {"34": 5.0, "38": 10.0, "54": 0.2}

    # a division the parent (as given) lacks, no parent data, an empty parent: None
    without_38 = [p for p in parent if p.industry_code != "38"]
    by_division = report(region, parent_postings=without_38)["by_division"]
    assert {r["code"]: r["demand_index"] for r in by_division}["38"] is None
    for parent_postings in (None, []):
        data = report(region, parent_postings=parent_postings)
        assert {r["demand_index"] for r in data["by_section"] + data["by_division"]} == {None}


def test_previous_period_and_growth():
    postings = [
        posting(start_date=date(2026, 4, 1), headcount=10),
        posting(start_date=date(2026, 6, 30), headcount=5),
        posting(start_date=date(2026, 3, 31), headcount=12),  # 2026-Q1
        posting(start_date=date(2025, 12, 31), headcount=99),  # 2025-Q4: neither
    ]
    data = report(postings, period="2026-Q2")
    assert data["previous"] == {"label": "2026-Q1", "postings": 1, "headcount": 12}
    assert data["growth"] == 0.25  # (15 − 12) / 12

    data = report(postings, period="2026-Q3")  # nothing in Q3; its previous, Q2, has 15
    assert data["totals"]["headcount"] == 0
    assert data["growth"] == -1.0  # (0 − 15) / 15

    data = report([posting(start_date=date(2026, 4, 1), headcount=10)], period="2026-Q2")
    assert data["previous"] == {"label": "2026-Q1", "postings": 0, "headcount": 0}
    assert data["growth"] is None


def test_monthly_zero_fills_from_the_earliest_posting():
    postings = [
        posting(start_date=date(2025, 11, 15), headcount=2),
        posting(start_date=date(2026, 1, 20), headcount=3),
        posting(start_date=date(2026, 1, 5), headcount=1),
        posting(start_date=date(2026, 3, 31), headcount=4),
        posting(start_date=date(2026, 4, 1), headcount=100),  # after the period
        posting(start_date=date(2025, 6, 1), headcount=50, status="draft"),  # not the earliest
    ]
    data = report(postings, period="2026-Q1")
    assert data["monthly"] == [
        {"month": "2025-11", "headcount": 2},
        {"month": "2025-12", "headcount": 0},
        {"month": "2026-01", "headcount": 4},  # 3 + 1
        {"month": "2026-02", "headcount": 0},
        {"month": "2026-03", "headcount": 4},
    ]

    # not past today's month; the period's totals still count every posting in it
    data = report(postings, period="2026-Q1", today=date(2026, 2, 10))
    assert [m["month"] for m in data["monthly"]] == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert data["totals"]["headcount"] == 8  # 2026-Q1: 3 + 1 + 4


def test_monthly_covers_the_period_when_nothing_is_earlier():
    data = report([posting(start_date=date(2026, 2, 3), headcount=1)], period="2026-Q1")
    assert data["monthly"] == [
        {"month": "2026-01", "headcount": 0},
        {"month": "2026-02", "headcount": 1},
        {"month": "2026-03", "headcount": 0},
    ]


def linear_year():
    # 2025-01 … 2025-12: 10, 12, …, 32 (two postings a month to check they add up)
    return [
        posting(start_date=date(2025, m, d), headcount=h)
        for m in range(1, 13)
        for d, h in ((3, 4), (20, 10 + 2 * (m - 1) - 4))
    ]


def test_forecast_continues_a_linear_trend():
    data = report(linear_year(), period="2025")

    assert [m["headcount"] for m in data["monthly"]] == [10 + 2 * i for i in range(12)]
    forecast = data["forecast"]
    assert forecast["method"] == "holt_linear"
    assert forecast["mape"] == 0.0
    assert forecast["points"] == [
        {"month": f"2026-{i:02d}", "step": i, "headcount": 32 + 2 * i, "low": 32 + 2 * i, "high": 32 + 2 * i}
        for i in range(1, 7)
    ]


def test_forecast_from_a_series_cut_at_today():
    # the series stops at 2025-10 (28); 2026-01 is 3 months ahead of it: 28 + 3·2 = 34
    data = report(linear_year(), period="2025", today=date(2025, 10, 15), forecast_horizon=3)

    assert data["monthly"][-1] == {"month": "2025-10", "headcount": 28}
    assert [(p["month"], p["step"], p["headcount"]) for p in data["forecast"]["points"]] == [
        ("2026-01", 3, 34),
        ("2026-02", 4, 36),
        ("2026-03", 5, 38),
    ]


def test_short_history_forecast_is_naive():
    data = report([posting(start_date=date(2026, 5, 9), headcount=5)], period="2026-05", forecast_horizon=2)

    forecast = data["forecast"]
    assert forecast["method"] == "naive"
    assert forecast["mape"] is None
    assert [(p["month"], p["headcount"]) for p in forecast["points"]] == [("2026-06", 5), ("2026-07", 5)]


def test_empty_region_and_output_shape():
    data = report([], period="2026-H2")

    assert data["totals"] == {"postings": 0, "headcount": 0}
    assert data["by_kind"] == data["by_section"] == data["by_skill"] == []
    assert brief(data["by_region"]) == [("130302", 0, None), ("130303", 0, None), ("130304", 0, None)]
    assert [m["headcount"] for m in data["monthly"]] == [0] * 6
    assert data["growth"] is None
    assert [p["headcount"] for p in data["forecast"]["points"]] == [0] * 6

    data = report(mixed(), parent_postings=mixed())
    json.dumps(data)  # plain data only
    assert data["method_version"] == METHOD_VERSION
    assert {
        "totals",
        "by_kind",
        "by_section",
        "by_division",
        "by_skill",
        "by_level",
        "by_region",
        "previous",
        "growth",
        "monthly",
        "forecast",
        "period",
        "method_version",
    } <= set(data)
    assert {"method", "points", "mape", "alpha", "beta"} <= set(data["forecast"])
    assert {"headcount", "postings"} <= set(data["previous"])
    assert all(isinstance(r["headcount"], int) for r in data["by_section"] + data["by_skill"])


def test_ties_sort_by_code():
    postings = [
        posting(kind="order_class", headcount=2),
        posting(kind="apprenticeship", headcount=2),
        posting(kind="hiring", headcount=2),
    ]
    assert [r["code"] for r in report(postings)["by_kind"]] == ["apprenticeship", "hiring", "order_class"]
