"""Report periods: ``2026``, ``2026-H1``, ``2026-Q3``, ``2026-05``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# A period label, matched whole: YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM, years 1900–2199.
LABEL = re.compile(r"((?:19|20|21)\d{2})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?", re.ASCII)


@dataclass(frozen=True)
class Period:
    label: str
    year: int
    start: date  # first day, inclusive
    end: date  # first day after the period, exclusive
    months: int  # length in months

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day < self.end

    def previous(self) -> Period:
        """The period of equal length just before this one."""
        y, m = self.start.year, self.start.month - self.months
        while m < 1:
            m += 12
            y -= 1
        return _make(y, m, self.months)

    def month_starts(self) -> list[date]:
        out, y, m = [], self.start.year, self.start.month
        for _ in range(self.months):
            out.append(date(y, m, 1))
            m += 1
            if m == 13:
                y, m = y + 1, 1
        return out


def _label(y: int, m: int, months: int) -> str:
    if months == 12:
        return f"{y}"
    if months == 6:
        return f"{y}-H{1 if m == 1 else 2}"
    if months == 3:
        return f"{y}-Q{(m - 1) // 3 + 1}"
    return f"{y}-{m:02d}"


def _make(y: int, m: int, months: int) -> Period:
    end_m, end_y = m + months, y
    while end_m > 12:
        end_m -= 12
        end_y += 1
    return Period(_label(y, m, months), y, date(y, m, 1), date(end_y, end_m, 1), months)


def parse_period(text: str) -> Period:
    """A Period from its label; ValueError for anything else."""
    match = LABEL.fullmatch(text or "")
    if not match:
        raise ValueError("A period is YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM.")
    year, part = int(match.group(1)), match.group(2)
    if part is None:
        return _make(year, 1, 12)
    if part[0] == "H":
        return _make(year, 1 if part == "H1" else 7, 6)
    if part[0] == "Q":
        return _make(year, 3 * (int(part[1]) - 1) + 1, 3)
    return _make(year, int(part), 1)
