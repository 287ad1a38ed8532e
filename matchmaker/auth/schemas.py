"""Schemas of the auth endpoints."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from matchmaker.schemas import Strict


class TokenRequest(Strict):
    username = fields.String(required=True, validate=validate.Length(min=1, max=64))
    password = fields.String(required=True, validate=validate.Length(min=1, max=256), load_only=True)


class TokenResponse(ma.Schema):
    access_token = fields.String()
    token_type = fields.String()
    expires_in = fields.Integer()


class MeSchema(ma.Schema):
    id = fields.Integer()
    username = fields.String()
    role = fields.String()
    enterprise_id = fields.Integer(allow_none=True)
    school_id = fields.Integer(allow_none=True)
    region_code = fields.String(allow_none=True)
