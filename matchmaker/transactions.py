"""One commit per request, at the request boundary.

Services and query helpers only flush. A successful response commits; an error response (or an
exception) rolls back, so a rejected request changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Flask, g, has_request_context
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from matchmaker.errors import problem
from matchmaker.extensions import db

log = logging.getLogger(__name__)


def on_commit(callback: Callable[[], None]) -> None:
    """Run ``callback`` once the current request's transaction has committed (e.g. enqueue a job
    that must see the new rows). Outside a request it runs at once: the caller owns the commit."""
    if has_request_context():
        g.setdefault("on_commit", []).append(callback)
    else:
        callback()


def init_transactions(app: Flask) -> None:
    @app.after_request
    def _commit_or_rollback(response):
        session = db.session
        if response.status_code >= 400:
            session.rollback()
            return response
        try:
            session.commit()
        except (IntegrityError, StaleDataError) as exc:
            session.rollback()
            log.info("commit conflict: %s", exc)
            return problem(409, "Conflict", "The change conflicts with another one; reload and retry.")
        except OperationalError:
            session.rollback()
            log.exception("database unavailable at commit")
            return problem(
                503, "Database unavailable", "The database did not accept the change; retry later."
            )
        for callback in g.pop("on_commit", []):
            callback()
        return response

    @app.errorhandler(IntegrityError)
    def _integrity(exc: IntegrityError):
        db.session.rollback()
        log.info("integrity error: %s", exc.orig)
        return problem(409, "Conflict", "The change conflicts with existing data.")

    @app.errorhandler(StaleDataError)
    def _stale(exc: StaleDataError):
        db.session.rollback()
        return problem(
            412, "Precondition failed", "The object changed while you were saving it; reload and retry."
        )

    @app.errorhandler(OperationalError)
    def _db_down(exc: OperationalError):
        db.session.rollback()
        log.exception("database error")
        return problem(503, "Database unavailable", "The database is unavailable; retry later.")
