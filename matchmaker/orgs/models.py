"""Enterprises and schools: the two sides of the platform."""

from __future__ import annotations

import enum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from matchmaker.db import VersionedMixin
from matchmaker.extensions import db


class Ownership(enum.StrEnum):
    state = "state"
    private = "private"
    foreign = "foreign"
    collective = "collective"
    other = "other"


class SchoolKind(enum.StrEnum):
    secondary_vocational = "secondary_vocational"
    higher_vocational = "higher_vocational"
    vocational_undergraduate = "vocational_undergraduate"
    technician_college = "technician_college"
    applied_undergraduate = "applied_undergraduate"


class Enterprise(VersionedMixin, db.Model):
    __tablename__ = "enterprises"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(128), nullable=False)
    uscc: Mapped[str] = mapped_column(sa.String(18), nullable=False, unique=True)
    region_code: Mapped[str] = mapped_column(sa.ForeignKey("regions.code"), nullable=False, index=True)
    industry_code: Mapped[str] = mapped_column(sa.ForeignKey("industries.code"), nullable=False)
    ownership: Mapped[str] = mapped_column(sa.String(16), nullable=False)
    employees: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    certified_cei: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)


class School(VersionedMixin, db.Model):
    __tablename__ = "schools"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(128), nullable=False)
    code: Mapped[str] = mapped_column(sa.String(10), nullable=False, unique=True)
    region_code: Mapped[str] = mapped_column(sa.ForeignKey("regions.code"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    fulltime_teachers: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    dual_qualified_teachers: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
