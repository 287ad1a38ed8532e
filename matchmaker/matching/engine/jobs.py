"""From a job ad's text to the weighted skill demand the recommendation engine ranks majors by."""

from __future__ import annotations

from matchmaker.matching.engine.extract import Found, extract
from matchmaker.matching.engine.normalise import simplified
from matchmaker.matching.engine.recommend import WEIGHT_OPTIONAL, WEIGHT_REQUIRED, Demand
from matchmaker.matching.engine.taxonomy import Taxonomy
from matchmaker.matching.engine.titles import title_clauses


def demands_from_text(
    taxonomy: Taxonomy, title: str, description: str = "", skills: list[tuple[int, bool]] = ()
) -> tuple[list[Demand], list[Found]]:
    """Demands from the title (boosted), the description and explicitly given (skill id, required)."""
    demands: list[Demand] = []
    title_found = extract(taxonomy, title_clauses(simplified(title))) if title else []
    body_found = extract(taxonomy, description) if description else []
    for f in title_found:
        demands.append(Demand(f.skill_id, WEIGHT_REQUIRED, f.category == "soft", from_title=True))
    for f in body_found:
        weight = WEIGHT_OPTIONAL if f.optional else WEIGHT_REQUIRED
        demands.append(Demand(f.skill_id, weight, f.category == "soft"))
    for skill_id, required in skills:
        entry = taxonomy.skills.get(skill_id)
        soft = entry is not None and entry.category == "soft"
        demands.append(Demand(skill_id, WEIGHT_REQUIRED if required else WEIGHT_OPTIONAL, soft))
    seen = {f.skill_id for f in body_found}
    found = body_found + [f for f in title_found if f.skill_id not in seen]
    return demands, found
