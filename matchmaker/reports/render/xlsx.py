"""XLSX export: a summary sheet, then one sheet per table, numbers stored as numbers.

Figures stay numeric (with a display format) so bureau staff can sum, sort and chart them in Excel
without retyping; text cells are forced to strings so a user-typed "=..." never becomes a formula.
"""

from __future__ import annotations

import io
import unicodedata
from contextlib import suppress
from datetime import UTC, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from matchmaker.reports.render import sections
from matchmaker.reports.render.formats import LEVEL_COLORS, NUMERIC, display, number

NUMBER_FORMATS = {"int": "#,##0", "count": "#,##0", "ratio": "0.00", "pct": "0.0%", "index": "0.0"}
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E8EEF7")
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_WIDTH = 60


def _width(text: str) -> int:
    """Display width in Excel's character units: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _put(ws: Worksheet, row: int, col: int, value: Any, fmt: str = "text") -> str:
    """Write one cell in its format; returns the text a reader sees, for sizing the column."""
    cell = ws.cell(row=row, column=col)
    if fmt in NUMERIC:
        x = number(value)
        if x is None:
            return ""
        cell.value = x
        cell.number_format = NUMBER_FORMATS[fmt]
        if fmt == "count" and not float(x).is_integer():
            cell.number_format = "#,##0.0"
        return display(x, fmt)
    text = display(value, fmt)
    if text == "—" and fmt == "text":
        return ""
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", text)  # control characters typed in a name: no XLSX holds them
    cell.data_type = "s"  # never a formula, whatever the first character
    if fmt == "level" and value in LEVEL_COLORS:
        cell.font = Font(bold=True, color=LEVEL_COLORS[value].lstrip("#"))
    return text


def _finish(ws: Worksheet, widths: dict[int, int], header_row: int = 1) -> None:
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, max(8, width + 2))
        if width > MAX_WIDTH:
            for (cell,) in ws.iter_rows(min_row=header_row + 1, min_col=col, max_col=col):
                cell.alignment = WRAP
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def _header(ws: Worksheet, labels: list[str], widths: dict[int, int]) -> None:
    for col, label in enumerate(labels, start=1):
        cell = ws.cell(row=1, column=col, value=label)
        cell.font, cell.fill = BOLD, HEADER_FILL
        widths[col] = max(widths.get(col, 0), _width(label))


def _summary_sheet(ws: Worksheet, report: dict) -> None:
    widths: dict[int, int] = {}
    _header(ws, ["项目", "数值"], widths)
    blocks = [
        ("报告信息", [(label, value, "text") for label, value in sections.meta_rows(report)]),
        ("概要数据", sections.summary(report)),
        ("阈值与目标", [(label, value, "text") for label, value in sections.threshold_rows(report)]),
    ]
    row = 2
    for heading, lines in blocks:
        if not lines:
            continue
        ws.cell(row=row, column=1, value=heading).font = BOLD
        row += 1
        for label, value, fmt in lines:
            widths[1] = max(widths[1], _width(_put(ws, row, 1, label)))
            widths[2] = max(widths[2], _width(_put(ws, row, 2, value, fmt)))
            row += 1
    _finish(ws, widths)


def _table_sheet(ws: Worksheet, table: sections.Table) -> None:
    widths: dict[int, int] = {}
    _header(ws, [column.label for column in table.columns], widths)
    for r, values in enumerate(table.rows, start=2):
        for c, (value, column) in enumerate(zip(values, table.columns, strict=True), start=1):
            widths[c] = max(widths[c], _width(_put(ws, r, c, value, column.fmt)))
    if table.rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{len(table.rows) + 1}"
    _finish(ws, widths)


def to_xlsx(report: dict) -> bytes:
    wb = Workbook()
    wb.properties.title = f"{report.get('region_name') or ''} {sections.title(report)}".strip()
    wb.properties.creator = "matchmaker"
    with suppress(ValueError):  # a stable creation time: the report's, not the export's
        created = datetime.fromisoformat(str(report.get("generated_at")))
        wb.properties.created = created.astimezone(UTC).replace(tzinfo=None) if created.tzinfo else created
    ws = wb.active
    ws.title = "概要"
    _summary_sheet(ws, report)
    for table in sections.tables(report):
        _table_sheet(wb.create_sheet(table.title[:31]), table)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
