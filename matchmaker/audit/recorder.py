"""Records an audit event for every write to an audited model, inside the same transaction.

A session hook rather than calls sprinkled through services: a write cannot forget its audit
event, and a rolled-back request leaves neither the change nor its event behind.
"""

from __future__ import annotations

import contextvars
import enum
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from flask import g, has_request_context
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from matchmaker.audit.models import AuditEvent
from matchmaker.extensions import db

_IGNORED = frozenset({"created_at", "updated_at"})
_cli_actor: contextvars.ContextVar[tuple[str, int | None]] = contextvars.ContextVar(
    "audit_actor", default=("system", None)
)


@contextmanager
def acting_as(name: str, user_id: int | None = None):
    """Name the actor of writes made outside a request (CLI commands, jobs)."""
    token = _cli_actor.set((name, user_id))
    try:
        yield
    finally:
        _cli_actor.reset(token)


def _actor() -> tuple[str, int | None]:
    if has_request_context():
        user = g.get("user")
        if user is not None:
            return user.username, user.id
        return "anonymous", None
    return _cli_actor.get()


def record_event(action: str, entity: str, entity_id: str, changes: dict[str, Any]) -> AuditEvent:
    """Add an audit event for a write the session hook cannot see: a bulk insert or a statement that
    moves many rows at once. It joins the current transaction like the hook's own events."""
    actor, actor_id = _actor()
    entry = AuditEvent(
        actor=actor,
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        changes=changes,
        request_id=g.get("request_id") if has_request_context() else None,
    )
    db.session.add(entry)
    return entry


def record_created(obj) -> AuditEvent:
    """Audit an audited row an INSERT statement created, as the session hook audits one it adds."""
    return record_event("create", obj.__tablename__, _identity(obj), _row(obj))


def _row(obj) -> dict[str, Any]:
    """The audited columns of a row, as a create or delete event keeps them."""
    return {k: _jsonable(getattr(obj, k)) for k in _columns(obj)}


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def _columns(obj) -> list[str]:
    excluded = _IGNORED | getattr(obj, "__audit_exclude__", frozenset())
    return [a.key for a in inspect(obj).mapper.column_attrs if a.key not in excluded]


def _identity(obj) -> str:
    return "/".join(str(v) for v in inspect(obj).mapper.primary_key_from_instance(obj))


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, _flush_context) -> None:
    actor, actor_id = _actor()
    request_id = g.get("request_id") if has_request_context() else None
    events: list[AuditEvent] = []

    def add(action: str, obj, changes: dict) -> None:
        events.append(
            AuditEvent(
                actor=actor,
                actor_id=actor_id,
                action=action,
                entity=obj.__tablename__,
                entity_id=_identity(obj),
                changes=changes,
                request_id=request_id,
            )
        )

    for obj in session.new:
        if getattr(obj, "__audited__", False):
            add("create", obj, _row(obj))
    for obj in session.dirty:
        if not getattr(obj, "__audited__", False) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changes = {}
        for key in _columns(obj):
            hist = state.attrs[key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                changes[key] = [_jsonable(old), _jsonable(new)]
        if changes:
            add("update", obj, changes)
    for obj in session.deleted:
        if getattr(obj, "__audited__", False):
            add("delete", obj, _row(obj))
    for ev in events:
        session.add(ev)
