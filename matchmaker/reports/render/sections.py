"""What a report shows, built once from its dict: header, summary figures and tables.

CSV, XLSX and HTML all render these same lists, so a figure cannot say one thing in the spreadsheet
and another on the printed page. Every lookup tolerates missing keys and None: a report computed by an
older method version must still export.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from matchmaker.reports.render.formats import LEVEL_LABELS, fmt_time, number, period_label

TITLES = {
    "talent_demand": "企业人才需求报告",
    "major_fit": "专业与区域、产业吻合度预警报告",
    "training_supply": "职业院校人才培养情况报告",
}
FORECAST_METHODS = {"holt_linear": "Holt 线性趋势", "naive": "末值外推"}
CHECKSUM = "校验和（SHA-256）"
STATUS_LABELS = {
    "queued": "排队中",
    "running": "生成中",
    "draft": "草稿",
    "published": "已发布",
    "failed": "失败",
}
POSTING_KINDS = {
    "hiring": "人才需求",
    "apprenticeship": "学徒岗位",
    "internship": "实习岗位",
    "order_class": "订单班",
}
EDUCATION_LEVELS = {"secondary": "中职", "higher": "高职专科", "undergraduate": "职业本科"}
INDICATORS = {
    "dual_qualified_ratio": "双师型教师比例",
    "apprenticeship_coverage": "现代学徒制覆盖率",
    "soe_apprenticeship_quota": "国有企业学徒岗位比例",
}
THRESHOLDS = {
    "gap_min_demand": "专业空白最低需求（人）",
    "red_fit_ratio": "红色预警供需比低于",
    "red_employment_rate": "红色预警就业率低于（连续两届）",
    "yellow_fit_ratio": "黄色预警供需比低于",
    "yellow_employment_rate": "黄色预警就业率低于",
    "shortage_fit_ratio": "紧缺供需比高于",
    "employment_kinds": "计入就业需求的岗位类型",
    "attribution_min_score": "专业归属最低匹配分",
    "attribution_top": "每岗位归属专业数",
    "priority_industries": "重点产业（行业大类）",
}


@dataclass(frozen=True)
class Column:
    label: str
    fmt: str = "text"  # see formats.py


@dataclass
class Table:
    """One section: a sheet in XLSX, a block in CSV, a table on the page."""

    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    detail: int | None = None  # from this column on: long text the HTML page shows under its row


def _get(row: Any, *keys: str, default: Any = None) -> Any:
    """The first of ``keys`` present and not None in a dict row."""
    if not isinstance(row, dict):
        return default
    for key in keys:
        if row.get(key) is not None:
            return row[key]
    return default


def _list(value: Any) -> list[dict]:
    return [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []


def _data(report: dict) -> dict:
    data = report.get("data")
    return data if isinstance(data, dict) else {}


def title(report: dict) -> str:
    return TITLES.get(report.get("kind"), "报告")


def region(report: dict) -> str:
    name, code = report.get("region_name"), report.get("region_code")
    if name and code and name != code:
        return f"{name}（{code}）"
    return str(name or code or "—")


def meta_rows(report: dict) -> list[tuple[str, str]]:
    """The header block: what the report is, and when and how it was made."""
    period = report.get("period")
    rows = [
        ("报告", title(report)),
        ("地区", region(report)),
        ("期间", f"{period_label(period)}（{period}）" if period else "—"),
        ("版本", str(report.get("version") or "—")),
        ("状态", STATUS_LABELS.get(report.get("status"), str(report.get("status") or "—"))),
        ("方法版本", str(report.get("method_version") or "—")),
        ("数据截至", fmt_time(report.get("data_as_of"))),
        ("生成时间", fmt_time(report.get("generated_at"))),
        ("发布时间", fmt_time(report.get("published_at"))),
    ]
    if report.get("checksum"):
        rows.append((CHECKSUM, str(report["checksum"])))
    return rows


def threshold_rows(report: dict) -> list[tuple[str, str]]:
    """Thresholds and targets in words, for the footer and the summary sheet."""
    given = report.get("thresholds") or {}
    order = {key: i for i, key in enumerate(THRESHOLDS)}
    out = []
    for key in sorted(given, key=lambda k: (order.get(k, len(order)), k)):
        value = given[key]
        if key == "targets" and isinstance(value, dict):
            out += [(f"目标：{INDICATORS.get(k, k)}", _percent(v)) for k, v in sorted(value.items())]
        elif isinstance(value, list | tuple):
            out.append(
                (THRESHOLDS.get(key, key), "、".join(POSTING_KINDS.get(v, str(v)) for v in value) or "—")
            )
        else:
            rate = key.endswith("_rate") and number(value) is not None
            out.append((THRESHOLDS.get(key, key), _percent(value) if rate else str(value)))
    return out


def _percent(value: Any) -> str:
    x = number(value)
    return str(value) if x is None else f"{x * 100:g}%"


def summary(report: dict) -> list[tuple[str, Any, str]]:
    """The headline figures: (label, value, format)."""
    data, kind = _data(report), report.get("kind")
    if kind == "talent_demand":
        totals, previous = data.get("totals") or {}, data.get("previous") or {}
        forecast = data.get("forecast") or {}
        growth = data.get("growth")
        if isinstance(growth, dict):  # tolerate {postings, headcount} growth
            growth = growth.get("headcount")
        label = f"（{previous['label']}）" if previous.get("label") else ""
        return [
            ("岗位数", totals.get("postings"), "int"),
            ("需求人数", totals.get("headcount"), "count"),
            (f"上期岗位数{label}", previous.get("postings"), "int"),
            (f"上期需求人数{label}", previous.get("headcount"), "count"),
            ("需求人数增长率", growth, "pct"),
            ("预测方法", FORECAST_METHODS.get(forecast.get("method"), forecast.get("method")), "text"),
            ("预测回测误差（MAPE）", forecast.get("mape"), "pct"),
        ]
    if kind == "major_fit":
        totals = data.get("totals") or {}
        majors = _list(data.get("majors"))
        counts = data.get("counts") or Counter(m.get("level") for m in majors)
        rows = [
            ("就业需求人数", totals.get("demand_headcount"), "count"),
            ("供给毕业生", totals.get("supply_graduates"), "count"),
            ("未匹配需求人数", totals.get("unmatched_demand"), "count"),
            ("结构吻合指数（0–100）", data.get("structure_fit_index"), "index"),
            ("专业数", len(majors), "int"),
        ]
        return rows + [(f"{label}专业数", counts.get(code, 0), "int") for code, label in LEVEL_LABELS.items()]
    if kind == "training_supply":
        schools, majors = _list(data.get("schools")), _list(data.get("majors"))
        indicators = _list(data.get("indicators"))
        return [
            ("学校数", len(schools), "int"),
            ("专业数", len(majors), "int"),
            ("专业点数", sum(_get(s, "programs", default=0) or 0 for s in schools), "int"),
            (
                "毕业生",
                sum(_get(s, "graduates", "expected_graduates", default=0) or 0 for s in schools),
                "count",
            ),
            ("达标指标数", sum(1 for i in indicators if i.get("met")), "int"),
            ("指标总数", len(indicators), "int"),
        ]
    return []


def _table(title: str, items: list[dict], specs: list[tuple], detail: int | None = None) -> Table:
    """Columns from (label, format, key) specs; a key is a dict key, fallback keys, or a function."""

    def value(item: dict, key: Any) -> Any:
        if callable(key):
            return key(item)
        return _get(item, *key) if isinstance(key, tuple) else item.get(key)

    columns = [Column(label, fmt) for label, fmt, _ in specs]
    return Table(title, columns, [[value(item, key) for *_, key in specs] for item in items], detail)


def _named(names: dict[str, str] | None = None):
    return lambda r: (names or {}).get(r.get("code"), r.get("name") or r.get("code"))


def _breakdown(title: str, rows: list[dict], label: str, names=None, *, code=False, index=False) -> Table:
    """Headcount by one dimension: [code,] label, postings, headcount, share[, demand index]."""
    specs = [
        (label, "text", _named(names)),
        ("岗位数", "int", "postings"),
        ("需求人数", "count", "headcount"),
    ]
    specs.append(("占比", "pct", "share"))
    if code:
        specs.insert(0, ("代码", "text", "code"))
    if index:
        specs.append(("需求指数", "ratio", "demand_index"))
    return _table(title, rows, specs)


def _by_mapping(value: Any) -> list[dict]:
    """by_kind/by_level as a list of rows, also when given as {code: row-or-headcount}."""
    if isinstance(value, dict):
        return [
            {"code": k, **v} if isinstance(v, dict) else {"code": k, "headcount": v} for k, v in value.items()
        ]
    return _list(value)


def _talent_demand(data: dict) -> list[Table]:
    months = [{"month": m.get("month"), "actual": m.get("headcount")} for m in _list(data.get("monthly"))]
    months += _list((data.get("forecast") or {}).get("points"))
    monthly = [("月份", "text", "month"), ("需求人数", "count", "actual"), ("预测", "count", "headcount")]
    monthly += [("预测下限", "count", "low"), ("预测上限", "count", "high")]
    skills = [("技能", "text", "name"), ("需求人数", "count", "headcount"), ("占比", "pct", "share")]
    return [
        _breakdown("按岗位类型", _by_mapping(data.get("by_kind")), "岗位类型", POSTING_KINDS),
        _breakdown("按行业门类", _list(data.get("by_section")), "行业门类", code=True, index=True),
        _breakdown("按行业大类", _list(data.get("by_division")), "行业大类", code=True, index=True),
        _table("按技能", _list(data.get("by_skill")), skills),
        _breakdown("按层次", _by_mapping(data.get("by_level")), "学历层次", EDUCATION_LEVELS),
        _breakdown("按区域", _list(data.get("by_region")), "区域", code=True),
        _table("月度与预测", months, monthly),
    ]


MAJOR_FIT_COLUMNS = [
    ("专业代码", "text", "major_code"),
    ("专业名称", "text", "major_name"),
    ("层次", "text", lambda m: EDUCATION_LEVELS.get(m.get("major_level"), m.get("major_level"))),
    ("预警等级", "level", "level"),
    ("供给（毕业生）", "count", "supply"),
    ("需求（人数）", "count", "demand"),
    ("供需比", "ratio", "fit_ratio"),
    ("就业率（上届）", "pct", "employment_rate"),
    ("就业率（前届）", "pct", "employment_rate_prev"),
    ("重点产业", "bool", "priority"),
    ("原因", "text", "reasons"),
    ("说明", "text", "notes"),
]
_COUNTS = [
    ("专业点数", "int", ("programs", "program_count")),
    ("招生人数", "count", ("enrollment",)),
    ("毕业生", "count", ("graduates", "expected_graduates")),
    ("就业率", "pct", ("employment_rate",)),
]
SCHOOL_COLUMNS = [
    ("学校", "text", ("name", "school_name")),
    *_COUNTS,
    ("双师型教师比例", "pct", ("dual_qualified_ratio",)),
    ("学徒制覆盖率", "pct", ("apprenticeship_coverage",)),
]
MAJOR_COLUMNS = [
    ("专业代码", "text", ("major_code", "code")),
    ("专业名称", "text", ("major_name", "name")),
    *_COUNTS,
    ("学徒制覆盖率", "pct", ("apprenticeship_coverage",)),
]
INDICATOR_COLUMNS = [
    ("指标", "text", lambda i: INDICATORS.get(_get(i, "label", "name"), _get(i, "label", "name"))),
    ("实际值", "pct", "value"),
    ("目标值", "pct", "target"),
    ("是否达标", "bool", "met"),
]


def tables(report: dict) -> list[Table]:
    """The report's tables in reading order; none for an unknown kind."""
    data, kind = _data(report), report.get("kind")
    if kind == "talent_demand":
        return _talent_demand(data)
    if kind == "major_fit":
        return [
            _table("专业预警", _list(data.get("majors")), MAJOR_FIT_COLUMNS, detail=10),
            _table(
                "未匹配技能",
                _list(data.get("unmatched_skills")),
                [("技能", "text", "name"), ("需求人数", "count", "headcount")],
            ),
        ]
    if kind == "training_supply":
        return [
            _table("学校", _list(data.get("schools")), SCHOOL_COLUMNS),
            _table("专业", _list(data.get("majors")), MAJOR_COLUMNS),
            _table("指标", _list(data.get("indicators")), INDICATOR_COLUMNS),
        ]
    return []
