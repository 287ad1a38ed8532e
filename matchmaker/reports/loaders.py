"""Reads a region's rows for the report computations, in a few set-based queries."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

import sqlalchemy as sa

from matchmaker.agreements.models import Agreement, AgreementStatus
from matchmaker.auth.permissions import region_clause
from matchmaker.db import utcnow
from matchmaker.extensions import db
from matchmaker.matching.engine.batch import candidate_pairs
from matchmaker.matching.engine.score import DemandSkill, PostingFeatures, ProgramFeatures
from matchmaker.orgs.models import Enterprise, School
from matchmaker.postings.models import Posting, PostingKind, PostingSkill, PostingStatus
from matchmaker.programs.models import Program
from matchmaker.reference.lookups import division_sections, major_divisions, major_skill_weights, sections_of
from matchmaker.reference.models import Industry, Major, Skill
from matchmaker.reports.compute.inputs import (
    Attribution,
    EnterpriseRow,
    PostingRow,
    ProgramRow,
    SchoolRow,
    Thresholds,
)


def industry_names() -> dict[str, str]:
    return dict(
        db.session.execute(
            sa.select(Industry.code, Industry.name).where(Industry.level.in_(("section", "division")))
        ).all()
    )


def data_as_of() -> datetime:
    """The newest change among the rows reports read: what a figure can be traced back to."""
    stamps = [
        db.session.scalar(sa.select(sa.func.max(model.updated_at)))
        for model in (Posting, Program, School, Enterprise)
    ]
    stamps = [s for s in stamps if s is not None]
    return max(stamps) if stamps else utcnow()


def postings(
    region_code: str, *, until: date, since: date | None = None, with_skills: bool = True
) -> tuple[list[PostingRow], dict[int, tuple]]:
    """Non-draft postings of the region (descendants included) starting in [since, until); with the
    (skill id, required, soft) triples of each, for scoring."""
    where = _counted_where(region_code, since, until)
    section_of = division_sections()
    rows = db.session.execute(
        sa.select(
            Posting.id,
            Posting.kind,
            Posting.status,
            Posting.headcount,
            Posting.level,
            Posting.region_code,
            Posting.industry_code,
            Posting.start_date,
            Posting.preferred_majors,
            Posting.enterprise_id,
            Enterprise.ownership,
        )
        .join(Enterprise, Posting.enterprise_id == Enterprise.id)
        .where(*where)
    ).all()
    skill_names: dict[int, list[str]] = defaultdict(list)
    skill_ids: dict[int, list[tuple[int, bool, bool]]] = defaultdict(list)
    ids = sa.select(Posting.id).where(*where).scalar_subquery()
    for posting_id, skill_id, name, category, required in (
        db.session.execute(
            sa.select(PostingSkill.posting_id, Skill.id, Skill.name, Skill.category, PostingSkill.required)
            .join(Skill, PostingSkill.skill_id == Skill.id)
            .where(PostingSkill.posting_id.in_(ids))
            .order_by(PostingSkill.posting_id, PostingSkill.position)
        )
        if with_skills
        else ()
    ):
        skill_names[posting_id].append(name)
        skill_ids[posting_id].append((skill_id, required, category == "soft"))
    out = [
        PostingRow(
            id=r.id,
            kind=r.kind,
            status=r.status,
            headcount=r.headcount,
            level=r.level,
            region_code=r.region_code,
            industry_code=r.industry_code,
            industry_section=section_of.get(r.industry_code, ""),
            start_date=r.start_date,
            skills=tuple(skill_names.get(r.id, ())),
            preferred_majors=tuple(r.preferred_majors or ()),
            enterprise_id=r.enterprise_id,
            enterprise_ownership=r.ownership,
        )
        for r in rows
    ]
    return out, {k: tuple(v) for k, v in skill_ids.items()}


def _counted_where(region_code: str, start: date | None, end: date) -> list:
    where = [
        region_clause(Posting.region_code, region_code),
        Posting.status != PostingStatus.draft,
        Posting.start_date.is_not(None),
        Posting.start_date < end,
    ]
    if start is not None:
        where.append(Posting.start_date >= start)
    return where


def totals(region_code: str, start: date, end: date) -> dict[str, int]:
    """{postings, headcount} of the region's non-draft postings starting in [start, end), in SQL."""
    count, headcount = db.session.execute(
        sa.select(sa.func.count(Posting.id), sa.func.coalesce(sa.func.sum(Posting.headcount), 0)).where(
            *_counted_where(region_code, start, end)
        )
    ).one()
    return {"postings": int(count), "headcount": int(headcount)}


def headcount_by_industry(region_code: str, start: date, end: date) -> dict[str, dict[str, int]]:
    """{"section": {letter: headcount}, "division": {code: headcount}} for [start, end), in SQL."""
    section_of = division_sections()
    by_division = {
        code: int(h)
        for code, h in db.session.execute(
            sa.select(Posting.industry_code, sa.func.sum(Posting.headcount))
            .where(*_counted_where(region_code, start, end))
            .group_by(Posting.industry_code)
        )
    }
    by_section: dict[str, int] = defaultdict(int)
    for code, h in by_division.items():
        by_section[section_of.get(code, "")] += h
    return {"section": dict(by_section), "division": by_division}


def skill_headcount(region_code: str, start: date, end: date) -> dict[str, int]:
    """Skill name → headcount of the postings naming it (once per posting), for [start, end), in SQL."""
    rows = db.session.execute(
        sa.select(Skill.name, sa.func.sum(Posting.headcount))
        .join(PostingSkill, PostingSkill.skill_id == Skill.id)
        .join(Posting, PostingSkill.posting_id == Posting.id)
        .where(*_counted_where(region_code, start, end))
        .group_by(Skill.name)
    ).all()
    return {name: int(h) for name, h in rows}


def monthly_headcount(region_code: str, until: date) -> dict[str, int]:
    """Headcount per "YYYY-MM" of the region's non-draft postings starting before ``until``, in SQL."""
    if db.engine.dialect.name == "postgresql":
        month = sa.func.to_char(Posting.start_date, "YYYY-MM")
    else:
        month = sa.func.strftime("%Y-%m", Posting.start_date)
    rows = db.session.execute(
        sa.select(month, sa.func.sum(Posting.headcount))
        .where(*_counted_where(region_code, None, until))
        .group_by(month)
    ).all()
    return {m: int(h) for m, h in rows}


def programs(region_code: str, years: tuple[int, ...]) -> list[ProgramRow]:
    section_of = division_sections()
    divisions_of = major_divisions()
    rows = db.session.execute(
        sa.select(
            Program.id,
            Program.school_id,
            Program.major_code,
            Major.name,
            Major.level,
            Program.cohort_year,
            Program.enrollment,
            Program.expected_graduates,
            Program.employment_rate,
            Program.apprenticeship_pilot,
            School.region_code,
        )
        .join(School, Program.school_id == School.id)
        .join(Major, Program.major_code == Major.code)
        .where(region_clause(School.region_code, region_code), Program.cohort_year.in_(years))
    ).all()
    return [
        ProgramRow(
            id=r.id,
            school_id=r.school_id,
            major_code=r.major_code,
            major_name=r.name,
            major_level=r.level,
            cohort_year=r.cohort_year,
            enrollment=r.enrollment,
            expected_graduates=r.expected_graduates,
            employment_rate=r.employment_rate,
            apprenticeship_pilot=r.apprenticeship_pilot,
            region_code=r.region_code,
            major_sections=sections_of(divisions_of.get(r.major_code, ()), section_of),
        )
        for r in rows
    ]


def schools(region_code: str) -> list[SchoolRow]:
    return [
        SchoolRow(s.id, s.name, s.region_code, s.fulltime_teachers, s.dual_qualified_teachers)
        for s in db.session.scalars(sa.select(School).where(region_clause(School.region_code, region_code)))
    ]


def enterprises(region_code: str) -> list[EnterpriseRow]:
    return [
        EnterpriseRow(e.id, e.ownership, e.employees, e.region_code)
        for e in db.session.execute(
            sa.select(
                Enterprise.id, Enterprise.ownership, Enterprise.employees, Enterprise.region_code
            ).where(region_clause(Enterprise.region_code, region_code))
        ).all()
    ]


def accepted_apprenticeship_programs(region_code: str) -> set[int]:
    return set(
        db.session.scalars(
            sa.select(Agreement.program_id)
            .join(Posting, Agreement.posting_id == Posting.id)
            .join(Program, Agreement.program_id == Program.id)
            .join(School, Program.school_id == School.id)
            .where(
                Agreement.status == AgreementStatus.accepted,
                Posting.kind == PostingKind.apprenticeship,
                region_clause(School.region_code, region_code),
            )
        )
    )


def major_catalog() -> tuple[dict[str, str], dict[str, str]]:
    names, levels = {}, {}
    for code, name, level in db.session.execute(sa.select(Major.code, Major.name, Major.level)):
        names[code], levels[code] = name, level
    return names, levels


def attributions(
    rows: list[PostingRow], skill_ids: dict[int, tuple], region_code: str, thresholds: Thresholds
) -> dict[int, Attribution]:
    """Each posting's best majors by the matching engine (the majors as offered in the region)."""
    if not rows:
        return {}
    section_of = division_sections()
    divisions = major_divisions()
    profiles = major_skill_weights()
    _names, levels = major_catalog()
    codes = sorted(profiles)
    majors = [
        ProgramFeatures(
            id=i,
            major_code=code,
            level=levels[code],
            region_code=region_code,
            skills=profiles[code],
            industries=divisions.get(code, ()),
            industry_sections=frozenset(sections_of(divisions.get(code, ()), section_of)),
        )
        for i, code in enumerate(codes)
    ]
    features = [
        PostingFeatures(
            id=r.id,
            level=r.level,
            region_code=r.region_code,
            industry_code=r.industry_code,
            industry_section=r.industry_section,
            skills=tuple(DemandSkill(s, req, soft) for s, req, soft in skill_ids.get(r.id, ())),
            preferred_majors=frozenset(r.preferred_majors),
        )
        for r in rows
    ]
    pairs = candidate_pairs(
        features, majors, per_posting=thresholds.attribution_top, min_score=thresholds.attribution_min_score
    )
    found: dict[int, list[tuple[str, float]]] = defaultdict(list)
    for posting_id, major_idx, score in zip(pairs.posting_ids, pairs.program_ids, pairs.scores, strict=True):
        found[int(posting_id)].append((codes[int(major_idx)], float(score)))
    return {r.id: Attribution(r.id, tuple(found.get(r.id, ()))) for r in rows}
