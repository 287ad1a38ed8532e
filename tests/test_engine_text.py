"""The pure engine's text handling: normalisation and extraction, on a small hand-made taxonomy."""

import pytest

from matchmaker.matching.engine.extract import extract
from matchmaker.matching.engine.fields import named_fields
from matchmaker.matching.engine.normalise import normalise
from matchmaker.matching.engine.taxonomy import SkillEntry, Taxonomy


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("ＰＬＣ编程", "plc编程"),  # full-width letters
        ("Excel", "excel"),  # case
        ("Auto CAD", "autocad"),  # spacing
        ("CAD/CAM", "cadcam"),  # punctuation
        ("C++", "c++"),  # + survives: C and C++ stay apart
        ("C#", "c#"),
        ("办公　软件", "办公软件"),  # ideographic space
        ("“双师型”", "双师型"),
        ("溝通能力", "沟通能力"),  # traditional characters
        ("ＰＬＣ編程", "plc编程"),  # traditional and full-width at once
        ("乾隆", "乾隆"),  # a phrase whose 乾 is no 干: OpenCC's phrase table keeps it
    ],
)
def test_normalise(raw, key):
    assert normalise(raw) == key


def names(found):
    return [f.name for f in found]


def test_aliases_width_and_case_are_found(taxonomy):
    found = extract(taxonomy, "熟悉可编程控制器程序设计，会用ＥＸＣＥＬ表格")
    assert names(found) == ["PLC编程", "Excel"]
    assert found[0].confidence < 1.0  # an alias, not the canonical name


def test_overlapping_terms_resolve_to_the_longest(taxonomy):
    found = extract(taxonomy, "能独立操作数控机床")
    assert names(found) == ["数控机床操作"]
    assert found[0].matched == ["数控机床"]


def test_ascii_terms_match_whole_words_only(taxonomy):
    assert names(extract(taxonomy, "熟悉MySQL数据库")) == ["MySQL"]
    assert names(extract(taxonomy, "熟悉SQL查询")) == ["SQL"]
    assert names(extract(taxonomy, "PSD文件")) == []  # PS is not inside PSD


def test_ascii_near_misses_are_caught_fuzzily(taxonomy):
    found = extract(taxonomy, "会使用Photoshp修图")
    assert names(found) == ["Photoshop"] and 0.5 < found[0].confidence < 0.9


def test_a_skill_no_curator_has_verified_is_no_dictionary_term():
    storage = SkillEntry(1, "仓储管理", "technical", ("仓库管理",))
    typed = Taxonomy.build([storage, SkillEntry(2, "负责", "technical", verified=False)])
    assert [f.name for f in extract(typed, "负责仓库管理")] == ["仓储管理"]
    assert typed.lookup("负责") is None and typed.skills[2].name == "负责"  # its postings still name it


def test_an_ad_in_traditional_characters_is_read_as_simplified_with_spans_as_written(taxonomy):
    ad = (
        "崗位職責：負責PLC編程，會看機械圖紙。\n任職要求：善於溝通。\n"
        "福利待遇：五險一金，雙休，提供Excel培訓。"
    )
    found = extract(taxonomy, ad)
    assert names(found) == ["PLC编程", "机械制图", "沟通能力"]  # the welfare line's Excel is still no skill
    span = found[1].spans[0]
    assert ad[span[0] : span[1]] == "機械圖紙" and found[1].matched == ["機械圖紙"]
    simplified_ad = (
        "岗位职责：负责PLC编程，会看机械图纸。\n任职要求：善于沟通。\n"
        "福利待遇：五险一金，双休，提供Excel培训。"
    )
    assert [(f.name, f.spans) for f in extract(taxonomy, simplified_ad)] == [(f.name, f.spans) for f in found]


def test_boilerplate_is_not_skills(taxonomy):
    ad = (
        "岗位职责：1、负责PLC编程；2、会看机械图纸。\n"
        "任职要求：年龄18-35岁，男女不限，善于沟通。\n"
        "福利待遇：五险一金，双休，班车，提供Excel培训。\n"
        "联系电话：[PHONE]，邮箱：[EMAIL]\n"
        "公司简介：我公司成立于2005年，主要生产数控机床和PLC控制柜。"
    )
    assert names(extract(taxonomy, ad)) == ["PLC编程", "机械制图", "沟通能力"]
    # a notice's posts after its blurb, under a heading naming what it needs filled, are read again
    notice = "一、单位简介\n我公司主要生产数控机床。\n二、岗位需求\n1. 编程员（5人）：负责PLC编程\n三、要求\n"
    notice += "善于沟通"
    assert names(extract(taxonomy, notice)) == ["PLC编程", "沟通能力"]


def test_duties_done_by_phone_wechat_or_qq_are_read_and_contact_lines_are_not():
    channels = Taxonomy.build(
        [
            SkillEntry(1, "呼叫中心", "technical", ("电话回访",)),
            SkillEntry(2, "手机维修", "technical", ()),
            SkillEntry(3, "新媒体运营", "technical", ("微信公众号运营",)),
            SkillEntry(4, "人事事务", "technical", ("HR",)),
            SkillEntry(5, "OA系统", "technical", ("企业微信",)),
        ]
    )
    duties = "1、对客户进行电话回访；2、负责手机维修；3、通过QQ、微信公众号运营吸粉；4、熟练使用企业微信"
    assert names(extract(channels, duties)) == ["呼叫中心", "手机维修", "新媒体运营", "OA系统"]
    contacts = (
        "联系电话：[PHONE]\n电话：13800000000 微信：hr_2017\n手机：[PHONE]，QQ：12345\n"
        "如您在一日之内未接到HR电话，请致电预约面试\n负责企业微信订阅号的电话回访"
    )
    assert names(extract(channels, contacts)) == ["呼叫中心"]  # the account is not WeCom


def test_a_perks_word_spelt_across_a_word_boundary_is_not_welfare():
    plant = Taxonomy.build(
        [
            SkillEntry(1, "设备维护保养", "technical", ("设备维护",)),
            SkillEntry(2, "成本控制", "technical", ()),
            SkillEntry(3, "老年护理", "technical", ("照顾老人",)),
        ]
    )
    duties = "负责设备的整体检查及设备维护；提成品率，做好成本控制；对转正常运行的设备维护；在福利院照顾老人"
    assert names(extract(plant, duties)) == ["设备维护保养", "成本控制", "老年护理"]
    # the perks themselves still are: a clause naming one is not read, whatever else it names
    assert names(extract(plant, "设备维护岗位另有提成；设备维护岗三个月转正")) == []


def test_the_ages_of_the_people_a_job_serves_are_not_the_applicants():
    care = Taxonomy.build(
        [
            SkillEntry(1, "婴幼儿照护", "technical", ()),
            SkillEntry(2, "篮球教学", "technical", ("篮球培训",)),
            SkillEntry(3, "早期教育指导", "technical", ("早教课程",)),
            SkillEntry(4, "四轮定位", "technical", ("车身高度调整",)),
            SkillEntry(5, "商品陈列", "technical", ()),
            SkillEntry(6, "健康评估", "technical", ("身高体重测量",)),
        ]
    )
    duties = (
        "负责0-3周岁婴幼儿照护；承担12-18岁青少年的篮球培训；针对不同年龄段儿童设计早教课程；"
        "车身高度调整；提升门店营业额，做好商品陈列；做好老人的身高体重测量"
    )
    served = ["婴幼儿照护", "篮球教学", "早期教育指导", "四轮定位", "商品陈列", "健康评估"]
    assert names(extract(care, duties)) == served
    applicant = (
        "年龄18-35岁有篮球培训经验；35周岁以下篮球培训经验；身高160以上早教课程；公司年营业额达5亿，商品陈列"
    )
    assert names(extract(care, applicant)) == []


def test_work_in_a_gym_with_insurance_or_on_residence_records_is_not_welfare_or_personal():
    trades = Taxonomy.build(
        [
            SkillEntry(1, "健身指导", "technical", ("私教",)),
            SkillEntry(2, "保险销售", "technical", ()),
            SkillEntry(3, "户政管理", "technical", ("户籍管理",)),
        ]
    )
    duties = "负责健身房会员接待及私教课；从事商业保险销售；负责辖区户籍管理"
    assert names(extract(trades, duties)) == ["健身指导", "保险销售", "户政管理"]
    perks = "公司提供健身房私教；免费体检、商业保险；上海户籍优先"
    assert extract(trades, perks) == []


def test_knowing_welfare_schemes_is_a_requirement_and_being_offered_them_is_not():
    hr = Taxonomy.build(
        [
            SkillEntry(1, "社会保险业务", "technical", ("社保", "公积金")),
            SkillEntry(2, "医疗保险", "knowledge", ("医保结算",)),
        ]
    )
    asked = "熟悉社保、公积金办事流程；了解医保结算"
    assert names(extract(hr, asked)) == ["社会保险业务", "医疗保险"]
    assert names(extract(hr, "负责员工社保公积金的管理")) == ["社会保险业务"]
    offered = "福利：五险一金，缴纳社保、公积金；享受医保结算便利"
    assert extract(hr, offered) == []


def test_metro_and_bus_work_is_read_and_the_commute_is_not():
    transport = Taxonomy.build(
        [
            SkillEntry(1, "铁路客运组织", "technical", ("车站客运",)),
            SkillEntry(2, "道路运输组织", "technical", ("车辆调度",)),
        ]
    )
    duties = "负责地铁车站客运服务；负责公交车辆调度"
    assert names(extract(transport, duties)) == ["铁路客运组织", "道路运输组织"]
    commute = "近地铁，交通便利；地铁2号线娄山关路站；7号线长寿路站附近车站客运中心"
    assert extract(transport, commute) == []


def test_search_keywords_and_career_ladders_are_not_skills():
    office = Taxonomy.build(
        [SkillEntry(1, "销售助理", "technical", ()), SkillEntry(2, "质量检验", "technical", ("质检",))]
    )
    assert extract(office, "关键字: 销售行政助理、销售助理、客户服务助理") == []
    assert extract(office, "- 电话客服专员->投诉专员、报表专员、质检专员") == []
    assert names(extract(office, "协助销售助理完成质检报告")) == ["销售助理", "质量检验"]
    # the post's category and keywords run into the ad's last sentence: what comes before them is read
    tail = "负责来料质检。双休，五险一金 职能类别：销售助理 关键字：质检"
    assert names(extract(office, tail)) == ["质量检验"]
    assert extract(office, "地址：上海市虹口区 职能类别：销售助理") == []
    assert names(extract(office, "负责销售助理工作")) == ["销售助理"]


def test_welfare_sections_are_skipped_up_to_the_next_requirements_heading(taxonomy):
    ad = (
        "【公司福利】\n1、社会保险，商业医疗保险\n2、新员工入职培训，工作餐注重营养搭配\n"
        "【应聘要求】\n1、熟悉PLC编程；2、善于沟通。\n"
        "四、我们提供：1、Excel培训"
    )
    assert names(extract(taxonomy, ad)) == ["PLC编程", "沟通能力"]


def test_an_apprenticeship_notice_reads_its_duties_and_requirements_not_its_training_offer(taxonomy):
    notice = (
        "【企业简介】华东精工有限公司主营数控机床，设有客服中心。\n"
        "【招聘岗位】机电维修学徒\n【面向专业】机电一体化技术\n"
        "【实习内容】\n1、在师傅指导下完成PLC编程调试；\n"
        "【学生要求】\n1、能识图，善于沟通；\n"
        "【带教安排】入职第1周为安全教育和Excel培训\n2、第2个月学习数控编程\n"
        "【实习待遇】实习补贴4000元/月，包住\n【招聘电话】0512-6666 8888"
    )
    assert names(extract(taxonomy, notice)) == ["PLC编程", "机械制图", "沟通能力"]
    # a perk called 培训 in a list of perks is one item, not a heading over what follows it
    perks = "岗位要求：\n1、培训：带薪岗前Excel培训\n2、熟悉PLC编程，善于沟通"
    assert names(extract(taxonomy, perks)) == ["PLC编程", "沟通能力"]


def test_an_order_class_notice_and_a_wechat_post_read_by_their_headings(taxonomy):
    order_class = (
        "企业简介\n某钢铁集团主营热轧带钢，设有客服中心。\n培养方式\n第二学年企业派工程师进校讲授Excel。\n"
        "岗位主要工作\n1、熟悉PLC编程\n报名条件\n1、善于沟通\n订单待遇\n企业奖学金，Excel培训\n"
        "报名：各班班主任统一汇总"
    )
    assert names(extract(taxonomy, order_class)) == ["PLC编程", "沟通能力"]
    wechat = (
        "🌟 **企业介绍**\n公司设有客服中心。\n🎯 **你将负责**\n✅ 熟悉PLC编程\n🎁 **薪资福利**\n✅ Excel培训"
    )
    assert names(extract(taxonomy, wechat)) == ["PLC编程"]


def test_the_training_the_hire_will_get_lists_no_skill_asked_for(taxonomy):
    given = (
        "实习前一周进行入厂培训，内容包括Excel和PLC编程；",
        "入职后参加统一岗前培训（Excel、客服规范）；",
        "培训安排：录用后集中培训45天，学习PLC编程",
    )
    for sentence in given:
        assert extract(taxonomy, sentence) == []
    # what the sentence asks before the training is still asked
    ask = "熟悉PLC编程者优先（没有的入职后统一安排Excel培训）"
    assert names(extract(taxonomy, ask)) == ["PLC编程"]
    # a trainer's duty, and training the applicant has had, are read
    assert names(extract(taxonomy, "负责新员工入职培训，讲解Excel")) == ["Excel"]
    assert names(extract(taxonomy, "接受过PLC编程培训者优先")) == ["PLC编程"]


def test_welfare_headings_numbered_in_chinese_or_called_extra_are_sections_too():
    leisure = Taxonomy.build(
        [
            SkillEntry(1, "推拿", "technical", ("按摩师",)),
            SkillEntry(2, "户外运动", "technical", ("户外拓展",)),
            SkillEntry(3, "客户服务", "technical", ("客服",)),
        ]
    )
    ad = (
        "一、岗位描述 1、为客户提供客服咨询. 二、薪资福利（综合工资4000元/月） 1、底薪+绩效。"
        "2、员工活动：专业按摩师提供定期按摩。"
    )
    assert names(extract(leisure, ad)) == ["客户服务"]
    extra = "额外福利：班车免费送回家，户外拓展，年会。岗位职责：负责客服"
    assert names(extract(leisure, extra)) == ["客户服务"]


def test_words_that_only_contain_a_skill_are_not_it():
    trades = Taxonomy.build(
        [
            SkillEntry(1, "化妆造型", "technical", ("化妆",)),
            SkillEntry(2, "早期教育指导", "technical", ("早教",)),
            SkillEntry(3, "实时计算", "technical", ("流处理",)),
            SkillEntry(4, "录音", "technical", ()),
            SkillEntry(5, "裁剪排料", "technical", ("铺布",)),
            SkillEntry(6, "iOS开发", "technical", ("iOS",)),
        ]
    )
    ad = "有化妆品行业经验优先；工作地点就近分配到早教中心；来电及时分流处理；抽检坐席录音；处理录音信息"
    assert extract(trades, ad) == []
    assert extract(trades, "负责店铺布局；熟悉iOS设备的使用") == []
    assert names(extract(trades, "负责新娘化妆，熟悉早教课程")) == ["化妆造型", "早期教育指导"]


def test_two_words_side_by_side_do_not_spell_a_third():
    logistics = Taxonomy.build(
        [
            SkillEntry(1, "报关", "technical", ()),
            SkillEntry(2, "费用报销", "technical", ("报销",)),
            SkillEntry(3, "商品陈列", "technical", ("理货",)),
            SkillEntry(4, "订单管理", "technical", ("理单",)),
            SkillEntry(5, "经济法", "technical", ("公司法",)),
            SkillEntry(6, "钢琴调律", "technical", ("调律师",)),
            SkillEntry(7, "工商注册", "technical", ("公司注册",)),
            SkillEntry(8, "办公设备使用", "technical", ("复印",)),
            SkillEntry(9, "生产计划与控制", "technical", ("排产",)),
            SkillEntry(10, "仓储管理", "technical", ("收发货",)),
            SkillEntry(11, "学习能力", "soft", ("好学",)),
        ]
    )
    ad = (
        "汇报关系：业务主管；随时汇报销售动态；科学管理货品库位；处理货物运输中的问题；整理单据；"
        "公司法务部从业经历；完善公司法律管理体系；协调律师处理纠纷；负责公司注册商标；整理发票复印件；"
        "安排产品发货；负责接收发货人的邮件；做好学生成绩统计"
    )
    assert extract(logistics, ad) == []
    duties = (
        "负责报关、报销及理货；跟单、理单；熟悉公司法；钢琴调律师；办理公司注册；会复印；排产；收发货；好学"
    )
    assert names(extract(logistics, duties)) == [
        "报关", "费用报销", "商品陈列", "订单管理", "经济法", "钢琴调律", "工商注册", "办公设备使用",
        "生产计划与控制", "仓储管理", "学习能力",
    ]  # fmt: skip


def test_two_words_listed_apart_are_not_the_term_they_spell_together():
    office = Taxonomy.build(
        [
            SkillEntry(1, "财务会计", "technical", ()),
            SkillEntry(2, "销售管理", "technical", ()),
            SkillEntry(3, "大学英语四级", "certificate", ("四六级",)),
            SkillEntry(4, "人事事务", "technical", ("入离职",)),
            SkillEntry(5, "服务态度", "soft", ("耐心细致",)),
            SkillEntry(6, "耐心", "soft", ()),
        ]
    )
    listed = "制订公司内部财务、会计制度；参加沟通、着装、销售、管理等培训；耐心、细致"
    assert names(extract(office, listed)) == ["耐心"]
    # a word shared by both items is written once ("四、六级" is 四级 and 六级), so the term stands
    shared = "达到CET四、六级的水平；办理员工入、离职手续；熟悉财务会计；销售管理经验；工作耐心细致"
    assert names(extract(office, shared)) == ["大学英语四级", "人事事务", "财务会计", "销售管理", "服务态度"]


def test_a_duty_that_names_the_company_is_not_its_blurb(taxonomy):
    duties = "1、负责本公司设备的PLC编程；2、熟悉上市公司Excel报表"
    assert names(extract(taxonomy, duties)) == ["PLC编程", "Excel"]
    assert extract(taxonomy, "本公司是一家专业从事PLC编程的上市公司，欢迎加入") == []


def test_a_company_name_is_not_its_trade_as_a_skill(taxonomy):
    ad = "本岗位为上海景鸿物流管理有限公司招聘；负责物流管理单据，熟悉Excel。"
    found = extract(taxonomy, ad)
    assert names(found) == ["物流管理", "Excel"]
    assert found[0].spans == [(ad.index("负责") + 2, ad.index("负责") + 6)]  # the duty, not the name
    assert extract(taxonomy, "上海PLC编程集团") == []


def test_a_trade_worked_in_a_department_a_post_or_the_computer_used_is_not_a_skill():
    office = Taxonomy.build(
        [
            SkillEntry(1, "电子商务", "knowledge", ("电商",)),
            SkillEntry(2, "供应链管理", "technical", ("供应链",)),
            SkillEntry(3, "组织协调能力", "soft", ("协调",)),
            SkillEntry(4, "计算机应用基础", "tool", ("熟练电脑", "计算机")),
            SkillEntry(5, "文字录入", "technical", ("打字",)),
        ]
    )
    ad = "有电商从业经验，电子商务行业优先；协助供应链总监，对接供应链部门"
    assert extract(office, ad) == []
    # The computer is only where the typing or the office work is done.
    assert names(extract(office, "熟练电脑打字；计算机Office")) == ["文字录入"]
    # The same words as the work itself are still read, and an ability next to 部门 is the verb.
    assert names(extract(office, "负责电商平台运营，优化供应链；协调部门内部工作；熟练电脑操作")) == [
        "电子商务",
        "供应链管理",
        "组织协调能力",
        "计算机应用基础",
    ]


def test_a_phrase_inside_a_dictionary_term_is_not_a_second_skill():
    writing = Taxonomy.build(
        [SkillEntry(1, "公文写作", "technical", ()), SkillEntry(2, "文案写作", "technical", ())]
    )
    assert names(extract(writing, "熟悉公文写作格式")) == ["公文写作"]  # not 文案写作 from its 写作
    assert names(extract(writing, "写作能力强")) == ["文案写作"]  # the phrasing on its own still reads


def test_posting_headings_insurance_and_career_paths_are_not_skills():
    office = Taxonomy.build(
        [
            SkillEntry(1, "费用报销", "technical", ("报销",)),
            SkillEntry(2, "招聘", "technical", ()),
            SkillEntry(3, "质量检验", "technical", ("质检",)),
        ]
    )
    ad = "招聘岗位：行政助理。1、负责费用报销。2、本人医保范围报销100%。3、横向发展：质检岗、培训岗。"
    (found,) = extract(office, ad)
    assert found.name == "费用报销" and len(found.spans) == 1  # the duty, not the insurance line
    assert extract(office, "职业发展路线（内部转岗）：人力资源部、质检部、物流部") == []
    assert extract(office, "员工子女免费质检培训") == []  # a benefit for the staff's children
    # the ad hiring is not recruiting work; recruiting work is
    for posting in ("招聘电焊工：负责质检", "招聘要求：会质检", "招聘3名操作工，负责质检"):
        assert names(extract(office, posting)) == ["质量检验"], posting
    assert extract(office, "现因业务需要，特招聘2名质检员") == []  # a job named, no skill asked for
    for duty in ("负责公司招聘工作", "协助招聘主管确定招聘计划", "招聘：寻找及选择招聘渠道", "发布招聘职位"):
        assert names(extract(office, duty)) == ["招聘"], duty


def test_social_insurance_work_is_a_duty_not_welfare():
    hr = Taxonomy.build([SkillEntry(1, "社会保险业务", "technical", ("社保",))])
    ad = "1、负责员工社保增减及公积金办理；2、公司为员工缴纳社保，双休"
    (found,) = extract(hr, ad)
    assert found.name == "社会保险业务"
    assert all(end <= ad.index("2、") for _, end in found.spans)  # the duty, not the welfare line


def test_hr_work_on_pay_benefits_and_probation_is_a_duty_not_welfare():
    hr = Taxonomy.build(
        [
            SkillEntry(1, "人事事务", "technical", ("入职",)),
            SkillEntry(2, "考勤管理", "technical", ("考勤",)),
            SkillEntry(3, "商务谈判", "technical", ("谈判",)),
            SkillEntry(4, "绩效考核", "technical", ()),
        ]
    )
    duties = (
        "1、办理员工入职及转正手续；2、负责员工福利及考勤的登记；3、进行薪资谈判；"
        "4、协助建立健全公司保险、福利、绩效考核等制度"
    )
    assert names(extract(hr, duties)) == ["人事事务", "考勤管理", "商务谈判", "绩效考核"]
    welfare = "入职即缴纳五险一金，带薪年假；转正后享受员工福利；薪资面议，考勤宽松"
    assert extract(hr, welfare) == []


def test_what_the_job_does_not_involve_is_not_a_skill(taxonomy):
    assert names(extract(taxonomy, "负责单据整理，无需PLC编程；不涉及机械制图；善于沟通")) == ["沟通能力"]
    # an English name the ad turns down is not then read as a misspelling of itself
    assert names(extract(taxonomy, "本岗位无需Excel，不涉及MySQL")) == []
    assert names(extract(taxonomy, "会用Excel，Photoshp")) == ["Excel", "Photoshop"]


def test_rules_and_working_conditions_the_hire_keeps_to_are_not_skills():
    hr = Taxonomy.build(
        [
            SkillEntry(1, "考勤管理", "technical", ("考勤", "排班")),
            SkillEntry(2, "学习能力", "soft", ("接受能力",)),
        ]
    )
    assert extract(hr, "遵守公司考勤制度；能适应排班工作制；服从排班") == []
    assert names(extract(hr, "负责员工考勤统计与排班")) == ["考勤管理"]
    assert names(extract(hr, "适应接受能力强")) == ["学习能力"]  # an ability, not a rule


def test_spans_point_into_the_original_text(taxonomy):
    text = "要求：熟练使用 Ｅｘｃｅｌ 表格"
    (found,) = extract(taxonomy, text)
    ((start, end),) = found.spans
    assert text[start:end] == "Ｅｘｃｅｌ 表格"


def test_a_phrase_naming_one_skill_twice_gives_its_span_once():
    # 组织 and 协调 of "沟通、组织、协调能力" are both 组织协调能力: one skill, its phrase listed once
    coordination = Taxonomy.build(
        [
            SkillEntry(1, "组织协调能力", "soft", ("组织能力", "协调能力")),
            SkillEntry(2, "沟通能力", "soft", ()),
        ]
    )
    text = "具有较强的沟通、组织、协调能力"
    found = {f.name: f for f in extract(coordination, text)}
    assert set(found) == {"组织协调能力", "沟通能力"}
    spans = found["组织协调能力"].spans
    assert len(spans) == len(set(spans))
    assert [text[a:b] for a, b in spans] == ["协调能力", "强的沟通、组织、协调能力"]


def test_preferred_skills_are_marked_optional(taxonomy):
    found = {f.name: f for f in extract(taxonomy, "熟悉PLC编程；会Excel者优先")}
    assert found["PLC编程"].optional is False
    assert found["Excel"].optional is True


def test_soft_skills_keep_their_category(taxonomy):
    (found,) = extract(taxonomy, "具有良好的沟通能力")
    assert found.name == "沟通能力" and found.category == "soft"


def test_degree_lines_name_fields_not_skills(taxonomy):
    ad = "任职要求：1、大专以上学历，物流管理或国际贸易相关专业优先；2、会用Excel，善于沟通。"
    assert names(extract(taxonomy, ad)) == ["Excel", "沟通能力"]
    assert names(extract(taxonomy, "具有物流管理专业方面的教育背景")) == []
    # professional knowledge and a note welcoming graduates are not a degree line
    assert names(extract(taxonomy, "熟悉物流管理及相关专业知识")) == ["物流管理"]
    assert names(extract(taxonomy, "会Excel（优秀应届毕业生亦可）")) == ["Excel"]
    assert named_fields(ad) == ["物流管理", "国际贸易"]
    assert named_fields("会计、财务或相关专业专科以上学历") == ["会计", "财务"]
    assert named_fields("管理类、理工科专业，专业不限") == []  # too broad to point at a major
    # looks written into the degree line are not a field; 形象设计 is
    assert named_fields("身高162CM以上，形象、品貌俱佳中专/高中以上学历；形象好气质佳大专学历") == []
    assert named_fields("形象设计、服装相关专业优先") == ["形象设计", "服装"]
    # 教育 of 教育背景 / 教育学历 is the word for schooling, not the field of education
    assert named_fields("教育背景：大专及以上") == named_fields("大专及以上教育学历") == []
    assert named_fields("学前教育或教育学相关专业") == ["学前教育", "教育学"]
    assert named_fields("主修科目：物流管理或相近科系") == ["物流管理"]
    assert names(extract(taxonomy, "主修科目：物流管理或相近科系")) == []
    assert named_fields("熟悉物流管理流程") == []  # not a degree line
    # what follows the degree in the same clause is still read for skills, and is not a field
    tail = "大专以上学历、良好的沟通能力"
    assert names(extract(taxonomy, tail)) == ["沟通能力"] and named_fields(tail) == []
    # a line wanting no degree names no field in the words before it, unless it names majors
    assert named_fields("协助经纪人财务其它事宜等 无学历要求！无特定专业限制！") == []
    assert named_fields("有经验者学历不限") == []
    assert named_fields("无学历要求，物流专业优先") == ["物流"]


def test_a_field_label_names_the_fields_listed_after_its_colon(taxonomy):
    ad = "某路桥工程局校园招聘。招聘专业：物流管理、国际贸易等。岗位职责：会用Excel"
    assert named_fields(ad) == ["物流管理", "国际贸易"]
    assert names(extract(taxonomy, ad)) == ["Excel"]  # the majors wanted are not skills
    degree = "1、学历：大专 2、专业要求：国际贸易、物流管理 3、年龄：23-35"
    assert named_fields(degree) == ["国际贸易", "物流管理"]
    assert named_fields("2、专业：不限；3、会用Excel") == []
    # professional knowledge is no label: what follows it is a skill, not a field
    knowledge = "专业知识：熟悉物流管理"
    assert named_fields(knowledge) == [] and names(extract(taxonomy, knowledge)) == ["物流管理"]


def test_a_fields_heading_on_a_line_of_its_own_lists_the_majors_on_the_lines_below_it(taxonomy):
    notice = "【面向专业】\n物流管理、国际贸易\n电商方向：电子商务\n\n【岗位要求】\n会用Excel"
    assert named_fields(notice) == ["物流管理", "国际贸易", "电商", "电子商务"]
    assert names(extract(taxonomy, notice)) == ["Excel"]  # the majors listed are not skills
    bilingual = "Majors｜面向专业\n物流管理、国际贸易\nRequirements｜任职要求\n会用Excel"
    assert named_fields(bilingual) == ["物流管理", "国际贸易"]
    assert names(extract(taxonomy, bilingual)) == ["Excel"]
    # the list ends at a blank line, or at a label alone on its line: what follows is read again
    for after in ("\n\n会用Excel", "\n岗位要求：\n会用Excel"):
        assert named_fields("专业要求：\n物流管理" + after) == ["物流管理"]
        assert names(extract(taxonomy, "专业要求：\n物流管理" + after)) == ["Excel"]
    # ... or at the next heading marked as this one is, though its label is no known heading
    marked = "◎ 专业要求\n物流管理、国际贸易\n◎ 基本条件\n1. 年龄23周岁以下\n2. 会用Excel，有沟通能力"
    assert named_fields(marked) == ["物流管理", "国际贸易"]
    assert names(extract(taxonomy, marked)) == ["Excel", "沟通能力"]
    bulleted = "◎ 专业要求\n• 物流管理\n• 国际贸易\n\n◎ 岗位职责\n会用Excel"  # items with another mark
    assert named_fields(bulleted) == ["物流管理", "国际贸易"]


def test_a_text_tables_fields_column_lists_majors_not_skills(taxonomy):
    table = (
        "岗位 | 人数 | 面向专业 | 工作内容\n"
        "跟单员 | 3 | 物流管理、国际贸易 | 用Excel做日报\n"
        "数据员 | 2 | 物流管理 | 写SQL查询\n\n"
        "要求：熟悉PLC编程"
    )
    assert named_fields(table) == ["物流管理", "国际贸易"]
    assert names(extract(taxonomy, table)) == ["Excel", "SQL", "PLC编程"]
    # a table without a fields column reads its cells as before
    plain = "岗位 | 人数 | 工作内容\n数据员 | 2 | 物流管理、写SQL查询"
    assert names(extract(taxonomy, plain)) == ["物流管理", "SQL"]


def test_a_not_required_heading_on_a_line_of_its_own_waives_the_items_below_it(taxonomy):
    notice = "要求：\n- 会用Excel\n不要求：\n- PLC编程、SQL\n- 沟通能力好更佳\n\n- 会MySQL"
    assert names(extract(taxonomy, notice)) == ["Excel", "MySQL"]
    bilingual = "Not Required｜以下不作要求\n- PLC编程\nRequirements｜任职要求\n- 会SQL"
    assert names(extract(taxonomy, bilingual)) == ["SQL"]


def test_an_apprenticeship_notice_names_its_fields_and_its_post_apart_from_the_skills(taxonomy):
    bracketed = "【面向专业】物流管理、国际贸易\n【岗位职责】会用Excel"
    assert named_fields(bracketed) == ["物流管理", "国际贸易"]
    assert names(extract(taxonomy, bracketed)) == ["Excel"]
    # the students a school is asked to send name fields, as a degree line does
    students = "面向物流管理、国际贸易专业2026届毕业生；物流管理专业在校生也可报名"
    assert named_fields(students) == ["物流管理", "国际贸易"]
    assert names(extract(taxonomy, students)) == []
    # the post's name is its title: 数控操作工 asks for no 数控 skill by itself
    for post in ("招聘岗位：数控操作工（实习）12名", "【招聘岗位】数控操作工", "【岗位名称】客服专员"):
        assert names(extract(taxonomy, post + "\n岗位要求：熟悉PLC编程")) == ["PLC编程"]
