"""The lowest education level an ad's degree line accepts."""

import pytest

from matchmaker.matching.engine.levels import required_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("任职要求：1、大专及以上学历；2、熟练使用Excel", "higher"),
        ("专科以上学历，物流相关专业", "higher"),
        ("全日制本科及以上学历", "undergraduate"),
        ("中专以上学历，有仓库经验", "secondary"),
        ("高中或中专以上学历", "secondary"),
        ("会计专业大、中专以上学历", "secondary"),  # the lowest level named is the floor
        ("大专及以上学历，本科优先", "higher"),  # a preference does not raise the floor
        ("本科或大专学历", "higher"),
        ("学历：大专（含）以上", "higher"),
        ("大专学历，条件优秀者中专亦可", "secondary"),
        # A graduate degree is more than the catalog offers; 本科 is the nearest level it has.
        ("全日制硕士研究生及以上学历", "undergraduate"),
        ("法律专业硕士学位，三年以上律师经验", "undergraduate"),
        ("大专以上学历，硕士优先", "higher"),
        ("高职高专及以上", "higher"),
        ("技工学校毕业，持焊工证", "secondary"),
        ("大專及以上學歷，會計相關專業", "higher"),  # traditional characters
        # English ads: a diploma or a college degree is 大专 there
        ("Requirements: 1. Associate degree or above in any discipline", "higher"),
        ("College diploma or above, secretary major", "higher"),
        ("Bachelor's degree in accounting", "undergraduate"),
        ("Bachelor degree preferred; college degree or above", "higher"),
        ("Preferably Bachelor level; high school or above", "secondary"),
        # a bilingual ad's Chinese degree line is its own word: "college" may be a university there
        ("本科学历，财务相关专业。Requirements: College degree or above in Accounting", "undergraduate"),
    ],
)
def test_the_floor_is_the_lowest_level_required(text, level):
    assert required_level(text)[0] == level


def test_the_clause_that_sets_the_level_is_its_evidence():
    assert required_level("负责客户接待。要求：统招大专以上学历，两年经验") == ("higher", "统招大专以上学历")
    long_line = "熟悉各类办公软件的使用并能独立完成报表制作" * 3 + "大专以上学历"
    assert required_level(long_line)[1] == long_line[-26:]  # the level word and its nearby words


@pytest.mark.parametrize(
    "text",
    [
        "",
        "学历不限，有客服经验优先",
        "本科学历优先",  # only a preference
        "本科及以上学历者优先",
        "负责专科医院的药品配送",  # a specialist hospital, not a degree
        "协助研究生院处理招生事务",  # a graduate school, not a degree
        "招聘高中数学老师，负责教学",  # a school subject, not a degree
        "熟练使用办公软件，沟通能力强",
        "Graduated from a well-known college or university",  # places, not degrees
        "Bachelor degree preferred",
    ],
)
def test_no_level_when_the_ad_requires_none(text):
    assert required_level(text) is None
