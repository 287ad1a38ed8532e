"""talent_demand (企业人才需求报告 / 人才需求预测分析), SPEC §6: where the demand is, what it asks
for, how it moves, and where it is heading.

A posting counts for a period when its ``start_date`` falls in it; drafts never count (open and
closed do). The caller passes the region's postings with its descendants' (and the parent region's,
for the demand index); nothing here reads a database, so every figure can be checked by hand.

* Shares are of the region's headcount in the period (4 dp); a skill list splits nothing — a
  posting's headcount counts once for each of its skills, so skill shares can add up past 1.
* demand_index = an industry's share here ÷ its share in the parent region over the same period, a
  location quotient: 1.0 = as common as in the parent, None when the parent has none of it.
* monthly runs from the month of the earliest counted posting (or the period's start, if earlier)
  to the period's last month — never past ``today``'s month — with empty months as 0; that series is
  what forecast.py extrapolates to the ``forecast_horizon`` months after the period.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from matchmaker.reports.compute import METHOD_VERSION
from matchmaker.reports.compute.forecast import forecast_series
from matchmaker.reports.compute.inputs import PostingRow
from matchmaker.reports.compute.periods import Period

DIGITS = 4
Z = 1.96  # forecast intervals are ~95 %


def region_prefix(code: str) -> str:
    """GB/T 2260 codes nest by prefix: province ``130000`` → ``13``, city ``130300`` → ``1303``.

    The same rule as ``matchmaker.auth.permissions.region_prefix``, repeated so this stays pure.
    """
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def _counted(postings: Iterable[PostingRow]) -> list[PostingRow]:
    return [p for p in postings if p.status != "draft" and p.start_date is not None]


def _in(postings: Iterable[PostingRow], period: Period) -> list[PostingRow]:
    return [p for p in postings if period.contains(p.start_date)]


def _headcount(postings: Iterable[PostingRow]) -> int:
    return sum(int(p.headcount) for p in postings)


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, DIGITS) if whole else None


def _sorted(rows: list[dict], key: str = "code") -> list[dict]:
    return sorted(rows, key=lambda r: (-r["headcount"], r[key]))


def _tally(postings: Iterable[PostingRow], key: Callable[[PostingRow], str]) -> dict[str, list[int]]:
    """{key: [headcount, postings]}."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in postings:
        entry = out[key(p)]
        entry[0] += int(p.headcount)
        entry[1] += 1
    return out


def _by_industry(
    postings: list[PostingRow],
    parent: list[PostingRow] | dict[str, int] | None,
    key: Callable[[PostingRow], str],
    names: dict[str, str],
) -> list[dict]:
    """Headcount by industry with its demand index. ``parent`` is the parent region's rows, or its
    headcount already aggregated by the same key (e.g. by SQL)."""
    total = _headcount(postings)
    if isinstance(parent, dict):
        parent_tally = {code: (h, 0) for code, h in parent.items()}
        parent_total = sum(parent.values())
    else:
        parent_tally = _tally(parent, key) if parent is not None else {}
        parent_total = _headcount(parent) if parent is not None else 0
    rows = []
    for code, (headcount, count) in _tally(postings, key).items():
        parent_headcount = parent_tally.get(code, (0, 0))[0]
        index = None
        if total and parent_total and parent_headcount:
            index = round((headcount / total) / (parent_headcount / parent_total), DIGITS)
        rows.append(
            {
                "code": code,
                "name": names.get(code, code),
                "headcount": headcount,
                "share": _share(headcount, total),
                "demand_index": index,
                "postings": count,
            }
        )
    return _sorted(rows)


def _by_division(
    postings: list[PostingRow], parent: list[PostingRow] | dict[str, int] | None, names: dict[str, str]
) -> list[dict]:
    """Divisions, each with its section letter so a dashboard can group them."""
    rows = _by_industry(postings, parent, lambda p: p.industry_code, names)
    sections = {p.industry_code: p.industry_section for p in sorted(postings, key=lambda p: p.id)}
    return [{**row, "section": sections[row["code"]]} for row in rows]


def _by_skill(postings: list[PostingRow], total: int, aggregated: dict[str, int] | None = None) -> list[dict]:
    tally: dict[str, int] = defaultdict(int)
    if aggregated is not None:
        tally.update(aggregated)
    for p in postings if aggregated is None else ():
        for skill in set(p.skills):  # a skill listed twice on one posting still counts once
            tally[skill] += int(p.headcount)
    rows = [{"name": name, "headcount": h, "share": _share(h, total)} for name, h in tally.items()]
    return _sorted(rows, key="name")


def _by_region(
    postings: list[PostingRow], region_code: str, region_name: str | None, children: dict[str, str]
) -> list[dict]:
    """Each direct child (listed even with no demand), plus the region itself for postings in no child."""
    prefixes = sorted(((region_prefix(c), c) for c in children), key=lambda pc: (-len(pc[0]), pc[1]))

    def child_of(p: PostingRow) -> str:
        return next((code for prefix, code in prefixes if p.region_code.startswith(prefix)), region_code)

    tally = _tally(postings, child_of)
    total = _headcount(postings)
    names = {**children, region_code: region_name or region_code}
    rows = []
    for code in sorted(set(children) | set(tally)):
        headcount, count = tally.get(code, (0, 0))
        rows.append(
            {
                "code": code,
                "name": names[code],
                "headcount": headcount,
                "share": _share(headcount, total),
                "postings": count,
            }
        )
    return _sorted(rows)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _last_month(period: Period, today: date | None) -> int:
    """The series' last month: the period's, or today's when that is earlier."""
    last = _month_index(period.end) - 1
    return last if today is None else min(last, _month_index(today))


def _monthly(
    counted: list[PostingRow], period: Period, today: date | None, earlier: dict[str, int] | None = None
) -> list[dict]:
    """Headcount per month, zero-filled; ``earlier`` adds months the rows do not cover (already
    aggregated by the caller, e.g. in SQL), keyed "YYYY-MM"."""
    earlier_months = {int(k[:4]) * 12 + int(k[5:7]) - 1: int(v) for k, v in (earlier or {}).items()}
    last = _last_month(period, today)
    first = min(
        [_month_index(period.start)] + [_month_index(p.start_date) for p in counted] + list(earlier_months)
    )
    series = dict.fromkeys(range(first, last + 1), 0)
    for month, headcount in earlier_months.items():
        if month in series:
            series[month] += headcount
    for p in counted:
        month = _month_index(p.start_date)
        if month in series:
            series[month] += int(p.headcount)
    return [{"month": _month_label(m), "headcount": h} for m, h in series.items()]


def _whole(x: float) -> int:
    """Half-up rounding to a headcount (Python's round() would send 2.5 to 2)."""
    return math.floor(x + 0.5)


def _forecast(monthly: list[dict], period: Period, horizon: int, today: date | None) -> dict:
    """Forecast the `horizon` months after the period; steps count from the series' last month, so a
    series cut short by ``today`` is forecast further ahead (and with wider intervals)."""
    last = _last_month(period, today)
    target = range(_month_index(period.end), _month_index(period.end) + horizon)
    steps = [m - last for m in target]
    result = forecast_series([row["headcount"] for row in monthly], horizon=max(steps, default=0), z=Z)
    by_step = {point["step"]: point for point in result["points"]}
    points = [
        {
            "month": _month_label(m),
            "step": step,
            "headcount": _whole(by_step[step]["value"]),
            "low": _whole(by_step[step]["low"]),
            "high": _whole(by_step[step]["high"]),
        }
        for m, step in zip(target, steps, strict=True)
    ]
    return {
        "method": result["method"],
        "points": points,
        "mape": result["mape"],
        "alpha": result["alpha"],
        "beta": result["beta"],
        "sigma": result["sigma"],
        "z": Z,
    }


def talent_demand(
    postings: list[PostingRow],
    *,
    region_code: str,
    period: Period,
    parent_postings: list[PostingRow] | None,
    child_regions: dict[str, str],
    industry_names: dict[str, str],
    forecast_horizon: int = 6,
    today: date | None = None,
    region_name: str | None = None,
    previous_totals: dict[str, int] | None = None,
    earlier_monthly: dict[str, int] | None = None,
    parent_by_industry: dict[str, dict[str, int]] | None = None,
    skill_headcount: dict[str, int] | None = None,
) -> dict:
    """The talent_demand report's ``data`` for a region and period (keys: SPEC §6).

    At scale the caller passes only the period's rows and gives the rest already aggregated:
    ``previous_totals`` ({postings, headcount} of the previous period) and ``earlier_monthly``
    (headcount per "YYYY-MM" before the period), ``parent_by_industry`` ({"section": {letter:
    headcount}, "division": {code: headcount}} of the parent in the period, instead of
    ``parent_postings``) and ``skill_headcount`` (skill → headcount of the period's postings).
    Without them everything comes from the rows.
    """
    counted = _counted(postings)
    current = _in(counted, period)
    parent = _in(_counted(parent_postings), period) if parent_postings is not None else None
    previous = _in(counted, period.previous())
    total = _headcount(current)
    previous_total = _headcount(previous) if previous_totals is None else int(previous_totals["headcount"])
    previous_count = len(previous) if previous_totals is None else int(previous_totals["postings"])

    kinds = _tally(current, lambda p: p.kind)
    levels = _tally(current, lambda p: p.level)
    monthly = _monthly(counted if earlier_monthly is None else current, period, today, earlier_monthly)
    return {
        "method_version": METHOD_VERSION,
        "period": {
            "label": period.label,
            "start": period.start.isoformat(),
            "end": (period.end - timedelta(days=1)).isoformat(),  # last day, inclusive
        },
        "region_code": region_code,
        "totals": {"postings": len(current), "headcount": total},
        "by_kind": _sorted(
            [
                {"code": code, "headcount": h, "share": _share(h, total), "postings": n}
                for code, (h, n) in kinds.items()
            ]
        ),
        "by_section": _by_industry(
            current,
            parent_by_industry["section"] if parent_by_industry is not None else parent,
            lambda p: p.industry_section,
            industry_names,
        ),
        "by_division": _by_division(
            current,
            parent_by_industry["division"] if parent_by_industry is not None else parent,
            industry_names,
        ),
        "by_skill": _by_skill(current, total, skill_headcount),
        "by_level": _sorted(
            [
                {"code": code, "headcount": h, "share": _share(h, total), "postings": n}
                for code, (h, n) in levels.items()
            ]
        ),
        "by_region": _by_region(current, region_code, region_name, child_regions),
        "previous": {
            "label": period.previous().label,
            "postings": previous_count,
            "headcount": previous_total,
        },
        "growth": round((total - previous_total) / previous_total, DIGITS) if previous_total else None,
        "monthly": monthly,
        "forecast": _forecast(monthly, period, forecast_horizon, today),
    }
