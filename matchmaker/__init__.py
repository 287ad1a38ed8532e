"""matchmaker: the industry–education matching platform's API service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask, send_from_directory

from matchmaker.config import INSTANCE_DIR, Config


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=str(INSTANCE_DIR))
    app.config.from_object(Config())
    if overrides:
        app.config.update(overrides)
    app.json.ensure_ascii = False  # Chinese stays readable and a third smaller on the wire
    app.json.sort_keys = False
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///"):
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    from matchmaker import cache, models  # noqa: F401  (register every table on the metadata)
    from matchmaker.errors import register_error_handlers
    from matchmaker.extensions import db, limiter, migrate
    from matchmaker.http import api, init_http
    from matchmaker.transactions import init_transactions

    db.init_app(app)
    migrate.init_app(app, db, directory=str(Path(__file__).resolve().parent.parent / "migrations"))
    app.config.setdefault("RATELIMIT_STORAGE_URI", app.config.get("REDIS_URL") or "memory://")
    limiter.init_app(app)
    cache.init_app(app)
    init_http(app)
    init_transactions(app)
    api.init_app(app, spec_kwargs=_spec_kwargs())
    _register_blueprints(api)
    register_error_handlers(app)
    _register_docs_assets(app)
    from matchmaker.reports.api import pages

    app.register_blueprint(pages)

    from matchmaker.cli import register_cli

    register_cli(app)
    from matchmaker.jobs import register_worker_command

    register_worker_command(app)
    return app


def _spec_kwargs() -> dict[str, Any]:
    return {
        "info": {
            "description": "产教融合供需对接平台 API: enterprises' demand, schools' programs, matching and "
            "bureau reports. Errors are RFC 9457 problem+json; authenticate with "
            "`POST /api/v1/auth/token` and send `Authorization: Bearer <token>`."
        },
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearerAuth": []}],
    }


def _register_blueprints(api) -> None:
    from matchmaker.agreements.api import blp as agreements
    from matchmaker.auth.api import blp as auth
    from matchmaker.matching.api import blp as matching
    from matchmaker.matching.runs_api import blp as match_runs
    from matchmaker.orgs.api import enterprises, schools
    from matchmaker.postings.api import blp as postings
    from matchmaker.programs.api import blp as programs
    from matchmaker.reference.api import blp as reference
    from matchmaker.reports.api import blp as reports

    for blp in (
        auth,
        reference,
        matching,
        enterprises,
        schools,
        programs,
        postings,
        agreements,
        match_runs,
        reports,
    ):
        api.register_blueprint(blp)


def _register_docs_assets(app: Flask) -> None:
    """Swagger UI's JS and CSS from the installed swagger-ui-bundle package: /docs works offline."""
    import swagger_ui_bundle

    assets = Path(swagger_ui_bundle.swagger_ui_path)

    @app.get("/docs/assets/<path:filename>")
    def swagger_ui_assets(filename: str):
        return send_from_directory(assets, filename, max_age=86400)

    @app.get("/")
    def index():
        return {
            "name": "matchmaker",
            "api": "/api/v1",
            "openapi": "/api/v1/openapi.json",
            "docs": "/docs",
        }
