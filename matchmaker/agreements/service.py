"""Agreements: propose, accept, decline, withdraw — never more seats than either side has.

Accepting locks the posting and program rows (``SELECT … FOR UPDATE`` on PostgreSQL) before it
sums the seats already agreed, so two concurrent accepts cannot both pass the capacity check.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from matchmaker.agreements.models import Agreement, AgreementStatus
from matchmaker.auth.models import Role, User
from matchmaker.auth.permissions import is_admin, region_clause
from matchmaker.db import utcnow
from matchmaker.errors import Conflict, Forbidden, NotFound, ValidationFailed
from matchmaker.extensions import db
from matchmaker.http import paginate
from matchmaker.orgs.models import School
from matchmaker.postings.models import Posting, PostingStatus
from matchmaker.programs.models import Program


def _accepted_sum(column, value: int) -> int:
    return int(
        db.session.scalar(
            sa.select(sa.func.coalesce(sa.func.sum(Agreement.seats), 0)).where(
                column == value, Agreement.status == AgreementStatus.accepted
            )
        )
    )


def accepted_seats_for_posting(posting_id: int) -> int:
    return _accepted_sum(Agreement.posting_id, posting_id)


def accepted_seats_for_program(program_id: int) -> int:
    return _accepted_sum(Agreement.program_id, program_id)


def _side(user: User, agreement: Agreement) -> str | None:
    if user.role == Role.enterprise and agreement.posting.enterprise_id == user.enterprise_id:
        return "enterprise"
    if user.role == Role.school and agreement.program.school_id == user.school_id:
        return "school"
    return None


def _visible_clause(user: User):
    if is_admin(user):
        return sa.true()
    if user.role == Role.enterprise:
        return Posting.enterprise_id == user.enterprise_id
    if user.role == Role.school:
        return Program.school_id == user.school_id
    prefix = user.region_code or "-"
    return sa.or_(region_clause(Posting.region_code, prefix), region_clause(School.region_code, prefix))


def _joined() -> sa.Select:
    return (
        sa.select(Agreement)
        .join(Posting, Agreement.posting_id == Posting.id)
        .join(Program, Agreement.program_id == Program.id)
        .join(School, Program.school_id == School.id)
    )


def list_agreements(user: User, args: dict[str, Any]) -> dict[str, Any]:
    query = _joined().where(_visible_clause(user)).order_by(Agreement.id)
    for key, column in (
        ("status", Agreement.status),
        ("posting_id", Agreement.posting_id),
        ("program_id", Agreement.program_id),
    ):
        if key in args:
            query = query.where(column == args[key])
    return paginate(query, args)


def get_agreement(user: User, agreement_id: int) -> Agreement:
    found = db.session.scalar(_joined().where(Agreement.id == agreement_id, _visible_clause(user)))
    if found is None:
        raise NotFound(f"No agreement {agreement_id}.")
    return found


def propose(user: User, data: dict[str, Any]) -> Agreement:
    posting = db.session.get(Posting, data["posting_id"])
    program = db.session.get(Program, data["program_id"])
    errors = {}
    if posting is None:
        errors["posting_id"] = [f"No posting {data['posting_id']}."]
    if program is None:
        errors["program_id"] = [f"No program {data['program_id']}."]
    if errors:
        raise ValidationFailed("The agreement names objects that do not exist.", errors=errors)
    if user.role == Role.enterprise:
        if posting.enterprise_id != user.enterprise_id:
            raise Forbidden("An enterprise proposes agreements for its own postings only.")
        side = "enterprise"
    elif user.role == Role.school:
        if program.school_id != user.school_id:
            raise Forbidden("A school proposes agreements for its own programs only.")
        if posting.status != PostingStatus.open:
            raise ValidationFailed("No such open posting.", errors={"posting_id": ["Not open."]})
        side = "school"
    elif is_admin(user):
        side = "enterprise"
    else:
        raise Forbidden("Only enterprises and schools propose agreements.")
    if posting.status != PostingStatus.open:
        raise Conflict("Agreements can only be made on open postings.")
    if data["seats"] > posting.headcount - accepted_seats_for_posting(posting.id):
        raise Conflict(
            "More seats than the posting has left.",
            errors={"seats": ["Exceeds the posting's free headcount."]},
        )
    if data["seats"] > program.expected_graduates - accepted_seats_for_program(program.id):
        raise Conflict(
            "More seats than the program has graduates left.",
            errors={"seats": ["Exceeds the program's free graduates."]},
        )
    agreement = Agreement(
        posting_id=posting.id,
        posting=posting,
        program_id=program.id,
        program=program,
        seats=data["seats"],
        note=data.get("note", ""),
        proposed_by=side,
        proposer_user_id=user.id,
    )
    db.session.add(agreement)
    db.session.flush()
    return agreement


def _respond(user: User, agreement: Agreement, action: str) -> None:
    side = _side(user, agreement)
    if action == "withdraw":
        if not (is_admin(user) or side == agreement.proposed_by):
            raise Forbidden("Only the proposing side may withdraw an agreement.")
    elif not (is_admin(user) or (side is not None and side != agreement.proposed_by)):
        raise Forbidden("Only the other side may accept or decline an agreement.")
    if agreement.status != AgreementStatus.pending:
        raise Conflict(f"The agreement is already {agreement.status}.")


def _lock(agreement: Agreement) -> Agreement:
    """Lock posting, program and agreement rows (in that order) and re-read them."""
    for model, key in (
        (Posting, agreement.posting_id),
        (Program, agreement.program_id),
        (Agreement, agreement.id),
    ):
        db.session.execute(sa.select(model.id).where(model.id == key).with_for_update())
    return db.session.scalars(
        sa.select(Agreement).where(Agreement.id == agreement.id).execution_options(populate_existing=True)
    ).one()


def accept(user: User, agreement: Agreement, note: str | None = None) -> Agreement:
    _respond(user, agreement, "accept")
    agreement = _lock(agreement)
    _respond(user, agreement, "accept")
    posting = db.session.scalars(
        sa.select(Posting).where(Posting.id == agreement.posting_id).execution_options(populate_existing=True)
    ).one()
    program = db.session.scalars(
        sa.select(Program).where(Program.id == agreement.program_id).execution_options(populate_existing=True)
    ).one()
    if accepted_seats_for_posting(posting.id) + agreement.seats > posting.headcount:
        raise Conflict("Accepting would exceed the posting's headcount.")
    if accepted_seats_for_program(program.id) + agreement.seats > program.expected_graduates:
        raise Conflict("Accepting would exceed the program's expected graduates.")
    return _finish(user, agreement, AgreementStatus.accepted, note)


def decline(user: User, agreement: Agreement, note: str | None = None) -> Agreement:
    _respond(user, agreement, "decline")
    return _finish(user, agreement, AgreementStatus.declined, note)


def withdraw(user: User, agreement: Agreement, note: str | None = None) -> Agreement:
    _respond(user, agreement, "withdraw")
    return _finish(user, agreement, AgreementStatus.withdrawn, note)


def _finish(user: User, agreement: Agreement, status: AgreementStatus, note: str | None) -> Agreement:
    agreement.status = status
    agreement.responder_user_id = user.id
    agreement.responded_at = utcnow()
    if note is not None:
        agreement.note = note
    db.session.flush()
    return agreement
