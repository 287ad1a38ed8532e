"""A job title, read two ways: for the skills it names, and in the words the majors' job roles use.

Titles carry pay, perks, posting numbers and who is hiring. Extraction reads a title part by part
(:func:`title_clauses`), without its benefits, its pay and the word that says someone is hiring
(…招聘配送助理 is a delivery job, not recruiting work). Titles also say a job in words the role lists do
not (英文客服, 国贸助理, 4S店机电维修技师): the recommendation matches the cleaned title
(:func:`clean_title`: "客服专员（双休+五险一金）" → "客服专员") against the roles.
"""

from __future__ import annotations

import re
import unicodedata

from matchmaker.matching.engine.boilerplate import PERSONAL, WELFARE, WORKPLACES
from matchmaker.matching.engine.english_titles import in_role_words
from matchmaker.matching.engine.normalise import simplified

# A job title strings its parts with spaces, slashes and pluses ("电话客服专员+双休 +交金", but C++
# keeps its pluses), lists benefits and pay among them, and opens with who is hiring ("企业直招：").
# A space parts a title too, but not two English words ("Accounts Payable Clerk" is one part, its
# "accounts payable" a skill; "客服专员 双休" is two parts).
_PART_SEPARATORS = r"/／、&＆|＋()（）【】\[\],，;；:：!！"  # a lone + separates too, not C++'s
_TITLE_SEPARATORS = _PART_SEPARATORS + r"\s"
_TITLE_PARTS = re.compile(
    f"(?:[{_PART_SEPARATORS}]|(?<![A-Za-z+])\\+(?!\\+)|(?<![A-Za-z0-9])\\s|\\s(?![A-Za-z0-9]))+"
)
_WORDY = re.compile(r"[^\W\d_kK]")  # a part with a letter in it, not a sum like 5000 or 6K
_JOB_RANK = re.compile(r"专员|助理|主管|经理|顾问|文员|岗")
# A place or a scheme that welfare lists is also where some jobs are done or what they are named by
# (宿舍管理员, 班车司机, 社保协理员, 福利院护理员, and 船体检验员 spelt across 体检): such a word
# runs on, without a separator, into a job's name.
_PLACE_WORD = re.compile(WORKPLACES + r"|社保|公积金|福利(?=院)")
_NAMED_JOB = re.compile(
    r"[^\W\d_聘招]{0,5}?(?:员|师|工|专员|助理|顾问|主管|经理|护士|医生|司机|教练|销售|客服)"
    f"(?=$|[{_TITLE_SEPARATORS}+])"
)
_HIRING = re.compile(r"^(?:企业直招|高薪诚聘|高薪聘请|诚聘|诚邀|急聘|急招|直招|聘)")
# "LT公司全城招聘客服", "徐汇静安闵行招聘配送助理": who hires where, then the job. A recruiter's job
# keeps its 招聘 (招聘专员, 招聘与配置, 人事招聘), and so does a word that only ends in 聘 (应聘, 返聘).
_HIRED_AS = re.compile(
    r"(?:招聘|诚聘|急聘|急招|直招|聘请|(?<![招应返解续受])聘)"
    r"(?!专员|主管|经理|助理|顾问|岗|与|及|和|配置|培训|渠道|(?i:hr|recruit))"
)
# "地铁信号维护工程师（社招）": a part that only says how the hirer recruits, no work of the job
_HIRING_NOTE = re.compile(
    r"(?:\d*\s*届)?(?:春季|秋季|春|秋)?(?:社招|校招|社会招聘|校园招聘|急招|急聘|热招|直招|内推|长期招聘|常年招聘)"
)

# Bracketed notes, pay, posting numbers, and who is hiring ("智课教育诚邀…"): the hirer is the first
# part of the title, so the prefix stops at a bracket or separator ("应收账款会计(急聘" keeps its job).
# Digits spelt into a name (3D打印, 5G, C919, ISO9001) are not pay.
_NOISE = re.compile(
    r"[(（【\[].*?[)）】\]]|(?<![A-Za-z\d])\d+(?:[kK]|(?![A-Za-z\d]))[千万元/月天\-~+ 名位]*|"
    r"(?<![A-Za-z])[A-Za-z]\d{4,}|职位编号.*|"
    r"^[^(（【\[/／、\s]{0,12}?(?:诚聘|诚邀|急聘|高薪聘请)"
)
# "销售助理(外贸)", "设备技术员(半导体前道)": a few words in brackets after the job saying where it works.
# Not a condition, a perk, a place of hire, how it is hired (储备干部, 管培生), what it is not, the goods
# it handles or the employer (学徒可, 双休, 急聘, 实习, 有证优先, 劳务派遣, 不销售, 电子产品, 汽车内饰件,
# 电子厂).
_QUALIFIER = re.compile(r"([^\s/、,()|:]{2,})\(([\u4e00-\u9fff]{2,8}(?:/[\u4e00-\u9fff]{2,8})*)\)")
_HIRING_WORD = re.compile(r"[聘招]$")
_NOT_QUALIFIER = re.compile(
    r"可|优先|包|休|险|薪|提成|急|聘|[急直社校]招|招[聘人]|实习|学徒|储备|管培|培训生|应届|经验|不限|班|证|补|住|食|编号|名|人|[非无不免]|"
    r"产品|用品|商品|件$|长期|全职|兼职|劳务|派遣|外包|厂|公司|集团|"
    r"周|月|天|日|夜|早|晚|年|近|地铁沿线|区|路|市|省|县|镇|总部|门店"
)


# Titles say 英文客服, 客户服务专员, 警务辅助人员, Amazon运营, 海运OP or 国贸助理 where the roles say
# 英语客服, 客服专员, 辅警, 亚马逊运营, 海运操作 or 外贸助理.
_TITLE_SYNONYMS = (
    ("英文", "英语"),
    ("日文", "日语"),
    ("韩文", "韩语"),
    ("客户服务", "客服"),
    ("警务辅助人员", "辅警"),  # the formal name in a police recruitment notice
    ("(?i:amazon)", "亚马逊"),
    ("(?<![A-Za-z])OP(?![A-Za-z])", "操作"),  # a forwarder's 海运OP is its 海运操作
    ("外销(?:业务)?", "外贸业务"),  # an exporter's 外销员 is its 外贸业务员
    # 国贸助理, 国际贸易专员: the roles say 外贸 (a 国贸 before anything else may be the place, 国贸中心)
    ("(?:国贸|国际贸易)(?=业务|专员|助理|跟单|单证)", "外贸"),
    ("管培生", "管理培训生"),
    # the English abbreviations Chinese titles mix in: HR专员 is 人事专员, IT专员 the office's IT support,
    # CNC操机 a CNC operator, BD专员 business development, a sales post
    ("(?<![A-Za-z])HR(?=专员|助理|文员|主管|实习生)", "人事"),
    ("(?<![A-Za-z])IT(?:专员|助理)", "IT支持"),
    ("(?<=CNC)操机(?:员|工|师傅)?", "操作员"),
    ("(?<![A-Za-z])BD(?=专员|助理)", "销售"),
    ("(?i:4S店)", "汽车"),  # a car dealer's 4S店机电维修技师 is its 汽车维修技师
    ("(?<=[\u4e00-\u9fff]{2})储备(?=经理|主管)", ""),  # a 餐厅储备经理 is trained to be its 餐厅经理
)
_TITLE_SYNONYM_PATTERNS = tuple((re.compile(said), role_word) for said, role_word in _TITLE_SYNONYMS)


def title_parts(title: str) -> list[str]:
    """The parts of a job title that name the job: "诚聘客服专员 底薪+奖金+双休" → ["客服专员"]."""

    # "出纳月薪5000" names 出纳 and "周末双休聘客服专员" 客服专员, but 福利专员 is a job
    def benefit(match: re.Match) -> str:
        if _JOB_RANK.match(title, match.end()):
            return match.group()
        place = _PLACE_WORD.match(title, match.start())
        if place and place.end() == match.end() and _NAMED_JOB.match(title, match.end()):
            return match.group()
        return "，"

    # "国企物业公司招聘客服" → 国企物业公司, 客服: the employer's trade stays, the hiring word goes
    def hired_apart(part: str) -> list[str]:
        part = _HIRING.sub("", part)
        hired = list(_HIRED_AS.finditer(part))
        if hired and _WORDY.search(part[hired[-1].end() :]):
            return [part[: hired[-1].start()], part[hired[-1].end() :]]
        return [part]

    parts = _TITLE_PARTS.split(WELFARE.sub(benefit, title))
    return [
        p
        for part in parts
        for p in hired_apart(part)
        if _WORDY.search(p) and not PERSONAL.search(p) and not _HIRING_NOTE.fullmatch(p.strip())
    ]


def title_clauses(title: str) -> str:
    """A job title as text to extract skills from, one clause a part. Read whole, the benefits in a
    title would make it a welfare clause and hide the job."""
    return "，".join(title_parts(title))


def _qualified(match: re.Match) -> str:
    """A job and its bracketed note, the note read first when it names a trade (地铁车辆检修工), or
    each of the trades it names (运营专员（新媒体/短视频） → 新媒体运营专员/短视频运营专员)."""
    job, notes = match.group(1), [note.removesuffix("方向") for note in match.group(2).split("/")]
    if _HIRING_WORD.search(job):
        return match.group(2)  # 急聘（销售助理/后勤）: the jobs are in the bracket, not before it
    if all(len(note) >= 2 and not _NOT_QUALIFIER.search(note) for note in notes):
        return "/".join(note + job for note in notes)
    return match.group()


def clean_title(title: str) -> str:
    """The job title without bracketed notes, pay, benefits and posting numbers, in the roles' words;
    a bracket that only says which trade (车辆检修工（地铁）) is read before the job (地铁车辆检修工)."""
    title = in_role_words(unicodedata.normalize("NFKC", simplified(title)))
    title = _QUALIFIER.sub(_qualified, title)
    title = _NOISE.sub(" ", title).strip()
    title = " ".join(title_parts(title))
    for said, role_word in _TITLE_SYNONYM_PATTERNS:
        title = said.sub(role_word, title)
    return title
