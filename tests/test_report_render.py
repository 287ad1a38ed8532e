"""Report renderers: every format from a hand-written report dict, checked against its figures."""

import copy
import csv
import io
import json

import pytest
from openpyxl import load_workbook

from matchmaker.reports.render import render, to_csv, to_html, to_xlsx
from matchmaker.reports.render.charts import bar_chart, line_chart, nice_scale

THRESHOLDS = {
    "gap_min_demand": 10.0,
    "red_fit_ratio": 0.5,
    "red_employment_rate": 0.6,
    "yellow_fit_ratio": 0.8,
    "yellow_employment_rate": 0.7,
    "shortage_fit_ratio": 1.5,
    "employment_kinds": ["hiring", "apprenticeship", "order_class"],
    "attribution_min_score": 50.0,
    "attribution_top": 3,
    "targets": {
        "dual_qualified_ratio": 0.5,
        "apprenticeship_coverage": 0.3,
        "soe_apprenticeship_quota": 0.05,
    },
    "priority_industries": ["34", "38"],
}


def envelope(kind, data, status="draft", **kw):
    report = {
        "id": 7,
        "kind": kind,
        "region_code": "130300",
        "region_name": "秦皇岛市",
        "period": "2026-H1",
        "version": 2,
        "status": status,
        "generated_at": "2026-07-02T01:30:00+00:00",
        "published_at": "2026-07-03T02:00:00+00:00" if status == "published" else None,
        "method_version": "2026.11-1",
        "data_as_of": "2026-07-01T16:00:00+00:00",
        "thresholds": THRESHOLDS,
        "checksum": "9f" * 32 if status == "published" else None,
        "data": data,
    }
    report.update(kw)
    return report


def rows(keys: str, *values: tuple) -> list[dict]:
    """Table-like sample rows: rows("code headcount", ("C", 480), ...)."""
    return [dict(zip(keys.split(), line, strict=False)) for line in values]


def talent_demand(status="draft"):
    months = [96, 110, 132, 120, 98, 90, 104, 88, 150, 171, 160, 185]
    labels = [f"2025-{m:02d}" for m in range(7, 13)] + [f"2026-{m:02d}" for m in range(1, 7)]
    industry = "code name postings headcount share demand_index"
    shares = "code name postings headcount share"
    data = {
        "totals": {"postings": 412, "headcount": 858},
        "by_kind": rows(
            "code postings headcount share",
            ("hiring", 300, 610, 0.711),
            ("apprenticeship", 62, 140, 0.1632),
            ("internship", 40, 80, 0.0932),
            ("order_class", 10, 28, 0.0326),
        ),
        "by_section": rows(
            industry,
            ("C", "制造业", 220, 480, 0.5594, 1.32),
            ("G", "交通运输、仓储和邮政业", 80, 170, 0.1981, 1.85),
            ("I", "信息传输、软件和信息技术服务业", 60, 120, 0.1399, 0.74),
            ("H", "住宿和餐饮业", 52, 88, 0.1026, None),
        ),
        "by_division": rows(
            industry,
            ("34", "通用设备制造业", 120, 260, 0.303, 1.6),
            ("38", "电气机械和器材制造业", 100, 220, 0.2564, 1.1),
            ("<script>alert(1)</script>", "<script>alert(1)</script>", 1, 1, 0.0012, None),
        ),
        "by_skill": rows(
            "name headcount share",
            ("PLC编程", 310, 0.3613),
            ("工业机器人操作与运维", 260, 0.303),
            ("电气控制", 200, 0.2331),
            ("<script>alert('x')</script>", 3, 0.0035),
            ("=2+5", 2, 0.0023),  # a formula typed as a skill name
        ),
        "by_level": rows(
            "code postings headcount share",
            ("higher", 250, 520, 0.6061),
            ("secondary", 140, 300, 0.3497),
            ("undergraduate", 22, 38, 0.0443),
        ),
        "by_region": rows(
            shares,
            ("130302", "海港区", 210, 440, 0.5128),
            ("130303", "山海关区", 90, 200, 0.2331),
            ("130304", "北戴河区", 112, 218, 0.2541),
        ),
        "previous": {"label": "2025-H2", "postings": 300, "headcount": 646},
        "growth": 0.3282,
        "monthly": [{"month": m, "headcount": h} for m, h in zip(labels, months, strict=True)],
        "forecast": {
            "method": "holt_linear",
            "mape": 0.1234,
            "points": rows(
                "month step headcount low high",
                ("2026-07", 1, 196, 160, 232),
                ("2026-08", 2, 207, 158, 256),
                ("2026-09", 3, 218, 152, 284),
            ),
        },
    }
    return envelope("talent_demand", data, status=status)


def major_fit(status="draft"):
    keys = (
        "major_code major_name major_level supply demand fit_ratio employment_rate employment_rate_prev level"
    )
    majors = rows(
        keys + " reasons priority",
        ("460305", "工业机器人技术", "higher", 0, 42.5, None, None, None, "gap", ["gap: supply 0"], True),
        ("530701", "电子商务", "higher", 220, 60.0, 0.2727, 0.55, 0.58, "red",
         ["red: fit ratio 0.27 < 0.5 (供给过剩)", "red: employment rate below 0.6 in both latest cohorts"]),
        ("500201", "铁道机车运用与维护", "higher", 80, 58.33, 0.7291, 0.81, 0.79, "yellow",
         ["yellow: fit ratio 0.73 < 0.8"]),
        ("460301", "机电一体化技术", "higher", 150, 260.0, 1.7333, 0.93, 0.9, "shortage",
         ["shortage: fit ratio 1.73 > 1.5 (紧缺: expand enrolment)"], True),
        ("660301", "机电技术应用", "secondary", 120, 130.17, 1.0848, 0.88, None, "balanced",
         ["balanced: fit ratio 1.08 within [0.8, 1.5]"]),
        ("<b>x</b>", "<script>evil()</script>", None, 0, 4.0, None, None, None, "none", []),
    )  # fmt: skip
    data = {
        "totals": {"postings": 180, "demand_headcount": 640, "supply_graduates": 905, "unmatched_demand": 57},
        "structure_fit_index": 71.25,
        "majors": majors,
        "unmatched_skills": rows("name headcount", ("无人机植保", 30), ("冷链物流管理", 27)),
        "counts": {"gap": 1, "red": 1, "yellow": 1, "shortage": 1, "balanced": 1, "none": 1},
    }
    return envelope("major_fit", data, status=status)


def training_supply(status="draft"):
    data = {
        "schools": rows(
            "name code programs enrollment graduates employment_rate"
            " dual_qualified_ratio apprenticeship_coverage",
            ("秦皇岛职业技术学院", "4113010001", 24, 3200, 2900, 0.912, 0.56, 0.25),
            ("河北对外经贸职业学院", "4113010002", 18, 2100, None, None, 0.41),
        ),
        "majors": rows(
            "major_code major_name programs enrollment graduates employment_rate apprenticeship_coverage",
            ("460301", "机电一体化技术", 3, 420, 380, 0.94, 0.67),
            ("530701", "电子商务", 2, 300, 260, 0.62),
        ),
        "indicators": rows(
            "name value target met",
            ("dual_qualified_ratio", 0.5012, 0.5, True),
            ("apprenticeship_coverage", 0.214, 0.3, False),
            ("soe_apprenticeship_quota", 0.031, 0.05, False),
        ),
    }
    return envelope("training_supply", data, status=status)


SAMPLES = {"talent_demand": talent_demand, "major_fit": major_fit, "training_supply": training_supply}


def csv_rows(body: bytes) -> list[list[str]]:
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_csv_has_bom_header_block_and_sections():
    rows = csv_rows(to_csv(talent_demand()))
    assert rows[0] == ["企业人才需求报告"]
    assert ["地区", "秦皇岛市（130300）"] in rows
    assert ["期间", "2026年上半年（2026-H1）"] in rows
    assert ["方法版本", "2026.11-1"] in rows
    assert ["生成时间", "2026-07-02 09:30 (UTC+8)"] in rows
    assert ["C", "制造业", "220", "480", "55.94%", "1.32"] in rows
    assert ["PLC编程", "310", "36.13%"] in rows
    assert ["2026-08", "", "207", "158", "256"] in rows
    assert ["需求人数增长率", "32.82%"] in rows
    i = rows.index(["按行业门类"])
    assert rows[i - 1] == [] and rows[i + 1][:3] == ["代码", "行业门类", "岗位数"]


def test_csv_defuses_formulas_but_keeps_negative_numbers():
    report = talent_demand()
    report["data"]["growth"] = -0.05
    rows = csv_rows(to_csv(report))
    assert ["'=2+5", "2", "0.23%"] in rows
    assert ["需求人数增长率", "-5.00%"] in rows


def test_csv_major_fit_and_training_supply():
    rows = csv_rows(to_csv(major_fit()))
    assert rows[0] == ["专业与区域、产业吻合度预警报告"]
    line = next(r for r in rows if r[:1] == ["530701"])
    assert line[1:7] == ["电子商务", "高职专科", "红色预警", "220", "60", "0.2727"]
    assert ["结构吻合指数（0–100）", "71.25"] in rows
    rows = csv_rows(to_csv(training_supply()))
    assert ["秦皇岛职业技术学院", "24", "3200", "2900", "91.20%", "56.00%", "25.00%"] in rows
    assert ["现代学徒制覆盖率", "21.40%", "30.00%", "否"] in rows


def sheet_rows(ws):
    return {row[0]: row for row in ws.iter_rows(min_row=2, values_only=True)}


def test_xlsx_talent_demand_sheets_hold_the_numbers():
    wb = load_workbook(io.BytesIO(to_xlsx(talent_demand())))
    assert wb.sheetnames == [
        "概要",
        "按岗位类型",
        "按行业门类",
        "按行业大类",
        "按技能",
        "按层次",
        "按区域",
        "月度与预测",
    ]
    summary = sheet_rows(wb["概要"])
    assert summary["需求人数"][1] == 858 and summary["需求人数增长率"][1] == 0.3282
    assert wb["概要"]["A1"].font.b and wb["概要"]["B1"].font.b and wb["概要"].freeze_panes == "A2"
    ws = wb["按行业门类"]
    assert [c.value for c in ws[1]] == ["代码", "行业门类", "岗位数", "需求人数", "占比", "需求指数"]
    assert ws.freeze_panes == "A2" and all(c.font.b for c in ws[1])
    assert ws["D2"].value == 480 and ws["E2"].value == 0.5594 and ws["E2"].number_format == "0.0%"
    assert ws["F3"].value == 1.85 and ws["F5"].value is None
    assert ws.column_dimensions["B"].width >= 30  # "信息传输、软件和信息技术服务业" fits
    skills = sheet_rows(wb["按技能"])
    assert skills["PLC编程"][1:] == (310, 0.3613)
    formula = wb["按技能"]["A6"]
    assert formula.value == "=2+5" and formula.data_type == "s"
    months = sheet_rows(wb["月度与预测"])
    assert months["2026-06"][1] == 185 and months["2026-09"][2:] == (218, 152, 284)
    assert sheet_rows(wb["按层次"])["高职专科"][1:] == (250, 520, 0.6061)
    assert sheet_rows(wb["按区域"])["130302"][1:4] == ("海港区", 210, 440)


def test_xlsx_major_fit_and_training_supply():
    wb = load_workbook(io.BytesIO(to_xlsx(major_fit())))
    assert wb.sheetnames == ["概要", "专业预警", "未匹配技能"]
    summary = sheet_rows(wb["概要"])
    assert summary["结构吻合指数（0–100）"][1] == 71.25 and summary["红色预警专业数"][1] == 1
    majors = sheet_rows(wb["专业预警"])
    assert majors["460301"][3:9] == ("紧缺", 150, 260, 1.7333, 0.93, 0.9)
    assert majors["460305"][4] == 0 and majors["460305"][6] is None
    assert wb["专业预警"]["H3"].number_format == "0.0%"
    assert sheet_rows(wb["未匹配技能"])["无人机植保"][1] == 30
    wb = load_workbook(io.BytesIO(to_xlsx(training_supply())))
    assert wb.sheetnames == ["概要", "学校", "专业", "指标"]
    assert sheet_rows(wb["学校"])["秦皇岛职业技术学院"][1:] == (24, 3200, 2900, 0.912, 0.56, 0.25)
    assert sheet_rows(wb["学校"])["河北对外经贸职业学院"][3:5] == (None, None)
    assert sheet_rows(wb["专业"])["460301"][2:5] == (3, 420, 380)
    assert sheet_rows(wb["指标"])["双师型教师比例"] == ("双师型教师比例", 0.5012, 0.5, "是")


@pytest.mark.parametrize("kind", SAMPLES)
def test_html_is_self_contained_printable_and_escaped(kind):
    html = to_html(SAMPLES[kind]())
    titles = {"talent_demand": "企业人才需求报告", "major_fit": "专业与区域、产业吻合度预警报告"}
    assert titles.get(kind, "职业院校人才培养情况报告") in html
    assert "<svg" in html and "@media print" in html and "size: A4" in html
    assert "<script" not in html.lower()
    if kind != "training_supply":
        assert "&lt;script&gt;" in html
    for forbidden in ("http://", "https://", "@font-face", "<link", "<img", "url(", "javascript:"):
        assert forbidden not in html
    assert "草稿 DRAFT" in html and "秦皇岛市" in html and "2026.11-1" in html


@pytest.mark.parametrize("kind", SAMPLES)
def test_html_published_has_checksum_and_no_draft_mark(kind):
    html = to_html(SAMPLES[kind]("published"))
    assert "DRAFT" not in html and "草稿" not in html
    assert "9f" * 32 in html and "已发布" in html


def test_html_charts_per_kind():
    html = to_html(talent_demand())
    assert "按行业门类的需求人数" in html and "月度需求人数与预测" in html and "预测区间" in html
    assert "<polygon" in html and "MAPE 12.3%" in html
    html = to_html(major_fit())
    assert "各预警等级的专业数" in html and "#d93025" in html and "供需比" in html
    assert "red: fit ratio 0.27 &lt; 0.5" in html  # reasons under their row, escaped
    assert "指标与政策目标" in to_html(training_supply())


def test_tolerates_missing_and_none():
    for kind in SAMPLES:
        bare = envelope(kind, {}, generated_at=None, data_as_of=None, thresholds=None, version=None)
        for fmt in ("csv", "xlsx", "html", "json"):
            assert render(bare, fmt)[0]
    report = talent_demand()
    report["data"]["monthly"][3]["headcount"] = None
    report["data"]["forecast"] = None
    report["data"]["by_kind"] = {"hiring": 5}
    assert "<svg" in to_html(report) and to_xlsx(report)


def test_render_formats_and_json_round_trip():
    report = major_fit("published")
    body, mimetype, ext = render(report, "json")
    assert (mimetype, ext) == ("application/json", "json")
    assert json.loads(body.decode("utf-8")) == report and "电子商务" in body.decode("utf-8")
    assert render(report, "csv")[1:] == ("text/csv; charset=utf-8", "csv")
    assert render(report, "html")[1:] == ("text/html; charset=utf-8", "html")
    assert render(report, "xlsx")[2] == "xlsx" and render(report, "xlsx")[0][:2] == b"PK"
    with pytest.raises(ValueError, match="pdf"):
        render(report, "pdf")


def test_rendering_does_not_modify_the_report():
    report = talent_demand()
    before = copy.deepcopy(report)
    for fmt in ("csv", "xlsx", "html", "json"):
        render(report, fmt)
    assert report == before


def test_charts_escape_and_scale():
    svg = bar_chart([("<b>&", 3), ("无", None)], "标题<")
    assert "&lt;b&gt;&amp;" in svg and "标题&lt;" in svg and "—" in svg and "<b>" not in svg
    assert "暂无数据" in bar_chart([], "空")
    assert nice_scale(0.85) == (1.0, 0.25) and nice_scale(858) == (1000, 250)
    svg = line_chart([("2026-01", 5)], [{"month": "2026-02", "headcount": 6, "low": 4, "high": 8}], "t")
    assert "<polygon" in svg and svg.count("<polyline") == 1
