"""Validators for the identifiers users type: 统一社会信用代码 and 学校标识码."""

from __future__ import annotations

import re

# GB 32100-2015: 31 characters (no I, O, Z, S, V) and the weights of the 17 leading positions.
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_RE = re.compile(rf"^[{USCC_CHARSET}]{{18}}$")
_SCHOOL_CODE_RE = re.compile(r"^\d{10}$")


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def uscc_problem(value: str) -> str | None:
    """Why ``value`` is not a valid 统一社会信用代码, or None when it is."""
    if len(value) != 18:
        return "A 统一社会信用代码 has 18 characters."
    if not _USCC_RE.match(value):
        return "Only digits and the capitals of GB 32100 (no I, O, Z, S, V) are allowed."
    if not value[2:8].isdigit():
        return "Characters 3–8 are the registering region's code and must be digits."
    if uscc_check_char(value[:17]) != value[17]:
        return "The check character does not match (GB 32100)."
    return None


def school_code_problem(value: str) -> str | None:
    if not _SCHOOL_CODE_RE.match(value):
        return "A 学校标识码 has exactly 10 digits."
    return None
