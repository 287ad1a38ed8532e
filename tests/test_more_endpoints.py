"""Success paths not covered elsewhere, audit of deletes, and the auth rate limit."""

import sqlalchemy as sa
from conftest import assert_problem, count

from matchmaker import create_app
from matchmaker.audit.models import AuditEvent
from matchmaker.extensions import db
from matchmaker.orgs.models import School
from matchmaker.postings.models import Posting
from matchmaker.programs.models import Program


def test_school_read_update_delete(as_user, make):
    school = make.school()
    admin = as_user(make.user("admin"))
    assert admin.get("/api/v1/schools?kind=higher_vocational").get_json()["meta"]["total"] == 1
    assert admin.get(f"/api/v1/schools/{school.id}").headers["ETag"] == '"1"'
    staff = as_user(make.user("school", school_id=school.id))
    resp = staff.patch(f"/api/v1/schools/{school.id}", json={"dual_qualified_teachers": 80})
    assert resp.status_code == 200 and resp.get_json()["version"] == 2
    assert_problem(staff.patch(f"/api/v1/schools/{school.id}", json={"dual_qualified_teachers": 101}), 422)
    assert_problem(staff.patch(f"/api/v1/schools/{school.id}", json={"code": "4100000001"}), 403)
    assert_problem(staff.delete(f"/api/v1/schools/{school.id}"), 403)
    lone = make.school()
    assert admin.delete(f"/api/v1/schools/{lone.id}").status_code == 204
    assert count(School) == 1


def test_owners_delete_postings_and_programs_and_it_is_audited(as_user, make):
    ent, school = make.enterprise(), make.school()
    posting, program = make.posting(enterprise=ent), make.program(school=school)
    assert (
        as_user(make.user("enterprise", enterprise_id=ent.id))
        .delete(f"/api/v1/postings/{posting.id}")
        .status_code
        == 204
    )
    assert (
        as_user(make.user("school", school_id=school.id)).delete(f"/api/v1/programs/{program.id}").status_code
        == 204
    )
    assert count(Posting) == 0 and count(Program) == 0
    deletes = db.session.scalars(sa.select(AuditEvent.entity).where(AuditEvent.action == "delete")).all()
    assert sorted(deletes) == ["postings", "programs"]


def test_delete_honours_if_match(as_user, make):
    ent = make.enterprise()
    posting = make.posting(enterprise=ent)
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    assert_problem(api.delete(f"/api/v1/postings/{posting.id}", headers={"If-Match": '"5"'}), 412)
    assert count(Posting) == 1


def test_token_endpoint_is_rate_limited(app):
    limited = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "REDIS_URL": None,
            "RATELIMIT_STORAGE_URI": "memory://",
            "RATELIMIT_AUTH": "3 per minute",
            "TESTING": True,
        }
    )
    client = limited.test_client()
    body = {"username": "nobody", "password": "wrong-password"}
    statuses = []
    for _ in range(5):
        resp = client.post("/api/v1/auth/token", json=body)
        statuses.append(resp.status_code)
        resp.close()  # ends the request context: its session goes back to the pool
    assert statuses == [401, 401, 401, 429, 429]
    assert_problem(resp, 429)
    with limited.app_context():
        db.engine.dispose()


def test_integer_filters_in_query_strings(as_user, make):
    ent, school = make.enterprise(), make.school()
    posting, program = make.posting(enterprise=ent), make.program(school=school)
    make.posting()
    make.program()
    admin = as_user(make.user("admin"))
    assert [p["id"] for p in admin.get(f"/api/v1/postings?enterprise_id={ent.id}").get_json()["items"]] == [
        posting.id
    ]
    assert [p["id"] for p in admin.get(f"/api/v1/programs?school_id={school.id}").get_json()["items"]] == [
        program.id
    ]
    assert admin.get("/api/v1/programs?cohort_year=2026").get_json()["meta"]["total"] == 2
    assert_problem(admin.get("/api/v1/programs?school_id=abc"), 422, "school_id")
    assert_problem(admin.get("/api/v1/agreements?posting_id=0"), 422, "posting_id")


def test_new_skills_and_policy_changes_are_audited(as_user, make):
    school = make.school()
    api = as_user(make.user("school", school_id=school.id))
    api.post("/api/v1/programs", json={"major_code": "460305", "cohort_year": 2026, "skills": ["量子焊接术"]})
    created = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.entity == "skills", AuditEvent.action == "create")
    ).all()
    assert [e.changes["name"] for e in created] == ["量子焊接术"]
    bureau = make.user("bureau", region_code="130300")
    as_user(bureau).put("/api/v1/regions/130300/policy", json={"targets": {"dual_qualified_ratio": 0.7}})
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.entity == "region_policies"))
    assert event.action == "update" and event.actor == bureau.username and "settings" in event.changes
