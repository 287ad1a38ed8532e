"""Schemas of postings."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import ValidationError, fields, validate, validates_schema

from matchmaker import schemas as s
from matchmaker.http import PageArgs
from matchmaker.postings.models import PostingKind, PostingStatus

LEVELS = ["secondary", "higher", "undergraduate"]


class PostingSkillIn(s.Strict):
    name = s.text(64, required=True)
    required = fields.Boolean(load_default=True)


class PostingCreate(s.Strict):
    enterprise_id = s.integer(
        1, s.MAX_ROW_ID, metadata={"description": "Defaults to the caller's enterprise."}
    )
    kind = fields.String(required=True, validate=validate.OneOf([e.value for e in PostingKind]))
    title = s.text(200, required=True)
    description = fields.String(load_default="", validate=validate.Length(max=20_000))
    headcount = s.integer(1, 100_000, required=True)
    level = fields.String(required=True, validate=validate.OneOf(LEVELS))
    region_code = s.code(r"^\d{6}$", "A region code has 6 digits (GB/T 2260).")
    industry_code = s.code(r"^\d{2}$", "An industry division code has 2 digits (GB/T 4754-2017).")
    skills = fields.List(s.Whole(PostingSkillIn), validate=validate.Length(max=60), load_default=list)
    preferred_majors = fields.List(
        s.code(r"^\d{6}$", "A major code has 6 digits."), validate=validate.Length(max=20), load_default=list
    )
    start_date = fields.Date(allow_none=True)
    end_date = fields.Date(allow_none=True)
    status = fields.String(
        load_default=PostingStatus.draft.value, validate=validate.OneOf([e.value for e in PostingStatus])
    )

    @validates_schema
    def _dates(self, data, **_) -> None:
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            raise ValidationError("end_date is before start_date.", "end_date")


class PostingUpdate(s.Partial, PostingCreate):
    pass


class PostingSkillOut(ma.Schema):
    name = fields.Function(lambda ps: ps.skill.name)
    category = fields.Function(lambda ps: ps.skill.category)
    required = fields.Boolean()
    source = fields.String()


class PostingSchema(s.VersionedOut):
    id = fields.Integer()
    enterprise_id = fields.Integer()
    enterprise_name = fields.Function(lambda p: p.enterprise.name)
    kind = fields.String()
    title = fields.String()
    description = fields.String()
    headcount = fields.Integer()
    level = fields.String()
    region_code = fields.String()
    industry_code = fields.String()
    skills = fields.List(fields.Nested(PostingSkillOut))
    # true once the owner has set the skills (even to none): a new text is then not read again
    skills_chosen = fields.Boolean()
    preferred_majors = fields.List(fields.String())
    start_date = fields.Date(allow_none=True)
    end_date = fields.Date(allow_none=True)
    status = fields.String()


class PostingQuery(PageArgs):
    region = s.code(r"^\d{6}$", "A region code has 6 digits.")
    kind = fields.String(validate=validate.OneOf([e.value for e in PostingKind]))
    status = fields.String(validate=validate.OneOf([e.value for e in PostingStatus]))
    skill = s.text(64)
    industry = s.code(r"^\d{2}$", "An industry division code has 2 digits.")
    enterprise_id = s.integer(1, s.MAX_ROW_ID, strict=False)
    level = fields.String(validate=validate.OneOf(LEVELS))
