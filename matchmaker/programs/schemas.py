"""Schemas of programs (专业点)."""

from __future__ import annotations

from marshmallow import fields, validate

from matchmaker import schemas as s
from matchmaker.http import PageArgs


class ProgramCreate(s.Strict):
    school_id = s.integer(1, s.MAX_ROW_ID, metadata={"description": "Defaults to the caller's school."})
    major_code = s.code(r"^\d{6}$", "A major code has 6 digits (2021 catalog).", required=True)
    cohort_year = s.integer(2000, 2100, required=True)
    enrollment = s.integer(0, 100_000, load_default=0)
    expected_graduates = s.integer(0, 100_000, load_default=0)
    employment_rate = fields.Float(allow_none=True, load_default=None, validate=validate.Range(min=0, max=1))
    skills = fields.List(s.text(64), validate=validate.Length(max=50), load_default=list)
    certificates = fields.List(s.text(100), validate=validate.Length(max=30), load_default=list)
    apprenticeship_pilot = fields.Boolean(load_default=False)


class ProgramUpdate(s.Partial, ProgramCreate):
    pass


class ProgramSchema(s.VersionedOut):
    id = fields.Integer()
    school_id = fields.Integer()
    school_name = fields.Function(lambda p: p.school.name)
    region_code = fields.Function(lambda p: p.school.region_code)
    major_code = fields.String()
    major_name = fields.Function(lambda p: p.major.name)
    level = fields.Function(lambda p: p.major.level)
    cohort_year = fields.Integer()
    enrollment = fields.Integer()
    expected_graduates = fields.Integer()
    employment_rate = fields.Float(allow_none=True)
    skills = fields.Function(lambda p: [ps.skill.name for ps in p.extra_skills])
    certificates = fields.List(fields.String())
    apprenticeship_pilot = fields.Boolean()


class ProgramQuery(PageArgs):
    school_id = s.integer(1, s.MAX_ROW_ID, strict=False)
    major_code = s.code(r"^\d{6}$", "A major code has 6 digits.")
    cohort_year = s.integer(2000, 2100, strict=False)
    region = s.code(r"^\d{6}$", "A region code has 6 digits.")
    level = fields.String(validate=validate.OneOf(["secondary", "higher", "undergraduate"]))
