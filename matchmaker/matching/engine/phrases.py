"""Skills an ad states in a phrase rather than a term: "学习、创新及沟通能力", "为客户提供优质服务".

The dictionary finds names and aliases; ads also write requirements as coordinated phrases (one
suffix shared by several words) and as short duty patterns. Both are read here, clause by clause,
and resolved to canonical skills by name, so a phrase never invents a skill the taxonomy lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# "学习、创新及沟通能力" → 学习能力, 创新能力, 沟通能力: the suffix is shared by every conjunct.
_COORDINATED = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}[、及和与/]){1,5}[\u4e00-\u9fff]{2,4})(能力|意识|精神|技巧|技能|知识)"
)
_CONJUNCTION = re.compile(r"[、及和与/]")

# Canonical skill name → phrasings: regular expressions over one clause of the ad (NFKC not needed:
# they are Chinese-only).
PHRASES: dict[str, tuple[str, ...]] = {
    "数据分析": (
        r"(数据|销量|报表|行情|业绩).{0,8}(分析|统计)",
        r"分析报告",
        r"(统计|汇总).{0,2}分析",
        r"(分析|统计|汇总).{0,4}数据",
    ),
    "积极主动": (r"(工作|做事)主动", r"主动(沟通|学习|服务|性强)", r"进取", r"积极(乐观|向上)"),
    "客户服务": (
        r"(为|向)客户提供.{0,6}服务",
        r"优质.{0,2}服务",
        r"(解答|处理|受理).{0,6}(咨询|投诉|询问)",
        r"客户回访",
        r"(回答|答复|回复).{0,6}(询问|咨询|疑问|问题|提问)",
        r"(维护|保持|建立|维系).{0,8}客户.{0,3}关系",
        r"客户(维护|关系)",
    ),
    "商品管理": (r"(商品|产品|新品)(资料|建档|上架|下架|发布)", r"(新品|产品).{0,4}(上新|入驻)"),
    "库存管理": (r"库存", r"进销存", r"补货"),
    "信息收集整理": (
        r"(收集|搜集|采集|整理|汇总).{0,6}(信息|资料|反馈|意见|需求)",
        r"(信息|资料).{0,2}(收集|搜集|采集)",
    ),
    "销售技巧": (
        r"(说服|交际|推销|营销)技巧",
        r"促成.{0,6}(订单|交易|成交|销售)",
        r"销售(机会|业绩|目标)",
        r"(推荐|介绍|推广).{0,8}(产品|课程)",
        r"(开发|挖掘|寻找|拓展).{0,6}客户",
    ),
    "创新意识": (r"创新", r"富有创意", r"创意能力", r"思维活跃"),
    "会议组织": (r"会议.{0,6}(安排|组织|记录|筹备|纪要)", r"(组织|安排|筹备|协调).{0,4}会议"),
    "应变能力": (r"应变", r"突发(问题|情况|状况)", r"灵活", r"紧急事务"),
    "亲和力": (r"亲和", r"开朗", r"随和", r"性格(温和|外向|活泼|好)", r"(待人|为人)(热情|亲切|友善)"),
    "前台接待": (r"(来访|访客|来宾|客人).{0,6}接待", r"前台"),
    "电商客服": (r"(旺旺|千牛|买家|淘宝|天猫|京东).{0,8}(咨询|客服|问题)", r"中差评"),
    "逻辑思维": (r"逻辑", r"思路(清晰|清楚|敏捷)"),
    "成本意识": (r"成本意识",),
    "应收应付管理": (r"(货款|应收|应付|账款|付款|收款).{0,6}(跟踪|催|核对|对账|管理|结算)",),
    "学习能力": (r"(爱|好|善于|乐于|勤于|主动|快速)学习", r"学习(能力|力)"),
    "内容运营": (
        r"内容.{0,2}(编辑|发布|策划|创作|输出|更新|维护)",
        r"(公众号|微博|微信).{0,8}(内容|推文|文章)",
    ),
    "服务意识": (r"服务(意识|精神|态度|心态)", r"主动服务", r"热情服务"),
    "计算机应用基础": (
        r"(计算机|电脑)(基本)?(操作|应用|使用|基础)",
        r"(熟悉|熟练|掌握|会).{0,2}(电脑|计算机)(?!.{0,2}(办公|软件))",
    ),
    "呼叫中心": (r"热线",),
    "培训管理": (r"培训(管理|组织|计划|安排|工作)",),
    "外贸业务": (r"外贸(业务|流程|操作)",),
    "员工关系": (r"劳动(关系|纠纷|争议)",),
    "行政管理": (r"行政(类|事务|工作|作业)",),
    "人事事务": (r"(入职|离职|转正|调动|调任|升职|入离职).{0,10}(手续|办理|事务)", r"人事(手续|档案|事务)"),
    "责任心": (r"责任(心|感)", r"(认真|严谨)负责", r"工作负责"),
    "活动策划": (r"活动.{0,6}(策划|组织|方案)",),
    "职业道德": (r"正直", r"诚实", r"人品", r"守法", r"敬业", r"忠于职守", r"操守"),
    "社会保险业务": (r"社保.{0,4}(办理|缴纳|申报|增减)", r"(办理|缴纳|申报).{0,6}(社保|社会保险|公积金)"),
    "语言表达能力": (r"(?<!沟通)表达(能力|流利|清晰|顺畅)", r"口齿", r"(口头|书面)表达"),
    "团队协作": (r"团队(协作|合作|协助|精神|意识|奉献)", r"协作(精神|能力|意识)"),
    "绩效考核": (r"(绩效|考核)(管理|统计|核算|制度|方案|工作)", r"(员工|月度|季度).{0,4}考核"),
    "劳动法": (r"劳动(用工|合同)?.{0,4}(法|法规|政策)", r"人事.{0,4}(政策|法规)"),
    "公文写作": (
        r"(起草|拟写|草拟).{0,6}(文件|报告|文稿|公文|通知|材料)",
        r"应用文",
        r"文书(能力|写作|工作)",
    ),
    "文案写作": (r"写作", r"文字功底", r"(撰写|编写).{0,6}(文案|软文|文章)"),
    "吃苦耐劳": (r"吃苦", r"耐劳"),
    "日程与差旅管理": (r"(机票|酒店|车票|火车票).{0,4}(预订|预定|订购)", r"差旅"),
    "国际货运代理": (r"货代", r"(海运|空运|进出口).{0,6}(操作|业务)"),
    "抗压能力": (r"(承受|承担).{0,4}压力", r"抗压"),
    "执行力": (r"执行(能力|力)",),
    "沟通能力": (r"沟通", r"交流能力", r"善于.{0,2}交流"),
    "细致严谨": (r"细心", r"细致", r"严谨", r"认真仔细", r"踏实认真", r"认真踏实"),
}
_COMPILED = {name: re.compile("|".join(f"(?:{p})" for p in ps)) for name, ps in PHRASES.items()}


def coordinated_terms(clause: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, term) for each conjunct of a coordinated phrase, with the shared suffix added."""
    for match in _COORDINATED.finditer(clause):
        head, suffix = match.group(1), match.group(2)
        first, *rest = _CONJUNCTION.split(head)
        # The match may start early ("强的学习、创新能力"): try the first word's tails, shortest first.
        for word in [first[-n:] for n in range(2, len(first) + 1)] + rest:
            if len(word) >= 2:
                yield match.start(), match.end(), word + suffix


def phrase_hits(clause: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical name) for each phrasing of :data:`PHRASES` in ``clause``."""
    for name, pattern in _COMPILED.items():
        match = pattern.search(clause)
        if match:
            yield match.start(), match.end(), name
