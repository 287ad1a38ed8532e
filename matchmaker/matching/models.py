"""Match runs: a batch allocation of one region's posting seats to program capacity."""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from matchmaker.db import UTCDateTime, VersionedMixin
from matchmaker.extensions import db


class RunStatus(enum.StrEnum):
    queued = "queued"
    running = "running"
    done = "done"
    failed = "failed"


class MatchRun(VersionedMixin, db.Model):
    __tablename__ = "match_runs"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(sa.ForeignKey("regions.code"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(sa.String(16), nullable=False, default=RunStatus.queued)
    params: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    stats: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    timings: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)  # stage → seconds
    progress: Mapped[float] = mapped_column(sa.Float, nullable=False, default=0.0)
    stage: Mapped[str] = mapped_column(sa.String(32), nullable=False, default="queued")
    error: Mapped[str | None] = mapped_column(sa.Text)
    created_by: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RunAllocation(db.Model):
    """Seats of one posting allocated to one program by a run (or fixed by an accepted agreement)."""

    __tablename__ = "match_allocations"
    __table_args__ = (sa.Index("ix_match_allocations_run_posting", "run_id", "posting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(sa.ForeignKey("match_runs.id", ondelete="CASCADE"), nullable=False)
    posting_id: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    program_id: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    seats: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    score: Mapped[float] = mapped_column(sa.Float, nullable=False)
    fixed: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)


class RunUnallocated(db.Model):
    """Seats a run could not allocate, and why."""

    __tablename__ = "match_unallocated"
    __table_args__ = (sa.Index("ix_match_unallocated_run_posting", "run_id", "posting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(sa.ForeignKey("match_runs.id", ondelete="CASCADE"), nullable=False)
    posting_id: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    seats: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    reason: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    detail: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    taken_by: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
