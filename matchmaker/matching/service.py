"""Feeds the pure engine from the database: the taxonomy and the major index, cached per process.

Both are rebuilt only when the reference data changes (a new skill or alias, a re-seed); the
check is one cheap aggregate query, so a warm request pays microseconds, not a rebuild.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import sqlalchemy as sa

from matchmaker.extensions import db
from matchmaker.matching.engine.extract import Found, extract
from matchmaker.matching.engine.jobs import demands_from_text
from matchmaker.matching.engine.recommend import MajorIndex, MajorProfile, Recommendation
from matchmaker.matching.engine.taxonomy import SkillEntry, Taxonomy
from matchmaker.reference.models import Major, MajorIndustry, MajorSkill, Skill, SkillAlias

_lock = threading.Lock()
_cache: dict[str, tuple[Any, Any]] = {}
# How long a checked fingerprint is trusted: reference data edits show within this many seconds.
FINGERPRINT_TTL = 5.0
_checked: dict[str, tuple[float, tuple]] = {}


def _fingerprint() -> tuple:
    url = db.engine.url.render_as_string()
    seen = _checked.get(url)
    now = time.monotonic()
    if seen is not None and now - seen[0] < FINGERPRINT_TTL:
        return seen[1]
    skills = db.session.execute(sa.select(sa.func.count(Skill.id), sa.func.max(Skill.updated_at))).one()
    aliases = db.session.execute(sa.select(sa.func.count(SkillAlias.id), sa.func.max(SkillAlias.id))).one()
    profiles = db.session.execute(sa.select(sa.func.count(), sa.func.sum(MajorSkill.weight))).one()
    fingerprint = (url, *skills, *aliases, *profiles)
    _checked[url] = (now, fingerprint)
    return fingerprint


def _cached(name: str, build):
    fingerprint = _fingerprint()
    hit = _cache.get(name)
    if hit is not None and hit[0] == fingerprint:
        return hit[1]
    with _lock:
        value = build()
        _cache[name] = (fingerprint, value)
    return value


def taxonomy() -> Taxonomy:
    def build() -> Taxonomy:
        aliases: dict[int, list[str]] = {}
        for skill_id, alias in db.session.execute(sa.select(SkillAlias.skill_id, SkillAlias.alias)):
            aliases.setdefault(skill_id, []).append(alias)
        rows = db.session.execute(sa.select(Skill.id, Skill.name, Skill.category))
        return Taxonomy.build(SkillEntry(i, n, c, tuple(aliases.get(i, ()))) for i, n, c in rows)

    return _cached("taxonomy", build)


def major_index() -> MajorIndex:
    def build() -> MajorIndex:
        skills: dict[str, dict[int, float]] = {}
        for code, skill_id, weight in db.session.execute(
            sa.select(MajorSkill.major_code, MajorSkill.skill_id, MajorSkill.weight)
        ):
            skills.setdefault(code, {})[skill_id] = weight
        industries: dict[str, list[str]] = {}
        for code, industry in db.session.execute(
            sa.select(MajorIndustry.major_code, MajorIndustry.industry_code).order_by(MajorIndustry.rank)
        ):
            industries.setdefault(code, []).append(industry)
        rows = db.session.execute(sa.select(Major.code, Major.name, Major.level, Major.roles))
        return MajorIndex(
            MajorProfile(
                code, name, level, skills.get(code, {}), tuple(industries.get(code, ())), tuple(roles or ())
            )
            for code, name, level, roles in rows
        )

    return _cached("major_index", build)


def extract_skills(text: str) -> list[Found]:
    return extract(taxonomy(), text)


def recommend_majors(
    title: str, description: str = "", skills: list[str] = (), level: str | None = None, limit: int = 10
) -> tuple[list[Recommendation], dict[int, str]]:
    """Ranked majors for a job, and the skill names behind the ids in their explanations."""
    tax = taxonomy()
    given: list[tuple[int, bool]] = []
    for name in skills:
        entry = tax.lookup(name)
        if entry is not None:
            given.append((entry.id, True))
    demands, _found = demands_from_text(tax, title, description, given)
    recommendations = major_index().recommend(demands, title=title, level=level, limit=limit)
    return recommendations, {sid: entry.name for sid, entry in tax.skills.items()}
