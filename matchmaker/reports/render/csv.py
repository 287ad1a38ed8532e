"""CSV export: one document, header block first, then one block per table.

UTF-8 with a BOM because Excel, the tool most bureau staff open it with, otherwise reads the Chinese
as GBK mojibake. Text that would start a formula (=, +, -, @) is prefixed with an apostrophe: skill
names and school names are typed by users, and a CSV cell is executed by Excel on open.
"""

from __future__ import annotations

import csv
import io

from matchmaker.reports.render import sections
from matchmaker.reports.render.formats import NUMERIC, plain

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cell(value, fmt: str) -> str:
    text = plain(value, fmt)
    return text if fmt in NUMERIC else safe_text(text)  # "-5.00%" is a number, not a formula


def to_csv(report: dict) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([sections.title(report)])
    writer.writerows([label, safe_text(value)] for label, value in sections.meta_rows(report))
    writer.writerow([])
    writer.writerow(["概要"])
    writer.writerow(["项目", "数值"])
    writer.writerows([label, _cell(value, fmt)] for label, value, fmt in sections.summary(report))
    for table in sections.tables(report):
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow([column.label for column in table.columns])
        for row in table.rows:
            cells = zip(row, table.columns, strict=True)
            writer.writerow([_cell(value, column.fmt) for value, column in cells])
    thresholds = sections.threshold_rows(report)
    if thresholds:
        writer.writerow([])
        writer.writerow(["阈值与目标"])
        writer.writerows([label, safe_text(value)] for label, value in thresholds)
    return out.getvalue().encode("utf-8-sig")
