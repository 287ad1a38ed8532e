"""/skills/extract, /majors/recommend and extraction on postings, against the seeded taxonomy."""

from conftest import assert_problem

from matchmaker.matching import service
from matchmaker.reference.crosswalk_check import check_crosswalk

AD = (
    "岗位职责：1、负责进出口货物的报关报检和单证制作；2、跟进订舱、货代及物流配送；"
    "任职要求：熟练使用Excel等办公软件，英语四级以上，有良好的沟通能力。"
    "福利：五险一金、双休、班车。联系电话：[PHONE]"
)


def test_the_crosswalk_is_complete_and_consistent():
    report = check_crosswalk()
    assert report.majors_profiled == report.majors_total == 1349
    assert report.clean, dict(report.problems)


def test_extract_finds_taxonomy_skills_with_spans(client):
    resp = client.post("/api/v1/skills/extract", json={"text": AD})
    assert resp.status_code == 200
    found = {s["name"]: s for s in resp.get_json()["skills"]}
    assert {"报关", "Excel", "办公软件", "大学英语四级", "沟通能力"} <= set(found)
    assert found["沟通能力"]["category"] == "soft"
    span = found["Excel"]["spans"][0]
    assert AD[span["start"] : span["end"]] == "Excel" == span["text"]
    assert not {"五险一金", "双休"} & set(found)


def test_an_ad_in_traditional_characters_finds_the_same_skills_and_majors(client):
    traditional = (
        "崗位職責：1、負責進出口貨物的報關報檢和單證製作；2、跟進訂艙、貨代及物流配送；"
        "任職要求：熟練使用Excel等辦公軟件，英語四級以上，有良好的溝通能力。"
        "福利：五險一金、雙休、班車。聯繫電話：[PHONE]"
    )
    as_written = client.post("/api/v1/skills/extract", json={"text": traditional}).get_json()["skills"]
    simplified = client.post("/api/v1/skills/extract", json={"text": AD}).get_json()["skills"]
    assert [s["name"] for s in as_written] == [s["name"] for s in simplified]
    span = next(s for s in as_written if s["name"] == "沟通能力")["spans"][0]
    assert traditional[span["start"] : span["end"]] == span["text"] == "良好的溝通能力"
    job = {"title": "單證員", "description": traditional, "level": "higher"}
    majors = client.post("/api/v1/majors/recommend", json=job).get_json()["majors"]
    same = client.post("/api/v1/majors/recommend", json={**job, "title": "单证员", "description": AD})
    assert [m["code"] for m in majors] == [m["code"] for m in same.get_json()["majors"]]
    assert majors[0]["explanation"]["title_match"]


def test_an_english_ad_is_read_in_its_own_words(client):
    text = (
        "Requirements: Associate degree or above; attention to detail, team player. 熟練使用辦公軟件\n"
        "We offer: social insurance, shuttle bus. Send your CV to hr@example.com"
    )
    found = client.post("/api/v1/skills/extract", json={"text": text}).get_json()["skills"]
    assert [s["name"] for s in found] == ["细致严谨", "团队协作", "办公软件"]
    job = {"title": "Accounts Payable Clerk", "description": text}
    body = client.post("/api/v1/majors/recommend", json=job).get_json()
    assert (body["level"]["level"], body["level"]["evidence"]) == ("higher", "Associate degree or above")
    assert body["majors"][0]["code"] == "530302"  # 大数据与会计, through its role 应付会计
    assert body["majors"][0]["explanation"]["title_match"] == "应付会计"


def test_extract_bad_input(client):
    assert_problem(client.post("/api/v1/skills/extract", json={"text": ""}), 422, "text")
    assert_problem(client.post("/api/v1/skills/extract", json={"text": "   "}), 422, "text")
    assert_problem(client.post("/api/v1/skills/extract", json={}), 422, "text")
    assert_problem(client.post("/api/v1/skills/extract", json={"text": 42}), 422, "text")
    assert_problem(client.post("/api/v1/skills/extract", json={"text": ["a"]}), 422, "text")
    assert_problem(client.post("/api/v1/skills/extract", json={"text": "会计" * 10_001}), 413)
    assert_problem(client.post("/api/v1/skills/extract", data="text", content_type="text/plain"), 415)


def test_recommend_ranks_majors_with_an_explanation(client):
    resp = client.post(
        "/api/v1/majors/recommend",
        json={
            "title": "会计助理",
            "description": "负责凭证录入、发票开具和费用报销，熟悉用友财务软件",
            "level": "higher",
            "limit": 5,
        },
    )
    assert resp.status_code == 200
    majors = resp.get_json()["majors"]
    assert len(majors) == 5 and all(m["level"] == "higher" for m in majors)
    assert "530302" in [m["code"] for m in majors[:3]]  # 大数据与会计
    top = majors[0]
    assert top["score"] >= majors[-1]["score"]
    assert abs(sum(top["explanation"]["contributions"].values()) - top["score"]) < 0.05
    assert top["explanation"]["matched_skills"] and top["explanation"]["industries"]


def test_recommend_counts_the_skills_given_and_names_those_it_does_not_know(client):
    job = {"title": "专员", "skills": ["用友", "报关单据", "吹口哨"], "level": "higher"}
    body = client.post("/api/v1/majors/recommend", json=job).get_json()
    assert body["unrecognised_skills"] == ["吹口哨"]
    matched = {s["skill"] for m in body["majors"] for s in m["explanation"]["matched_skills"]}
    assert "财务软件" in matched  # 用友, given by an alias, counted under its canonical name
    assert "报关" in matched  # the skill written inside 报关单据
    body = client.post("/api/v1/majors/recommend", json={"title": "出纳", "level": "higher"}).get_json()
    assert body["unrecognised_skills"] == []


def test_recommend_reads_the_fields_a_degree_line_asks_for(client):
    job = {
        "title": "专员",
        "description": "负责日常单据整理。大专以上学历，物流管理相关专业优先。",
        "level": "higher",
    }
    majors = client.post("/api/v1/majors/recommend", json=job).get_json()["majors"]
    top = majors[0]
    assert top["code"] == "530802"  # 现代物流管理
    assert (top["explanation"]["field_match"], top["explanation"]["field_fit"]) == ("物流管理", 1.0)
    assert abs(sum(top["explanation"]["contributions"].values()) - top["score"]) < 0.05


def test_recommend_reads_the_majors_a_notice_lists_by_name_outside_its_degree_line(client):
    job = {
        "title": "仓储实习生",
        "description": "岗位：仓储实习生 6人（现代物流管理、供应链运营的同学都可以报）。负责日常单据整理。",
        "level": "higher",
    }
    majors = client.post("/api/v1/majors/recommend", json=job).get_json()["majors"]
    assert [m["code"] for m in majors[:2]] == ["530802", "530810"]  # 现代物流管理, 供应链运营
    assert majors[1]["explanation"]["field_match"] == "供应链运营"


def test_recommend_weighs_the_employers_industry(client):
    job = {"title": "物流客服", "description": "负责订舱、报关单据跟进，接听客户来电。", "level": "higher"}
    plain = {m["code"]: m for m in client.post("/api/v1/majors/recommend", json=job).get_json()["majors"]}
    assert all(m["explanation"]["industry_fit"] == 0 for m in plain.values())
    resp = client.post("/api/v1/majors/recommend", json={**job, "industries": ["58"]})
    at_forwarder = {m["code"]: m for m in resp.get_json()["majors"]}
    logistics = at_forwarder["530802"]  # 现代物流管理 serves 58 多式联运和运输代理业
    assert logistics["explanation"]["industry_match"] == "58" and logistics["explanation"]["industry_fit"] > 0
    assert logistics["score"] > plain["530802"]["score"]
    for m in at_forwarder.values():
        assert abs(sum(m["explanation"]["contributions"].values()) - m["score"]) < 0.05


def test_recommend_bad_input(client):
    assert_problem(client.post("/api/v1/majors/recommend", json={}), 422, "title")
    assert_problem(client.post("/api/v1/majors/recommend", json={"title": ""}), 422, "title")
    assert_problem(client.post("/api/v1/majors/recommend", json={"title": "x", "limit": 0}), 422, "limit")
    assert_problem(client.post("/api/v1/majors/recommend", json={"title": "x", "limit": "5"}), 422, "limit")
    assert_problem(client.post("/api/v1/majors/recommend", json={"title": "x", "level": "phd"}), 422, "level")
    assert_problem(
        client.post("/api/v1/majors/recommend", json={"title": "x", "skills": "Excel"}), 422, "skills"
    )
    assert_problem(
        client.post("/api/v1/majors/recommend", json={"title": "x", "description": "字" * 20_001}),
        422,
        "description",
    )
    for industries in ("58", [58], ["C"], ["5"], ["58"] * 6):
        resp = client.post("/api/v1/majors/recommend", json={"title": "x", "industries": industries})
        assert_problem(resp, 422, "industries")
    # well formed, but no such division: the field is named
    resp = client.post("/api/v1/majors/recommend", json={"title": "x", "industries": ["58", "00"]})
    assert_problem(resp, 422, "industries.1")


def test_posting_without_skills_gets_extracted_ones_its_owner_can_edit(as_user, make):
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    resp = api.post(
        "/api/v1/postings",
        json={
            "kind": "hiring",
            "title": "报关员",
            "headcount": 2,
            "level": "higher",
            "description": "负责报关单证制作，熟练使用Excel；有英语四级者优先。福利：五险一金",
        },
    )
    assert resp.status_code == 201
    skills = {s["name"]: s for s in resp.get_json()["skills"]}
    assert {"报关", "Excel", "大学英语四级"} <= set(skills)
    assert all(s["source"] == "extracted" for s in skills.values())
    assert skills["大学英语四级"]["required"] is False
    pid = resp.get_json()["id"]
    # a title that also lists benefits still names the job's skills
    resp = api.post(
        "/api/v1/postings",
        json={
            "kind": "hiring",
            "title": "诚聘报关员 双休+五险一金",
            "headcount": 1,
            "level": "higher",
            "description": "熟练使用Excel",
        },
    )
    assert resp.status_code == 201, resp.get_json()
    assert {"报关", "Excel"} <= {s["name"] for s in resp.get_json()["skills"]}
    edited = api.patch(f"/api/v1/postings/{pid}", json={"skills": [{"name": "报关", "required": True}]})
    assert [(s["name"], s["source"]) for s in edited.get_json()["skills"]] == [("报关", "manual")]


def test_extracted_skills_follow_a_rewritten_ad_until_the_owner_edits_them(as_user, make):
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    job = {"kind": "hiring", "title": "助理", "headcount": 1, "level": "higher", "description": "负责报关"}
    pid = api.post("/api/v1/postings", json=job).get_json()["id"]

    def skills():
        return {(s["name"], s["source"]) for s in api.get(f"/api/v1/postings/{pid}").get_json()["skills"]}

    def chosen():
        return api.get(f"/api/v1/postings/{pid}").get_json()["skills_chosen"]

    assert skills() == {("报关", "extracted")} and chosen() is False
    resp = api.patch(f"/api/v1/postings/{pid}", json={"description": "负责出纳，熟练使用Excel"})
    assert resp.status_code == 200, resp.get_json()
    assert skills() == {("出纳", "extracted"), ("Excel", "extracted")}
    assert api.patch(f"/api/v1/postings/{pid}", json={"headcount": 3}).status_code == 200
    assert skills() == {("出纳", "extracted"), ("Excel", "extracted")}  # the text did not change
    # once the owner has chosen the skills, a new text leaves them alone
    api.patch(f"/api/v1/postings/{pid}", json={"skills": [{"name": "出纳"}]})
    api.patch(f"/api/v1/postings/{pid}", json={"description": "负责报关"})
    assert skills() == {("出纳", "manual")} and chosen() is True
    # and so does a new text sent with the skills the owner wants, even none
    api.patch(f"/api/v1/postings/{pid}", json={"description": "负责出纳", "skills": []})
    assert skills() == set()
    # none is a choice too: a later text is not read again, and the posting says so
    api.patch(f"/api/v1/postings/{pid}", json={"description": "负责报关"})
    assert skills() == set() and chosen() is True


def test_a_skill_one_user_typed_does_not_become_a_skill_in_everyone_elses_ads(as_user, make, client):
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    job = {"kind": "hiring", "title": "仓管", "headcount": 1, "level": "higher", "skills": [{"name": "负责"}]}
    posting = api.post("/api/v1/postings", json=job).get_json()
    assert [(s["name"], s["source"]) for s in posting["skills"]] == [("负责", "manual")]  # kept for its owner
    service._taxonomy.expire()  # read the vocabulary again now, not after its few seconds' grace
    found = client.post("/api/v1/skills/extract", json={"text": "负责仓库管理"}).get_json()["skills"]
    assert [s["name"] for s in found] == ["仓储管理"]


def test_recommend_without_a_level_ranks_at_the_level_the_ad_requires(client):
    job = {"title": "客服专员", "description": "负责接听客户来电，处理投诉。任职要求：大专及以上学历"}
    body = client.post("/api/v1/majors/recommend", json=job).get_json()
    assert body["level"] == {"level": "higher", "from": "description", "evidence": "大专及以上学历"}
    assert body["majors"] and all(m["level"] == "higher" for m in body["majors"])


def test_recommend_level_asked_for_wins_over_the_ads(client):
    job = {"title": "客服专员", "description": "大专及以上学历", "level": "secondary"}
    body = client.post("/api/v1/majors/recommend", json=job).get_json()
    assert body["level"] == {"level": "secondary", "from": "request", "evidence": None}
    assert body["majors"] and all(m["level"] == "secondary" for m in body["majors"])


def test_recommend_names_the_other_levels_major_a_counterpart_stands_for(client):
    job = {"title": "快递分拣员", "level": "higher"}
    top = client.post("/api/v1/majors/recommend", json=job).get_json()["majors"][0]
    assert (top["code"], top["level"]) == ("500701", "higher")  # 邮政快递运营管理
    via = {"code": "700701", "name": "邮政快递运营", "level": "secondary"}
    assert top["explanation"]["title_match"] == "分拣员" and top["explanation"]["title_via"] == via
    job = {"title": "快递分拣员", "level": "secondary"}
    top = client.post("/api/v1/majors/recommend", json=job).get_json()["majors"][0]
    assert top["code"] == "700701" and top["explanation"]["title_via"] is None


def test_recommend_without_any_level_ranks_every_level(client):
    body = client.post("/api/v1/majors/recommend", json={"title": "客服专员", "limit": 50}).get_json()
    assert body["level"] == {"level": None, "from": None, "evidence": None}
    assert {m["level"] for m in body["majors"]} >= {"secondary", "higher"}
