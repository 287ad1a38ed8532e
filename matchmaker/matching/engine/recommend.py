"""Which majors should an enterprise recruit from for a job: ranking the catalog's skill profiles.

A job is a set of demanded skills (weights: required > optional; soft skills weigh little; skills
named in the title weigh more). A major scores by

* coverage — the share of the job's (IDF-weighted) demand its profile covers, and
* focus — the share of the major's own (IDF-weighted) profile the job uses, which keeps broad
  majors from winning on common skills alone,

title fit — how well the job title names one of the major's job roles (职业面向: 物流专员,
出纳, 电商运营 …), the employer's trade's name for a job every trade has (a 客服专员 at a fund
house is 金融服务与管理's 金融客服) or, failing that, the major's own field — field fit — whether
the ad's degree line names the major's field (物流或国际贸易相关专业优先) — and industry fit —
whether the employer works in a GB/T 4754 division the major's graduates serve (a 客服 job at a
forwarder is a logistics job). IDF is taken over the majors' profiles, so skills every major lists
(沟通能力, 办公软件) count for little. The five parts add up to the score.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from matchmaker.matching.engine.fields import JOINER
from matchmaker.matching.engine.levels import LEVEL_ORDER
from matchmaker.matching.engine.listed_majors import MajorNames
from matchmaker.matching.engine.titles import clean_title

WEIGHT_REQUIRED = 1.0
WEIGHT_OPTIONAL = 0.5
WEIGHT_SOFT = 0.4
TITLE_BOOST = 1.5
COVERAGE_SHARE = 0.25
FOCUS_SHARE = 0.04
TITLE_SHARE = 0.42
FIELD_SHARE = 0.25
INDUSTRY_SHARE = 0.04
MIN_COVERAGE = 0.1  # a major neither the title nor the field names must cover this share of the demand
FIELD_IN_NAME = 1.0  # the ad names a field the major's name contains (物流 → 现代物流管理)
FIELD_CORE = 0.7  # the major's distinctive word is in the field the ad names (国际贸易 ∋ 贸易)
FIELD_PART = 0.7  # half of a major's name the ad lists whole (安全 of 食品质量与安全)
ROLE_FUZZY_CUTOFF = 90.0
ROLE_RANK_DECAY = 0.5
INDUSTRY_RANK_DECAY = 0.5  # a major's divisions are listed most typical first, like its roles
STEM_MATCH = 0.85  # the title names a role's function but another rank (客服助理 for 客服专员)
SPLIT_MATCH = 0.85  # the title names a role with words between its halves (空运出口客服 for 空运客服)
BARE_ROLE = 0.5  # a role that is only a rank (文员, 助理) says less than one that names a function
NAME_MATCH = 0.5  # title fit when only the major's field (e.g. 会计 of 大数据与会计) is in the title
PART_BONUS = 0.25  # a title's second post a major also lists adds this share of its fit
# A job every trade has (客服专员), at an employer of one trade, fits that trade's majors through their
# own name for it (金融客服 at a fund house) this much: under a role the title names at a major's third
# place (0.5), so the trade places its majors and the ad's skills still decide between them.
TRADE_FIT = 0.3
TRADE_SPREAD = 3  # a job is every trade's when the majors listing it are in this many 专业大类
# Employers of any trade file under these (wholesale, retail, internet, software, business services):
# a 客服 there names no trade.
_ANY_TRADE_DIVISIONS = frozenset({"51", "52", "64", "65", "72"})
COUNTERPART = 0.8  # a role only another level's majors list, carried to this level's counterpart
_RANK_WORDS = "专员|助理|文员|代表|人员"  # ranks of one job: 客服专员 and 客服助理 do the same work
_HEAD = re.compile(f"({_RANK_WORDS}|主管|经理|主任|顾问|员|师)$")
_RANK = re.compile(f"({_RANK_WORDS})$")
_DOER = re.compile(f"({_RANK_WORDS}|员|师|工|手)")  # who does the work, at one of those ranks
# 电梯维保工 and 电梯维保员 are one job, and so are 软件测试员 and 软件测试工程师 and an apprentice
# (车床学徒) of the trade: the worker is said with one of these endings or another.
_DOER_ENDING = re.compile(r"(学徒|技术员|技工|技师|师傅|工程师|工|员|师)$")
# A project is any job's: 项目执行专员 and 跑车项目投诉专员 are not 项目助理 at another rank.
_NO_FUNCTION = frozenset({"项目"})
# 医生助理 and 总经理助理 assist a person: a title naming the person (手术医生) is no near-miss of them.
_PERSON = re.compile(r"(医生|经理|店长|院长|场长|总裁|总监|律师|法官|检察官|导演|主播|老师)$")
_GENERIC = re.compile(
    r"(技术|管理|服务|工程|应用|与|及|和|专业|运营|设计|制造|维修|检测|营销|维护|运行|智能|现代|数字|"
    r"设备|系统|生产|工艺|信息|经营|综合|安全|实务|开发|操作|检验|监测|规划|处理|优化|加工)"
)


@dataclass(frozen=True)
class MajorProfile:
    code: str
    name: str
    level: str
    skills: dict[int, float]
    industries: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Demand:
    skill_id: int
    weight: float
    soft: bool = False
    from_title: bool = False


@dataclass
class Recommendation:
    code: str
    name: str
    level: str
    score: float
    coverage: float
    focus: float
    title_fit: float
    title_match: str | None = None
    field_fit: float = 0.0
    field_match: str | None = None
    industry_fit: float = 0.0
    industry_match: str | None = None
    matched: list[dict] = field(default_factory=list)
    industries: tuple[str, ...] = ()
    title_via: dict | None = None  # the other level's major whose role the title names (a counterpart)


def _name_core(name: str) -> list[str]:
    return [p for p in _GENERIC.split(name) if len(p) >= 2 and not _GENERIC.fullmatch(p)]


def _specialises(role: str, name: str) -> bool:
    """``role`` is another job than ``name`` with words added: a specialisation (日语客服 of 客服) or
    anything added to a person (总经理助理 of 总经理) or a supervisor's rank (客服主管 of 客服), not
    only the doer of the work (视频剪辑师 of 视频剪辑)."""
    if name not in role:
        return False
    return bool(_HEAD.search(name) or _PERSON.search(name)) or not _DOER.fullmatch(role.replace(name, "", 1))


def _class_key(code: str) -> str:
    """A 专业类 the same at every level: the catalog numbers 邮政类 7007 (中职), 5007 (高职) and 3007 (本科),
    each level's 大类 twenty below the last's (中职 61–79, 高职 41–59, 本科 21–39)."""
    return f"{int(code[0]) % 2}{code[1:4]}"


def _cosine(a: dict[int, float], b: dict[int, float]) -> float:
    dot = sum(w * b[s] for s, w in a.items() if s in b)
    return dot / (math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values())) or 1.0)


def _parts(text: str) -> set[str]:
    """Every substring of ``text`` of two characters or more: what an index of names is probed with."""
    return {text[i:j] for i in range(len(text)) for j in range(i + 2, len(text) + 1)}


def _outside_longer(text: str, words: set[str]) -> set[str]:
    """The ``words`` that ``text`` writes somewhere other than inside a longer one of them."""
    spans = {word: [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)] for word in words}

    def inside_longer(word: str, start: int, end: int) -> bool:
        return any(
            a <= start and end <= b for other in words if len(other) > len(word) for a, b in spans[other]
        )

    return {word for word in words if any(not inside_longer(word, *span) for span in spans[word])}


class MajorIndex:
    """An inverted index skill → majors over the profiles, with IDF weights."""

    def __init__(self, profiles: Iterable[MajorProfile]):
        self.profiles = {p.code: p for p in profiles}
        self.by_skill: dict[int, list[tuple[str, float]]] = defaultdict(list)
        for p in self.profiles.values():
            for skill_id, weight in p.skills.items():
                self.by_skill[skill_id].append((p.code, weight))
        self.majors_with = {
            skill_id: tuple(code for code, _w in pairs) for skill_id, pairs in self.by_skill.items()
        }
        n = max(1, len(self.profiles))
        self.idf = {s: math.log(1 + n / len(majors)) for s, majors in self.by_skill.items()}
        self.mass = {
            p.code: sum(w * self.idf[s] for s, w in p.skills.items()) or 1.0 for p in self.profiles.values()
        }
        self.cores = {p.code: _name_core(p.name) for p in self.profiles.values()}
        self.by_class: dict[str, list[MajorProfile]] = defaultdict(list)
        for p in self.profiles.values():
            self.by_class[_class_key(p.code)].append(p)
        self._counterparts: dict[tuple[str, str], str | None] = {}  # (code, level) → counterpart
        # Probed with a text's substrings, so a title or a field costs its length, not the catalog's.
        self.by_core: dict[str, list[str]] = defaultdict(list)
        self.by_name_part: dict[str, list[str]] = defaultdict(list)
        self.names = {(p.name, p.level) for p in self.profiles.values()}
        self.major_names = MajorNames(p.name for p in self.profiles.values())  # read in an ad by named_fields
        for p in self.profiles.values():
            for core in set(self.cores[p.code]):
                self.by_core[core].append(p.code)
            for part in _parts(p.name):
                self.by_name_part[part].append(p.code)
        self.by_role: dict[str, list[str]] = defaultdict(list)
        self.role_rank: dict[tuple[str, str], int] = {}
        for p in self.profiles.values():
            for rank, role in enumerate(p.roles):
                if len(role) >= 2:
                    self.by_role[role].append(p.code)
                    self.role_rank[(role, p.code)] = rank
        self.role_order = {role: i for i, role in enumerate(self.by_role)}
        self.fuzzy_roles = [role for role in self.by_role if len(role) >= 3]
        # 空运客服 → (空运, 客服): the halves a title may name apart. A bare rank is no half (物流主管 is
        # not named by 物流公司行政主管).
        self.by_half: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for role in self.by_role:
            for i in range(2, len(role) - 1):
                if not _HEAD.fullmatch(role[i:]):
                    self.by_half[role[:i]].append((role[i:], role))
        # 客服专员 → 客服: a title with the same function and another rank still names the role.
        self.by_stem: dict[str, list[str]] = defaultdict(list)
        for role in self.by_role:
            stem = _RANK.sub("", role)
            if stem != role and len(stem) >= 2 and stem not in _NO_FUNCTION:
                self.by_stem[stem].append(role)
        # the jobs every trade has: roles the majors of TRADE_SPREAD 专业大类 or more list (客服专员)
        self.every_trades = {
            role
            for role, codes in self.by_role.items()
            if len({_class_key(c)[:2] for c in codes}) >= TRADE_SPREAD
        }
        # 客服 → 金融客服, 物业客服 …: roles naming a job and the trade it is done in. A bare rank is no
        # job (出纳文员 is not a trade's 文员), nor is a generic word a trade (技术销售).
        self.by_trade: dict[str, list[str]] = defaultdict(list)
        for role in self.by_role:
            for i in range(2, len(role) - 1):
                trade, job = role[:i], role[i:]
                if (job in self.by_role or job in self.by_stem) and not (
                    _HEAD.fullmatch(job) or _GENERIC.fullmatch(trade)
                ):
                    self.by_trade[job].append(role)
        # 电梯维保员 → 电梯维保: what a title ending in another doer's character (电梯维保工) still names.
        self.by_doer_stem: dict[str, list[str]] = defaultdict(list)
        for role in self.by_role:
            ending = _DOER_ENDING.search(role)
            # a bare verb is no stem (设计, 维修): 设计工程师 is not 设计师
            stem = role[: ending.start()] if ending else ""
            if len(stem) >= 2 and not _GENERIC.fullmatch(stem) and not _RANK.search(role):
                self.by_doer_stem[stem].append(role)

    def title_fit(self, title: str) -> dict[str, tuple[float, str]]:
        """Major code → (fit 0–1, what matched) for the job title. A title naming two posts
        (汽修学徒/机修工) fits a major that lists both better than one that lists either."""
        title = clean_title(title)
        fits = self._cleaned_title_fit(title)
        segments = [x for x in title.split(" ") if len(x) >= 2]  # clean_title joined its parts by spaces
        if len(segments) < 2:
            return fits
        by_segment = [self._cleaned_title_fit(segment) for segment in segments]
        for code, (fit, matched) in fits.items():
            each = sorted((seg[code][0] for seg in by_segment if code in seg), reverse=True)
            if len(each) >= 2:
                fits[code] = (min(1.0, fit + PART_BONUS * each[1]), matched)
        return fits

    def _cleaned_title_fit(self, title: str) -> dict[str, tuple[float, str]]:
        """title_fit of a title clean_title has already cleaned, before any second post's bonus."""
        fits: dict[str, tuple[float, str]] = {}
        if not title:
            return fits
        parts = _parts(title)
        segments = [x for x in title.split(" ") if len(x) >= 2]  # clean_title joined its parts by spaces
        named = parts & self.by_role.keys()
        # 工商注册专员 names that role, not the 注册专员 inside it (a drug registration job); 钳工/装配钳工
        # names both.
        exact = sorted(_outside_longer(title, named), key=self.role_order.get)
        # 电梯维保工 is 电梯维保员 said another way, and 管道维护工 is not the 护工 inside it.
        swapped = self._doer_swaps(segments, exact)
        inside = set(swapped.values())
        exact = [role for role in exact if not any(role != said and role in said for said in inside)]
        matched = dict.fromkeys(exact, 1.0)
        for role in swapped:
            matched.setdefault(role, STEM_MATCH)
        # QA专员 is the QA some majors list without a rank: the same job at another rank.
        for role in exact:
            stem = _RANK.sub("", role)
            if stem != role and stem in self.by_role and not _HEAD.fullmatch(stem):
                matched.setdefault(stem, STEM_MATCH)
        said_whole = list(matched)  # the roles the title names, as they are or with another doer
        # Near-misses (装配技术员 for 装配工艺技术员) through RapidFuzz's batch scorer. A role that only
        # adds a specialisation to a role the title names exactly (景区运营专员 for 运营专员), or to the
        # title itself (日语客服 for 客服), is not one; one that only adds who does it is (视频剪辑师 for
        # 视频剪辑). A title that is a role has none: 表面处理操作工 is not a near-miss of 水处理操作工
        # but another job spelt alike.
        # A title naming a role has no near-miss that is another job (化工设备维修工 for 设备维修电工, which
        # names 维修电工), only one adding who does it (视频剪辑师 for 视频剪辑): only those are scored.
        near = []
        if title not in named:
            choices = self.fuzzy_roles
            if said_whole:
                choices = [role for role in choices if any(name in role for name in said_whole)]
            near = process.extract(
                title, choices, scorer=fuzz.partial_ratio, score_cutoff=ROLE_FUZZY_CUTOFF, limit=None
            )
        for role, _score, _ in near:
            if role not in named and not any(_specialises(role, name) for name in said_whole + segments):
                matched.setdefault(role, 0.8)
        for head in sorted(parts & self.by_half.keys(), key=title.find):
            after = title.find(head) + len(head) + 1  # at least one character between the halves
            for tail, role in self.by_half[head]:
                # 汽车电器维修工 is a role of its own, not 汽车维修工 with 电器 between
                if tail in title[after:] and not any(head in name and tail in name for name in said_whole):
                    matched.setdefault(role, SPLIT_MATCH)
                    # 食品厂质检员 names 食品质检员: the 质检员 it ends with is that job, not any 质检员
                    # (外贸采购/单证员 are two jobs, and 外贸 is the buyer's)
                    if any(head in segment and tail in segment for segment in segments):
                        for name in [name for name in exact if name != role and role.endswith(name)]:
                            matched.pop(name, None)
        named_stems = {_RANK.sub("", name) for name in said_whole}
        for stem in sorted(parts & self.by_stem.keys(), key=lambda s: self.role_order[self.by_stem[s][0]]):
            if any(stem != longer and stem in longer for longer in named_stems):
                continue
            for role in self.by_stem[stem]:
                matched.setdefault(role, STEM_MATCH)
        for role, fit in matched.items():
            codes = self.by_role[role]
            # A longer role is a more specific reading of the title.
            fit *= min(1.0, 0.6 + 0.1 * len(role)) * (BARE_ROLE if _HEAD.fullmatch(role) else 1.0)
            for code in codes:
                # Roles are listed most typical first: the first role names the major's core job.
                ranked = fit / (1.0 + ROLE_RANK_DECAY * self.role_rank[(role, code)])
                if ranked > fits.get(code, (0.0, ""))[0]:
                    fits[code] = (ranked, role)
        if exact or swapped:
            # The title names a job: 网络 in 网络客服 says where the 客服 works, not which major it is.
            return fits
        # 新能源汽车 names 新能源汽车检测与维修技术's field, not the 汽车 inside it (汽车技术服务与营销)
        cores = _outside_longer(title, parts & self.by_core.keys())
        for code in {code for core in cores for code in self.by_core[core]}:
            for core in self.cores[code]:
                if core in cores and fits.get(code, (0.0, ""))[0] < NAME_MATCH:
                    fits[code] = (NAME_MATCH, core)
        return fits

    def _doer_swaps(self, segments: list[str], exact: list[str]) -> dict[str, str]:
        """Role → the title's words for it, for each segment ending in a doer (工, 员, 技师, 学徒 …) whose
        words before it name a role with another doer's ending (电梯维保工 → 电梯维保员) or a role of
        their own (物流调度员 → 物流调度, not the 调度员 inside it). A role the segment ends with as it
        is (视频剪辑师 of 短视频剪辑师) stands unless the words before the doer say more."""
        swaps: dict[str, str] = {}
        for segment in segments:
            ending = _DOER_ENDING.search(segment)
            if ending is None:
                continue
            ends_with = max((role for role in exact if segment.endswith(role)), key=len, default="")
            # the words the role it ends with puts before the same doer (工艺 of 工艺技术员)
            role_stem = ends_with[: len(ends_with) - len(ending.group())] if ends_with else ""
            for start in range(ending.start() - 1):  # the longest words first, at least two of them
                said, stem = segment[start:], segment[start : ending.start()]
                if said in self.by_role:
                    break  # the title names this role as it is
                if len(stem) <= len(ends_with):
                    # 视频剪辑师 of 短视频剪辑师 stands, but 电池片工艺技术员 is 电池片工艺员 with another
                    # doer: the words before 工艺 make it a worker of its own
                    doers = self.by_doer_stem.get(stem, []) if len(stem) > len(role_stem) else []
                    swaps.update(dict.fromkeys(doers, said))
                    break
                own = [stem] if stem in self.by_role and not _HEAD.fullmatch(stem) else []
                roles = self.by_doer_stem.get(stem, []) + own
                if roles:
                    swaps.update(dict.fromkeys(roles, said))
                    break
        return swaps

    def field_fit(self, fields: Iterable[str]) -> dict[str, tuple[float, str]]:
        """Major code → (fit 0–1, which field) for the fields of study an ad's degree line names."""
        fits: dict[str, tuple[float, str]] = {}
        fields = list(fields)
        # 食品质量与安全 listed whole names its major; its halves (安全) name a hundred others
        wholes = [f for f in fields if JOINER.search(f) and f in self.by_name_part]
        for named in fields:
            in_name = set(self.by_name_part.get(named, ()))
            half = any(named != whole and named in whole for whole in wholes)
            # 电子商务 names the e-commerce majors; the 电子 inside it does not name electronics.
            cored = (
                set()
                if in_name
                else {code for core in _parts(named) & self.by_core.keys() for code in self.by_core[core]}
            )
            for code in in_name | cored:
                if code in in_name:
                    # 建筑工程技术 is a major's whole name: 古建筑工程技术 only holds it (中职's 文秘 is not
                    # 高职's, so there 现代文秘 is the field's major)
                    major = self.profiles[code]
                    another = major.name != named and (named, major.level) in self.names
                    fit = FIELD_PART if half or another else FIELD_IN_NAME
                else:
                    fit = FIELD_CORE
                if fit > fits.get(code, (0.0, ""))[0]:
                    fits[code] = (fit, named)
        return fits

    def industry_fit(self, code: str, divisions: frozenset[str]) -> tuple[float, str | None]:
        """(fit 0–1, which division) of a major for an employer working in ``divisions``."""
        for rank, division in enumerate(self.profiles[code].industries):
            if division in divisions:
                return 1.0 / (1.0 + INDUSTRY_RANK_DECAY * rank), division
        return 0.0, None

    def recommend(
        self,
        demands: list[Demand],
        *,
        title: str = "",
        fields: Iterable[str] = (),
        industries: Iterable[str] = (),
        level: str | None = None,
        limit: int = 10,
    ) -> list[Recommendation]:
        weights: dict[int, float] = {}
        soft = {d.skill_id for d in demands if d.soft}
        for d in demands:
            w = d.weight * (WEIGHT_SOFT if d.soft else 1.0) * (TITLE_BOOST if d.from_title else 1.0)
            weights[d.skill_id] = max(weights.get(d.skill_id, 0.0), w)
        idf_default = max(self.idf.values(), default=1.0)
        total = sum(w * self.idf.get(s, idf_default) for s, w in weights.items())
        covered: dict[str, float] = defaultdict(float)
        used: dict[str, float] = defaultdict(float)
        named: set[str] = set()  # majors a hard skill of the job is in
        for skill_id, w in weights.items():
            idf = self.idf.get(skill_id)
            if idf is None:
                continue
            # the hot loop of a request (a common skill is in hundreds of majors): (w * idf) * mw is the
            # product w * idf * mw, bit for bit
            share = w * idf
            for code, mw in self.by_skill[skill_id]:
                covered[code] += share * mw
                used[code] += mw * idf
            if skill_id not in soft:
                named.update(self.majors_with[skill_id])
        divisions = frozenset(industries)
        fits = self.title_fit(title) if title else {}
        trades = divisions - _ANY_TRADE_DIVISIONS
        if fits and trades:
            fits = self._with_trades(fits, trades)
        field_fits = self.field_fit(fields)
        # The employer's industry ranks majors the job's text put forward; on its own it names none, and
        # nor do soft skills: 亲和力 alone does not make a 美发助理 a 婴幼儿托育 job.
        candidates = named | set(fits) | set(field_fits)
        scored = self._scored(candidates, level, covered, used, total, fits, field_fits, divisions)
        via: dict[str, str] = {}
        if not scored and level is not None:
            # Only 中职 majors list 快递分拣员: asked at 高职, the answer is their counterparts, not nothing.
            fits, via = self._counterpart_fits(fits, level)
            scored = self._scored(set(fits), level, covered, used, total, fits, field_fits, divisions)
        # Only the returned majors need their explanation built.
        return [
            self._explain(code, -neg, coverage, focus, fits, field_fits, divisions, weights, via.get(code))
            for neg, code, coverage, focus in heapq.nsmallest(limit, scored)
        ]

    def _with_trades(self, fits: dict[str, tuple[float, str]], trades: frozenset[str]) -> dict:
        """``fits`` with the majors of the employer's trade (its divisions, ``trades``) fitting a job
        every trade has that the title names without one: a 客服专员 at a fund house is also finance's
        金融客服 (金融服务与管理), beside 市场营销's 客服专员. A major's first division is its trade."""
        said = {role for _fit, role in fits.values()}
        # the jobs the title names that majors of many 专业大类 list, and their function (客服 of 客服专员)
        jobs = {job for role in said & self.every_trades for job in (role, _RANK.sub("", role))}
        widened = dict(fits)
        for job in sorted(jobs & self.by_trade.keys()):
            for trades_role in (r for r in self.by_trade[job] if r not in said):
                for code in self.by_role[trades_role]:
                    industries = self.profiles[code].industries
                    in_trade = bool(industries) and industries[0] in trades
                    if in_trade and widened.get(code, (0.0, ""))[0] < TRADE_FIT:
                        widened[code] = (TRADE_FIT, trades_role)
        return widened

    def _scored(self, candidates, level, covered, used, total, fits, field_fits, divisions) -> list:
        """(−score, code, coverage, focus) of each candidate at ``level`` worth recommending."""
        scored = []
        for code in candidates:
            if level is not None and self.profiles[code].level != level:
                continue
            coverage = covered.get(code, 0.0) / total if total else 0.0
            focus = used.get(code, 0.0) / self.mass[code]
            fit = fits.get(code, (0.0, None))[0]
            field = field_fits.get(code, (0.0, None))[0]
            if not fit and not field and coverage < MIN_COVERAGE:
                continue  # one minor skill in common (交通 for a 辅警 at 中职) is no reason to recruit there
            industry = self.industry_fit(code, divisions)[0] if divisions else 0.0
            score = 100.0 * (
                COVERAGE_SHARE * coverage
                + FOCUS_SHARE * focus
                + TITLE_SHARE * fit
                + FIELD_SHARE * field
                + INDUSTRY_SHARE * industry
            )
            scored.append((-round(score, 2), code, coverage, focus))
        return scored

    def _counterpart_fits(
        self, fits: dict[str, tuple[float, str]], level: str
    ) -> tuple[dict[str, tuple[float, str]], dict[str, str]]:
        """The role fits of lower levels' majors carried to their counterparts at ``level`` (the major
        of the same 专业类 whose skills are most alike), scaled by COUNTERPART; and counterpart → the
        major it stands for. A 高职 graduate can take a post a 中职 major trains for, not the reverse
        (项目经理 is no 中职 post); and a word of a major's name is no post (城市 of 城市设计数字技术)."""
        carried: dict[str, tuple[float, str]] = {}
        via: dict[str, str] = {}
        below = LEVEL_ORDER[: LEVEL_ORDER.index(level)] if level in LEVEL_ORDER else ()
        for code, (fit, role) in fits.items():
            if self.profiles[code].level not in below or role not in self.by_role:
                continue
            counterpart = self.counterpart(code, level)
            if counterpart and COUNTERPART * fit > carried.get(counterpart, (0.0, ""))[0]:
                carried[counterpart] = (COUNTERPART * fit, role)
                via[counterpart] = code
        return carried, via

    def counterpart(self, code: str, level: str) -> str | None:
        """The major at ``level`` in ``code``'s 专业类 whose skill profile is most like its own: 中职
        邮政快递运营 (700701) → 高职 邮政快递运营管理 (500701)."""
        if (code, level) not in self._counterparts:
            mine = self.profiles[code].skills
            same_class = [p for p in self.by_class[_class_key(code)] if p.level == level]
            closest = max(same_class, key=lambda p: (_cosine(mine, p.skills), p.code), default=None)
            self._counterparts[(code, level)] = closest.code if closest else None
        return self._counterparts[(code, level)]

    def _explain(
        self, code, score, coverage, focus, fits, field_fits, divisions, weights, via=None
    ) -> Recommendation:
        profile = self.profiles[code]
        # the job's skills the major teaches, in the job's order (only the returned majors need them)
        pairs = [(skill_id, profile.skills[skill_id]) for skill_id in weights if skill_id in profile.skills]
        fit, fit_on = fits.get(code, (0.0, None))
        field, field_on = field_fits.get(code, (0.0, None))
        industry, industry_on = self.industry_fit(code, divisions)
        return Recommendation(
            code=code,
            name=profile.name,
            level=profile.level,
            score=score,
            coverage=round(coverage, 4),
            focus=round(focus, 4),
            title_fit=round(fit, 4),
            title_match=fit_on,
            field_fit=round(field, 4),
            field_match=field_on,
            industry_fit=round(industry, 4),
            industry_match=industry_on,
            matched=[{"skill_id": s, "major_weight": w} for s, w in sorted(pairs, key=lambda x: -x[1])],
            industries=profile.industries,
            title_via=None
            if via is None
            else {"code": via, "name": self.profiles[via].name, "level": self.profiles[via].level},
        )
