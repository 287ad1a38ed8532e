"""The pure posting × program score: each factor, the explanation, and exact top-k."""

import random

import pytest

from matchmaker.matching.engine.rank import PostingIndex, ProgramIndex
from matchmaker.matching.engine.score import (
    CORE_CREDIT,
    WEIGHTS,
    DemandSkill,
    PostingFeatures,
    ProgramFeatures,
    region_relation,
    score,
)


def posting(**kw):
    base = dict(
        id=1,
        level="higher",
        region_code="130302",
        industry_code="34",
        industry_section="C",
        skills=(DemandSkill(1, True), DemandSkill(2, False)),
    )
    base.update(kw)
    return PostingFeatures(**base)


def program(**kw):
    base = dict(
        id=10,
        major_code="460305",
        level="higher",
        region_code="130302",
        skills={1: 1.0, 2: 0.5},
        industries=("34", "38"),
        industry_sections=frozenset({"C"}),
    )
    base.update(kw)
    return ProgramFeatures(**base)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("130302", "130302", "county"),
        ("130302", "130304", "city"),
        ("130302", "130100", "province"),
        ("130302", "110105", "cluster"),  # 京津冀
        ("130302", "410102", "elsewhere"),
        ("310101", "320102", "cluster"),  # 长三角
    ],
)
def test_region_proximity_order(a, b, relation):
    assert region_relation(a, b) == relation


def test_a_perfect_fit_scores_100_less_the_neutral_preference():
    s = score(posting(), program(skills={1: 1.0, 2: 1.0}))
    assert s.contributions == {
        "skills": 50.0,
        "level": 15.0,
        "region": 15.0,
        "industry": 10.0,
        "preferred": 5.0,
    }
    assert s.score == 95.0 and s.missing_required == []


def test_contributions_add_up_and_each_factor_moves_the_score():
    base = score(posting(), program())
    assert abs(sum(base.contributions.values()) - base.score) < 1e-6
    # required skill 1 (weight 2, core) + optional skill 2 (weight 1, taught at 0.5)
    expected_skills = (2 * 1.0 + 1 * (CORE_CREDIT + (1 - CORE_CREDIT) * 0.5)) / 3
    assert base.contributions["skills"] == pytest.approx(WEIGHTS["skills"] * expected_skills, abs=1e-4)
    assert score(posting(), program(level="secondary")).score < base.score
    assert (
        score(posting(), program(region_code="410102")).score
        < score(posting(), program(region_code="130304")).score
    )
    assert score(posting(industry_code="38"), program()).contributions["industry"] == 8.0
    assert score(posting(industry_code="30"), program()).contributions["industry"] == 4.0  # same section C
    named = score(posting(preferred_majors=frozenset({"460305"})), program())
    other = score(posting(preferred_majors=frozenset({"510205"})), program())
    assert named.contributions["preferred"] == 10.0 and other.contributions["preferred"] == 0.0


def test_missing_required_skills_are_named_and_similar_skills_count():
    s = score(posting(skills=(DemandSkill(7, True), DemandSkill(1, True))), program())
    assert s.missing_required == [7]
    near = score(
        posting(skills=(DemandSkill(7, True), DemandSkill(1, True))), program(), similar={7: {2: 0.9}}
    )
    assert near.missing_required == [] and (7, 2, 0.9) in near.matched and near.score > s.score


def test_soft_skills_weigh_little():
    hard = score(posting(skills=(DemandSkill(1, True), DemandSkill(9, True))), program())
    soft = score(posting(skills=(DemandSkill(1, True), DemandSkill(9, True, soft=True))), program())
    assert soft.score > hard.score  # missing a soft skill costs less than missing a hard one


def _random_instance(seed: int):
    rng = random.Random(seed)
    regions = ["130302", "130304", "130100", "110105", "410102"]
    programs = [
        ProgramFeatures(
            id=i,
            major_code=f"46{i:04d}",
            level=rng.choice(["secondary", "higher", "undergraduate"]),
            region_code=rng.choice(regions),
            skills={s: rng.choice([0.3, 0.6, 1.0]) for s in rng.sample(range(30), 5)},
            industries=(rng.choice(["34", "35", "65"]),),
            industry_sections=frozenset({"C"}),
        )
        for i in range(1, 40)
    ]
    postings = [
        PostingFeatures(
            id=i,
            level=rng.choice(["secondary", "higher"]),
            region_code=rng.choice(regions),
            industry_code=rng.choice(["34", "65", "59"]),
            industry_section=rng.choice(["C", "I", "G"]),
            skills=tuple(
                DemandSkill(s, rng.random() < 0.6) for s in rng.sample(range(30), rng.randint(0, 5))
            ),
        )
        for i in range(1, 25)
    ]
    return postings, programs


@pytest.mark.parametrize("seed", range(5))
def test_top_k_is_exact_against_scoring_everything(seed):
    postings, programs = _random_instance(seed)
    index = ProgramIndex(programs)
    for p in postings:
        brute = sorted((score(p, q) for q in programs), key=lambda s: (-s.score, s.program_id))[:5]
        assert [(s.program_id, s.score) for s in index.top_for(p, 5)] == [
            (s.program_id, s.score) for s in brute
        ]
    pindex = PostingIndex(postings)
    for q in programs[:10]:
        brute = sorted((score(p, q) for p in postings), key=lambda s: (-s.score, s.posting_id))[:5]
        assert [(s.posting_id, s.score) for s in pindex.top_for(q, 5)] == [
            (s.posting_id, s.score) for s in brute
        ]
