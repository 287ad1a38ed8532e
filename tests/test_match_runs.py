"""Match runs through the API (inline and on a real RQ worker) and recommendations per object."""

import os

import pytest
import sqlalchemy as sa
from conftest import assert_problem, work_off_queue

from matchmaker import create_app
from matchmaker.extensions import db
from matchmaker.matching.models import MatchRun, RunAllocation


@pytest.fixture
def city(make):
    """A small 秦皇岛 market: two robot-technician postings, one logistics posting, three programs."""
    robots = make.enterprise(region_code="130302", industry_code="34")
    port = make.enterprise(region_code="130304", industry_code="59")
    zz = make.enterprise(region_code="410102", industry_code="34")
    school = make.school(region_code="130302")
    other = make.school(region_code="130306")
    p_robot = make.program(school=school, major_code="460305", expected_graduates=5, cohort_year=2026)
    p_mech = make.program(school=other, major_code="460301", expected_graduates=3, cohort_year=2026)
    p_logi = make.program(school=school, major_code="530802", expected_graduates=4, cohort_year=2026)
    return {
        "a": make.posting(enterprise=robots, headcount=4, skills=["工业机器人编程", "PLC编程", "电气控制"]),
        "b": make.posting(enterprise=robots, headcount=4, skills=["工业机器人编程", "PLC编程"]),
        "logistics": make.posting(
            enterprise=port, headcount=2, skills=["仓储管理", "物流管理"], kind="internship"
        ),
        "outside": make.posting(enterprise=zz, headcount=3, skills=["PLC编程"]),
        "draft": make.posting(enterprise=robots, headcount=3, status="draft", skills=["PLC编程"]),
        "programs": (p_robot, p_mech, p_logi),
        "robots": robots,
        "school": school,
    }


def _start(api, **body):
    resp = api.post("/api/v1/match-runs", json={"region_code": "130300", "cohort_year": 2026, **body})
    work_off_queue("matching")
    return resp


def test_bureau_runs_its_region_inline(as_user, make, city):
    api = as_user(make.user("bureau", region_code="130300"))
    resp = _start(api, min_score=40)
    assert resp.status_code == 202 and resp.headers["Location"].endswith(
        f"/match-runs/{resp.get_json()['id']}"
    )
    run = api.get(resp.headers["Location"]).get_json()
    assert run["status"] == "done", run["error"]
    assert set(run["timings"]) == {"load", "candidates_scoring", "allocation", "write"}
    stats = run["stats"]
    assert stats["postings"] == 3  # open postings of 秦皇岛 only: no draft, nothing from 郑州
    assert stats["programs"] == 3
    allocations = api.get(f"/api/v1/match-runs/{run['id']}/allocations?per_page=100").get_json()["items"]
    per_program: dict[int, int] = {}
    per_posting: dict[int, int] = {}
    for a in allocations:
        per_program[a["program_id"]] = per_program.get(a["program_id"], 0) + a["seats"]
        per_posting[a["posting_id"]] = per_posting.get(a["posting_id"], 0) + a["seats"]
        assert a["score"] >= 40
    capacity = {p.id: p.expected_graduates for p in city["programs"]}
    assert all(per_program[k] <= capacity[k] for k in per_program)
    assert per_posting.get(city["outside"].id) is None and per_posting.get(city["draft"].id) is None
    assert stats["allocated_seats"] + stats["unallocated_seats"] == stats["seats"]
    unallocated = api.get(f"/api/v1/match-runs/{run['id']}/unallocated").get_json()["items"]
    assert all(u["reason"] in {"no_candidate", "capacity_taken"} and u["detail"] for u in unallocated)


def test_runs_are_deterministic_and_honour_accepted_agreements(as_user, make, city):
    from matchmaker.agreements.models import Agreement

    p_mech = city["programs"][1]
    db.session.add(
        Agreement(
            posting_id=city["logistics"].id,
            program_id=p_mech.id,
            seats=2,
            status="accepted",
            proposed_by="enterprise",
        )
    )
    db.session.commit()
    api = as_user(make.user("admin"))
    first = _start(api).get_json()["id"]
    second = _start(api).get_json()["id"]

    def rows(run_id):
        return sorted(
            db.session.execute(
                sa.select(
                    RunAllocation.posting_id,
                    RunAllocation.program_id,
                    RunAllocation.seats,
                    RunAllocation.fixed,
                ).where(RunAllocation.run_id == run_id)
            ).all()
        )

    assert rows(first) == rows(second)
    assert (city["logistics"].id, p_mech.id, 2, True) in rows(first)


def test_who_may_start_and_read_runs(as_user, make, city):
    assert_problem(_start(as_user(make.user("bureau", region_code="410100"))), 403)
    assert_problem(_start(as_user(make.user("enterprise", enterprise_id=city["robots"].id))), 403)
    assert_problem(_start(as_user(make.user("school", school_id=city["school"].id))), 403)
    admin = as_user(make.user("admin"))
    assert_problem(admin.post("/api/v1/match-runs", json={"region_code": "999999"}), 422, "region_code")
    assert_problem(
        admin.post("/api/v1/match-runs", json={"region_code": "130300", "min_score": 101}), 422, "min_score"
    )
    assert_problem(admin.post("/api/v1/match-runs", json={"region_code": 130300}), 422, "region_code")
    assert_problem(admin.post("/api/v1/match-runs", json={}), 422, "region_code")
    run_id = _start(admin).get_json()["id"]
    assert_problem(
        as_user(make.user("bureau", region_code="410100")).get(f"/api/v1/match-runs/{run_id}"), 403
    )
    assert (
        as_user(make.user("bureau", region_code="130000")).get(f"/api/v1/match-runs/{run_id}").status_code
        == 200
    )
    assert_problem(admin.get("/api/v1/match-runs/999999"), 404)
    outsider = as_user(make.user("bureau", region_code="410100"))
    ent_user = as_user(make.user("enterprise", enterprise_id=city["robots"].id))
    for url in (f"/api/v1/match-runs/{run_id}/allocations", f"/api/v1/match-runs/{run_id}/unallocated"):
        assert_problem(outsider.get(url), 403)
        assert_problem(ent_user.get(url), 403)
        assert_problem(as_user(None).get(url), 401)
    assert_problem(ent_user.get("/api/v1/match-runs"), 403)
    assert_problem(admin.get(f"/api/v1/match-runs/{run_id}/allocations?per_page=0"), 422, "per_page")


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (CI runs it on real Redis)")
def test_the_worker_path_on_real_redis(as_user, make, city):
    from rq import Queue, SimpleWorker

    from matchmaker.cache import redis_client

    api = as_user(make.user("bureau", region_code="130300"))
    resp = api.post("/api/v1/match-runs", json={"region_code": "130300", "cohort_year": 2026})
    run_id = resp.get_json()["id"]
    assert resp.get_json()["status"] == "queued"
    assert api.get(f"/api/v1/match-runs/{run_id}").get_json()["status"] == "queued"  # nothing ran it yet
    client = redis_client()
    SimpleWorker([Queue("matching", connection=client)], connection=client).work(burst=True)
    db.session.expire_all()
    run = api.get(f"/api/v1/match-runs/{run_id}").get_json()
    assert run["status"] == "done" and run["stats"]["postings"] == 3


def test_redis_down_means_the_run_completes_inline(app, make, city):
    from conftest import auth_header

    down = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "REDIS_URL": "redis://127.0.0.1:1/0",
            "SECRET_KEY": app.config["SECRET_KEY"],
            "RATELIMIT_STORAGE_URI": "memory://",
            "TESTING": True,
        }
    )
    admin = make.user("admin")
    resp = down.test_client().post(
        "/api/v1/match-runs", json={"region_code": "130300", "cohort_year": 2026}, headers=auth_header(admin)
    )
    resp.close()
    assert resp.status_code == 202
    db.session.expire_all()
    run = db.session.get(MatchRun, resp.get_json()["id"])
    assert run.status == "done" and run.stats["postings"] == 3
    with down.app_context():
        db.engine.dispose()


def test_posting_and_program_matches(as_user, make, city):
    owner = as_user(make.user("enterprise", enterprise_id=city["robots"].id))
    resp = owner.get(f"/api/v1/postings/{city['a'].id}/matches?limit=2")
    assert resp.status_code == 200
    matches = resp.get_json()["matches"]
    assert len(matches) == 2 and matches[0]["program_id"] == city["programs"][0].id  # 工业机器人技术
    top = matches[0]
    assert abs(sum(top["explanation"]["contributions"].values()) - top["score"]) < 0.01
    assert {m["demand"] for m in top["explanation"]["matched_skills"]} >= {"PLC编程"}
    assert owner.get(f"/api/v1/postings/{city['a'].id}/matches?min_score=99").get_json()["matches"] == []
    assert_problem(owner.get(f"/api/v1/postings/{city['a'].id}/matches?limit=0"), 422, "limit")
    assert_problem(owner.get(f"/api/v1/postings/{city['a'].id}/matches?level=phd"), 422, "level")
    stranger = as_user(make.user("enterprise", enterprise_id=make.enterprise().id))
    assert_problem(stranger.get(f"/api/v1/postings/{city['a'].id}/matches"), 403)
    assert_problem(stranger.get(f"/api/v1/postings/{city['draft'].id}/matches"), 404)
    school = as_user(make.user("school", school_id=city["school"].id))
    robot_program = city["programs"][0]
    found = school.get(f"/api/v1/programs/{robot_program.id}/matches").get_json()["matches"]
    assert {m["posting_id"] for m in found[:2]} == {city["a"].id, city["b"].id}
    assert city["draft"].id not in {m["posting_id"] for m in found}
    assert_problem(school.get(f"/api/v1/programs/{city['programs'][1].id}/matches"), 403)
    bureau = as_user(make.user("bureau", region_code="130300"))
    assert bureau.get(f"/api/v1/programs/{robot_program.id}/matches").status_code == 200


def test_matches_follow_changes(as_user, make, city):
    owner = as_user(make.user("enterprise", enterprise_id=city["robots"].id))
    url = f"/api/v1/postings/{city['logistics'].id}/matches?limit=1"
    admin = as_user(make.user("admin"))
    before = admin.get(url).get_json()["matches"][0]
    assert before["program_id"] == city["programs"][2].id  # 现代物流管理
    owner.patch(f"/api/v1/postings/{city['a'].id}", json={"headcount": 5})  # unrelated change: still right
    # the logistics program moves to 郑州: its region contribution must drop at once
    school_api = as_user(make.user("admin"))
    other_city_school = make.school(region_code="410102")
    logistics = city["programs"][2]
    logistics.school_id = other_city_school.id
    db.session.commit()
    after = school_api.get(url).get_json()["matches"][0]
    assert after["explanation"]["contributions"]["region"] < before["explanation"]["contributions"][
        "region"
    ] or (after["program_id"] != before["program_id"])


def test_match_filters(as_user, make, city):
    admin = as_user(make.user("admin"))
    url = f"/api/v1/postings/{city['a'].id}/matches"
    all_ids = {m["program_id"] for m in admin.get(url).get_json()["matches"]}
    assert all_ids == {p.id for p in city["programs"]}
    county = {m["program_id"] for m in admin.get(f"{url}?region=130306").get_json()["matches"]}
    assert county == {city["programs"][1].id}  # only the 抚宁区 school's program
    assert admin.get(f"{url}?cohort_year=2025").get_json()["matches"] == []
    assert admin.get(f"{url}?level=secondary").get_json()["matches"] == []
    school = as_user(make.user("school", school_id=city["school"].id))
    in_zz = school.get(f"/api/v1/programs/{city['programs'][0].id}/matches?region=410100").get_json()[
        "matches"
    ]
    assert [m["posting_id"] for m in in_zz] == [city["outside"].id]
