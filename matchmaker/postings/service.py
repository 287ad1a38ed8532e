"""Posting use cases: an enterprise manages its own postings; others see open ones."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from matchmaker.auth.models import Role, User
from matchmaker.auth.permissions import bureau_sees, is_admin, region_clause
from matchmaker.errors import Conflict, Forbidden, NotFound, ValidationFailed
from matchmaker.extensions import db
from matchmaker.http import paginate
from matchmaker.matching.engine.normalise import normalise
from matchmaker.matching.engine.titles import title_clauses
from matchmaker.orgs.models import Enterprise
from matchmaker.postings.models import Posting, PostingSkill, PostingStatus, SkillSource
from matchmaker.reference.models import Skill, SkillAlias
from matchmaker.reference.service import check_codes, raise_if, resolve_skills


def visible_clause(user: User):
    """Which postings a user may see: own (any status) for enterprises, open for schools."""
    if is_admin(user):
        return sa.true()
    if user.role == Role.bureau:
        return region_clause(Posting.region_code, user.region_code or "-")
    if user.role == Role.enterprise:
        return sa.or_(Posting.enterprise_id == user.enterprise_id, Posting.status == PostingStatus.open)
    return Posting.status == PostingStatus.open


def can_see(user: User, posting: Posting) -> bool:
    if is_admin(user):
        return True
    if user.role == Role.bureau:
        return bureau_sees(user, posting.region_code)
    if user.role == Role.enterprise and posting.enterprise_id == user.enterprise_id:
        return True
    return posting.status == PostingStatus.open


def list_postings(user: User, args: dict[str, Any]) -> dict[str, Any]:
    query = sa.select(Posting).where(visible_clause(user)).order_by(Posting.id)
    if "region" in args:
        query = query.where(region_clause(Posting.region_code, args["region"]))
    for key, column in (
        ("kind", Posting.kind),
        ("status", Posting.status),
        ("industry", Posting.industry_code),
        ("enterprise_id", Posting.enterprise_id),
        ("level", Posting.level),
    ):
        if key in args:
            query = query.where(column == args[key])
    if "skill" in args:
        key = normalise(args["skill"])
        skill_ids = (
            sa.select(Skill.id)
            .where(Skill.key == key)
            .union(sa.select(SkillAlias.skill_id).where(SkillAlias.key == key))
        )
        query = query.where(
            Posting.id.in_(sa.select(PostingSkill.posting_id).where(PostingSkill.skill_id.in_(skill_ids)))
        )
    return paginate(query, args)


def get_posting(user: User, posting_id: int) -> Posting:
    posting = db.session.get(Posting, posting_id)
    if posting is None or not can_see(user, posting):
        # Another enterprise's draft is private: its existence is not revealed.
        raise NotFound(f"No posting {posting_id}.")
    return posting


def require_poster(user: User) -> None:
    """Enterprises manage their own postings and the operator anyone's; no other role does."""
    if user.role != Role.enterprise and not is_admin(user):
        raise Forbidden("Only enterprises (and the operator) manage postings.")


def _owning_enterprise(user: User, requested: int | None) -> Enterprise:
    require_poster(user)
    if user.role == Role.enterprise:
        if requested is not None and requested != user.enterprise_id:
            raise Forbidden("An enterprise account may only post for its own enterprise.")
        return db.session.get(Enterprise, user.enterprise_id)
    if is_admin(user):
        enterprise = db.session.get(Enterprise, requested) if requested is not None else None
        if enterprise is None:
            raise ValidationFailed(
                "The operator must name an existing enterprise.", errors={"enterprise_id": ["Required."]}
            )
        return enterprise


def _set_skills(posting: Posting, items: list[dict[str, Any]]) -> None:
    """The skills the owner chose, even none: from now on a new text leaves them alone."""
    skills = resolve_skills([item["name"] for item in items])
    chosen: dict[int, PostingSkill] = {}
    for position, (item, skill) in enumerate(zip(items, skills, strict=True)):
        if skill.id in chosen:  # two spellings of one skill: keep one, required if either is
            chosen[skill.id].required = chosen[skill.id].required or item.get("required", True)
            continue
        chosen[skill.id] = PostingSkill(
            skill_id=skill.id,
            skill=skill,
            required=item.get("required", True),
            source=SkillSource.manual,
            position=position,
        )
    posting.skills = list(chosen.values())
    posting.skills_chosen = True


def _set_extracted_skills(posting: Posting) -> None:
    """A posting that arrives as free text gets the taxonomy's skills found in it, marked extracted.

    The owner corrects them by PATCHing ``skills`` (which then become manual); until then a new
    title or description is read again.
    """
    from matchmaker.matching.service import extract_skills

    found = extract_skills(f"{title_clauses(posting.title)}\n{posting.description or ''}")
    posting.skills = [
        PostingSkill(
            skill_id=f.skill_id,
            skill=db.session.get(Skill, f.skill_id),
            required=not f.optional,
            source=SkillSource.extracted,
            position=i,
        )
        for i, f in enumerate(found)
    ]


def _check_refs(data: dict[str, Any]) -> None:
    raise_if(
        check_codes(
            region=("region_code", data["region_code"]) if "region_code" in data else None,
            industry=("industry_code", data["industry_code"]) if "industry_code" in data else None,
            majors=("preferred_majors", data["preferred_majors"]) if data.get("preferred_majors") else None,
        )
    )


def create_posting(user: User, data: dict[str, Any]) -> Posting:
    posting = new_posting(user, data)
    db.session.flush()
    return posting


def new_posting(user: User, data: dict[str, Any]) -> Posting:
    """A posting checked, built and added to the session, not yet flushed: an import flushes all its
    rows at once, in a few batched statements instead of a round of statements per row."""
    enterprise = _owning_enterprise(user, data.pop("enterprise_id", None))
    data.setdefault("region_code", enterprise.region_code)
    data.setdefault("industry_code", enterprise.industry_code)
    _check_refs(data)
    skills = data.pop("skills", [])
    posting = Posting(enterprise_id=enterprise.id, enterprise=enterprise, **data)
    if skills:
        _set_skills(posting, skills)
    else:
        _set_extracted_skills(posting)
    db.session.add(posting)
    return posting


def can_manage(user: User, posting: Posting) -> bool:
    return is_admin(user) or (user.role == Role.enterprise and user.enterprise_id == posting.enterprise_id)


def update_posting(user: User, posting: Posting, data: dict[str, Any]) -> Posting:
    if not can_manage(user, posting):
        raise Forbidden("You may only change your own enterprise's postings.")
    if "enterprise_id" in data and data["enterprise_id"] != posting.enterprise_id:
        raise ValidationFailed(
            "A posting cannot move to another enterprise.", errors={"enterprise_id": ["Cannot change."]}
        )
    data.pop("enterprise_id", None)
    _check_refs(data)
    start = data.get("start_date", posting.start_date)
    end = data.get("end_date", posting.end_date)
    if start and end and end < start:
        raise ValidationFailed("end_date is before start_date.", errors={"end_date": ["Before start_date."]})
    if "headcount" in data:
        from matchmaker.agreements.service import accepted_seats_for_posting

        taken = accepted_seats_for_posting(posting.id)
        if data["headcount"] < taken:
            raise Conflict(f"{taken} seats are already agreed; headcount cannot drop below that.")
    if "skills" in data:
        _set_skills(posting, data.pop("skills"))
    text_changed = any(k in data and data[k] != getattr(posting, k) for k in ("title", "description"))
    for key, value in data.items():
        setattr(posting, key, value)
    # Extracted skills follow the text until the owner edits them: a rewritten ad is read again.
    if text_changed and not posting.skills_chosen:
        _set_extracted_skills(posting)
    db.session.flush()
    return posting


def delete_posting(user: User, posting: Posting) -> None:
    if not can_manage(user, posting):
        raise Forbidden("You may only delete your own enterprise's postings.")
    from matchmaker.agreements.models import Agreement

    if db.session.scalar(sa.select(sa.func.count()).where(Agreement.posting_id == posting.id)):
        raise Conflict("The posting has agreements; close it instead of deleting it.")
    db.session.delete(posting)
    db.session.flush()
