"""Schemas of agreements."""

from __future__ import annotations

from marshmallow import fields, validate

from matchmaker import schemas as s
from matchmaker.agreements.models import AgreementStatus
from matchmaker.http import PageArgs


class AgreementCreate(s.Strict):
    posting_id = s.integer(1, s.MAX_ROW_ID, required=True)
    program_id = s.integer(1, s.MAX_ROW_ID, required=True)
    seats = s.integer(1, 100_000, required=True)
    note = fields.String(load_default="", validate=validate.Length(max=500))


class AgreementAnswer(s.Strict):
    note = fields.String(validate=validate.Length(max=500))


class AgreementSchema(s.VersionedOut):
    id = fields.Integer()
    posting_id = fields.Integer()
    program_id = fields.Integer()
    enterprise_id = fields.Function(lambda a: a.posting.enterprise_id)
    school_id = fields.Function(lambda a: a.program.school_id)
    seats = fields.Integer()
    status = fields.String()
    proposed_by = fields.String()
    responded_at = fields.DateTime(allow_none=True)
    note = fields.String()


class AgreementQuery(PageArgs):
    status = fields.String(validate=validate.OneOf([e.value for e in AgreementStatus]))
    posting_id = s.integer(1, s.MAX_ROW_ID, strict=False)
    program_id = s.integer(1, s.MAX_ROW_ID, strict=False)
