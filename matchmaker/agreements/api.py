"""Agreement endpoints."""

from __future__ import annotations

from flask.views import MethodView

from matchmaker.agreements import service
from matchmaker.agreements.schemas import AgreementAnswer, AgreementCreate, AgreementQuery, AgreementSchema
from matchmaker.auth.permissions import login_required, require_user
from matchmaker.http import API_PREFIX, Blueprint, check_if_match, page_of, with_etag

blp = Blueprint(
    "agreements", __name__, url_prefix=f"{API_PREFIX}/agreements", description="Agreements (校企合作意向)."
)


@blp.route("")
class AgreementList(MethodView):
    decorators = [login_required]

    @blp.arguments(AgreementQuery, location="query")
    @blp.response(200, page_of(AgreementSchema))
    def get(self, args):
        """Agreements you are a party to (a bureau: its region's)."""
        return service.list_agreements(require_user(), args)

    @blp.arguments(AgreementCreate)
    @blp.response(201, AgreementSchema)
    def post(self, data):
        """Propose seats of a posting for a program; the other side accepts or declines."""
        return with_etag(service.propose(require_user(), data), 201)


@blp.route("/<int:agreement_id>")
class AgreementDetail(MethodView):
    decorators = [login_required]

    @blp.response(200, AgreementSchema)
    def get(self, agreement_id):
        """One agreement."""
        return with_etag(service.get_agreement(require_user(), agreement_id))


def _action(name: str, doc: str):
    action = getattr(service, name)

    @blp.arguments(AgreementAnswer, required=False)
    @blp.response(200, AgreementSchema)
    def post(self, data, agreement_id):
        user = require_user()
        agreement = service.get_agreement(user, agreement_id)
        check_if_match(agreement)
        return with_etag(action(user, agreement, (data or {}).get("note")))

    post.__doc__ = doc
    return type(f"Agreement{name.title()}", (MethodView,), {"post": post, "decorators": [login_required]})


for _name, _doc in (
    ("accept", "Accept a pending agreement (the other side); never beyond either side's capacity."),
    ("decline", "Decline a pending agreement (the other side)."),
    ("withdraw", "Withdraw a pending agreement (the proposing side)."),
):
    blp.route(f"/<int:agreement_id>/{_name}", endpoint=f"agreement_{_name}")(_action(_name, _doc))
