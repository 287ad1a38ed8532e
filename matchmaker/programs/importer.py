"""Programs from a CSV/XLSX file: the columns and how each row is created."""

from __future__ import annotations

from matchmaker.auth.models import User
from matchmaker.imports import Column, create_each
from matchmaker.programs import service
from matchmaker.programs.schemas import ProgramCreate

PROGRAM_COLUMNS = [
    Column("school_id", "int"),
    Column("major_code", required=True),
    Column("cohort_year", "int", required=True),
    Column("enrollment", "int"),
    Column("expected_graduates", "int"),
    Column("employment_rate", "float"),
    Column("skills", "list"),
    Column("certificates", "list"),
    Column("apprenticeship_pilot", "bool"),
]


def import_programs(user: User, table) -> list[int]:
    return create_each(
        table, PROGRAM_COLUMNS, ProgramCreate(), lambda data: service.create_program(user, data)
    )
