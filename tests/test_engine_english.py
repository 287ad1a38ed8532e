"""The pure engine on English and bilingual ads: English prose is read as English (its, etc., offices,
the world's), an English ad's boilerplate is skipped, and misspelt tools are still caught."""

from matchmaker.matching.engine.extract import extract
from matchmaker.matching.engine.fields import named_fields
from matchmaker.matching.engine.jobs import demands_from_text
from matchmaker.matching.engine.taxonomy import SkillEntry, Taxonomy


def names(found):
    return [f.name for f in found]


def test_english_words_are_not_taken_for_misspelt_tools():
    tools = Taxonomy.build(
        [
            SkillEntry(1, "科学教学", "technical", ("STEAM",)),
            SkillEntry(2, "CATIA", "tool", ("3DEXPERIENCE",)),
            SkillEntry(3, "数据清洗与ETL", "technical", ("DataX",)),
            SkillEntry(4, "Photoshop", "tool", ()),
            SkillEntry(5, "Inventor", "tool", ()),
        ]
    )
    assert names(extract(tools, "good team work, 3 years experience with sales data")) == []
    assert names(extract(tools, "Monitor inventory level and safety stock")) == []
    # only tools' names are taken as misspelt: a trade word one letter from an English word is not
    trades = Taxonomy.build(
        [
            SkillEntry(1, "形体训练", "technical", ("deportment",)),
            SkillEntry(2, "纠纷调解", "technical", ("mediation",)),
        ]
    )
    assert (
        names(extract(trades, "coordinate with each department; remind patients of their medication")) == []
    )
    # nor a tool's lesser alias, nor a name whose dot the key drops (Node.js is nodejs, one letter from nodes)
    software = Taxonomy.build(
        [SkillEntry(1, "Hadoop", "tool", ("Ambari",)), SkillEntry(2, "Node.js", "tool", ("NodeJS",))]
    )
    assert names(extract(software, "Amari maintains the network nodes")) == []
    assert names(extract(software, "熟悉Hadop")) == ["Hadoop"]
    assert names(extract(tools, "会用Photoshp")) == ["Photoshop"]


def test_english_prose_is_read_as_english():
    vocabulary = Taxonomy.build(
        [
            SkillEntry(1, "智能交通系统", "technical", ("ITS", "ETC")),
            SkillEntry(2, "办公软件", "tool", ("Office", "MS Office")),
            SkillEntry(3, "Web前端开发", "technical", ("HTML",)),
        ]
    )
    assert names(extract(vocabulary, "College degree with its major in Trading; Word, Excel, etc.")) == []
    assert names(extract(vocabulary, "负责ETC车道维护，熟悉ITS")) == ["智能交通系统"]  # in capitals
    assert names(extract(vocabulary, "Communicate with overseas offices. Customer Service Officer")) == []
    assert names(extract(vocabulary, "from a foreign buying office; office stationary purchase")) == []
    assert names(extract(vocabulary, "Proficient in MS Office; 熟悉office")) == ["办公软件"]
    assert names(extract(vocabulary, "旗舰店：http://mall.jd.com/index-21952.html")) == []  # a web address
    assert names(extract(vocabulary, "熟悉html")) == ["Web前端开发"]
    words = Taxonomy.build(
        [SkillEntry(1, "Word", "tool", ()), SkillEntry(2, "网络爬虫", "technical", ("Scrapy",))]
    )
    assert names(extract(words, "one of the world's top carriers; a world leader; scrap rate")) == []
    assert names(extract(words, "会使用excel、world办公软件")) == ["Word"]  # a Chinese ad's typo


def test_an_english_ads_boilerplate_is_not_skills():
    vocabulary = Taxonomy.build(
        [
            SkillEntry(1, "物流管理", "knowledge", ("logistics management",)),
            SkillEntry(2, "办公软件", "tool", ("MS Office",)),
            SkillEntry(3, "沟通能力", "soft", ("communication skills",)),
            SkillEntry(4, "人事事务", "technical", ("HR",)),
            SkillEntry(5, "客户服务", "technical", ("customer service",)),
            SkillEntry(6, "英语", "knowledge", ("fluent english",)),
            SkillEntry(7, "团队协作", "soft", ("team player",)),
            SkillEntry(8, "Photoshop", "tool", ()),
            SkillEntry(9, "Blender", "tool", ()),
            SkillEntry(10, "报关", "technical", ("customs clearance",)),
        ]
    )
    ad = (
        "ACME Freight is a leading global forwarder founded in 1998, with over 2,000 employees in customer "
        "service and logistics management. Responsibilities:\n"
        "1. Provide customer service to overseas clients;\n"
        "Requirements:\n"
        "1. Associate degree in logistics management, customs clearance or related majors;\n"
        "2. Familiar with MS Office; knowledge of Photoshop or Blender is a bonus;\n"
        "3. Fluent English, good communication skills, team player.\n"
        "Contact HR: hr@acme.example\n"
        "We offer: social insurance, 13th month salary, HR training."
    )
    assert names(extract(vocabulary, ad)) == [
        "客户服务",
        "办公软件",
        "Photoshop",
        "Blender",
        "英语",
        "沟通能力",
        "团队协作",
    ]
    # the company's blurb, the degree line's fields, the contact and the benefits are skipped; the same
    # words asked for in a duty are read
    duties = "1. Handle customs clearance and HR filing; 2. Degree in any major."
    assert names(extract(vocabulary, duties)) == ["报关", "人事事务"]


def english_words_vocabulary():
    return Taxonomy.build(
        [
            SkillEntry(1, "责任心", "soft", ()),
            SkillEntry(2, "耐心", "soft", ()),
            SkillEntry(3, "亲和力", "soft", ()),
            SkillEntry(4, "保密意识", "soft", ()),
            SkillEntry(5, "职业道德", "soft", ()),
            SkillEntry(6, "英语", "knowledge", ()),
            SkillEntry(7, "德语", "knowledge", ()),
            SkillEntry(8, "日语", "knowledge", ()),
            SkillEntry(9, "创新意识", "soft", ()),
            SkillEntry(10, "逻辑思维", "soft", ()),
            SkillEntry(11, "抗压能力", "soft", ()),
            SkillEntry(12, "爱心", "soft", ()),
            SkillEntry(13, "粤语", "knowledge", ()),
        ]
    )


def test_a_trait_said_in_one_english_word_is_found_where_it_is_the_trait():
    vocabulary = english_words_vocabulary()
    ad = "Requirements:\n1. Friendly, well-presented and patient;\n2. Honest, discreet and responsible."
    assert names(extract(vocabulary, ad)) == ["亲和力", "耐心", "职业道德", "保密意识", "责任心"]
    assert names(extract(vocabulary, "Patient with customers; confidential")) == ["耐心", "保密意识"]
    assert names(extract(vocabulary, "Creative, curious and organised")) == ["创新意识"]
    assert names(extract(vocabulary, "Careful, curious, logical")) == ["逻辑思维"]
    assert names(extract(vocabulary, "able to stay calm during peak season")) == ["抗压能力"]
    assert names(extract(vocabulary, "Outgoing, energetic, good leadership")) == ["亲和力"]
    assert names(extract(vocabulary, "Calm, patient and caring, good team")) == ["抗压能力", "耐心", "爱心"]


def test_a_trait_word_used_in_another_sense_is_not_the_trait():
    vocabulary = english_words_vocabulary()
    duties = (
        "Job Responsible: 1. Responsible for shipments and the responsible person's reports; "
        "2. Responsible business travel arrangement; 3. Keep patient records and support patient care; "
        "4. a user-friendly system, eco-friendly packaging; 5. File confidential documents; "
        "6. brief the creative agency on creative assets; 7. check logical data paths in a calm sea; "
        "8. report to the responsible manager, and be responsible to the plant director; "
        "9. make outgoing calls, check outgoing shipments and hand over to the outgoing manager; "
        "10. caring for residents in a caring community."
    )
    assert names(extract(vocabulary, duties)) == []


def test_a_language_asked_for_is_found_and_a_nationality_is_not():
    vocabulary = english_words_vocabulary()
    assert names(extract(vocabulary, "• English: able to read contracts")) == ["英语"]
    assert names(extract(vocabulary, "Good command of English (CET-4), German is a plus")) == ["英语", "德语"]
    assert names(extract(vocabulary, "Japanese or German speakers also welcome")) == ["日语", "德语"]
    assert names(extract(vocabulary, "Able to read electrical schematics in English")) == ["英语"]
    assert names(extract(vocabulary, "Good Cantonese and Mandarin; Cantonese is a plus")) == ["粤语"]
    not_asked = (
        "a Japanese-invested company; report to German management; "
        "Only applications in English will be reviewed; English Customer Service team; "
        "a Cantonese restaurant serving Cantonese cuisine"
    )
    assert names(extract(vocabulary, not_asked)) == []


def test_an_english_nice_to_have_is_marked_optional():
    vocabulary = english_words_vocabulary()
    found = {f.name: f for f in extract(vocabulary, "Good spoken English; Japanese or German is a plus.")}
    assert not found["英语"].optional
    assert found["日语"].optional and found["德语"].optional
    found = {f.name: f for f in extract(vocabulary, "English (CET-4) preferred; Japanese: N2")}
    assert found["英语"].optional and not found["日语"].optional
    # a full stop before Chinese ends the nice-to-have's sentence too
    for text in ("German is a plus. 日语N2，英语流利", "德语优先.日语N2，英语流利"):
        found = {f.name: f for f in extract(vocabulary, text)}
        assert found["德语"].optional and not found["日语"].optional and not found["英语"].optional
    # greeting visitors is the work itself, no nice-to-have
    front_desk = Taxonomy.build([SkillEntry(1, "前台接待", "technical", ("greet visitors",))])
    (found,) = extract(front_desk, "Welcome and greet visitors, answer calls")
    assert not found.optional


def test_an_english_title_is_read_as_one_part():
    vocabulary = Taxonomy.build([SkillEntry(1, "应收应付管理", "technical", ("accounts payable",))])
    demands, _found = demands_from_text(vocabulary, "Accounts Payable Clerk")
    assert [d.skill_id for d in demands] == [1]
    demands, _found = demands_from_text(vocabulary, "应付会计 Accounts Payable 双休")
    assert [d.skill_id for d in demands] == [1]


def test_an_english_degree_lines_fields_are_not_skills_asked_for():
    vocabulary = Taxonomy.build(
        [
            SkillEntry(1, "电子产品制造工艺", "technical", ("electronic manufacturing",)),
            SkillEntry(2, "西式烹调", "technical", ("western cooking",)),
            SkillEntry(3, "外贸业务", "technical", ("international trade",)),
            SkillEntry(4, "Excel", "tool", ()),
        ]
    )
    lines = (
        "- College degree or above, major in Electronic Manufacturing, Applied Electronics or related\n"
        "- College diploma or above in Pastry and Bakery, Western Cooking or Culinary related\n"
        "- Junior college degree or above in E-commerce, International Trade or English\n"
    )
    assert extract(vocabulary, lines) == []
    assert named_fields(lines) == ["电子", "烹饪", "国际贸易", "英语", "电子商务"]
    # a list the sentence goes on from is no list: the skill after it is read
    assert names(extract(vocabulary, "- Degree in logistics, Excel skills required")) == ["Excel"]
    going_on = "- Diploma in Logistics, International Trade experience"
    assert names(extract(vocabulary, going_on)) == ["外贸业务"]
