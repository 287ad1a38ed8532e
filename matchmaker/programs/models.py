"""Programs (专业点): one school running one major for one graduating cohort."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchmaker.db import VersionedMixin
from matchmaker.extensions import db
from matchmaker.orgs.models import School
from matchmaker.reference.models import Major, Skill


class Program(VersionedMixin, db.Model):
    __tablename__ = "programs"
    __audited__ = True
    __table_args__ = (
        sa.UniqueConstraint("school_id", "major_code", "cohort_year"),
        sa.CheckConstraint("expected_graduates >= 0", name="graduates_non_negative"),
        sa.CheckConstraint("enrollment >= 0", name="enrollment_non_negative"),
        sa.CheckConstraint(
            "employment_rate IS NULL OR (employment_rate >= 0 AND employment_rate <= 1)",
            name="employment_rate_ratio",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(sa.ForeignKey("schools.id"), nullable=False, index=True)
    major_code: Mapped[str] = mapped_column(sa.ForeignKey("majors.code"), nullable=False, index=True)
    cohort_year: Mapped[int] = mapped_column(sa.Integer, nullable=False, index=True)
    enrollment: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    expected_graduates: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    employment_rate: Mapped[float | None] = mapped_column(sa.Float)
    certificates: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    apprenticeship_pilot: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)

    school: Mapped[School] = relationship(lazy="joined")
    major: Mapped[Major] = relationship(lazy="joined")
    extra_skills: Mapped[list[ProgramSkill]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ProgramSkill.skill_id"
    )


class ProgramSkill(db.Model):
    """A skill taught beyond the major's profile."""

    __tablename__ = "program_skills"

    program_id: Mapped[int] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(sa.ForeignKey("skills.id"), primary_key=True)

    skill: Mapped[Skill] = relationship(lazy="joined")
