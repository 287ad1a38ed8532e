"""Program endpoints."""

from __future__ import annotations

from flask.views import MethodView

from matchmaker.auth.permissions import login_required, require_user
from matchmaker.http import API_PREFIX, Blueprint, check_if_match, page_of, with_etag
from matchmaker.imports import ImportForm, ImportResult, run_import
from matchmaker.programs import service
from matchmaker.programs.importer import PROGRAM_COLUMNS, import_programs
from matchmaker.programs.schemas import ProgramCreate, ProgramQuery, ProgramSchema, ProgramUpdate

blp = Blueprint("programs", __name__, url_prefix=f"{API_PREFIX}/programs", description="Programs (专业点).")


@blp.route("")
class ProgramList(MethodView):
    decorators = [login_required]

    @blp.arguments(ProgramQuery, location="query")
    @blp.response(200, page_of(ProgramSchema))
    def get(self, args):
        """Programs (a bureau sees those of its region's schools)."""
        return service.list_programs(require_user(), args)

    @blp.arguments(ProgramCreate)
    @blp.response(201, ProgramSchema)
    def post(self, data):
        """Add a program to the caller's school."""
        return with_etag(service.create_program(require_user(), data), 201)


@blp.route("/import")
class ProgramImport(MethodView):
    decorators = [login_required]

    @blp.arguments(ImportForm, location="files")
    @blp.response(201, ImportResult)
    def post(self, files):
        """Bulk-import programs from CSV or XLSX: all rows land, or none (422 lists every bad row)."""
        user = require_user()
        service.require_school_or_admin(user)  # before the file is read: 403, not 422 per row
        return run_import(files, PROGRAM_COLUMNS, lambda rows: import_programs(user, rows))


@blp.route("/<int:program_id>")
class ProgramDetail(MethodView):
    decorators = [login_required]

    @blp.response(200, ProgramSchema)
    def get(self, program_id):
        """One program."""
        return with_etag(service.get_program(require_user(), program_id))

    @blp.arguments(ProgramUpdate)
    @blp.response(200, ProgramSchema)
    def patch(self, data, program_id):
        """Change a program (its school or the operator); honours If-Match."""
        user = require_user()
        program = service.get_program(user, program_id)
        check_if_match(program)
        return with_etag(service.update_program(user, program, data))

    @blp.response(204)
    def delete(self, program_id):
        """Delete a program with no agreements."""
        user = require_user()
        program = service.get_program(user, program_id)
        check_if_match(program)
        service.delete_program(user, program)
