"""Region-level views: policy (GET/PUT with inheritance), live indicators, map-ready metrics."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from matchmaker import cache
from matchmaker.auth.models import Role, User
from matchmaker.auth.permissions import ensure_region_visible, region_clause, region_prefix
from matchmaker.db import utcnow
from matchmaker.errors import Forbidden, ValidationFailed
from matchmaker.extensions import db
from matchmaker.http import check_if_match, get_or_404
from matchmaker.orgs.models import School
from matchmaker.postings.models import Posting, PostingStatus
from matchmaker.programs.models import Program
from matchmaker.reference.models import Region, RegionPolicy
from matchmaker.reports import loaders
from matchmaker.reports.compute.inputs import Thresholds
from matchmaker.reports.compute.periods import Period, parse_period
from matchmaker.reports.policy import THRESHOLD_KEYS, effective_settings, thresholds_for
from matchmaker.reports.service import region_training_supply


def _region(code: str) -> Region:
    return get_or_404(Region, code, "region with code")


def _period(text: str):
    try:
        return parse_period(text)
    except ValueError as exc:
        raise ValidationFailed("Invalid period.", errors={"period": [str(exc)]}) from exc


def get_policy(code: str) -> dict[str, Any]:
    _region(code)
    own = db.session.get(RegionPolicy, code)
    merged, origin = effective_settings(code)
    defaults = Thresholds()
    thresholds = {k: merged.get("thresholds", {}).get(k, getattr(defaults, k)) for k in THRESHOLD_KEYS}
    effective = {
        **merged,
        "thresholds": thresholds,
        "employment_kinds": merged.get("employment_kinds", list(defaults.employment_kinds)),
        "targets": merged.get("targets", {}),
    }
    for key in THRESHOLD_KEYS:
        origin.setdefault(f"thresholds.{key}", "default")
    origin.setdefault("employment_kinds", "default")
    return {
        "region_code": code,
        "settings": own.settings if own else {},
        "effective": effective,
        "inherited_from": origin,
        "sources": own.sources if own else [],
        "version": own.version if own else None,
    }


def put_policy(user: User, code: str, data: dict[str, Any]) -> dict[str, Any]:
    _region(code)
    if user.role not in (Role.bureau, Role.admin):
        raise Forbidden("Only the region's bureau or the operator sets its policy.")
    ensure_region_visible(user, code)
    policy = db.session.get(RegionPolicy, code)
    if policy is None:
        policy = RegionPolicy(region_code=code, settings={}, sources=[])
        db.session.add(policy)
    else:
        check_if_match(policy)
    policy.settings = data
    policy.sources = [*(policy.sources or []), {"edited_by": user.username, "at": utcnow().isoformat()}]
    policy.updated_by = user.username
    db.session.flush()
    for namespace in ("indicators", "reports"):
        cache.invalidate(namespace)
    return get_policy(code)


def indicators(code: str, period_text: str) -> dict[str, Any]:
    _region(code)
    period = _period(period_text)
    return cache.remember("indicators", f"{code}:{period.label}", lambda: _indicators(code, period))


def _indicators(code: str, period: Period) -> dict[str, Any]:
    names, _levels = loaders.major_catalog()
    data = region_training_supply(code, period, thresholds_for(code), names)
    return {"region_code": code, "period": period.label, "indicators": data["indicators"]}


def region_metrics(code: str, period_text: str) -> dict[str, Any]:
    """Demand (employment-bound headcount in the period), supply (graduates of the period's year)
    and their ratio for each child region: the figures a map colours."""
    _region(code)
    period = _period(period_text)
    thresholds = thresholds_for(code)
    children = dict(
        db.session.execute(sa.select(Region.code, Region.name).where(Region.parent_code == code)).all()
    )
    prefixes = {child: region_prefix(child) for child in children}

    def child_of(region_code: str) -> str | None:
        for child, prefix in prefixes.items():
            if region_code.startswith(prefix):
                return child
        return None

    demand: dict[str, int] = defaultdict(int)
    for region_code, headcount in db.session.execute(
        sa.select(Posting.region_code, sa.func.sum(Posting.headcount))
        .where(
            region_clause(Posting.region_code, code),
            Posting.status != PostingStatus.draft,
            Posting.kind.in_(thresholds.employment_kinds),
            Posting.start_date >= period.start,
            Posting.start_date < period.end,
        )
        .group_by(Posting.region_code)
    ):
        child = child_of(region_code)
        if child:
            demand[child] += int(headcount)
    supply: dict[str, int] = defaultdict(int)
    for region_code, graduates in db.session.execute(
        sa.select(School.region_code, sa.func.sum(Program.expected_graduates))
        .join(School, Program.school_id == School.id)
        .where(region_clause(School.region_code, code), Program.cohort_year == period.year)
        .group_by(School.region_code)
    ):
        child = child_of(region_code)
        if child:
            supply[child] += int(graduates)
    regions = [
        {
            "code": child,
            "name": name,
            "demand": demand.get(child, 0),
            "supply": supply.get(child, 0),
            "fit_ratio": round(demand[child] / supply[child], 4) if supply.get(child) else None,
        }
        for child, name in sorted(children.items())
    ]
    return {"region_code": code, "period": period.label, "regions": regions}
