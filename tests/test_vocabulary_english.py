"""The shipped vocabulary reads English and bilingual ads as a reader would: the English aliases of
seeds/skills/english.yaml, the English headings an ad's duties stand under, and the English words that
name something else in an ad (a season, an office that is a place, a kettle)."""

import pytest
from conftest import assert_reads

from matchmaker.reference import crosswalk_check


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # "or equivalent" after a certificate and "or similar" after a tool name no fields of study
        ("Good English reading and writing (CET-6 or equivalent)", "大学英语六级", None),
        ("Proficient in Excel or similar tools", "Excel", None),
        # a company's vision is no misspelt Visio; the tool by its name is read
        ("Our vision is to grow with our clients", None, "Microsoft Visio"),
        ("Draw process flowcharts in Visio", "Microsoft Visio", None),
        # the workshop's, the ward's, the pharmacy's and the shop's English (seeds/skills/english.yaml)
        ("Measure dimension with caliper, micrometer", "量具使用", None),
        ("Daily maintenance of welding gun and wire feeder", "设备维护保养", None),
        ("Administer injection, IV infusion and vaccinations", "静脉输液", None),
        ("Responsible for dispensing OTC medicine", "药品调剂", None),
        ("Dispensing machine for glue", None, "药品调剂"),
        ("Do first article inspection before mass production", "质量检验", None),
        ("Follow LOTO and electrical safety procedure", "安全生产管理", None),
        ("Comply with safety rules (LOTO, PPE) and 5S", "安全生产管理", None),
        ("Follow HACCP and food safety rules", "餐饮食品安全", "安全生产管理"),  # the kitchen's rules
        ("German is a plus but not required", "德语", None),  # still a nice-to-have
        ("Prepare export tax refund documents with finance", "出口退税", "报关"),  # a tax refund, not customs
        ("Good customer service attitude.", "服务意识", None),
        ("Good customer service attitude.", None, "客户服务"),
        # a contact's Mr./Ms. ends no sentence; an English "not" after the term; an office that is a place
        ("Contact person: Ms. Liang (HR).", None, "人事事务"),
        ("Handle HR filing. Mr. Li will train you.", "人事事务", None),
        ("German language is NOT required; fluent English", None, "德语"),
        ("German language is NOT required; fluent English", "英语", None),
        ("Driving licence not required; forklift licence preferred", None, "机动车驾驶证"),
        ("visit the HR office on weekdays", None, "人事事务"),
        ("a Grade-A office campus in Pudong", None, "办公软件"),
        ("proficient in office software", "办公软件", None),
        # plain English asked for: simple English, "communicate skill", "good communication"
        ("Can read simple English documents", "英语", None),
        ("Careful, responsible, good communicate skill", "沟通能力", None),
        ("Good communication and leadership", "沟通能力", None),
        ("Retouch product photos for Amazon", "修图", None),
        ("Associate degree, logistics, customs clearance or related majors", None, "报关"),
        # an English ad's duties under a heading with a word before it, after its "About us"
        (
            "About Us\nWe run a bonded warehouse.\n\nKey Responsibilities\n- Organize cycle count",
            "库存管理",
            None,
        ),
        (
            "About us\nWe are a logistics firm.\nYour responsibilities:\n- Train new staff on WMS",
            "培训管理",
            None,
        ),
        ("About us\nWe are a logistics firm.\nMain tasks:\n- Train new staff on WMS", "培训管理", None),
        ("About us\nWe are a logistics firm.\nWhat we offer:\n- Staff training on WMS", None, "培训管理"),
        # a bilingual heading: the English words and then the Chinese ones
        (
            "About Us 公司简介\n我们为欧洲客户开发物流管理系统。\nRequirements 任职要求\n- 会SQL",
            None,
            "物流管理",
        ),
        ("About Us 公司简介\n我们为欧洲客户开发物流管理系统。\nRequirements 任职要求\n- 会SQL", "SQL", None),
        ("Benefits 福利待遇\n- Hybrid working, 2 days home office per month", None, "办公软件"),
        # English ads: seeds/skills/english.yaml
        ("Strong attention to detail and a team player", "细致严谨", None),
        ("Good written and spoken English; able to work under pressure", "抗压能力", None),
        ("Handle customer inquiries and complaints by phone and e-mail", "客户服务", None),
        ("Prepare purchase orders and follow up delivery with suppliers", "采购管理", None),
        ("Experience with SAP or other ERP is a plus", "ERP系统", None),
        ("Perform preventive maintenance on injection molding machines", "设备维护保养", None),
        ("Manage office supplies and meeting rooms", None, "办公软件"),  # the office, no suite
        ("Book meeting rooms and handle guest complaints", "会议组织", None),
        ("Book meeting rooms and handle guest complaints", "客户服务", None),
        ("Monitor inventory levels and safety stock", "库存管理", None),
        ("Upselling room upgrades and hotel services", "销售技巧", None),
        ("Deliver orientation training and train operators on the line", "培训管理", None),
        ("Follow food safety and kitchen hygiene rules", "餐饮食品安全", None),
        ("Service-minded and able to meet tight deadlines", "服务意识", None),
        ("Service-minded and able to meet tight deadlines", "时间管理", None),
        ("Take part in stock receiving and monthly inventory counts", "库存管理", None),
        ("Handle labour contracts, employee files and resignation procedures", "档案管理", None),
        ("Responsible for training new staff and arranging manpower", "培训管理", None),
        ("Patient and good at communicating with parents", "沟通能力", None),
        ("Check parts with measuring tools and record the data", "量具使用", None),
        ("Hold a valid health certificate", "健康证", None),
        ("Write test cases and perform software testing", "软件测试", None),
        ("Forklift licence is required", "特种设备作业证", None),
        ("Set up injection molding machines and adjust process parameters", "注塑成型", None),
        ("Measure parts with vernier calipers and a height gauge", "量具使用", None),
        ("Write and execute test cases", "软件测试", None),
        ("Knowledge of cold chain and temperature-controlled logistics", "冷链物流", None),
        ("Prepare mise en place for the Western kitchen", "刀工", None),
        ("Install and maintain CNC machines and container yard cranes", None, "集装箱运输"),  # a place
        ("We produce LED lighting and smart home devices", None, "LED应用技术"),  # the product
        ("We produce LED lighting and smart home devices", None, "智能家居系统"),
        ("Our lab does biochemistry and paediatrics referrals", None, "生物化学"),  # a discipline
        ("Cook and plate dishes to the plating guide", None, "表面处理"),  # a kitchen's plating
        ("Plant established 2012, running blow molding lines", None, "高分子材料加工"),  # the blurb
        ("Understand English copy and layout for the western market", "英语", None),
        ("Fluent spoken English not required.", None, "英语"),
        # the concepts the annotators' lists added to common.yaml, as English ads say them
        ("Lead a team of 15–25 warehouse operators", "团队管理", None),
        ("Strong leadership and communication skills", "领导力", None),
        ("Loves children; patient, kind, responsible", "爱心", None),
        ("Patient, empathetic, detail-oriented", "同理心", None),
        ("Good sense of western aesthetics and minimal home style", "审美能力", None),
        ("Do triage, vital signs and nursing assessment", "分诊", None),
        ("Write requirements analysis and user stories", "需求分析", None),
        ("Content moderation for the app's live streams", "内容审核", None),
        ("Draw a mind map of the course", "思维导图", None),
        # Oracle beside SAP is its ERP; a moulding defect and a drawing's marks are no welding
        ("Oracle or SAP user experience", "ERP系统", "数据库应用"),
        ("Experience with Oracle and SQL Server databases", "数据库应用", None),
        ("Check short shots, sink mark, warpage, weld line", None, "焊接"),
        ("Read drawings with GD&T tolerances and welding symbols", None, "焊接"),
        ("MIG welding of steel frames", "焊接", None),
        # a clause ending in the majors wanted names fields, not skills
        (
            "1. College degree or above, English, business English or e-commerce major preferred;",
            None,
            "电子商务",
        ),
        ("Junior college or above, secretary / business English major;", None, "商务英语"),
        ("Good business English for emails and calls", "商务英语", None),
        ("Experience in e-commerce operations is a major plus", "电子商务", None),
    ],
)
def test_english_ad_wording_reads_as_the_skill_a_reader_would_list(vocabulary, text, found, not_found):
    assert_reads(vocabulary, text, found, not_found)


def test_english_aliases_name_skills_the_vocabulary_knows(monkeypatch):
    assert crosswalk_check.check_crosswalk().clean
    monkeypatch.setattr(crosswalk_check, "english_aliases", lambda: {"吹口哨": ["whistling"]})
    assert crosswalk_check.check_crosswalk().problems["unknown skill names"] == [
        "skills/english.yaml: '吹口哨'"
    ]
