"""Holt's linear-trend forecast: exact on a straight line, honest intervals on noise, sane when short."""

import itertools
import math

import pytest

from matchmaker.reports.compute.forecast import forecast_series


def values_of(result):
    return [p["value"] for p in result["points"]]


def test_exact_linear_trend_continues_the_line_with_no_error():
    result = forecast_series([10, 12, 14, 16, 18, 20, 22, 24], horizon=6)

    assert result["method"] == "holt_linear"
    assert values_of(result) == pytest.approx([26, 28, 30, 32, 34, 36], abs=1e-6)
    assert [p["step"] for p in result["points"]] == [1, 2, 3, 4, 5, 6]
    assert result["sigma"] == pytest.approx(0, abs=1e-6)
    assert result["mape"] == pytest.approx(0, abs=1e-6)
    for p in result["points"]:  # no error seen → no spread
        assert p["low"] == pytest.approx(p["value"], abs=1e-6)
        assert p["high"] == pytest.approx(p["value"], abs=1e-6)
    # every grid pair fits a line exactly: the first one (α, β ascending) is taken
    assert (result["alpha"], result["beta"]) == (0.1, 0.05)


def test_a_falling_line_is_clipped_at_zero():
    result = forecast_series([50, 45, 40, 35, 30, 25, 20, 15], horizon=5)

    # 10, 5, 0, −5, −10 → a headcount can't be negative
    assert values_of(result) == pytest.approx([10, 5, 0, 0, 0], abs=1e-6)
    assert all(p["low"] >= 0 and p["high"] >= 0 for p in result["points"])


def test_noisy_trend_intervals_contain_the_continuation_and_widen():
    noise = [1.5, -1, 0.5, -1.5, 1, -0.5]
    history = [20 + 3 * t + noise[t % 6] for t in range(24)]
    truth = [20 + 3 * t for t in range(24, 30)]  # 92, 95, …, 107

    result = forecast_series(history, horizon=6)

    assert result["method"] == "holt_linear"
    assert result["sigma"] > 0
    widths = []
    for point, actual in zip(result["points"], truth, strict=True):
        assert point["low"] <= actual <= point["high"]
        widths.append(point["high"] - point["low"])
    assert all(a < b for a, b in itertools.pairwise(widths))
    # a ±1.5 noise on values 60–90 is a few per cent at most
    assert 0 < result["mape"] < 0.05


def test_three_points_by_hand():
    # With 3 points every (α, β) gives the one fitted error: ŷ_2 = 2·y_1 − y_0 = 14, so the first pair
    # wins; then ℓ_2 = 0.1·20 + 0.9·14 = 14.6, b_2 = 0.05·(14.6 − 12) + 0.95·2 = 2.03.
    result = forecast_series([10, 12, 20], horizon=2)

    assert (result["alpha"], result["beta"]) == (0.1, 0.05)
    assert result["sigma"] == pytest.approx(6)  # |20 − 14|
    assert result["mape"] is None  # min(6, n − 3) = 0 backtest points
    first, second = result["points"]
    assert first["value"] == pytest.approx(16.63)
    assert first["low"] == pytest.approx(16.63 - 1.96 * 6)  # 4.87
    assert first["high"] == pytest.approx(16.63 + 1.96 * 6)  # 28.39
    assert second["value"] == pytest.approx(18.66)  # 14.6 + 2·2.03
    # σ_2 = σ·sqrt(1 + 1·(α² + α·β'·2 + β'²·2·3/6)) with β' = 0.1·0.05 = 0.005
    sd2 = 6 * math.sqrt(1 + 0.01 + 0.1 * 0.005 * 2 + 0.005**2)
    assert second["high"] == pytest.approx(18.66 + 1.96 * sd2, abs=1e-4)


def test_backtest_mape_by_hand():
    # n = 4 → one backtest point, the last, forecast from [10, 12, 20]: 16.63 (see above)
    result = forecast_series([10, 12, 20, 20], horizon=1)

    assert result["mape"] == pytest.approx(0.1685)  # |20 − 16.63| / 20


def test_short_series_fall_back_to_naive():
    empty = forecast_series([], horizon=3)
    assert empty["method"] == "naive"
    assert values_of(empty) == [0, 0, 0]
    assert empty["mape"] is None and empty["alpha"] is None and empty["beta"] is None

    one = forecast_series([5], horizon=2)
    assert one["method"] == "naive"
    assert one["points"] == [
        {"step": 1, "value": 5, "low": 5, "high": 5},
        {"step": 2, "value": 5, "low": 5, "high": 5},
    ]
    assert one["sigma"] == 0

    two = forecast_series([3, 5], horizon=4)
    assert two["method"] == "naive"
    assert two["sigma"] == 2  # the one step seen
    assert values_of(two) == [5, 5, 5, 5]
    assert two["points"][0]["low"] == pytest.approx(1.08)  # 5 − 1.96·2·sqrt(1)
    assert two["points"][0]["high"] == pytest.approx(8.92)
    assert two["points"][3]["low"] == 0  # 5 − 1.96·2·sqrt(4) = −2.84, clipped
    assert two["points"][3]["high"] == pytest.approx(12.84)
    assert two["mape"] is None


def test_zeros_give_zero_forecast_and_no_mape():
    result = forecast_series([0] * 8, horizon=3)

    assert result["method"] == "holt_linear"
    assert values_of(result) == [0, 0, 0]
    assert result["mape"] is None  # no actual > 0 to divide by
    assert result["sigma"] == 0


def test_mape_skips_zero_actuals():
    # the backtest covers the last min(6, 8 − 3) = 5 points, of which only the 4 is > 0
    result = forecast_series([0, 0, 3, 0, 0, 4, 0, 0], horizon=2)

    assert result["mape"] is not None and result["mape"] >= 0
    assert all(p["value"] >= 0 and p["low"] >= 0 for p in result["points"])


def test_deterministic():
    series = [3, 7, 4, 9, 8, 12, 10, 15, 11, 16]
    assert forecast_series(series) == forecast_series(list(series))
