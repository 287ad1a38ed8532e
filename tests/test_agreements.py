"""Agreements: the propose/answer flow and capacity, including concurrent accepts on PostgreSQL."""

import threading

import pytest
import sqlalchemy as sa
from conftest import assert_problem, auth_header

from matchmaker.agreements.models import Agreement
from matchmaker.extensions import db


@pytest.fixture
def sides(make, as_user):
    ent, school = make.enterprise(), make.school()
    posting = make.posting(enterprise=ent, headcount=10)
    program = make.program(school=school, expected_graduates=8)
    return {
        "posting": posting,
        "program": program,
        "ent_user": make.user("enterprise", enterprise_id=ent.id),
        "school_user": make.user("school", school_id=school.id),
    }


def _propose(as_user, user, posting, program, seats):
    return as_user(user).post(
        "/api/v1/agreements", json={"posting_id": posting.id, "program_id": program.id, "seats": seats}
    )


def test_propose_accept_flow(as_user, sides):
    resp = _propose(as_user, sides["ent_user"], sides["posting"], sides["program"], 5)
    assert resp.status_code == 201
    aid = resp.get_json()["id"]
    # the proposer cannot accept its own proposal
    assert_problem(as_user(sides["ent_user"]).post(f"/api/v1/agreements/{aid}/accept"), 403)
    ok = as_user(sides["school_user"]).post(f"/api/v1/agreements/{aid}/accept")
    assert ok.status_code == 200 and ok.get_json()["status"] == "accepted"
    assert_problem(as_user(sides["school_user"]).post(f"/api/v1/agreements/{aid}/decline"), 409)
    assert_problem(as_user(sides["ent_user"]).post(f"/api/v1/agreements/{aid}/withdraw"), 409)


def test_decline_and_withdraw(as_user, sides):
    a1 = _propose(as_user, sides["school_user"], sides["posting"], sides["program"], 2).get_json()["id"]
    assert_problem(as_user(sides["school_user"]).post(f"/api/v1/agreements/{a1}/decline"), 403)
    assert (
        as_user(sides["ent_user"]).post(f"/api/v1/agreements/{a1}/decline").get_json()["status"] == "declined"
    )
    a2 = _propose(as_user, sides["school_user"], sides["posting"], sides["program"], 2).get_json()["id"]
    assert_problem(as_user(sides["ent_user"]).post(f"/api/v1/agreements/{a2}/withdraw"), 403)
    assert (
        as_user(sides["school_user"]).post(f"/api/v1/agreements/{a2}/withdraw").get_json()["status"]
        == "withdrawn"
    )


def test_capacity_is_never_exceeded(as_user, sides):
    assert_problem(
        _propose(as_user, sides["ent_user"], sides["posting"], sides["program"], 9), 409
    )  # 8 graduates
    first = _propose(as_user, sides["ent_user"], sides["posting"], sides["program"], 6).get_json()["id"]
    second = _propose(as_user, sides["ent_user"], sides["posting"], sides["program"], 6).get_json()["id"]
    school = as_user(sides["school_user"])
    assert school.post(f"/api/v1/agreements/{first}/accept").status_code == 200
    assert_problem(school.post(f"/api/v1/agreements/{second}/accept"), 409)
    assert db.session.get(Agreement, second).status == "pending"


def test_agreement_input_and_visibility(as_user, make, sides):
    api = as_user(sides["ent_user"])
    assert_problem(
        api.post("/api/v1/agreements", json={"posting_id": sides["posting"].id}), 422, "program_id", "seats"
    )
    assert_problem(
        api.post(
            "/api/v1/agreements", json={"posting_id": 999999, "program_id": sides["program"].id, "seats": 1}
        ),
        422,
        "posting_id",
    )
    assert_problem(
        api.post(
            "/api/v1/agreements",
            json={"posting_id": sides["posting"].id, "program_id": sides["program"].id, "seats": 0},
        ),
        422,
        "seats",
    )
    other_posting = make.posting()
    assert_problem(_propose(as_user, sides["ent_user"], other_posting, sides["program"], 1), 403)
    aid = _propose(as_user, sides["ent_user"], sides["posting"], sides["program"], 1).get_json()["id"]
    stranger = as_user(make.user("school", school_id=make.school().id))
    assert_problem(stranger.get(f"/api/v1/agreements/{aid}"), 404)
    assert_problem(stranger.post(f"/api/v1/agreements/{aid}/accept"), 404)
    assert stranger.get("/api/v1/agreements").get_json()["meta"]["total"] == 0
    assert as_user(sides["school_user"]).get("/api/v1/agreements").get_json()["meta"]["total"] == 1


def test_concurrent_accepts_cannot_oversubscribe(app, as_user, sides, is_postgres):
    if not is_postgres:
        pytest.skip("row locks are a PostgreSQL property; SQLite serialises writers instead")
    ids = [
        _propose(as_user, sides["ent_user"], sides["posting"], sides["program"], 6).get_json()["id"]
        for _ in range(4)
    ]
    headers = auth_header(sides["school_user"])
    barrier = threading.Barrier(len(ids))
    statuses = []

    def accept(aid):
        with app.app_context():
            client = app.test_client()
            barrier.wait()
            statuses.append(client.post(f"/api/v1/agreements/{aid}/accept", headers=headers).status_code)

    threads = [threading.Thread(target=accept, args=(aid,)) for aid in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200, 409, 409, 409]
    accepted = db.session.scalar(
        sa.select(sa.func.sum(Agreement.seats)).where(Agreement.status == "accepted")
    )
    assert accepted == 6
