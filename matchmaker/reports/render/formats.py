"""Value formats shared by every renderer, so a figure reads the same in CSV, XLSX, HTML and charts.

A column's format names what its numbers mean: ``count`` (people, maybe fractional after demand
attribution), ``int``, ``ratio`` (e.g. a fit ratio, 1.0 = balanced), ``pct`` (a 0–1 fraction shown as a
percentage), ``index`` (a 0–100 score), ``level`` (a warning level code), ``bool`` and ``text``.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone
from typing import Any

BEIJING = timezone(timedelta(hours=8))  # China keeps no daylight saving: a fixed offset is exact

LEVEL_LABELS = {
    "gap": "专业空白",
    "red": "红色预警",
    "yellow": "黄色预警",
    "shortage": "紧缺",
    "balanced": "供需均衡",
    "none": "未开设·需求少",
}
LEVEL_COLORS = {
    "gap": "#7b3fa0",
    "red": "#d93025",
    "yellow": "#e8a400",
    "shortage": "#1a73e8",
    "balanced": "#188038",
    "none": "#9aa0a6",
}
NUMERIC = frozenset({"count", "int", "ratio", "pct", "index"})


def number(value: Any) -> float | int | None:
    """The value as a finite number, or None (missing, text, NaN or infinity)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def fmt_count(value: Any) -> str:
    x = number(value)
    if x is None:
        return "—"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.1f}"


def fmt_pct(value: Any, digits: int = 1) -> str:
    x = number(value)
    return "—" if x is None else f"{x * 100:.{digits}f}%"


def fmt_ratio(value: Any) -> str:
    x = number(value)
    return "—" if x is None else f"{x:.2f}"


def fmt_index(value: Any) -> str:
    x = number(value)
    return "—" if x is None else f"{x:.1f}"


def display(value: Any, fmt: str = "text") -> str:
    """A cell as people read it: grouped thousands, percentages, Chinese labels, "—" for missing."""
    if fmt in ("count", "int"):
        return fmt_count(value)
    if fmt == "pct":
        return fmt_pct(value)
    if fmt == "ratio":
        return fmt_ratio(value)
    if fmt == "index":
        return fmt_index(value)
    if fmt == "level":
        return LEVEL_LABELS.get(value, str(value or "—"))
    if fmt == "bool":
        return "—" if value is None else ("是" if value else "否")
    if value is None or value == "":
        return "—"
    if isinstance(value, list | tuple):
        return "；".join(str(v) for v in value) or "—"
    return str(value)


def plain(value: Any, fmt: str = "text") -> str:
    """A cell for CSV: numbers without grouping (machines and Excel both parse them), else display."""
    x = number(value)
    if fmt in NUMERIC:
        if x is None:
            return ""
        if fmt == "pct":
            return f"{x * 100:.2f}%"
        return str(x) if isinstance(x, int) else f"{x:.4f}".rstrip("0").rstrip(".")
    text = display(value, fmt)
    return "" if text == "—" else text


def fmt_time(value: Any) -> str:
    """ISO strings or datetimes as "2026-11-20 16:30 (UTC+8)"; aware times are shown in Beijing time."""
    if value in (None, ""):
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.strftime("%Y-%m-%d %H:%M")
        return value.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M") + " (UTC+8)"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def period_label(period: Any) -> str:
    """``2026-H1`` → ``2026年上半年``; anything unrecognised is shown as given."""
    text = str(period or "")
    year, _, part = text.partition("-")
    if not year.isdigit():
        return text or "—"
    if not part:
        return f"{year}年"
    named = {
        "H1": "上半年",
        "H2": "下半年",
        "Q1": "第一季度",
        "Q2": "第二季度",
        "Q3": "第三季度",
        "Q4": "第四季度",
    }
    if part in named:
        return f"{year}年{named[part]}"
    return f"{year}年{int(part)}月" if part.isdigit() else text
