"""Postings from a CSV/XLSX file: the columns and how each row is created."""

from __future__ import annotations

from typing import Any

from matchmaker.auth.models import User
from matchmaker.imports import Column, create_each
from matchmaker.postings import service
from matchmaker.postings.schemas import PostingCreate

POSTING_COLUMNS = [
    Column("enterprise_id", "int"),
    Column("kind", required=True),
    Column("title", required=True),
    Column("description"),
    Column("headcount", "int", required=True),
    Column("level", required=True),
    Column("region_code"),
    Column("industry_code"),
    Column("skills", "list"),
    Column("optional_skills", "list"),
    Column("preferred_majors", "list"),
    Column("start_date"),
    Column("end_date"),
    Column("status"),
]


class _PostingRow(PostingCreate):
    """A file row: ``skills`` are required ones, ``optional_skills`` the nice-to-haves."""

    def load(self, data: dict[str, Any], **kwargs):  # type: ignore[override]
        data = dict(data)
        skills = [{"name": n, "required": True} for n in data.pop("skills", [])]
        skills += [{"name": n, "required": False} for n in data.pop("optional_skills", [])]
        if skills:
            data["skills"] = skills
        return super().load(data, **kwargs)


def import_postings(user: User, table) -> list[int]:
    return create_each(table, POSTING_COLUMNS, _PostingRow(), lambda data: service.new_posting(user, data))
