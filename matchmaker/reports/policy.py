"""Region policy: thresholds and targets, inherited from parent regions and SPEC defaults."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from matchmaker.extensions import db
from matchmaker.reference.models import Region, RegionPolicy
from matchmaker.reports.compute.inputs import Thresholds

THRESHOLD_KEYS = (
    "gap_min_demand",
    "red_fit_ratio",
    "red_employment_rate",
    "yellow_fit_ratio",
    "yellow_employment_rate",
    "shortage_fit_ratio",
    "attribution_min_score",
    "attribution_top",
)


def ancestors(code: str) -> list[str]:
    """The region and its ancestors, nearest first (county → city → province)."""
    chain = []
    current = db.session.get(Region, code)
    while current is not None:
        chain.append(current.code)
        current = db.session.get(Region, current.parent_code) if current.parent_code else None
    return chain


def effective_settings(code: str) -> tuple[dict[str, Any], dict[str, str]]:
    """Merged settings (nearest region wins, key by key) and, per key, the region it came from."""
    chain = ancestors(code)
    policies = {
        p.region_code: p
        for p in db.session.scalars(sa.select(RegionPolicy).where(RegionPolicy.region_code.in_(chain)))
    }
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for region in reversed(chain):  # farthest first, nearest overrides
        settings = policies[region].settings if region in policies else {}
        for key, value in settings.items():
            if key in ("thresholds", "targets") and isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
                for sub in value:
                    origin[f"{key}.{sub}"] = region
            else:
                merged[key] = value
                origin[key] = region
    return merged, origin


def thresholds_for(code: str) -> Thresholds:
    settings, _ = effective_settings(code)
    custom = settings.get("thresholds", {})
    defaults = Thresholds()
    values = {k: custom.get(k, getattr(defaults, k)) for k in THRESHOLD_KEYS}
    return Thresholds(
        **values,
        employment_kinds=tuple(settings.get("employment_kinds", defaults.employment_kinds)),
        targets=dict(settings.get("targets", {})),
        priority_industries=tuple(settings.get("priority_industries", ())),
    )
