"""Schemas of enterprises and schools."""

from __future__ import annotations

from marshmallow import ValidationError, fields, validate, validates, validates_schema

from matchmaker import schemas as s
from matchmaker.http import PageArgs
from matchmaker.orgs.models import Ownership, SchoolKind
from matchmaker.validation import school_code_problem, uscc_problem


class EnterpriseCreate(s.Strict):
    name = s.text(128, required=True)
    uscc = fields.String(required=True)
    region_code = s.code(r"^\d{6}$", "A region code has 6 digits (GB/T 2260).", required=True)
    industry_code = s.code(r"^\d{2}$", "An industry division code has 2 digits.", required=True)
    ownership = fields.String(required=True, validate=validate.OneOf([e.value for e in Ownership]))
    employees = s.integer(0, 10_000_000, load_default=0)
    certified_cei = fields.Boolean(load_default=False)

    @validates("uscc")
    def _uscc(self, value: str, **_) -> None:
        problem = uscc_problem(value)
        if problem:
            raise ValidationError(problem)


class EnterpriseUpdate(s.Partial, EnterpriseCreate):
    pass


class EnterpriseSchema(s.VersionedOut):
    id = fields.Integer()
    name = fields.String()
    uscc = fields.String()
    region_code = fields.String()
    industry_code = fields.String()
    ownership = fields.String()
    employees = fields.Integer()
    certified_cei = fields.Boolean()


class EnterpriseQuery(PageArgs):
    region = s.code(r"^\d{6}$", "A region code has 6 digits.")
    industry = s.code(r"^\d{2}$", "An industry division code has 2 digits.")
    ownership = fields.String(validate=validate.OneOf([e.value for e in Ownership]))
    q = s.text(64)


class SchoolCreate(s.Strict):
    name = s.text(128, required=True)
    code = fields.String(required=True)
    region_code = s.code(r"^\d{6}$", "A region code has 6 digits (GB/T 2260).", required=True)
    kind = fields.String(required=True, validate=validate.OneOf([e.value for e in SchoolKind]))
    fulltime_teachers = s.integer(0, 100_000, load_default=0)
    dual_qualified_teachers = s.integer(0, 100_000, load_default=0)

    @validates("code")
    def _code(self, value: str, **_) -> None:
        problem = school_code_problem(value)
        if problem:
            raise ValidationError(problem)

    @validates_schema
    def _teachers(self, data, **_) -> None:
        full, dual = data.get("fulltime_teachers"), data.get("dual_qualified_teachers")
        if full is not None and dual is not None and dual > full:
            raise ValidationError(
                "双师型 teachers cannot outnumber full-time teachers.", "dual_qualified_teachers"
            )


class SchoolUpdate(s.Partial, SchoolCreate):
    pass


class SchoolSchema(s.VersionedOut):
    id = fields.Integer()
    name = fields.String()
    code = fields.String()
    region_code = fields.String()
    kind = fields.String()
    fulltime_teachers = fields.Integer()
    dual_qualified_teachers = fields.Integer()


class SchoolQuery(PageArgs):
    region = s.code(r"^\d{6}$", "A region code has 6 digits.")
    kind = fields.String(validate=validate.OneOf([e.value for e in SchoolKind]))
    q = s.text(64)
