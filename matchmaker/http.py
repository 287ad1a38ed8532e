"""HTTP plumbing shared by every resource: the API object, request guards, pagination, ETags."""

from __future__ import annotations

import json
import math
import re
import uuid
from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask import Flask, g, request
from flask_smorest import Api as _Api
from flask_smorest import Blueprint as _Blueprint
from webargs.flaskparser import FlaskParser
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter, UnicodeConverter

from matchmaker.errors import (
    MalformedBody,
    NotFound,
    PayloadTooLarge,
    PreconditionFailed,
    Unauthorized,
    UnsupportedMediaType,
    http_exception_problem,
)
from matchmaker.extensions import db
from matchmaker.schemas import MAX_ROW_ID, Clean

API_PREFIX = "/api/v1"
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")  # X-Request-ID values kept as given
# Endpoints that take file uploads instead of JSON (bulk imports).
UPLOAD_MIMETYPES = {"multipart/form-data"}


class Api(_Api):
    """flask-smorest's Api, answering its errors as problem+json like the rest of the app."""

    def handle_http_exception(self, error: HTTPException):
        return http_exception_problem(error)


api = Api()


class _Parser(FlaskParser):
    """webargs' parser, reading the JSON decoder's own limits (nesting depth, digits in a number) as a
    malformed body too: they raise RecursionError or a plain ValueError, which webargs lets through."""

    def _raw_load_json(self, req):
        try:
            return super()._raw_load_json(req)
        except json.JSONDecodeError:
            raise  # webargs answers these itself (400)
        except RecursionError:
            raise MalformedBody("The JSON body is nested too deeply.") from None
        except ValueError as exc:
            raise MalformedBody(f"The body is not valid JSON: {exc}.") from None


class Blueprint(_Blueprint):
    """flask-smorest's Blueprint, parsing request bodies with the parser above (the JSON is read once)."""

    ARGUMENTS_PARSER = _Parser()


def _resolve_user() -> None:
    from matchmaker.auth.models import User
    from matchmaker.auth.tokens import read_token

    g.user = None
    header = request.headers.get("Authorization")
    if not header:
        return
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Use 'Authorization: Bearer <token>'.")
    claims = read_token(token.strip())
    if claims is None:
        raise Unauthorized("The token is invalid or has expired.")
    user = db.session.get(User, claims[0])
    if user is None or not user.active or user.token_generation != claims[1]:
        raise Unauthorized("The token is no longer valid.")
    g.user = user


def _guard_body() -> None:
    """415 for a body that is not JSON (or an upload where one is expected); 413 when too large."""
    if request.method not in ("POST", "PUT", "PATCH"):
        return
    has_body = (request.content_length or 0) > 0 or request.headers.get("Transfer-Encoding") == "chunked"
    if not has_body:
        return
    mimetype = request.mimetype
    is_upload = request.path.endswith("/import")
    if is_upload:
        if mimetype not in UPLOAD_MIMETYPES:
            raise UnsupportedMediaType("Upload a CSV or XLSX file (multipart/form-data field 'file').")
        return
    if mimetype != "application/json" and not mimetype.endswith("+json"):
        raise UnsupportedMediaType(f"Send 'Content-Type: application/json' (got '{mimetype or 'none'}').")
    from flask import current_app

    limit = current_app.config["MAX_JSON_BYTES"]
    if request.content_length is not None and request.content_length > limit:
        raise PayloadTooLarge(f"JSON bodies are limited to {limit} bytes.")


class RowId(IntegerConverter):
    """``<int:…>`` in a route: an id the database's integer keys can hold. A larger number names no
    row, so it is a 404 like any other unknown id, not an overflow error from PostgreSQL."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ROW_ID)
        super().__init__(url_map, *args, **kwargs)


class PathText(UnicodeConverter):
    """``<code>`` in a route: any text but a NUL, which no code holds and PostgreSQL cannot compare."""

    def __init__(self, url_map, *args, **kwargs):
        super().__init__(url_map, *args, **kwargs)
        self.regex = self.regex.replace("[^/]", "[^/\\x00]")


def init_http(app: Flask) -> None:
    # Before any route is added: path values the database cannot take are unknown paths (404).
    app.url_map.converters.update({"int": RowId, "default": PathText, "string": PathText})

    @app.before_request
    def _before():
        given = request.headers.get("X-Request-ID", "")
        # A caller's id is kept when it is one a log line and the audit column can hold; else a new one.
        g.request_id = given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        if request.path.startswith(API_PREFIX):
            _guard_body()
            _resolve_user()

    @app.after_request
    def _after(response):
        response.headers["X-Request-ID"] = g.get("request_id", "")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


# --- pagination -------------------------------------------------------------------------------


class PageArgs(Clean):
    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(min=1, max=100_000))
    per_page = ma.fields.Integer(load_default=20, validate=ma.validate.Range(min=1, max=100))


class PageMeta(ma.Schema):
    page = ma.fields.Integer()
    per_page = ma.fields.Integer()
    total = ma.fields.Integer()
    pages = ma.fields.Integer()


_page_schemas: dict[str, type[ma.Schema]] = {}


def page_of(item_schema: type[ma.Schema]) -> type[ma.Schema]:
    """The envelope schema ``{items: [...], meta: {page, per_page, total, pages}}`` for a list."""
    name = item_schema.__name__.removesuffix("Schema") + "PageSchema"
    if name not in _page_schemas:
        _page_schemas[name] = type(
            name,
            (ma.Schema,),
            {"items": ma.fields.List(ma.fields.Nested(item_schema)), "meta": ma.fields.Nested(PageMeta)},
        )
    return _page_schemas[name]


def paginate(query: sa.Select, args: dict[str, Any]) -> dict[str, Any]:
    page, per_page = args.get("page", 1), args.get("per_page", 20)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.order_by(None).subquery()))
    items = db.session.scalars(query.limit(per_page).offset((page - 1) * per_page)).unique().all()
    return {
        "items": items,
        "meta": {"page": page, "per_page": per_page, "total": total, "pages": math.ceil(total / per_page)},
    }


def paginate_list(items: list, args: dict[str, Any]) -> dict[str, Any]:
    """The same envelope for a list ranked in Python (e.g. by fuzzy score)."""
    page, per_page = args.get("page", 1), args.get("per_page", 20)
    total = len(items)
    return {
        "items": items[(page - 1) * per_page : page * per_page],
        "meta": {"page": page, "per_page": per_page, "total": total, "pages": math.ceil(total / per_page)},
    }


# --- ETags / If-Match ---------------------------------------------------------------------------


def check_if_match(obj) -> None:
    """412 when the client's If-Match names a version other than the current one."""
    header = request.headers.get("If-Match")
    if not header or header.strip() == "*":
        return
    wanted = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    if obj.etag not in wanted:
        raise PreconditionFailed(
            f"The object changed since you read it (current version {obj.version}); reload and retry.",
            current_version=obj.version,
        )


def with_etag(obj, status: int = 200):
    """A (body, status, headers) triple that carries the object's ETag."""
    return obj, status, {"ETag": obj.etag}


def get_or_404(model: type, key: Any, what: str) -> Any:
    """The ``model`` row with primary key ``key``, or a 404 that names it ("No school 7.")."""
    row = db.session.get(model, key)
    if row is None:
        raise NotFound(f"No {what} {key}.")
    return row
