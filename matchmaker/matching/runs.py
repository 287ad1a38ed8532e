"""Match runs: create (202), execute (worker or inline), and read their allocations.

``execute_run`` is the use case a worker runs: it owns its transactions, records progress and
per-stage timings on the run, and leaves the run ``done`` or ``failed`` — never ``running``.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from datetime import date
from typing import Any

import sqlalchemy as sa

from matchmaker.agreements.models import Agreement, AgreementStatus
from matchmaker.auth.models import Role, User
from matchmaker.auth.permissions import ensure_region_visible, region_clause, scope_by_region
from matchmaker.db import utcnow
from matchmaker.errors import Forbidden
from matchmaker.extensions import db
from matchmaker.http import get_or_404, paginate
from matchmaker.jobs import keep_going, record
from matchmaker.matching.engine.allocate import ArcArrays, Fixed, allocate
from matchmaker.matching.engine.batch import candidate_pairs
from matchmaker.matching.features import open_postings, program_features
from matchmaker.matching.models import MatchRun, RunAllocation, RunStatus, RunUnallocated
from matchmaker.orgs.models import School
from matchmaker.postings.models import Posting
from matchmaker.programs.models import Program
from matchmaker.reference.service import check_codes, raise_if

log = logging.getLogger(__name__)

DEFAULTS = {"min_score": 50.0, "per_posting": 20}
Progress = Callable[[str, float], None]


def create_run(user: User, data: dict[str, Any]) -> MatchRun:
    if user.role not in (Role.bureau, Role.admin):
        raise Forbidden("Only a bureau (for its region) or the operator starts match runs.")
    region = data["region_code"]
    raise_if(check_codes(region=("region_code", region)))
    ensure_region_visible(user, region)
    params = {**DEFAULTS, "cohort_year": date.today().year}
    params.update({k: v for k, v in data.items() if k != "region_code"})
    run = MatchRun(
        region_code=region, params=params, created_by=user.id, status=RunStatus.queued, stage="queued"
    )
    db.session.add(run)
    db.session.flush()
    return run


def list_runs(user: User, args: dict[str, Any]) -> dict[str, Any]:
    if user.role not in (Role.bureau, Role.admin):
        raise Forbidden("Match runs are visible to bureaus and the operator.")
    query = scope_by_region(sa.select(MatchRun).order_by(MatchRun.id.desc()), user, MatchRun.region_code)
    return paginate(query, args)


def get_run(user: User, run_id: int) -> MatchRun:
    if user.role not in (Role.bureau, Role.admin):
        raise Forbidden("Match runs are visible to bureaus and the operator.")
    run = get_or_404(MatchRun, run_id, "match run")
    ensure_region_visible(user, run.region_code)
    return run


def list_allocations(run: MatchRun, args: dict[str, Any]) -> dict[str, Any]:
    query = sa.select(RunAllocation).where(RunAllocation.run_id == run.id).order_by(RunAllocation.id)
    for key, column in (("posting_id", RunAllocation.posting_id), ("program_id", RunAllocation.program_id)):
        if key in args:
            query = query.where(column == args[key])
    return paginate(query, args)


def list_unallocated(run: MatchRun, args: dict[str, Any]) -> dict[str, Any]:
    query = sa.select(RunUnallocated).where(RunUnallocated.run_id == run.id).order_by(RunUnallocated.id)
    if "posting_id" in args:
        query = query.where(RunUnallocated.posting_id == args["posting_id"])
    return paginate(query, args)


# --- execution ------------------------------------------------------------------------------------


def _set(run_id: int, **values: Any) -> None:
    record(MatchRun, run_id, **values)


def execute_run(run_id: int, progress: Progress | None = None) -> None:
    """Run the whole pipeline for one run; safe to call from a worker or inline."""
    run = db.session.get(MatchRun, run_id)
    if run is None or run.status not in (RunStatus.queued, RunStatus.failed):
        return
    region, params = run.region_code, dict(run.params)
    _set(run_id, status=RunStatus.running, stage="load", progress=0.0, started_at=utcnow(), error=None)
    timings: dict[str, float] = {}

    def stage(name: str, share: float) -> None:
        if progress is not None:
            progress(name, share)
        _set(run_id, stage=name, progress=share, timings=dict(timings))

    try:
        started = time.perf_counter()
        postings, programs, seats, capacity, fixed = _snapshot(region, params)
        timings["load"] = round(time.perf_counter() - started, 3)
        stage("candidates", 0.3)

        started = time.perf_counter()
        pairs = candidate_pairs(
            postings, programs, per_posting=int(params["per_posting"]), min_score=float(params["min_score"])
        )
        timings["candidates_scoring"] = round(time.perf_counter() - started, 3)
        stage("allocation", 0.6)

        started = time.perf_counter()
        arcs = ArcArrays(pairs.posting_ids, pairs.program_ids, pairs.scores)
        result = allocate(seats, capacity, arcs, min_score=float(params["min_score"]), fixed=fixed)
        timings["allocation"] = round(time.perf_counter() - started, 3)
        stage("write", 0.8)

        started = time.perf_counter()
        _write(run_id, result)
        timings["write"] = round(time.perf_counter() - started, 3)
        stats = {
            "postings": len(postings),
            "programs": len(programs),
            "candidate_pairs": len(pairs.scores),
            "seats": sum(seats.values()),
            "capacity": sum(capacity.values()),
            "allocated_seats": sum(a.seats for a in result.allocations),
            "fixed_seats": sum(a.seats for a in result.allocations if a.fixed),
            "unallocated_seats": sum(u.seats for u in result.unallocated),
            "unallocated_by_reason": _by_reason(result.unallocated),
            "total_score": round(result.total_score, 2),
            "solver": result.stats,
        }
        _set(
            run_id,
            status=RunStatus.done,
            stage="done",
            progress=1.0,
            stats=stats,
            timings=timings,
            finished_at=utcnow(),
        )
        if progress is not None:
            progress("done", 1.0)
    except Exception as exc:
        db.session.rollback()
        log.exception("match run %s failed", run_id)
        _set(
            run_id,
            status=RunStatus.failed,
            stage="failed",
            timings=timings,
            finished_at=utcnow(),
            error=f"{type(exc).__name__}: {exc}\n" + traceback.format_exc(limit=3)[-2000:],
        )
        raise


def _by_reason(unallocated) -> dict[str, int]:
    out: dict[str, int] = {}
    for u in unallocated:
        out[u.reason] = out.get(u.reason, 0) + u.seats
    return out


def _snapshot(region: str, params: dict[str, Any]):
    """Postings, programs, capacities and fixed seats read in one consistent snapshot."""
    if db.engine.dialect.name == "postgresql":
        db.session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    postings = open_postings(region)
    programs = program_features(
        [region_clause(School.region_code, region), Program.cohort_year == int(params["cohort_year"])]
    )
    posting_ids = [p.id for p in postings]
    program_ids = [p.id for p in programs]
    seats = dict(
        db.session.execute(sa.select(Posting.id, Posting.headcount).where(Posting.id.in_(posting_ids))).all()
    )
    capacity = dict(
        db.session.execute(
            sa.select(Program.id, Program.expected_graduates).where(Program.id.in_(program_ids))
        ).all()
    )
    fixed = [
        Fixed(posting_id, program_id, seats_)
        for posting_id, program_id, seats_ in db.session.execute(
            sa.select(Agreement.posting_id, Agreement.program_id, sa.func.sum(Agreement.seats))
            .where(
                Agreement.status == AgreementStatus.accepted,
                Agreement.posting_id.in_(posting_ids),
                Agreement.program_id.in_(program_ids),
            )
            .group_by(Agreement.posting_id, Agreement.program_id)
        )
    ]
    db.session.commit()  # end the snapshot transaction
    return postings, programs, seats, capacity, fixed


def _write(run_id: int, result) -> None:
    db.session.execute(sa.delete(RunAllocation).where(RunAllocation.run_id == run_id))
    db.session.execute(sa.delete(RunUnallocated).where(RunUnallocated.run_id == run_id))
    rows = [
        {
            "run_id": run_id,
            "posting_id": a.posting_id,
            "program_id": a.program_id,
            "seats": a.seats,
            "score": a.score,
            "fixed": a.fixed,
        }
        for a in result.allocations
    ]
    if rows:
        db.session.execute(sa.insert(RunAllocation), rows)
    rows = [
        {
            "run_id": run_id,
            "posting_id": u.posting_id,
            "seats": u.seats,
            "reason": u.reason,
            "detail": u.detail,
            "taken_by": list(u.taken_by),
        }
        for u in result.unallocated
    ]
    if rows:
        db.session.execute(sa.insert(RunUnallocated), rows)
    db.session.commit()


def run_job(run_id: int) -> None:
    """The queued job: execute the run; a failure is recorded on the run, and the worker goes on."""
    keep_going(execute_run, run_id)
