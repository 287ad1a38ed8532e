"""Test fixtures: a real database (SQLite by default, PostgreSQL when DATABASE_URL says so),
migrated with Alembic and seeded once per session; live tables emptied after every test.

With CI=true an unreachable PostgreSQL or Redis named in the environment fails the run.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from matchmaker import create_app
from matchmaker.extensions import db
from matchmaker.matching.engine.extract import extract
from matchmaker.matching.engine.taxonomy import SkillEntry, Taxonomy
from matchmaker.reference.seed import skill_entries

# Tables users write to; reference tables (regions, majors, skills…) are seeded once and kept.
LIVE_TABLES = [
    "report_files",
    "reports",
    "match_unallocated",
    "match_allocations",
    "match_runs",
    "agreements",
    "posting_skills",
    "postings",
    "program_skills",
    "programs",
    "users",
    "enterprises",
    "schools",
    "audit_events",
]


def _database_url(tmp_path_factory) -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def _reset_postgres(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    url = _database_url(tmp_path_factory)
    overrides = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "RATELIMIT_ENABLED": False,
    }
    if url:
        overrides["SQLALCHEMY_DATABASE_URI"] = url.replace("postgresql://", "postgresql+psycopg://", 1)
    redis_url = os.environ.get("REDIS_URL")
    overrides["REDIS_URL"] = redis_url or None
    app = create_app(overrides)
    with app.app_context():
        try:
            with db.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except sa.exc.OperationalError as exc:  # pragma: no cover - environment problem
            pytest.exit(f"database unreachable at {url}: {exc}", returncode=3)
        if redis_url:
            try:
                app.extensions["redis"].ping()
            except Exception as exc:  # pragma: no cover - environment problem
                pytest.exit(f"Redis unreachable at {redis_url}: {exc}", returncode=3)
            app.extensions["redis"].flushdb()
        if db.engine.dialect.name == "postgresql":
            _reset_postgres(db.engine)
        from flask_migrate import upgrade

        upgrade(directory=str(Path(__file__).resolve().parent.parent / "migrations"))
        from matchmaker.reference.seed import seed_reference

        seed_reference()
        db.session.commit()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _clean(app) -> Iterator[None]:
    with app.app_context():
        yield
        db.session.rollback()
        with db.engine.begin() as conn:
            for table in LIVE_TABLES:
                conn.execute(sa.text(f"DELETE FROM {table}"))
            conn.execute(
                sa.text(
                    "DELETE FROM skill_aliases"
                    " WHERE skill_id IN (SELECT id FROM skills WHERE verified = false)"
                )
            )
            conn.execute(sa.text("DELETE FROM skills WHERE verified = false"))
            edited = conn.execute(sa.text("DELETE FROM region_policies WHERE updated_by <> 'seed'")).rowcount
        db.session.remove()
        if edited:  # a test changed a seeded policy: put the seed back
            from matchmaker.reference.seed import load_policies

            load_policies(lambda items, _label: items)
            db.session.commit()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def is_postgres(app) -> bool:
    return db.engine.dialect.name == "postgresql"


# --- factories ------------------------------------------------------------------------------------

_seq = itertools.count(1)


def valid_uscc(n: int | None = None) -> str:
    from matchmaker.validation import uscc_check_char

    n = next(_seq) if n is None else n
    first17 = f"91130302MA{n:07d}"
    return first17 + uscc_check_char(first17)


def school_code(n: int | None = None) -> str:
    n = next(_seq) if n is None else n
    return f"41{n:08d}"


class Factory:
    """Creates rows with sensible defaults through the models and commits them."""

    def enterprise(self, **kw):
        from matchmaker.orgs.models import Enterprise

        data = dict(
            name=f"测试企业{next(_seq)}",
            uscc=valid_uscc(),
            region_code="130302",
            industry_code="34",
            ownership="private",
            employees=100,
            certified_cei=False,
        )
        data.update(kw)
        return self._save(Enterprise(**data))

    def school(self, **kw):
        from matchmaker.orgs.models import School

        data = dict(
            name=f"测试学校{next(_seq)}",
            code=school_code(),
            region_code="130302",
            kind="higher_vocational",
            fulltime_teachers=100,
            dual_qualified_teachers=50,
        )
        data.update(kw)
        return self._save(School(**data))

    def program(self, school=None, **kw):
        from matchmaker.programs.models import Program

        school = school or self.school()
        data = dict(
            school_id=school.id,
            major_code="460305",
            cohort_year=2026,
            enrollment=60,
            expected_graduates=50,
            employment_rate=None,
            certificates=[],
            apprenticeship_pilot=False,
        )
        data.update(kw)
        return self._save(Program(**data))

    def posting(self, enterprise=None, skills=(), **kw):
        from matchmaker.postings.models import Posting
        from matchmaker.postings.service import _set_skills

        enterprise = enterprise or self.enterprise()
        data = dict(
            enterprise_id=enterprise.id,
            kind="hiring",
            title="工业机器人运维",
            description="",
            headcount=10,
            level="higher",
            region_code=enterprise.region_code,
            industry_code=enterprise.industry_code,
            preferred_majors=[],
            status="open",
        )
        data.update(kw)
        posting = Posting(**data)
        _set_skills(posting, [{"name": s, "required": True} for s in skills])
        return self._save(posting)

    def user(self, role="admin", **kw):
        from matchmaker.auth.service import create_user

        user = create_user(
            kw.pop("username", f"{role}-{next(_seq)}"), kw.pop("password", "secret-pass-1"), role, **kw
        )
        db.session.commit()
        return user

    def _save(self, obj):
        db.session.add(obj)
        db.session.commit()
        return obj


@pytest.fixture
def make() -> Factory:
    return Factory()


def auth_header(user) -> dict[str, str]:
    from matchmaker.auth.tokens import issue_token

    return {"Authorization": f"Bearer {issue_token(user.id, user.token_generation)}"}


@pytest.fixture
def as_user(client):
    """``as_user(user).get(url)`` etc.: the test client with that user's bearer token."""

    class _Client:
        def __init__(self, user):
            self.headers = auth_header(user) if user is not None else {}

        def __getattr__(self, method):
            def call(url, headers=None, **kw):
                return getattr(client, method)(url, headers={**self.headers, **(headers or {})}, **kw)

            return call

    return _Client


def work_off_queue(queue: str) -> None:
    """With Redis configured, jobs are queued: let a real RQ worker take them (burst mode)."""
    from rq import Queue, SimpleWorker

    from matchmaker.cache import redis_client

    client = redis_client()
    if client is not None:
        SimpleWorker([Queue(queue, connection=client)], connection=client).work(burst=True)
        db.session.expire_all()


def count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def assert_problem(resp, status: int, *fields: str) -> dict:
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.content_type == "application/problem+json"
    body = resp.get_json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"]
    for field in fields:
        assert field in body.get("errors", {}), body
    return body


def assert_reads(vocabulary, text: str, found: str | None, not_found: str | None) -> None:
    """The vocabulary tables' one check: ``text`` names ``found`` and not ``not_found`` (either may be
    None)."""
    names = {f.name for f in extract(vocabulary, text)}
    if found is not None:
        assert found in names
    if not_found is not None:
        assert not_found not in names


@pytest.fixture(scope="session")
def vocabulary():
    """The vocabulary the seeds ship, as the engine reads ads with it."""
    return Taxonomy.build(skill_entries())


@pytest.fixture(scope="module")
def taxonomy():
    """A small hand-made taxonomy the pure engine's text tests read ads with."""
    return Taxonomy.build(
        [
            SkillEntry(1, "PLC编程", "technical", ("PLC", "可编程控制器", "可编程控制器程序设计")),
            SkillEntry(2, "Excel", "tool", ("EXCEL表格", "电子表格")),
            SkillEntry(3, "SQL", "tool", ()),
            SkillEntry(4, "MySQL", "tool", ()),
            SkillEntry(5, "沟通能力", "soft", ("良好的沟通能力", "善于沟通")),
            SkillEntry(6, "机械制图", "technical", ("机械图纸", "识图")),
            SkillEntry(7, "数控编程", "technical", ("数控",)),
            SkillEntry(8, "数控机床操作", "technical", ("数控机床",)),
            SkillEntry(9, "Photoshop", "tool", ("PS",)),
            SkillEntry(10, "学习能力", "soft", ()),
            SkillEntry(11, "创新意识", "soft", ("创新能力",)),
            SkillEntry(12, "客户服务", "technical", ("客服",)),
            SkillEntry(13, "物流管理", "knowledge", ()),
        ]
    )
