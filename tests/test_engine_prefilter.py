"""The prefilter that spares a clause the phrasings it cannot hold: it may pass a pattern that then
fails, never skip one that would match."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.matching.engine.phrases import _COMPILED, phrase_hits
from matchmaker.matching.engine.prefilter import Prefilter, required_words


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
