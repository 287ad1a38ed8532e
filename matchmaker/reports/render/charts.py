"""Server-rendered SVG charts: plain strings, no JavaScript, no web fonts.

A published report is frozen as files, so its charts must not depend on a script or font fetched at
view time; system CJK fonts render the Chinese labels. Charts are meant to be inlined in HTML (no
xmlns, which the HTML parser supplies). Every label is escaped: skill and school names are user input.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from matchmaker.reports.render.formats import fmt_count, number

FONT = '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif'
BLUE, ORANGE, GREEN, GREY, INK = "#3b6ea8", "#e8710a", "#188038", "#dadce0", "#3c4043"
SIZE = 12  # label font size in SVG units


def text_width(text: str, size: float = SIZE) -> float:
    """Estimated rendered width: CJK glyphs (and punctuation a CJK font draws wide, like ·) are square,
    Latin digits and letters about 0.6 em."""
    return sum(size if unicodedata.east_asian_width(ch) in "WFA" else size * 0.62 for ch in text)


def _fit(text: str, width: float, size: float = SIZE) -> str:
    """The text cut with "…" to fit ``width``."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _attrs(attrs: dict[str, Any]) -> str:
    return "".join(
        f' {k.replace("_", "-")}="{v:.1f}"' if isinstance(v, float) else f' {k.replace("_", "-")}="{v}"'
        for k, v in attrs.items()
    )


def _t(x: float, y: float, text: str, *, anchor: str = "start", size: float = SIZE, **attrs: Any) -> str:
    head = _attrs({"x": float(x), "y": float(y), "font_size": size, "text_anchor": anchor, **attrs})
    return f"<text{head}>{escape(text)}</text>"


def _el(tag: str, **attrs: Any) -> str:
    """An empty SVG element; keyword underscores become dashes (stroke_width → stroke-width)."""
    return f"<{tag}{_attrs(attrs)}/>"


def _svg(width: float, height: float, title: str, body: list[str]) -> str:
    size = _attrs(
        {"viewBox": f"0 0 {width:.0f} {height:.0f}", "width": f"{width:.0f}", "height": f"{height:.0f}"}
    )
    label = escape(title)
    head = f'<svg class="chart"{size} role="img" aria-label="{label}" font-family=\'{FONT}\' fill="{INK}">'
    caption = _t(0, 18, title, size=14, font_weight="bold")
    return "".join([head, f"<title>{escape(title)}</title>", caption, *body, "</svg>"])


def _empty(title: str, width: float = 720) -> str:
    return _svg(width, 70, title, [_t(width / 2, 50, "暂无数据", anchor="middle", fill="#80868b")])


def nice_scale(top: float, ticks: int = 4) -> tuple[float, float]:
    """(axis maximum, tick step) with steps of 1, 2, 2.5 or 5 × 10ⁿ covering ``top``."""
    if top <= 0:
        return 1.0, 0.25
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(top / step - 1e-9), step


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str = INK, **attrs: Any) -> str:
    return _el("line", x1=float(x1), y1=float(y1), x2=float(x2), y2=float(y2), stroke=stroke, **attrs)


def _rect(x: float, y: float, w: float, h: float, fill: str, **attrs: Any) -> str:
    return _el("rect", x=float(x), y=float(y), width=float(w), height=float(h), fill=fill, **attrs)


def bar_chart(
    items: Sequence[tuple[str, Any]],
    title: str,
    *,
    value_format: Callable[[Any], str] = fmt_count,
    colors: Sequence[str] | None = None,
    references: Sequence[tuple[float, str]] = (),
    width: float = 720,
    bar_height: float = 18,
    label_width: float = 200,
) -> str:
    """Horizontal bars, one per (label, value); None values get no bar and a "—".

    ``references`` are dashed vertical lines (value, caption), e.g. the warning thresholds of a ratio.
    """
    if not items:
        return _empty(title, width)
    values = [number(v) for _, v in items]
    texts = [value_format(v) for v in values]
    labels_w = min(label_width, max(text_width(str(label)) for label, _ in items)) + 8
    value_w = max(text_width(t) for t in texts) + 10
    x0, plot_w = labels_w, width - labels_w - value_w
    top = 34 + (30 if references else 0)
    step = bar_height + 8
    height = top + step * len(items) + 6
    vmax, _ = nice_scale(max([v or 0 for v in values] + [r for r, _ in references] + [0]))
    scale = plot_w / vmax
    body = [_line(x0, top - 4, x0, height - 4, GREY)]
    for i, ((label, _), value, text) in enumerate(zip(items, values, texts, strict=True)):
        y = top + i * step
        mid = y + bar_height / 2 + 4
        bar = max(0.0, (value or 0) * scale)
        body.append(f"<g><title>{escape(f'{label}: {text}')}</title>")
        body.append(_t(x0 - 6, mid, _fit(str(label), labels_w - 8), anchor="end"))
        if bar:
            body.append(_rect(x0, y, bar, bar_height, colors[i] if colors else BLUE))
        body.append(_t(x0 + bar + 4, mid, text) + "</g>")
    for i, (ref, caption) in enumerate(sorted(references)):
        x = x0 + ref * scale
        body.append(_line(x, top - 6, x, height - 4, stroke_dasharray="3 3"))
        body.append(_t(x, top - 10 - (i % 2) * 13, caption, anchor="middle", size=10))
    return _svg(width, height, title, body)


def target_bar_chart(
    items: Sequence[tuple[str, Any, Any, Any]],
    title: str,
    *,
    value_format: Callable[[Any], str] = fmt_count,
    width: float = 720,
) -> str:
    """Bars of (label, value, target, met) with each target as a black tick: green met, orange not."""
    if not items:
        return _empty(title, width)
    texts = [f"{value_format(v)}（目标 {value_format(t)}）" for _, v, t, _ in items]
    labels_w = min(220, max(text_width(str(label)) for label, *_ in items)) + 8
    value_w = max(text_width(t) for t in texts) + 10
    x0, plot_w, top, step, bar_h = labels_w, width - labels_w - value_w, 56, 30, 18
    height = top + step * len(items) + 4
    vmax, _ = nice_scale(max(number(x) or 0 for _, v, t, _ in items for x in (v, t)))
    scale = plot_w / vmax
    body = [_rect(0, 30, 12, 10, GREEN), _t(16, 39, "达标", size=11), _rect(56, 30, 12, 10, ORANGE)]
    body += [_t(72, 39, "未达标", size=11), _rect(126, 28, 3, 14, INK), _t(134, 39, "目标值", size=11)]
    for i, ((label, value, target, met), text) in enumerate(zip(items, texts, strict=True)):
        y = top + i * step
        v, t = number(value), number(target)
        bar = max(0.0, (v or 0) * scale)
        body.append(f"<g><title>{escape(f'{label}: {text}')}</title>")
        body.append(_t(x0 - 6, y + bar_h / 2 + 4, _fit(str(label), labels_w - 8), anchor="end"))
        body.append(_rect(x0, y, bar, bar_h, GREEN if met else ORANGE))
        if t is not None:
            body.append(_rect(x0 + t * scale - 1.5, y - 4, 3, bar_h + 8, INK))
        body.append(_t(x0 + max(bar, (t or 0) * scale) + 6, y + bar_h / 2 + 4, text) + "</g>")
    return _svg(width, height, title, body)


def _points(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def _polyline(points: list[tuple[float, float]], color: str, **attrs: Any) -> list[str]:
    """The line (when it has two points) and a dot on each point."""
    out = [_el("polyline", points=_points(points), fill="none", stroke=color, stroke_width=2, **attrs)]
    dots = [_el("circle", cx=float(x), cy=float(y), r=2.5, fill=color) for x, y in points]
    return (out if len(points) > 1 else []) + dots


def line_chart(
    series: Sequence[tuple[str, Any]],
    forecast: Sequence[dict] | None,
    title: str,
    *,
    width: float = 720,
    height: float = 300,
    value_format: Callable[[Any], str] = fmt_count,
) -> str:
    """The monthly series as a solid line, then the forecast dashed from its last point, over a shaded
    low–high band. Months with a None value are left out of the lines."""
    actual = [(str(m), number(v)) for m, v in series]
    known = {m for m, _ in actual}
    ahead = [p for p in (forecast or []) if isinstance(p, dict) and str(p.get("month")) not in known]
    months = [m for m, _ in actual] + [str(p.get("month")) for p in ahead]
    if not months:
        return _empty(title, width)
    tops = [v or 0 for _, v in actual] + [number(p.get(k)) or 0 for p in ahead for k in ("headcount", "high")]
    vmax, tick = nice_scale(max(tops))
    x0 = max(text_width(value_format(vmax), 11), 24) + 10
    x1, y0, y1 = width - text_width(months[-1], 11) / 2 - 4, 56, height - 34  # room for the last month
    span = (x1 - x0) / max(len(months) - 1, 1)

    def x(i: int) -> float:
        return x0 + i * span if len(months) > 1 else (x0 + x1) / 2

    def y(v: float) -> float:
        return y1 - (y1 - y0) * v / vmax

    body = []
    for k in range(round(vmax / tick) + 1):
        body.append(_line(x0, y(k * tick), x1, y(k * tick), GREY, stroke_width=0.8))
        body.append(_t(x0 - 6, y(k * tick) + 4, value_format(k * tick), anchor="end", size=11))
    every = max(1, math.ceil(len(months) * (text_width("2026-05", 11) + 10) / (x1 - x0)))
    body += [_t(x(i), y1 + 18, m, anchor="middle", size=11) for i, m in enumerate(months) if i % every == 0]
    points = [(x(i), y(v)) for i, (_, v) in enumerate(actual) if v is not None]
    start = [points[-1]] if points and actual[-1][1] is not None else []
    n = len(actual)

    def path(key: str) -> list[tuple[float, float]]:
        return [(x(n + i), y(v)) for i, p in enumerate(ahead) if (v := number(p.get(key))) is not None]

    if n and ahead:
        body.append(_line((x(n - 1) + x(n)) / 2, y0, (x(n - 1) + x(n)) / 2, y1, stroke_dasharray="2 3"))
    high, low = path("high"), path("low")
    if high and low:
        body.append(_el("polygon", points=_points(start + high + low[::-1]), fill=ORANGE, fill_opacity=0.18))
    if ahead:
        body += _polyline(start + path("headcount"), ORANGE, stroke_dasharray="6 4")  # blue dots drawn over
    body += _polyline(points, BLUE)
    body.append(_line(x0, y1, x1, y1))
    body += [_line(0, 38, 22, 38, BLUE, stroke_width=2), _t(26, 42, "实际", size=11)]
    if ahead:
        body += [
            _line(70, 38, 92, 38, ORANGE, stroke_width=2, stroke_dasharray="6 4"),
            _t(96, 42, "预测", size=11),
        ]
        body += [_rect(140, 32, 22, 12, ORANGE, fill_opacity=0.18), _t(166, 42, "预测区间", size=11)]
    return _svg(width, height, title, body)
