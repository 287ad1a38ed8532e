"""Schools and their programs: ownership, validation, scope."""

from conftest import assert_problem, count, school_code

from matchmaker.extensions import db
from matchmaker.programs.models import Program
from matchmaker.reference.models import Skill


def test_school_creation_and_validation(as_user, make):
    api = as_user(make.user("admin"))
    body = {
        "name": "秦皇岛测试职业学院",
        "code": school_code(),
        "region_code": "130302",
        "kind": "higher_vocational",
        "fulltime_teachers": 100,
        "dual_qualified_teachers": 60,
    }
    resp = api.post("/api/v1/schools", json=body)
    assert resp.status_code == 201
    assert_problem(api.post("/api/v1/schools", json=body), 409)
    assert_problem(api.post("/api/v1/schools", json={**body, "code": "12345"}), 422, "code")
    assert_problem(
        api.post("/api/v1/schools", json={**body, "code": school_code(), "kind": "university"}), 422, "kind"
    )
    assert_problem(
        api.post("/api/v1/schools", json={**body, "code": school_code(), "dual_qualified_teachers": 101}),
        422,
        "dual_qualified_teachers",
    )
    assert_problem(
        api.post("/api/v1/schools", json={**body, "code": school_code(), "fulltime_teachers": "x"}),
        422,
        "fulltime_teachers",
    )


def test_school_staff_manage_only_their_programs(as_user, make):
    mine, theirs = make.school(), make.school()
    api = as_user(make.user("school", school_id=mine.id))
    resp = api.post(
        "/api/v1/programs",
        json={
            "major_code": "460305",
            "cohort_year": 2026,
            "enrollment": 80,
            "expected_graduates": 75,
            "skills": ["ROS机器人开发", "plc编程"],
            "certificates": ["工业机器人操作与运维（1+X）"],
        },
    )
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert body["school_id"] == mine.id and body["major_name"] == "工业机器人技术"
    # a known skill is found by any spelling; an unknown one is kept as a new, unverified skill
    assert set(body["skills"]) == {"ROS机器人开发", "PLC编程"}
    new_skill = db.session.scalar(db.select(Skill).where(Skill.name == "ROS机器人开发"))
    assert new_skill.verified is False
    assert_problem(
        api.post(
            "/api/v1/programs", json={"school_id": theirs.id, "major_code": "460305", "cohort_year": 2026}
        ),
        403,
    )
    other = make.program(school=theirs)
    assert_problem(api.patch(f"/api/v1/programs/{other.id}", json={"enrollment": 1}), 403)
    assert_problem(api.delete(f"/api/v1/programs/{other.id}"), 403)
    assert count(Program) == 2


def test_program_bad_input(as_user, make):
    school = make.school()
    api = as_user(make.user("school", school_id=school.id))
    base = {"major_code": "460305", "cohort_year": 2026}
    assert_problem(api.post("/api/v1/programs", json={**base, "major_code": "999999"}), 422, "major_code")
    assert_problem(
        api.post("/api/v1/programs", json={**base, "employment_rate": 1.5}), 422, "employment_rate"
    )
    assert_problem(api.post("/api/v1/programs", json={**base, "cohort_year": "2026"}), 422, "cohort_year")
    assert_problem(
        api.post("/api/v1/programs", json={**base, "expected_graduates": -1}), 422, "expected_graduates"
    )
    assert_problem(api.post("/api/v1/programs", json={"major_code": "460305"}), 422, "cohort_year")
    assert count(Program) == 0
    api.post("/api/v1/programs", json=base)
    assert_problem(api.post("/api/v1/programs", json=base), 409)
    assert count(Program) == 1


def test_program_patch_if_match_and_scope(as_user, make):
    school = make.school(region_code="410102")
    program = make.program(school=school)
    owner = as_user(make.user("school", school_id=school.id))
    assert_problem(
        owner.patch(f"/api/v1/programs/{program.id}", json={"enrollment": 5}, headers={"If-Match": '"9"'}),
        412,
    )
    ok = owner.patch(
        f"/api/v1/programs/{program.id}", json={"employment_rate": 0.91}, headers={"If-Match": '"1"'}
    )
    assert ok.status_code == 200 and ok.get_json()["employment_rate"] == 0.91
    qhd = as_user(make.user("bureau", region_code="130300"))
    assert_problem(qhd.get(f"/api/v1/programs/{program.id}"), 403)
    assert qhd.get("/api/v1/programs").get_json()["meta"]["total"] == 0
    zz = as_user(make.user("bureau", region_code="410000"))
    assert zz.get(f"/api/v1/programs/{program.id}").status_code == 200
    assert_problem(zz.patch(f"/api/v1/programs/{program.id}", json={"enrollment": 5}), 403)
