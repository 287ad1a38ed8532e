"""Look-ups other features rely on: codes that must exist, fuzzy search, skills by any spelling."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from matchmaker.audit.recorder import record_created
from matchmaker.errors import ValidationFailed
from matchmaker.extensions import db
from matchmaker.http import paginate_list
from matchmaker.matching.engine.normalise import normalise
from matchmaker.reference.models import Industry, Major, Region, Skill, SkillAlias, SkillCategory
from matchmaker.reference.search import TypoIndex, fuzzy_rank

# A typed skill within this RapidFuzz ratio of a known name or alias is taken as that skill.
SKILL_TYPO_CUTOFF = 90.0
KEY_CHARS = Skill.__table__.c.key.type.length  # as long as skills.key (and skills.name)


def search_majors(args: dict[str, Any]) -> dict[str, Any]:
    query = sa.select(Major).order_by(Major.code)
    if "level" in args:
        query = query.where(Major.level == args["level"])
    if "category_code" in args:
        query = query.where(Major.category_code.in_(_category_codes(args["category_code"])))
    majors = list(db.session.scalars(query))
    if "q" not in args:
        return paginate_list(majors, args)
    ranked = fuzzy_rank(args["q"], [m.name for m in majors])
    results = []
    for idx, score in ranked:
        majors[idx].score = round(score, 1)
        results.append(majors[idx])
    return paginate_list(results, args)


def _category_codes(code: str) -> list[str]:
    """A 专业大类 has one code per level (e.g. 46 / 66 / 26); any of them selects all three."""
    tail = code[1]
    return [f"{head}{tail}" for head in "246"] if code[0] in "246" else [code]


def search_skills(args: dict[str, Any]) -> dict[str, Any]:
    query = sa.select(Skill).order_by(Skill.name)
    if "category" in args:
        query = query.where(Skill.category == args["category"])
    if "verified" in args:
        query = query.where(Skill.verified.is_(args["verified"]))
    skills = list(db.session.scalars(query))
    if "q" not in args:
        return paginate_list(skills, args)
    labels: list[str] = []
    owners: list[int] = []
    for i, skill in enumerate(skills):
        for label in [skill.name, *(a.alias for a in skill.aliases)]:
            labels.append(label)
            owners.append(i)
    best: dict[int, float] = {}
    for idx, score in fuzzy_rank(args["q"], labels):
        owner = owners[idx]
        best[owner] = max(best.get(owner, 0.0), score)
    results = []
    for owner, score in sorted(best.items(), key=lambda kv: (-kv[1], skills[kv[0]].name)):
        skills[owner].score = round(score, 1)
        results.append(skills[owner])
    return paginate_list(results, args)


# --- existence checks used by the write paths -----------------------------------------------------


def check_codes(
    *,
    region: tuple[str, str] | None = None,
    industry: tuple[str, str] | None = None,
    majors: tuple[str, Iterable[str]] | None = None,
) -> dict[str, list[str]]:
    """Field errors for codes that do not exist: ``{field: [message]}`` (empty when all exist)."""
    errors: dict[str, list[str]] = {}
    if region is not None:
        field, code = region
        if db.session.get(Region, code) is None:
            errors[field] = [f"Unknown region code {code}."]
    if industry is not None:
        field, code = industry
        found = db.session.get(Industry, code)
        if found is None:
            errors[field] = [f"Unknown industry code {code}."]
        elif found.level != "division":
            errors[field] = [f"{code} is a GB/T 4754 {found.level}; give a division (2 digits)."]
    if majors is not None:
        field, codes = majors
        codes = list(codes)
        known = set(db.session.scalars(sa.select(Major.code).where(Major.code.in_(codes))))
        missing = [c for c in codes if c not in known]
        if missing:
            errors[field] = [f"Unknown major code(s): {', '.join(missing)}."]
    return errors


def raise_if(errors: dict[str, list[str]]) -> None:
    if errors:
        raise ValidationFailed("One or more fields refer to codes that do not exist.", errors=errors)


# --- skills by any spelling ------------------------------------------------------------------------


def resolve_skills(names: Iterable[str]) -> list[Skill]:
    """The taxonomy skill for each typed name, creating an unverified skill where none matches.

    Canonical names and aliases match through their normalised key; a near-miss (typo) within
    SKILL_TYPO_CUTOFF of a known key is taken as that skill. Nothing typed is ever dropped.
    """
    names = [n.strip() for n in names]
    keys = [normalise(n)[:KEY_CHARS] for n in names]  # as stored: NFKC can lengthen a name (㍿ → 株式会社)
    by_key = {s.key: s for s in db.session.scalars(sa.select(Skill).where(Skill.key.in_(keys)))}
    for alias in db.session.scalars(sa.select(SkillAlias).where(SkillAlias.key.in_(keys))):
        by_key.setdefault(alias.key, alias.skill)
    missing = [k for k in keys if k not in by_key]
    if missing:
        vocabulary = _vocabulary()
        for key in missing:
            if len(key) >= 4 and (skill_id := vocabulary.closest(key)) is not None:
                by_key[key] = db.session.get(Skill, skill_id)
    result: list[Skill] = []
    for name, key in zip(names, keys, strict=True):
        if key not in by_key:
            by_key[key] = _typed_skill(name[:KEY_CHARS], key)
        result.append(by_key[key])
    return result


def _typed_skill(name: str, key: str) -> Skill:
    """A new unverified skill as typed. Another request may be creating the same skill at this very
    moment: the insert then does nothing, and both requests use the one row that landed."""
    insert = _insert_for(db.session.get_bind().dialect.name)(Skill).values(
        name=name, key=key, category=SkillCategory.technical, verified=False
    )
    created = db.session.scalar(insert.on_conflict_do_nothing().returning(Skill))
    if created is None:
        return db.session.scalar(sa.select(Skill).where(sa.or_(Skill.key == key, Skill.name == name)))
    record_created(created)  # the session's audit hook does not see a statement's insert
    return created


def _insert_for(dialect: str):
    """The INSERT construct that knows ON CONFLICT on this database."""
    return {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect]


def _vocabulary() -> TypoIndex:
    """The typo index over every skill key and alias key, built once per session (a request, an import
    of thousands of rows): the typo check needs the whole vocabulary, and it barely changes meanwhile."""
    if "skill_vocabulary" not in db.session.info:
        rows = db.session.execute(sa.select(Skill.key, Skill.id)).all()
        rows += db.session.execute(sa.select(SkillAlias.key, SkillAlias.skill_id)).all()
        ids = {key: skill_id for key, skill_id in rows}
        db.session.info["skill_vocabulary"] = TypoIndex(ids, cutoff=SKILL_TYPO_CUTOFF)
    return db.session.info["skill_vocabulary"]
