"""Field types and base schemas shared by the resources' schemas."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

MAX_ROW_ID = 2**31 - 1  # the largest integer primary key (PostgreSQL's integer)
UNSTORABLE_MESSAGE = "Text must be valid Unicode without NUL (\\u0000) characters."
# NUL, and a lone UTF-16 surrogate ("\\ud800" is valid JSON but no character): no UTF-8 database stores them.
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")


def unstorable_errors(value: Any) -> Any:
    """Errors shaped like marshmallow's for every string in ``value`` a database cannot store, or None.

    PostgreSQL refuses NUL and unpaired surrogates in text, so such input would fail at the database
    as a 500; it is refused up front instead, with each offending field named, on every backend alike.
    """
    if isinstance(value, str):
        return [UNSTORABLE_MESSAGE] if _UNSTORABLE.search(value) else None
    if isinstance(value, Mapping):
        items = value.items()
    elif isinstance(value, list | tuple):
        items = enumerate(value)
    else:
        return None
    errors = {}
    for key, item in items:
        found = [UNSTORABLE_MESSAGE] if _UNSTORABLE.search(str(key)) else unstorable_errors(item)
        if found is not None:
            errors[key] = found
    return errors or None


class Clean(ma.Schema):
    """Every input schema (bodies, query strings, import rows) refuses text no database can store."""

    @ma.pre_load
    def _refuse_unstorable(self, data: Any, **_) -> Any:
        if (errors := unstorable_errors(data)) is not None:
            raise ma.ValidationError(errors)
        return data


class Strict(Clean):
    """Input schemas reject unknown fields (decided once for the whole API)."""

    class Meta:
        unknown = ma.RAISE


def text(max_len: int, *, required: bool = False, min_len: int = 1, **kw) -> fields.String:
    return fields.String(required=required, validate=validate.Length(min=min_len, max=max_len), **kw)


def integer(min_value: int = 0, max_value: int = 10_000_000, *, strict: bool = True, **kw) -> fields.Integer:
    """An integer in a range; strict (no "12" strings) in JSON bodies, lenient in query strings."""
    return fields.Integer(strict=strict, validate=validate.Range(min=min_value, max=max_value), **kw)


class Exactly(validate.Regexp):
    """The whole value matches, in ASCII: "130300\\n" and "１３０３００" are no region codes (``$`` alone
    lets a trailing newline through, and ``\\d`` takes any script's digits)."""

    def __init__(self, pattern: str, **kw):
        super().__init__(re.compile(pattern, re.ASCII), **kw)

    def __call__(self, value: str) -> str:
        if self.regex.fullmatch(value) is None:
            raise ma.ValidationError(self._format_error(value))
        return value


def code(pattern: str, message: str, **kw) -> fields.String:
    return fields.String(validate=Exactly(pattern, error=message), **kw)


region_code = code(r"^\d{6}$", "A region code has 6 digits (GB/T 2260).")
industry_code = code(r"^\d{2}$", "An industry division code has 2 digits (GB/T 4754-2017).")
major_code = code(r"^\d{6}$", "A major code has 6 digits (2021 catalog).")


class Whole(fields.Nested):
    """A nested object that a PATCH replaces whole: its required fields stay required even when the
    schema around it loads partially (a skill without a name is no skill)."""

    def _deserialize(self, value, attr, data, partial=None, **kwargs):
        return super()._deserialize(value, attr, data, partial=False, **kwargs)


class Partial(Strict):
    """PATCH bodies: every field optional, and no defaults filled in for absent ones."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("partial", True)
        super().__init__(*args, **kwargs)


class VersionedOut(ma.Schema):
    version = fields.Integer()
    created_at = fields.DateTime()
    updated_at = fields.DateTime()
