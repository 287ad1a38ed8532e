"""Postings: what an enterprise asks for (hiring, apprenticeship, internship, order class)."""

from __future__ import annotations

import enum
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchmaker.db import VersionedMixin
from matchmaker.extensions import db
from matchmaker.orgs.models import Enterprise
from matchmaker.reference.models import Skill


class PostingKind(enum.StrEnum):
    hiring = "hiring"
    apprenticeship = "apprenticeship"
    internship = "internship"
    order_class = "order_class"


class PostingStatus(enum.StrEnum):
    draft = "draft"
    open = "open"
    closed = "closed"


class SkillSource(enum.StrEnum):
    manual = "manual"
    extracted = "extracted"


class Posting(VersionedMixin, db.Model):
    __tablename__ = "postings"
    __audited__ = True
    __table_args__ = (
        sa.CheckConstraint("headcount >= 1", name="headcount_positive"),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_ordered"
        ),
        sa.Index("ix_postings_region_status_start", "region_code", "status", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(sa.String(16), nullable=False)
    title: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    description: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    headcount: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    level: Mapped[str] = mapped_column(sa.String(16), nullable=False)
    region_code: Mapped[str] = mapped_column(sa.ForeignKey("regions.code"), nullable=False)
    industry_code: Mapped[str] = mapped_column(sa.ForeignKey("industries.code"), nullable=False)
    preferred_majors: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    start_date: Mapped[date | None] = mapped_column(sa.Date)
    end_date: Mapped[date | None] = mapped_column(sa.Date)
    status: Mapped[str] = mapped_column(sa.String(16), nullable=False, default=PostingStatus.draft)
    # False while the skills are the ones read from the text (they follow a rewritten ad); True once
    # the owner has given them, even as an empty list.
    skills_chosen: Mapped[bool] = mapped_column(
        sa.Boolean, nullable=False, default=False, server_default=sa.false()
    )

    enterprise: Mapped[Enterprise] = relationship(lazy="joined")
    skills: Mapped[list[PostingSkill]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PostingSkill.position"
    )


class PostingSkill(db.Model):
    __tablename__ = "posting_skills"

    posting_id: Mapped[int] = mapped_column(
        sa.ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(sa.ForeignKey("skills.id"), primary_key=True, index=True)
    required: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    source: Mapped[str] = mapped_column(sa.String(16), nullable=False, default=SkillSource.manual)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)

    skill: Mapped[Skill] = relationship(lazy="joined")
