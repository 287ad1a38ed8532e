"""Report lifecycle: create (queued) → build (draft) → publish (frozen, checksummed, versioned)."""

from __future__ import annotations

import hashlib
import json
import logging
import traceback
from datetime import date
from typing import Any

import sqlalchemy as sa

from matchmaker import cache
from matchmaker.auth.models import Role, User
from matchmaker.auth.permissions import ensure_region_visible, is_admin, scope_by_region
from matchmaker.db import utcnow
from matchmaker.errors import Conflict, Forbidden, NotFound, ValidationFailed
from matchmaker.extensions import db
from matchmaker.http import get_or_404, paginate
from matchmaker.jobs import keep_going, record
from matchmaker.reference.lookups import division_sections, major_divisions, sections_of
from matchmaker.reference.models import Region
from matchmaker.reference.service import check_codes, raise_if
from matchmaker.reports import loaders
from matchmaker.reports.compute import METHOD_VERSION
from matchmaker.reports.compute.inputs import Thresholds
from matchmaker.reports.compute.periods import Period, parse_period
from matchmaker.reports.models import Report, ReportFile, ReportKind, ReportStatus
from matchmaker.reports.policy import thresholds_for

log = logging.getLogger(__name__)
NAMESPACE = "reports"
FORMATS = ("json", "csv", "xlsx", "html")


def _require_bureau(user: User, region_code: str) -> None:
    if user.role not in (Role.bureau, Role.admin):
        raise Forbidden("Only the region's bureau or the operator builds and publishes reports.")
    ensure_region_visible(user, region_code)


def create_report(user: User, data: dict[str, Any]) -> Report:
    raise_if(check_codes(region=("region_code", data["region_code"])))
    try:
        parse_period(data["period"])
    except ValueError as exc:
        raise ValidationFailed("Invalid period.", errors={"period": [str(exc)]}) from exc
    _require_bureau(user, data["region_code"])
    key = (
        Report.kind == data["kind"],
        Report.region_code == data["region_code"],
        Report.period == data["period"],
    )
    edition = (db.session.scalar(sa.select(sa.func.max(Report.edition)).where(*key)) or 0) + 1
    report = Report(
        kind=data["kind"],
        region_code=data["region_code"],
        period=data["period"],
        edition=edition,
        status=ReportStatus.queued,
        created_by=user.id,
        thresholds={},
        notes=data.get("notes", ""),
    )
    db.session.add(report)
    db.session.flush()
    return report


def list_reports(user: User, args: dict[str, Any]) -> dict[str, Any]:
    if user.role not in (Role.bureau, Role.admin):
        raise Forbidden("Reports in the making are for bureaus and the operator; see /public/reports.")
    query = scope_by_region(sa.select(Report).order_by(Report.id.desc()), user, Report.region_code)
    for key in ("kind", "status", "period"):
        if key in args:
            query = query.where(getattr(Report, key) == args[key])
    if "region_code" in args:
        query = query.where(Report.region_code == args["region_code"])
    return paginate(query, args)


def get_report(user: User, report_id: int) -> Report:
    report = get_or_404(Report, report_id, "report")
    if user.role not in (Role.bureau, Role.admin):
        raise Forbidden("Reports in the making are for bureaus and the operator; see /public/reports.")
    ensure_region_visible(user, report.region_code)
    return report


def update_report(user: User, report: Report, data: dict[str, Any]) -> Report:
    _require_bureau(user, report.region_code)
    if report.status == ReportStatus.published:
        raise Conflict("A published report is frozen; build a new version instead.")
    report.notes = data.get("notes", report.notes)
    db.session.flush()
    return report


def delete_report(user: User, report: Report) -> None:
    _require_bureau(user, report.region_code)
    if report.status == ReportStatus.published:
        raise Conflict("A published report is frozen and stays readable; it cannot be deleted.")
    db.session.delete(report)
    db.session.flush()


# --- build ----------------------------------------------------------------------------------------


def _set(report_id: int, **values: Any) -> None:
    record(Report, report_id, **values)


def build_report(report_id: int) -> None:
    """Compute a queued report's data; it ends ``draft`` or ``failed``, never ``running``."""
    report = db.session.get(Report, report_id)
    if report is None or report.status not in (ReportStatus.queued, ReportStatus.failed):
        return
    _set(report_id, status=ReportStatus.running, error=None)
    try:
        thresholds = thresholds_for(report.region_code)
        as_of = loaders.data_as_of()
        data = compute(report.kind, report.region_code, parse_period(report.period), thresholds)
        _set(
            report_id,
            status=ReportStatus.draft,
            data=data,
            thresholds=thresholds.as_dict(),
            method_version=METHOD_VERSION,
            data_as_of=as_of,
            generated_at=utcnow(),
        )
    except Exception as exc:
        db.session.rollback()
        log.exception("report %s failed", report_id)
        _set(
            report_id,
            status=ReportStatus.failed,
            error=f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}",
        )
        raise


def build_job(report_id: int) -> None:
    """The queued job: a failure is recorded on the report, and the worker goes on."""
    keep_going(build_report, report_id)


def compute(kind: str, region_code: str, period, thresholds) -> dict[str, Any]:
    from matchmaker.reports.compute.major_fit import major_fit
    from matchmaker.reports.compute.talent_demand import talent_demand

    region = db.session.get(Region, region_code)
    if kind == ReportKind.talent_demand:
        # Only the period's rows are read (without skills); everything else is aggregated in SQL.
        rows, _ = loaders.postings(region_code, until=period.end, since=period.start, with_skills=False)
        children = dict(
            db.session.execute(
                sa.select(Region.code, Region.name).where(Region.parent_code == region_code)
            ).all()
        )
        previous = period.previous()
        return talent_demand(
            rows,
            region_code=region_code,
            period=period,
            parent_postings=None,
            parent_by_industry=(
                loaders.headcount_by_industry(region.parent_code, period.start, period.end)
                if region.parent_code
                else None
            ),
            child_regions=children,
            industry_names=loaders.industry_names(),
            today=date.today(),
            region_name=region.name,
            previous_totals=loaders.totals(region_code, previous.start, previous.end),
            earlier_monthly=loaders.monthly_headcount(region_code, until=period.start),
            skill_headcount=loaders.skill_headcount(region_code, period.start, period.end),
        )
    names, levels = loaders.major_catalog()
    if kind == ReportKind.major_fit:
        rows, skill_ids = loaders.postings(region_code, until=period.end, since=period.start)
        counted = [r for r in rows if r.kind in thresholds.employment_kinds]
        attributions = loaders.attributions(counted, skill_ids, region_code, thresholds)
        programs = loaders.programs(region_code, (period.year, period.year - 1, period.year - 2))
        return major_fit(
            rows,
            programs,
            attributions,
            period=period,
            thresholds=thresholds,
            **_major_fit_context(names, levels),
        )
    return region_training_supply(region_code, period, thresholds, names)


def region_training_supply(
    region_code: str, period: Period, thresholds: Thresholds, names: dict[str, str]
) -> dict[str, Any]:
    """The training_supply computation over a region's data: for the report and the live indicators."""
    from matchmaker.reports.compute.training_supply import training_supply

    rows, _ = loaders.postings(region_code, until=period.end, since=period.start)
    return training_supply(
        loaders.programs(region_code, (period.year, period.year - 1)),
        loaders.schools(region_code),
        rows,
        loaders.enterprises(region_code),
        loaders.accepted_apprenticeship_programs(region_code),
        period=period,
        thresholds=thresholds,
        major_names=names,
    )


def _major_fit_context(names: dict[str, str], levels: dict[str, str]) -> dict[str, Any]:
    divisions = major_divisions()
    section_of = division_sections()
    return {
        "major_names": names,
        "major_levels": levels,
        "major_sections": {c: sections_of(ds, section_of) for c, ds in divisions.items()},
        "major_divisions": divisions,
    }


# --- publish and export ---------------------------------------------------------------------------


def _document(report: Report) -> dict[str, Any]:
    region = db.session.get(Region, report.region_code)
    return {
        "id": report.id,
        "kind": report.kind,
        "region_code": report.region_code,
        "region_name": region.name if region else report.region_code,
        "period": report.period,
        "version": report.edition,
        "status": report.status,
        "generated_at": report.generated_at.isoformat() if report.generated_at else None,
        "published_at": report.published_at.isoformat() if report.published_at else None,
        "method_version": report.method_version,
        "data_as_of": report.data_as_of.isoformat() if report.data_as_of else None,
        "thresholds": report.thresholds,
        "checksum": report.checksum,
        "data": report.data or {},
    }


def checksum_of(report: Report) -> str:
    """sha256 of the canonical JSON of what was published: figures, method, thresholds, data time."""
    canonical = {
        k: v for k, v in _document(report).items() if k not in ("status", "published_at", "checksum")
    }
    raw = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(raw).hexdigest()


def publish(user: User, report: Report) -> Report:
    _require_bureau(user, report.region_code)
    if report.status != ReportStatus.draft:
        raise Conflict(f"Only a draft can be published; this report is {report.status}.")
    from matchmaker.reports.render import render

    report.checksum = checksum_of(report)
    report.status = ReportStatus.published
    report.published_at = utcnow()
    report.published_by = user.id
    document = _document(report)
    for fmt in FORMATS:
        body, mimetype, _ext = render(document, fmt)
        db.session.add(
            ReportFile(
                report_id=report.id,
                format=fmt,
                content=body,
                mimetype=mimetype,
                sha256=hashlib.sha256(body).hexdigest(),
            )
        )
    previous = db.session.scalars(
        sa.select(Report).where(
            Report.kind == report.kind,
            Report.region_code == report.region_code,
            Report.period == report.period,
            Report.status == ReportStatus.published,
            Report.superseded_by.is_(None),
            Report.id != report.id,
        )
    ).all()
    for old in previous:
        old.superseded_by = report.id
    db.session.flush()
    cache.invalidate(NAMESPACE)
    return report


def export(report: Report, fmt: str) -> tuple[bytes, str, str]:
    """A published report's frozen file, or a draft rendered now."""
    from matchmaker.reports.render import render

    if fmt not in FORMATS:
        raise ValidationFailed("Unknown format.", errors={"format": [f"One of: {', '.join(FORMATS)}."]})
    if report.status == ReportStatus.published:
        stored = db.session.get(ReportFile, (report.id, fmt))
        if stored is not None:
            return stored.content, stored.mimetype, fmt
    if report.data is None:
        raise Conflict(f"The report is {report.status}: there is nothing to export yet.")
    body, mimetype, ext = render(_document(report), fmt)
    return body, mimetype, ext


def filename(report: Report, ext: str) -> str:
    return f"{report.kind}_{report.region_code}_{report.period}_v{report.edition}.{ext}"


# --- public ---------------------------------------------------------------------------------------


def public_list(args: dict[str, Any]) -> dict[str, Any]:
    query = (
        sa.select(Report).where(Report.status == ReportStatus.published).order_by(Report.published_at.desc())
    )
    for key in ("kind", "region_code", "period"):
        if key in args:
            query = query.where(getattr(Report, key) == args[key])
    if not args.get("include_superseded"):
        query = query.where(Report.superseded_by.is_(None))
    return paginate(query, args)


def public_get(report_id: int) -> Report:
    report = db.session.get(Report, report_id)
    if report is None or report.status != ReportStatus.published:
        raise NotFound(f"No published report {report_id}.")
    return report


def public_document(report_id: int) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        report = public_get(report_id)
        return {**_document(report), "superseded_by": report.superseded_by}

    return cache.remember(NAMESPACE, f"doc:{report_id}", compute, ttl=3600)


def is_admin_or_bureau(user: User | None) -> bool:
    return user is not None and (is_admin(user) or user.role == Role.bureau)
