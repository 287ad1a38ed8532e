"""Accounts: creating users and exchanging credentials for a token."""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app

from matchmaker.auth.models import Role, User
from matchmaker.auth.tokens import hash_password, issue_token, verify_password
from matchmaker.errors import Conflict, Unauthorized, ValidationFailed
from matchmaker.extensions import db
from matchmaker.orgs.models import Enterprise, School
from matchmaker.reference.models import Region


def authenticate(username: str, password: str) -> dict:
    user = db.session.scalar(sa.select(User).where(User.username == username))
    if not verify_password(user.password_hash if user else None, password) or user is None or not user.active:
        raise Unauthorized("Unknown username or wrong password.")
    ttl = current_app.config["TOKEN_TTL_SECONDS"]
    return {
        "access_token": issue_token(user.id, user.token_generation),
        "token_type": "Bearer",
        "expires_in": ttl,
    }


def create_user(
    username: str,
    password: str,
    role: str,
    *,
    region_code: str | None = None,
    enterprise_id: int | None = None,
    school_id: int | None = None,
) -> User:
    """A new account bound to what its role needs: a region, an enterprise or a school."""
    errors: dict[str, list[str]] = {}
    if role not in {r.value for r in Role}:
        errors["role"] = [f"Unknown role {role!r}."]
    if len(password) < 8:
        errors["password"] = ["Use at least 8 characters."]
    if role == Role.bureau and (region_code is None or db.session.get(Region, region_code) is None):
        errors["region_code"] = ["A bureau account needs an existing region code."]
    if role == Role.enterprise and (
        enterprise_id is None or db.session.get(Enterprise, enterprise_id) is None
    ):
        errors["enterprise_id"] = ["An enterprise account needs an existing enterprise id."]
    if role == Role.school and (school_id is None or db.session.get(School, school_id) is None):
        errors["school_id"] = ["A school account needs an existing school id."]
    if errors:
        raise ValidationFailed("The account is not valid.", errors=errors)
    if db.session.scalar(sa.select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"The username {username!r} is taken.")
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role,
        region_code=region_code if role == Role.bureau else None,
        enterprise_id=enterprise_id if role == Role.enterprise else None,
        school_id=school_id if role == Role.school else None,
    )
    db.session.add(user)
    db.session.flush()
    return user
