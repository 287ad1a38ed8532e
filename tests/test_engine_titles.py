"""A job title read part by part for the skills it names: its benefits, pay and hiring words are no job."""

import pytest

from matchmaker.matching.engine.jobs import demands_from_text
from matchmaker.matching.engine.titles import title_clauses


@pytest.mark.parametrize(
    ("title", "clauses"),
    [
        ("电话客服专员+双休 +交金", "电话客服专员，交金"),
        ("诚聘会计助理/出纳月薪5000+年终奖", "会计助理，出纳"),  # who hires and what it pays are not the job
        ("企业直招：客服专员（五险一金）", "客服专员"),
        ("C/C++开发工程师", "C，C++开发工程师"),  # C++ keeps its pluses
        ("周末双休聘客服专员", "周末，客服专员"),
        ("福利专员", "福利专员"),  # a benefits job is a job
        # a place or scheme welfare lists, run on into a job's name, is that job's
        ("宿舍管理员（包吃住）", "宿舍管理员"),
        ("社保协理员", "社保协理员"),
        ("健身房销售 双休", "健身房销售"),
        ("船体检验员", "船体检验员"),  # 体检 spelt across 船体|检验
        ("双休客服专员", "客服专员"),  # a perk is never part of a job's name
        ("国企物业公司招聘客服（外包长期）", "国企物业公司，客服，外包长期"),  # who hires, then the job
        ("徐汇静安闵行招聘配送助理", "徐汇静安闵行，配送助理"),
        ("教育行业聘售后客服", "教育行业，售后客服"),
        ("校园招聘专员", "校园招聘专员"),  # a recruiter's job keeps its 招聘
        ("人事招聘/招聘与配置主管", "人事招聘，招聘与配置主管"),
        ("应聘指导老师", "应聘指导老师"),
        ("地铁信号维护工程师（社招）", "地铁信号维护工程师"),  # how the hirer recruits, no work
        ("招聘专员（校招）", "招聘专员"),
    ],
)
def test_a_titles_parts_that_name_the_job_are_kept(title, clauses):
    assert title_clauses(title) == clauses


def test_a_title_listing_benefits_still_names_its_skills(taxonomy):
    demands, found = demands_from_text(taxonomy, "诚聘PLC编程工程师 双休+五险一金", "善于沟通")
    assert [f.name for f in found] == ["沟通能力", "PLC编程"]
    assert [d.from_title for d in demands] == [True, False]
