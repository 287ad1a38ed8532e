"""A small, realistic demo dataset (fictional organisations) across 秦皇岛, 郑州 and 北京.

Idempotent: organisations are keyed by their codes, accounts by username, programs by
(school, major, cohort) and postings by (enterprise, title); running it again changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from matchmaker.auth.models import User
from matchmaker.auth.service import create_user
from matchmaker.extensions import db
from matchmaker.orgs.models import Enterprise, School
from matchmaker.postings.models import Posting
from matchmaker.postings.service import _set_skills
from matchmaker.programs.models import Program
from matchmaker.programs.service import _set_skills as _set_program_skills
from matchmaker.validation import uscc_check_char

DEMO_PASSWORD = "demo-pass-2026"


def _uscc(first17: str) -> str:
    return first17 + uscc_check_char(first17)


# name, uscc (first 17), region, industry division, ownership, employees, certified 产教融合型企业
ENTERPRISES: list[tuple[str, str, str, str, str, int, bool]] = [
    ("秦皇岛港航物流集团有限公司（演示）", "91130302MA0DEMN01", "130302", "55", "state", 4200, True),
    ("秦皇岛精工装备制造股份有限公司（演示）", "91130371MA0DEMN02", "130371", "34", "private", 860, True),
    ("北戴河康养服务有限公司（演示）", "91130304MA0DEMN03", "130304", "85", "private", 320, False),
    ("昌黎葡萄酒酿造有限公司（演示）", "91130322MA0DEMN04", "130322", "15", "collective", 410, False),
    ("郑州智能汽车零部件有限公司（演示）", "91410172MA0DEMN05", "410172", "36", "foreign", 2300, True),
    ("中原铁路装备集团有限公司（演示）", "91410102MA0DEMN06", "410102", "37", "state", 6100, True),
    ("郑州云数科技有限公司（演示）", "91410105MA0DEMN07", "410105", "65", "private", 540, False),
    ("郑州航空港冷链物流有限公司（演示）", "91410173MA0DEMN08", "410173", "59", "state", 1500, False),
    ("北京康宁养老服务集团有限公司（演示）", "91110105MA0DEMN09", "110105", "85", "state", 2800, True),
    ("北京智造机器人科技有限公司（演示）", "91110108MA0DEMN10", "110108", "34", "private", 700, True),
    ("北京生物医药研发有限公司（演示）", "91110115MA0DEMN11", "110115", "27", "foreign", 1200, False),
]

# name, 学校标识码, region, kind, full-time teachers, 双师型 teachers
SCHOOLS: list[tuple[str, str, str, str, int, int]] = [
    ("秦皇岛海港职业技术学院（演示）", "4113099901", "130302", "higher_vocational", 420, 250),
    ("秦皇岛工业技工学校（演示）", "3113099902", "130306", "technician_college", 160, 92),
    ("郑州铁路装备职业学院（演示）", "4141099903", "410102", "higher_vocational", 610, 520),
    ("郑州信息工程中等职业学校（演示）", "3141099904", "410105", "secondary_vocational", 210, 150),
    ("北京健康养老职业学院（演示）", "4111099905", "110105", "higher_vocational", 380, 240),
    ("北京智能制造职业技术大学（演示）", "4111099906", "110108", "vocational_undergraduate", 720, 430),
]

# school index, major code, cohort, enrollment, expected graduates, employment rate, pilot, extra skills
PROGRAMS: list[tuple[int, str, int, int, int, float | None, bool, list[str]]] = [
    (0, "530802", 2026, 120, 112, None, True, ["报关"]),
    (0, "530802", 2025, 118, 110, 0.93, True, []),
    (0, "460305", 2026, 90, 85, None, False, []),
    (0, "590302", 2026, 60, 52, None, False, []),
    (1, "660301", 2026, 80, 76, None, True, []),
    (1, "660103", 2026, 70, 66, None, False, []),
    (2, "500602", 2026, 150, 140, None, True, []),
    (2, "460305", 2026, 100, 94, None, True, []),
    (2, "510205", 2026, 80, 74, None, False, ["Python"]),
    (2, "510205", 2025, 78, 72, 0.88, False, []),
    (3, "710201", 2026, 120, 110, None, False, []),
    (3, "710204", 2026, 60, 55, None, False, []),
    (4, "520201", 2026, 200, 190, None, False, []),
    (4, "590302", 2026, 90, 84, None, True, []),
    (4, "590302", 2025, 88, 80, 0.58, True, []),
    (4, "590302", 2024, 85, 79, 0.57, True, []),
    (5, "260301", 2026, 60, 56, None, True, []),
    (5, "310201", 2026, 70, 65, None, False, []),
]

# enterprise index, kind, title, headcount, level, skills (name, required), start, end, status
POSTINGS: list[tuple[int, str, str, int, str, list[tuple[str, bool]], date, date | None, str]] = [
    (
        0,
        "hiring",
        "港口调度员",
        12,
        "higher",
        [("物流管理", True), ("沟通能力", False), ("Excel", False)],
        date(2026, 6, 1),
        None,
        "open",
    ),
    (
        0,
        "apprenticeship",
        "集装箱装卸学徒",
        20,
        "secondary",
        [("安全生产管理", True), ("设备维护保养", False)],
        date(2026, 7, 1),
        date(2027, 6, 30),
        "open",
    ),
    (
        1,
        "order_class",
        "工业机器人运维订单班",
        30,
        "higher",
        [("PLC编程", True), ("电气控制", True), ("机械制图", False)],
        date(2026, 9, 1),
        date(2029, 6, 30),
        "open",
    ),
    (
        1,
        "internship",
        "数控车间实习生",
        15,
        "secondary",
        [("机械制图", True), ("钳工", False)],
        date(2026, 3, 1),
        date(2026, 8, 31),
        "open",
    ),
    (
        2,
        "hiring",
        "康养护理员",
        25,
        "higher",
        [("急救技能", True), ("沟通能力", False)],
        date(2026, 5, 1),
        None,
        "open",
    ),
    (
        3,
        "internship",
        "葡萄酒质检实习生",
        6,
        "higher",
        [("化学分析", True), ("质量检验", True)],
        date(2026, 7, 1),
        date(2026, 9, 30),
        "open",
    ),
    (
        4,
        "hiring",
        "汽车电子装调技术员",
        40,
        "higher",
        [("电子技术", True), ("传感器技术", True), ("PLC编程", False)],
        date(2026, 6, 15),
        None,
        "open",
    ),
    (
        5,
        "apprenticeship",
        "轨道车辆检修学徒",
        35,
        "higher",
        [("电工技术", True), ("钳工", True), ("机械制图", False)],
        date(2026, 7, 1),
        date(2028, 6, 30),
        "open",
    ),
    (
        6,
        "hiring",
        "大数据开发工程师",
        10,
        "higher",
        [("Python", True), ("SQL", True), ("Linux", False)],
        date(2026, 4, 1),
        None,
        "open",
    ),
    (
        6,
        "internship",
        "数据标注实习生",
        20,
        "secondary",
        [("计算机应用基础", True), ("办公软件", False)],
        date(2026, 7, 1),
        date(2026, 8, 31),
        "open",
    ),
    (
        7,
        "hiring",
        "冷链仓储主管",
        5,
        "higher",
        [("物流管理", True), ("ERP系统", False)],
        date(2026, 5, 1),
        None,
        "open",
    ),
    (
        8,
        "order_class",
        "智慧养老订单班",
        40,
        "higher",
        [("急救技能", True), ("营养与膳食", False)],
        date(2026, 9, 1),
        date(2029, 6, 30),
        "open",
    ),
    (
        9,
        "hiring",
        "机器人应用工程师",
        8,
        "undergraduate",
        [("PLC编程", True), ("三维建模", False), ("SolidWorks", False)],
        date(2026, 6, 1),
        None,
        "open",
    ),
    (
        10,
        "internship",
        "药物检验实习生",
        10,
        "higher",
        [("仪器分析", True), ("微生物检验", True)],
        date(2026, 7, 1),
        date(2026, 12, 31),
        "open",
    ),
    (
        10,
        "hiring",
        "生产质量专员",
        4,
        "higher",
        [("质量管理", True), ("化学分析", False)],
        date(2026, 10, 1),
        None,
        "draft",
    ),
]


def load_demo() -> dict[str, Any]:
    """Create what is missing of the demo dataset; return counts and the demo accounts."""
    enterprises = []
    for name, first17, region, industry, ownership, employees, certified in ENTERPRISES:
        uscc = _uscc(first17)
        ent = db.session.scalar(sa.select(Enterprise).where(Enterprise.uscc == uscc))
        if ent is None:
            ent = Enterprise(
                name=name,
                uscc=uscc,
                region_code=region,
                industry_code=industry,
                ownership=ownership,
                employees=employees,
                certified_cei=certified,
            )
            db.session.add(ent)
        enterprises.append(ent)
    schools = []
    for name, code, region, kind, teachers, dual in SCHOOLS:
        school = db.session.scalar(sa.select(School).where(School.code == code))
        if school is None:
            school = School(
                name=name,
                code=code,
                region_code=region,
                kind=kind,
                fulltime_teachers=teachers,
                dual_qualified_teachers=dual,
            )
            db.session.add(school)
        schools.append(school)
    db.session.flush()
    for idx, major, cohort, enrollment, graduates, rate, pilot, extra in PROGRAMS:
        school = schools[idx]
        exists = db.session.scalar(
            sa.select(Program.id).where(
                Program.school_id == school.id, Program.major_code == major, Program.cohort_year == cohort
            )
        )
        if exists is None:
            program = Program(
                school_id=school.id,
                major_code=major,
                cohort_year=cohort,
                enrollment=enrollment,
                expected_graduates=graduates,
                employment_rate=rate,
                apprenticeship_pilot=pilot,
                certificates=[],
            )
            _set_program_skills(program, extra)
            db.session.add(program)
    for idx, kind, title, headcount, level, skills, start, end, status in POSTINGS:
        ent = enterprises[idx]
        exists = db.session.scalar(
            sa.select(Posting.id).where(Posting.enterprise_id == ent.id, Posting.title == title)
        )
        if exists is None:
            posting = Posting(
                enterprise_id=ent.id,
                enterprise=ent,
                kind=kind,
                title=title,
                description="",
                headcount=headcount,
                level=level,
                region_code=ent.region_code,
                industry_code=ent.industry_code,
                preferred_majors=[],
                start_date=start,
                end_date=end,
                status=status,
            )
            _set_skills(posting, [{"name": n, "required": r} for n, r in skills])
            db.session.add(posting)
    db.session.flush()
    accounts = [
        ("demo-admin", "admin", {}),
        ("demo-bureau-qhd", "bureau", {"region_code": "130300"}),
        ("demo-bureau-zz", "bureau", {"region_code": "410100"}),
        ("demo-enterprise", "enterprise", {"enterprise_id": enterprises[0].id}),
        ("demo-school", "school", {"school_id": schools[0].id}),
    ]
    for username, role, binding in accounts:
        if db.session.scalar(sa.select(User.id).where(User.username == username)) is None:
            create_user(username, DEMO_PASSWORD, role, **binding)
    db.session.flush()
    return {
        "enterprises": len(enterprises),
        "schools": len(schools),
        "programs": len(PROGRAMS),
        "postings": len(POSTINGS),
        "accounts": [(u, r) for u, r, _ in accounts],
        "password": DEMO_PASSWORD,
    }
