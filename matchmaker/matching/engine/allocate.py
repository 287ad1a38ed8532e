"""Allocation of a match run: posting seats to program capacity, maximising the total score.

Seats × score summed over all allocations is a transportation problem, so it is solved exactly as
a min-cost flow with OR-Tools, never greedily: source → posting (free seats) → program (arc cost
-score) → sink (free capacity), plus a zero-cost source → sink bypass so seats that would lower
the total are simply left empty. Accepted agreements (``Fixed``) are taken off both sides first.

Pure and deterministic: ids are sorted before the graph is built, so equal-score ties always fall
the same way; the graph is built and read back with numpy (a million arcs solve in ~1.5 s), and
every unallocated seat is explained (no candidate, or who took the capacity).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from ortools.graph.python import min_cost_flow

SCALE = 100  # solver costs are integers: scores keep two decimals
TAKEN_BY_LIMIT = 10  # explanations name the best takers, not every posting of a busy program


@dataclass(frozen=True)
class Arc:
    posting_id: int
    program_id: int
    score: float


@dataclass(frozen=True)
class ArcArrays:
    """Many arcs as parallel arrays (what the batch scorer produces): no million Arc objects."""

    posting_ids: np.ndarray
    program_ids: np.ndarray
    scores: np.ndarray


@dataclass(frozen=True)
class Fixed:
    posting_id: int
    program_id: int
    seats: int


@dataclass(frozen=True)
class Allocation:
    posting_id: int
    program_id: int
    seats: int
    score: float
    fixed: bool


@dataclass(frozen=True)
class Unallocated:
    posting_id: int
    seats: int
    reason: str  # "no_candidate" | "capacity_taken"
    detail: str
    taken_by: tuple[int, ...] = ()  # postings holding this posting's candidate programs, best first


@dataclass
class AllocationResult:
    allocations: list[Allocation]
    unallocated: list[Unallocated]
    total_score: float
    stats: dict = field(default_factory=dict)


def allocate(
    seats: Mapping[int, int],
    capacity: Mapping[int, int],
    arcs: Iterable[Arc] | ArcArrays,
    *,
    min_score: float = 50.0,
    fixed: Iterable[Fixed] = (),
) -> AllocationResult:
    """Allocate seats to maximise Σ score × seats; raise ValueError on inconsistent input."""
    if not math.isfinite(min_score):
        raise ValueError("min_score must be a finite number")
    post_ids, seats_arr = _side(seats, "posting", "seats")
    prog_ids, cap_arr = _side(capacity, "program", "capacity")
    n_post, n_prog = len(post_ids), len(prog_ids)
    fp, fq, fs = _fixed(fixed, post_ids, prog_ids)
    free_seats = _after_fixed(seats_arr, fp, fs, post_ids, "the seats of postings")
    free_cap = _after_fixed(cap_arr, fq, fs, prog_ids, "the capacity of programs")
    ap, aq, a_score, n_arcs = _arcs(arcs, post_ids, prog_ids)

    usable = (a_score >= min_score) & (np.rint(a_score * SCALE) >= 1)  # an arc worth 0 is no candidate
    cp, cq, cs = ap[usable], aq[usable], a_score[usable]
    live = (free_seats[cp] > 0) & (free_cap[cq] > 0)
    gp, gq, gs = cp[live], cq[live], cs[live]
    flow, status, solve_ms = _solve(gp, gq, gs, free_seats, free_cap)

    # A fixed pair keeps its arc's score whatever it is (0 when the pair has no arc at all).
    keys = np.append(ap * n_prog + aq, np.iinfo(np.int64).max)
    pos = np.searchsorted(keys, fp * n_prog + fq)
    f_score = np.where(keys[pos] == fp * n_prog + fq, np.append(a_score, 0.0)[pos], 0.0)
    hit = flow > 0
    all_p = np.concatenate([fp, gp[hit]])
    all_q = np.concatenate([fq, gq[hit]])
    all_n = np.concatenate([fs, flow[hit]])
    all_s = np.concatenate([f_score, gs[hit]])
    all_fixed = np.arange(len(all_p)) < len(fp)
    order = np.lexsort((~all_fixed, all_q, all_p))
    cols = (post_ids[all_p], prog_ids[all_q], all_n, all_s, all_fixed)
    allocations = [Allocation(*row) for row in zip(*(c[order].tolist() for c in cols), strict=True)]
    left = seats_arr - _sum_by(all_p, all_n, n_post)
    unallocated = _explain(left, cp, cq, all_p, all_q, all_s, post_ids, prog_ids, min_score)
    stats = {
        "arcs_in": n_arcs,
        "arcs_used": int(usable.sum()),
        "arcs_in_graph": len(gp),
        "status": status,
        "solve_ms": round(solve_ms, 2),
        "seats_total": int(seats_arr.sum()),
        "seats_fixed": int(fs.sum()),
        "seats_allocated": int(flow.sum()),  # by the solver, on top of the fixed seats
        "seats_unallocated": int(left.sum()),
        "capacity_total": int(cap_arr.sum()),
    }
    return AllocationResult(allocations, unallocated, float(np.dot(all_n, all_s)), stats)


def _solve(gp, gq, gs, free_seats, free_cap) -> tuple[np.ndarray, str, float]:
    """Min-cost flow with a bypass: flow only goes through programs where it raises the total."""
    n_post, n_prog, m = len(free_seats), len(free_cap), len(gp)
    src, sink = n_post + n_prog, n_post + n_prog + 1
    total = int(free_seats.sum())
    tails = np.concatenate([gp, np.full(n_post, src), n_post + np.arange(n_prog), [src]])
    heads = np.concatenate([n_post + gq, np.arange(n_post), np.full(n_prog, sink), [sink]])
    caps = np.concatenate([np.minimum(free_seats[gp], free_cap[gq]), free_seats, free_cap, [total]])
    costs = np.zeros(len(tails), np.int64)
    costs[:m] = -np.rint(gs * SCALE).astype(np.int64)
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32), heads.astype(np.int32), caps.astype(np.int64), costs
    )
    solver.set_nodes_supplies(np.array([src, sink], np.int32), np.array([total, -total], np.int64))
    started = time.perf_counter()
    status = solver.solve()
    solve_ms = (time.perf_counter() - started) * 1000
    if status != solver.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed: {status.name}")
    flow = np.asarray(solver.flows(np.arange(m, dtype=np.int32)), dtype=np.int64)
    return flow, status.name, solve_ms


def _explain(left, cp, cq, all_p, all_q, all_s, post_ids, prog_ids, min_score) -> list[Unallocated]:
    """Say why seats stayed empty. The flow is optimal and every usable arc is worth at least one
    cost unit, so each candidate program of a posting with empty seats is full: others took it."""
    short, n = left > 0, len(post_ids)
    n_cand = np.bincount(cp, minlength=n)
    # Holder rows (program, posting) in global best-first order: a row's position g ranks it.
    order = np.lexsort((all_p, all_q, -all_s))
    hq, hp, hs = all_q[order], all_p[order], all_s[order]
    first = np.ones(len(hq), bool)
    first[1:] = (hq[1:] != hq[:-1]) | (hp[1:] != hp[:-1])  # a fixed and a solver row of one pair
    hq, hp, hs = hq[first], hp[first], hs[first]
    n_rows = max(len(hq), 1)
    # Per program, its best holders (one spare, for the posting itself), grouped by program.
    by_q = np.argsort(hq, kind="stable")
    gq = hq[by_q]
    top = np.arange(len(gq)) - np.searchsorted(gq, gq) <= TAKEN_BY_LIMIT
    gq, gg = gq[top], by_q[top]
    # Join each short posting's candidate programs with their holders (a vectorised ragged expand).
    up, uq = cp[short[cp]], cq[short[cp]]
    lo = np.searchsorted(gq, uq, "left")
    cnt = np.searchsorted(gq, uq, "right") - lo
    rep = np.repeat(np.arange(len(up)), cnt)
    g = gg[lo[rep] + np.arange(len(rep)) - np.repeat(np.cumsum(cnt) - cnt, cnt)]
    jp = up[rep]
    other = hp[g] != jp
    # Single int64 keys sort fast: first keep each (posting, taker) once at its best row, then
    # order each posting's takers best first. Fits int64 up to ~10^6 postings.
    key = np.sort((jp[other] * n + hp[g[other]]) * n_rows + g[other])
    pair = key // n_rows
    first = np.ones(len(key), bool)
    first[1:] = pair[1:] != pair[:-1]
    key = np.sort(pair[first] // n * n_rows + key[first] % n_rows)
    jp, g = key // n_rows, key % n_rows
    keep = np.arange(len(jp)) - np.searchsorted(jp, jp) < TAKEN_BY_LIMIT
    jp, g = jp[keep], g[keep]
    takers: dict[int, list[tuple[int, float, int]]] = {}
    cols = (jp, post_ids[hp[g]], hs[g], prog_ids[hq[g]])
    for p, t, s, q in zip(*(c.tolist() for c in cols), strict=True):
        takers.setdefault(p, []).append((t, s, q))

    out = []
    for i, pid, seats in zip(
        np.flatnonzero(short).tolist(), post_ids[short].tolist(), left[short].tolist(), strict=True
    ):
        if not n_cand[i]:
            floor = f"{min_score:g} or more" if min_score > 0 else "above 0"
            detail = f"no program scores {floor} for this posting"
            out.append(Unallocated(pid, seats, "no_candidate", detail))
            continue
        held = takers.get(i, [])
        detail = f"its {n_cand[i]} candidate program(s) scoring {min_score:g} or more are full"
        if held:
            detail += ": taken by " + ", ".join(f"posting {t} ({s:g} on program {q})" for t, s, q in held)
        out.append(Unallocated(pid, seats, "capacity_taken", detail, tuple(t for t, _, _ in held)))
    return out


def _side(values: Mapping[int, int], kind: str, what: str) -> tuple[np.ndarray, np.ndarray]:
    """Ids sorted (the graph's node order) and their amounts, checked to be whole and non-negative."""
    ids = sorted(values)
    amounts = [values[i] for i in ids]
    bad = [i for i, v in zip(ids, amounts, strict=True) if not isinstance(v, int | np.integer) or v < 0]
    if bad:
        raise ValueError(f"{what} must be non-negative integers; check {kind}s {bad[:10]}")
    return np.array(ids, np.int64), np.array(amounts, np.int64)


def _index(ids: np.ndarray, values: np.ndarray, kind: str, source: str) -> np.ndarray:
    """Positions of ``values`` in the sorted ``ids``; unknown ids are an input error."""
    if not len(ids):
        if len(values):
            raise ValueError(f"{source} name unknown {kind} ids {_show(values)}")
        return np.zeros(0, np.int64)
    pos = np.minimum(np.searchsorted(ids, values), len(ids) - 1)
    unknown = ids[pos] != values
    if unknown.any():
        raise ValueError(f"{source} name unknown {kind} ids {_show(np.unique(values[unknown]))}")
    return pos.astype(np.int64)


def _fixed(fixed: Iterable[Fixed], post_ids, prog_ids) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fixed assignments summed per pair, as (posting index, program index, seats) sorted by pair."""
    pairs: dict[tuple[int, int], int] = {}
    for f in fixed:
        if not isinstance(f.seats, int | np.integer) or f.seats < 1:
            raise ValueError(f"fixed assignment {f} must have a positive whole number of seats")
        pairs[f.posting_id, f.program_id] = pairs.get((f.posting_id, f.program_id), 0) + int(f.seats)
    keys = sorted(pairs)
    fp = _index(post_ids, np.array([k[0] for k in keys], np.int64), "posting", "fixed assignments")
    fq = _index(prog_ids, np.array([k[1] for k in keys], np.int64), "program", "fixed assignments")
    return fp, fq, np.array([pairs[k] for k in keys], np.int64)


def _arcs(arcs: Iterable[Arc], post_ids, prog_ids) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Arcs as index arrays sorted by (posting, program), keeping the best score of duplicate pairs."""
    if isinstance(arcs, ArcArrays):
        p = np.asarray(arcs.posting_ids, np.int64)
        q = np.asarray(arcs.program_ids, np.int64)
        s = np.asarray(arcs.scores, np.float64)
        n = len(p)
    else:
        arcs = arcs if isinstance(arcs, list | tuple) else list(arcs)
        n = len(arcs)
        p = np.fromiter((a.posting_id for a in arcs), np.int64, n)
        q = np.fromiter((a.program_id for a in arcs), np.int64, n)
        s = np.fromiter((a.score for a in arcs), np.float64, n)
    if not (np.isfinite(s) & (s >= 0) & (s <= 100)).all():
        raise ValueError("arc scores must be finite numbers between 0 and 100")
    key = _index(post_ids, p, "posting", "arcs") * len(prog_ids) + _index(prog_ids, q, "program", "arcs")
    order = np.argsort(key)  # duplicates keep their maximum, so sort stability is moot
    key, s = key[order], s[order]
    first = np.ones(n, bool)
    first[1:] = key[1:] != key[:-1]
    best = np.maximum.reduceat(s, np.flatnonzero(first)) if n else s
    key = key[first]
    return key // max(len(prog_ids), 1), key % max(len(prog_ids), 1), best, n


def _after_fixed(amounts, index, fixed_seats, ids, what: str) -> np.ndarray:
    free = amounts - _sum_by(index, fixed_seats, len(ids))
    if (free < 0).any():
        raise ValueError(f"fixed assignments exceed {what} {_show(ids[free < 0])}")
    return free


def _sum_by(index: np.ndarray, amounts: np.ndarray, size: int) -> np.ndarray:
    out = np.zeros(size, np.int64)
    np.add.at(out, index, amounts)
    return out


def _show(ids: np.ndarray, n: int = 10) -> str:
    shown = ", ".join(str(i) for i in ids[:n].tolist())
    return f"{shown} (+{len(ids) - n} more)" if len(ids) > n else shown
