"""The pure recommendation engine on crafted profiles: ranking, level filter, explanation."""

import pytest

from matchmaker.matching.engine.fields import named_fields
from matchmaker.matching.engine.recommend import (
    COVERAGE_SHARE,
    FIELD_CORE,
    FIELD_IN_NAME,
    FIELD_PART,
    FIELD_SHARE,
    FOCUS_SHARE,
    INDUSTRY_SHARE,
    NAME_MATCH,
    PART_BONUS,
    SPLIT_MATCH,
    STEM_MATCH,
    TITLE_SHARE,
    TRADE_FIT,
    Demand,
    MajorIndex,
    MajorProfile,
    clean_title,
)

ACCOUNTING = MajorProfile(
    "530302", "大数据与会计", "higher", {1: 1.0, 2: 1.0, 3: 0.6, 9: 0.2}, ("72",), ("会计", "出纳")
)
LOGISTICS = MajorProfile(
    "530802", "现代物流管理", "higher", {4: 1.0, 5: 0.8, 3: 0.5, 9: 0.2}, ("59",), ("物流专员",)
)
SECONDARY = MajorProfile("730301", "会计事务", "secondary", {1: 1.0, 2: 0.8, 9: 0.2}, ("72",), ("出纳",))
SPORTS = MajorProfile("570110", "体育教育", "higher", {7: 1.0, 8: 1.0, 9: 0.2}, ("83",), ("体育教师",))
INDEX = MajorIndex([ACCOUNTING, LOGISTICS, SECONDARY, SPORTS])


def test_skills_and_title_rank_the_right_major_first():
    recs = INDEX.recommend([Demand(1, 1.0), Demand(2, 1.0), Demand(3, 1.0)], title="会计")
    assert [r.code for r in recs[:2]] == ["530302", "730301"]
    assert recs[0].title_match == "会计"
    # the role a major lists first names its core job: 会计事务 leads for 出纳
    assert INDEX.recommend([Demand(1, 1.0), Demand(2, 1.0)], title="出纳")[0].code == "730301"


def test_a_soft_skill_alone_names_no_major():
    # skill 9 is soft (沟通能力): every profile lists it, and sharing it says nothing of the job
    recs = INDEX.recommend([Demand(4, 1.0), Demand(9, 1.0, soft=True)])
    assert [r.code for r in recs] == ["530802"]
    assert INDEX.recommend([Demand(9, 1.0, soft=True)]) == []


def test_a_major_sharing_only_a_sliver_of_the_job_is_not_recommended():
    # 现代物流管理 lists skill 3 at 0.5: a tenth of a job that is mostly skills no major teaches
    demands = [Demand(3, 0.2), Demand(100, 1.0), Demand(101, 1.0)]
    assert INDEX.recommend(demands) == []
    assert [r.code for r in INDEX.recommend(demands, title="物流专员")] == ["530802"]  # unless named


def test_level_filter():
    recs = INDEX.recommend([Demand(1, 1.0)], title="出纳", level="secondary")
    assert [r.code for r in recs] == ["730301"]


def test_a_role_only_another_level_lists_is_answered_by_its_counterparts():
    # only the 中职 major lists 分拣员; asked at 高职, the answer is the 高职 major of the same 专业类
    # (7007 → 5007) whose skills are most like it, and says through which major it came
    courier = MajorProfile("700701", "邮政快递运营", "secondary", {20: 1.0, 21: 0.8}, ("60",), ("分拣员",))
    postal = MajorProfile("500701", "邮政快递运营管理", "higher", {20: 1.0, 21: 0.6, 22: 0.4}, ("60",), ())
    gadgets = MajorProfile("500702", "邮政快递智能技术", "higher", {23: 1.0, 21: 0.3}, ("60",), ())
    tourism = MajorProfile("540701", "旅游管理", "higher", {20: 1.0, 21: 0.8}, ("61",), ())  # 5407 ≠ 7007
    index = MajorIndex([courier, postal, gadgets, tourism])
    recs = index.recommend([], title="快递分拣员", level="higher")
    assert [r.code for r in recs] == ["500701"]
    assert recs[0].title_match == "分拣员"
    assert recs[0].title_via == {"code": "700701", "name": "邮政快递运营", "level": "secondary"}
    assert recs[0].title_fit < index.recommend([], title="快递分拣员", level="secondary")[0].title_fit
    # only when nothing at the level is worth recommending: a skill it teaches is an answer of its own
    recs = index.recommend([Demand(23, 1.0)], title="快递分拣员", level="higher")
    assert [(r.code, r.title_via) for r in recs] == [("500702", None)]
    assert index.recommend([], title="导游", level="higher") == []  # no level lists it: still nothing


def test_a_role_with_a_rank_names_the_majors_listing_it_without_one():
    # QA专员 is the QA a drug-quality major lists bare: the same job at another rank, a near-full fit
    drug_qa = MajorProfile("290202", "药品质量管理", "undergraduate", {30: 1.0}, ("27",), ("QA", "QC"))
    vet = MajorProfile("210302", "动物药学", "undergraduate", {31: 1.0}, ("27",), ("兽药研发员", "QA专员"))
    index = MajorIndex([drug_qa, vet])
    fits = index.title_fit("QA专员（药品GMP）")
    assert fits["290202"][1] == "QA" and fits["210302"][1] == "QA专员"
    assert [r.code for r in index.recommend([], title="QA专员")] == ["290202", "210302"]


def test_a_role_named_in_two_halves_is_the_job_not_the_bare_role_it_ends_with():
    # 食品厂质检员 names 食品质检员 (厂 between its halves): not every major's 质检员 …
    food = MajorProfile(
        "690104", "食品安全与检测技术", "secondary", {40: 1.0}, ("14",), ("食品检验员", "食品质检员")
    )
    quality = MajorProfile("660105", "产品质量监督检验", "secondary", {41: 1.0}, ("74",), ("质检员",))
    index = MajorIndex([food, quality])
    assert set(index.title_fit("食品厂质检员")) == {"690104"}
    assert index.title_fit("食品厂质检员")["690104"] == (pytest.approx(SPLIT_MATCH / 1.5), "食品质检员")
    # … unless the halves are two jobs' words: 食品 is the buyer's in 食品采购/质检员
    assert set(index.title_fit("食品采购/质检员")) == {"690104", "660105"}


def test_words_before_the_role_a_title_ends_with_can_make_another_workers_role():
    # 电池片工艺技术员 is the 电池片工艺员 a PV major lists, said with another doer, not any 工艺技术员
    process = MajorProfile("430601", "材料工程技术", "higher", {50: 1.0}, ("30",), ("工艺技术员",))
    solar = MajorProfile("430606", "光伏材料制备技术", "higher", {51: 1.0}, ("38",), ("电池片工艺员",))
    index = MajorIndex([process, solar])
    assert index.title_fit("电池片工艺技术员") == {"430606": (pytest.approx(STEM_MATCH), "电池片工艺员")}
    assert set(index.title_fit("工艺技术员（电池片）")) == {"430606"}  # the bracket's trade, read first
    assert set(index.title_fit("工艺技术员")) == {"430601"}


def test_a_title_naming_a_role_has_no_near_miss_that_is_another_job():
    # 设备维修电工 names 维修电工; 化工设备维修工 is spelt alike but is a chemical plant's fitter …
    electrics = MajorProfile("460306", "电气自动化技术", "higher", {60: 1.0}, ("38",), ("电工", "维修电工"))
    chemicals = MajorProfile("470210", "化工装备技术", "higher", {61: 1.0}, ("26",), ("化工设备维修工",))
    index = MajorIndex([electrics, chemicals])
    assert set(index.title_fit("设备维修电工（两班倒）")) == {"460306"}
    # … while a title naming no role still has its near-misses
    assert index.title_fit("化工设备维修岗")["470210"] == (0.8, "化工设备维修工")


def test_common_skills_count_for_little():
    # skill 9 is in every profile (like 沟通能力): it barely separates majors; skill 4 does
    recs = INDEX.recommend([Demand(4, 1.0), Demand(9, 1.0)])
    assert recs[0].code == "530802" and recs[0].coverage > 0.7
    assert all(r.score < recs[0].score / 4 for r in recs[1:])


def test_score_is_the_sum_of_its_parts_and_bounded():
    recs = INDEX.recommend(
        [Demand(4, 1.0), Demand(5, 0.5)], title="物流专员", fields=["会计"], industries=["59", "72"]
    )
    assert {r.code for r in recs} >= {"530802", "530302"}
    assert all(r.industry_fit > 0 for r in recs if r.code in ("530802", "530302"))
    for rec in recs:
        parts = 100 * (
            COVERAGE_SHARE * rec.coverage
            + FOCUS_SHARE * rec.focus
            + TITLE_SHARE * rec.title_fit
            + FIELD_SHARE * rec.field_fit
            + INDUSTRY_SHARE * rec.industry_fit
        )
        assert abs(rec.score - parts) < 0.05
        assert 0 <= rec.score <= 100


def test_no_evidence_no_recommendation():
    assert INDEX.recommend([], title="") == []


def test_the_field_a_degree_line_names_lifts_its_major():
    demands = [Demand(3, 1.0)]  # a skill both 大数据与会计 and 现代物流管理 teach
    assert INDEX.recommend(demands, fields=["物流"])[0].code == "530802"
    top = INDEX.recommend(demands, fields=["会计"], level="higher")[0]
    assert (top.code, top.field_fit, top.field_match) == ("530302", 1.0, "会计")
    # a field only the major's distinctive word is part of still counts, for less
    assert INDEX.field_fit(["现代物流"])["530802"] == (1.0, "现代物流")
    assert INDEX.field_fit(["国际物流"])["530802"][0] < 1.0


def test_a_field_that_names_a_major_does_not_also_name_the_majors_sharing_a_word_of_it():
    commerce = MajorProfile("530701", "电子商务", "higher", {1: 1.0}, (), ())
    electronics = MajorProfile("510101", "电子信息工程技术", "higher", {2: 1.0}, (), ())
    index = MajorIndex([commerce, electronics])
    assert set(index.field_fit(["电子商务"])) == {"530701"}  # not electronics for its 电子
    # a field no major's name holds is still read by the majors' distinctive words
    assert index.field_fit(["电子技术"]) == {"510101": (FIELD_CORE, "电子技术")}


def test_a_field_that_is_a_majors_whole_name_names_that_major_before_the_longer_names_holding_it():
    building = MajorProfile("440301", "建筑工程技术", "higher", {1: 1.0}, (), ())
    heritage = MajorProfile("440103", "古建筑工程技术", "higher", {2: 1.0}, (), ())
    clerical = MajorProfile("590401", "现代文秘", "higher", {3: 1.0}, (), ())
    secondary_clerical = MajorProfile("790301", "文秘", "secondary", {4: 1.0}, (), ())
    index = MajorIndex([building, heritage, clerical, secondary_clerical])
    fits = index.field_fit(["建筑工程技术"])
    assert fits["440301"] == (FIELD_IN_NAME, "建筑工程技术")
    assert fits["440103"] == (FIELD_PART, "建筑工程技术")
    # 文秘 is a 中职 major's whole name; at 高职 the field's major is 现代文秘
    assert index.field_fit(["文秘"])["590401"] == (FIELD_IN_NAME, "文秘")


def test_a_major_name_listed_whole_outranks_the_majors_sharing_one_of_its_halves():
    food = MajorProfile("490102", "食品质量与安全", "higher", {1: 1.0}, (), ())
    chemicals = MajorProfile("470205", "化工安全技术", "higher", {2: 1.0}, (), ())
    index = MajorIndex([food, chemicals])
    fields = named_fields("食品质量与安全、机电一体化等专业")
    assert fields == ["食品质量与安全", "食品质量", "安全", "机电一体化"]  # the 一 of 一体化 is no number
    assert index.field_fit(fields) == {"490102": (1.0, "食品质量与安全"), "470205": (FIELD_PART, "安全")}
    # two fields joined by 与 that name no major together are each read in full
    assert index.field_fit(named_fields("化工与安全相关专业"))["470205"] == (1.0, "化工")
    assert named_fields("食品質量與安全、機電一體化等專業") == fields  # traditional characters


def test_an_english_degree_line_names_its_fields_in_the_catalogs_words():
    line = "1. Associate degree in logistics management, customs or related majors; 2. Good English"
    assert named_fields(line) == ["物流管理", "关务"]  # logistics management is not logistics again
    assert named_fields("College diploma or above, secretary, business English or related major") == [
        "商务英语",
        "文秘",
    ]
    assert named_fields(
        "College diploma or above in Welding Technology, Industrial Robot or Mechanical related major"
    ) == ["工业机器人", "焊接", "机械"]
    assert named_fields("Associate degree in new energy vehicle technology or related") == ["新能源汽车"]
    surveying = "Diploma in engineering surveying, surveying and mapping or related"
    assert named_fields(surveying) == ["测绘", "测量"]
    assert named_fields("College diploma in mold design, polymer materials or a related major") == [
        "模具",
        "高分子材料",
    ]
    assert named_fields("A high degree of accuracy in written and spoken English") == []  # no degree line
    assert named_fields("Bachelor degree or above, any major") == []


def test_a_title_naming_two_posts_fits_the_major_listing_both():
    cars = MajorProfile(
        "700206", "汽车运用与维修", "secondary", {1: 1.0}, (), ("汽修工", "机修工", "汽修学徒")
    )
    plant = MajorProfile("660201", "智能设备运行与维护", "secondary", {2: 1.0}, (), ("设备维修工", "机修工"))
    index = MajorIndex([cars, plant])
    alone = index.title_fit("机修工")
    assert alone["700206"][0] == alone["660201"][0]  # a plant's mechanic as much as a garage's
    both = index.title_fit("汽修学徒/机修工")
    assert both["700206"][0] == pytest.approx(alone["700206"][0] + PART_BONUS * 0.5)  # 汽修学徒, third
    assert both["660201"] == alone["660201"]  # a major listing one of the posts gains nothing
    assert both["700206"][0] > both["660201"][0]
    assert index.title_fit("汽修學徒/機修工") == both  # traditional characters name the same roles


def test_an_english_title_names_the_roles_a_chinese_one_would():
    finance = MajorProfile("530302", "大数据与会计", "higher", {1: 1.0}, (), ("会计", "出纳", "应付会计"))
    service = MajorProfile("530605", "市场营销", "higher", {2: 1.0}, (), ("销售代表", "客服专员"))
    trade = MajorProfile("530501", "国际经济与贸易", "higher", {3: 1.0}, (), ("外贸业务员", "外贸跟单员"))
    index = MajorIndex([finance, service, trade])
    assert index.recommend([], title="Accounts Payable Clerk")[0].code == "530302"
    assert index.title_fit("Customer Service Officer - Temp for 8 months") == index.title_fit("客服专员")
    assert index.recommend([], title="Junior Merchandiser")[0].code == "530501"
    assert index.title_fit("Export Sales Representative")["530501"][1] == "外贸业务员"
    assert clean_title("English Customer Service Representative") == "英语客服"
    designer = clean_title("E-commerce Visual Designer")
    assert "平面设计师" in designer and "电商运营" not in designer  # a designer, not an operator
    # the rank word is part of the one post (not a second, 文员), and a bare "Officer" names nothing
    assert clean_title("Accounts Payable Clerk") == "应付会计"
    assert index.title_fit("Officer") == {}
    # a Chinese title's English abbreviations
    assert [clean_title(t) for t in ("HR专员", "IT专员", "CNC操机", "BD专员")] == [
        "人事专员",
        "IT支持",
        "CNC操作员",
        "销售专员",
    ]
    # the workshop's, the site's, the ward's and the developer's posts, not the office's alone
    assert [
        clean_title(t)
        for t in (
            "Welding Technician",
            "Welder",
            "Injection Molding Technician",
            "Tool and Die Maker",
            "Quantity Surveyor",
            "Land Surveyor",
            "Registered Nurse",
            "Physiotherapist",
            "Medical Lab Technician",
            "Lab Technician",
            "Front-end Developer",
            "Data Annotator",
            "Sales Associate",
            "Pastry Chef",
        )
    ] == [
        "焊接技术员",
        "焊工",
        "注塑技术员",
        "模具钳工",
        "造价员",
        "测量员",
        "护士",
        "康复治疗师",
        "检验技师",
        "化验员",
        "前端开发工程师",
        "数据标注员",
        "导购",
        "西点师",
    ]
    # a role word put in is not read again: the BIM of BIM建模员 is no second post
    assert clean_title("BIM Modeler") == "BIM建模员"
    assert "护士" not in clean_title("Nursing Assistant")  # a care worker, no nurse
    assert "空调维修工" in clean_title("Service Technician – HVAC")  # the trade said after the rank
    # a building's upkeep is no plant's maintenance
    assert clean_title("Building Facilities Technician") == "物业维修工"
    assert clean_title("Maintenance Technician") == "设备维修工"
    # a bilingual title already says its job in Chinese, in the employer's own words
    assert clean_title("Logistics Coordinator 物流专员") == "Logistics Coordinator 物流专员"


def test_a_title_naming_a_roles_function_at_another_rank_still_fits():
    service = MajorProfile("530605", "市场营销", "higher", {1: 1.0}, (), ("销售代表", "客服专员"))
    secretary = MajorProfile("590401", "现代文秘", "higher", {2: 1.0}, (), ("文秘", "文员"))
    index = MajorIndex([service, secretary])
    fit = index.title_fit("客服助理")  # no role is in the title, but 客服专员's function is
    assert fit["530605"][1] == "客服专员" and "590401" not in fit
    # 客服文员: the function (客服) says more than the bare rank (文员)
    assert index.recommend([], title="客服文员")[0].code == "530605"
    assert index.recommend([], title="文员")[0].code == "590401"


def test_a_shorter_list_is_the_head_of_the_longer_one():
    demands = [Demand(1, 1.0), Demand(3, 0.5), Demand(9, 1.0)]
    full = INDEX.recommend(demands, title="物流专员", limit=10)
    assert len(full) == 3 and [r.score for r in full] == sorted((r.score for r in full), reverse=True)
    for k in (1, 2):
        assert INDEX.recommend(demands, title="物流专员", limit=k) == full[:k]


def test_a_title_is_read_as_the_most_specific_role_it_names():
    ecommerce = MajorProfile("530701", "电子商务", "higher", {1: 1.0}, (), ("电商运营", "运营专员"))
    scenic = MajorProfile("540110", "智慧景区开发与管理", "higher", {2: 1.0}, (), ("景区运营专员",))
    drugs = MajorProfile("490209", "食品药品监督管理", "higher", {3: 1.0}, (), ("注册专员",))
    business = MajorProfile("530601", "工商企业管理", "higher", {4: 1.0}, (), ("行政专员", "工商注册专员"))
    english = MajorProfile("570202", "应用英语", "higher", {5: 1.0}, (), ("英语翻译", "英语客服"))
    index = MajorIndex([ecommerce, scenic, drugs, business, english])
    # 运营专员 does not say 景区: the scenic-area role only specialises the role the title names
    assert set(index.title_fit("运营专员")) == {"530701"}
    assert set(index.title_fit("景区运营专员")) >= {"540110"}
    # 工商注册专员 names that role, not the drug-registration 注册专员 inside it
    assert set(index.title_fit("工商注册专员")) == {"530601"}
    assert index.title_fit("注册专员")["490209"][1] == "注册专员"
    # titles say 英文 where roles say 英语
    assert index.title_fit("英文客服")["570202"][1] == "英语客服"
    # a bare 客服 does not say 英语 either
    assert "570202" not in index.title_fit("客服")


def test_a_role_that_only_adds_who_does_the_work_is_a_near_miss_of_the_work():
    media = MajorProfile("560202", "广播影视节目制作", "higher", {1: 1.0}, (), ("视频剪辑师",))
    english = MajorProfile("570202", "应用英语", "higher", {2: 1.0}, (), ("英语剪辑专员",))
    estate = MajorProfile("440703", "现代物业管理", "higher", {3: 1.0}, (), ("客服主管",))
    index = MajorIndex([media, english, estate])
    # 视频剪辑 is the 视频剪辑师's work; 英语剪辑专员 adds a language, not a doer, to 剪辑
    assert index.title_fit("视频剪辑")["560202"][1] == "视频剪辑师"
    assert "570202" not in index.title_fit("剪辑")
    # a supervisor is another post than the work supervised
    assert "440703" not in index.title_fit("客服")


def test_a_title_that_is_a_role_is_not_read_as_a_role_spelt_like_it():
    water = MajorProfile(
        "420809", "水净化与安全技术", "higher", {1: 1.0}, (), ("水处理技术员", "水处理操作工")
    )
    plating = MajorProfile("460606", "航空装备表面处理技术", "higher", {2: 1.0}, (), ("表面处理操作工",))
    index = MajorIndex([water, plating])
    # 水处理操作工 is water treatment, however close 表面处理操作工 (surface treatment) is spelt
    assert set(index.title_fit("水处理操作工")) == {"420809"}
    assert index.recommend([], title="水处理操作工")[0].code == "420809"
    # a title no role spells exactly still finds its near-misses
    assert set(index.title_fit("表面处理操作员")) == {"460606"}


def test_a_worker_named_with_another_doers_ending_is_the_same_worker():
    lifts = MajorProfile("460206", "电梯工程技术", "higher", {1: 1.0}, (), ("电梯维保员",))
    pipes = MajorProfile("500502", "管道运输管理", "higher", {2: 1.0}, (), ("管道维护员",))
    care = MajorProfile("520201", "护理", "higher", {3: 1.0}, (), ("护工",))
    ore = MajorProfile("420301", "选矿技术", "higher", {4: 1.0}, (), ("选矿操作工",))
    chips = MajorProfile("510401", "微电子技术", "higher", {5: 1.0}, (), ("操作员",))
    index = MajorIndex([lifts, pipes, care, ore, chips])
    assert index.title_fit("电梯维保工") == {"460206": (STEM_MATCH, "电梯维保员")}
    # the 护工 spelt across 维护|工 and the bare 操作员 inside 选矿操作员 are not the job
    assert set(index.title_fit("管道维护工")) == {"500502"}
    assert index.recommend([], title="选矿操作员")[0].code == "420301"
    # a title that is a role as it stands keeps it
    assert set(index.title_fit("护工")) == {"520201"}


def test_an_apprentice_a_technician_or_a_doer_of_a_role_is_read_as_that_worker():
    trains = MajorProfile("460801", "高速铁路动车组制造与维护", "higher", {1: 1.0}, (), ("动车组装配工",))
    teeth = MajorProfile("520504", "口腔医学技术", "higher", {2: 1.0}, (), ("义齿技师", "技工"))
    lathe = MajorProfile("660102", "机械加工技术", "secondary", {3: 1.0}, (), ("车床工",))
    freight = MajorProfile("530802", "现代物流管理", "higher", {4: 1.0}, (), ("物流调度",))
    roads = MajorProfile("500201", "道路运输管理", "higher", {5: 1.0}, (), ("调度员",))
    video = MajorProfile("560202", "广播影视节目制作", "higher", {6: 1.0}, (), ("视频剪辑师",))
    live = MajorProfile("530704", "直播电商服务", "higher", {7: 1.0}, (), ("短视频剪辑",))
    index = MajorIndex([trains, teeth, lathe, freight, roads, video, live])
    # 技工 and 学徒 say who does the work: not a dental 技工, and an apprentice of the lathe
    assert set(index.title_fit("中车动车组装配技工")) == {"460801"}
    assert set(index.title_fit("车床学徒")) == {"660102"}
    # a role and its doer (物流调度 + 员) is that role, not the 调度员 spelt across it
    assert set(index.title_fit("物流调度员")) == {"530802"}
    # a role the title ends with as it is stands: 短视频剪辑师 is a 视频剪辑师
    assert index.title_fit("短视频剪辑师")["560202"] == (1.0, "视频剪辑师")
    # a bare verb before the doer is no stem: a 维修师傅 is not any 维修工 or 维修员
    assert index.title_fit("维修师傅") == {}


def test_the_employers_industry_ranks_majors_the_text_put_forward():
    # a 客服 title both majors list: a forwarder (58) is a logistics job, an online shop (52) a sales one
    sales = MajorProfile("530605", "市场营销", "higher", {1: 1.0}, ("52", "51", "72"), ("客服专员",))
    logistics = MajorProfile("530802", "现代物流管理", "higher", {2: 1.0}, ("59", "54", "58"), ("客服专员",))
    index = MajorIndex([sales, logistics])
    forwarder = index.recommend([], title="客服专员", industries=["58"])
    assert [r.code for r in forwarder] == ["530802", "530605"]
    assert (forwarder[0].industry_match, forwarder[0].industry_fit) == ("58", 0.5)  # its third division
    assert index.recommend([], title="客服专员", industries=["52"])[0].code == "530605"
    # the industry alone names no major
    assert index.recommend([], title="", industries=["58"]) == []


def test_a_job_every_trade_has_is_the_employers_trades_own_name_for_it():
    # 客服专员 is listed by majors of three 专业大类; a fund house's 客服 is finance's 金融客服
    sales = MajorProfile("530605", "市场营销", "higher", {1: 1.0}, ("52", "51", "72"), ("客服专员",))
    power = MajorProfile("430111", "电力客服", "higher", {2: 1.0}, ("44",), ("供电客服", "客服专员"))
    care = MajorProfile("520801", "健康管理", "higher", {3: 1.0}, ("84",), ("健康顾问", "客服专员"))
    finance = MajorProfile("530201", "金融服务与管理", "higher", {4: 1.0}, ("66", "67"), ("金融客服",))
    broker = MajorProfile("530204", "证券实务", "higher", {5: 1.0}, ("67", "66"), ("证券客服",))
    index = MajorIndex([sales, power, care, finance, broker])
    fund = {r.code: r for r in index.recommend([], title="客服专员", industries=["66"])}
    assert (fund["530201"].title_fit, fund["530201"].title_match) == (TRADE_FIT, "金融客服")
    assert fund["530201"].industry_match == "66"
    assert fund["530605"].score > fund["530201"].score  # placed, under the post the title names outright
    # only a major whose trade (its first division) the employer is in: 证券实务 leads with 67
    assert "530204" not in fund
    # no employer, or one filed under any trade's division (software, 65), names no trade
    assert "530201" not in {r.code for r in index.recommend([], title="客服专员")}
    assert "530201" not in {r.code for r in index.recommend([], title="客服专员", industries=["65"])}
    # a job few trades have is no such job: only 电力客户服务与管理 and 健康管理 list 客服专员 here
    narrow = MajorIndex([power, care, finance])
    assert "530201" not in {r.code for r in narrow.recommend([], title="客服专员", industries=["66"])}


def test_a_role_the_title_also_writes_on_its_own_is_named_beside_the_longer_one():
    machining = MajorProfile("660102", "机械加工技术", "secondary", {1: 1.0}, (), ("钳工",))
    ships = MajorProfile("660302", "船舶机械装置安装与维修", "secondary", {2: 1.0}, (), ("装配钳工",))
    index = MajorIndex([machining, ships])
    assert set(index.title_fit("装配钳工")) == {"660302"}  # the 钳工 inside it is not named
    assert set(index.title_fit("钳工/装配钳工")) == {"660102", "660302"}


def test_a_majors_field_inside_a_longer_field_the_title_names_is_not_named():
    service = MajorProfile("500210", "汽车技术服务与营销", "higher", {1: 1.0}, (), ())
    electric = MajorProfile("500212", "新能源汽车检测与维修技术", "higher", {2: 1.0}, (), ())
    index = MajorIndex([service, electric])
    assert index.title_fit("新能源汽车售后") == {"500212": (NAME_MATCH, "新能源汽车")}
    assert set(index.title_fit("汽车售后")) == {"500210"}
    assert set(index.title_fit("新能源汽车与汽车售后")) == {"500210", "500212"}  # 汽车 said on its own too


def test_the_majors_own_field_counts_only_when_the_title_names_no_job():
    network = MajorProfile("510308", "网络规划与优化技术", "higher", {1: 1.0}, (), ("网络优化工程师",))
    shop = MajorProfile("530701", "电子商务", "higher", {2: 1.0}, (), ("电商运营", "网络客服"))
    index = MajorIndex([network, shop])
    # 网络客服 is a 客服 job that works online, not a network engineering one
    assert set(index.title_fit("网络客服")) == {"530701"}
    # a title that names no role falls back to the field in the major's name
    assert index.title_fit("网络规划")["510308"][1] == "网络"


def test_a_title_may_name_a_role_with_words_between_its_halves():
    air = MajorProfile("530803", "航空物流管理", "higher", {1: 1.0}, (), ("空运客服",))
    logistics = MajorProfile("530802", "现代物流管理", "higher", {2: 1.0}, (), ("物流主管",))
    index = MajorIndex([air, logistics])
    assert index.title_fit("空运出口客服") == {"530803": (SPLIT_MATCH, "空运客服")}
    # a bare rank is no half: an office manager at a logistics firm is not a 物流主管
    assert "物流主管" not in {role for _, role in index.title_fit("物流公司行政主管").values()}


def test_an_urgent_note_after_the_job_does_not_take_the_job_with_it():
    # "(急聘…)" is a note on the job; only a hirer before the job ("徐汇区诚聘…") is cut with its 诚聘
    assert INDEX.title_fit("应收账款会计(急聘&应届本科生也可以)")["530302"][1] == "会计"
    assert INDEX.title_fit("徐汇区诚聘物流专员")["530802"][1] == "物流专员"


def test_benefits_in_a_title_are_not_the_job():
    travel = MajorProfile("540101", "旅游管理", "higher", {1: 1.0}, (), ("导游",))
    service = MajorProfile("530605", "市场营销", "higher", {2: 1.0}, (), ("客服专员",))
    index = MajorIndex([travel, service])
    # 员工旅游 is a staff outing the job offers, not a tourism job
    assert set(index.title_fit("客服助理/五险一金 年底双薪 员工旅游")) == {"530605"}
    assert set(index.title_fit("周末双休聘客服专员")) == {"530605"}


def test_a_role_the_title_names_whole_is_not_read_again_with_words_between_its_halves():
    repair = MajorProfile("700206", "汽车运用与维修", "secondary", {1: 1.0}, (), ("汽车维修工",))
    electrics = MajorProfile("660703", "汽车电子技术应用", "secondary", {2: 1.0}, (), ("汽车电器维修工",))
    index = MajorIndex([repair, electrics])
    assert set(index.title_fit("汽车电器维修工")) == {"660703"}
    # a title no role names whole still names 汽车维修工 with words between its halves
    assert index.title_fit("汽车发动机维修工")["700206"] == (SPLIT_MATCH, "汽车维修工")


@pytest.mark.parametrize(
    ("title", "cleaned"),
    [
        ("3D打印操作员", "3D打印操作员"),  # digits spelt into a name are not pay
        ("5G网络优化工程师", "5G网络优化工程师"),
        ("ISO9001内审员", "ISO9001内审员"),
        ("出纳月薪5000", "出纳"),
        ("客服8k-12k", "客服"),
        ("会计(5000-8000元/月)", "会计"),
        ("2名客服", "客服"),
        ("部门助理J10863", "部门助理"),  # a posting's code
        ("智课教育诚邀呼叫中心TMK专员", "呼叫中心TMK专员"),  # who hires
        # a bracket saying which trade is read before the job; a condition, perk or negation is not
        ("车辆检修工（地铁）", "地铁车辆检修工"),
        ("销售助理(外贸)", "外贸销售助理"),
        ("商务助理（采购方向）", "采购商务助理"),
        ("汽修学徒（包吃住）", "汽修学徒"),
        ("客服专员（无销售）", "客服专员"),
        ("空运出口操作（电子产品）", "空运出口操作"),  # the goods it handles, not its trade
        ("注塑工艺工程师（汽车内饰件）", "注塑工艺工程师"),  # a part it makes: no 汽车…工程师
        ("电工（持证）", "电工"),
        ("仓管/跟单（电子厂）", "仓管 跟单"),  # the employer, not the job's trade
        ("银行大堂助理（劳务派遣）", "银行大堂助理"),  # how it is hired
        ("运营专员（新媒体/短视频）", "新媒体运营专员 短视频运营专员"),  # each trade the bracket names
        ("客服（双休/包住）", "客服"),
        ("急聘（销售助理/业务助理/后勤）", "销售助理 业务助理 后勤"),  # the jobs are in the bracket
        # a campus notice: the year's intake and the scheme are no part of the job, and a bracket
        # after the job is read with the job, not with the notice before a colon or a bar
        ("2026届校园招聘｜新能源电站运维工程师（光伏方向）20名", "光伏新能源电站运维工程师"),
        ("精工机械2026届校招：CNC编程员（学徒制）10名", "精工机械 CNC编程员"),
        ("充电场站运营主管（储备干部）", "充电场站运营主管"),  # a trainee scheme, not the trade
        ("储备店长(管培生)", "储备店长"),
        ("货代OP", "货代操作"),  # a forwarder's OP is its 操作 (but not the OP of OPPO)
        ("OPPO手机导购", "OPPO手机导购"),
    ],
)
def test_a_titles_pay_codes_and_hirer_are_cleaned_away_and_its_names_kept(title, cleaned):
    assert clean_title(title) == cleaned
