"""Report, policy and indicator endpoints; public report pages."""

from __future__ import annotations

from flask import Response, render_template, url_for
from flask.views import MethodView

from matchmaker.auth.permissions import login_required, require_user
from matchmaker.errors import NotFound
from matchmaker.http import API_PREFIX, Blueprint, check_if_match, page_of, with_etag
from matchmaker.jobs import enqueue
from matchmaker.reports import service
from matchmaker.reports.regions import get_policy, indicators, put_policy, region_metrics
from matchmaker.reports.schemas import (
    ExportQuery,
    PeriodQuery,
    PolicyIn,
    PolicySchema,
    PublicQuery,
    ReportCreate,
    ReportQuery,
    ReportSchema,
    ReportSummary,
    ReportUpdate,
)
from matchmaker.transactions import on_commit

blp = Blueprint(
    "reports", __name__, url_prefix=API_PREFIX, description="Reports, region policy and indicators."
)
pages = Blueprint("public_pages", __name__, url_prefix="/public")


@blp.route("/reports")
class Reports(MethodView):
    decorators = [login_required]

    @blp.arguments(ReportQuery, location="query")
    @blp.response(200, page_of(ReportSummary))
    def get(self, args):
        """Reports of your region (bureau) or all (operator), every status."""
        return service.list_reports(require_user(), args)

    @blp.arguments(ReportCreate)
    @blp.response(202, ReportSchema)
    def post(self, data):
        """Build a report: 202 now; GET it for its status (queued → running → draft)."""
        report = service.create_report(require_user(), data)
        report_id = report.id
        on_commit(lambda: enqueue("reports", "matchmaker.reports.service.build_job", report_id))
        return report, 202, {"Location": url_for("reports.ReportDetail", report_id=report_id)}


@blp.route("/reports/<int:report_id>")
class ReportDetail(MethodView):
    decorators = [login_required]

    @blp.response(200, ReportSchema)
    def get(self, report_id):
        """One report with its data, method version, thresholds and data time."""
        return with_etag(service.get_report(require_user(), report_id))

    @blp.arguments(ReportUpdate)
    @blp.response(200, ReportSchema)
    def patch(self, data, report_id):
        """Change a draft's notes; a published report is frozen (409)."""
        user = require_user()
        report = service.get_report(user, report_id)
        check_if_match(report)
        return with_etag(service.update_report(user, report, data))

    @blp.response(204)
    def delete(self, report_id):
        """Delete a draft; a published report stays (409)."""
        user = require_user()
        report = service.get_report(user, report_id)
        check_if_match(report)
        service.delete_report(user, report)


@blp.route("/reports/<int:report_id>/publish")
class ReportPublish(MethodView):
    decorators = [login_required]

    @blp.response(200, ReportSchema)
    def post(self, report_id):
        """Publish a draft: data and rendered files frozen with a sha256; it supersedes the last one."""
        user = require_user()
        report = service.get_report(user, report_id)
        check_if_match(report)
        return with_etag(service.publish(user, report))


def _file(report, fmt: str) -> Response:
    body, mimetype, ext = service.export(report, fmt)
    disposition = "inline" if fmt in ("html", "json") else "attachment"
    return Response(
        body,
        mimetype=mimetype,
        headers={"Content-Disposition": f'{disposition}; filename="{service.filename(report, ext)}"'},
    )


@blp.route("/reports/<int:report_id>/export")
class ReportExport(MethodView):
    decorators = [login_required]

    @blp.arguments(ExportQuery, location="query")
    @blp.response(200)
    def get(self, args, report_id):
        """The report as JSON, CSV (with BOM), XLSX or a printable HTML page with charts."""
        return _file(service.get_report(require_user(), report_id), args["format"])


@blp.route("/public/reports")
class PublicReports(MethodView):
    @blp.arguments(PublicQuery, location="query")
    @blp.response(200, page_of(ReportSummary))
    @blp.doc(security=[])
    def get(self, args):
        """Published reports (no account needed); superseded versions on request."""
        return service.public_list(args)


@blp.route("/public/reports/<int:report_id>")
class PublicReport(MethodView):
    @blp.response(200)
    @blp.doc(security=[])
    def get(self, report_id):
        """A published report's frozen document (JSON)."""
        return service.public_document(report_id)


@blp.route("/public/reports/<int:report_id>/export")
class PublicReportExport(MethodView):
    @blp.arguments(ExportQuery, location="query")
    @blp.response(200)
    @blp.doc(security=[])
    def get(self, args, report_id):
        """A published report's frozen file."""
        return _file(service.public_get(report_id), args["format"])


@blp.route("/regions/<string:code>/policy")
class RegionPolicyView(MethodView):
    @blp.response(200, PolicySchema)
    @blp.doc(security=[])
    def get(self, code):
        """A region's policy: its own settings, the effective (inherited) ones, and their sources."""
        return get_policy(code)

    @blp.arguments(PolicyIn)
    @blp.response(200, PolicySchema)
    def put(self, data, code):
        """Set a region's policy (its bureau or the operator); honours If-Match."""
        return put_policy(require_user(), code, data)


@blp.route("/regions/<string:code>/indicators")
class RegionIndicators(MethodView):
    @blp.arguments(PeriodQuery, location="query")
    @blp.response(200)
    @blp.doc(security=[])
    def get(self, args, code):
        """Live indicators against the region's policy targets (双师型, 学徒制 coverage, SOE quota)."""
        return indicators(code, args["period"])


@blp.route("/regions/<string:code>/metrics")
class RegionMetrics(MethodView):
    @blp.arguments(PeriodQuery, location="query")
    @blp.response(200)
    @blp.doc(security=[])
    def get(self, args, code):
        """Per child region: demand, supply and fit ratio — ready for a map to colour."""
        return region_metrics(code, args["period"])


@pages.get("/reports")
def public_reports_page():
    listing = service.public_list({"page": 1, "per_page": 100})
    return render_template("reports/public_list.html", reports=listing["items"])


@pages.get("/reports/<int:report_id>")
def public_report_page(report_id: int):
    try:
        report = service.public_get(report_id)
    except NotFound:
        return render_template("reports/not_found.html"), 404
    body, mimetype, _ = service.export(report, "html")
    return Response(body, mimetype=mimetype)
