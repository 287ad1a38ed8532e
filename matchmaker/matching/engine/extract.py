"""Finds the taxonomy's skills in free text (a pasted job ad), with spans and confidence.

Dictionary matching on the normalised text through the Aho–Corasick automaton (measured against
jieba with the taxonomy as its user dictionary in benchmarks/segmentation.py: no less precise, more
recall, faster); overlapping hits resolve to the longest; ASCII terms only match as whole words
(``SQL`` is not found in ``MySQLi``); ASCII near-misses (``Photoshp``) are caught by RapidFuzz above
a cutoff; requirements written as phrases ("学习、创新及沟通能力", "为客户提供优质服务",
"电梯的日常维护保养") are read by :mod:`phrases`. Boilerplate clauses (welfare, contacts, company
blurbs, age/gender and degree lines) are skipped, and so is a term that ends a company's legal name
(…国际物流有限公司), that the ad says the job does not involve (无需外呼, 不涉及催收) or the hire only
keeps to (遵守考勤制度), that is the hirer announcing the job (现招聘汽修学徒5名), that names a trade
worked in, a department or a post (电商行业, 供应链部门), that is only part of a word naming something
else (化妆 in 化妆品) or that two words spell across their boundary (报关 in 汇报|关系).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from matchmaker.matching.engine.boilerplate import DUTY_OPENING, HEADCOUNT, WANTED, field_cells, skill_clauses
from matchmaker.matching.engine.english_phrases import english_phrase_hits
from matchmaker.matching.engine.normalise import fold, normalise, simplified
from matchmaker.matching.engine.not_skills import not_skill_spans
from matchmaker.matching.engine.phrases import (
    coordinated_terms,
    design_tool_hits,
    object_work_terms,
    phrase_hits,
    teacher_skills,
)
from matchmaker.matching.engine.taxonomy import Taxonomy, Term

FUZZY_CUTOFF = 88.0
FUZZY_MIN_CHARS = 5  # data → datax, user → users: short English words are words, not misspellings
CONFIDENCE_CANONICAL = 1.0
CONFIDENCE_ALIAS = 0.9
CONFIDENCE_PHRASE = 0.75
# An English word one letter from a tool's name is no misspelling of it after an article or before a
# possessive: "the world's top carriers" is no Word (a Chinese ad's "world、excel" still is).
_ENGLISH_NOUN = re.compile(r"(?i:(?<![a-z])(?:the|a|an|our|its|their|this|that)\s+)$")
# A word one of them grows by an English ending is another English word, no misspelling: "overseas
# offices", "Customer Service Officer", "wording", "inventory" (no Inventor, the CAD tool).
_ENGLISH_ENDINGS = ("s", "es", "r", "er", "ers", "d", "ed", "ing", "y")
# Acronyms whose lowercase is an English function word count only in capitals: "with its major" and
# "etc." are no ITS or ETC (intelligent transport), "lbs" no location-based service, "ate" no ATE.
_CAPITALS_ONLY = frozenset({"its", "etc", "lbs", "ate"})
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]{3,}")
# Normalising drops a range's mark, so a salary of "5-10K" reads 510k (an FDA clearance); the vocabulary's
# ranges are ages (3-6岁儿童学习与发展指南) and its models' numbers follow a letter (S7-1200).
_SALARY_RANGE = re.compile(
    r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?\s*[-~～—–−]\s*\d+(?:\.\d+)?\s*(?:[kKwW](?![A-Za-z])|千|万|元)"
)
# Normalising drops punctuation, so "财务、会计制度" reads 财务会计 and "销售、管理" 销售管理: two words
# listed apart are not the term they spell together. An item that is one character ("四、六级", "入、离职")
# shares the other's word, so the term stands.
_LISTING_MARK = re.compile(r"[、，。；：！？,;:!?]")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_PREFERRED = re.compile(
    r"优先|加分|更佳|为佳|者更好|"  # and in English: "Japanese or Korean is a plus", "SAP preferred"
    r"(?i:\b(?:is|are|would\s+be|will\s+be)\s+(?:a\s+|an\s+)?(?:(?:big|great|strong)\s+)?(?:plus|bonus|advantage)\b|"
    r"\b(?:preferred|preferably|desirable|nice[\s-]to[\s-]have)\b|\b(?:is|are|also)\s+welcome\b|\ba\s+plus\b)"
)
# A term that ends where a company's legal name does (景鸿国际物流股份有限公司, 赢在起点早教集团), or
# its trade words do (恒安智能安防科技服务有限公司, 粤骏汽车销售服务有限公司), names the company's trade,
# not a skill the job asks for.
_COMPANY_SUFFIX = re.compile(
    r"(?:科技|技术|服务|工程|信息|发展|实业|贸易|咨询|管理|网络|销售){0,3}(?:股份)?(?:有限责任公司|有限公司|集团)"
)
# "电子商务行业优先", "电商从业经验": a term naming the trade someone has worked in is their background,
# and one naming a kind of projects (政务服务类项目) what the company does; "供应链部门", "采购部",
# "人事行政部经理", "供应链总监" name a department or a post. None is a skill the job asks for (部分, 部署,
# 部件 and 部品 are other words).
_TRADE = re.compile(r"\s*(?:相关)?(?:行业|领域|从业)|类项目")
# ... and each trade of a list before 行业, or before a company's experience: "建筑智能化、安防或弱电工程
# 行业经验", "会计师事务所或代理记账公司工作经验", "电子制造企业PMC或计划工作经验" (not "汽车销售或其他
# 行业": the other trades are the list's)
_TRADES_LISTED = re.compile(
    r"(?:(?:[、和与/或]|及(?!时))(?!其他|其它|同)[^，。；;,、\s]{1,8}?){1,4}(?:相关)?行业|"
    r"(?:(?:[、和与/或]|及(?!时))[^，。；;,、\s]{1,8}?){0,4}(?:公司|企业|工厂)[^，。；;,]{0,10}?(?:经验|经历|背景)"
)
# "有电商工作经验者优先", "有互联网金融类工作经验", "第三方物流仓库经验": a sector or a kind of firm named
# before the experience someone has is where they worked, like 电商行业; e-commerce work done there
# (电商运维经验, 电商推广经验) is still read.
_SECTORS = frozenset({"电商", "电子商务", "电商平台", "跨境电商", "互联网金融", "第三方物流"})
_EXPERIENCE_AFTER = re.compile(
    r"(?!\s*(?:运营|运维|推广|营销))[^，。；;、,.!！?？\n]{0,10}?(?:经验|经历|背景)"
)
# "有从事销售助理、文秘内勤等经验", "1年以上销售助理或销售内勤经验": a post held before is experience, not
# a skill asked for, where the skill is named as the post (what such a post does is read from its duties).
_POSTS_AS_SKILLS = frozenset({"销售助理", "文秘"})
_POST_HELD = re.compile(r"[^，。；;]{0,16}?(?:经验|经历|工作者)")
# (a 游泳馆 or a 研学馆 is a place too)
_DEPARTMENT = re.compile(
    r"\s*(?:部门|总监|部(?![分署件位品])|中心(?:员工|人员|同事|的?各|经理|主管|总监)|馆(?!长))"
)
# "与生产计划、仓库、物流部门保持沟通", "协调工厂、单证、船务等部门", "下达工单至冲压、折弯、焊接、喷涂
# 各车间": each item of a list of departments or workshops, and of the services a company buys in
# (食堂、保洁、保安、绿化等外包服务的管理; 对接搭建、灯光音响、礼仪等供应商)
_DEPARTMENTS_LISTED = re.compile(
    r"(?:(?:[、和与/]|及(?!时))[^，。；;,、\s]{1,6}?){1,4}等?(?:各|相关)?(?:部门|车间)|"
    r"(?:(?:[、和与/]|及(?!时))[^，。；;,、\s]{1,6}?){0,4}等?各车间|"
    r"(?:(?:[、和与/]|及(?!时))[^，。；;,、\s]{1,6}?){0,4}(?:等?外包|等(?:供应商|服务商))"
)
# "电脑打字", "电脑办公软件": the computer says where the typing or the office work is done, and that
# work is the skill; 电脑 on its own ("熟练操作电脑") is still basic computer use.
_COMPUTER_WORK = re.compile(r"\s*(?:打字|办公|(?i:office|word|excel|microsoft))")
# "现招聘汽修学徒5名", "前厅部招聘前台接待员": the hirer announcing the job, not a recruiter's work
# ("负责招聘销售人员" is one, and so is 招聘 followed by its work: 招聘工作, 招聘渠道, 招聘、培训).
_JOB_ANNOUNCED = re.compile(
    rf"招聘(?=[^，。；;、：:]{{0,14}}?(?:{WANTED}|{HEADCOUNT})(?:$|[，。；;、：:（(/\s!！及和与]|\d|若))"
)
_HEADCOUNT_AFTER = re.compile(rf"[^\W\d_]{{0,4}}?{WANTED}\s*{HEADCOUNT}")
# "某化工企业仪表车间招聘。", "门店大量招聘", "售后部招聘：": the hirer announcing itself, 招聘
# ending the clause.
_ANNOUNCER = re.compile(
    r"(?:企业|公司|集团|厂|基地|车间|部|院|局|所|站|中心|学校|店|单位|项目|大量|长期|常年|[)）])$"
)
# "采购、跟单、入库、出货", "办公用品的采购、入库及发放", "跟踪入库", "监督大货入库": goods bought in and
# received as one step of a buyer's or a merchandiser's work; "核对送货单与入库单": the receipt checked.
_BOUGHT_IN = re.compile(r"(?:采购|办公用品)[^，。；;]{0,8}$|(?:跟踪|跟进|监督)[^，。；;、]{0,4}$")
# A quality, safety or drug-making system's audit (ISO45001体系，组织内审; GMP内审及客户审计; 内审及管理评审)
# is no financial audit.
_QUALITY_SYSTEM = re.compile(r"体系|管理评审|GMP|GSP|ISO|HACCP|IATF|FSSC|CNAS|CMA|药监|客户审[计核]", re.I)
# An insurer's claim papers (审核查勘定损报告、维修清单、发票等单证; 核对客户上传的单证（行驶证…）)
# are no trade documents; a trade clerk's policy and cover (保单, 投保) do not say so, a claim does.
_INSURANCE_CLAIM = re.compile(r"理赔|定损|赔款|理算|核赔|核保|车险|报案|查勘")
_RECRUITER = re.compile(r"(?:负责|协助|参与|组织|开展|执行|做好|主导|完成|员工|人员|人才|内部)$")
# "特种作业操作证（电工作业）", "特种设备作业人员证（电梯修理、叉车司机）": the class of certificate
# names which ones in brackets; each is read as the certificate it is (电工作业证, 电梯修理证, 叉车证).
_CERTIFICATE_CLASS = re.compile(r"特种(?:设备)?作业(?:人员)?(?:操作)?证书?\s*[（(]([^）)]{2,24})[）)]")
# ... or lists them before it: "持高压电工、登高作业特种作业操作证者优先" (高压电工证, 登高作业证); one item
# alone before the class is an alias of its own (低压电工特种作业操作证)
# (read back from each class word over a few items only: searched forward, a long run of listed words
# before no class at all would be tried from each of its characters, in quadratic time)
_HOLDING = re.compile(r"持有|取得|具有|具备|拥有|持|有")
_CERTIFICATE_CLASS_WORD = re.compile(r"特种(?:设备)?作业(?:人员)?(?:操作)?证")
_CERTIFICATES_BEFORE_CLASS = re.compile(r"((?:[^\W\d_]{2,8}[、和及与/])+[^\W\d_]{2,8})等?$")
_CERTIFICATES_BEFORE_CHARS = 48  # about five items
_CERTIFICATE_ITEM = re.compile(r"[^、，,/及和与\s]+")
_CERTIFICATE_ROLE = re.compile(r"(?:作业|司机|操作|人员)$")
# "毕业后可直接转正，签订劳动合同": the contract the hirer signs with the hire, not an HR clerk's duty
# (负责签订劳动合同, 与员工签订…, or one duty of a list: 办理入离职手续、签订劳动合同).
_SIGNED_CONTRACT = re.compile(r"签(?:订|署|定)?(?:正式|[一二三四五六七八九十\d]+年期?)?的?劳动合同")
_CONTRACT_CLERK = re.compile(r"(?:负责|办理|协助|跟进|员工|及时|做好|[、/])$")
# "无需外呼或销售", "不涉及催收", "不要求英语", "没有焊工证的（公司培训）": a term the ad says the job
# does not involve or need.
_NEED_NOT = r"(?:无需|无须|不需要?|不要求|不用)"
_UP_TO_THE_TERM = r"(?:[^，。；;,、]{1,12}[、/和或及])*[^，。；;,、]{0,12}$"  # the items of a list before it
_NEGATED = re.compile(
    rf"(?:{_NEED_NOT}|没有|不涉及|不接触|不参与|不负责|不承担|不做|不含|不包括)[^，。；;,]{{0,3}}$|"
    # every item of a list the job does not involve (不涉及业务推广和电话销售, 柜员不办理贷款业务)
    rf"(?:不涉及|不负责|不参与|不承担|不办理){_UP_TO_THE_TERM}|"
    # what the workplace forbids (车间内禁止佩戴首饰、化妆)
    r"(?:禁止|严禁|不得|不准)[^，。；;,]{0,10}$|"
    # every item of a list the hire need not know or hold: 不要求会3Dmax、酷家乐等室内设计软件,
    # 不需要懂纺织面料和印染工艺, 不要求有育婴员证或营养师证
    rf"{_NEED_NOT}[^，。；;,、]{{0,4}}?(?:会|懂得?|掌握|具备|持有|有){_UP_TO_THE_TERM}"
)
# "普通话不作要求", "入门课（不作为岗位要求）": in Chinese too the waiver may come after the term; one
# said to be a plus first ("教师资格证者优先（非必须）") is still a nice-to-have
_WAIVED_AFTER = re.compile(
    r"[^，。；;,]{0,12}?(?:不作|不做)(?:为岗位|硬性)?要求|[^，。；;,]{0,6}?非必须|[^，。；;,]{0,4}?(?:无|没有)(?:硬性)?要求|"
    # "会SketchUp、PS做效果图的不要求", "钣金、喷漆岗位本次不招": a skill waived, a trade not hired
    r"[^，。；;,]{0,12}?的不要求|[^，。；;,]{0,8}?是[^，。；;,]{1,8}的活|"
    # (a few items, none holding a list mark: else a long run of 和 is split every which way, or read to
    # its end from each term in it)
    r"(?:[、和及与/][^，。；;,、和及与/]{1,6}?){0,6}岗位(?:本次|暂|暂时)?不招"
)
# "German language is NOT required", "Japanese is not a must": in English the "not" comes after the term
# ("Driving licence not required"); one said to be a plus first ("German is a plus but not required") is
# still a nice-to-have (_PREFERRED)
_NEGATED_AFTER = re.compile(
    r"(?i)[^,，;；.。]{0,20}?\b(?:(?:is|are)\s+)?not\s+(?:required|a\s+must|must|necessary|needed|mandatory)\b"
)
# "遵守公司考勤制度", "能适应排班工作制": a rule or a working condition the hire keeps to, not a skill.
_KEPT_TO = re.compile(r"(?:遵守|适应|服从)(?:公司)?[^，。；;,、]{0,3}$")
_RULES_AS_SKILLS = frozenset({"安全生产管理", "餐饮食品安全", "6S现场管理"})


@dataclass
class Found:
    skill_id: int
    name: str
    category: str
    confidence: float
    optional: bool = True  # named only in clauses that say 优先/加分 ("… preferred")
    spans: list[tuple[int, int]] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)


# Folding one character at a time is most of the cost of normalising a clause; an ad repeats its
# characters, so each is folded once (bounded: a text of rare characters cannot grow it without end).
_fold_char = functools.lru_cache(maxsize=8192)(fold)


def _normalised_with_offsets(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the offset in ``text`` it came from."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(out), offsets


def _alnum(ch: str) -> bool:
    ch = unicodedata.normalize("NFKC", ch)
    return ch.isascii() and ch.isalnum()


def _letter(ch: str) -> bool:
    ch = unicodedata.normalize("NFKC", ch)
    return ch.isascii() and ch.isalpha()


def _word_bounded(text: str, start: int, end: int) -> bool:
    """No ASCII letter or digit touches the span in the original text (``SQL`` not in ``MySQL``)."""
    return not (start > 0 and _alnum(text[start - 1])) and not (end < len(text) and _alnum(text[end]))


def _ascii_ends_bounded(key: str, text: str, start: int, end: int) -> bool:
    """No ASCII letter or digit touches an ASCII term (``SQL`` is not in ``MySQL``), and no ASCII letter
    the ASCII end of a mixed one (``AR开发`` is not in ``IAR开发环境``; ``S7-1200PLC编程`` is PLC编程)."""
    if key.isascii():
        return _word_bounded(text, start, end)
    left = _letter(key[0]) and start > 0 and _letter(text[start - 1])
    right = _letter(key[-1]) and end < len(text) and _letter(text[end])
    return not (left or right)


def _in_salary_range(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a range of pay ("5-10K", "6~8千")."""
    return text[start].isdigit() and any(
        m.start() <= start and end <= m.end()
        for m in _SALARY_RANGE.finditer(text, max(0, start - 16), end + 4)
    )


def _across_listed_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is two listed words joined across a mark: two characters or more
    either side, or one either side of words that run on past it (安装、维护 spells no 装维)."""
    mark = _LISTING_MARK.search(text, start, end)
    if not mark:
        return False
    before, after = mark.start() - start, end - mark.end()
    if before == 1 and after == 1:  # a word's tail and the next one's head, unless each is a whole item
        return bool((start and _HAN_CHAR.match(text, start - 1)) or _HAN_CHAR.match(text, end))
    return before >= 2 and after >= 2


def _dictionary_hits(
    taxonomy: Taxonomy, norm: str, offsets: list[int], text: str
) -> list[tuple[int, int, Term]]:
    hits = []
    if not len(taxonomy.automaton):
        return hits
    for end_index, term in taxonomy.automaton.iter(norm):
        start = end_index - len(term.key) + 1
        if not _ascii_ends_bounded(term.key, text, offsets[start], offsets[end_index] + 1):
            continue
        if _in_salary_range(text, offsets[start], offsets[end_index] + 1):
            continue  # a salary of 5-10K is no 510(k)
        if term.key in _CAPITALS_ONLY and not text[offsets[start] : offsets[end_index] + 1].isupper():
            continue
        if _across_listed_words(text, offsets[start], offsets[end_index] + 1):
            continue
        hits.append((start, end_index + 1, term))
    # Longest match wins; among equals, the earlier one. Then drop hits inside a kept one.
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    kept: list[tuple[int, int, Term]] = []
    taken = [False] * len(norm)
    for start, end, term in hits:
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        kept.append((start, end, term))
    kept.sort()
    return kept


def _not_asked_for(taxonomy: Taxonomy, skill_id: int, clause: str, start: int, end: int) -> bool:
    """Whether the term at ``clause[start:end]`` only says where the work is done (a trade, a
    department, a post, the computer the typing is done on) or names a rule the hire keeps to."""
    if _TRADE.match(clause, end):
        return True
    if clause[start:end] in _SECTORS and _EXPERIENCE_AFTER.match(clause, end):
        return True
    if taxonomy.skills[skill_id].name in _POSTS_AS_SKILLS and _POST_HELD.match(clause, end):
        return True
    if (
        clause.endswith("招聘", start, end)
        and _JOB_ANNOUNCED.match(clause, end - 2)
        and not _RECRUITER.search(clause, max(0, start - 2), start)
    ):
        return True  # the hirer announcing the job (现招聘…, 校园招聘储备干部), not a recruiter's 负责招聘…
    if (
        clause.endswith("招聘", start, end)
        and not clause[end:].strip(" 。！!")
        and _ANNOUNCER.search(clause, 0, start)
        and not DUTY_OPENING.match(clause)
    ):
        return True  # the hirer announcing itself (某化工企业仪表车间招聘。), not a recruiter's duty
    if clause[start:end] in ("内审", "审计") and _QUALITY_SYSTEM.search(clause):
        return True  # a quality system's audit, no accounts
    if clause[start:end] == "单证" and _INSURANCE_CLAIM.search(clause):
        return True  # an insurer's claim papers, no shipment's
    if clause[start:end] == "入库" and (
        _BOUGHT_IN.search(clause, max(0, start - 10), start) or clause.startswith(("单", "数据"), end)
    ):
        return True  # a step of a buyer's flow, or the receipt a clerk checks: no warehouse run
    signed = "合同" in clause[start:end] and next(
        (
            m
            for m in _SIGNED_CONTRACT.finditer(clause, max(0, start - 12), end + 12)
            if m.start() <= start and end <= m.end()
        ),
        None,
    )
    if signed and not _CONTRACT_CLERK.search(clause, max(0, signed.start() - 2), signed.start()):
        return True  # the contract the hirer signs with the hire, not an HR clerk's 负责签订劳动合同
    if clause.startswith("招聘", start) and _HEADCOUNT_AFTER.match(clause, end):
        return True  # 招聘主管 of "网点招聘主管助理1名": a 主管助理 wanted, not a recruiting supervisor
    if clause[start:end].endswith(("电脑", "计算机")) and _COMPUTER_WORK.match(clause, end):
        return True
    # An ability is neither a department nor a rule: 协调部门内部, 适应接受能力强.
    if taxonomy.skills[skill_id].category == "soft":
        return False
    if (
        _DEPARTMENT.match(clause, end)
        or _DEPARTMENTS_LISTED.match(clause, end)
        or _TRADES_LISTED.match(clause, end)
    ):
        return True
    # Keeping to the safety or food-hygiene rules (遵守安全操作规程) is a trade's competence, unlike a
    # timesheet's (遵守公司考勤制度).
    kept_to = _KEPT_TO.search(clause, max(0, start - 8), start)
    return bool(kept_to) and taxonomy.skills[skill_id].name not in _RULES_AS_SKILLS


# "正在备考法考的同学我们非常欢迎": a certificate still being studied for is not held, and not asked,
# unless the ad calls studying for it a plus (已取得或正在备考施工员证者优先, 正在备考税务师者优先).
_STUDYING = re.compile(r"备考[^，。；;,]{0,3}$")


def _waived(clause: str, start: int, end: int) -> bool:
    """Whether the words around a term say the job does not need it: before it ("无需开发客户") or after
    it ("… is NOT required", "…不作要求"), however the term was found."""
    if _NEGATED.search(clause, max(0, start - 30), start):
        return True
    if _STUDYING.search(clause, max(0, start - 8), start) and not _PREFERRED.search(clause):
        return True
    negated = _WAIVED_AFTER.match(clause, end) or _NEGATED_AFTER.match(clause, end)
    return negated is not None and not _PREFERRED.search(clause, end, negated.end())


def _inside_longer(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) lies inside a longer one of ``spans`` (in order, none overlapping): only
    the last span starting at or before ``start`` can hold it."""
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and end <= spans[i][1] and spans[i][1] - spans[i][0] > end - start


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of ``spans`` (a few, in any order)."""
    return any(a <= start and end <= b for a, b in spans)


def _certificates_named(
    taxonomy: Taxonomy, clause: str
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """(start, end, term) for each certificate a class of certificates names, in brackets after it or
    listed before it; and the spans of the bracketed classes' own words, which name no certificate of
    their own ("特种设备作业人员证（电梯修理）" asks for the lift fitter's, not every one of the class)."""
    named_items: list[tuple[int, int, str]] = []
    classes: list[tuple[int, int]] = []
    for word in _CERTIFICATE_CLASS_WORD.finditer(clause):
        listed = _CERTIFICATES_BEFORE_CLASS.search(
            clause, max(0, word.start() - _CERTIFICATES_BEFORE_CHARS), word.start()
        )
        if listed is None:
            continue
        for item in _CERTIFICATE_ITEM.finditer(clause, listed.start(1), listed.end(1)):
            held = _HOLDING.match(item.group())  # 持 of 持高压电工
            start = item.start() + (held.end() if held else 0)
            said = clause[start : item.end()]
            term = _certificate_spelt(taxonomy, (said + "证", said + "作业证"))
            if term is not None:
                named_items.append((start, item.end(), term))
    for named in _CERTIFICATE_CLASS.finditer(clause):
        items = []
        for item in _CERTIFICATE_ITEM.finditer(clause, named.start(1), named.end(1)):
            said = item.group()
            spellings = (said + "证", said, said + "作业证", _CERTIFICATE_ROLE.sub("", said) + "证")
            term = _certificate_spelt(taxonomy, spellings)
            if term is not None:
                items.append((item.start(), item.end(), term))
        if items:
            named_items += items
            classes.append((named.start(), named.start(1)))
    return named_items, classes


def _certificate_spelt(taxonomy: Taxonomy, spellings: tuple[str, ...]) -> str | None:
    """The first of ``spellings`` the vocabulary knows as a certificate."""
    for term in spellings:
        entry = taxonomy.lookup(term)
        if entry is not None and entry.category == "certificate":
            return term
    return None


def extract(taxonomy: Taxonomy, text: str, *, fuzzy: bool = True) -> list[Found]:
    """The skills named in ``text``, in order of first appearance; an ad in traditional characters is
    read as simplified, its spans and matched words are those of the text as written."""
    found: dict[int, Found] = {}
    spans_read: set[tuple[int, tuple[int, int]]] = set()  # (skill, span) pairs already listed
    written, text = text, simplified(text)

    def add(skill_id: int, confidence: float, span: tuple[int, int]) -> None:
        entry = taxonomy.skills[skill_id]
        item = found.get(skill_id)
        if item is None:
            item = found[skill_id] = Found(skill_id, entry.name, entry.category, confidence)
        item.confidence = max(item.confidence, confidence)
        item.optional = item.optional and preferred
        if (skill_id, span) in spans_read:
            return  # two words of one phrase that name the same skill (沟通、组织、协调能力): one span
        spans_read.add((skill_id, span))
        item.spans.append(span)
        matched = written[span[0] : span[1]]
        if matched not in item.matched:
            item.matched.append(matched)

    majors_cells = field_cells(text)  # a text table's 面向专业 column
    for c_start, c_end in skill_clauses(text):
        clause = text[c_start:c_end]
        preferred = bool(_PREFERRED.search(clause))
        norm, offsets = _normalised_with_offsets(clause)
        covered = [False] * len(clause)
        not_skills = not_skill_spans(clause)  # in order, none overlapping
        not_skill_starts = [a for a, _b in not_skills]
        certificates, certificate_classes = _certificates_named(taxonomy, clause)
        taught, teacher_lists = teacher_skills(clause)
        for start, end, term in _dictionary_hits(taxonomy, norm, offsets, clause):
            o_start, o_end = offsets[start], offsets[end - 1] + 1
            if (
                _inside_any(certificate_classes, o_start, o_end)
                or _inside_any(teacher_lists, o_start, o_end)
                or _COMPANY_SUFFIX.match(clause, o_end)
                or _waived(clause, o_start, o_end)
                or _not_asked_for(taxonomy, term.skill_id, clause, o_start, o_end)
                or _inside_any(majors_cells, c_start + o_start, c_start + o_end)
            ):
                continue
            if _inside_longer(not_skills, not_skill_starts, o_start, o_end):
                continue
            for i in range(o_start, o_end):
                covered[i] = True
            add(
                term.skill_id,
                CONFIDENCE_CANONICAL if term.canonical else CONFIDENCE_ALIAS,
                (c_start + o_start, c_start + o_end),
            )
        phrased = (
            *certificates,
            *coordinated_terms(clause, taxonomy.lookup),
            *object_work_terms(clause, taxonomy.lookup),
            *phrase_hits(clause),
            *design_tool_hits(clause),
            *taught,
            *english_phrase_hits(clause),
        )
        for start, end, term in phrased:
            if all(covered[start:end]):
                continue  # inside terms the dictionary read: 写作 in 公文写作 is not a second skill
            if _inside_longer(not_skills, not_skill_starts, start, end):
                continue
            if _waived(clause, start, end) or _inside_any(majors_cells, c_start + start, c_start + end):
                continue
            entry = taxonomy.lookup(term)
            if entry is not None and not _not_asked_for(taxonomy, entry.id, clause, start, end):
                add(entry.id, CONFIDENCE_PHRASE, (c_start + start, c_start + end))
        if fuzzy and taxonomy.ascii_keys:
            for word in _ASCII_WORD.finditer(clause):
                if any(covered[word.start() : word.end()]):
                    continue
                key = normalise(word.group())
                if len(key) < FUZZY_MIN_CHARS:
                    continue
                # a word the dictionary knows was read or turned down above (无需Excel, App（Android）
                # 测试): it is no misspelling of itself
                if key in taxonomy.terms or _inside_longer(not_skills, not_skill_starts, *word.span()):
                    continue
                if any(key.endswith(e) and key[: -len(e)] in taxonomy.terms for e in _ENGLISH_ENDINGS):
                    continue
                after_article = _ENGLISH_NOUN.search(clause, max(0, word.start() - 8), word.start())
                if after_article or clause.startswith(("'s", "’s"), word.end()):
                    continue
                hit = process.extractOne(
                    key, taxonomy.ascii_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
                )
                # A misspelling keeps its first letter (Photoshp); team → steam is another word.
                if hit is not None and hit[0][0] == key[0]:
                    term = taxonomy.terms[hit[0]]
                    span = (c_start + word.start(), c_start + word.end())
                    add(term.skill_id, round(0.8 * hit[1] / 100, 3), span)
    return sorted(found.values(), key=lambda f: f.spans[0][0])
