"""major_fit — 专业与区域、产业吻合度预警报告 (SPEC §6).

Per major offered (a program in cohort Y = the period's year) or demanded (headcount attributed to
it) in the region: supply, demand, fit ratio, the rates of the two latest measured cohorts, and the
warning level with the reasons that set it; plus the structure-fit index over industry sections.

A published warning can close a major, so boundaries are judged exactly: rates, shares and fit
ratios are compared as rationals of the decimals as written (0.6 is 3/5, not its binary neighbour),
so a fit of exactly 0.8 or a rate of exactly 60 % never slips across a threshold by float noise.
Demand shares are summed with ``fsum`` and fixed to 1e-6 headcount before any comparison.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

from matchmaker.reports.compute import METHOD_VERSION
from matchmaker.reports.compute.inputs import Attribution, PostingRow, ProgramRow, Thresholds
from matchmaker.reports.compute.periods import Period

LEVELS = ("gap", "red", "yellow", "shortage", "balanced", "none")  # rule order, also the listing order
UNMATCHED_SKILLS_TOP = 20  # "reported with its top skills": the training gap, not the whole tail
_DEMAND_QUANTUM = Decimal("0.000001")


def exact(x: float | int) -> Fraction:
    """The number as written (0.6 → 3/5) rather than its binary approximation."""
    return Fraction(str(x)) if isinstance(x, float) else Fraction(x)


def ratio(x: Fraction | None, places: int = 4) -> float | None:
    return None if x is None else round(float(x), places)


def period_info(period: Period) -> dict:
    """As talent_demand writes it: the last day is inclusive."""
    last = period.end - timedelta(days=1)
    return {"label": period.label, "start": period.start.isoformat(), "end": last.isoformat()}


def graduate_weighted_rate(programs: Iterable[ProgramRow]) -> Fraction | None:
    """Σ rate × graduates ÷ Σ graduates over the programs whose rate is known.

    A program with no graduates has nothing to weigh and is skipped; None when nothing is left.
    """
    num, den = Fraction(0), 0
    for p in programs:
        if p.employment_rate is not None and p.expected_graduates > 0:
            num += exact(p.employment_rate) * p.expected_graduates
            den += p.expected_graduates
    return num / den if den else None


def _num(x: Fraction, limit: Fraction | None = None, places: int = 4) -> str:
    """x to ``places`` decimals, with more digits when rounding would make it look equal to ``limit``."""
    text = f"{float(x):.{places}f}"
    while limit is not None and x != limit and Fraction(text) == limit and places < 12:
        places += 1
        text = f"{float(x):.{places}f}"
    return text


def _lim(x: Fraction) -> str:
    return f"{float(x):g}"


def attribute(
    posting: PostingRow, attribution: Attribution | None, thresholds: Thresholds
) -> list[tuple[str, float]]:
    """The (major code, headcount share) pairs a counted posting's headcount goes to; [] = unmatched.

    Preferred majors, when the posting names any, share the headcount equally (SPEC gives no weights
    for them). Otherwise the top ``attribution_top`` majors scoring ≥ ``attribution_min_score``
    share it in proportion to score; ties at the cut are broken by major code, so runs repeat.
    """
    preferred = list(dict.fromkeys(code for code in posting.preferred_majors if code))
    if preferred:
        return [(code, posting.headcount / len(preferred)) for code in preferred]
    best: dict[str, float] = {}
    for code, score in attribution.majors if attribution else ():
        if score >= thresholds.attribution_min_score and score > 0:
            best[code] = max(score, best.get(code, 0.0))
    top = sorted(best.items(), key=lambda cs: (-cs[1], cs[0]))[: thresholds.attribution_top]
    total = math.fsum(score for _, score in top)
    return [(code, posting.headcount * score / total) for code, score in top]


def _level(
    supply: int,
    demand: Fraction,
    fit: Fraction | None,
    rate: Fraction | None,
    prev: Fraction | None,
    year: int,
    t: Thresholds,
) -> tuple[str, list[str]]:
    """(level, reasons): the first SPEC §6 rule that holds, with every clause of it that fired."""
    gap_min, dem = exact(t.gap_min_demand), _num(demand, places=2)
    if supply == 0:
        if demand >= gap_min:
            return "gap", [
                f"gap: supply 0 (no graduates in cohort {year}) and demand {dem} ≥ {_lim(gap_min)} "
                "(专业空白: consider opening it)"
            ]
        return "none", [f"none: supply 0 (no graduates in cohort {year}) and demand {dem} < {_lim(gap_min)}"]
    fit_text = f"fit ratio {{}} (demand {dem} / supply {supply})"
    red_fit, red_rate = exact(t.red_fit_ratio), exact(t.red_employment_rate)
    reasons = []
    if fit < red_fit:
        reasons.append(f"red: {fit_text.format(_num(fit, red_fit))} < {_lim(red_fit)} (供给过剩)")
    if rate is not None and prev is not None and rate < red_rate and prev < red_rate:
        reasons.append(
            f"red: employment rate below {_lim(red_rate)} in both latest cohorts: "
            f"{year - 1} {_num(rate, red_rate)}, {year - 2} {_num(prev, red_rate)} "
            "(连续两年低于60% → 调减招生直至停招)"
        )
    if reasons:
        return "red", reasons
    yellow_fit, yellow_rate = exact(t.yellow_fit_ratio), exact(t.yellow_employment_rate)
    if fit < yellow_fit:
        reasons.append(f"yellow: {fit_text.format(_num(fit, yellow_fit))} < {_lim(yellow_fit)}")
    if rate is not None and rate < yellow_rate:
        latest = _num(rate, yellow_rate)
        reasons.append(f"yellow: latest employment rate {latest} (cohort {year - 1}) < {_lim(yellow_rate)}")
    if reasons:
        return "yellow", reasons
    shortage = exact(t.shortage_fit_ratio)
    if fit > shortage:
        return "shortage", [
            f"shortage: {fit_text.format(_num(fit, shortage))} > {_lim(shortage)} (紧缺: expand enrolment)"
        ]
    latest = "unknown" if rate is None else f"{_num(rate)} ≥ {_lim(yellow_rate)}"
    return "balanced", [
        f"balanced: {fit_text.format(_num(fit))} within [{_lim(yellow_fit)}, {_lim(shortage)}]; "
        f"latest employment rate {latest}"
    ]


def _rate_notes(supply: int, rate: Fraction | None, prev: Fraction | None, year: int) -> list[str]:
    if supply == 0:
        return []
    notes = []
    if rate is None:
        notes.append(f"employment rate of cohort {year - 1} unknown: the latest-rate rules were not applied")
    if rate is None or prev is None:
        missing = ", ".join(str(y) for y, r in ((year - 1, rate), (year - 2, prev)) if r is None)
        notes.append(f"two-year employment rule not applied: rate unknown for cohort {missing}")
    return notes


def _structure_fit(counted: list[PostingRow], supply_programs: list[ProgramRow], sections_of) -> dict:
    """100 × (1 − ½ Σ|dᵢ − sᵢ|) over sections; None when either side has nothing to share out."""
    demand: dict[str, int] = defaultdict(int)
    supply: dict[str, Fraction] = defaultdict(Fraction)
    demand_without = supply_without = 0
    for p in counted:
        if p.industry_section:
            demand[p.industry_section] += p.headcount
        else:
            demand_without += p.headcount
    for prog in supply_programs:
        sections = sections_of(prog)
        if not sections:
            supply_without += prog.expected_graduates
            continue
        for section in sections:
            supply[section] += Fraction(prog.expected_graduates, len(sections))
    d_total, s_total = sum(demand.values()), sum(supply.values())
    rows, index = [], None
    for section in sorted(set(demand) | set(supply)):
        d = Fraction(demand.get(section, 0), d_total) if d_total else None
        s = supply.get(section, Fraction(0)) / s_total if s_total else None
        rows.append(
            {
                "section": section,
                "demand_headcount": demand.get(section, 0),
                "demand_share": ratio(d),
                "supply_graduates": round(float(supply.get(section, 0)), 2),
                "supply_share": ratio(s),
            }
        )
    if d_total and s_total:
        distance = sum(
            abs(Fraction(demand.get(sec, 0), d_total) - supply.get(sec, Fraction(0)) / s_total)
            for sec in set(demand) | set(supply)
        )
        index = 100 * (1 - distance / 2)
    notes = []
    if supply_without:
        notes.append(
            f"{supply_without} graduates of programs whose major serves no industry section are left "
            "out of the supply shares"
        )
    if demand_without:
        notes.append(f"{demand_without} headcount of postings with no industry section is left out of d")
    return {
        "index": ratio(index, 2),
        "sections": rows,
        "demand_headcount_without_section": demand_without,
        "supply_graduates_without_section": supply_without,
        "notes": notes,
    }


def major_fit(
    postings: list[PostingRow],
    programs: list[ProgramRow],
    attributions: dict[int, Attribution],
    *,
    period: Period,
    thresholds: Thresholds,
    major_names: dict[str, str],
    major_levels: dict[str, str],
    major_sections: dict[str, tuple[str, ...]],
    major_divisions: dict[str, tuple[str, ...]],
) -> dict:
    """The major_fit report's data.

    ``postings`` and ``programs`` are the region's (descendants included); programs of cohorts Y,
    Y−1 and Y−2 matter, others are ignored. ``attributions`` maps posting id → engine candidates.
    ``major_sections`` (falling back to a program's own ``major_sections``) drives the
    structure-fit supply shares; ``major_divisions`` decides ``priority``: the major serves one of
    ``thresholds.priority_industries`` (division codes).
    """
    year = period.year
    counted = [
        p
        for p in postings
        if p.status != "draft" and p.kind in thresholds.employment_kinds and period.contains(p.start_date)
    ]
    cohorts = (year, year - 1, year - 2)
    by_cohort: dict[int, dict[str, list[ProgramRow]]] = {y: defaultdict(list) for y in cohorts}
    program_names: dict[str, ProgramRow] = {}
    for prog in programs:
        if prog.cohort_year in by_cohort:
            by_cohort[prog.cohort_year][prog.major_code].append(prog)
            program_names.setdefault(prog.major_code, prog)

    shares: dict[str, list[float]] = defaultdict(list)
    unmatched = 0
    skill_headcount: dict[str, int] = defaultdict(int)
    for p in counted:
        split = attribute(p, attributions.get(p.id), thresholds)
        for code, share in split:
            shares[code].append(share)
        if not split:
            unmatched += p.headcount
            for skill in dict.fromkeys(p.skills):
                skill_headcount[skill] += p.headcount

    majors, counts = [], dict.fromkeys(LEVELS, 0)
    priority_set = set(thresholds.priority_industries)
    demanded = {code for code, parts in shares.items() if any(part > 0 for part in parts)}
    for code in sorted(set(by_cohort[year]) | demanded):
        supply = sum(prog.expected_graduates for prog in by_cohort[year].get(code, ()))
        demand = Fraction(Decimal(math.fsum(shares.get(code, ()))).quantize(_DEMAND_QUANTUM))
        fit = demand / supply if supply else None
        rate = graduate_weighted_rate(by_cohort[year - 1].get(code, ()))
        prev = graduate_weighted_rate(by_cohort[year - 2].get(code, ()))
        level, reasons = _level(supply, demand, fit, rate, prev, year, thresholds)
        counts[level] += 1
        known = program_names.get(code)
        divisions = sorted(priority_set.intersection(major_divisions.get(code, ())))
        majors.append(
            {
                "major_code": code,
                "major_name": major_names.get(code) or (known.major_name if known else code),
                "major_level": major_levels.get(code) or (known.major_level if known else None),
                "level": level,
                "supply": supply,
                "demand": round(float(demand), 2),
                "fit_ratio": ratio(fit),
                "employment_rate": ratio(rate),
                "employment_rate_prev": ratio(prev),
                "reasons": reasons,
                "notes": _rate_notes(supply, rate, prev, year),
                "priority": bool(divisions),
                "priority_divisions": divisions,
            }
        )
    majors.sort(key=lambda m: (LEVELS.index(m["level"]), m["major_code"]))

    def sections_of(prog: ProgramRow) -> tuple[str, ...]:
        return tuple(dict.fromkeys(major_sections.get(prog.major_code) or prog.major_sections))

    supply_programs = [prog for group in by_cohort[year].values() for prog in group]
    structure = _structure_fit(counted, supply_programs, sections_of)
    top_skills = sorted(skill_headcount.items(), key=lambda kv: (-kv[1], kv[0]))[:UNMATCHED_SKILLS_TOP]
    return {
        "period": period_info(period),
        "cohort_years": {"supply": year, "employment_rate": year - 1, "employment_rate_prev": year - 2},
        "method_version": METHOD_VERSION,
        "thresholds": thresholds.as_dict(),
        "totals": {
            "postings": len(counted),
            "demand_headcount": sum(p.headcount for p in counted),
            "supply_graduates": sum(prog.expected_graduates for prog in supply_programs),
            "unmatched_demand": unmatched,
        },
        "structure_fit_index": structure["index"],
        "structure_fit": structure,
        "majors": majors,
        "unmatched_skills": [{"name": name, "headcount": hc} for name, hc in top_skills],
        "counts": counts,
    }
