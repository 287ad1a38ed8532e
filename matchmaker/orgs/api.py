"""Enterprise and school endpoints: parse, call one service function, dump."""

from __future__ import annotations

from flask.views import MethodView

from matchmaker.auth.permissions import login_required, require_user
from matchmaker.http import API_PREFIX, Blueprint, check_if_match, page_of, with_etag
from matchmaker.orgs import service
from matchmaker.orgs.schemas import (
    EnterpriseCreate,
    EnterpriseQuery,
    EnterpriseSchema,
    EnterpriseUpdate,
    SchoolCreate,
    SchoolQuery,
    SchoolSchema,
    SchoolUpdate,
)

enterprises = Blueprint(
    "enterprises", __name__, url_prefix=f"{API_PREFIX}/enterprises", description="Enterprises."
)
schools = Blueprint("schools", __name__, url_prefix=f"{API_PREFIX}/schools", description="Schools.")


@enterprises.route("")
class EnterpriseList(MethodView):
    decorators = [login_required]

    @enterprises.arguments(EnterpriseQuery, location="query")
    @enterprises.response(200, page_of(EnterpriseSchema))
    def get(self, args):
        """Enterprises (a bureau sees those of its region)."""
        return service.list_enterprises(require_user(), args)

    @enterprises.arguments(EnterpriseCreate)
    @enterprises.response(201, EnterpriseSchema)
    def post(self, data):
        """Register an enterprise (platform operator)."""
        return with_etag(service.create_enterprise(require_user(), data), 201)


@enterprises.route("/<int:enterprise_id>")
class EnterpriseDetail(MethodView):
    decorators = [login_required]

    @enterprises.response(200, EnterpriseSchema)
    def get(self, enterprise_id):
        """One enterprise."""
        return with_etag(service.get_enterprise(require_user(), enterprise_id))

    @enterprises.arguments(EnterpriseUpdate)
    @enterprises.response(200, EnterpriseSchema)
    def patch(self, data, enterprise_id):
        """Change an enterprise (its own staff or the operator); honours If-Match."""
        user = require_user()
        enterprise = service.get_enterprise(user, enterprise_id)
        check_if_match(enterprise)
        return with_etag(service.update_enterprise(user, enterprise, data))

    @enterprises.response(204)
    def delete(self, enterprise_id):
        """Remove an enterprise with no postings or accounts (operator)."""
        user = require_user()
        enterprise = service.get_enterprise(user, enterprise_id)
        check_if_match(enterprise)
        service.delete_enterprise(user, enterprise)


@schools.route("")
class SchoolList(MethodView):
    decorators = [login_required]

    @schools.arguments(SchoolQuery, location="query")
    @schools.response(200, page_of(SchoolSchema))
    def get(self, args):
        """Schools (a bureau sees those of its region)."""
        return service.list_schools(require_user(), args)

    @schools.arguments(SchoolCreate)
    @schools.response(201, SchoolSchema)
    def post(self, data):
        """Register a school (platform operator)."""
        return with_etag(service.create_school(require_user(), data), 201)


@schools.route("/<int:school_id>")
class SchoolDetail(MethodView):
    decorators = [login_required]

    @schools.response(200, SchoolSchema)
    def get(self, school_id):
        """One school."""
        return with_etag(service.get_school(require_user(), school_id))

    @schools.arguments(SchoolUpdate)
    @schools.response(200, SchoolSchema)
    def patch(self, data, school_id):
        """Change a school (its own staff or the operator); honours If-Match."""
        user = require_user()
        school = service.get_school(user, school_id)
        check_if_match(school)
        return with_etag(service.update_school(user, school, data))

    @schools.response(204)
    def delete(self, school_id):
        """Remove a school with no programs or accounts (operator)."""
        user = require_user()
        school = service.get_school(user, school_id)
        check_if_match(school)
        service.delete_school(user, school)
