"""Time of POST /postings/import per row, by what the rows carry.

Runs the real app (Flask test client, no network) on a fresh SQLite database migrated and seeded
here (or on DATABASE_URL when set: give it a database of its own, the run adds rows). Each kind of
file is imported into a new enterprise, so no run meets another's rows:
- known skills: every skill named is in the taxonomy;
- typed skills: each row names two skills no one has typed before (each becomes an unverified skill);
- text only: no skills, so each row's description is read for them (extraction).
After a warm-up import of each kind, a one-row import is the baseline (the request's own cost); the
per-row figure is what each further row adds. There is no SPEC bar: the README's gunicorn timeout
(120 s) must hold the largest import (IMPORT_MAX_ROWS), and ``BENCH_ROWS`` picks the size timed here.
"""

from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
import time

from _app import seeded_app

KNOWN = ["PLC编程", "AutoCAD", "电工操作证", "Excel", "质量检验", "沟通能力"]
DESCRIPTION = (
    "岗位职责：负责生产线PLC编程与调试，使用AutoCAD绘制工装图，参与工业机器人示教编程；"
    "配合质量部门进行质量检验，用Excel统计产量。任职要求：大专及以上学历，持有电工操作证，"
    "有数控机床操作经验者优先，责任心强。福利：五险一金、双休。"
)


def rows(kind: str, n: int, run: str) -> list[dict[str, str]]:
    """``n`` file rows of one kind; typed skills are unique to the row and to the run."""
    out = []
    for i in range(n):
        row = {"kind": "hiring", "title": f"设备维护技术员{i}", "headcount": "3", "level": "higher"}
        if kind == "known skills":
            row["skills"] = ";".join(KNOWN[: 3 + i % 4])
        elif kind == "typed skills":
            row["skills"] = f"{KNOWN[i % len(KNOWN)]};{run}自研工艺甲{i};{run}自研工艺乙{i}"
        else:
            row["description"] = DESCRIPTION
        out.append(row)
    return out


def csv_file(table: list[dict[str, str]]) -> io.BytesIO:
    columns = sorted({key for row in table for key in row})
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    writer.writerows(table)
    return io.BytesIO(text.getvalue().encode("utf-8"))


def main() -> int:
    n = int(os.environ.get("BENCH_ROWS", "1000"))
    kinds = ("known skills", "typed skills", "text only")
    with tempfile.TemporaryDirectory() as tmp:
        app, url = seeded_app(tmp)
        with app.app_context():
            from matchmaker.auth.service import create_user
            from matchmaker.auth.tokens import issue_token
            from matchmaker.extensions import db
            from matchmaker.orgs.models import Enterprise

            run = str(time.time_ns())[-8:]
            headers = {}
            for i, kind in enumerate(kinds):
                enterprise = Enterprise(
                    name=f"导入基准{run}-{i}",
                    uscc=f"91{run}{i:07d}X",
                    region_code="130302",
                    industry_code="34",
                    ownership="private",
                    employees=100,
                    certified_cei=False,
                )
                db.session.add(enterprise)
                db.session.flush()
                user = create_user(
                    f"import-bench-{run}-{i}", "secret-pass-1", "enterprise", enterprise_id=enterprise.id
                )
                headers[kind] = {"Authorization": f"Bearer {issue_token(user.id, user.token_generation)}"}
            db.session.commit()
        client = app.test_client()

        def timed_import(kind: str, table: list[dict[str, str]]) -> float:
            started = time.perf_counter()
            resp = client.post(
                "/api/v1/postings/import",
                headers=headers[kind],
                data={"file": (csv_file(table), "postings.csv")},
                content_type="multipart/form-data",
            )
            elapsed = time.perf_counter() - started
            assert resp.status_code == 201, resp.get_data(as_text=True)[:300]
            assert resp.get_json()["imported"] == len(table)
            return elapsed

        for kind in kinds:  # warm: the first extraction builds the taxonomy's automaton
            timed_import(kind, rows(kind, 1, f"{run}w"))
        figures = {}
        for kind in kinds:
            one = timed_import(kind, rows(kind, 1, f"{run}a"))
            many = timed_import(kind, rows(kind, n, f"{run}b"))
            figures[kind] = (one, many)
    print(f"POST /postings/import, {n:,} rows per file; db={url.split(':')[0]}")
    for kind, (one, many) in figures.items():
        per_row = (many - one) / (n - 1) * 1000
        print(
            f"{kind:<13} 1 row {one * 1000:7.1f} ms   {n:,} rows {many:6.2f} s   {per_row:5.2f} ms/row   "
            f"{n / many:6.0f} rows/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
