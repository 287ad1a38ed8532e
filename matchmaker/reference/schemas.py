"""Schemas of the reference resources."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from matchmaker import schemas as s
from matchmaker.http import PageArgs
from matchmaker.reference.models import MajorLevel, SkillCategory


class RegionSchema(ma.Schema):
    code = fields.String()
    name = fields.String()
    level = fields.String()
    parent_code = fields.String(allow_none=True)
    functional_zone = fields.Boolean()


class RegionQuery(PageArgs):
    parent = s.code(r"\d{6}", "A region code has 6 digits.")
    level = fields.String(validate=validate.OneOf(["province", "city", "county"]))
    per_page = fields.Integer(load_default=100, validate=validate.Range(min=1, max=500))


class IndustrySchema(ma.Schema):
    code = fields.String()
    name = fields.String()
    level = fields.String()
    parent_code = fields.String(allow_none=True)
    section = fields.String()


class IndustryQuery(PageArgs):
    parent = fields.String(validate=validate.Length(min=1, max=4))
    level = fields.String(validate=validate.OneOf(["section", "division", "group", "class"]))
    per_page = fields.Integer(load_default=100, validate=validate.Range(min=1, max=500))


class SkillRefSchema(ma.Schema):
    name = fields.String()
    category = fields.String()


class MajorSkillSchema(ma.Schema):
    name = fields.Function(lambda ms: ms.skill.name)
    category = fields.Function(lambda ms: ms.skill.category)
    weight = fields.Float()


class MajorSchema(ma.Schema):
    code = fields.String()
    name = fields.String()
    level = fields.String()
    category_code = fields.String()
    category_name = fields.String()
    class_code = fields.String()
    class_name = fields.String()
    national_control = fields.Boolean()
    score = fields.Float(metadata={"description": "Fuzzy-match score (0–100) when searching with q."})


class MajorDetailSchema(MajorSchema):
    skills = fields.List(fields.Nested(MajorSkillSchema))
    industries = fields.Function(lambda m: [mi.industry_code for mi in m.industries])


class MajorQuery(PageArgs):
    q = fields.String(validate=validate.Length(min=1, max=64))
    level = fields.String(validate=validate.OneOf([e.value for e in MajorLevel]))
    category_code = s.code(r"\d{2}", "A category code has 2 digits.")


class SkillSchema(ma.Schema):
    id = fields.Integer()
    name = fields.String()
    category = fields.String()
    verified = fields.Boolean()
    aliases = fields.Function(lambda s: [a.alias for a in s.aliases])
    score = fields.Float(metadata={"description": "Fuzzy-match score (0–100) when searching with q."})


class SkillQuery(PageArgs):
    q = fields.String(validate=validate.Length(min=1, max=64))
    category = fields.String(validate=validate.OneOf([e.value for e in SkillCategory]))
    verified = fields.Boolean()
