"""Posting endpoints."""

from __future__ import annotations

from flask.views import MethodView

from matchmaker.auth.permissions import login_required, require_user
from matchmaker.http import API_PREFIX, Blueprint, check_if_match, page_of, with_etag
from matchmaker.imports import ImportForm, ImportResult, run_import
from matchmaker.postings import service
from matchmaker.postings.importer import POSTING_COLUMNS, import_postings
from matchmaker.postings.schemas import PostingCreate, PostingQuery, PostingSchema, PostingUpdate

blp = Blueprint("postings", __name__, url_prefix=f"{API_PREFIX}/postings", description="Postings.")


@blp.route("")
class PostingList(MethodView):
    decorators = [login_required]

    @blp.arguments(PostingQuery, location="query")
    @blp.response(200, page_of(PostingSchema))
    def get(self, args):
        """Postings: your own, others' open ones; a bureau sees its region's."""
        return service.list_postings(require_user(), args)

    @blp.arguments(PostingCreate)
    @blp.response(201, PostingSchema)
    def post(self, data):
        """Create a posting for the caller's enterprise (draft unless status says open)."""
        return with_etag(service.create_posting(require_user(), data), 201)


@blp.route("/import")
class PostingImport(MethodView):
    decorators = [login_required]

    @blp.arguments(ImportForm, location="files")
    @blp.response(201, ImportResult)
    def post(self, files):
        """Bulk-import postings from CSV or XLSX: all rows land, or none (422 lists every bad row)."""
        user = require_user()
        service.require_poster(user)  # before the file is read: a bureau is told 403, not 422 per row
        return run_import(files, POSTING_COLUMNS, lambda rows: import_postings(user, rows))


@blp.route("/<int:posting_id>")
class PostingDetail(MethodView):
    decorators = [login_required]

    @blp.response(200, PostingSchema)
    def get(self, posting_id):
        """One posting."""
        return with_etag(service.get_posting(require_user(), posting_id))

    @blp.arguments(PostingUpdate)
    @blp.response(200, PostingSchema)
    def patch(self, data, posting_id):
        """Change a posting (its enterprise or the operator); honours If-Match."""
        user = require_user()
        posting = service.get_posting(user, posting_id)
        check_if_match(posting)
        return with_etag(service.update_posting(user, posting, data))

    @blp.response(204)
    def delete(self, posting_id):
        """Delete a posting with no agreements (close it otherwise)."""
        user = require_user()
        posting = service.get_posting(user, posting_id)
        check_if_match(posting)
        service.delete_posting(user, posting)
