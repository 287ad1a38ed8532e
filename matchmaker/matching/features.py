"""Loads postings and programs from the database as the engine's plain features, in bulk.

A handful of set-based queries, never one per row: a city's 50,000 postings load in seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import sqlalchemy as sa

from matchmaker.auth.permissions import region_clause
from matchmaker.extensions import db
from matchmaker.matching.engine.score import DemandSkill, PostingFeatures, ProgramFeatures
from matchmaker.orgs.models import School
from matchmaker.postings.models import Posting, PostingSkill, PostingStatus
from matchmaker.programs.models import Program, ProgramSkill
from matchmaker.reference.lookups import division_sections, major_divisions, major_skill_weights, sections_of
from matchmaker.reference.models import Major, Skill


def _soft_skills() -> set[int]:
    return set(db.session.scalars(sa.select(Skill.id).where(Skill.category == "soft")))


def posting_features(where: Iterable = ()) -> list[PostingFeatures]:
    """Features of the postings matching ``where`` (SQL clauses on Posting)."""
    where = list(where)
    rows = db.session.execute(
        sa.select(
            Posting.id, Posting.level, Posting.region_code, Posting.industry_code, Posting.preferred_majors
        ).where(*where)
    ).all()
    if not rows:
        return []
    skills: dict[int, list[DemandSkill]] = defaultdict(list)
    soft = _soft_skills()
    ids = sa.select(Posting.id).where(*where).scalar_subquery()
    for posting_id, skill_id, required in db.session.execute(
        sa.select(PostingSkill.posting_id, PostingSkill.skill_id, PostingSkill.required)
        .where(PostingSkill.posting_id.in_(ids))
        .order_by(PostingSkill.posting_id, PostingSkill.position)
    ):
        skills[posting_id].append(DemandSkill(skill_id, required, skill_id in soft))
    sections = division_sections()
    return [
        PostingFeatures(
            id=pid,
            level=level,
            region_code=region,
            industry_code=industry,
            industry_section=sections.get(industry, ""),
            skills=tuple(skills.get(pid, ())),
            preferred_majors=frozenset(preferred or ()),
        )
        for pid, level, region, industry, preferred in rows
    ]


def open_postings(region_code: str) -> list[PostingFeatures]:
    return posting_features(
        [Posting.status == PostingStatus.open, region_clause(Posting.region_code, region_code)]
    )


def program_features(where: Iterable = ()) -> list[ProgramFeatures]:
    """Features of the programs matching ``where`` (SQL clauses on Program/School/Major)."""
    where = list(where)
    base = sa.select(Program.id).join(School, Program.school_id == School.id).join(Major).where(*where)
    rows = db.session.execute(
        sa.select(Program.id, Program.major_code, Major.level, School.region_code)
        .join(School, Program.school_id == School.id)
        .join(Major)
        .where(*where)
    ).all()
    if not rows:
        return []
    majors = {code for _, code, _, _ in rows}
    profile = major_skill_weights(majors)
    industries = major_divisions(majors)
    extras: dict[int, list[int]] = defaultdict(list)
    for program_id, skill_id in db.session.execute(
        sa.select(ProgramSkill.program_id, ProgramSkill.skill_id).where(
            ProgramSkill.program_id.in_(base.scalar_subquery())
        )
    ):
        extras[program_id].append(skill_id)
    sections = division_sections()
    out = []
    for pid, code, level, region in rows:
        skills = dict(profile.get(code, {}))
        for skill_id in extras.get(pid, ()):
            skills[skill_id] = 1.0
        out.append(
            ProgramFeatures(
                id=pid,
                major_code=code,
                level=level,
                region_code=region,
                skills=skills,
                industries=tuple(industries.get(code, ())),
                industry_sections=frozenset(sections_of(industries.get(code, ()), sections)),
            )
        )
    return out
