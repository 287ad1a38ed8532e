"""Builds the pure engine's inputs straight from seeds/, so benchmarks need no database."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matchmaker.matching.engine.recommend import MajorIndex  # noqa: E402
from matchmaker.matching.engine.taxonomy import Taxonomy  # noqa: E402
from matchmaker.reference.seed import major_profiles, skill_entries  # noqa: E402

SHARED_DATA = ROOT.parent / "shared" / "data"


def load_engine() -> tuple[Taxonomy, MajorIndex, dict[str, str]]:
    """(taxonomy, major index, major code → level) from the committed seed files."""
    entries = skill_entries()
    profiles = major_profiles({e.name: e.id for e in entries})
    return Taxonomy.build(entries), MajorIndex(profiles), {p.code: p.level for p in profiles}
