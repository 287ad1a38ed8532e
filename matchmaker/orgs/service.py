"""Enterprise and school use cases. They flush, never commit: the request boundary does."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from matchmaker.auth.models import Role, User
from matchmaker.auth.permissions import ensure_region_visible, is_admin, region_clause, scope_by_region
from matchmaker.errors import Conflict, Forbidden
from matchmaker.extensions import db
from matchmaker.http import get_or_404, paginate
from matchmaker.orgs.models import Enterprise, School
from matchmaker.reference.service import check_codes, raise_if

# Fields only the platform operator may set: identity and certification.
ENTERPRISE_ADMIN_FIELDS = frozenset({"uscc", "certified_cei"})
SCHOOL_ADMIN_FIELDS = frozenset({"code"})


def apply(obj, data: dict[str, Any]) -> None:
    for key, value in data.items():
        setattr(obj, key, value)


# --- enterprises ---------------------------------------------------------------------------------


def list_enterprises(user: User, args: dict[str, Any]) -> dict[str, Any]:
    query = scope_by_region(sa.select(Enterprise).order_by(Enterprise.id), user, Enterprise.region_code)
    if "region" in args:
        query = query.where(region_clause(Enterprise.region_code, args["region"]))
    if "industry" in args:
        query = query.where(Enterprise.industry_code == args["industry"])
    if "ownership" in args:
        query = query.where(Enterprise.ownership == args["ownership"])
    if "q" in args:
        query = query.where(Enterprise.name.contains(args["q"]))
    return paginate(query, args)


def get_enterprise(user: User, enterprise_id: int) -> Enterprise:
    enterprise = get_or_404(Enterprise, enterprise_id, "enterprise")
    ensure_region_visible(user, enterprise.region_code)
    return enterprise


def _check_enterprise(data: dict[str, Any], current: Enterprise | None = None) -> None:
    errors = check_codes(
        region=("region_code", data["region_code"]) if "region_code" in data else None,
        industry=("industry_code", data["industry_code"]) if "industry_code" in data else None,
    )
    raise_if(errors)
    if "uscc" in data and (current is None or data["uscc"] != current.uscc):
        taken = db.session.scalar(sa.select(Enterprise.id).where(Enterprise.uscc == data["uscc"]))
        if taken is not None:
            raise Conflict(f"An enterprise with 统一社会信用代码 {data['uscc']} already exists (id {taken}).")


def create_enterprise(user: User, data: dict[str, Any]) -> Enterprise:
    if not is_admin(user):
        raise Forbidden("Only the platform operator registers enterprises.")
    _check_enterprise(data)
    enterprise = Enterprise(**data)
    db.session.add(enterprise)
    db.session.flush()
    return enterprise


def can_manage_enterprise(user: User, enterprise: Enterprise) -> bool:
    return is_admin(user) or (user.role == Role.enterprise and user.enterprise_id == enterprise.id)


def update_enterprise(user: User, enterprise: Enterprise, data: dict[str, Any]) -> Enterprise:
    if not can_manage_enterprise(user, enterprise):
        raise Forbidden("You may only change your own enterprise.")
    restricted = ENTERPRISE_ADMIN_FIELDS & data.keys()
    if restricted and not is_admin(user):
        raise Forbidden(f"Only the platform operator may change: {', '.join(sorted(restricted))}.")
    _check_enterprise(data, enterprise)
    apply(enterprise, data)
    db.session.flush()
    return enterprise


def delete_enterprise(user: User, enterprise: Enterprise) -> None:
    if not is_admin(user):
        raise Forbidden("Only the platform operator removes enterprises.")
    from matchmaker.auth.models import User as Account
    from matchmaker.postings.models import Posting

    if db.session.scalar(sa.select(sa.func.count()).where(Posting.enterprise_id == enterprise.id)):
        raise Conflict("The enterprise still has postings; close or delete them first.")
    if db.session.scalar(sa.select(sa.func.count()).where(Account.enterprise_id == enterprise.id)):
        raise Conflict("Accounts are still bound to this enterprise.")
    db.session.delete(enterprise)
    db.session.flush()


# --- schools -------------------------------------------------------------------------------------


def list_schools(user: User, args: dict[str, Any]) -> dict[str, Any]:
    query = scope_by_region(sa.select(School).order_by(School.id), user, School.region_code)
    if "region" in args:
        query = query.where(region_clause(School.region_code, args["region"]))
    if "kind" in args:
        query = query.where(School.kind == args["kind"])
    if "q" in args:
        query = query.where(School.name.contains(args["q"]))
    return paginate(query, args)


def get_school(user: User, school_id: int) -> School:
    school = get_or_404(School, school_id, "school")
    ensure_region_visible(user, school.region_code)
    return school


def _check_school(data: dict[str, Any], current: School | None = None) -> None:
    raise_if(check_codes(region=("region_code", data["region_code"]) if "region_code" in data else None))
    if "code" in data and (current is None or data["code"] != current.code):
        taken = db.session.scalar(sa.select(School.id).where(School.code == data["code"]))
        if taken is not None:
            raise Conflict(f"A school with 学校标识码 {data['code']} already exists (id {taken}).")
    if current is not None:
        full = data.get("fulltime_teachers", current.fulltime_teachers)
        dual = data.get("dual_qualified_teachers", current.dual_qualified_teachers)
        if dual > full:
            from matchmaker.errors import ValidationFailed

            raise ValidationFailed(
                "双师型 teachers cannot outnumber full-time teachers.",
                errors={"dual_qualified_teachers": ["Must not exceed fulltime_teachers."]},
            )


def create_school(user: User, data: dict[str, Any]) -> School:
    if not is_admin(user):
        raise Forbidden("Only the platform operator registers schools.")
    _check_school(data)
    school = School(**data)
    db.session.add(school)
    db.session.flush()
    return school


def can_manage_school(user: User, school: School) -> bool:
    return is_admin(user) or (user.role == Role.school and user.school_id == school.id)


def update_school(user: User, school: School, data: dict[str, Any]) -> School:
    if not can_manage_school(user, school):
        raise Forbidden("You may only change your own school.")
    restricted = SCHOOL_ADMIN_FIELDS & data.keys()
    if restricted and not is_admin(user):
        raise Forbidden(f"Only the platform operator may change: {', '.join(sorted(restricted))}.")
    _check_school(data, school)
    apply(school, data)
    db.session.flush()
    return school


def delete_school(user: User, school: School) -> None:
    if not is_admin(user):
        raise Forbidden("Only the platform operator removes schools.")
    from matchmaker.auth.models import User as Account
    from matchmaker.programs.models import Program

    if db.session.scalar(sa.select(sa.func.count()).where(Program.school_id == school.id)):
        raise Conflict("The school still has programs; delete them first.")
    if db.session.scalar(sa.select(sa.func.count()).where(Account.school_id == school.id)):
        raise Conflict("Accounts are still bound to this school.")
    db.session.delete(school)
    db.session.flush()
