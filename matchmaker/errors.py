"""RFC 9457 problem details for every error path, and the domain exceptions services raise.

Services raise ``DomainError`` subclasses; this module is the one place that turns them (and
HTTP errors, validation errors, and anything unexpected) into ``application/problem+json``.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, current_app, json, request
from werkzeug.exceptions import HTTPException, default_exceptions

log = logging.getLogger(__name__)

PROBLEM_BASE = "https://matchmaker.example/problems/"


class DomainError(Exception):
    status = 400
    slug = "bad-request"
    title = "Bad request"

    def __init__(self, detail: str | None = None, *, errors: dict | list | None = None, **extra: Any):
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.errors = errors
        self.extra = extra


class MalformedBody(DomainError):
    status, slug, title = 400, "bad-request", "Malformed request body"


class ValidationFailed(DomainError):
    status, slug, title = 422, "validation-error", "Invalid fields"


class NotFound(DomainError):
    status, slug, title = 404, "not-found", "Not found"


class Forbidden(DomainError):
    status, slug, title = 403, "forbidden", "Forbidden"


class Unauthorized(DomainError):
    status, slug, title = 401, "unauthorized", "Authentication required"


class Conflict(DomainError):
    status, slug, title = 409, "conflict", "Conflict"


class PreconditionFailed(DomainError):
    status, slug, title = 412, "precondition-failed", "Precondition failed"


class PayloadTooLarge(DomainError):
    status, slug, title = 413, "payload-too-large", "Payload too large"


class UnsupportedMediaType(DomainError):
    status, slug, title = 415, "unsupported-media-type", "Unsupported media type"


class ServiceUnavailable(DomainError):
    status, slug, title = 503, "service-unavailable", "Dependency unavailable"


_SLUGS = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "conflict",
    412: "precondition-failed",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation-error",
    429: "rate-limited",
    503: "service-unavailable",
}


def problem(
    status: int, title: str, detail: str, *, slug: str | None = None, errors=None, **extra
) -> Response:
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + (slug or _SLUGS.get(status, "error")),
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.path if request else None,
    }
    if errors is not None:
        body["errors"] = errors
    body.update(extra)
    resp = current_app.response_class(json.dumps(body), status=status, mimetype="application/problem+json")
    if status == 401:
        resp.headers["WWW-Authenticate"] = 'Bearer realm="matchmaker"'
    return resp


def _flatten_webargs_messages(messages: Any) -> tuple[Any, str]:
    """webargs nests errors by location ({"json": {...}}); clients want them keyed by field."""
    if isinstance(messages, dict):
        merged: dict[str, Any] = {}
        for location, errs in messages.items():
            if isinstance(errs, dict):
                merged.update(errs)
            else:
                merged[location] = errs
        return merged, "One or more fields are invalid."
    return messages, "The request is invalid."


def http_exception_problem(exc: HTTPException) -> Response:
    status = exc.code or 500
    data = getattr(exc, "data", None) or {}
    messages = data.get("messages")
    if status == 400 and messages:
        flat, _ = _flatten_webargs_messages(messages)
        return problem(400, "Malformed request body", "The body is not valid JSON.", errors=flat)
    if status == 422 and messages:
        flat, detail = _flatten_webargs_messages(messages)
        return problem(422, "Invalid fields", detail, errors=flat)
    detail = exc.description or exc.name
    if status == 413:
        detail = "The request body is larger than this endpoint accepts."
    if status == 429:
        detail = f"Rate limit exceeded: {exc.description}"
    resp = problem(status, exc.name, detail)
    if status == 405 and hasattr(exc, "valid_methods") and exc.valid_methods:
        resp.headers["Allow"] = ", ".join(exc.valid_methods)
    return resp


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(DomainError)
    def _domain(exc: DomainError):
        return problem(exc.status, exc.title, exc.detail, slug=exc.slug, errors=exc.errors, **exc.extra)

    for code in default_exceptions:
        app.register_error_handler(code, http_exception_problem)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        if isinstance(exc, HTTPException):
            return http_exception_problem(exc)
        log.exception("unhandled error on %s %s", request.method, request.path)
        return problem(500, "Internal server error", "An unexpected error occurred; it has been logged.")
