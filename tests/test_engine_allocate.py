"""The allocation engine: optimal against independent solvers, capacities, fixed seats, explanations."""

import itertools
import math
import random
from collections import defaultdict

import numpy as np
import pytest
from scipy.optimize import linprog

from matchmaker.matching.engine.allocate import TAKEN_BY_LIMIT, Arc, Fixed, allocate


def random_instance(rng: random.Random, n_post: int, n_prog: int, max_amount: int, density: float):
    """Ids out of order and not contiguous, scores with one decimal, some duplicates and fixed seats."""
    posts = rng.sample(range(1, 1000), n_post)
    progs = rng.sample(range(1000, 2000), n_prog)
    seats = {p: rng.randint(0, max_amount) for p in posts}
    capacity = {q: rng.randint(0, max_amount) for q in progs}
    arcs = [Arc(p, q, round(rng.uniform(0, 100), 1)) for p in posts for q in progs if rng.random() < density]
    arcs += [Arc(a.posting_id, a.program_id, round(rng.uniform(0, 100), 1)) for a in arcs[:2]]  # duplicates
    free_s, free_c, fixed = dict(seats), dict(capacity), []
    for _ in range(rng.randint(0, 2)):
        p, q = rng.choice(posts), rng.choice(progs)  # with or without an arc, any score
        if free_s[p] and free_c[q]:
            n = rng.randint(1, min(free_s[p], free_c[q]))
            free_s[p] -= n
            free_c[q] -= n
            fixed.append(Fixed(p, q, n))
    rng.shuffle(arcs)
    return seats, capacity, arcs, fixed, rng.choice([0.0, 30.0, 50.0, 70.0])


def best_scores(arcs):
    best: dict[tuple[int, int], float] = {}
    for a in arcs:
        best[a.posting_id, a.program_id] = max(a.score, best.get((a.posting_id, a.program_id), -1.0))
    return best


def free_sides(seats, capacity, fixed):
    free_s, free_c = dict(seats), dict(capacity)
    for f in fixed:
        free_s[f.posting_id] -= f.seats
        free_c[f.program_id] -= f.seats
    return free_s, free_c


def fixed_value(arcs, fixed):
    best = best_scores(arcs)
    return sum(f.seats * best.get((f.posting_id, f.program_id), 0.0) for f in fixed)


def lp_optimum(seats, capacity, arcs, fixed, min_score):
    """The transportation LP solved by HiGHS; its matrix is totally unimodular, so it is integral."""
    free_s, free_c = free_sides(seats, capacity, fixed)
    usable = [(pq, s) for pq, s in sorted(best_scores(arcs).items()) if s >= min_score]
    if not usable:
        return fixed_value(arcs, fixed)
    rows = {p: i for i, p in enumerate(sorted(free_s))}
    cols = {q: len(rows) + j for j, q in enumerate(sorted(free_c))}
    a_ub = np.zeros((len(rows) + len(cols), len(usable)))
    for k, ((p, q), _) in enumerate(usable):
        a_ub[rows[p], k] = a_ub[cols[q], k] = 1
    b_ub = [free_s[p] for p in sorted(free_s)] + [free_c[q] for q in sorted(free_c)]
    res = linprog([-s for _, s in usable], A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs")
    assert res.status == 0
    assert np.allclose(res.x, np.round(res.x))
    return -res.fun + fixed_value(arcs, fixed)


def brute_force(seats, capacity, arcs, fixed, min_score):
    free_s, free_c = free_sides(seats, capacity, fixed)
    usable = [(pq, s) for pq, s in sorted(best_scores(arcs).items()) if s >= min_score]
    ranges = [range(min(free_s[p], free_c[q]) + 1) for (p, q), _ in usable]
    best = 0.0
    for x in itertools.product(*ranges):
        used_s, used_c = defaultdict(int), defaultdict(int)
        for ((p, q), _), n in zip(usable, x, strict=True):
            used_s[p] += n
            used_c[q] += n
        if all(used_s[p] <= free_s[p] for p in used_s) and all(used_c[q] <= free_c[q] for q in used_c):
            best = max(best, sum(s * n for (_, s), n in zip(usable, x, strict=True)))
    return best + fixed_value(arcs, fixed)


def check_invariants(seats, capacity, arcs, fixed, min_score, result):
    best = best_scores(arcs)
    by_post, by_prog, fixed_got = defaultdict(int), defaultdict(int), defaultdict(int)
    for a in result.allocations:
        assert a.seats > 0
        by_post[a.posting_id] += a.seats
        by_prog[a.program_id] += a.seats
        if a.fixed:
            fixed_got[a.posting_id, a.program_id] += a.seats
        else:
            assert a.score == best[a.posting_id, a.program_id] >= min_score
    assert all(by_post[p] <= seats[p] for p in by_post)
    assert all(by_prog[q] <= capacity[q] for q in by_prog)
    wanted = defaultdict(int)
    for f in fixed:
        wanted[f.posting_id, f.program_id] += f.seats
    assert fixed_got == wanted
    assert math.isclose(result.total_score, sum(a.seats * a.score for a in result.allocations))
    short = {u.posting_id: u for u in result.unallocated}
    for p, n in seats.items():
        assert n - by_post[p] == (short[p].seats if p in short else 0)
    for u in result.unallocated:
        candidates = {q for (p, q), s in best.items() if p == u.posting_id and s >= min_score and s > 0}
        assert u.reason == ("capacity_taken" if candidates else "no_candidate")
        assert all(by_prog[q] == capacity[q] for q in candidates)  # every candidate program is full
        holders: dict[int, float] = {}  # posting → its best score on one of these programs
        for a in result.allocations:
            if a.program_id in candidates and a.posting_id != u.posting_id:
                holders[a.posting_id] = max(a.score, holders.get(a.posting_id, 0.0))
        assert len(u.taken_by) == min(len(holders), TAKEN_BY_LIMIT)
        assert [holders[t] for t in u.taken_by] == sorted((holders[t] for t in u.taken_by), reverse=True)
        if len(holders) <= TAKEN_BY_LIMIT:
            assert set(u.taken_by) == set(holders)


def test_total_equals_the_lp_optimum_on_random_instances():
    rng = random.Random(20240501)
    for _ in range(60):
        instance = random_instance(rng, rng.randint(1, 12), rng.randint(1, 8), 6, rng.uniform(0.2, 0.9))
        seats, capacity, arcs, fixed, min_score = instance
        result = allocate(seats, capacity, arcs, min_score=min_score, fixed=fixed)
        assert result.total_score == pytest.approx(lp_optimum(*instance), abs=1e-6)
        check_invariants(*instance, result)


def test_total_equals_brute_force_on_tiny_instances():
    rng = random.Random(7)
    for _ in range(60):
        instance = random_instance(rng, rng.randint(1, 3), rng.randint(1, 3), 2, 0.6)
        result = allocate(instance[0], instance[1], instance[2], min_score=instance[4], fixed=instance[3])
        assert result.total_score == pytest.approx(brute_force(*instance), abs=1e-6)
        check_invariants(*instance, result)


def test_same_result_twice_and_with_shuffled_input():
    rng = random.Random(3)
    seats, capacity, arcs, fixed, _ = random_instance(rng, 40, 15, 5, 0.4)
    arcs = [Arc(a.posting_id, a.program_id, round(a.score, -1)) for a in arcs]  # many equal-score ties

    def outcome(result):
        stats = {k: v for k, v in result.stats.items() if k != "solve_ms"}
        return result.allocations, result.unallocated, result.total_score, stats

    first = allocate(seats, capacity, arcs, fixed=fixed)
    assert outcome(allocate(seats, capacity, arcs, fixed=fixed)) == outcome(first)
    for _ in range(3):
        rng.shuffle(arcs)
        rng.shuffle(fixed)
        shuffled_seats = dict(rng.sample(sorted(seats.items()), len(seats)))
        shuffled_cap = dict(rng.sample(sorted(capacity.items()), len(capacity)))
        again = allocate(shuffled_seats, shuffled_cap, iter(arcs), fixed=fixed)
        assert outcome(again) == outcome(first)


def test_better_posting_takes_the_seat_and_the_other_is_told_who():
    a, b, c, p, q = 1, 2, 3, 10, 11
    result = allocate(
        {a: 1, b: 1, c: 2}, {p: 1, q: 5}, [Arc(a, p, 90), Arc(b, p, 60), Arc(c, q, 40), Arc(c, p, 49.9)]
    )
    assert [(x.posting_id, x.program_id, x.seats) for x in result.allocations] == [(a, p, 1)]
    assert result.total_score == 90
    lost, none = result.unallocated
    assert (lost.posting_id, lost.seats, lost.reason, lost.taken_by) == (b, 1, "capacity_taken", (a,))
    assert "posting 1" in lost.detail and "program 10" in lost.detail
    assert (none.posting_id, none.seats, none.reason, none.taken_by) == (c, 2, "no_candidate", ())
    assert "50" in none.detail


def test_optimum_is_not_greedy():
    # Greedy gives P to A (95) and leaves B with nothing; the optimum sends A to Q instead.
    result = allocate({1: 1, 2: 1}, {10: 1, 11: 1}, [Arc(1, 10, 95), Arc(1, 11, 90), Arc(2, 10, 80)])
    assert {(x.posting_id, x.program_id) for x in result.allocations} == {(1, 11), (2, 10)}
    assert result.total_score == 170
    assert result.unallocated == []


def test_fixed_seats_are_kept_and_use_capacity_first():
    arcs = [Arc(1, 10, 95), Arc(2, 10, 40), Arc(2, 11, 70)]
    fixed = [Fixed(2, 10, 1), Fixed(3, 11, 2)]  # below min_score, and a pair with no arc at all
    result = allocate({1: 2, 2: 2, 3: 2}, {10: 2, 11: 3}, arcs, fixed=fixed)
    got = [(x.posting_id, x.program_id, x.seats, x.score, x.fixed) for x in result.allocations]
    assert got == [
        (1, 10, 1, 95.0, False),
        (2, 10, 1, 40.0, True),
        (2, 11, 1, 70.0, False),
        (3, 11, 2, 0.0, True),
    ]
    assert result.total_score == 95 + 40 + 70
    (short,) = result.unallocated
    assert (short.posting_id, short.seats, short.reason, short.taken_by) == (1, 1, "capacity_taken", (2,))
    assert result.stats["seats_fixed"] == 3
    assert result.stats["seats_allocated"] == 2
    assert result.stats["seats_unallocated"] == 1


def test_duplicate_arcs_keep_the_best_score():
    result = allocate({1: 1}, {10: 1}, [Arc(1, 10, 40), Arc(1, 10, 80), Arc(1, 10, 60)])
    assert [(x.score, x.seats) for x in result.allocations] == [(80.0, 1)]
    assert result.stats["arcs_in"] == 3 and result.stats["arcs_used"] == 1


def test_taken_by_names_the_best_takers_first():
    n = TAKEN_BY_LIMIT + 3
    arcs = [Arc(i, 10, 60 + i) for i in range(1, n + 1)] + [Arc(100, 10, 55)]
    result = allocate({i: 1 for i in [*range(1, n + 1), 100]}, {10: n}, arcs)
    (short,) = result.unallocated
    assert short.taken_by == tuple(range(n, n - TAKEN_BY_LIMIT, -1))


def test_stats_and_empty_input():
    result = allocate({1: 3}, {10: 2}, [Arc(1, 10, 75.5)])
    assert result.stats["status"] == "OPTIMAL"
    assert result.stats["solve_ms"] >= 0
    assert result.stats["seats_total"] == 3 and result.stats["seats_allocated"] == 2
    assert result.stats["arcs_used"] == 1
    empty = allocate({}, {}, [])
    assert (empty.allocations, empty.unallocated, empty.total_score) == ([], [], 0.0)


@pytest.mark.parametrize(
    ("seats", "capacity", "arcs", "fixed", "message"),
    [
        ({1: -1}, {10: 1}, [], [], "non-negative"),
        ({1: 1}, {10: -2}, [], [], "non-negative"),
        ({1: 1.5}, {10: 1}, [], [], "non-negative integers"),
        ({1: 1}, {10: 1}, [Arc(2, 10, 80)], [], "unknown posting ids 2"),
        ({1: 1}, {10: 1}, [Arc(1, 11, 80)], [], "unknown program ids 11"),
        ({1: 1}, {10: 1}, [Arc(1, 10, 101)], [], "between 0 and 100"),
        ({1: 1}, {10: 1}, [Arc(1, 10, math.nan)], [], "between 0 and 100"),
        ({1: 1}, {10: 5}, [], [Fixed(1, 10, 2)], "exceed the seats of postings 1"),
        ({1: 5}, {10: 1}, [], [Fixed(1, 10, 1), Fixed(1, 10, 1)], "exceed the capacity of programs 10"),
        ({1: 1}, {10: 1}, [], [Fixed(3, 10, 1)], "unknown posting ids 3"),
        ({1: 1}, {10: 1}, [], [Fixed(1, 10, 0)], "positive"),
    ],
)
def test_bad_input_is_rejected(seats, capacity, arcs, fixed, message):
    with pytest.raises(ValueError, match=message):
        allocate(seats, capacity, arcs, fixed=fixed)
