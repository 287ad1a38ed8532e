"""Schemas of skill extraction and major recommendation."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import ValidationError, fields, validate, validates

from matchmaker import schemas as s
from matchmaker.http import PageArgs
from matchmaker.reference.schemas import MajorSchema

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
    industries = fields.List(
        s.industry_code,
        validate=validate.Length(max=5),
        load_default=list,
        metadata={"description": "GB/T 4754 divisions the employer works in (a posting's industry_code)."},
    )
    level = fields.String(validate=validate.OneOf(["secondary", "higher", "undergraduate"]))
    limit = s.integer(1, 50, load_default=10)

    @validates("description")
    def _description(self, value: str, **_) -> None:
        if len(value) > MAX_TEXT_CHARS:
            raise ValidationError(f"At most {MAX_TEXT_CHARS} characters.")


class MatchedSkill(ma.Schema):
    skill = fields.String()
    major_weight = fields.Float()


class MajorRefSchema(MajorSchema):
    """A major named in an explanation: the catalog's major, by code, name and level."""

    class Meta:
        fields = ("code", "name", "level")


class Explanation(ma.Schema):
    coverage = fields.Float(
        metadata={"description": "Share of the job's weighted skill demand the major covers."}
    )
    focus = fields.Float(metadata={"description": "Share of the major's own profile the job uses."})
    title_fit = fields.Float(
        metadata={
            "description": "How well the title names one of the major's job roles, or the employer's "
            "trade's name for a job every trade has (客服专员 at a fund house: 金融客服)."
        }
    )
    title_match = fields.String(allow_none=True)
    title_via = fields.Nested(
        MajorRefSchema,
        allow_none=True,
        metadata={
            "description": "When no major at the level asked lists the title's role: the other level's "
            "major that does (快递分拣员 is a 中职 邮政快递运营 post); this major is its counterpart."
        },
    )
    field_fit = fields.Float(
        metadata={"description": "Whether the ad's degree line names the major's field (相关专业优先)."}
    )
    field_match = fields.String(allow_none=True)
    industry_fit = fields.Float(
        metadata={"description": "Whether the major's graduates serve a division the employer works in."}
    )
    industry_match = fields.String(allow_none=True)
    contributions = fields.Dict(keys=fields.String(), values=fields.Float())
    matched_skills = fields.List(fields.Nested(MatchedSkill))
    industries = fields.List(fields.String())


class RecommendedMajor(ma.Schema):
    code = fields.String()
    name = fields.String()
    level = fields.String()
    score = fields.Float()
    explanation = fields.Nested(Explanation)


class RankedLevel(ma.Schema):
    level = fields.String(
        allow_none=True, metadata={"description": "The level ranked at; null when every level was."}
    )
    source = fields.String(
        allow_none=True,
        data_key="from",
        metadata={"description": "request (asked for), description (the ad's degree line), or null."},
    )
    evidence = fields.String(
        allow_none=True, metadata={"description": "The degree line that set the level (大专及以上学历)."}
    )


class RecommendResponse(ma.Schema):
    level = fields.Nested(RankedLevel)
    unrecognised_skills = fields.List(
        fields.String(),
        metadata={"description": "Skills given that the vocabulary does not know; they did not count."},
    )
    majors = fields.List(fields.Nested(RecommendedMajor))


# --- match runs and recommendations ----------------------------------------------------------------


class MatchRunCreate(s.Strict):
    region_code = s.code(r"^\d{6}$", "A region code has 6 digits (GB/T 2260).", required=True)
    min_score = fields.Float(validate=validate.Range(min=0, max=100))
    per_posting = s.integer(1, 100)
    cohort_year = s.integer(2000, 2100)


class MatchRunSchema(s.VersionedOut):
    id = fields.Integer()
    region_code = fields.String()
    status = fields.String()
    stage = fields.String()
    progress = fields.Float()
    params = fields.Dict()
    stats = fields.Dict()
    timings = fields.Dict(
        metadata={"description": "Seconds per stage: load, candidates_scoring, allocation, write."}
    )
    error = fields.String(allow_none=True)
    started_at = fields.DateTime(allow_none=True)
    finished_at = fields.DateTime(allow_none=True)


class AllocationSchema(ma.Schema):
    posting_id = fields.Integer()
    program_id = fields.Integer()
    seats = fields.Integer()
    score = fields.Float()
    fixed = fields.Boolean(metadata={"description": "Seats of an accepted agreement, honoured as given."})


class UnallocatedSchema(ma.Schema):
    posting_id = fields.Integer()
    seats = fields.Integer()
    reason = fields.String(metadata={"description": "no_candidate | capacity_taken"})
    detail = fields.String()
    taken_by = fields.List(fields.Integer(), metadata={"description": "Postings that took the capacity."})


class AllocationQuery(PageArgs):
    posting_id = s.integer(1, s.MAX_ROW_ID, strict=False)
    program_id = s.integer(1, s.MAX_ROW_ID, strict=False)


class MatchesQuery(s.Strict):
    limit = s.integer(1, 50, load_default=10, strict=False)
    min_score = fields.Float(load_default=0.0, validate=validate.Range(min=0, max=100))
    level = fields.String(validate=validate.OneOf(["secondary", "higher", "undergraduate"]))
    region = s.code(r"^\d{6}$", "A region code has 6 digits.")
    cohort_year = s.integer(2000, 2100, strict=False)


class MatchExplanation(ma.Schema):
    contributions = fields.Dict(keys=fields.String(), values=fields.Float())
    matched_skills = fields.List(fields.Dict())
    missing_required = fields.List(fields.String())
    region = fields.String()


class ProgramMatch(ma.Schema):
    program_id = fields.Integer()
    score = fields.Float()
    explanation = fields.Nested(MatchExplanation)


class PostingMatch(ma.Schema):
    posting_id = fields.Integer()
    score = fields.Float()
    explanation = fields.Nested(MatchExplanation)


class ProgramMatches(ma.Schema):
    posting_id = fields.Integer()
    matches = fields.List(fields.Nested(ProgramMatch))


class PostingMatches(ma.Schema):
    program_id = fields.Integer()
    matches = fields.List(fields.Nested(PostingMatch))
