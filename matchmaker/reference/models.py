"""Reference data: regions (GB/T 2260), industries (GB/T 4754-2017), majors, skills, region policy."""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchmaker.db import TimestampMixin, UTCDateTime, VersionedMixin, utcnow
from matchmaker.extensions import db


class RegionLevel(enum.StrEnum):
    province = "province"
    city = "city"
    county = "county"


class Region(db.Model):
    __tablename__ = "regions"

    code: Mapped[str] = mapped_column(sa.String(6), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    level: Mapped[str] = mapped_column(sa.String(16), nullable=False)
    parent_code: Mapped[str | None] = mapped_column(sa.ForeignKey("regions.code"), index=True)
    # NBS statistical functional zones (x7x codes, e.g. 130371) are not GB/T 2260 units.
    functional_zone: Mapped[bool] = mapped_column(sa.Boolean, default=False, nullable=False)


class Industry(db.Model):
    __tablename__ = "industries"

    code: Mapped[str] = mapped_column(sa.String(4), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(128), nullable=False)
    level: Mapped[str] = mapped_column(sa.String(16), nullable=False)  # section|division|group|class
    parent_code: Mapped[str | None] = mapped_column(sa.ForeignKey("industries.code"), index=True)
    section: Mapped[str] = mapped_column(sa.String(1), nullable=False)


class SkillCategory(enum.StrEnum):
    technical = "technical"
    tool = "tool"
    certificate = "certificate"
    knowledge = "knowledge"
    soft = "soft"


class Skill(TimestampMixin, db.Model):
    __tablename__ = "skills"
    __audited__ = True  # users create skills (unverified) by typing them

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    # Normalised key (NFKC, case-folded, no spaces/punctuation) used to find a skill by any spelling.
    key: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    category: Mapped[str] = mapped_column(sa.String(16), nullable=False, default=SkillCategory.technical)
    verified: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)

    aliases: Mapped[list[SkillAlias]] = relationship(
        back_populates="skill", cascade="all, delete-orphan", order_by="SkillAlias.alias"
    )


class SkillAlias(db.Model):
    __tablename__ = "skill_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    skill_id: Mapped[int] = mapped_column(sa.ForeignKey("skills.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    key: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)

    skill: Mapped[Skill] = relationship(back_populates="aliases")


class MajorLevel(enum.StrEnum):
    secondary = "secondary"
    higher = "higher"
    undergraduate = "undergraduate"


class Major(db.Model):
    __tablename__ = "majors"

    code: Mapped[str] = mapped_column(sa.String(6), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(64), nullable=False, index=True)
    level: Mapped[str] = mapped_column(sa.String(16), nullable=False, index=True)
    category_code: Mapped[str] = mapped_column(sa.String(2), nullable=False)
    category_name: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    class_code: Mapped[str] = mapped_column(sa.String(4), nullable=False)
    class_name: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    national_control: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    # 职业面向 as job titles (岗位) ads use, from seeds/roles/: matched against a posting's title.
    roles: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)

    skills: Mapped[list[MajorSkill]] = relationship(
        cascade="all, delete-orphan", order_by="desc(MajorSkill.weight)", lazy="selectin"
    )
    industries: Mapped[list[MajorIndustry]] = relationship(
        cascade="all, delete-orphan", order_by="MajorIndustry.rank", lazy="selectin"
    )


class MajorSkill(db.Model):
    __tablename__ = "major_skills"

    major_code: Mapped[str] = mapped_column(
        sa.ForeignKey("majors.code", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(sa.ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True)
    weight: Mapped[float] = mapped_column(sa.Float, nullable=False)

    skill: Mapped[Skill] = relationship(lazy="joined")


class MajorIndustry(db.Model):
    __tablename__ = "major_industries"

    major_code: Mapped[str] = mapped_column(
        sa.ForeignKey("majors.code", ondelete="CASCADE"), primary_key=True
    )
    industry_code: Mapped[str] = mapped_column(sa.ForeignKey("industries.code"), primary_key=True)
    rank: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)


class RegionPolicy(VersionedMixin, db.Model):
    """Per-region thresholds and targets; unset fields inherit from the parent region's policy."""

    __tablename__ = "region_policies"
    __audited__ = True

    region_code: Mapped[str] = mapped_column(sa.ForeignKey("regions.code"), primary_key=True)
    settings: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    sources: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    updated_by: Mapped[str | None] = mapped_column(sa.String(64))
    seeded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=utcnow)
