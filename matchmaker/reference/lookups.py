"""Reference lookups the engine's and the reports' loaders share: one query each, as plain dicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import sqlalchemy as sa

from matchmaker.extensions import db
from matchmaker.reference.models import Industry, MajorIndustry, MajorSkill


def division_sections() -> dict[str, str]:
    """GB/T 4754 division code → its section letter."""
    query = sa.select(Industry.code, Industry.section).where(Industry.level == "division")
    return dict(db.session.execute(query).all())


def major_skill_weights(codes: Iterable[str] | None = None) -> dict[str, dict[int, float]]:
    """Major code → {skill id: weight} of its profile."""
    query = sa.select(MajorSkill.major_code, MajorSkill.skill_id, MajorSkill.weight)
    if codes is not None:
        query = query.where(MajorSkill.major_code.in_(list(codes)))
    out: dict[str, dict[int, float]] = defaultdict(dict)
    for code, skill_id, weight in db.session.execute(query):
        out[code][skill_id] = weight
    return dict(out)


def major_divisions(codes: Iterable[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Major code → the divisions its graduates work in, most typical first."""
    query = sa.select(MajorIndustry.major_code, MajorIndustry.industry_code).order_by(
        MajorIndustry.major_code, MajorIndustry.rank
    )
    if codes is not None:
        query = query.where(MajorIndustry.major_code.in_(list(codes)))
    out: dict[str, list[str]] = defaultdict(list)
    for code, industry in db.session.execute(query):
        out[code].append(industry)
    return {k: tuple(v) for k, v in out.items()}


def sections_of(divisions: Iterable[str], section_of: dict[str, str]) -> tuple[str, ...]:
    """The sections of some divisions, in first-seen order, without repeats."""
    return tuple(dict.fromkeys(section_of[d] for d in divisions if d in section_of))
