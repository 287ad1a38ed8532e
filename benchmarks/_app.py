"""The real app for a benchmark, on a database migrated and seeded here: DATABASE_URL when set (give
it a database of its own, the benchmarks add rows), else a SQLite file in a directory of the caller's."""

from __future__ import annotations

import os

from _seeds import ROOT  # also puts the repo on sys.path
from flask import Flask

from matchmaker import create_app


def seeded_app(directory: str, *, demo: bool = False) -> tuple[Flask, str]:
    """(app, database URL) with the reference data seeded, and the demo dataset loaded if asked."""
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{directory}/bench.sqlite3"
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url.replace("postgresql://", "postgresql+psycopg://", 1),
            "REDIS_URL": None,
            "RATELIMIT_ENABLED": False,
        }
    )
    with app.app_context():
        from flask_migrate import upgrade

        from matchmaker.demo import load_demo
        from matchmaker.extensions import db
        from matchmaker.reference.seed import seed_reference

        upgrade(directory=str(ROOT / "migrations"))
        seed_reference()
        db.session.commit()
        if demo:
            load_demo()
            db.session.commit()
    return app, url
