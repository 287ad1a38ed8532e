"""Bulk imports: all rows or none, and every bad row named by its line."""

import io
import zipfile

import sqlalchemy as sa
from conftest import assert_problem, count
from openpyxl import Workbook

from matchmaker.audit.models import AuditEvent
from matchmaker.extensions import db
from matchmaker.postings.models import Posting
from matchmaker.programs.models import Program
from matchmaker.reference.models import Skill

HEADER = "kind,title,headcount,level,skills,optional_skills,start_date,end_date,status\n"


def _upload(api, url, content: bytes, name="rows.csv", headers=None):
    return api.post(
        url, data={"file": (io.BytesIO(content), name)}, content_type="multipart/form-data", headers=headers
    )


def test_csv_import_lands_every_row(as_user, make):
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    csv = (
        HEADER + "hiring,电工,3,higher,电工技术;PLC编程,Excel,2026-05-01,,open\n"
        "internship,仓储实习,5,secondary,物流管理,,2026-07-01,2026-08-31,draft\n"
    )
    resp = _upload(api, "/api/v1/postings/import", ("\ufeff" + csv).encode())
    assert resp.status_code == 201, resp.get_json()
    assert resp.get_json()["imported"] == 2 and count(Posting) == 2


def test_imported_rows_share_new_skills_are_read_and_audited_like_postings_sent_one_by_one(as_user, make):
    """An import flushes its rows together at the end; each row still lands as a single create would."""
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    csv = (
        "kind,title,description,headcount,level,skills\n"
        "hiring,装调工,,2,higher,星际折跃引擎调校;PLC编程\n"
        "hiring,报关员,负责报关单证制作，熟练使用Excel,1,higher,\n"
        "hiring,调校师,,1,higher,星际折跃引擎调校\n"
    )
    resp = _upload(api, "/api/v1/postings/import", csv.encode(), headers={"X-Request-ID": "import-1"})
    assert resp.status_code == 201, resp.get_json()
    ids = resp.get_json()["ids"]
    postings = [db.session.get(Posting, i) for i in ids]
    assert [p.title for p in postings] == ["装调工", "报关员", "调校师"]  # ids in the file's order
    typed = db.session.scalars(sa.select(Skill).where(Skill.name == "星际折跃引擎调校")).one()
    assert typed.verified is False
    assert [ps.skill_id for ps in postings[2].skills] == [typed.id] == [postings[0].skills[0].skill_id]
    assert {(ps.skill.name, ps.source) for ps in postings[1].skills} >= {
        ("报关", "extracted"),
        ("Excel", "extracted"),
    }
    assert not postings[1].skills_chosen and postings[0].skills_chosen
    events = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.request_id == "import-1")).all()
    created = sorted((e.entity, e.entity_id) for e in events if e.action == "create")
    assert created == sorted([("postings", str(i)) for i in ids] + [("skills", str(typed.id))])


def test_one_bad_row_imports_nothing_and_names_every_bad_line(as_user, make):
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    csv = (
        HEADER + "hiring,电工,3,higher,电工技术,,2026-05-01,,open\n"
        "hiring,焊工,zero,higher,焊接,,2026-05-01,,open\n"
        "gig,杂工,1,higher,,,2026-05-01,2026-04-01,open\n"
    )
    body = assert_problem(_upload(api, "/api/v1/postings/import", csv.encode()), 422)
    rows = {row["line"]: row["errors"] for row in body["errors"]}
    assert set(rows) == {3, 4}
    assert "headcount" in rows[3] and "kind" in rows[4]
    assert count(Posting) == 0


def test_xlsx_program_import(as_user, make):
    school = make.school()
    api = as_user(make.user("school", school_id=school.id))
    wb = Workbook()
    ws = wb.active
    ws.append(["major_code", "cohort_year", "expected_graduates", "employment_rate", "apprenticeship_pilot"])
    ws.append(["460305", 2026, 40, None, "是"])
    ws.append(["510205", 2026, 35, 0.9, "false"])
    buf = io.BytesIO()
    wb.save(buf)
    resp = _upload(api, "/api/v1/programs/import", buf.getvalue(), "programs.xlsx")
    assert resp.status_code == 201, resp.get_json()
    assert count(Program) == 2
    dup = _upload(api, "/api/v1/programs/import", buf.getvalue(), "programs.xlsx")
    body = assert_problem(dup, 422)
    assert [row["line"] for row in body["errors"]] == [2, 3]
    assert count(Program) == 2


def test_import_refuses_wrong_uploads(app, as_user, make):
    school = make.school()
    api = as_user(make.user("school", school_id=school.id))
    assert_problem(
        api.post("/api/v1/programs/import", data="major_code\n460305", content_type="text/plain"), 415
    )
    assert_problem(_upload(api, "/api/v1/programs/import", b"planet,moon\nx,y\n"), 422)
    assert_problem(_upload(api, "/api/v1/programs/import", b"\xff\xfe\x00bad"), 422)
    assert_problem(
        api.post("/api/v1/programs/import", data={}, content_type="multipart/form-data"), 422, "file"
    )
    limit = app.config["MAX_CONTENT_LENGTH"]
    big = b"--xyz\r\n" + b"x" * (limit + 10)
    assert_problem(
        api.post("/api/v1/programs/import", data=big, content_type="multipart/form-data; boundary=xyz"), 413
    )
    assert count(Program) == 0


def test_csv_lines_may_end_in_a_lone_cr_and_unreadable_files_are_422(as_user, make):
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    mac = b"kind,title,headcount,level\rhiring,x,1,higher\r"  # older spreadsheets' CSV
    assert _upload(api, "/api/v1/postings/import", mac).status_code == 201
    huge_field = b"kind,title,headcount,level\nhiring," + b"x" * 140_000 + b",1,higher\n"
    assert_problem(_upload(api, "/api/v1/postings/import", huge_field), 422, "file")
    book = io.BytesIO()
    wb = Workbook()
    wb.active.append(["kind", "title", "headcount", "level"])
    wb.active.append(["hiring", "x", 1, "higher"])
    wb.save(book)
    with zipfile.ZipFile(book) as whole:  # the same workbook with its sheet cut in half
        parts = {name: whole.read(name) for name in whole.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet][: len(parts[sheet]) // 2]
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    body = assert_problem(_upload(api, "/api/v1/postings/import", damaged.getvalue(), "rows.xlsx"), 422)
    assert "file" in body["errors"]
    assert count(Posting) == 1


def test_only_the_roles_that_own_rows_may_import_them(as_user, make):
    """A bureau is told 403 at once, not a 422 naming every row of its file."""
    bureau = as_user(make.user("bureau", region_code="130300"))
    enterprise = as_user(make.user("enterprise", enterprise_id=make.enterprise().id))
    school = as_user(make.user("school", school_id=make.school().id))
    postings = HEADER + "hiring,电工,3,higher,电工技术,,2026-05-01,,open\n"
    programs = b"major_code,cohort_year\n460305,2026\n"
    for api, url, rows in (
        (bureau, "/api/v1/postings/import", postings.encode()),
        (school, "/api/v1/postings/import", postings.encode()),
        (bureau, "/api/v1/programs/import", programs),
        (enterprise, "/api/v1/programs/import", programs),
    ):
        assert_problem(_upload(api, url, rows), 403)
    assert count(Posting) == count(Program) == 0
