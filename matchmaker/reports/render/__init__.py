"""Report renderers: a plain report dict in, the bytes of one export format out.

Pure functions (no Flask, no database) so the publish step can freeze every format and a test can
check them all from a hand-written dict.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from matchmaker.reports.render.csv import to_csv
from matchmaker.reports.render.html import to_html
from matchmaker.reports.render.xlsx import to_xlsx

FORMATS = ("json", "csv", "xlsx", "html")
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

__all__ = ["FORMATS", "render", "to_csv", "to_html", "to_json", "to_xlsx"]


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_json(report: dict) -> bytes:
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True, default=_jsonable).encode("utf-8")


def render(report: dict, fmt: str) -> tuple[bytes, str, str]:
    """(body, mimetype, file extension without the dot) of ``report`` in ``fmt``."""
    if fmt == "json":
        return to_json(report), "application/json", "json"
    if fmt == "csv":
        return to_csv(report), "text/csv; charset=utf-8", "csv"
    if fmt == "xlsx":
        return to_xlsx(report), XLSX_MIMETYPE, "xlsx"
    if fmt == "html":
        return to_html(report).encode("utf-8"), "text/html; charset=utf-8", "html"
    raise ValueError(f"Unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}.")
