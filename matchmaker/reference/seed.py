"""Loads reference data from ``seeds/`` idempotently: run it twice, get the same rows.

Order matters for foreign keys: regions and industries parents first, then majors, skills,
major profiles and region policies. Existing rows are updated in place, missing ones inserted.
What users created is kept: a skill they typed is merged into the skill the seeds later spell it as,
and a seeded skill taken out of the seeds stays for its postings, unverified.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from matchmaker.extensions import db
from matchmaker.matching.engine.normalise import normalise
from matchmaker.matching.engine.recommend import MajorProfile
from matchmaker.matching.engine.taxonomy import SkillEntry
from matchmaker.reference.merge import merge_skill
from matchmaker.reference.models import (
    Industry,
    Major,
    MajorIndustry,
    MajorSkill,
    Region,
    RegionPolicy,
    Skill,
    SkillAlias,
)

SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "seeds"
_LEVEL_ORDER = {"province": 0, "city": 1, "county": 2, "section": 0, "division": 1, "group": 2, "class": 3}

Progress = Callable[[Iterable, str], Iterable]


def _no_progress(items: Iterable, _label: str) -> Iterable:
    return items


@dataclass
class SeedReport:
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # skills folded into the skill that now claims them


def _load_yaml(text: str):
    """YAML through libyaml when it is there (ten times faster on the crosswalk files)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _upsert(model, key: str, rows: list[dict[str, Any]], progress: Progress, label: str) -> int:
    existing = {getattr(obj, key): obj for obj in db.session.scalars(sa.select(model))}
    for row in progress(rows, label):
        obj = existing.get(row[key])
        if obj is None:
            db.session.add(model(**row))
        else:
            for k, v in row.items():
                if getattr(obj, k) != v:
                    setattr(obj, k, v)
    db.session.flush()
    return len(rows)


def load_regions(progress: Progress) -> int:
    rows = [
        {
            "code": r["code"],
            "name": r["name"],
            "level": r["level"],
            "parent_code": r["parent_code"] or None,
            "functional_zone": r["functional_zone"] == "1",
        }
        for r in _csv(SEEDS_DIR / "regions.csv")
    ]
    rows.sort(key=lambda r: (_LEVEL_ORDER[r["level"]], r["code"]))
    return _upsert(Region, "code", rows, progress, "regions")


def load_industries(progress: Progress) -> int:
    rows = [
        {
            "code": r["code"],
            "name": r["name"],
            "level": r["level"],
            "parent_code": r["parent_code"] or None,
            "section": r["section"],
        }
        for r in _csv(SEEDS_DIR / "industries.csv")
    ]
    rows.sort(key=lambda r: (_LEVEL_ORDER[r["level"]], r["code"]))
    return _upsert(Industry, "code", rows, progress, "industries")


def load_majors(progress: Progress) -> int:
    rows = [
        {
            "code": r["code"],
            "name": r["name"],
            "level": r["level"],
            "category_code": r["category_code"],
            "category_name": r["category_name"],
            "class_code": r["class_code"],
            "class_name": r["class_name"],
            "national_control": r["national_control"] == "1",
        }
        for r in _csv(SEEDS_DIR / "majors.csv")
    ]
    return _upsert(Major, "code", rows, progress, "majors")


def crosswalk_files() -> list[Path]:
    return sorted((SEEDS_DIR / "crosswalk").glob("*.yaml"))


def major_roles() -> dict[str, list[str]]:
    """Major code → job roles (职业面向), from seeds/roles/*.yaml."""
    roles: dict[str, list[str]] = {}
    for path in sorted((SEEDS_DIR / "roles").glob("*.yaml")):
        doc = _load_yaml(path.read_text("utf-8")) or {}
        for code, names in (doc.get("roles") or {}).items():
            roles[str(code)] = [str(n) for n in names or []]
    return roles


def english_aliases() -> dict[str, list[str]]:
    """Canonical skill name → how English-language ads (foreign-invested employers) say it, from
    seeds/skills/english.yaml: kept apart from the Chinese aliases so that it can be reviewed whole."""
    path = SEEDS_DIR / "skills" / "english.yaml"
    doc = _load_yaml(path.read_text("utf-8")) if path.exists() else None
    return {str(name): [str(a) for a in aliases or []] for name, aliases in (doc or {}).items()}


def skill_definitions() -> list[tuple[str, dict[str, Any]]]:
    """(file name, definition) of every canonical skill in common.yaml and the crosswalk files, its
    English aliases added to its first definition."""
    defs = [
        ("skills/common.yaml", d)
        for d in _load_yaml((SEEDS_DIR / "skills" / "common.yaml").read_text("utf-8"))
    ]
    for path in crosswalk_files():
        doc = _load_yaml(path.read_text("utf-8")) or {}
        defs += [(f"crosswalk/{path.name}", d) for d in doc.get("skills") or []]
    english = english_aliases()
    for i, (source, d) in enumerate(defs):
        if extra := english.pop(str(d["name"]), None):
            defs[i] = (source, {**d, "aliases": [*(d.get("aliases") or []), *extra]})
    return defs


def crosswalk_majors() -> list[tuple[str, dict[str, Any]]]:
    """(file name, entry) of every major profile in the crosswalk files."""
    return [
        (path.name, m)
        for path in crosswalk_files()
        for m in (_load_yaml(path.read_text("utf-8")) or {}).get("majors") or []
    ]


def skill_entries() -> list[SkillEntry]:
    """The seed files' vocabulary as the engine reads it, numbered in file order (first name wins),
    for benchmarks and tests that need the shipped taxonomy without a database."""
    entries: dict[str, SkillEntry] = {}
    for _, d in skill_definitions():
        name = str(d["name"])
        if name not in entries:
            aliases = tuple(map(str, d.get("aliases") or []))
            entries[name] = SkillEntry(len(entries) + 1, name, d.get("category", "technical"), aliases)
    return list(entries.values())


def major_profiles(skill_ids: dict[str, int]) -> list[MajorProfile]:
    """The seed files' major profiles as the engine reads them (skills by ``skill_ids``), for the
    same benchmarks and tests."""
    catalog = {r["code"]: r for r in _csv(SEEDS_DIR / "majors.csv")}
    roles = major_roles()
    profiles = []
    for _, m in crosswalk_majors():
        code = str(m["code"])
        if code not in catalog:
            continue
        skills = {skill_ids[n]: float(w) for n, w in (m.get("skills") or {}).items() if n in skill_ids}
        industries = tuple(map(str, m.get("industries") or []))
        major = catalog[code]
        profiles.append(
            MajorProfile(code, major["name"], major["level"], skills, industries, tuple(roles.get(code, [])))
        )
    return profiles


def load_skills(report: SeedReport, progress: Progress) -> int:
    existing = {s.key: s for s in db.session.scalars(sa.select(Skill))}
    alias_rows = {a.key: a for a in db.session.scalars(sa.select(SkillAlias))}
    claimed: dict[str, str] = {}  # key -> canonical skill name claiming it
    seeded: set[str] = set()  # alias keys the seed files define
    defs = skill_definitions()
    for _source, d in defs:
        claimed.setdefault(normalise(str(d["name"])), str(d["name"]))
    for source, d in progress(defs, "skills"):
        name = str(d["name"])
        key = normalise(name)
        if claimed[key] != name:
            report.warnings.append(f"{source}: skill {name!r} has the same key as {claimed[key]!r}; skipped")
            continue
        skill = existing.get(key)
        if skill is None:
            skill = Skill(name=name, key=key, category=d.get("category", "technical"), verified=True)
            db.session.add(skill)
            existing[key] = skill
        elif (skill.name, skill.category, skill.verified) != (name, d.get("category", "technical"), True):
            skill.name, skill.category, skill.verified = name, d.get("category", "technical"), True
        db.session.flush()
        for alias in d.get("aliases") or []:
            alias = str(alias)
            akey = normalise(alias)
            if not akey or akey == key:
                continue
            owner = claimed.setdefault(akey, name)
            if owner != name:
                report.warnings.append(
                    f"{source}: alias {alias!r} of {name!r} already belongs to {owner!r}; skipped"
                )
                continue
            seeded.add(akey)
            row = alias_rows.get(akey)
            if row is None:
                row = SkillAlias(skill_id=skill.id, alias=alias, key=akey)
                db.session.add(row)
                alias_rows[akey] = row
            elif row.skill_id != skill.id:
                row.skill_id = skill.id
    # Aliases come only from the seeds: one taken out of them (found to name no skill) goes here too.
    for akey, row in alias_rows.items():
        if akey not in seeded:
            db.session.delete(row)
    db.session.flush()
    # A skill the seeds now spell as another skill's alias (typed by a user before the vocabulary
    # knew it, or a canonical skill retired into another) is that skill: its uses move there.
    for key, skill in list(existing.items()):
        owner = claimed.get(key)
        if owner is not None and normalise(owner) != key:
            into, what = existing[normalise(owner)], f"{skill.name!r} (skill {skill.id})"
            moved = merge_skill(skill, into)
            report.merged.append(f"{what} into {into.name!r}: {moved or 'no uses'}")
        elif owner is None and skill.verified:
            # Taken out of the seeds altogether: the postings that name it keep it, but the curated
            # vocabulary (what extraction reads, what profiles use) no longer vouches for it.
            skill.verified = False
            report.warnings.append(f"skill {skill.name!r} is no longer in the seeds; kept, unverified")
    return len(defs)


def load_profiles(report: SeedReport, progress: Progress) -> int:
    skills = {s.name: s.id for s in db.session.scalars(sa.select(Skill).where(Skill.verified.is_(True)))}
    majors = {m.code: m for m in db.session.scalars(sa.select(Major))}
    divisions = set(db.session.scalars(sa.select(Industry.code).where(Industry.level == "division")))
    entries = crosswalk_majors()
    loaded = 0
    for source, entry in progress(entries, "profiles"):
        major = majors.get(str(entry["code"]))
        if major is None:
            report.warnings.append(f"{source}: unknown major code {entry['code']}")
            continue
        if entry.get("name") != major.name:
            report.warnings.append(f"{source}: {major.code} is {major.name!r}, not {entry.get('name')!r}")
        wanted_skills = {}
        for name, weight in (entry.get("skills") or {}).items():
            if name not in skills:
                report.warnings.append(f"{source}: {major.code} uses unknown skill {name!r}")
                continue
            wanted_skills[skills[name]] = float(weight)
        current = {ms.skill_id: ms for ms in major.skills}
        if {k: v.weight for k, v in current.items()} != wanted_skills:
            major.skills = [
                MajorSkill(major_code=major.code, skill_id=sid, weight=w) for sid, w in wanted_skills.items()
            ]
        wanted_industries = [str(c) for c in entry.get("industries") or [] if str(c) in divisions]
        if [mi.industry_code for mi in major.industries] != wanted_industries:
            major.industries = [
                MajorIndustry(major_code=major.code, industry_code=c, rank=i)
                for i, c in enumerate(wanted_industries)
            ]
        loaded += 1
        if loaded % 200 == 0:
            db.session.flush()
    db.session.flush()
    return loaded


def load_roles(progress: Progress) -> int:
    roles = major_roles()
    for major in progress(list(db.session.scalars(sa.select(Major))), "roles"):
        wanted = roles.get(major.code, [])
        if major.roles != wanted:
            major.roles = wanted
    db.session.flush()
    return sum(1 for r in roles.values() if r)


def load_policies(progress: Progress) -> int:
    docs = _load_yaml((SEEDS_DIR / "region_policies.yaml").read_text("utf-8")) or []
    for doc in progress(docs, "policies"):
        policy = db.session.get(RegionPolicy, doc["region_code"])
        if policy is None:
            db.session.add(
                RegionPolicy(
                    region_code=doc["region_code"],
                    settings=doc["settings"],
                    sources=doc.get("sources", []),
                    updated_by="seed",
                )
            )
        elif policy.updated_by == "seed" and (policy.settings, policy.sources) != (
            doc["settings"],
            doc.get("sources", []),
        ):
            # A policy a bureau has edited since is theirs: the seed does not overwrite it.
            policy.settings, policy.sources = doc["settings"], doc.get("sources", [])
    db.session.flush()
    return len(docs)


def seed_reference(progress: Progress = _no_progress) -> SeedReport:
    report = SeedReport()
    report.counts["regions"] = load_regions(progress)
    report.counts["industries"] = load_industries(progress)
    report.counts["majors"] = load_majors(progress)
    report.counts["skills"] = load_skills(report, progress)
    report.counts["major profiles"] = load_profiles(report, progress)
    report.counts["major roles"] = load_roles(progress)
    report.counts["region policies"] = load_policies(progress)
    return report
