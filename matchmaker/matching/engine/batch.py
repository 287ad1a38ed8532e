"""Every posting's best programs for a match run, scored exactly like ``score.score``, in bulk.

A city-wide run is 50,000 postings × 3,000 programs: far too many pairs for the scalar scorer. Here
CHUNK postings at a time are scored against every program (a program sharing no skill can still
score MAX_WITHOUT_SKILLS, so every program is a candidate), on two threads:

* skills — demands (a sparse postings × keys matrix) times the keys' terms per program (dense when
  small enough), a key being a skill or, for a skill with ``similar`` entries, a (skill, weight);
* level, region, industry, preferred — small integer-coded tables, one row gathered per posting.

Why the numbers are identical, not just close: score.py rounds each contribution to 4 dp and then
their sum, which equals adding the contributions in integer units of 1e-4 (UNIT). The coverage is
the scalar's float bit for bit: scipy's CSR products add a row's terms in stored order (the
posting's demand order) starting from 0, each term is the scalar's ``weight × sim × credit``, and
the total weight is summed in the same order; ``_units`` then rounds exactly like Python's round.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from matchmaker.matching.engine.score import (
    CLUSTERS,
    CORE_CREDIT,
    INDUSTRY_FIT,
    LEVEL_RANK,
    PREFERRED_FIT,
    REGION_FIT,
    WEIGHTS,
    PostingFeatures,
    ProgramFeatures,
    level_fit,
)

Similar = Mapping[int, Mapping[int, float]]
UNIT = 10_000  # scores are kept as integers in units of 1e-4: score.py rounds to 4 dp
CHUNK = 250  # postings scored at once: CHUNK × programs dense arrays bound the memory
THREADS = 2  # the match run's machine has 2 cores
DENSE_TERMS = 2**25  # keys × programs up to which the skill terms are a dense matrix (256 MB)


@dataclass
class Candidates:
    posting_ids: np.ndarray  # int64, one per pair; postings in input order, best program first
    program_ids: np.ndarray  # int64
    scores: np.ndarray  # float64, exactly score.score(...).score
    skills: np.ndarray  # float64, the skills contribution (WEIGHTS["skills"] × coverage)

    def __len__(self) -> int:
        return len(self.posting_ids)


def _units(x: np.ndarray) -> np.ndarray:
    """round(x, 4) in units of 1e-4, exactly as Python rounds (half to even on x's exact value).

    rint(x × 1e4) agrees with Python except where x × 1e4 lies next to a half, which "round" weights
    make common; there the exact product x × 1e4 = t + e (Dekker's error-free product, 1e4 needing no
    split) says on which side of the half x really is."""
    shape, x = x.shape, x.reshape(-1)
    off = x * UNIT  # few, in-place steps: each big temporary costs fresh pages
    out = np.empty(len(x), dtype=np.int32)
    np.rint(off, out=out, casting="unsafe")
    off -= out
    near = np.flatnonzero(np.abs(off, out=off) > 0.4999)
    if near.size:
        x = x[near]
        t = x * UNIT
        split = 134217729.0 * x  # 2**27 + 1
        hi = split - (split - x)
        e = (hi * UNIT - t) + (x - hi) * UNIT
        low = np.floor(t)
        side = (t - (low + 0.5)) + e  # the exact sign of x × 1e4 − (low + ½)
        out[near] = low + ((side > 0) | ((side == 0) & (low % 2 == 1)))
    return out.reshape(shape)


def _factor(name: str, fit: float) -> int:
    """A factor's contribution in units, rounded as score.py rounds it."""
    return round(round(WEIGHTS[name] * fit, 4) * UNIT)


def _ids(values: Sequence, seen: dict) -> np.ndarray:
    return np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)


def _level_region(
    postings: Sequence[PostingFeatures], programs: Sequence[ProgramFeatures], extra: np.ndarray
):
    """(row per posting, table rows × programs) of level + region units plus the posting's ``extra``
    units, one row per distinct (level, region, extra) of the postings: a city has few, so gathering
    rows beats comparing per pair."""
    ranks = {name: i for i, name in enumerate(LEVEL_RANK)}
    level = np.array([[_factor("level", level_fit(a, b)) for b in ranks] for a in ranks], dtype=np.int32)
    prog_level = level[:, [ranks[p.level] for p in programs]]  # (levels × programs)

    combos: dict[tuple[int, str, int], int] = {}
    row = _ids(
        [(ranks[p.level], p.region_code, e) for p, e in zip(postings, extra.tolist(), strict=True)], combos
    )
    regions = [r for _, r, _ in combos]
    cluster_of = {prov: i for i, provs in enumerate(CLUSTERS.values()) for prov in provs}
    same = []
    for cut in (None, 4, 2):
        seen: dict[str, int] = {}
        a = _ids([r[:cut] for r in regions], seen)
        same.append(a[:, None] == _ids([p.region_code[:cut] for p in programs], seen)[None, :])
    a = np.array([cluster_of.get(r[:2], -1) for r in regions])
    b = np.array([cluster_of.get(p.region_code[:2], -2) for p in programs])
    same.append(a[:, None] == b[None, :])
    fits = [_factor("region", REGION_FIT[k]) for k in ("county", "city", "province", "cluster", "elsewhere")]
    table = np.select(same, fits[:4], fits[4]) + prog_level[[lvl for lvl, _, _ in combos]]
    return row, (table + np.array([e for _, _, e in combos])[:, None]).astype(np.int32)


def _industry(postings: Sequence[PostingFeatures], programs: Sequence[ProgramFeatures]):
    """(row per posting, table rows × programs) of industry units, one row per distinct
    (division, section) of the postings."""
    combos: dict[tuple[str, str], int] = {}
    row = _ids([(p.industry_code, p.industry_section) for p in postings], combos)
    codes: dict[str, int] = {}
    sections: dict[str, int] = {}
    code = _ids([c for c, _ in combos], codes)
    section = _ids([s for _, s in combos], sections)
    first = np.full(len(programs), -1)
    listed = np.zeros((len(codes), len(programs)), dtype=bool)
    in_section = np.zeros((len(sections), len(programs)), dtype=bool)
    for j, p in enumerate(programs):
        if p.industries:
            first[j] = codes.get(p.industries[0], -1)
        listed[[codes[c] for c in p.industries if c in codes], j] = True
        in_section[[sections[s] for s in p.industry_sections if s in sections], j] = True
    fits = [_factor("industry", INDUSTRY_FIT[k]) for k in ("first", "listed", "section", "none")]
    table = np.select([code[:, None] == first[None, :], listed[code], in_section[section]], fits[:3], fits[3])
    return row, table.astype(np.int32)


def _preferred(postings: Sequence[PostingFeatures], programs: Sequence[ProgramFeatures]):
    """(units per posting row, sparse postings × programs of the extra units where a program's major
    is named): a posting naming no major is neutral for every program."""
    neutral, named, other = (_factor("preferred", PREFERRED_FIT[k]) for k in ("neutral", "named", "other"))
    majors: dict[str, int] = {}
    of_program = _ids([p.major_code for p in programs], majors)
    by_major = sparse.csr_array(
        (np.ones(len(programs)), (of_program, np.arange(len(programs)))), shape=(len(majors), len(programs))
    )
    rows, cols = [], []
    for i, p in enumerate(postings):
        hits = [majors[m] for m in p.preferred_majors if m in majors]
        rows += [i] * len(hits)
        cols += hits
    names = sparse.csr_array((np.ones(len(rows)), (rows, cols)), shape=(len(postings), len(majors)))
    base = np.array([other if p.preferred_majors else neutral for p in postings], dtype=np.int32)
    return base, (names @ by_major).tocsr(), named - other


class _Skills:
    """The skills factor as a product: demands (postings × keys, in each posting's demand order) times
    keys × programs. A key is a skill, its demands holding their weight and its row the programs'
    credit; a skill with ``similar`` entries gets a key per weight instead, its demands holding 1.0
    and its row ``(weight × similarity) × credit`` — the scalar's own association of the product."""

    def __init__(self, postings, programs: Sequence[ProgramFeatures], similar: Similar | None):
        self.n_programs = n_programs = len(programs)
        demands = [d for p in postings for d in p.skills]
        counts = np.fromiter((len(p.skills) for p in postings), np.int64, len(postings))
        skill = np.fromiter((d.skill_id for d in demands), np.int64, len(demands))
        weight = np.fromiter((d.weight for d in demands), np.float64, len(demands))
        # The total weight, summed in demand order like the scalar's sum(): one slot at a time.
        posting_of = np.repeat(np.arange(len(postings)), counts)
        slot = np.arange(len(demands)) - np.repeat(np.cumsum(counts) - counts, counts)
        slots = np.zeros((int(counts.max(initial=0)), len(postings)))
        slots[slot, posting_of] = weight
        self.total = np.zeros(len(postings))
        for column in slots:
            self.total += column
        self.total[self.total == 0] = 1.0  # no skills: nothing earned, and no 0 / 0

        p_row = np.repeat(np.arange(n_programs), [len(p.skills) for p in programs])
        p_skill = np.fromiter((s for p in programs for s in p.skills), np.int64, len(p_row))
        p_weight = np.fromiter((w for p in programs for w in p.skills.values()), np.float64, len(p_row))
        known, col = np.unique(p_skill, return_inverse=True)
        credit = CORE_CREDIT + (1 - CORE_CREDIT) * p_weight
        self.by_skill = sparse.csc_array((credit, (p_row, col)), shape=(n_programs, len(known)))
        self.column = dict(zip(known.tolist(), range(len(known)), strict=True))

        # Keys: the skills programs teach, then one per (skill with similar entries, weight).
        with_similar = np.array(sorted(s for s, others in (similar or {}).items() if others), dtype=np.int64)
        near = np.isin(skill, with_similar)
        plain = np.isin(skill, known) & ~near
        key = np.full(len(skill), -1)
        key[plain] = np.searchsorted(known, skill[plain])
        pairs, inverse = np.unique(np.stack([skill[near], weight[near]], axis=1), axis=0, return_inverse=True)
        key[near] = len(known) + inverse.reshape(-1)
        rows, terms, supply = [self.by_skill.indices], [self.by_skill.data], {}
        for s, w in pairs.tolist():
            if s not in supply:
                supply[s] = self._supply(int(s), similar[int(s)])  # type: ignore[index]
            who, sim, cr = supply[s]
            rows.append(who)
            terms.append((w * sim) * cr)
        indptr = np.concatenate(
            [self.by_skill.indptr, self.by_skill.indptr[-1] + np.cumsum([len(r) for r in rows[1:]])]
        )
        self.terms = sparse.csr_array(
            (np.concatenate(terms), np.concatenate(rows), indptr), shape=(len(known) + len(pairs), n_programs)
        )
        if self.terms.shape[0] * n_programs <= DENSE_TERMS:
            self.terms = self.terms.toarray()
        scored = key >= 0
        self.key, self.value = key[scored], np.where(near, 1.0, weight)[scored]
        self.indptr = np.concatenate(
            [[0], np.cumsum(np.bincount(posting_of[scored], minlength=len(postings)))]
        )

    def _supply(self, s: int, others: Mapping[int, float]):
        """(programs, similarity, credit) meeting demand skill s: the exact skill, else the first
        most similar skill the program has (the scalar's strict ``>`` keeps the first of a tie)."""
        exact, credit = self._column(s)
        has = np.zeros(self.n_programs, dtype=bool)
        has[exact] = True
        found = np.zeros(self.n_programs, dtype=bool)
        best_sim = np.zeros(self.n_programs)
        best_credit = np.zeros(self.n_programs)
        for other, sim in others.items():
            who, cr = self._column(other)
            better = ~has[who] & (~found[who] | (sim > best_sim[who]))
            who = who[better]
            found[who], best_sim[who], best_credit[who] = True, sim, cr[better]
        near = np.flatnonzero(found)
        return (
            np.concatenate([exact, near]),
            np.concatenate([np.ones(len(exact)), best_sim[near]]),
            np.concatenate([credit, best_credit[near]]),
        )

    def _column(self, s: int) -> tuple[np.ndarray, np.ndarray]:
        j = self.column.get(s)
        if j is None:
            return np.zeros(0, np.int64), np.zeros(0)
        lo, hi = self.by_skill.indptr[j], self.by_skill.indptr[j + 1]
        return self.by_skill.indices[lo:hi].astype(np.int64), self.by_skill.data[lo:hi]

    def units(self, a: int, b: int) -> np.ndarray:
        """Dense (b − a) × programs skills contributions, in units, of postings a..b."""
        lo, hi = self.indptr[a], self.indptr[b]
        demands = sparse.csr_array(
            (self.value[lo:hi], self.key[lo:hi], self.indptr[a : b + 1] - lo),
            shape=(b - a, self.terms.shape[0]),
        )
        earned = demands @ self.terms  # each row's terms added in the row's (demand) order, from 0
        earned = earned if isinstance(earned, np.ndarray) else earned.toarray()
        earned /= self.total[a:b, None]
        earned *= WEIGHTS["skills"]
        return _units(earned)


def candidate_pairs(
    postings: Sequence[PostingFeatures],
    programs: Sequence[ProgramFeatures],
    *,
    per_posting: int = 20,
    min_score: float = 0.0,
    similar: Similar | None = None,
    keep: Callable[[PostingFeatures, ProgramFeatures], bool] | None = None,
) -> Candidates:
    """For every posting, its ``per_posting`` best programs scoring at least ``min_score`` (ties by
    lower program id), as ``rank.ProgramIndex.top_for`` returns them, with their exact scores.

    ``keep(posting, program)`` drops pairs before the top-k. It is slow: each posting's row is fully
    sorted and ``keep`` called from Python on its programs, best first, until ``per_posting`` are
    kept — expect seconds more per 10,000 postings. Programs are taken by id (the last of a repeated
    id wins).
    """
    programs = sorted({p.id: p for p in programs}.values(), key=lambda p: p.id)
    if not postings or not programs or per_posting <= 0:
        return Candidates(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
    run = _Run(postings, programs, similar, min(per_posting, len(programs)), min_score, keep)
    starts = range(0, len(postings), CHUNK)
    if keep is not None or len(starts) == 1:
        out = [run.chunk(a) for a in starts]
    else:  # numpy's loops release the GIL: chunks overlap on a second core
        with ThreadPoolExecutor(THREADS) as pool:
            out = list(pool.map(run.chunk, starts))
    return Candidates(*(np.concatenate(parts) for parts in zip(*out, strict=True)))


class _Run:
    """One call's tables, scoring CHUNK postings at a time against every program."""

    def __init__(self, postings, programs, similar, k, min_score, keep):
        self.postings, self.programs = postings, programs
        self.k, self.min_score, self.keep = k, min_score, keep
        self.posting_ids = np.array([p.id for p in postings], dtype=np.int64)
        self.program_ids = np.array([p.id for p in programs], dtype=np.int64)
        self.skills = _Skills(postings, programs, similar)
        pref_base, self.named, self.named_extra = _preferred(postings, programs)
        self.lr_row, self.lr_table = _level_region(postings, programs, pref_base)
        self.ind_row, self.ind_table = _industry(postings, programs)

    def chunk(self, a: int) -> tuple[np.ndarray, ...]:
        b = min(a + CHUNK, len(self.postings))
        skill = self.skills.units(a, b)
        total = self.lr_table[self.lr_row[a:b]]
        total += self.ind_table[self.ind_row[a:b]]
        total += skill
        hits = self.named[a:b]
        total[np.repeat(np.arange(b - a), np.diff(hits.indptr)), hits.indices] += self.named_extra
        key, top = _order_key(total)  # total is spent: scores come back from the keys
        if self.keep is None:
            rows, cols = np.repeat(np.arange(b - a), self.k), _top(key, self.k)
        else:
            rows, cols = self._kept(a, key)
        scores = (top - (key[rows, cols] - cols) // len(self.programs)) / UNIT
        good = scores >= self.min_score  # the scalar's test, on the very same floats
        rows, cols, scores = rows[good], cols[good], scores[good]
        return self.posting_ids[a:b][rows], self.program_ids[cols], scores, skill[rows, cols] / UNIT

    def _kept(self, a: int, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each row's best k programs that ``keep`` accepts: a Python call per program tried."""
        rows: list[int] = []
        cols: list[int] = []
        for i in range(len(key)):
            kept = 0
            for j in np.argsort(key[i]).tolist():
                if kept == self.k:
                    break
                if self.keep(self.postings[a + i], self.programs[j]):
                    rows.append(i)
                    cols.append(j)
                    kept += 1
        return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def _order_key(total: np.ndarray) -> tuple[np.ndarray, int]:
    """(key, top): one integer per pair, (top − score) × programs + column, so the smallest is the
    best score, then the lowest program id (columns are in id order). In total's own memory as
    uint32 when it fits, which also halves what the top-k selection walks."""
    n_programs = total.shape[1]
    top = int(total.max())
    if (top - int(total.min()) + 1) * n_programs > 2**32:
        key = (top - total.astype(np.int64)) * n_programs
        return key + np.arange(n_programs), top
    key = np.subtract(top, total, out=total).view(np.uint32)
    key *= np.uint32(n_programs)
    key += np.arange(n_programs, dtype=np.uint32)
    return key, top


def _top(key: np.ndarray, k: int) -> np.ndarray:
    """Column indices of each row's k smallest keys, smallest first."""
    top = np.argpartition(key, k - 1, axis=1)[:, :k] if k < key.shape[1] else np.argsort(key, axis=1)
    return np.take_along_axis(top, np.argsort(np.take_along_axis(key, top, 1), axis=1), 1).ravel()
