"""Reference data endpoints: regions, industries, majors, skills. Readable by anyone."""

from __future__ import annotations

import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from matchmaker.errors import NotFound
from matchmaker.extensions import db
from matchmaker.http import API_PREFIX, page_of, paginate
from matchmaker.reference import service
from matchmaker.reference.models import Industry, Major, Region, Skill
from matchmaker.reference.schemas import (
    IndustryQuery,
    IndustrySchema,
    MajorDetailSchema,
    MajorQuery,
    MajorSchema,
    RegionQuery,
    RegionSchema,
    SkillQuery,
    SkillSchema,
)

blp = Blueprint("reference", __name__, url_prefix=API_PREFIX, description="Reference data (public).")


@blp.route("/regions")
class Regions(MethodView):
    @blp.arguments(RegionQuery, location="query")
    @blp.response(200, page_of(RegionSchema))
    @blp.doc(security=[])
    def get(self, args):
        """Regions (GB/T 2260, NBS 2023), filtered by parent or level."""
        query = sa.select(Region).order_by(Region.code)
        if "parent" in args:
            query = query.where(Region.parent_code == args["parent"])
        if "level" in args:
            query = query.where(Region.level == args["level"])
        return paginate(query, args)


@blp.route("/regions/<string:code>")
class RegionDetail(MethodView):
    @blp.response(200, RegionSchema)
    @blp.doc(security=[])
    def get(self, code):
        """One region."""
        region = db.session.get(Region, code)
        if region is None:
            raise NotFound(f"No region with code {code}.")
        return region


@blp.route("/industries")
class Industries(MethodView):
    @blp.arguments(IndustryQuery, location="query")
    @blp.response(200, page_of(IndustrySchema))
    @blp.doc(security=[])
    def get(self, args):
        """Industries (GB/T 4754-2017): sections, divisions, groups and classes."""
        query = sa.select(Industry).order_by(Industry.code)
        if "parent" in args:
            query = query.where(Industry.parent_code == args["parent"])
        if "level" in args:
            query = query.where(Industry.level == args["level"])
        return paginate(query, args)


@blp.route("/industries/<string:code>")
class IndustryDetail(MethodView):
    @blp.response(200, IndustrySchema)
    @blp.doc(security=[])
    def get(self, code):
        """One industry."""
        industry = db.session.get(Industry, code)
        if industry is None:
            raise NotFound(f"No industry with code {code}.")
        return industry


@blp.route("/majors")
class Majors(MethodView):
    @blp.arguments(MajorQuery, location="query")
    @blp.response(200, page_of(MajorSchema))
    @blp.doc(security=[])
    def get(self, args):
        """Majors of the 2021 catalog; ``q`` searches names fuzzily and ranks by score."""
        return service.search_majors(args)


@blp.route("/majors/<string:code>")
class MajorDetail(MethodView):
    @blp.response(200, MajorDetailSchema)
    @blp.doc(security=[])
    def get(self, code):
        """One major with its skill profile and industries."""
        major = db.session.get(Major, code)
        if major is None:
            raise NotFound(f"No major with code {code}.")
        return major


@blp.route("/skills")
class Skills(MethodView):
    @blp.arguments(SkillQuery, location="query")
    @blp.response(200, page_of(SkillSchema))
    @blp.doc(security=[])
    def get(self, args):
        """Skills of the taxonomy; ``q`` searches names and aliases fuzzily."""
        return service.search_skills(args)


@blp.route("/skills/<int:skill_id>")
class SkillDetail(MethodView):
    @blp.response(200, SkillSchema)
    @blp.doc(security=[])
    def get(self, skill_id):
        """One skill with its aliases."""
        skill = db.session.get(Skill, skill_id)
        if skill is None:
            raise NotFound(f"No skill with id {skill_id}.")
        return skill
