"""Match run and recommendation endpoints."""

from __future__ import annotations

from flask import url_for
from flask.views import MethodView

from matchmaker.auth.permissions import login_required, require_user
from matchmaker.http import API_PREFIX, Blueprint, PageArgs, page_of
from matchmaker.jobs import enqueue
from matchmaker.matching import matches, runs
from matchmaker.matching.schemas import (
    AllocationQuery,
    AllocationSchema,
    MatchesQuery,
    MatchRunCreate,
    MatchRunSchema,
    PostingMatches,
    ProgramMatches,
    UnallocatedSchema,
)
from matchmaker.postings.service import get_posting
from matchmaker.programs.service import get_program
from matchmaker.transactions import on_commit

blp = Blueprint("match_runs", __name__, url_prefix=API_PREFIX, description="Match runs and recommendations.")


@blp.route("/match-runs")
class MatchRuns(MethodView):
    decorators = [login_required]

    @blp.arguments(PageArgs, location="query")
    @blp.response(200, page_of(MatchRunSchema))
    def get(self, args):
        """Match runs (a bureau sees its region's)."""
        return runs.list_runs(require_user(), args)

    @blp.arguments(MatchRunCreate)
    @blp.response(202, MatchRunSchema)
    def post(self, data):
        """Start a batch match run of a region: 202 now, GET the run for its status."""
        run = runs.create_run(require_user(), data)
        run_id = run.id
        on_commit(lambda: enqueue("matching", "matchmaker.matching.runs.run_job", run_id))
        return run, 202, {"Location": url_for("match_runs.MatchRunDetail", run_id=run_id)}


@blp.route("/match-runs/<int:run_id>")
class MatchRunDetail(MethodView):
    decorators = [login_required]

    @blp.response(200, MatchRunSchema)
    def get(self, run_id):
        """One match run: status, stage, progress, statistics and per-stage timings."""
        return runs.get_run(require_user(), run_id)


@blp.route("/match-runs/<int:run_id>/allocations")
class MatchRunAllocations(MethodView):
    decorators = [login_required]

    @blp.arguments(AllocationQuery, location="query")
    @blp.response(200, page_of(AllocationSchema))
    def get(self, args, run_id):
        """The seats a run allocated (fixed ones are accepted agreements)."""
        return runs.list_allocations(runs.get_run(require_user(), run_id), args)


@blp.route("/match-runs/<int:run_id>/unallocated")
class MatchRunUnallocated(MethodView):
    decorators = [login_required]

    @blp.arguments(AllocationQuery, location="query")
    @blp.response(200, page_of(UnallocatedSchema))
    def get(self, args, run_id):
        """The seats a run left unallocated, each with its reason."""
        return runs.list_unallocated(runs.get_run(require_user(), run_id), args)


@blp.route("/postings/<int:posting_id>/matches")
class PostingMatchList(MethodView):
    decorators = [login_required]

    @blp.arguments(MatchesQuery, location="query")
    @blp.response(200, ProgramMatches)
    def get(self, args, posting_id):
        """A posting's best programs, with score and explanation."""
        user = require_user()
        posting = get_posting(user, posting_id)
        return {"posting_id": posting.id, "matches": matches.matches_for_posting(user, posting, args)}


@blp.route("/programs/<int:program_id>/matches")
class ProgramMatchList(MethodView):
    decorators = [login_required]

    @blp.arguments(MatchesQuery, location="query")
    @blp.response(200, PostingMatches)
    def get(self, args, program_id):
        """A program's best open postings, with score and explanation."""
        user = require_user()
        program = get_program(user, program_id)
        return {"program_id": program.id, "matches": matches.matches_for_program(user, program, args)}
