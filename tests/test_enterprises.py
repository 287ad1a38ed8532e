"""Enterprises: who may create, read and change them, and what bad input gets."""

import sqlalchemy as sa
from conftest import assert_problem, count, valid_uscc

from matchmaker.audit.models import AuditEvent
from matchmaker.extensions import db
from matchmaker.orgs.models import Enterprise
from matchmaker.validation import uscc_problem


def _body(**kw):
    body = {
        "name": "秦皇岛测试装备有限公司",
        "uscc": valid_uscc(),
        "region_code": "130302",
        "industry_code": "34",
        "ownership": "state",
        "employees": 500,
    }
    body.update(kw)
    return body


def test_uscc_check_character():
    assert uscc_problem("91350100M000100Y43") is None  # a published valid example
    assert uscc_problem("91350100M000100Y44") is not None
    assert uscc_problem("91350100M000100Y4") is not None
    assert uscc_problem("91350100M000100YO3") is not None  # O is not in the GB 32100 set


def test_admin_creates_and_audit_records_it(as_user, make):
    admin = make.user("admin")
    resp = as_user(admin).post("/api/v1/enterprises", json=_body())
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert body["version"] == 1 and resp.headers["ETag"] == '"1"'
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.entity == "enterprises"))
    assert event.action == "create" and event.actor == admin.username and event.entity_id == str(body["id"])


def test_only_the_operator_registers_enterprises(as_user, make):
    ent = make.enterprise()
    for user in (make.user("enterprise", enterprise_id=ent.id), make.user("bureau", region_code="130300")):
        assert_problem(as_user(user).post("/api/v1/enterprises", json=_body()), 403)
    assert_problem(as_user(None).post("/api/v1/enterprises", json=_body()), 401)
    assert count(Enterprise) == 1


def test_bad_input_is_rejected_and_changes_nothing(as_user, make):
    api = as_user(make.user("admin"))
    assert_problem(api.post("/api/v1/enterprises", json=_body(uscc="91350100M000100Y44")), 422, "uscc")
    assert_problem(api.post("/api/v1/enterprises", json=_body(region_code="999999")), 422, "region_code")
    assert_problem(api.post("/api/v1/enterprises", json=_body(industry_code="C")), 422, "industry_code")
    assert_problem(api.post("/api/v1/enterprises", json=_body(employees="many")), 422, "employees")
    assert_problem(api.post("/api/v1/enterprises", json=_body(ownership="pirate")), 422, "ownership")
    assert_problem(api.post("/api/v1/enterprises", json=_body(name="")), 422, "name")
    assert_problem(api.post("/api/v1/enterprises", json=_body(extra=1)), 422, "extra")
    missing = _body()
    del missing["uscc"]
    assert_problem(api.post("/api/v1/enterprises", json=missing), 422, "uscc")
    assert_problem(api.post("/api/v1/enterprises", json=[1, 2]), 422)
    assert count(Enterprise) == 0
    assert count(AuditEvent) == 1  # only the admin account's creation


def test_duplicate_uscc_is_a_conflict(as_user, make):
    existing = make.enterprise()
    resp = as_user(make.user("admin")).post("/api/v1/enterprises", json=_body(uscc=existing.uscc))
    assert_problem(resp, 409)
    assert count(Enterprise) == 1


def test_staff_change_their_own_enterprise_with_if_match(as_user, make):
    ent, other = make.enterprise(), make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    ok = api.patch(f"/api/v1/enterprises/{ent.id}", json={"employees": 900}, headers={"If-Match": '"1"'})
    assert ok.status_code == 200 and ok.get_json()["employees"] == 900 and ok.headers["ETag"] == '"2"'
    stale = api.patch(f"/api/v1/enterprises/{ent.id}", json={"employees": 1}, headers={"If-Match": '"1"'})
    assert_problem(stale, 412)
    assert_problem(api.patch(f"/api/v1/enterprises/{other.id}", json={"employees": 1}), 403)
    assert_problem(api.patch(f"/api/v1/enterprises/{ent.id}", json={"certified_cei": True}), 403)
    db.session.expire_all()
    assert db.session.get(Enterprise, ent.id).employees == 900
    assert db.session.get(Enterprise, other.id).employees == 100


def test_bureau_sees_only_its_region(as_user, make):
    inside = make.enterprise(region_code="130302")
    outside = make.enterprise(region_code="410102")
    api = as_user(make.user("bureau", region_code="130300"))
    listed = api.get("/api/v1/enterprises").get_json()["items"]
    assert [e["id"] for e in listed] == [inside.id]
    assert api.get(f"/api/v1/enterprises/{inside.id}").status_code == 200
    assert_problem(api.get(f"/api/v1/enterprises/{outside.id}"), 403)
    assert_problem(api.get("/api/v1/enterprises/999999"), 404)


def test_delete_needs_no_postings(as_user, make):
    api = as_user(make.user("admin"))
    ent = make.enterprise()
    make.posting(enterprise=ent)
    assert_problem(api.delete(f"/api/v1/enterprises/{ent.id}"), 409)
    lone = make.enterprise()
    assert api.delete(f"/api/v1/enterprises/{lone.id}").status_code == 204
    assert count(Enterprise) == 1
