"""Schemas of skill extraction and major recommendation."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import ValidationError, fields, validate, validates

from matchmaker import schemas as s

MAX_TEXT_CHARS = 20_000


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Must not be empty.")


class ExtractRequest(s.Strict):
    text = fields.String(required=True, validate=_not_blank)


class Span(ma.Schema):
    start = fields.Integer()
    end = fields.Integer()
    text = fields.String()


class FoundSkill(ma.Schema):
    id = fields.Integer(attribute="skill_id")
    name = fields.String()
    category = fields.String()
    confidence = fields.Float()
    optional = fields.Boolean(metadata={"description": "Only named in clauses saying 优先/加分."})
    spans = fields.List(fields.Nested(Span))


class ExtractResponse(ma.Schema):
    skills = fields.List(fields.Nested(FoundSkill))


class RecommendRequest(s.Strict):
    title = fields.String(required=True, validate=[validate.Length(max=200), _not_blank])
    description = fields.String(load_default="")
    skills = fields.List(s.text(64), validate=validate.Length(max=60), load_default=list)
    level = fields.String(validate=validate.OneOf(["secondary", "higher", "undergraduate"]))
    limit = s.integer(1, 50, load_default=10)

    @validates("description")
    def _description(self, value: str, **_) -> None:
        if len(value) > MAX_TEXT_CHARS:
            raise ValidationError(f"At most {MAX_TEXT_CHARS} characters.")


class MatchedSkill(ma.Schema):
    skill = fields.String()
    major_weight = fields.Float()


class Explanation(ma.Schema):
    coverage = fields.Float(
        metadata={"description": "Share of the job's weighted skill demand the major covers."}
    )
    focus = fields.Float(metadata={"description": "Share of the major's own profile the job uses."})
    title_fit = fields.Float(
        metadata={"description": "How well the title names one of the major's job roles."}
    )
    title_match = fields.String(allow_none=True)
    contributions = fields.Dict(keys=fields.String(), values=fields.Float())
    matched_skills = fields.List(fields.Nested(MatchedSkill))
    industries = fields.List(fields.String())


class RecommendedMajor(ma.Schema):
    code = fields.String()
    name = fields.String()
    level = fields.String()
    score = fields.Float()
    explanation = fields.Nested(Explanation)


class RecommendResponse(ma.Schema):
    majors = fields.List(fields.Nested(RecommendedMajor))
