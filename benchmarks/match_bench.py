"""Match engine at city scale: 50,000 open postings × 3,000 programs (seeded synthetic city).

Prints the engine's stages (candidates + scoring, allocation), peak RSS, one posting's top-10
latency (p50/p95 over 1,000 postings, warm), and a naive baseline measured in the same run: the
all-pairs fuzzy loop over skill names in Python, timed on a sample and extrapolated. With
DATABASE_URL set (PostgreSQL), it also loads the city into that database and times a whole match
run with its reads and writes (load, candidates/scoring, allocation, write).
Bars (SPEC §8): engine ≤ 10 s; whole run ≤ 60 s; peak RSS ≤ 2 GB; ≥ 100× the naive loop; top-10 p95 ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time

from _seeds import ROOT, load_engine  # also puts the repo on sys.path
from rapidfuzz import fuzz

from matchmaker.matching.engine.allocate import ArcArrays, allocate
from matchmaker.matching.engine.batch import candidate_pairs
from matchmaker.matching.engine.rank import ProgramIndex
from matchmaker.matching.engine.score import DemandSkill, PostingFeatures, ProgramFeatures
from matchmaker.matching.synthetic import MajorSpec, generate_city

COUNTIES = ["130302", "130303", "130304", "130306", "130321", "130322", "130324", "130371", "130372"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def features(seed: int, n_postings: int, n_programs: int):
    taxonomy, index, _ = load_engine()
    majors = [
        MajorSpec(p.code, p.level, dict(p.skills), p.industries) for p in index.profiles.values() if p.skills
    ]
    soft = sorted(s.id for s in taxonomy.skills.values() if s.category == "soft")
    divisions = sorted({i for p in index.profiles.values() for i in p.industries})
    sections = {d: "C" if "13" <= d <= "43" else "Z" for d in divisions}  # coarse, enough for timing
    city = generate_city(
        majors, COUNTIES, divisions, soft, n_postings=n_postings, n_programs=n_programs, seed=seed
    )
    by_code = {m.code: m for m in majors}
    programs = []
    for i, p in enumerate(city.programs, start=1):
        m = by_code[p["major_code"]]
        programs.append(
            ProgramFeatures(
                i,
                m.code,
                m.level,
                city.schools[p["school"]]["region_code"],
                m.skills,
                m.industries,
                frozenset(sections[d] for d in m.industries),
            )
        )
    postings = [
        PostingFeatures(
            i,
            p["level"],
            p["region_code"],
            p["industry_code"],
            sections.get(p["industry_code"], "Z"),
            tuple(DemandSkill(s, r, s in set(soft)) for s, r in p["skills"]),
            frozenset(p["preferred_majors"]),
        )
        for i, p in enumerate(city.postings, start=1)
    ]
    seats = {i: p["headcount"] for i, p in enumerate(city.postings, start=1)}
    capacity = {i: p["expected_graduates"] for i, p in enumerate(city.programs, start=1)}
    names = {s.id: s.name for s in taxonomy.skills.values()}
    return postings, programs, seats, capacity, names


def naive_pairs_per_second(postings, programs, names, sample: int = 30) -> float:
    """The loop a first version would write: every posting × every program, fuzzy-compare skill names."""
    rng = random.Random(7)
    chosen = rng.sample(postings, sample)
    start = time.perf_counter()
    for p in chosen:
        for q in programs:
            total = 0.0
            for d in p.skills:
                best = 0.0
                for s in q.skills:
                    best = max(best, fuzz.ratio(names[d.skill_id], names[s]))
                total += best
    elapsed = time.perf_counter() - start
    return sample * len(programs) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--postings", type=int, default=50_000)
    parser.add_argument("--programs", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    postings, programs, seats, capacity, names = features(args.seed, args.postings, args.programs)
    print(
        f"city: {len(postings)} postings × {len(programs)} programs (seed {args.seed}), "
        f"generated in {time.perf_counter() - started:.1f}s; RSS {rss_mb():.0f} MB"
    )

    started = time.perf_counter()
    pairs = candidate_pairs(postings, programs, per_posting=20, min_score=50.0)
    t_candidates = time.perf_counter() - started
    started = time.perf_counter()
    result = allocate(
        seats, capacity, ArcArrays(pairs.posting_ids, pairs.program_ids, pairs.scores), min_score=50.0
    )
    t_allocation = time.perf_counter() - started
    engine = t_candidates + t_allocation
    allocated = sum(a.seats for a in result.allocations)
    print(
        f"engine: candidates+scoring {t_candidates:.2f}s ({len(pairs.scores)} pairs ≥ 50), "
        f"allocation {t_allocation:.2f}s, "
        f"total {engine:.2f}s (bar ≤ 10 s); seats {sum(seats.values())}, allocated {allocated}, "
        f"total score {result.total_score:.0f}"
    )

    index = ProgramIndex(programs)
    sample = random.Random(3).sample(postings, 1000)
    for p in sample[:50]:
        index.top_for(p, 10)  # warm
    latencies = []
    for p in sample:
        t = time.perf_counter()
        index.top_for(p, 10)
        latencies.append((time.perf_counter() - t) * 1000)
    latencies.sort()
    print(
        f"top-10 programs for one posting (1,000 postings, warm): p50 {statistics.median(latencies):.2f} ms, "
        f"p95 {latencies[949]:.2f} ms (bar ≤ 20 ms)"
    )

    rate = naive_pairs_per_second(postings, programs, names)
    naive_total = len(postings) * len(programs) / rate
    print(
        f"naive all-pairs fuzzy loop: {rate:,.0f} pairs/s on a sample → {naive_total:,.0f}s extrapolated "
        f"for the city; "
        f"engine is {naive_total / engine:,.0f}× faster (bar ≥ 100×)"
    )
    print(f"peak RSS {rss_mb():.0f} MB (bar ≤ 2048 MB)")

    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        db_run(args.seed)
    else:
        print("whole run with PostgreSQL: set DATABASE_URL=postgresql://… to measure it")
    return 0


def db_run(seed: int) -> None:
    from flask_migrate import upgrade

    from matchmaker import create_app
    from matchmaker.auth.models import User
    from matchmaker.auth.service import create_user
    from matchmaker.extensions import db
    from matchmaker.matching.city import load_city
    from matchmaker.matching.runs import create_run, execute_run
    from matchmaker.reference.seed import seed_reference

    url = os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1)
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "REDIS_URL": None})
    with app.app_context():
        import sqlalchemy as sa

        with db.engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        upgrade(directory=str(ROOT / "migrations"))
        seed_reference()
        started = time.perf_counter()
        counts = load_city("130300", seed=seed)
        db.session.commit()
        print(f"database: loaded {counts} in {time.perf_counter() - started:.1f}s")
        admin = db.session.scalar(sa.select(User).where(User.role == "admin")) or create_user(
            "bench-admin", "bench-pass-1", "admin"
        )
        run = create_run(admin, {"region_code": "130300", "cohort_year": 2026})
        db.session.commit()
        started = time.perf_counter()
        execute_run(run.id)
        total = time.perf_counter() - started
        db.session.refresh(run)
        print(
            f"whole match run on PostgreSQL: {total:.1f}s (bar ≤ 60 s); stages {run.timings}; "
            f"allocated {run.stats['allocated_seats']} of {run.stats['seats']} seats"
        )
        from matchmaker.reports import service
        from matchmaker.reports.models import Report

        spec = {"kind": "major_fit", "region_code": "130300", "period": "2026"}
        report = service.create_report(admin, spec)
        db.session.commit()
        started = time.perf_counter()
        service.build_report(report.id)
        data = db.session.get(Report, report.id).data
        print(
            f"major_fit for the same city, cold: {time.perf_counter() - started:.1f}s (bar ≤ 30 s); "
            f"totals {data['totals']}; levels {data.get('counts')}"
        )


if __name__ == "__main__":
    sys.exit(main())
