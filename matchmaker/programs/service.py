"""Program use cases: a school manages its own programs; everyone signed in may read them."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from matchmaker.auth.models import Role, User
from matchmaker.auth.permissions import ensure_region_visible, is_admin, region_clause, scope_by_region
from matchmaker.errors import Conflict, Forbidden, ValidationFailed
from matchmaker.extensions import db
from matchmaker.http import get_or_404, paginate
from matchmaker.orgs.models import School
from matchmaker.programs.models import Program, ProgramSkill
from matchmaker.reference.models import Major
from matchmaker.reference.service import check_codes, raise_if, resolve_skills


def list_programs(user: User, args: dict[str, Any]) -> dict[str, Any]:
    query = sa.select(Program).join(Program.school).join(Program.major).order_by(Program.id)
    query = scope_by_region(query, user, School.region_code)
    if "school_id" in args:
        query = query.where(Program.school_id == args["school_id"])
    if "major_code" in args:
        query = query.where(Program.major_code == args["major_code"])
    if "cohort_year" in args:
        query = query.where(Program.cohort_year == args["cohort_year"])
    if "region" in args:
        query = query.where(region_clause(School.region_code, args["region"]))
    if "level" in args:
        query = query.where(Major.level == args["level"])
    return paginate(query, args)


def get_program(user: User, program_id: int) -> Program:
    program = get_or_404(Program, program_id, "program")
    ensure_region_visible(user, program.school.region_code)
    return program


def require_school_or_admin(user: User) -> None:
    """Schools manage their own programs and the operator anyone's; no other role does."""
    if user.role != Role.school and not is_admin(user):
        raise Forbidden("Only schools (and the operator) manage programs.")


def _owning_school(user: User, requested: int | None) -> int:
    require_school_or_admin(user)
    if user.role == Role.school:
        if requested is not None and requested != user.school_id:
            raise Forbidden("A school account may only add programs to its own school.")
        return user.school_id
    if is_admin(user):
        if requested is None:
            raise ValidationFailed("The operator must name the school.", errors={"school_id": ["Required."]})
        if db.session.get(School, requested) is None:
            raise ValidationFailed("Unknown school.", errors={"school_id": [f"No school {requested}."]})
        return requested


def _set_skills(program: Program, names: list[str]) -> None:
    unique = {s.id: s for s in resolve_skills(names)}
    program.extra_skills = [ProgramSkill(skill_id=sid, skill=skill) for sid, skill in unique.items()]


def _check_graduates(data: dict[str, Any], program: Program | None = None) -> None:
    if program is not None and "expected_graduates" in data:
        from matchmaker.agreements.service import accepted_seats_for_program

        taken = accepted_seats_for_program(program.id)
        if data["expected_graduates"] < taken:
            raise Conflict(
                f"{taken} seats are already agreed for this program; graduates cannot drop below that."
            )


def create_program(user: User, data: dict[str, Any]) -> Program:
    school_id = _owning_school(user, data.pop("school_id", None))
    raise_if(check_codes(majors=("major_code", [data["major_code"]])))
    duplicate = db.session.scalar(
        sa.select(Program.id).where(
            Program.school_id == school_id,
            Program.major_code == data["major_code"],
            Program.cohort_year == data["cohort_year"],
        )
    )
    if duplicate is not None:
        raise Conflict(
            f"This school already runs {data['major_code']} for cohort {data['cohort_year']} "
            f"(program {duplicate})."
        )
    skills = data.pop("skills", [])
    program = Program(school_id=school_id, **data)
    _set_skills(program, skills)
    db.session.add(program)
    db.session.flush()
    return program


def can_manage(user: User, program: Program) -> bool:
    return is_admin(user) or (user.role == Role.school and user.school_id == program.school_id)


def update_program(user: User, program: Program, data: dict[str, Any]) -> Program:
    if not can_manage(user, program):
        raise Forbidden("You may only change your own school's programs.")
    if "school_id" in data and data["school_id"] != program.school_id:
        raise ValidationFailed(
            "A program cannot move to another school.", errors={"school_id": ["Cannot change."]}
        )
    data.pop("school_id", None)
    if "major_code" in data:
        raise_if(check_codes(majors=("major_code", [data["major_code"]])))
    _check_graduates(data, program)
    if "skills" in data:
        _set_skills(program, data.pop("skills"))
    for key, value in data.items():
        setattr(program, key, value)
    db.session.flush()
    return program


def delete_program(user: User, program: Program) -> None:
    if not can_manage(user, program):
        raise Forbidden("You may only delete your own school's programs.")
    from matchmaker.agreements.models import Agreement

    if db.session.scalar(sa.select(sa.func.count()).where(Agreement.program_id == program.id)):
        raise Conflict("The program has agreements; it cannot be deleted.")
    db.session.delete(program)
    db.session.flush()
