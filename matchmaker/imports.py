"""All-or-nothing bulk imports from CSV or XLSX.

Every row is validated and created through the same service function a single create uses; any
bad row fails the whole request (which rolls back) with every bad row's line and field errors.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask import current_app
from flask_smorest.fields import Upload
from marshmallow import fields
from werkzeug.datastructures import FileStorage

from matchmaker.errors import DomainError, PayloadTooLarge, ValidationFailed
from matchmaker.extensions import db

XLSX_MAGIC = b"PK\x03\x04"


class ImportForm(ma.Schema):
    file = Upload(required=True, metadata={"description": "A .csv (UTF-8, header row) or .xlsx file."})


class ImportResult(ma.Schema):
    imported = fields.Integer()
    ids = fields.List(fields.Integer())


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "str"  # str | int | float | bool | list | date
    required: bool = False


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(upload: FileStorage) -> list[tuple[int, dict[str, str]]]:
    """(line number, {header: cell}) for each non-empty data row; the header is line 1."""
    raw = upload.read()
    if raw.startswith(XLSX_MAGIC):
        from openpyxl import load_workbook

        try:  # read-only sheets parse their rows lazily, so damage may only show while reading them
            sheet = load_workbook(io.BytesIO(raw), read_only=True, data_only=True).worksheets[0]
            rows = [[_cell(c) for c in row] for row in sheet.iter_rows(values_only=True)]
        except Exception as exc:  # openpyxl raises many types for a damaged file
            raise ValidationFailed(
                "The XLSX file cannot be read.", errors={"file": [str(exc)[:200]]}
            ) from exc
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationFailed("CSV files must be UTF-8.", errors={"file": ["Not UTF-8 text."]}) from exc
        try:  # newline="": lines may end in \r\n, \n or a lone \r (older spreadsheets' CSV)
            rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text, newline=""))]
        except csv.Error as exc:  # e.g. a field past the csv module's 128 KiB limit
            raise ValidationFailed("The CSV file cannot be read.", errors={"file": [str(exc)[:200]]}) from exc
    if not rows or not any(rows[0]):
        raise ValidationFailed("The file has no header row.", errors={"file": ["Empty file."]})
    header = [h.strip() for h in rows[0]]
    table = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(row):
            continue
        table.append((number, {h: (row[i] if i < len(row) else "") for i, h in enumerate(header) if h}))
    return table


def _convert(column: Column, value: str) -> Any:
    if column.kind == "int":
        return int(value)
    if column.kind == "float":
        return float(value)
    if column.kind == "bool":
        lowered = value.lower()
        if lowered in {"1", "true", "yes", "y", "是"}:
            return True
        if lowered in {"0", "false", "no", "n", "否"}:
            return False
        raise ValueError("Use true/false (or 是/否).")
    if column.kind == "list":
        return [part.strip() for part in value.replace("；", ";").split(";") if part.strip()]
    return value


def row_data(columns: list[Column], row: dict[str, str]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    data: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for column in columns:
        value = row.get(column.name, "")
        if value == "":
            if column.required:
                errors[column.name] = ["Missing value."]
            continue
        try:
            data[column.name] = _convert(column, value)
        except ValueError:
            errors[column.name] = [f"Not a valid {column.kind}: {value[:40]!r}."]
    return data, errors


def run_import(files: dict, columns: list[Column], create_rows: Callable[[list], list[int]]) -> dict:
    table = read_table(files["file"])
    limit = current_app.config["IMPORT_MAX_ROWS"]
    if len(table) > limit:
        raise PayloadTooLarge(f"An import takes at most {limit} rows; this file has {len(table)}.")
    if not table:
        raise ValidationFailed("The file has no data rows.", errors={"file": ["No rows."]})
    unknown = sorted(set(table[0][1]) - {c.name for c in columns})
    if unknown:
        raise ValidationFailed(
            "The file has columns this import does not know.",
            errors={
                "file": [
                    f"Unknown column(s): {', '.join(unknown)}. Known: {', '.join(c.name for c in columns)}."
                ]
            },
        )
    ids = create_rows(table)
    return {"imported": len(ids), "ids": ids}


@contextmanager
def _holding_loaded_rows() -> Iterator[None]:
    """Keep every row the session loads until the block ends. The identity map holds rows weakly,
    so the region or skill one import row read is gone by the next row, which reads it again."""
    session = db.session()
    held: list[Any] = []

    def hold(_session, instance) -> None:
        held.append(instance)

    sa.event.listen(session, "loaded_as_persistent", hold)
    try:
        yield
    finally:
        sa.event.remove(session, "loaded_as_persistent", hold)


def create_each(
    table: list[tuple[int, dict[str, str]]],
    columns: list[Column],
    schema: ma.Schema,
    create: Callable[[dict[str, Any]], Any],
) -> list[int]:
    """Validate and create every row; if any row is bad, raise with all bad rows (nothing lands).

    ``create`` may leave its row unflushed: the rows are flushed together at the end, in batched
    statements. Meanwhile every row the session loads (an enterprise, a region, a skill) is held, so
    the next import row finds it in the identity map instead of reading it again.
    """
    bad: list[dict[str, Any]] = []
    created: list[Any] = []
    with db.session.no_autoflush, _holding_loaded_rows():
        for line, row in table:
            data, errors = row_data(columns, row)
            if not errors:
                try:
                    data = schema.load(data)
                except ma.ValidationError as exc:
                    errors = exc.normalized_messages()
            if not errors:
                try:
                    created.append(create(data))
                except DomainError as exc:
                    errors = exc.errors if isinstance(exc.errors, dict) else {"row": [exc.detail]}
            if errors:
                bad.append({"line": line, "errors": errors})
    if bad:
        raise ValidationFailed(f"{len(bad)} row(s) are invalid; nothing was imported.", errors=bad)
    db.session.flush()
    return [obj.id for obj in created]
