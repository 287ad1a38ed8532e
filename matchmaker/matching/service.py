"""Feeds the pure engine from the database: the taxonomy and the major index, cached per process.

Both are rebuilt only when the reference data changes (a new skill or alias, a re-seed); the
check is one cheap aggregate query, so a warm request pays microseconds, not a rebuild.
"""

from __future__ import annotations

from typing import NamedTuple

import sqlalchemy as sa

from matchmaker.extensions import db
from matchmaker.matching.engine.extract import Found, extract
from matchmaker.matching.engine.fields import named_fields
from matchmaker.matching.engine.jobs import demands_from_text
from matchmaker.matching.engine.levels import required_level
from matchmaker.matching.engine.recommend import MajorIndex, MajorProfile, Recommendation
from matchmaker.matching.engine.taxonomy import SkillEntry, Taxonomy
from matchmaker.matching.rebuilt import Rebuilt
from matchmaker.reference.lookups import major_divisions, major_skill_weights
from matchmaker.reference.models import Major, MajorSkill, Skill, SkillAlias
from matchmaker.reference.service import check_codes, raise_if

# How long a checked fingerprint is trusted: reference data edits show within this many seconds.
FINGERPRINT_TTL = 5.0


def _fingerprint() -> tuple:
    skills = db.session.execute(sa.select(sa.func.count(Skill.id), sa.func.max(Skill.updated_at))).one()
    aliases = db.session.execute(sa.select(sa.func.count(SkillAlias.id), sa.func.max(SkillAlias.id))).one()
    profiles = db.session.execute(sa.select(sa.func.count(), sa.func.sum(MajorSkill.weight))).one()
    return (*skills, *aliases, *profiles)


def _build_taxonomy() -> Taxonomy:
    aliases: dict[int, list[str]] = {}
    for skill_id, alias in db.session.execute(sa.select(SkillAlias.skill_id, SkillAlias.alias)):
        aliases.setdefault(skill_id, []).append(alias)
    rows = db.session.execute(sa.select(Skill.id, Skill.name, Skill.category, Skill.verified))
    return Taxonomy.build(SkillEntry(i, n, c, tuple(aliases.get(i, ())), v) for i, n, c, v in rows)


def _build_major_index() -> MajorIndex:
    skills, industries = major_skill_weights(), major_divisions()
    rows = db.session.execute(sa.select(Major.code, Major.name, Major.level, Major.roles))
    return MajorIndex(
        MajorProfile(code, name, level, skills.get(code, {}), industries.get(code, ()), tuple(roles or ()))
        for code, name, level, roles in rows
    )


_taxonomy = Rebuilt(_fingerprint, _build_taxonomy, FINGERPRINT_TTL)
_major_index = Rebuilt(_fingerprint, _build_major_index, FINGERPRINT_TTL)


def taxonomy() -> Taxonomy:
    return _taxonomy.get()


def major_index() -> MajorIndex:
    return _major_index.get()


def extract_skills(text: str) -> list[Found]:
    return extract(taxonomy(), text)


class Recommended(NamedTuple):
    majors: list[Recommendation]
    skill_names: dict[int, str]  # the names behind the skill ids in the majors' explanations
    level: dict  # the level ranked at, where it came from, and the words that set it
    unrecognised_skills: list[str]  # skills given that the vocabulary does not know (not counted)


def recommend_majors(
    title: str,
    description: str = "",
    skills: list[str] = (),
    level: str | None = None,
    limit: int = 10,
    industries: list[str] = (),
) -> Recommended:
    """Ranked majors for a job, explained. The level ranked at is the one asked for, else the lowest
    the ad's degree line accepts, else every level."""
    errors: dict[str, list[str]] = {}
    for i, code in enumerate(industries):
        errors |= check_codes(industry=(f"industries.{i}", code))
    raise_if(errors)
    tax = taxonomy()
    given: list[tuple[int, bool]] = []
    unrecognised: list[str] = []
    for name in skills:
        # A name the vocabulary knows, else the skills written inside it (报关单据 → 报关).
        ids = [entry.id] if (entry := tax.lookup(name)) else [f.skill_id for f in extract(tax, name)]
        given += [(skill_id, True) for skill_id in ids]
        if not ids:
            unrecognised.append(name)
    demands, _found = demands_from_text(tax, title, description, given)
    level_used = {"level": level, "source": "request" if level else None, "evidence": None}
    if level is None and (stated := required_level(description)) is not None:
        level_used = {"level": stated[0], "source": "description", "evidence": stated[1]}
    index = major_index()
    recommendations = index.recommend(
        demands,
        title=title,
        fields=named_fields(description, index.major_names),
        industries=industries,
        level=level_used["level"],
        limit=limit,
    )
    named = {m["skill_id"] for r in recommendations for m in r.matched}
    names = {sid: tax.skills[sid].name for sid in named if sid in tax.skills}
    return Recommended(recommendations, names, level_used, unrecognised)
