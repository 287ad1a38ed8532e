"""Who may do what: the role and scope checks every view and service uses.

Scope of a bureau is its region code and all descendants. GB/T 2260 codes nest by prefix
(province ``13`` → city ``1303`` → county ``130302``), so "inside the region" is a prefix test
that both Python and SQL (a range on the code) can answer.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

import sqlalchemy as sa
from flask import g

from matchmaker.auth.models import Role, User
from matchmaker.errors import Forbidden, NotFound, Unauthorized


def region_prefix(code: str) -> str:
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def region_contains(ancestor: str, code: str | None) -> bool:
    return code is not None and code.startswith(region_prefix(ancestor))


def region_clause(column, ancestor: str):
    """``column`` within the region, as a range on the code (``'1303' <= code < '1304'``): the same
    rows as ``LIKE '1303%'``, but a plain btree index serves it under any collation."""
    prefix = region_prefix(ancestor)
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return sa.and_(column >= prefix, column < upper)


def current_user() -> User | None:
    return g.get("user")


def require_user() -> User:
    user = current_user()
    if user is None:
        raise Unauthorized("A valid bearer token is required.")
    return user


def login_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        require_user()
        return view(*args, **kwargs)

    return wrapper


def roles_required(*roles: Role | str) -> Callable:
    allowed = {str(r) for r in roles}

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(*args, **kwargs):
            user = require_user()
            if user.role not in allowed:
                raise Forbidden(f"This action needs one of the roles: {', '.join(sorted(allowed))}.")
            return view(*args, **kwargs)

        return wrapper

    return decorator


def is_admin(user: User) -> bool:
    return user.role == Role.admin


def bureau_sees(user: User, region_code: str | None) -> bool:
    return (
        user.role == Role.bureau
        and user.region_code is not None
        and region_contains(user.region_code, region_code)
    )


def ensure_region_visible(user: User, region_code: str | None) -> None:
    """Bureaus are confined to their region; other roles are not region-bound."""
    if user.role == Role.bureau and not bureau_sees(user, region_code):
        raise Forbidden("This object is outside your region.")


def scope_by_region(query: sa.Select, user: User, column) -> sa.Select:
    if user.role == Role.bureau:
        return query.where(region_clause(column, user.region_code or "-"))
    return query


def not_found_unless(condition: bool, what: str = "object") -> None:
    if not condition:
        raise NotFound(f"No such {what}.")
