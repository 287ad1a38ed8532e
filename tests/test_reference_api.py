"""Reference endpoints are public, filterable, and fuzzy where the SPEC says so."""

from conftest import assert_problem


def test_regions_by_parent(client):
    resp = client.get("/api/v1/regions?parent=130300&per_page=50")
    assert resp.status_code == 200
    codes = {r["code"] for r in resp.get_json()["items"]}
    assert "130302" in codes and "410102" not in codes
    assert client.get("/api/v1/regions/130300").get_json()["name"] == "秦皇岛市"
    assert_problem(client.get("/api/v1/regions/999999"), 404)
    assert_problem(client.get("/api/v1/regions?parent=13"), 422, "parent")
    assert_problem(client.get("/api/v1/regions?per_page=0"), 422, "per_page")


def test_industries(client):
    resp = client.get("/api/v1/industries?level=section&per_page=100")
    assert resp.get_json()["meta"]["total"] == 20
    divisions = client.get("/api/v1/industries?parent=C&per_page=100").get_json()
    assert {"34", "36"} <= {d["code"] for d in divisions["items"]}
    assert_problem(client.get("/api/v1/industries?level=galaxy"), 422, "level")


def test_major_search_is_fuzzy_and_filtered(client):
    resp = client.get("/api/v1/majors?q=工业机器人&level=higher")
    items = resp.get_json()["items"]
    assert items[0]["code"] == "460305" and items[0]["name"] == "工业机器人技术"
    assert all(m["level"] == "higher" for m in items)
    # a typo still finds it
    typo = client.get("/api/v1/majors?q=工业机气人技术").get_json()["items"]
    assert "460305" in [m["code"] for m in typo[:3]]
    # and so does the name typed in traditional characters
    traditional = client.get("/api/v1/majors?q=工業機器人技術&level=higher").get_json()["items"]
    assert traditional[0]["code"] == "460305"
    assert_problem(client.get("/api/v1/majors?level=phd"), 422, "level")
    detail = client.get("/api/v1/majors/460305").get_json()
    assert detail["category_name"] == "装备制造大类"
    assert_problem(client.get("/api/v1/majors/000000"), 404)


def test_skill_search_matches_aliases(client):
    items = client.get("/api/v1/skills?q=可编程控制器").get_json()["items"]
    assert items and items[0]["name"] == "PLC编程"
    assert client.get("/api/v1/skills?q=報關").get_json()["items"][0]["name"] == "报关"  # traditional
    assert_problem(client.get("/api/v1/skills/999999"), 404)
