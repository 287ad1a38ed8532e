"""Forecast of a monthly headcount series: Holt's linear trend, its interval and its backtest error.

Why Holt: posting series are short (a few years of months at best) and mostly level + trend + noise.
Two smoothing parameters can be fitted on a dozen points, where seasonal models need several full
years. Why a grid: the same (α, β) on every machine, no optimiser tolerances, and a report can be
reproduced from its inputs and METHOD_VERSION alone.

Model (error-correction form), for t ≥ 1::

    ŷ_t = ℓ_{t−1} + b_{t−1}                          one-step-ahead forecast
    ℓ_t = α·y_t + (1 − α)·(ℓ_{t−1} + b_{t−1})
    b_t = β·(ℓ_t − ℓ_{t−1}) + (1 − β)·b_{t−1}

started at ℓ_0 = y_0, b_0 = y_1 − y_0. Then ŷ_1 = y_1 by construction, so the fitted error is the
sum of squared one-step errors over t = 2..n−1, and (α, β) is the first grid pair (α outer, β
inner, ascending) with the least error. The h-step forecast is ℓ_{n−1} + h·b_{n−1}.

Interval: σ = root mean square of those one-step errors; the h-step standard deviation is the exact
ETS(A,A,N) formula (Hyndman & Athanasopoulos, *Forecasting: Principles and Practice*, 3rd ed.,
§8.7, Table 8.8), whose trend parameter is β' = α·β in Holt's notation used here::

    σ_h = σ·sqrt(1 + (h − 1)·(α² + α·β'·h + β'²·h·(2h − 1)/6))

and the interval is value ± z·σ_h. Value, low and high are clipped at 0 (a headcount can't be
negative).

Backtest: rolling origin over the last k = min(6, n − 3) points — for each of them, (α, β) is
re-fitted on the points before it only and its one-step forecast compared with the actual. MAPE is
the mean of |actual − forecast| / actual over the points with actual > 0, as a fraction (0.12 =
12 %); None when k ≤ 0 or no such point.

Short series (n < 3): "naive" — a flat forecast at the last value (0 for an empty series), σ the
one step change seen (n = 2) or 0, interval ± z·σ·sqrt(h) (a random walk's), MAPE None.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

ALPHAS: tuple[float, ...] = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
BETAS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.3, 0.5)
BACKTEST_POINTS = 6
DIGITS = 4


def _run(values: Sequence[float], alpha: float, beta: float) -> tuple[float, float, float, int]:
    """Smooth the whole series: (sum of squared one-step errors for t ≥ 2, error count, level, trend)."""
    level, trend = values[0], values[1] - values[0]
    sse, count = 0.0, 0
    for t in range(1, len(values)):
        predicted = level + trend
        if t >= 2:
            sse += (values[t] - predicted) ** 2
            count += 1
        new_level = alpha * values[t] + (1 - alpha) * predicted
        trend = beta * (new_level - level) + (1 - beta) * trend
        level = new_level
    return sse, count, level, trend


def _fit(values: Sequence[float]) -> tuple[float, float, float, int, float, float]:
    """The grid pair with the least one-step error (first one on ties): α, β, sse, count, level, trend."""
    best: tuple[float, float, float, int, float, float] | None = None
    for alpha in ALPHAS:
        for beta in BETAS:
            sse, count, level, trend = _run(values, alpha, beta)
            if best is None or sse < best[2] - 1e-12 * (1.0 + best[2]):
                best = (alpha, beta, sse, count, level, trend)
    assert best is not None
    return best


def _horizon_sd(sigma: float, alpha: float, beta: float, h: int) -> float:
    """σ_h of ETS(A,A,N) with β' = α·β (see the module docstring)."""
    b = alpha * beta
    return sigma * math.sqrt(1 + (h - 1) * (alpha**2 + alpha * b * h + b**2 * h * (2 * h - 1) / 6))


def _backtest_mape(values: Sequence[float]) -> float | None:
    """Rolling-origin one-step MAPE over the last min(6, n − 3) points, re-fitting at each origin."""
    n = len(values)
    k = min(BACKTEST_POINTS, n - 3)
    errors = []
    for i in range(n - k, n):  # empty when k ≤ 0
        *_, level, trend = _fit(values[:i])
        predicted = max(0.0, level + trend)
        if values[i] > 0:
            errors.append(abs(values[i] - predicted) / values[i])
    return round(sum(errors) / len(errors), DIGITS) if errors else None


def _point(step: int, value: float, spread: float) -> dict:
    return {
        "step": step,
        "value": round(max(0.0, value), DIGITS),
        "low": round(max(0.0, value - spread), DIGITS),
        "high": round(max(0.0, value + spread), DIGITS),
    }


def forecast_series(values: list[float], horizon: int = 6, z: float = 1.96) -> dict:
    """Forecast the `horizon` steps after `values` (oldest first); see the module docstring."""
    series = [float(v) for v in values]
    n = len(series)
    if n < 3:
        last = series[-1] if series else 0.0
        sigma = abs(series[1] - series[0]) if n == 2 else 0.0
        points = [_point(h, last, z * sigma * math.sqrt(h)) for h in range(1, horizon + 1)]
        return {
            "method": "naive",
            "alpha": None,
            "beta": None,
            "points": points,
            "mape": None,
            "sigma": round(sigma, DIGITS),
        }
    alpha, beta, sse, count, level, trend = _fit(series)
    sigma = math.sqrt(sse / count) if count else 0.0
    points = [
        _point(h, level + h * trend, z * _horizon_sd(sigma, alpha, beta, h)) for h in range(1, horizon + 1)
    ]
    return {
        "method": "holt_linear",
        "alpha": alpha,
        "beta": beta,
        "points": points,
        "mape": _backtest_mape(series),
        "sigma": round(sigma, DIGITS),
    }
