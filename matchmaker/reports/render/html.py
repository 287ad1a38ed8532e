"""Printable HTML: one self-contained page (inline CSS and SVG, no script, font or image fetched).

Rendered with a bare Jinja environment rather than Flask's, so the worker that freezes a published
report and a test can both call it without an app; autoescape is on because every label may be user
input.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from matchmaker.reports.render import charts, sections
from matchmaker.reports.render.formats import (
    LEVEL_COLORS,
    LEVEL_LABELS,
    NUMERIC,
    display,
    fmt_pct,
    fmt_ratio,
    fmt_time,
    number,
    period_label,
)

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
HTML_ROW_LIMIT = 40  # long breakdowns are cut on paper; the XLSX and CSV carry every row
CUT_TABLES = {"按行业大类", "按技能", "未匹配技能"}
TOP_MAJORS = 12
SHORT_TEXT = 8  # text columns whose every cell is this short never wrap


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _rows(data: dict, key: str) -> list[dict]:
    value = data.get(key)
    return [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []


def _talent_demand_charts(data: dict) -> list[str]:
    by_section = [
        (f"{r.get('code') or ''} {r.get('name') or ''}".strip(), r.get("headcount"))
        for r in _rows(data, "by_section")
    ]
    monthly = [(r.get("month"), r.get("headcount")) for r in _rows(data, "monthly")]
    forecast = data.get("forecast") or {}
    points = [p for p in forecast.get("points") or [] if isinstance(p, dict)]
    mape = forecast.get("mape")
    method = sections.FORECAST_METHODS.get(forecast.get("method"), forecast.get("method") or "预测")
    note = f"（{method}，回测误差 MAPE {fmt_pct(mape)}）" if points else ""
    skills = [(r.get("name"), r.get("headcount")) for r in _rows(data, "by_skill")[:15]]
    return [
        charts.bar_chart(by_section, "按行业门类的需求人数"),
        charts.line_chart(monthly, points, f"月度需求人数与预测{note}"),
        charts.bar_chart(skills, "需求人数最多的技能（前 15 项）"),
    ]


def _major_fit_charts(data: dict, thresholds: dict) -> list[str]:
    majors = _rows(data, "majors")
    counts = data.get("counts") or Counter(m.get("level") for m in majors)
    levels = charts.bar_chart(
        [(label, counts.get(code, 0)) for code, label in LEVEL_LABELS.items()],
        "各预警等级的专业数",
        colors=list(LEVEL_COLORS.values()),
    )
    top = sorted(majors, key=lambda m: -(number(m.get("demand")) or 0))[:TOP_MAJORS]
    refs = [
        (number(thresholds.get(key, default)), f"{name} {fmt_ratio(thresholds.get(key, default))}")
        for key, name, default in (
            ("red_fit_ratio", "红", 0.5),
            ("yellow_fit_ratio", "黄", 0.8),
            ("shortage_fit_ratio", "紧缺", 1.5),
        )
    ]
    fit = charts.bar_chart(
        [(f"{m.get('major_name') or m.get('major_code')}", m.get("fit_ratio")) for m in top],
        f"需求最多的 {len(top)} 个专业的供需比（需求 ÷ 供给；“—” 为无供给）",
        value_format=fmt_ratio,
        colors=[LEVEL_COLORS.get(m.get("level"), charts.BLUE) for m in top],
        references=[(v, caption) for v, caption in refs if v is not None],
    )
    return [levels, fit]


def _training_supply_charts(data: dict) -> list[str]:
    items = []
    for row in _rows(data, "indicators"):
        name = row.get("label") or row.get("name")
        items.append(
            (sections.INDICATORS.get(name, name), row.get("value"), row.get("target"), row.get("met"))
        )
    return [charts.target_bar_chart(items, "指标与政策目标", value_format=fmt_pct)]


def _charts(report: dict) -> list[Markup]:
    data, kind = report.get("data") or {}, report.get("kind")
    if kind == "talent_demand":
        svgs = _talent_demand_charts(data)
    elif kind == "major_fit":
        svgs = _major_fit_charts(data, report.get("thresholds") or {})
    elif kind == "training_supply":
        svgs = _training_supply_charts(data)
    else:
        svgs = []
    return [Markup(svg) for svg in svgs]  # charts.py escapes every label


def _table_view(table: sections.Table) -> dict:
    """Cells as (text, css class); the detail column moves to a full-width line under its row."""
    limit = HTML_ROW_LIMIT if table.title in CUT_TABLES else None
    columns = table.columns[: table.detail]
    shown = table.rows[:limit]
    texts = [[display(v, c.fmt) for v, c in zip(values, columns, strict=False)] for values in shown]
    short = {i for i in range(len(columns)) if all(len(line[i]) <= SHORT_TEXT for line in texts)}
    rows = []
    for values, line in zip(shown, texts, strict=True):
        cells = []
        for i, (value, column, text) in enumerate(zip(values, columns, line, strict=False)):
            css = "num" if column.fmt in NUMERIC else (f"level lv-{value}" if column.fmt == "level" else "")
            cells.append((text, css or ("nowrap" if i in short else "")))
        detail = [] if table.detail is None else [display(v) for v in values[table.detail :] if v]
        rows.append({"cells": cells, "detail": detail})
    return {
        "title": table.title,
        "columns": [(c.label, "num" if c.fmt in NUMERIC else "") for c in columns],
        "rows": rows,
        "cut": len(table.rows) - len(rows),
    }


def to_html(report: dict) -> str:
    context = {
        "title": sections.title(report),
        "region": report.get("region_name") or report.get("region_code") or "",
        "meta": [row for row in sections.meta_rows(report)[1:] if row[0] != sections.CHECKSUM],
        "draft": report.get("status") == "draft",
        "summary": [(label, display(value, fmt)) for label, value, fmt in sections.summary(report)],
        "charts": _charts(report),
        "tables": [_table_view(t) for t in sections.tables(report)],
        "thresholds": sections.threshold_rows(report),
        "checksum": report.get("checksum") if report.get("status") == "published" else None,
        "method_version": report.get("method_version") or "—",
        "data_as_of": fmt_time(report.get("data_as_of")),
        "period": period_label(report.get("period")),
        "level_colors": LEVEL_COLORS,
    }
    return _environment().get_template("reports/report.html").render(**context)
