"""Agreements (校企合作意向): seats of one posting for one program, proposed by one side."""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchmaker.db import UTCDateTime, VersionedMixin
from matchmaker.extensions import db
from matchmaker.postings.models import Posting
from matchmaker.programs.models import Program


class AgreementStatus(enum.StrEnum):
    pending = "pending"
    accepted = "accepted"
    declined = "declined"
    withdrawn = "withdrawn"


class Agreement(VersionedMixin, db.Model):
    __tablename__ = "agreements"
    __audited__ = True
    __table_args__ = (sa.CheckConstraint("seats >= 1", name="seats_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    posting_id: Mapped[int] = mapped_column(sa.ForeignKey("postings.id"), nullable=False, index=True)
    program_id: Mapped[int] = mapped_column(sa.ForeignKey("programs.id"), nullable=False, index=True)
    seats: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    status: Mapped[str] = mapped_column(sa.String(16), nullable=False, default=AgreementStatus.pending)
    proposed_by: Mapped[str] = mapped_column(sa.String(16), nullable=False)  # enterprise | school
    proposer_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    responder_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(sa.String(500), nullable=False, default="")

    posting: Mapped[Posting] = relationship(lazy="joined")
    program: Mapped[Program] = relationship(lazy="joined")
