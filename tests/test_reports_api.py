"""Report lifecycle through the API: build, publish (frozen, checksummed), versions, exports, access;
region policy with inheritance; live indicators and map metrics."""

import hashlib
import io
import os
from datetime import date

import pytest
import sqlalchemy as sa
from conftest import assert_problem, work_off_queue
from openpyxl import load_workbook

from matchmaker.extensions import db
from matchmaker.reports.models import ReportFile


@pytest.fixture
def market(make):
    soe = make.enterprise(region_code="130302", industry_code="55", ownership="state", employees=1000)
    private = make.enterprise(region_code="130304", industry_code="34")
    school = make.school(region_code="130302", fulltime_teachers=100, dual_qualified_teachers=70)
    make.program(school=school, major_code="530802", cohort_year=2026, expected_graduates=40)
    make.program(
        school=school, major_code="460305", cohort_year=2026, expected_graduates=20, apprenticeship_pilot=True
    )
    make.program(
        school=school, major_code="530802", cohort_year=2025, expected_graduates=30, employment_rate=0.9
    )
    make.posting(
        enterprise=soe,
        kind="hiring",
        headcount=12,
        start_date=date(2026, 3, 1),
        skills=["物流管理", "仓储管理"],
    )
    make.posting(
        enterprise=soe, kind="apprenticeship", headcount=6, start_date=date(2026, 5, 10), skills=["物流管理"]
    )
    make.posting(
        enterprise=private, kind="hiring", headcount=8, start_date=date(2026, 2, 1), skills=["PLC编程"]
    )
    make.posting(enterprise=private, kind="hiring", headcount=99, start_date=date(2026, 2, 1), status="draft")
    make.posting(
        enterprise=private, kind="hiring", headcount=5, start_date=date(2025, 2, 1), skills=["PLC编程"]
    )
    return {"soe": soe, "school": school}


def build(api, kind="talent_demand", region="130300", period="2026"):
    resp = api.post("/api/v1/reports", json={"kind": kind, "region_code": region, "period": period})
    assert resp.status_code == 202, resp.get_json()
    work_off_queue("reports")
    report = api.get(resp.headers["Location"]).get_json()
    assert report["status"] == "draft", report.get("error")
    return report


def test_build_publish_freeze_and_rebuild(as_user, make, market, client):
    api = as_user(make.user("bureau", region_code="130300"))
    report = build(api)
    data = report["data"]
    assert data["totals"] == {"postings": 3, "headcount": 26}  # 12 + 6 + 8; no draft, nothing from 2025
    assert report["method_version"] and report["data_as_of"] and report["thresholds"]
    assert_problem(client.get(f"/api/v1/public/reports/{report['id']}"), 404)  # drafts are not public

    published = api.post(f"/api/v1/reports/{report['id']}/publish")
    assert published.status_code == 200
    body = published.get_json()
    assert body["status"] == "published" and len(body["checksum"]) == 64
    assert_problem(api.patch(f"/api/v1/reports/{report['id']}", json={"notes": "x"}), 409)
    assert_problem(api.delete(f"/api/v1/reports/{report['id']}"), 409)
    assert_problem(api.post(f"/api/v1/reports/{report['id']}/publish"), 409)

    csv = api.get(f"/api/v1/reports/{report['id']}/export?format=csv")
    stored = db.session.get(ReportFile, (report["id"], "csv"))
    assert csv.data == stored.content and hashlib.sha256(csv.data).hexdigest() == stored.sha256
    assert csv.data.startswith(b"\xef\xbb\xbf")

    second = build(api)
    assert second["edition"] == report["edition"] + 1
    api.post(f"/api/v1/reports/{second['id']}/publish")
    old = client.get(f"/api/v1/public/reports/{report['id']}").get_json()
    assert old["superseded_by"] == second["id"] and old["data"] == data  # the old version stays readable
    listed = client.get("/api/v1/public/reports").get_json()["items"]
    assert [r["id"] for r in listed] == [second["id"]]
    with_old = client.get("/api/v1/public/reports?include_superseded=true").get_json()["items"]
    assert {r["id"] for r in with_old} == {report["id"], second["id"]}


def test_exports_hold_the_same_numbers(as_user, make, market):
    api = as_user(make.user("admin"))
    report = build(api, kind="major_fit")
    xlsx = api.get(f"/api/v1/reports/{report['id']}/export?format=xlsx")
    assert xlsx.status_code == 200
    book = load_workbook(io.BytesIO(xlsx.data))
    values = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    totals = report["data"]["totals"]
    assert totals["supply_graduates"] == 60  # 40 + 20 graduates of cohort 2026
    assert totals["supply_graduates"] in values
    html = api.get(f"/api/v1/reports/{report['id']}/export?format=html").get_data(as_text=True)
    assert "<svg" in html and "<script" not in html and "吻合度" in html
    assert_problem(api.get(f"/api/v1/reports/{report['id']}/export?format=pdf"), 422, "format")


def test_who_may_build_and_read(as_user, make, market, client):
    for user in (
        make.user("enterprise", enterprise_id=market["soe"].id),
        make.user("school", school_id=market["school"].id),
    ):
        assert_problem(
            as_user(user).post(
                "/api/v1/reports", json={"kind": "major_fit", "region_code": "130300", "period": "2026"}
            ),
            403,
        )
    other = as_user(make.user("bureau", region_code="410100"))
    assert_problem(
        other.post("/api/v1/reports", json={"kind": "major_fit", "region_code": "130300", "period": "2026"}),
        403,
    )
    admin = as_user(make.user("admin"))
    assert_problem(
        admin.post("/api/v1/reports", json={"kind": "weather", "region_code": "130300", "period": "2026"}),
        422,
        "kind",
    )
    assert_problem(
        admin.post(
            "/api/v1/reports", json={"kind": "major_fit", "region_code": "130300", "period": "2026-Q5"}
        ),
        422,
        "period",
    )
    assert_problem(
        admin.post("/api/v1/reports", json={"kind": "major_fit", "region_code": "999999", "period": "2026"}),
        422,
        "region_code",
    )
    report = build(as_user(make.user("bureau", region_code="130300")), kind="training_supply")
    assert_problem(other.get(f"/api/v1/reports/{report['id']}"), 403)
    assert_problem(client.post(f"/api/v1/reports/{report['id']}/publish"), 401)
    assert_problem(other.post(f"/api/v1/reports/{report['id']}/publish"), 403)
    assert client.get("/public/reports").status_code == 200
    assert client.get(f"/public/reports/{report['id']}").status_code == 404


def test_public_html_page_of_a_published_report(as_user, make, market, client):
    api = as_user(make.user("bureau", region_code="130300"))
    report = build(api)
    api.post(f"/api/v1/reports/{report['id']}/publish")
    page = client.get(f"/public/reports/{report['id']}")
    assert page.status_code == 200 and "企业人才需求报告" in page.get_data(as_text=True)
    assert "企业人才需求报告" in client.get("/public/reports").get_data(as_text=True)


def test_policy_inheritance_and_updates(as_user, make, client):
    county = client.get("/api/v1/regions/130302/policy").get_json()
    assert county["settings"] == {}
    assert county["effective"]["targets"]["dual_qualified_ratio"] == 0.6  # from 秦皇岛市
    assert county["inherited_from"]["targets.dual_qualified_ratio"] == "130300"
    assert county["effective"]["thresholds"]["red_fit_ratio"] == 0.5  # SPEC default
    bureau = as_user(make.user("bureau", region_code="130300"))
    current = client.get("/api/v1/regions/130300/policy").get_json()
    body = {
        "thresholds": {"red_fit_ratio": 0.4, "yellow_fit_ratio": 0.7},
        "targets": {"dual_qualified_ratio": 0.65},
    }
    assert_problem(bureau.put("/api/v1/regions/130300/policy", json=body, headers={"If-Match": '"999"'}), 412)
    resp = bureau.put(
        "/api/v1/regions/130300/policy", json=body, headers={"If-Match": f'"{current["version"]}"'}
    )
    assert resp.status_code == 200 and resp.get_json()["effective"]["thresholds"]["red_fit_ratio"] == 0.4
    assert (
        client.get("/api/v1/regions/130302/policy").get_json()["effective"]["targets"]["dual_qualified_ratio"]
        == 0.65
    )
    bad = {"thresholds": {"red_fit_ratio": 0.9, "yellow_fit_ratio": 0.7}}
    assert_problem(bureau.put("/api/v1/regions/130300/policy", json=bad), 422, "thresholds")
    assert_problem(
        bureau.put("/api/v1/regions/130300/policy", json={"targets": {"dual_qualified_ratio": 2}}),
        422,
        "targets",
    )
    assert_problem(bureau.put("/api/v1/regions/130300/policy", json={"colour": "red"}), 422, "colour")
    assert_problem(
        as_user(make.user("bureau", region_code="410100")).put("/api/v1/regions/130300/policy", json=body),
        403,
    )
    assert_problem(client.put("/api/v1/regions/130300/policy", json=body), 401)
    assert_problem(client.get("/api/v1/regions/999999/policy"), 404)


def test_indicators_and_map_metrics(client, market):
    resp = client.get("/api/v1/regions/130300/indicators?period=2026")
    assert resp.status_code == 200
    by_name = {i["name"]: i for i in resp.get_json()["indicators"]}
    assert (
        by_name["dual_qualified_ratio"]["value"] == 0.7 and by_name["dual_qualified_ratio"]["target"] == 0.6
    )
    assert by_name["dual_qualified_ratio"]["met"] is True
    assert by_name["soe_apprenticeship_quota"]["value"] == pytest.approx(6 / 1000)
    metrics = client.get("/api/v1/regions/130300/metrics?period=2026").get_json()["regions"]
    haigang = next(r for r in metrics if r["code"] == "130302")
    assert haigang["demand"] == 18 and haigang["supply"] == 60 and haigang["fit_ratio"] == 0.3
    assert_problem(client.get("/api/v1/regions/130300/indicators?period=26"), 422, "period")
    assert_problem(client.get("/api/v1/regions/130300/metrics"), 422, "period")


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL")
def test_report_is_queued_for_a_worker_with_redis(as_user, make, market):
    api = as_user(make.user("admin"))
    resp = api.post(
        "/api/v1/reports", json={"kind": "talent_demand", "region_code": "130300", "period": "2026"}
    )
    assert resp.get_json()["status"] == "queued"
    work_off_queue("reports")
    assert api.get(resp.headers["Location"]).get_json()["status"] == "draft"
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ReportFile)) == 0


def test_sql_aggregates_give_the_same_talent_demand_as_the_rows(market, make):
    """At scale the service reads the history, the parent region and the skills as SQL aggregates;
    the figures must equal the plain computation over every row."""
    from matchmaker.reference.models import Region
    from matchmaker.reports import loaders
    from matchmaker.reports.compute.periods import parse_period
    from matchmaker.reports.compute.talent_demand import talent_demand
    from matchmaker.reports.policy import thresholds_for
    from matchmaker.reports.service import compute

    other = make.enterprise(region_code="130102", industry_code="34")  # 石家庄: same province, the parent
    make.posting(enterprise=other, headcount=30, start_date=date(2026, 6, 1), skills=["PLC编程"])
    period = parse_period("2026")
    fast = compute("talent_demand", "130300", period, thresholds_for("130300"))
    rows, _ = loaders.postings("130300", until=period.end)
    parent, _ = loaders.postings("130000", until=period.end)
    children = {
        r.code: r.name for r in db.session.scalars(sa.select(Region).where(Region.parent_code == "130300"))
    }
    plain = talent_demand(
        rows,
        region_code="130300",
        period=period,
        parent_postings=parent,
        child_regions=children,
        industry_names=loaders.industry_names(),
        today=date.today(),
        region_name="秦皇岛市",
    )
    for key in (
        "totals",
        "by_kind",
        "by_level",
        "by_region",
        "by_skill",
        "previous",
        "growth",
        "monthly",
        "forecast",
    ):
        assert fast[key] == plain[key], key
    for key in ("by_section", "by_division"):
        assert [(r["code"], r["headcount"], r["demand_index"]) for r in fast[key]] == [
            (r["code"], r["headcount"], r["demand_index"]) for r in plain[key]
        ]
    assert any(r["demand_index"] for r in fast["by_section"])


def test_periods_are_whole_ascii_labels_in_a_sensible_range(as_user, make):
    """A period ends up in the export's file name: "2026\n" or "２０２６" would break every download."""
    admin = as_user(make.user("admin"))
    for period in ("2026\n", "２０２６", "٢٠٢٦", "0001", "0001-01", "2026-Q1\n", " 2026"):
        body = {"kind": "training_supply", "region_code": "130300", "period": period}
        assert_problem(admin.post("/api/v1/reports", json=body), 422, "period")
    assert_problem(admin.get("/api/v1/regions/130300/indicators", query_string={"period": "2026\n"}), 422)


def test_xlsx_export_survives_control_characters_users_typed(as_user, make, market):
    """A school named "学校\v" (pasted from Word) must not stop the region's reports from exporting."""
    api = as_user(make.user("admin"))
    market["school"].name = "第一职校\v\x1b"
    db.session.commit()
    report = build(api, kind="training_supply")
    xlsx = api.get(f"/api/v1/reports/{report['id']}/export?format=xlsx")
    assert xlsx.status_code == 200, xlsx.get_data(as_text=True)
    values = {
        c
        for ws in load_workbook(io.BytesIO(xlsx.data)).worksheets
        for row in ws.iter_rows(values_only=True)
        for c in row
    }
    assert "第一职校" in values
    assert api.post(f"/api/v1/reports/{report['id']}/publish").status_code == 200
