"""Majors a notice lists by their catalog names outside its degree line are read as the fields it asks
for: in a post's brackets, after 面向, in a chatty line. A skill list never reads as two names in a row."""

from matchmaker.matching.engine.fields import named_fields
from matchmaker.matching.engine.listed_majors import MajorNames
from matchmaker.matching.engine.recommend import Demand, MajorIndex, MajorProfile

SURVEYING = MajorProfile("420301", "工程测量技术", "higher", {1: 1.0, 2: 0.6}, ("74",), ("测量员",))
BRIDGES = MajorProfile("500102", "道路与桥梁工程技术", "higher", {3: 1.0, 2: 0.4}, ("48",), ("施工员",))
DRONES = MajorProfile("420305", "无人机测绘技术", "higher", {4: 1.0, 1: 0.4}, ("74",), ("航测员",))
MAPPING = MajorProfile("420302", "测绘地理信息技术", "higher", {1: 0.9, 2: 0.9, 5: 1.0}, ("74",), ("测量员",))
NURSING = MajorProfile("520201", "护理", "higher", {6: 1.0}, ("84",), ("护士",))
MIDWIFERY = MajorProfile("520202", "助产", "higher", {7: 1.0}, ("84",), ("助产士",))
INDEX = MajorIndex([SURVEYING, BRIDGES, DRONES, MAPPING, NURSING, MIDWIFERY])
CATALOG = INDEX.major_names


def test_two_or_more_names_in_a_row_are_a_list_of_majors_wherever_they_stand():
    post = "🔹 测量员 8人（工程测量技术、道路与桥梁工程技术、无人机测绘技术）\n🔹 资料员 2人"
    assert CATALOG.listed(post) == ["工程测量技术", "道路与桥梁工程技术", "无人机测绘技术"]
    chatty = "工程测量技术和无人机测绘技术的同学都可以来，道路与桥梁工程技术以及工程测量技术也行"
    assert CATALOG.listed(chatty) == ["工程测量技术", "无人机测绘技术", "道路与桥梁工程技术"]
    # each with its headcount: "接收专业及人数：康复治疗技术25人，中医康复技术8人"
    counted = "接收专业及人数：工程测量技术25人，无人机测绘技术 8 名；道路与桥梁工程技术4人。"
    assert CATALOG.listed(counted) == ["工程测量技术", "无人机测绘技术", "道路与桥梁工程技术"]


def test_a_name_alone_a_short_name_or_names_apart_are_no_list():
    assert CATALOG.listed("负责工程测量技术资料整理") == []  # one name: as often a duty's words
    assert CATALOG.listed("熟悉护理、助产操作") == []  # names under four characters are words of every ad
    assert CATALOG.listed("工程测量技术过硬，懂无人机测绘技术") == []  # not joined by a list mark
    assert CATALOG.listed("") == []
    assert MajorNames([]).listed("工程测量技术、无人机测绘技术") == []


def test_the_longest_name_is_read_where_names_overlap():
    catalog = MajorNames(["建筑工程技术", "古建筑工程技术", "建筑智能化工程技术"])
    assert catalog.listed("古建筑工程技术、建筑智能化工程技术") == ["古建筑工程技术", "建筑智能化工程技术"]


def test_listed_names_join_the_degree_lines_fields_once_and_in_traditional_characters_too():
    ad = "任职要求：测绘相关专业优先。\n测量员 8人（工程測量技術、無人機測繪技術）"
    assert named_fields(ad) == ["测绘"]  # without the catalog, the degree line only
    assert named_fields(ad, CATALOG) == ["测绘", "工程测量技术", "无人机测绘技术"]
    listed_twice = "工程测量技术、无人机测绘技术相关专业；工程测量技术、无人机测绘技术的同学优先"
    assert named_fields(listed_twice, CATALOG) == named_fields(listed_twice)


def test_the_majors_a_notice_lists_for_a_post_rank_first():
    notice = "招什么人\n测量员 8人（工程测量技术、无人机测绘技术）\n要求：会用全站仪，吃苦耐劳"
    demands = [Demand(1, 1.0)]  # a skill 测绘地理信息技术 teaches more than 无人机测绘技术 does
    without = INDEX.recommend(demands, title="外业员", fields=named_fields(notice), limit=2)
    assert [r.code for r in without] == ["420301", "420302"]
    ranked = INDEX.recommend(demands, title="外业员", fields=named_fields(notice, CATALOG), limit=2)
    assert [r.code for r in ranked] == ["420301", "420305"]
    assert ranked[1].field_match == "无人机测绘技术"
