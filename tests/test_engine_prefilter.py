"""The prefilter that spares a clause the phrasings it cannot hold: it may pass a pattern that then
fails, never skip one that would match. Split into its alternatives, a long alternation finds just
what it finds whole."""

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.matching.engine.boilerplate import skill_clauses
from matchmaker.matching.engine.not_skills import NOT_SKILLS, not_skill_spans
from matchmaker.matching.engine.phrases import _COMPILED, phrase_hits
from matchmaker.matching.engine.prefilter import Alternation, Prefilter, alternatives, required_words


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"分析报告", {"分析报告"}),
        # of the parts every match holds, the most selective: 客户提供 over 为/向 and 服务
        (r"(为|向)客户提供.{0,6}服务", {"客户提供"}),
        # each alternative requires its own words: a match holds one of them
        (r"(数据|销量).{0,8}(分析|统计)|分析报告", {"数据", "销量", "分析报告"}),
        (r"主动(沟通|学习)?", {"主动"}),  # an optional group requires nothing
        (r"[甲乙]方", {"方"}),
        (r"[甲乙]", {"甲", "乙"}),  # a class of a few characters, when nothing longer is required
        (r"(?:维修){2,}", {"维修"}),
        (r"(?<!零)售后", {"售后"}),  # a lookaround is no part of the match
        (r"(沟通)?能力?", {"能"}),
        (r"\d+年", {"年"}),
    ],
)
def test_required_words_every_match_must_hold(pattern, words):
    assert required_words(re.compile(pattern)) == words


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)excel",  # in any case: no literal word is certain
        r"(?i:word)|报表",
        r"报表|\d{2}",  # one alternative requires no word
        r"[^，。]+",
        r"\d+",
    ],
)
def test_required_words_unknown_means_always_searched(pattern):
    assert required_words(re.compile(pattern)) is None
    assert "p" in Prefilter({"p": re.compile(pattern)}).candidates("与此无关的一句话")


def test_candidates_are_the_patterns_whose_words_the_text_holds():
    prefilter = Prefilter({"data": re.compile(r"(数据|销量).{0,8}分析"), "service": re.compile(r"售后服务")})
    assert prefilter.candidates("负责销量的统计与分析") == {"data"}
    assert prefilter.candidates("售后服务及业务分析") == {"data", "service"}
    # every match of data holds 分析 (one word, where 数据|销量 is two): without it, no search
    assert prefilter.candidates("售后服务及数据录入") == {"service"}
    assert prefilter.candidates("五险一金，双休") == set()


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
@pytest.mark.parametrize("name", list(_COMPILED))
def test_no_phrasing_is_skipped_where_it_matches(name, data):
    """For every phrasing the engine reads, texts that hold a match pass the prefilter, and phrase_hits
    reads the same as searching every pattern."""
    pattern = _COMPILED[name]
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    expected = [(m.start(), m.end(), n) for n, p in _COMPILED.items() if (m := p.search(text))]
    assert list(phrase_hits(text)) == expected


def test_alternatives_split_at_the_top_level_only():
    pattern = re.compile(r"由(?:甲|乙)负责|[|)(]号|\|线|[]|]括|[^]|]外")
    assert [p.pattern for p in alternatives(pattern)] == [
        r"由(?:甲|乙)负责",
        r"[|)(]号",
        r"\|线",
        r"[]|]括",
        r"[^]|]外",
    ]
    assert alternatives(re.compile(r"(?i)ab|cd"))[1].flags & re.IGNORECASE


@pytest.mark.parametrize(
    "pattern",
    [
        r"(甲)乙|\1丙",  # a capturing group: apart, \1 would name nothing
        r"甲乙|丙?",  # an alternative that can match nothing
        r"(?:甲|乙)丙",  # no alternation at the top
        r"(?x) 甲乙  # 丙|丁",  # a verbose pattern: its | is in a comment
    ],
)
def test_an_alternation_that_could_match_otherwise_apart_is_kept_whole(pattern):
    assert [p.pattern for p in alternatives(re.compile(pattern))] == [pattern]


@pytest.mark.parametrize(
    ("pattern", "text", "spans"),
    [
        (r"甲乙丙|乙丙丁|丙", "甲乙丙丁丙", [(0, 3), (4, 5)]),  # a match hides the ones it overlaps
        (r"乙|乙丙", "乙丙乙", [(0, 1), (2, 3)]),  # at one place the first alternative wins, not the longest
        (r"乙丙|乙", "乙丙乙", [(0, 2), (2, 3)]),
        (r"丙丁|甲乙丙", "甲乙丙丁", [(0, 3)]),  # the leftmost wins, whatever its place in the pattern
        (r"(?<=甲)乙|乙乙", "甲乙乙乙", [(1, 2), (2, 4)]),  # a lookbehind sees the text before the search
        (r"^乙|乙乙", "乙乙乙", [(0, 1), (1, 3)]),
    ],
)
def test_an_alternation_finds_the_spans_finditer_finds(pattern, text, spans):
    compiled = re.compile(pattern)
    assert [m.span() for m in compiled.finditer(text)] == spans
    assert Alternation(compiled).spans(text) == spans


_ATOMS = ["a", "b", "[ab]", "a?b", "b{1,2}", "(?:a|b)a", "(?<=a)b", "a(?!b)", "(?<!b)c", "[^a]"]


@settings(max_examples=300)
@given(
    parts=st.lists(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=3), min_size=2, max_size=6),
    text=st.text(alphabet="abc", max_size=40),
)
def test_an_alternation_apart_finds_what_it_finds_whole(parts, text):
    pattern = re.compile("|".join("".join(atoms) for atoms in parts))
    assert Alternation(pattern).spans(text) == [m.span() for m in pattern.finditer(text)]


_EVAL = Path(__file__).resolve().parents[1] / "benchmarks" / "eval"


def test_not_skills_apart_finds_what_it_finds_whole_in_every_written_ad():
    """Every clause of every ad written for the evaluation (the 51job ones are not in the repo)."""
    ads = [
        ad["description"]
        for name in ("ads_chinese.yaml", "ads_english.yaml")
        for ad in yaml.safe_load((_EVAL / name).read_text("utf-8"))["ads"]
    ]
    clauses = [ad[start:end] for ad in ads for start, end in skill_clauses(ad)]
    found = [not_skill_spans(clause) for clause in clauses]
    assert found == [[m.span() for m in NOT_SKILLS.finditer(clause)] for clause in clauses]
    assert sum(map(len, found)) > 500  # the ads do hold such words, many of them
    # and the pattern is searched apart: an edit that kept it whole would be as right and four times slower
    assert len(alternatives(NOT_SKILLS)) > 200


_WORDS = sorted({w for p in alternatives(NOT_SKILLS) for w in required_words(p) or ()})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from([*_WORDS, "、", "，", "与", "和", "由", "的", "负责", "人员", "部"]), max_size=14
    )
)
def test_not_skills_apart_finds_what_it_finds_whole_in_runs_of_its_words(words):
    clause = "".join(words)
    assert not_skill_spans(clause) == [m.span() for m in NOT_SKILLS.finditer(clause)]
