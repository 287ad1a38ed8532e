"""talent_demand at scale: 1,000,000 postings in PostgreSQL (loaded with COPY), one city's report.

Needs DATABASE_URL=postgresql://… (it resets that database's public schema). Prints the load time,
the cold build time of talent_demand for one city (SQL reads + computation), the build time of
major_fit for that city, and the latency of a cached read of the built report; bars (SPEC §8):
cold ≤ 2 s, cached read ≤ 20 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta

from _seeds import ROOT  # also puts the repo on sys.path

N_POSTINGS = int(os.environ.get("BENCH_POSTINGS", "1000000"))
CITIES = ["130300", "410100", "130100", "130200", "410300", "420100", "320500", "330100", "440300", "510100"]


def copy_rows(conn, table: str, columns: list[str], rows) -> None:
    with conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def main() -> int:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        print("SKIPPED: set DATABASE_URL=postgresql://… (this benchmark resets that database).")
        return 0
    import sqlalchemy as sa
    from flask_migrate import upgrade

    from matchmaker import create_app
    from matchmaker.auth.service import create_user
    from matchmaker.extensions import db
    from matchmaker.reference.models import Region, Skill
    from matchmaker.reference.seed import seed_reference
    from matchmaker.reports import service

    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url.replace("postgresql://", "postgresql+psycopg://", 1),
            "REDIS_URL": os.environ.get("REDIS_URL"),
        }
    )
    rng = random.Random(1)
    with app.app_context():
        with db.engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        upgrade(directory=str(ROOT / "migrations"))
        seed_reference()
        admin = create_user("bench-admin", "bench-pass-1", "admin")
        db.session.commit()
        counties = {
            c: list(
                db.session.scalars(
                    sa.select(Region.code).where(Region.code.like(c[:4] + "%"), Region.level == "county")
                )
            )
            or [c]
            for c in CITIES
        }
        divisions = [f"{d:02d}" for d in range(13, 44)] + ["51", "52", "55", "59", "65", "72", "85"]
        skills = list(db.session.scalars(sa.select(Skill.id).order_by(Skill.id)))
        weights = [1 / (i + 1) ** 1.1 for i in range(len(skills))]
        started = time.perf_counter()
        raw = db.engine.raw_connection()
        conn = raw.driver_connection
        n_ent = 20_000
        now = "2026-11-01 00:00:00+00"
        copy_rows(
            conn,
            "enterprises",
            [
                "id",
                "name",
                "uscc",
                "region_code",
                "industry_code",
                "ownership",
                "employees",
                "certified_cei",
                "version",
                "created_at",
                "updated_at",
            ],
            (
                (
                    i,
                    f"e{i}",
                    f"X{i:017d}",
                    rng.choice(counties[CITIES[i % len(CITIES)]]),
                    rng.choice(divisions),
                    "state" if i % 9 == 0 else "private",
                    500,
                    False,
                    1,
                    now,
                    now,
                )
                for i in range(1, n_ent + 1)
            ),
        )
        start_day = date(2023, 1, 1)
        kinds = ["hiring", "hiring", "apprenticeship", "internship", "order_class"]

        def postings():
            for i in range(1, N_POSTINGS + 1):
                ent = rng.randrange(1, n_ent + 1)
                city = CITIES[ent % len(CITIES)]
                yield (
                    i,
                    ent,
                    rng.choice(kinds),
                    f"p{i}",
                    "",
                    1 + int(rng.expovariate(0.4)),
                    "higher",
                    rng.choice(counties[city]),
                    rng.choice(divisions),
                    "[]",
                    start_day + timedelta(days=rng.randrange(0, 1400)),
                    None,
                    "draft" if i % 20 == 0 else "open",
                    1,
                    now,
                    now,
                )

        copy_rows(
            conn,
            "postings",
            [
                "id",
                "enterprise_id",
                "kind",
                "title",
                "description",
                "headcount",
                "level",
                "region_code",
                "industry_code",
                "preferred_majors",
                "start_date",
                "end_date",
                "status",
                "version",
                "created_at",
                "updated_at",
            ],
            postings(),
        )

        def posting_skills():
            for i in range(1, N_POSTINGS + 1):
                for pos, s in enumerate(sorted(set(rng.choices(skills, weights, k=4)))):
                    yield (i, s, True, "manual", pos)

        copy_rows(
            conn,
            "posting_skills",
            ["posting_id", "skill_id", "required", "source", "position"],
            posting_skills(),
        )
        with conn.cursor() as cur:
            cur.execute("SELECT setval('postings_id_seq', (SELECT max(id) FROM postings))")
            cur.execute("SELECT setval('enterprises_id_seq', (SELECT max(id) FROM enterprises))")
            cur.execute("ANALYZE")
        conn.commit()
        raw.close()
        print(
            f"loaded {N_POSTINGS:,} postings (+ skills, {n_ent:,} enterprises) with COPY in "
            f"{time.perf_counter() - started:.0f}s"
        )

        for kind in ("talent_demand", "major_fit"):
            report = service.create_report(admin, {"kind": kind, "region_code": "130300", "period": "2026"})
            db.session.commit()
            db.session.expire_all()
            started = time.perf_counter()
            service.build_report(report.id)
            elapsed = time.perf_counter() - started
            bar = "≤ 2 s" if kind == "talent_demand" else "≤ 30 s"
            totals = db.session.get(type(report), report.id).data.get("totals")
            print(f"{kind} for 130300 (2026), cold: {elapsed:.2f}s (bar {bar}); totals {totals}")
            if kind == "talent_demand":
                service.publish(admin, db.session.get(type(report), report.id))
                db.session.commit()
                published_id = report.id

        client = app.test_client()
        client.get(f"/api/v1/public/reports/{published_id}")  # fills the cache
        latencies = []
        for _ in range(200):
            t = time.perf_counter()
            resp = client.get(f"/api/v1/public/reports/{published_id}")
            latencies.append((time.perf_counter() - t) * 1000)
            assert resp.status_code == 200
        latencies.sort()
        print(
            f"cached read of the published report: p50 {statistics.median(latencies):.2f} ms, "
            f"p95 {latencies[189]:.2f} ms (bar ≤ 20 ms); "
            f"cache: {'Redis' if app.config['REDIS_URL'] else 'in-process'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
