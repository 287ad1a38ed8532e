"""The batch candidate scorer against the scalar one: same programs, same scores, to the last digit."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from matchmaker.matching.engine import batch
from matchmaker.matching.engine.batch import Candidates, _units, candidate_pairs
from matchmaker.matching.engine.rank import ProgramIndex
from matchmaker.matching.engine.score import LEVEL_RANK, DemandSkill, PostingFeatures, ProgramFeatures, score

# Codes that meet at every region relation: county, city, province, cluster (京津冀, 长三角), elsewhere.
REGIONS = ["110101", "110102", "110201", "120101", "130102", "310101", "320502", "440305", "610102", "11"]
INDUSTRIES = [("C13", "C"), ("C14", "C"), ("C38", "C"), ("F51", "F"), ("I65", "I")]
MAJORS = ["460101", "460102", "530302", "510201", "730301"]
SKILLS = list(range(1, 26))  # 23–25 are taught by no program: reachable only through `similar`


def _instance(seed: int, n_postings: int = 40, n_programs: int = 30):
    rnd = random.Random(seed)
    programs = []
    for i in range(n_programs):
        industries = tuple(rnd.sample([c for c, _ in INDUSTRIES], rnd.randint(0, 3)))
        programs.append(
            ProgramFeatures(
                id=1000 + 7 * i,
                major_code=rnd.choice(MAJORS),
                level=rnd.choice(list(LEVEL_RANK)),
                region_code=rnd.choice(REGIONS),
                skills={s: rnd.choice([0.2, 0.5, 1.0, rnd.random()]) for s in rnd.sample(SKILLS[:22], 4)},
                industries=industries,
                industry_sections=frozenset(rnd.sample(["C", "F", "I"], rnd.randint(0, 2))),
            )
        )
    postings = []
    for i in range(n_postings):
        code, section = rnd.choice(INDUSTRIES)
        n_skills = rnd.choice([0, 0, 1, 3, 5, 7])
        demands = [
            DemandSkill(rnd.choice(SKILLS), rnd.random() < 0.6, rnd.random() < 0.2) for _ in range(n_skills)
        ]
        postings.append(
            PostingFeatures(
                id=5000 - 3 * i,
                level=rnd.choice(list(LEVEL_RANK)),
                region_code=rnd.choice(REGIONS),
                industry_code=code,
                industry_section=section,
                skills=tuple(demands),
                preferred_majors=frozenset(rnd.sample(MAJORS, rnd.choice([0, 0, 1, 2]))),
            )
        )
    # near-duplicates, with tied similarities (the first listed wins) and skills no program teaches
    similar = {
        s: {o: rnd.choice([0.6, 0.8, 0.8, 0.9]) for o in rnd.sample(SKILLS, rnd.randint(0, 3)) if o != s}
        for s in rnd.sample(SKILLS, 12)
    }
    return postings, programs, similar


def _by_posting(c: Candidates) -> dict[int, list[tuple[int, float, float]]]:
    out: dict[int, list[tuple[int, float, float]]] = {}
    for a, b, s, k in zip(c.posting_ids, c.program_ids, c.scores, c.skills, strict=True):
        out.setdefault(int(a), []).append((int(b), float(s), float(k)))
    return out


def _reference(postings, programs, k, min_score, similar, keep=None):
    index = ProgramIndex(programs)
    return {
        p.id: [
            (s.program_id, s.score, s.contributions["skills"])
            for s in index.top_for(p, k, min_score=min_score, similar=similar, keep=keep)
        ]
        for p in postings
    }


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize(
    ("k", "min_score", "with_similar"), [(5, 0.0, False), (5, 0.0, True), (12, 45.0, True)]
)
def test_same_as_the_scalar_ranking(seed, k, min_score, with_similar):
    postings, programs, similar = _instance(seed)
    similar = similar if with_similar else None
    got = _by_posting(
        candidate_pairs(postings, programs, per_posting=k, min_score=min_score, similar=similar)
    )
    want = _reference(postings, programs, k, min_score, similar)
    assert {p: v for p, v in want.items() if v} == got


@pytest.mark.parametrize(("chunk", "dense_terms"), [(7, batch.DENSE_TERMS), (7, 0), (1000, 0)])
def test_chunks_threads_and_sparse_terms_change_nothing(monkeypatch, chunk, dense_terms):
    postings, programs, similar = _instance(21, n_postings=60)
    want = _reference(postings, programs, 6, 30.0, similar)
    monkeypatch.setattr(batch, "CHUNK", chunk)
    monkeypatch.setattr(batch, "DENSE_TERMS", dense_terms)
    got = candidate_pairs(postings, programs, per_posting=6, min_score=30.0, similar=similar)
    assert _by_posting(got) == {p: v for p, v in want.items() if v}


def test_units_round_like_python_next_to_halves():
    halves = (2 * np.arange(0, 1_000_000, 7) + 1) / 20_000  # the doubles nearest to x.xxxx5
    x = np.concatenate([halves, np.nextafter(halves, 0), np.nextafter(halves, 100), [0.03125, 12.03125]])
    want = np.array([round(round(float(v), 4) * 10_000) for v in x])
    assert np.array_equal(_units(x), want)
    assert not np.array_equal(np.rint(x * 10_000), want)  # the naive way is wrong here


@pytest.mark.parametrize("seed", range(4))
def test_every_pair_scores_exactly_as_score_py(seed):
    postings, programs, similar = _instance(seed + 100, n_postings=25)
    got = candidate_pairs(postings, programs, per_posting=len(programs), similar=similar)
    assert len(got) == len(postings) * len(programs)
    posting_of = {p.id: p for p in postings}
    program_of = {p.id: p for p in programs}
    for a, b, s, k in zip(got.posting_ids, got.program_ids, got.scores, got.skills, strict=True):
        want = score(posting_of[int(a)], program_of[int(b)], similar)
        assert (float(s), float(k)) == (want.score, want.contributions["skills"])


def test_min_score_and_per_posting_bound():
    postings, programs, similar = _instance(7)
    got = candidate_pairs(postings, programs, per_posting=3, min_score=50.0, similar=similar)
    assert len(got) > 0
    assert (got.scores >= 50.0).all()
    _, counts = np.unique(got.posting_ids, return_counts=True)
    assert counts.max() <= 3
    # best first within a posting, ties by lower program id
    for rows in _by_posting(got).values():
        assert rows == sorted(rows, key=lambda r: (-r[1], r[0]))
    assert len(candidate_pairs(postings, programs, min_score=101.0)) == 0


def test_keep_drops_pairs_before_the_top_k():
    postings, programs, similar = _instance(3)
    got = candidate_pairs(
        postings, programs, per_posting=4, similar=similar, keep=lambda post, prog: prog.id % 2 == 0
    )
    want = _reference(postings, programs, 4, 0.0, similar, keep=lambda prog: prog.id % 2 == 0)
    assert _by_posting(got) == {p: v for p, v in want.items() if v}


def test_deterministic_and_independent_of_program_order():
    postings, programs, similar = _instance(11)
    one = candidate_pairs(postings, programs, similar=similar)
    two = candidate_pairs(postings, list(reversed(programs)), similar=similar)
    for name in ("posting_ids", "program_ids", "scores", "skills"):
        assert np.array_equal(getattr(one, name), getattr(two, name))


def test_empty_inputs():
    postings, programs, _ = _instance(1)
    for got in (
        candidate_pairs([], programs),
        candidate_pairs(postings, []),
        candidate_pairs(postings, programs, per_posting=0),
    ):
        assert len(got) == 0
        assert got.posting_ids.dtype == np.int64 and got.scores.dtype == np.float64
    no_skills = [PostingFeatures(1, "higher", "110101", "C13", "C")]
    got = candidate_pairs(no_skills, programs, per_posting=len(programs))
    assert len(got) == len(programs) and (got.skills == 0).all()


def test_programs_teaching_nothing_still_rank():
    postings, programs, similar = _instance(5)
    programs = [replace(p, skills={}) for p in programs]
    got = candidate_pairs(postings, programs, per_posting=5, similar=similar)
    want = _reference(postings, programs, 5, 0.0, similar)
    assert _by_posting(got) == want and (got.skills == 0).all()
