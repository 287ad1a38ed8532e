"""Token and identity endpoints."""

from __future__ import annotations

from flask import current_app
from flask.views import MethodView

from matchmaker.auth import service
from matchmaker.auth.permissions import login_required, require_user
from matchmaker.auth.schemas import MeSchema, TokenRequest, TokenResponse
from matchmaker.extensions import limiter
from matchmaker.http import API_PREFIX, Blueprint

blp = Blueprint("auth", __name__, url_prefix=API_PREFIX, description="Authentication.")


def _auth_limit() -> str:
    return current_app.config["RATELIMIT_AUTH"]


@blp.route("/auth/token")
class Token(MethodView):
    decorators = [limiter.limit(_auth_limit)]

    @blp.arguments(TokenRequest)
    @blp.response(200, TokenResponse)
    @blp.doc(security=[])
    def post(self, data):
        """Exchange a username and password for an expiring bearer token."""
        return service.authenticate(data["username"], data["password"])


@blp.route("/me")
class Me(MethodView):
    decorators = [login_required]

    @blp.response(200, MeSchema)
    def get(self):
        """Who the bearer token belongs to."""
        return require_user()
