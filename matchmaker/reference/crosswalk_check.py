"""Checks the skill crosswalk in seeds/: coverage of the catalog and the taxonomy's consistency.

Run as ``flask --app wsgi crosswalk check``; a clean crosswalk is part of the definition of done for
reference data, so the test suite runs it too.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field

from matchmaker.matching.engine.normalise import normalise
from matchmaker.reference.seed import (
    SEEDS_DIR,
    crosswalk_majors,
    english_aliases,
    major_roles,
    skill_definitions,
)

MIN_SKILLS = 6
CATEGORIES = {"technical", "tool", "certificate", "knowledge", "soft"}


@dataclass
class CrosswalkReport:
    majors_total: int = 0
    majors_profiled: int = 0
    majors_with_roles: int = 0
    skills: int = 0
    aliases: int = 0
    problems: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @property
    def clean(self) -> bool:
        return not any(self.problems.values())


def check_crosswalk() -> CrosswalkReport:
    report = CrosswalkReport()
    with (SEEDS_DIR / "majors.csv").open(encoding="utf-8") as fh:
        catalog = {r["code"]: r["name"] for r in csv.DictReader(fh)}
    with (SEEDS_DIR / "industries.csv").open(encoding="utf-8") as fh:
        divisions = {r["code"] for r in csv.DictReader(fh) if r["level"] == "division"}
    report.majors_total = len(catalog)

    names: dict[str, str] = {}  # key -> canonical name
    categories: dict[str, str] = {}
    alias_owner: dict[str, str] = {}
    for source, d in skill_definitions():
        name, key = str(d["name"]), normalise(str(d["name"]))
        report.skills += 1
        if key in names:
            report.problems["duplicate skills"].append(f"{source}: {name!r} duplicates {names[key]!r}")
            continue
        names[key] = name
        categories[name] = d.get("category", "")
        if categories[name] not in CATEGORIES:
            report.problems["bad categories"].append(f"{source}: {name!r} has category {categories[name]!r}")
    for name in english_aliases():
        if normalise(name) not in names:
            report.problems["unknown skill names"].append(f"skills/english.yaml: {name!r}")
    for source, d in skill_definitions():
        name = str(d["name"])
        for alias in d.get("aliases") or []:
            key = normalise(str(alias))
            report.aliases += 1
            if key in names and names[key] != name:
                report.problems["alias is another skill"].append(
                    f"{source}: {alias!r} of {name!r} names {names[key]!r}"
                )
            elif key in alias_owner and alias_owner[key] != name:
                report.problems["shared aliases"].append(
                    f"{source}: {alias!r} of {name!r} also belongs to {alias_owner[key]!r}"
                )
            alias_owner.setdefault(key, name)

    seen: set[str] = set()
    for file_name, m in crosswalk_majors():
        code = str(m.get("code"))
        where = f"{file_name}: {code}"
        if code not in catalog:
            report.problems["unknown majors"].append(where)
            continue
        if code in seen:
            report.problems["majors profiled twice"].append(where)
        seen.add(code)
        if m.get("name") != catalog[code]:
            report.problems["names differ from the catalog"].append(
                f"{where} {m.get('name')!r} ≠ {catalog[code]!r}"
            )
        skills = m.get("skills") or {}
        unknown = [s for s in skills if s not in categories]
        if unknown:
            report.problems["unknown skill names"].append(f"{where} uses {', '.join(unknown)}")
        hard = [s for s in skills if categories.get(s) not in (None, "soft")]
        if len(hard) < MIN_SKILLS:
            report.problems[f"fewer than {MIN_SKILLS} non-soft skills"].append(f"{where} has {len(hard)}")
        bad_weights = [s for s, w in skills.items() if not 0.1 <= float(w) <= 1.0]
        if bad_weights:
            report.problems["weights outside 0.1–1.0"].append(f"{where}: {', '.join(bad_weights)}")
        industries = [str(i) for i in m.get("industries") or []]
        if not industries:
            report.problems["no industry"].append(where)
        elif set(industries) - divisions:
            report.problems["unknown industry divisions"].append(f"{where}: {set(industries) - divisions}")
    report.majors_profiled = len(seen)
    for code in sorted(set(catalog) - seen):
        report.problems["majors without a profile"].append(f"{code} {catalog[code]}")
    roles = major_roles()
    report.majors_with_roles = sum(1 for c in catalog if roles.get(c))
    for code in sorted(c for c in catalog if not roles.get(c)):
        report.problems["majors without roles"].append(f"{code} {catalog[code]}")
    for code, names in sorted(roles.items()):
        # the engine ranks a major's roles by their place in its list: a role listed twice has two
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            where = f"{code} {catalog.get(code, '')}"
            report.problems["roles listed twice"].append(f"{where}: {', '.join(twice)}")
    return report
