"""Alembic: an empty database upgrades to head, matches the models exactly, and downgrades to base;
data migrations carry existing rows across."""

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from matchmaker import create_app
from matchmaker.extensions import db

MIGRATIONS = str(Path(__file__).resolve().parent.parent / "migrations")


@pytest.fixture
def empty_database_url(tmp_path):
    url = os.environ.get("DATABASE_URL")
    if not url:
        yield f"sqlite:///{tmp_path / 'migrations.sqlite3'}"
        return
    url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"mm_migrations_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_upgrade_matches_models_and_downgrade_empties(empty_database_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": empty_database_url, "TESTING": True, "REDIS_URL": None})
    with app.app_context():
        upgrade(directory=MIGRATIONS)
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, db.metadata)
        assert diff == [], diff
        downgrade(directory=MIGRATIONS, revision="base")
        with db.engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
        assert tables == set()
        db.session.remove()
        db.engine.dispose()


def test_postings_whose_owner_gave_skills_keep_them_after_the_upgrade(empty_database_url):
    """11d33fb4ea5b adds postings.skills_chosen: a posting with a skill its owner gave is marked
    chosen, so a later text change leaves its skills alone; one with extracted skills only, or none,
    still follows its text."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": empty_database_url, "TESTING": True, "REDIS_URL": None})
    now = datetime(2026, 11, 23, tzinfo=UTC)
    rows = {
        "regions": [{"code": "130300", "name": "秦皇岛市", "level": "city", "functional_zone": False}],
        "industries": [{"code": "34", "name": "通用设备制造业", "level": "division", "section": "C"}],
        "enterprises": [
            {
                "id": 1,
                "name": "甲",
                "uscc": "91130300000000000A",
                "region_code": "130300",
                "industry_code": "34",
                "ownership": "private",
                "employees": 10,
                "certified_cei": False,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        ],
        "skills": [
            {
                "id": s,
                "name": n,
                "key": n,
                "category": "technical",
                "verified": True,
                "created_at": now,
                "updated_at": now,
            }
            for s, n in ((1, "报关"), (2, "出纳"))
        ],
        "postings": [
            {
                "id": p,
                "enterprise_id": 1,
                "kind": "hiring",
                "title": "助理",
                "description": "",
                "headcount": 1,
                "level": "higher",
                "region_code": "130300",
                "industry_code": "34",
                "preferred_majors": [],
                "status": "open",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for p in (1, 2, 3)
        ],
        "posting_skills": [  # 1: one manual skill among extracted ones; 2: extracted only; 3: none
            {"posting_id": 1, "skill_id": 1, "required": True, "source": "extracted", "position": 0},
            {"posting_id": 1, "skill_id": 2, "required": True, "source": "manual", "position": 1},
            {"posting_id": 2, "skill_id": 1, "required": True, "source": "extracted", "position": 0},
        ],
    }
    with app.app_context():
        upgrade(directory=MIGRATIONS, revision="8b75e61223f2")
        with db.engine.begin() as conn:
            for table, values in rows.items():
                conn.execute(sa.Table(table, sa.MetaData(), autoload_with=conn).insert(), values)
        upgrade(directory=MIGRATIONS, revision="11d33fb4ea5b")
        with db.engine.connect() as conn:
            chosen = dict(conn.execute(sa.text("SELECT id, skills_chosen FROM postings ORDER BY id")).all())
        assert chosen == {1: True, 2: False, 3: False}
        db.session.remove()
        db.engine.dispose()
