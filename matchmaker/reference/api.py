"""Reference data endpoints: regions, industries, majors, skills. Readable by anyone."""

from __future__ import annotations

import sqlalchemy as sa
from flask.views import MethodView

from matchmaker.http import API_PREFIX, Blueprint, get_or_404, page_of, paginate
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
        region = get_or_404(Region, code, "region with code")
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
        industry = get_or_404(Industry, code, "industry with code")
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
        major = get_or_404(Major, code, "major with code")
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
        skill = get_or_404(Skill, skill_id, "skill with id")
        return skill
