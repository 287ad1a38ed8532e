"""Reports: a kind, a region and a period, built into versions; a published version is frozen."""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from matchmaker.db import UTCDateTime, VersionedMixin
from matchmaker.extensions import db


class ReportKind(enum.StrEnum):
    talent_demand = "talent_demand"
    major_fit = "major_fit"
    training_supply = "training_supply"


class ReportStatus(enum.StrEnum):
    queued = "queued"
    running = "running"
    draft = "draft"
    published = "published"
    failed = "failed"


class Report(VersionedMixin, db.Model):
    __tablename__ = "reports"
    __audited__ = True
    __audit_exclude__ = frozenset({"data"})  # the figures are stored, checksummed, not diffed
    __table_args__ = (
        sa.UniqueConstraint("kind", "region_code", "period", "edition"),
        sa.Index("ix_reports_public", "status", "published_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    region_code: Mapped[str] = mapped_column(sa.ForeignKey("regions.code"), nullable=False, index=True)
    period: Mapped[str] = mapped_column(sa.String(8), nullable=False)
    edition: Mapped[int] = mapped_column(sa.Integer, nullable=False)  # 1, 2, … per (kind, region, period)
    status: Mapped[str] = mapped_column(sa.String(16), nullable=False, default=ReportStatus.queued)
    data: Mapped[dict | None] = mapped_column(sa.JSON)
    method_version: Mapped[str | None] = mapped_column(sa.String(32))
    thresholds: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    data_as_of: Mapped[datetime | None] = mapped_column(UTCDateTime)
    generated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_by: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    checksum: Mapped[str | None] = mapped_column(sa.String(64))
    superseded_by: Mapped[int | None] = mapped_column(sa.ForeignKey("reports.id"))
    error: Mapped[str | None] = mapped_column(sa.Text)
    created_by: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    notes: Mapped[str] = mapped_column(sa.String(2000), nullable=False, default="")


class ReportFile(db.Model):
    """A published report's rendered file, frozen with its sha256."""

    __tablename__ = "report_files"

    report_id: Mapped[int] = mapped_column(sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    format: Mapped[str] = mapped_column(sa.String(8), primary_key=True)
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False)
    mimetype: Mapped[str] = mapped_column(sa.String(100), nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
