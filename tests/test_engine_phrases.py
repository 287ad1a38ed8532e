"""Skills an ad states in a phrase rather than a term (engine/phrases.py): coordinated words sharing a
suffix, equipment named once before the work on it, a class of certificates naming its members, and
short duty phrasings; on a small hand-made taxonomy (conftest's ``taxonomy``) or their own."""

import pytest

from matchmaker.matching.engine.extract import CONFIDENCE_PHRASE, extract
from matchmaker.matching.engine.taxonomy import SkillEntry, Taxonomy


def names(found):
    return [f.name for f in found]


def test_coordinated_phrases_share_their_suffix(taxonomy):
    found = extract(taxonomy, "具有极强的学习、创新及沟通能力")
    assert sorted(names(found)) == ["创新意识", "学习能力", "沟通能力"]
    assert {f.name: f.confidence for f in found}["学习能力"] == CONFIDENCE_PHRASE


def test_a_conjuncts_longest_known_reading_is_its_only_one():
    soft = Taxonomy.build(
        [
            SkillEntry(1, "语言表达能力", "soft", ("文字组织能力",)),
            SkillEntry(2, "组织协调能力", "soft", ("组织能力",)),
        ]
    )
    writing = "具有良好的文字组织和语言表达能力"
    assert names(extract(soft, writing)) == ["语言表达能力"]  # writing, not organising
    assert sorted(names(extract(soft, "较强的活动组织和语言表达能力"))) == ["组织协调能力", "语言表达能力"]


def test_equipment_named_once_before_the_work_on_it_is_read_with_each_work():
    trade = Taxonomy.build(
        [
            SkillEntry(1, "电梯安装与维修", "technical", ("电梯维护保养", "电梯维修", "电梯安装")),
            SkillEntry(2, "制冷设备维修", "technical", ("空调安装", "冷库调试")),
            SkillEntry(3, "设备管理", "technical", ()),
            SkillEntry(4, "网络维护", "technical", ()),
        ]
    )
    duty = "负责电梯的日常维护保养和故障维修"
    found = extract(trade, duty)
    assert names(found) == ["电梯安装与维修"] and found[0].confidence == CONFIDENCE_PHRASE
    # shown where the equipment and its work are, not over the duty's verb
    assert [duty[a:b] for a, b in found[0].spans] == ["电梯的日常维护保养", "电梯的日常维护保养和故障维修"]
    assert names(extract(trade, "电梯定期维修")) == ["电梯安装与维修"]
    assert names(extract(trade, "负责空调、冷库的安装与调试")) == ["制冷设备维修"]
    # an office's equipment and networks, and work that is not hands-on, are no trade term
    assert names(extract(trade, "负责公司设备的管理及网络的维护")) == []
    assert names(extract(trade, "电梯的采购")) == []


def test_a_class_of_certificates_names_its_certificates_in_brackets():
    certificates = Taxonomy.build(
        [
            SkillEntry(1, "电工操作证", "certificate", ("电工作业证", "低压电工作业")),
            SkillEntry(2, "电梯作业证", "certificate", ("电梯修理证",)),
            SkillEntry(3, "特种设备作业证", "certificate", ("特种设备作业人员证", "叉车证")),
            SkillEntry(4, "电梯安装与维修", "technical", ("电梯维修",)),
        ]
    )
    assert names(extract(certificates, "持特种作业操作证（电工作业）优先")) == ["电工操作证"]
    found = extract(certificates, "持有特种设备作业人员证(电梯修理、叉车司机)")
    assert sorted(names(found)) == ["特种设备作业证", "电梯作业证"]
    assert {f.name: f.matched for f in found}["电梯作业证"] == ["电梯修理"]
    assert names(extract(certificates, "特种作业证（低压电工作业）")) == ["电工操作证"]
    # a bracket after anything else, or naming work rather than a certificate, is no certificate
    assert names(extract(certificates, "负责设备维护（电工作业）")) == []
    work = extract(certificates, "持特种设备作业人员证（电梯维修）")
    assert names(work) == ["特种设备作业证", "电梯安装与维修"]


def test_requirements_written_as_phrases_are_found(taxonomy):
    found = extract(taxonomy, "在线为客户提供优质的咨询服务")
    assert names(found) == ["客户服务"]
    (span,) = found[0].spans
    assert "为客户提供" in "在线为客户提供优质的咨询服务"[span[0] : span[1]]


@pytest.mark.parametrize(
    "duty", ["负责住户的投诉接待及处理", "对老客户的满意度回访", "课后为学员答疑", "对客户进行售前服务"]
)
def test_complaints_follow_up_calls_and_questions_are_customer_service(taxonomy, duty):
    assert names(extract(taxonomy, duty)) == ["客户服务"]


def test_phrases_never_invent_skills_the_taxonomy_lacks(taxonomy):
    # 吃苦耐劳 has a phrasing, but this taxonomy has no such skill
    assert names(extract(taxonomy, "能吃苦耐劳")) == []
