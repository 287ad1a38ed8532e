"""Accounts: a user has one role and is bound to its enterprise, school or region."""

from __future__ import annotations

import enum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from matchmaker.db import TimestampMixin
from matchmaker.extensions import db


class Role(enum.StrEnum):
    admin = "admin"
    bureau = "bureau"
    enterprise = "enterprise"
    school = "school"


class User(TimestampMixin, db.Model):
    __tablename__ = "users"
    __audited__ = True
    __audit_exclude__ = frozenset({"password_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    password_hash: Mapped[str] = mapped_column(sa.String(256), nullable=False)
    role: Mapped[str] = mapped_column(sa.String(16), nullable=False)
    enterprise_id: Mapped[int | None] = mapped_column(sa.ForeignKey("enterprises.id"))
    school_id: Mapped[int | None] = mapped_column(sa.ForeignKey("schools.id"))
    region_code: Mapped[str | None] = mapped_column(sa.ForeignKey("regions.code"))
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    # Bumped to revoke every token issued before (password change, deactivation).
    token_generation: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
