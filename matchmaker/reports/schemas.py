"""Schemas of reports, region policy and indicators."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import ValidationError, fields, validate, validates_schema

from matchmaker import schemas as s
from matchmaker.http import PageArgs
from matchmaker.reports.compute import periods
from matchmaker.reports.models import ReportKind, ReportStatus

KINDS = [k.value for k in ReportKind]
PERIOD = s.Exactly(periods.LABEL.pattern, error="Use YYYY, YYYY-H1, YYYY-Q3 or YYYY-MM (years 1900–2199).")


class ReportCreate(s.Strict):
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    region_code = s.code(r"^\d{6}$", "A region code has 6 digits (GB/T 2260).", required=True)
    period = fields.String(required=True, validate=PERIOD)
    notes = fields.String(load_default="", validate=validate.Length(max=2000))


class ReportUpdate(s.Strict):
    notes = fields.String(required=True, validate=validate.Length(max=2000))


class ReportSchema(s.VersionedOut):
    id = fields.Integer()
    kind = fields.String()
    region_code = fields.String()
    period = fields.String()
    edition = fields.Integer(metadata={"description": "Report version n for this kind, region and period."})
    status = fields.String()
    method_version = fields.String(allow_none=True)
    thresholds = fields.Dict()
    data_as_of = fields.DateTime(allow_none=True)
    generated_at = fields.DateTime(allow_none=True)
    published_at = fields.DateTime(allow_none=True)
    checksum = fields.String(allow_none=True)
    superseded_by = fields.Integer(allow_none=True)
    error = fields.String(allow_none=True)
    notes = fields.String()
    data = fields.Dict(allow_none=True)


class ReportSummary(ReportSchema):
    class Meta:
        exclude = ("data", "thresholds", "error")


class ReportQuery(PageArgs):
    kind = fields.String(validate=validate.OneOf(KINDS))
    status = fields.String(validate=validate.OneOf([k.value for k in ReportStatus]))
    period = fields.String(validate=PERIOD)
    region_code = s.code(r"^\d{6}$", "A region code has 6 digits.")


class PublicQuery(PageArgs):
    kind = fields.String(validate=validate.OneOf(KINDS))
    period = fields.String(validate=PERIOD)
    region_code = s.code(r"^\d{6}$", "A region code has 6 digits.")
    include_superseded = fields.Boolean(load_default=False)


class ExportQuery(s.Strict):
    format = fields.String(load_default="json", validate=validate.OneOf(["json", "csv", "xlsx", "html"]))


ratio = fields.Float(validate=validate.Range(min=0, max=1))


class ThresholdsIn(s.Strict):
    gap_min_demand = fields.Float(validate=validate.Range(min=0, max=1_000_000))
    red_fit_ratio = fields.Float(validate=validate.Range(min=0, max=100))
    red_employment_rate = ratio
    yellow_fit_ratio = fields.Float(validate=validate.Range(min=0, max=100))
    yellow_employment_rate = ratio
    shortage_fit_ratio = fields.Float(validate=validate.Range(min=0, max=100))
    attribution_min_score = fields.Float(validate=validate.Range(min=0, max=100))
    attribution_top = s.integer(1, 10)

    @validates_schema
    def _ordered(self, data, **_) -> None:
        """Red must be stricter than yellow, and shortage above yellow, or levels make no sense."""
        rules = (
            ("red_fit_ratio", "yellow_fit_ratio", "red_fit_ratio must not exceed yellow_fit_ratio."),
            (
                "red_employment_rate",
                "yellow_employment_rate",
                "red_employment_rate must not exceed yellow_employment_rate.",
            ),
        )
        for low, high, message in rules:
            if data.get(low) is not None and data.get(high) is not None and data[low] > data[high]:
                raise ValidationError(message, low)
        yellow, shortage = data.get("yellow_fit_ratio"), data.get("shortage_fit_ratio")
        if yellow is not None and shortage is not None and shortage <= yellow:
            raise ValidationError("shortage_fit_ratio must exceed yellow_fit_ratio.", "shortage_fit_ratio")


class TargetsIn(s.Strict):
    dual_qualified_ratio = ratio
    apprenticeship_coverage = ratio
    soe_apprenticeship_quota = ratio


class PolicyIn(s.Strict):
    thresholds = fields.Nested(ThresholdsIn)
    targets = fields.Nested(TargetsIn)
    priority_industries = fields.List(
        s.code(r"^\d{2}$", "A division code has 2 digits."), validate=validate.Length(max=97)
    )
    priority_industry_names = fields.List(s.text(64), validate=validate.Length(max=50))
    shortage_fields = fields.List(s.text(64), validate=validate.Length(max=50))
    employment_kinds = fields.List(
        fields.String(validate=validate.OneOf(["hiring", "apprenticeship", "internship", "order_class"])),
        validate=validate.Length(min=1, max=4),
    )


class PolicySchema(ma.Schema):
    region_code = fields.String()
    settings = fields.Dict(metadata={"description": "This region's own settings."})
    effective = fields.Dict(
        metadata={"description": "What reports use: inherited, overridden, defaults filled in."}
    )
    inherited_from = fields.Dict(
        metadata={"description": "For each effective setting, the region it comes from."}
    )
    sources = fields.List(fields.Dict())
    version = fields.Integer(allow_none=True)


class PeriodQuery(s.Strict):
    period = fields.String(required=True, validate=PERIOD)
