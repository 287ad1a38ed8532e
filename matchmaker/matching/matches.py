"""Recommendations inside a request: a posting's best programs, a program's best postings.

The indexes over all programs / open postings are built once per process and rebuilt when the
data changes (checked by a cheap fingerprint query); results are cached (Redis when configured)
and the cache is dropped whenever a posting, program or skill changes.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from matchmaker import cache
from matchmaker.auth.models import Role, User
from matchmaker.auth.permissions import bureau_sees, is_admin, region_prefix
from matchmaker.errors import Forbidden
from matchmaker.extensions import db
from matchmaker.matching.engine.rank import PostingIndex, ProgramIndex
from matchmaker.matching.engine.score import Score
from matchmaker.matching.features import posting_features, program_features
from matchmaker.matching.rebuilt import Rebuilt
from matchmaker.postings.models import Posting, PostingSkill, PostingStatus
from matchmaker.programs.models import Program, ProgramSkill
from matchmaker.reference.models import MajorSkill, Skill

NAMESPACE = "matches"
FINGERPRINT_TTL = 2.0
_WATCHED = (Posting, PostingSkill, Program, ProgramSkill, Skill, MajorSkill)


@event.listens_for(Session, "after_flush")
def _note_changes(session: Session, _ctx) -> None:
    if any(isinstance(o, _WATCHED) for o in (*session.new, *session.dirty, *session.deleted)):
        session.info["matches_dirty"] = True


@event.listens_for(Session, "after_commit")
def _invalidate(session: Session) -> None:
    if session.info.pop("matches_dirty", False):
        cache.invalidate(NAMESPACE)
        _programs.expire()
        _postings.expire()


def _fingerprint(model, skills_model, owner_column) -> tuple:
    parts = db.session.execute(
        sa.select(sa.func.count(model.id), sa.func.max(model.updated_at), sa.func.max(model.id))
    ).one()
    extra = db.session.execute(
        sa.select(sa.func.count(), sa.func.max(owner_column)).select_from(skills_model)
    ).one()
    profile = db.session.execute(sa.select(sa.func.count(), sa.func.sum(MajorSkill.weight))).one()
    return (*parts, *extra, *profile)


_programs = Rebuilt(
    lambda: _fingerprint(Program, ProgramSkill, ProgramSkill.program_id),
    lambda: ProgramIndex(program_features()),
    FINGERPRINT_TTL,
)
_postings = Rebuilt(
    lambda: _fingerprint(Posting, PostingSkill, PostingSkill.posting_id),
    lambda: PostingIndex(posting_features([Posting.status == PostingStatus.open])),
    FINGERPRINT_TTL,
)


def program_index() -> ProgramIndex:
    return _programs.get()


def posting_index() -> PostingIndex:
    return _postings.get()


def _check_posting_access(user: User, posting: Posting) -> None:
    if is_admin(user) or bureau_sees(user, posting.region_code):
        return
    if user.role == Role.enterprise and user.enterprise_id == posting.enterprise_id:
        return
    raise Forbidden("Matches of a posting are for its enterprise, its region's bureau and the operator.")


def _check_program_access(user: User, program: Program) -> None:
    if is_admin(user) or bureau_sees(user, program.school.region_code):
        return
    if user.role == Role.school and user.school_id == program.school_id:
        return
    raise Forbidden("Matches of a program are for its school, its region's bureau and the operator.")


def _key(obj, args: dict[str, Any]) -> str:
    return f"{obj.__tablename__}:{obj.id}:v{obj.version}:" + ",".join(f"{k}={args[k]}" for k in sorted(args))


def matches_for_posting(user: User, posting: Posting, args: dict[str, Any]) -> list[dict[str, Any]]:
    _check_posting_access(user, posting)
    return cache.remember(NAMESPACE, _key(posting, args), lambda: _programs_for(posting, args))


def _programs_for(posting: Posting, args: dict[str, Any]) -> list[dict[str, Any]]:
    (features,) = posting_features([Posting.id == posting.id])
    index = program_index()
    level, cohort = args.get("level"), args.get("cohort_year")
    prefix = region_prefix(args["region"]) if args.get("region") else ""
    cohort_ids = (
        set(db.session.scalars(sa.select(Program.id).where(Program.cohort_year == cohort)))
        if cohort
        else None
    )

    def keep(p) -> bool:  # programs' features carry their level and their school's region
        return (
            (not level or p.level == level)
            and p.region_code.startswith(prefix)
            and (cohort_ids is None or p.id in cohort_ids)
        )

    scores = index.top_for(features, args["limit"], min_score=args["min_score"], keep=keep)
    return _explain(scores, "program_id")


def matches_for_program(user: User, program: Program, args: dict[str, Any]) -> list[dict[str, Any]]:
    _check_program_access(user, program)
    return cache.remember(NAMESPACE, _key(program, args), lambda: _postings_for(program, args))


def _postings_for(program: Program, args: dict[str, Any]) -> list[dict[str, Any]]:
    (features,) = program_features([Program.id == program.id])
    index = posting_index()
    level = args.get("level")
    prefix = region_prefix(args["region"]) if args.get("region") else ""

    def keep(p) -> bool:
        return (not level or p.level == level) and p.region_code.startswith(prefix)

    scores = index.top_for(features, args["limit"], min_score=args["min_score"], keep=keep)
    return _explain(scores, "posting_id")


def _explain(scores: list[Score], id_field: str) -> list[dict[str, Any]]:
    """Scores as API items, the skill ids named in one query for all of them."""
    ids: set[int] = set()
    for s in scores:
        ids |= {a for a, _, _ in s.matched} | {b for _, b, _ in s.matched} | set(s.missing_required)
    names = (
        dict(db.session.execute(sa.select(Skill.id, Skill.name).where(Skill.id.in_(ids))).all())
        if ids
        else {}
    )
    return [
        {
            id_field: getattr(s, id_field),
            "score": s.score,
            "explanation": {
                "contributions": s.contributions,
                "matched_skills": [
                    {"demand": names.get(a, "?"), "supply": names.get(b, "?"), "similarity": sim}
                    for a, b, sim in s.matched
                ],
                "missing_required": [names.get(i, "?") for i in s.missing_required],
                "region": s.region_relation,
            },
        }
        for s in scores
    ]
