"""Latency of POST /skills/extract and POST /majors/recommend on a 2,000-character job ad, warm.

Runs the real app (Flask test client, no network) on a fresh SQLite database migrated and seeded
here (or on DATABASE_URL when set), and times a bare JSON view in the same run as the baseline.
Bar (SPEC §8): p95 ≤ 50 ms for both endpoints. It also times the longest text the endpoints take,
built to trip regular expressions, so a pattern that backtracks shows here and not in production.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

from _app import seeded_app

from matchmaker.matching.schemas import MAX_TEXT_CHARS

# A job ad written for this benchmark (no third-party text): duties, requirements and boilerplate.
AD_PARTS = [
    "岗位职责：1、负责生产线PLC编程与调试，维护西门子和三菱控制系统；2、根据机械图纸完成设备装配，",
    "使用AutoCAD和SolidWorks绘制工装图；3、参与工业机器人示教编程与日常保养，记录设备运行数据；",
    "4、配合质量部门进行质量检验，编写作业指导书，推行6S现场管理；5、用Excel统计产量并提交周报。",
    "任职要求：1、大专及以上学历，机电一体化、电气自动化相关专业；2、持有电工操作证，熟悉电气控制；",
    "3、了解液压与气动、传感器技术，有数控机床操作经验者优先；4、责任心强，具备良好的沟通能力和团队协作精神。",
    "福利待遇：五险一金、双休、带薪年假、节日福利、免费班车、员工宿舍。公司简介：我公司成立于2008年，",
    "是一家专业从事智能装备研发与制造的高新技术企业。联系电话：[PHONE]，邮箱：[EMAIL]。",
]


def job_ad(chars: int = 2000) -> str:
    text = ""
    while len(text) < chars:
        text += "".join(AD_PARTS)
    return text[:chars]


def adversarial_texts(chars: int) -> dict[str, str]:
    """Texts of ``chars`` characters built from single repeats: punctuation runs, list markers,
    heading and degree words, one unbroken word, and phrasings read by lookarounds."""
    units = {
        "dashes": "-",
        "commas": "，",
        "dots and spaces": "· ",
        "short lines": "-\n",
        "list markers": "（一）",
        "numbered": "1、",
        "headings": "任职要求：",
        "degree words": "大专以上学历",
        "one word": "a",
        "tool names": "Excel,",
        "equipment and work": "电梯、电梯的维修、维修、",  # 的 after 的 in one clause
        "hiring": "现招聘员",
        "words spelt across words": "带团队",  # a term inside a longer non-skill, again and again
        # lists joined by 和/及/与, after a term and after 与: a pattern whose items may hold the list
        # mark splits such a run every which way, in exponential time (120 characters once took 31 s)
        "a term and a 和-list": "报关和甲乙和",
        "a term and a 及-list": "报关及甲乙及",
        "与 and a 和-list": "与甲和乙",
        # lists of a few items each, read back or forward by a bounded pattern: a quality clerk's
        # inspections and a bank's products
        "inspections listed": "来料检验、",
        "products listed": "理财、",
    }
    return {name: (unit * (chars // len(unit) + 1))[:chars] for name, unit in units.items()}


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


def timed(client, method: str, url: str, n: int, **kw) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        resp = getattr(client, method)(url, **kw)
        out.append((time.perf_counter() - start) * 1000)
        assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
    return out


def main() -> int:
    n = int(os.environ.get("BENCH_N", "300"))
    with tempfile.TemporaryDirectory() as tmp:
        app, url = seeded_app(tmp)
        client = app.test_client()
        ad = job_ad()
        extract_body = {"text": ad}
        recommend_body = {"title": "设备维护技术员", "description": ad, "level": "higher", "limit": 10}
        # no level asked for: the ad's degree line sets it, so the whole ad is read once more
        unlevelled_body = {k: v for k, v in recommend_body.items() if k != "level"}
        # warm: builds the taxonomy automaton and the major index once
        timed(client, "post", "/api/v1/skills/extract", 5, json=extract_body)
        timed(client, "post", "/api/v1/majors/recommend", 5, json=recommend_body)
        baseline = timed(client, "get", "/", n)
        extract_ms = timed(client, "post", "/api/v1/skills/extract", n, json=extract_body)
        recommend_ms = timed(client, "post", "/api/v1/majors/recommend", n, json=recommend_body)
        unlevelled_ms = timed(client, "post", "/api/v1/majors/recommend", n, json=unlevelled_body)
        found = client.post("/api/v1/skills/extract", json=extract_body).get_json()["skills"]
        # The longest text the endpoints take, made of what trips regular expressions: one slow
        # pattern here (two \W* side by side) once cost 20 s a request on a line of dashes.
        adversarial = {
            name: max(timed(client, "post", "/api/v1/skills/extract", 3, json={"text": text}))
            for name, text in adversarial_texts(MAX_TEXT_CHARS).items()
        }
    print(
        f"job ad: {len(ad)} characters, {len(found)} skills found; n={n} requests each, warm; "
        f"db={url.split(':')[0]}"
    )
    for name, values in (
        ("baseline GET /", baseline),
        ("POST /skills/extract", extract_ms),
        ("POST /majors/recommend", recommend_ms),
        ("  … level from the ad", unlevelled_ms),
    ):
        print(
            f"{name:<26} p50 {statistics.median(values):6.2f} ms   p95 {percentile(values, 95):6.2f} ms   "
            f"p99 {percentile(values, 99):6.2f} ms"
        )
    ok = all(percentile(ms, 95) <= 50 for ms in (extract_ms, recommend_ms, unlevelled_ms))
    print(f"bar p95 ≤ 50 ms: {'met' if ok else 'NOT met'}")
    worst = max(adversarial, key=adversarial.get)
    print(
        f"adversarial {MAX_TEXT_CHARS:,}-character texts ({len(adversarial)} kinds) on POST /skills/extract: "
        f"slowest {adversarial[worst]:.0f} ms ({worst}); "
        + ", ".join(f"{name} {ms:.0f}" for name, ms in adversarial.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
