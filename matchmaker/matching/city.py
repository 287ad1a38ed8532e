"""Loads a generated city (matching/synthetic.py) into the database, in bulk.

Used by ``flask --app wsgi demo --scale city --seed N`` and the match benchmark. Rows go in with
set-based INSERTs (RETURNING ids), not one ORM object at a time; one audit event records the load.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from matchmaker.audit.recorder import record_event
from matchmaker.auth.permissions import region_clause
from matchmaker.db import utcnow
from matchmaker.extensions import db
from matchmaker.matching.synthetic import MajorSpec, generate_city
from matchmaker.orgs.models import Enterprise, School
from matchmaker.postings.models import Posting, PostingSkill
from matchmaker.programs.models import Program
from matchmaker.reference.lookups import major_divisions, major_skill_weights
from matchmaker.reference.models import Industry, Major, Region, Skill
from matchmaker.validation import uscc_check_char

SCALES = {"city": {"n_postings": 50_000, "n_programs": 3_000, "n_schools": 200, "n_enterprises": 5_000}}
CHUNK = 5_000


def _majors() -> list[MajorSpec]:
    skills, industries = major_skill_weights(), major_divisions()
    return [
        MajorSpec(code, level, skills[code], industries.get(code, ()))
        for code, level in db.session.execute(sa.select(Major.code, Major.level))
        if code in skills
    ]


def _insert(model, rows: list[dict[str, Any]]) -> list[int]:
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        result = db.session.execute(
            sa.insert(model).returning(model.id, sort_by_parameter_order=True), rows[start : start + CHUNK]
        )
        ids += list(result.scalars())
    return ids


def load_city(
    region_code: str, *, seed: int = 1, scale: str = "city", cohort_year: int = 2026, progress=None
) -> dict:
    counties = list(
        db.session.scalars(
            sa.select(Region.code).where(region_clause(Region.code, region_code), Region.level == "county")
        )
    ) or [region_code]
    divisions = list(db.session.scalars(sa.select(Industry.code).where(Industry.level == "division")))
    soft = list(db.session.scalars(sa.select(Skill.id).where(Skill.category == "soft").order_by(Skill.id)))
    city = generate_city(
        _majors(), counties, divisions, soft, cohort_year=cohort_year, seed=seed, **SCALES[scale]
    )
    now = utcnow()
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    tag = f"{region_code}-{seed}"
    school_ids = _insert(
        School,
        [
            {
                "name": f"模拟职业学校{tag}-{s['index']}",
                "code": f"9{seed % 100:02d}{int(region_code[:4]):04d}{s['index']:03d}"[:10],
                "region_code": s["region_code"],
                "kind": "higher_vocational",
                "fulltime_teachers": 200,
                "dual_qualified_teachers": 120,
                **stamp,
            }
            for s in city.schools
        ],
    )
    if progress:
        progress("schools", len(school_ids))
    enterprise_rows = []
    for e in city.enterprises:
        first17 = f"91{region_code}MA{seed % 100:02d}{e['index']:05d}"[:17]
        enterprise_rows.append(
            {
                "name": f"模拟企业{tag}-{e['index']}",
                "uscc": first17 + uscc_check_char(first17),
                "region_code": e["region_code"],
                "industry_code": e["industry_code"],
                "ownership": "state" if e["index"] % 7 == 0 else "private",
                "employees": 50 + e["index"] % 900,
                "certified_cei": False,
                **stamp,
            }
        )
    enterprise_ids = _insert(Enterprise, enterprise_rows)
    if progress:
        progress("enterprises", len(enterprise_ids))
    program_ids = _insert(
        Program,
        [
            {
                "school_id": school_ids[p["school"]],
                "major_code": p["major_code"],
                "cohort_year": p["cohort_year"],
                "enrollment": p["enrollment"],
                "expected_graduates": p["expected_graduates"],
                "employment_rate": None,
                "certificates": [],
                "apprenticeship_pilot": False,
                **stamp,
            }
            for p in city.programs
        ],
    )
    if progress:
        progress("programs", len(program_ids))
    posting_ids = _insert(
        Posting,
        [
            {
                "enterprise_id": enterprise_ids[p["enterprise"]],
                "kind": p["kind"],
                "title": f"模拟岗位{i}",
                "description": "",
                "headcount": p["headcount"],
                "level": p["level"],
                "region_code": p["region_code"],
                "industry_code": p["industry_code"],
                "preferred_majors": p["preferred_majors"],
                "start_date": date(cohort_year, p["start_month"], 1 + i % 28),
                "end_date": None,
                "status": "open",
                **stamp,
            }
            for i, p in enumerate(city.postings)
        ],
    )
    if progress:
        progress("postings", len(posting_ids))
    skill_rows = [
        {"posting_id": pid, "skill_id": skill_id, "required": required, "source": "manual", "position": pos}
        for pid, p in zip(posting_ids, city.postings, strict=True)
        for pos, (skill_id, required) in enumerate(p["skills"])
    ]
    for start in range(0, len(skill_rows), CHUNK * 4):
        db.session.execute(sa.insert(PostingSkill), skill_rows[start : start + CHUNK * 4])
    record_event(
        "create",
        "demo_city",
        tag,
        {
            "schools": len(school_ids),
            "enterprises": len(enterprise_ids),
            "programs": len(program_ids),
            "postings": len(posting_ids),
            "posting_skills": len(skill_rows),
            "seed": seed,
        },
    )
    db.session.flush()
    return {
        "schools": len(school_ids),
        "enterprises": len(enterprise_ids),
        "programs": len(program_ids),
        "postings": len(posting_ids),
        "posting_skills": len(skill_rows),
    }
