"""Builds the pure engine's inputs straight from seeds/, so benchmarks need no database."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matchmaker.matching.engine.recommend import MajorIndex, MajorProfile  # noqa: E402
from matchmaker.matching.engine.taxonomy import Taxonomy  # noqa: E402
from matchmaker.reference.seed import SEEDS_DIR, _load_yaml, crosswalk_files, major_roles, skill_entries  # noqa: E402

SHARED_DATA = ROOT.parent / "shared" / "data"


def load_engine() -> tuple[Taxonomy, MajorIndex, dict[str, str]]:
    """(taxonomy, major index, major code → level) from the committed seed files."""
    entries = skill_entries()
    ids = {e.name: e.id for e in entries}
    taxonomy = Taxonomy.build(entries)
    import csv

    with (SEEDS_DIR / "majors.csv").open(encoding="utf-8") as fh:
        catalog = {r["code"]: r for r in csv.DictReader(fh)}
    profiles = []
    roles = major_roles()
    for path in crosswalk_files():
        for m in (_load_yaml(path.read_text("utf-8")) or {}).get("majors") or []:
            code = str(m["code"])
            if code not in catalog:
                continue
            skills = {ids[n]: float(w) for n, w in (m.get("skills") or {}).items() if n in ids}
            profiles.append(
                MajorProfile(
                    code,
                    catalog[code]["name"],
                    catalog[code]["level"],
                    skills,
                    tuple(map(str, m.get("industries") or [])),
                    tuple(roles.get(code, [])),
                )
            )
    return taxonomy, MajorIndex(profiles), {c: r["level"] for c, r in catalog.items()}
