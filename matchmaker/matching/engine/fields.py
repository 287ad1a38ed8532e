"""The fields of study a job ad asks for: "物流或国际贸易相关专业优先" names 物流 and 国际贸易.

Ads often say which majors they want in their degree line. Those words are not skills (extraction
skips degree lines), but they are the most direct evidence of which majors fit, so the
recommendation reads them separately.
"""

from __future__ import annotations

import re
import unicodedata

from matchmaker.matching.engine.boilerplate import (
    FIELD_LABEL,
    bracketed_value,
    clauses,
    education_end,
    english_field_lists,
    field_cells,
    field_lists,
    labels_value,
)
from matchmaker.matching.engine.listed_majors import MajorNames
from matchmaker.matching.engine.normalise import simplified

# Degree-line words that are not a field: levels, "related", "preferred", list marks. 与, 及 and 和
# join two fields, or the two halves of one major's name (食品质量与安全): they are split apart after.
_FILLER = re.compile(
    r"教育(?:背景|程度|经历|学历)|学历教育|主修(?:科目|课程)?|相近|科系|全日制|统招|国家承认|大学|大专|专科|本科|中专|高中|中技|技校|职高|及以上|以上|学历|相关|专业|优先|"
    r"为佳|尤佳|更佳|考虑|录取|录用|背景|出身|毕业生?|应届|不限|方向|院校|学校|者|类|等|或|"
    r"欢迎|应聘|招聘|所需|需求|面向|在校生|在读|学生|报名|届|适合|加入|工作经验|"
    r"可?降低|可?放宽|可接受|[皆亦也均]可|以下|其[它他]|"
    # list marks and numbers, but not the 一 of 机电一体化
    r"[、/／,，;；:：()（）【】\s\d]|[一二三四五六七八九十两]+(?=[、.．)）年个名次种门])"
)
JOINER = re.compile(r"[与及和]")
# "协助经纪人财务其它事宜等 无学历要求": a line saying no degree is wanted names no field either, unless
# it says which majors are welcome (无学历要求，物流专业优先 is two clauses).
_NO_DEGREE = re.compile(r"(?:无|没有|不限)学历(?:要求|限制)?|学历(?:不限|无要求|要求不限)")
_JOINED = re.compile(r"[^与及和]{2,}(?:[与及和][^与及和]{2,})+")  # 食品质量与安全, 电气工程及自动化
MAX_FIELD_CHARS = 8  # a longer run is a sentence, not a field name
MAX_JOINED_CHARS = 12  # 农产品加工与质量检测, 发电厂及变电站运行与维护 is longer still
# "形象、品貌俱佳中专以上学历": looks written into the degree line are not a field (形象 is not 人物形象设计).
_LOOKS = re.compile(r"(?:(?:形象|气质|品貌|相貌|外貌|五官)(?:俱佳|端正|良好|佳|好)?)+")
# Words too broad to point at a major (管理 is in a hundred names).
_TOO_BROAD = frozenset(
    {
        "管理",
        "工程",
        "技术",
        "经济",
        "理工",
        "理工科",
        "文科",
        "理科",
        "工科",
        "文史",
        "经管",
        "商科",
        "财经",
        "人文",
        "社会",
        "科学",
        "应用",
        "服务",
        "工作",
        "经验",
        "要求",
        "学习",
        "任职",
        "资格",
        "条件",
        "岗位",
        "以上学历",
        "同等",
        "优秀",
        "具备",
        "亦可",
    }
)


# An English degree line's fields in the words the catalog's names use ("Associate degree in logistics
# management or related" names 物流管理); the most specific phrase first, each read once.
_ENGLISH_FIELDS = (
    (r"logistics\s+management", "物流管理"),
    (r"logistics", "物流"),
    (r"supply\s+chain", "供应链"),
    (r"purchasing|procurement", "采购"),
    (r"(?:international|foreign)\s+(?:trade|business)|import\s*(?:&|and)\s*export", "国际贸易"),
    (r"customs", "关务"),
    (r"business\s+english", "商务英语"),
    (r"(?:applied\s+)?english", "英语"),
    (r"japanese", "日语"),
    (r"korean", "韩语"),
    (r"cross[\s-]*border\s+e[\s-]*commerce", "跨境电子商务"),
    (r"e[\s-]*commerce", "电子商务"),
    (r"marketing", "市场营销"),
    (r"accounting", "会计"),
    (r"financial\s+management|finance", "财务管理"),
    (r"statistics", "统计"),
    (r"human\s+resources?(?:\s+management)?|\bhr\b", "人力资源管理"),
    (r"secretar(?:y|ial)|office\s+administration", "文秘"),
    (r"business\s+administration|business\s+management", "工商企业管理"),
    (r"hotel\s+management|hospitality", "酒店管理"),
    (r"tourism", "旅游"),
    (r"culinary|cooking|cuisine", "烹饪"),
    (r"mechatronics|electromechanical", "机电一体化"),
    (r"industrial\s+robot\w*|robotics", "工业机器人"),
    (r"welding", "焊接"),
    (r"electrical\s+automation", "电气自动化"),
    (r"electrical", "电气"),
    (r"automation", "自动化"),
    (r"mechanical\s+design", "机械设计"),
    (r"mechanical|machinery", "机械"),
    (r"numerical\s+control|\bcnc\b", "数控"),
    (r"mou?ld(?:ing)?\s+design|mou?lds?\b", "模具"),
    (r"computer", "计算机"),
    (r"software", "软件"),
    (r"big\s+data", "大数据"),
    (r"artificial\s+intelligence", "人工智能"),
    (r"internet\s+of\s+things|\biot\b", "物联网"),
    (r"network", "网络"),
    (r"electronics?|electronic\s+information", "电子"),
    (r"nursing", "护理"),
    (r"rehabilitation(?:\s+therapy)?|physiotherapy|physical\s+therapy", "康复治疗"),
    (r"pharmacy|pharmaceutical", "药学"),
    (r"medical\s+laboratory|laboratory\s+medicine", "医学检验"),
    (r"chemical|chemistry", "化工"),
    (r"food", "食品"),
    (r"textiles?", "纺织"),
    (r"garments?|apparel|fashion", "服装"),
    (r"new\s+energy\s+vehicles?|\bnev\b", "新能源汽车"),
    (r"automotive|automobiles?|vehicle", "汽车"),
    (r"photovoltaics?|solar\s+energy", "光伏"),
    (r"polymer\s+materials?|plastics?\s+(?:engineering|processing)", "高分子材料"),
    (r"aviation", "航空"),
    (r"port|shipping|maritime", "港口"),
    (r"visual\s+communication", "视觉传达"),
    (r"advertising", "广告"),
    (r"preschool|early\s+childhood", "学前教育"),
    (r"elderly\s+care|gerontolog\w*", "老年"),
    (r"property\s+management", "物业管理"),
    (r"civil\s+engineering", "土木"),
    (r"construction\s+cost|cost\s+engineering|quantity\s+surveying", "工程造价"),
    (r"surveying\s+and\s+mapping|geomatics", "测绘"),
    (r"(?:engineering\s+)?surveying", "测量"),
    (r"construction", "建筑"),
    (r"environmental", "环境"),
    (r"safety", "安全"),
    (r"quality", "质量"),
)
_ENGLISH_FIELD_PATTERNS = tuple(
    (re.compile(rf"(?<![A-Za-z])(?:{said})(?![A-Za-z])", re.IGNORECASE), field)
    for said, field in _ENGLISH_FIELDS
)


def _english_fields(text: str) -> list[str]:
    fields = []
    for listed in english_field_lists(text):
        for pattern, field in _ENGLISH_FIELD_PATTERNS:
            if pattern.search(listed):
                listed = pattern.sub(" ", listed)  # logistics management is not logistics again
                fields.append(field)
    return fields


def named_fields(text: str, catalog: MajorNames | None = None) -> list[str]:
    """The field words of ``text``'s degree lines, in order, without repeats (in simplified characters);
    then, given the catalog's names, the majors it lists by name elsewhere (:mod:`listed_majors`)."""
    text = simplified(text)
    fields: list[str] = []
    listed = False  # the clause before was a label ("招聘专业："): this one lists the fields
    under_heading = field_lists(text)  # the lines below "【面向专业】" on a line of its own
    cells = field_cells(text)  # a text table's 面向专业 column: each cell lists fields
    pieces = sorted([(start, end, False) for start, end in clauses(text)] + [(a, b, True) for a, b in cells])
    for start, end, cell in pieces:
        clause = unicodedata.normalize("NFKC", text[start:end])
        # after a label ("招聘专业：…", "【面向专业】…") the whole clause lists fields
        labelled = (
            cell
            or listed
            or bracketed_value(clause, FIELD_LABEL) is not None
            or any(a <= start < b for a, b in under_heading)
        )
        degree_end = len(clause) if labelled else education_end(clause)
        listed = not cell and labels_value(FIELD_LABEL, text, start, end)
        if degree_end is None or (not listed and _NO_DEGREE.search(clause) and "专业" not in clause):
            continue
        for piece in _FILLER.split(clause[:degree_end]):
            joined = [piece] if _JOINED.fullmatch(piece) and len(piece) <= MAX_JOINED_CHARS else []
            for word in joined + JOINER.split(piece):
                if (
                    2 <= len(word) <= max(MAX_FIELD_CHARS, len(joined[0]) if joined else 0)
                    and word not in _TOO_BROAD
                    and not _LOOKS.fullmatch(word)
                    and not word.isascii()  # an English degree line's fields are read below
                    and word not in fields
                ):
                    fields.append(word)
    fields += [field for field in _english_fields(text) if field not in fields]
    return fields + [name for name in catalog.listed(text) if name not in fields] if catalog else fields
