"""Which parts of a job ad are not about skills: welfare, contacts, company blurbs, age/gender, degree.

An ad is cut into sentences, and sentences into comma-separated clauses. A sentence that belongs to a
company blurb or sits under a welfare/contact heading is skipped whole (so "提供Excel培训" under
福利 is not promoted to a requirement), and a welfare or company section goes on over its numbered
items until a duties or requirements heading ("【应聘要求】", "四、岗位要求") opens the next part.
A career path (横向发展：质检岗―培训岗) is skipped whole too. Otherwise only the clauses about welfare
(but not an HR duty such as 社保增减办理), contacts, age or gender, or what the posting is
(招聘岗位：物流专员) are skipped, and the rest of the sentence is read. A degree line names the
fields a candidate may have studied (物流管理或化学相关专业优先), not skills the job needs, so it is
skipped too. (A job title is read part by part, in titles.py.)
English ads (foreign-invested employers) get the same treatment in their words: "Benefits:", "We
offer", "is a leading supplier … founded in 1998", "Send your CV to", "Associate degree in logistics
management or related majors"; their sentences also end at a full stop before a capital and at bullets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_HAN = r"\u4e00-\u9fff"  # the CJK ideographs, inside a character class
# Sentence boundaries: line breaks, sentence punctuation, and list markers like "1、" "2." "（3）".
_SENTENCE = re.compile(
    r"[\n\r;；。!！?？•・●▪◆■]+|(?<=\s)[-*®]\s+|"  # bullets, and an English list's " - " / " * "
    r"(?<=[a-z\d)])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.\s+(?=[A-Z])|"  # an English sentence's full stop,
    # not Mr. Wang's
    rf"(?<=[A-Za-z\d){_HAN}])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.\s*(?=[{_HAN}])|"  # and one before
    # Chinese ("Japanese is a plus. 熟练使用CAD", "日语优先.熟悉PLC")
    r"(?<![\dA-Za-z\-])(?:\d{1,2}[、．)]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[)）])|"
    r"(?:^|(?<=[\s.,，:：]))[一二三四五六七八九十]{1,2}、"  # "二、薪资福利", but not 统一、规范
)
_CLAUSE = re.compile(r"[，,：:]+")
_HAN_NEXT = rf"(?=[{_HAN}])"  # an English heading's Chinese twin after it: "About Us 公司简介"
# Headings of a welfare or company section, which runs over its list items until a duties or
# requirements heading; other headings (联系, 工作时间) only skip their own sentence.
_SECTION_WORDS = (
    r"(?:公司|我们的|员工|额外|其他|其它)?"
    r"(?:福利|待遇|薪资福利|薪酬福利|公司简介|公司介绍|单位简介|单位介绍|企业简介|企业介绍|机构简介|"
    r"关于我们|我们提供|公司提供|"
    # English ads' headings: "Benefits:", "What we offer", "About us", "Company profile"
    r"(?i:(?:what\s+we\s+offer|we\s+offer|(?:our\s+)?benefits?(?:\s+package)?|welfare|"
    r"compensation(?:\s*(?:and|&)\s*benefits)?|about\s+(?:us|the\s+company)|company\s+(?:profile|introduction|overview)|"
    r"who\s+we\s+are|why\s+join\s+us)\s*(?:[:：]|$|" + _HAN_NEXT + ")))"
)
SECTION_HEADING = re.compile(
    r"^\W*(?:" + _SECTION_WORDS + r"|(?:公司|我们的|员工)?"
    r"(?:薪资|薪酬|联系|地址|工作地址|上班地址|工作地点|上班地点|工作时间|简介|报名(?:方式|办法)?|咨询)|"
    r"(?i:(?:work(?:ing)?\s+)?(?:location|address|hours|time)|contact(?:\s+us)?|how\s+to\s+apply|salary)"
    r"\s*(?:[:：]|" + _HAN_NEXT + "))"
)
# A list marker before a heading: "（一）职责", "3. 要求". One \W run, then an optional numeral and its
# own \W run: two \W* side by side would backtrack quadratically on a line of punctuation.
_MARKER = r"^\W*(?:[一二三四五六七八九十]{1,2}\W+)?"
SECTION_OPENING = re.compile(_MARKER + _SECTION_WORDS)
# An apprenticeship's or internship's offer under a heading of its own: the training the employer gives
# (【带教安排】实习第1周为安全教育和质量体系培训, 【培养方式】…), the career path and the pay, and a blurb
# named for the kind of employer (【园所介绍】, 【酒店简介】). Only as a heading in brackets or on a line of
# its own: "培训新员工" is a duty, and "培训：带薪岗前培训" one item of a list of perks.
_OFFER_WORDS = (
    r"(?:培养(?:方式|模式|计划)?|带教(?:安排|培养|方式|与培训)?|培训(?:安排|计划|体系|与取证|与带教|与发展)?|"
    r"晋升(?:通道|空间|路径)?|"
    r"职业发展|发展(?:通道|空间)|(?:实习|学徒|工资|薪资|订单)待遇|公司能给你|"
    r"(?:品牌|园所|银行|事务所|酒店|机构|医院|学校|门店|工厂)(?:简介|介绍))"
)
OFFER_HEADING = re.compile(_MARKER + _OFFER_WORDS + r"\s*(?:[】\]*]|[:：]?\s*$|[—\-]{2,}\s*$)")
# ... and written as one line ("培训安排：录用后在公司培训中心集中培训45天，内容包括…"): that line only.
OFFER_LINE = re.compile(_MARKER + _OFFER_WORDS + r"\s*[:：]")
# A sentence on the training the hire will get ("实习前一周进行入厂培训，内容包括三级安全教育、精益生产",
# "入职后参加医院统一岗前培训（医德医风、院感防控）", "第一阶段为入职培训：企业文化、5S管理") lists
# what the employer teaches, not what it asks; a trainer's duty (负责新员工入职培训, 对新员工进行岗前培训)
# is not one.
TRAINING_GIVEN = re.compile(
    r"(?:入职|入厂|进厂|录用|上岗|报到|实习)(?:后|前|时|先|初期|期间|人员|员工|第[一二三四1-4]周)[^，。；;]{0,24}?"
    r"(?:培训|安全教育|安全交底|带教|一带一)|"
    r"(?:参加|接受)(?!过)[^，。；;]{0,16}?培训|(?:讲师|老师|师傅)[^，。；;]{0,6}?(?:进校|来校)授课|"
    r"为期[^，。；;]{1,10}?培训|"
    r"(?:第[一二三四五1-5]阶段|第[一二三四1-4]周)[^，。；;]{0,12}?培训|培训(?:内容)?(?:包括|包含|涵盖)"
)
TRAINER_DUTY = re.compile(
    r"(?:负责|组织|协助|策划|开展|实施|对|为|给)[^，。；;]{0,8}(?:新员工|员工|新人|学员|店员|全员)"
)
# Any other bracketed heading (【招聘岗位】, 【面向专业】, 【加分项】) ends the section before it; a
# contact's, a place's or a time's (【招聘电话】) is read as before.
# A heading in bold (a WeChat post's "🎯 **你将负责**") is one too.
_NOT_A_SECTION = r"(?:电话|联系|地址|地点|投递|报名方式|邮箱|时间)"
_BRACKETED_HEADING = re.compile(
    rf"^\s*【(?![^】]*{_NOT_A_SECTION})[^】]{{1,12}}】|^\W*?\*\*(?![^*]*{_NOT_A_SECTION})[^*]{{1,12}}\*\*"
)
SKILL_HEADING = re.compile(
    # an internship's or apprenticeship's own headings too: 实习内容, 学生要求, 学徒要求
    # and what an order class asks (报名条件, 录用条件), and the posts a notice needs filled (岗位需求)
    r"(?:岗位|职位|工作|任职|招聘|应聘|主要|实习|学徒|学生|跟岗|顶岗|报名|录用|招收|申请)"
    r"(?:职责|描述|内容|要求|资格|条件)|(?:岗位|职位|用人|招聘)需求\s*[:：]?\s*$|"
    + _MARKER
    # "Key Responsibilities", "Main tasks:", "Your responsibilities", "Basic requirements"
    + r"(?:(?:key|main|major|primary|principal|core|essential|general|basic|minimum|preferred|your)\s+)?"
    + r"(?:职责|要求|你要做|你需要|你将负责|你要负责|(?:岗位)?主要工作|我们希望|我们需要|"
    r"Job|Responsibilit|Requirement|Qualification|Duties|"
    r"Tasks|What\s+you|What\s+we\s+(?:need|expect|require)|Your\s+(?:role|profile)|Who\s+you\s+are|"
    r"(?:What\s+)?We\s+are\s+looking|Skills|About\s+(?:you|the\s+(?:job|role))|The\s+role)",
    re.IGNORECASE,
)

_INSURANCE = r"(?:(?:医疗|商业|补充|意外|人身|养老|失业|工伤|生育)保险|医保)"  # welfare, and a product sold
# A perk's word spelt across a word boundary is not the perk: 车体|检修, 船体|检验, 整体|检查,
# 提|成本, 转|正常, 福利院.
WELFARE = re.compile(
    r"五险一金|五险|社保|公积金|双休|单休|大小周|做五休二|带薪|年假|年终奖|节日福利|福利待遇|员工旅游|班车|"
    r"包吃住|包吃|包住|食宿|宿舍|餐补|餐饮补贴|交通补贴|通讯补贴|住房补贴|体检(?![修验测查])|弹性工作|下午茶|"
    r"(?:报销|补贴)(?:油费|话费|车费|路费|交通费)|(?:油费|话费|车费|交通费|车票|机票|路费)(?:报销|补贴)|油补|话补|车补|"
    r"团建|加班费|薪资|薪酬待遇|工资待遇|底薪|提成(?![本品功])|绩效奖金|月薪|年薪|试用期|转正(?!常)|晋升空间|"
    r"(?:考试|考证|培训|学费)(?:费用?)?(?:报销|补贴)|"  # the hirer paying the hire's exam or course
    r"(?:额度|元)可(?:以|全额)?报销|"  # a meal or a phone bill up to an amount (聚餐400元额度可报销)
    r"发展空间|培训机会|福利(?!院)|"
    r"(?:篮球|乒乓球|羽毛球|台球|足球|网球)(?:场|室|桌|馆)|健身房|活动室|员工俱乐部|" + _INSURANCE + "|"
    r"晋升|职业发展|员工活动|员工子女|"
    # in English ads
    r"(?i:social\s+(?:insurance|security)|housing\s+(?:fund|provident)|13th[\s-]*(?:month|salary)|"
    r"(?:paid|annual)\s+(?:leave|vacation)|shuttle\s+bus|(?:commercial|medical|supplementary)\s+insurance|"
    r"year[\s-]*end\s+bonus|overtime\s+pay|free\s+(?:meals?|lunch|dormitory|accommodation)|dormitory|"
    r"team\s+building|(?:meal|transport(?:ation)?|shift|housing|phone|travel)\s+allowance|salary|"
    r"(?:year[\s-]*end|performance|annual|sales|quarterly|project)\s+bonus)"  # not a skill that "is a bonus"
)
# A career path ("横向发展：质检岗―培训岗―数据分析") lists jobs one may move to, not skills asked for.
CAREER_PATH = re.compile(
    r"横向发展|纵向发展|晋升通道|发展通道|晋升路径|发展路线|内部转岗|(?:专员|助理|员|师)\s*(?:->|→|—>|－>)|"
    r"培养体系\s*[:：]"  # a campus notice's training scheme: "培养体系：入职培训+师傅带教"
)
# "关键字: 销售助理、客户服务助理…", "… 职能类别：文员 资料员": the job board's search keywords and the
# post's category, job titles rather than skills; the ad's last sentence often runs into them. (After a
# space only a few marks: \W* there would be tried from every space of a long run of "· · ·" to its end.)
JOB_BOARD_TAIL = re.compile(r"(?:^\W*|(?<=\s)\W{0,2})(?:关键[字词]|职能类别)\s*[:：]")
# HR work on what welfare lists ("负责员工社保增减、公积金办理", "办理员工入职及转正", "进行薪资谈判",
# "员工福利及考勤的登记") is a duty, not a benefit offered; so is work in a place or with a product
# that welfare lists also name (健身房, 商业保险, 体检).
WORKPLACES = r"(?:体检|健身房|篮球场|活动室|宿舍|班车|" + _INSURANCE + ")"
_SCHEMES = r"(?:社保|公积金|五险一金|社会保险)"
WELFARE_DUTY = re.compile(
    _SCHEMES + r"[^，。；;]{0,8}(?:办理|申报|增减|核算|基数|参保|手续|年检)|"
    r"(?:办理|申报|核算)[^，。；;]{0,8}" + _SCHEMES + "|"
    r"(?:负责|协助|办理|建立健全|发放|核算|申报|登记)[^，。；;]{0,20}"
    r"(?:福利|转正|薪资|薪酬|晋升|团建|年假|宿舍|保险|医保|" + _SCHEMES + ")|"
    r"(?:薪资|薪酬|福利)(?:谈判|核算|发放|体系|制度|政策)|"
    # what an HR or a hospital clerk must know ("熟悉社保、公积金政策", "了解医保结算")
    r"(?:熟悉|了解|掌握|精通|懂得?)[^，。；;]{0,12}(?:医保|福利|薪酬|薪资|保险|体检|" + _SCHEMES + ")|"
    r"(?:福利|转正|薪资|薪酬)[^，。；;]{0,16}(?:手续|办理|管理|登记|实施|核算)|"
    # a benefit that is also a workplace or a product: 健身房会员接待, 商业保险销售, 体检报告解读
    # an English HR clerk's work on them ("calculate monthly salary", "social insurance enrolment")
    r"(?i:(?:calculat|process|administ|manag|prepar|handl|review|verif|declar|pay)\w*\s+[^,.;，。；]{0,30}"
    r"(?:salar|payroll|bonus|social\s+insurance|housing\s+fund|leave))|"
    r"(?i:(?:salary|payroll|social\s+insurance|housing\s+fund)\s+(?:calculation|administration|processing|"
    r"payment|declaration|enrol\w*|report\w*))|"
    r"(?:负责|协助|从事|销售|推销|管理|维护|接待|解读|调度|运营|经办|理赔|核保)[^，。；;]{0,10}"
    + WORKPLACES
    + "|"
    + WORKPLACES
    + r"[^，。；;]{0,6}(?:销售|推销|管理|维护|接待|解读|调度|运营|经办|理赔|核保|报告)"
)
# What the ad is about rather than what it asks for: "招聘岗位：物流专员", "特招聘2名客服专员",
# "招聘电焊工：" — the posting itself, not recruiting work (负责招聘工作, 制定招聘计划).
POSTING = re.compile(
    r"(?:招聘|应聘)(?:岗位|职位|人数|对象|条件|要求|简章|启事)|(?:岗位|职位)名称|"
    r"(?:现|特|急|诚|此次|本次)招聘|招聘\s*[\d一二三四五六七八九十两]+\s*[名位个]|"
    # "公司招聘电工" announces an electrician; "招聘专员" on its own is the recruiter's post
    r"^\W*(?:我司|本公司|公司)?招聘(?!(?:专员|主管|助理|经理|顾问)\W*$)[^\W\d]{1,10}?[工员师]\W*$"
)
WANTED = (  # how the name of a job an ad announces ends
    r"(?:员|师|工|生|手|长|人员|教练|顾问|管家|主管|保姆|月嫂|司机|经理|助理|学徒|"
    r"老师|客服|运营|场控|主播|销售|前台|收银|文案|医|干部|记者|编辑|工人)"
)
HEADCOUNT = r"(?:\d+\s*名|[一二三四五六七八九十两]名|若干)"
# "招聘： 仓管员3名…": a heading the posts follow, not recruiting work ("招聘：应聘人员接待" is).
_POSTS_HEADING = re.compile(r"\W*招聘\W*")
_POSTS_FOLLOW = re.compile(
    rf"\s*(?:[\d一二三四五六七八九十]+\s*[、.．]\s*)?[^\W\d_]{{1,12}}?{WANTED}\s*(?:{HEADCOUNT}|\d|[:：（(]|$)"
)
# "发布招聘职位", "做好各招聘岗位信息发布", "发放招聘启事": a recruiter's work on the postings.
RECRUITING_DUTY = re.compile(r"发布|发放|张贴|撰写|编写|做好|维护|筛选|渠道")
# A contact line ("联系电话：", "电话：[PHONE]", "请致电预约面试"), not a duty done by phone, WeChat or
# QQ ("对客户进行电话回访", "通过QQ、微信解答咨询", "手机维修"): a clause that is only the channel's
# name is the label of a contact, and one that names a channel among other words is read.
_CHANNEL = (
    r"(?:电话|手机|座机|传真|微信|QQ|邮箱|"
    r"(?<![A-Za-z])(?:e-?mail|wechat|tel|phone|contact(?:\s+(?:us|hr|person))?)(?![A-Za-z]))(?:号码?)?"
)
CONTACT = re.compile(
    # an e-mail address, read from where it starts and at most 64 characters before the @
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}[@＠][A-Za-z0-9-]{1,63}\.[A-Za-z]|"
    r"\[PHONE\]|\[EMAIL\]|联系人(?!员)|联系方式|联系(?:电话|手机|邮箱)|咨询电话|致电|简历请?投递|投递简历|面试地址|"
    r"^\W*" + _CHANNEL + r"\W*$|(?:接到|等待|留意)[^，。]{0,6}电话|"
    r"工作地点|公司地址|地址[:：]|乘车路线|交通便利|(?:近|靠近|临近|毗邻|距离?|步行)[^，。；;]{0,4}(?:地铁|公交)|"
    r"(?:地铁|轨交)\s*\d+\s*号线|\d+\s*号线[^，。；;]{0,8}站|(?:应聘|招聘|咨询|报名)(?:热线|专线)|"
    r"send\s+(?:your\s+)?(?:cv|resume|application)|(?:contact|wechat|tel|phone)(?:\s+(?:us|hr|id))?\s*[:：]|"
    r"how\s+to\s+apply|apply\s+(?:now|via|by|to)\b|www\.",
    re.IGNORECASE,
)
# "…微信：hr_2017": a clause ending in a contact's label, whose value follows the colon.
CONTACT_LABEL = re.compile(r"(?:" + _CHANNEL + r"|联系人|联系方式|地址|工作地点)\s*$", re.I)
# "招聘专业：道路与桥梁工程技术、市政工程技术": a clause ending in a field-of-study label, whose value (the
# majors wanted) follows the colon. The majors' names are the fields asked for, not skills.
FIELD_LABEL = re.compile(r"(?:专业(?:要求|方向|背景|范围)?|^\W*面向|^\W*(?:招聘|面向|招收)?对象)\s*$")
# ... and on a line of its own ("【面向专业】", "Majors｜面向专业", "专业要求："), over the lines below it
_FIELDS_HEADING = re.compile(
    r"^\W*(?:[A-Za-z][A-Za-z &]*\s*[｜|]\s*)?【?\s*([^\W\d_]{1,8})\s*】?\s*[:：]?\s*$"
)
# a line that opens something else ends such a list: a bracketed or bilingual heading ("Responsibilities｜
# 工作职责"), or a label alone on its line ("岗位职责：")
_LIST_ENDING = re.compile(r"^\s*【|^\W*[A-Za-z][A-Za-z &]*\s*[｜|]|^\W*[^\W\d_]{1,8}\s*[:：]\s*$")
_HEADING_MARK = re.compile(r"\s*([^\w\s【]+)")  # the symbol a heading line opens with (◎, ■, ▶)
MAX_FIELD_LINES = 6  # a longer run under the heading is no list of majors
MAX_LIST_LINE_CHARS = 80  # a longer line is prose, no item of a list
# "不要求：", "Not Required｜以下不作要求" on a line of its own: the items below it are waived
_WAIVED_HEADING = re.compile(
    r"^\W*(?:(?i:not\s+required)\s*[｜|]?\s*)?(?:以下)?(?:不作要求|不要求|不需要|无需|不必)[^\w]*$"
    r"|^\W*(?i:not\s+required)\W*$"
)
MAX_WAIVED_LINES = 8
_TABLE_BAR = re.compile(r"[|｜]")  # a text table's cell border
# "电工证公司统一安排考，费用报销": a bare 费用报销 after the exam the hirer arranges is the hirer paying it
_REIMBURSED = re.compile(r"\s*费用(?:全额)?(?:由公司)?报销\s*")
_EXAM_BEFORE = re.compile(r"(?:考|考取|考证|报考|培训)\s*[，,]\s*$")
_POSTSCRIPT = re.compile(r"\W*(?i:ps|p\.s\.?)\s*")  # "PS：表现优秀者…" is a note, no Photoshop
# "招聘岗位：前厅部接待员（实习）12名", "【岗位名称】机电维修学徒": the post's name, its title, not skills.
POST_LABEL = re.compile(
    r"(?:招聘|招收|招募|应聘|实习|学徒)(?:岗位|职位)(?:名称)?\s*$|^\W*(?:岗位|职位)(?:名称)?\s*$"
)
# A label in brackets carries its value in the same clause: "【面向专业】电子商务、移动商务".
_BRACKETED_LABEL = re.compile(r"^\W*【([^】]{1,10})】")
# The labels whose value is no skill: a contact's, the fields wanted, the post's name.
_VALUE_LABELS = (CONTACT_LABEL, FIELD_LABEL, POST_LABEL)
COMPANY = re.compile(
    r"(?:公司|单位|企业|机构)(?:简介|介绍)|关于我们|我公司|本公司|公司成立于|(?:成立|创立|创办|始创)于\d|注册资[本金]|集团(?:公司)?是|"
    r"总部位于|是[^，。；;]{0,14}一家|^\W*(?:公司|我司)(?:为|系|隶属|位于|地处)|世界500强|上市公司|"
    r"^\W*(?:公司|我司)是[^，。；;]{0,12}(?:企业|公司|机构|单位|品牌|集团|服务商|供应商|运营商|制造商)|"
    # "特维亚电子（苏州）为美资电子制造服务企业", "健佳药房为港资连锁"
    r"为(?:美资|外资|日资|德资|港资|台资|韩资|欧资|中外合资|外商独资)|"
    # what only a blurb says: awards, floor space, product range, clients served (and, further down, what
    # it makes or contracts for: 公司主要生产低压电器, 公司承接暖通安装工程; its main clients)
    r"荣获|获评|企业之一|占地(?:面积)?\d|建筑面积|产品涵盖|已服务|下设[^，。；;]{0,30}部|特色课程(?:有|包括|为|是)|"
    r"年营业额|营业额(?:达|超|逾|过|突破)|年产值|员工(?:总数)?\d+(?:余|多)?[名人]|诚聘|诚邀|诚招|"
    # what it makes for whom and the certificates it holds (我们主要为高校开发智慧校园平台, 公司通过
    # CMMI3级评估、ISO9001认证), and a kindergarten's, a hospital's or a shop's own blurb (我园开设12个教学班)
    r"我们主要为|我们(?:专注|致力)于|通过[^，。；;]{0,24}(?:ISO|CMMI|IATF|GMP|HACCP)[^。；;]{0,40}(?:认证|评估)|"
    r"^\W*(?:(?:我|本)[园院校店厂行馆]|园所|该园)(?:以|是|为|系|开设|拥有|位于|创办|成立|现有|设有|地处|隶属)|"
    r"获得[^，。；;]{0,30}称号|^\W*(?:公司|我司)(?:同时|还|主要|另外还?)?(?:经营|主营|有|生产|制造|承接)|"
    # a firm's practice areas, a clinic's or a kindergarten's specialities, a company's departments
    r"主要业务(?:领域|范围)?(?:包括|有|为|涵盖)|^\W*特色[:：]|以[^，。；;]{1,20}为(?:办园)?特色|"
    r"^\W*(?:公司|我司)(?:分|分为|设有?)[^，。；;]{0,30}部|"
    # "欢迎有激情的年轻人加入": the invitation, but not one that says what it asks for (如果你有不怕吃苦的
    # 激情…那么欢迎你加入)
    r"^(?![^。；;]*(?:如果|只要|假如))[^。；;]*?欢迎[^，。；;]{0,12}加入|"
    r"[，,]\s*主营|"  # "某自动化设备公司，主营锂电池模组装配线": what the company sells
    # a sentence opening with the employer's registered name ("佛山市晶朗玻璃科技有限公司主营建筑幕墙玻璃…",
    # "…有限公司为服饰品牌提供仓储外包"), its products and what it brings together
    rf"^\W*[{_HAN}（）()A-Za-z]{{2,30}}?有限(?:责任)?公司|"
    r"主要(?:产品|客户)(?:为|有|包括|是|涵盖)|产品广泛(?:用于|应用)|"
    # where it stands ("上海锦庭精选酒店位于徐汇区漕溪北路，拥有各类客房168间")
    rf"^\W*[{_HAN}（）()A-Za-z]{{2,24}}?(?:酒店|宾馆|饭店|公司|集团|医院|学校|幼儿园|门店|商场|超市|工厂|中心)"
    r"(?:位于|坐落于|地处)|"
    r"集[^，。；;]{2,30}于一体|"
    # its registered business scope (经营范围包括普通货运、仓储管理服务…), what its services span, its
    # one-stop offer and what "we" have always done or become (我们用诚信的态度面对客户和供应商)
    r"经营范围(?:包括|涵盖|为|是|[:：])|(?:业务|服务)?范围涵盖|一站式|致力于(?:为|打造|成为|提供)|"
    r"^\W*我们(?:用|以|始终|致力|专注|秉承|坚持|逐步|拥有)|我们为[^，。；;]{1,30}提供|"
    # the employer describing what it owns, has passed or won ("车间拥有五轴加工中心", "公司通过IATF16949
    # 体系认证", "仓库全面应用自动化立体库"), and what it believes under its own heading ("企业精神：务实、
    # 创新"), but not the hire's fit with it (认同企业文化)
    r"^\W*(?:公司|我司|集团|工厂|车间|仓库|医院|本院|园区|酒店|学校|本园|门店|实验室|中心|工地|项目部)"
    r"[^，。；;]{0,10}(?:拥有|配备|配有|引进|建有|建成|通过|先后获得|全面(?:应用|推行|使用|实行)|"
    r"秉承|倡导|注重|推行|持续推进|正在推进|现有|下设|设有|专注|致力|主营|主要从事|专业从事)|"
    r"^\W*(?:企业|公司|品牌|我们的)?(?:文化|精神|理念|愿景|使命|价值观|核心价值观|经营理念|办园理念|办学理念|质量方针)"
    r"\s*[:：]|我们相信|我们秉承|"
    # in English: "XX is a leading supplier", "founded in 1998", "headquartered in Munich", "a Fortune 500
    # company", "with over 2,000 employees", "is part of …", "is an authorized dealer"
    r"(?i:\b(?:is|are)\s+(?:a|an|one\s+of\s+the|the)\s+(?:[\w-]+\s+){0,4}?(?:company|manufacturer|supplier|group|"
    r"firm|provider|brand|hotel|chain|distributor|dealer|carrier|forwarder|leader|player|enterprise|subsidiary|"
    r"center|centre|office|plant|factory|operator|agency|retailer|lines?)\b|"
    r"\b(?:founded|established|set\s+up)\s+(?:in\s+)?\d|headquartered\s+in|fortune\s+(?:global\s+)?500|"
    r"with\s+(?:over\s+|more\s+than\s+|about\s+|approx\.?\s+|around\s+)?[\d,]+\+?\s+(?:employees|staff|people)|"
    r"\bis\s+part\s+of\b|subsidiary\s+of|we\s+are\s+(?:a|an|one)\b)"
)
# "负责本公司设备的日常维修", "熟悉上市公司财务报表": a duty or a requirement that names the company
# is not the company's blurb.
DUTY_OPENING = re.compile(
    r"^\W*(?:负责|协助|参与|熟悉|了解|掌握|完成|做好|配合|执行|维护|跟进|处理|根据|按照|能|会|"
    r"(?i:(?:be\s+)?responsible\s+for|assist|support|handle|maintain|prepare|follow|coordinate|perform|"
    r"ensure|manage|process|familiar\s+with|proficient\s+in|knowledge\s+of|experience\s+(?:in|with))\b)"
)
# The applicant's age, height and status ("年龄18-35岁", "35周岁以下", "身高160以上"), not the ages of
# the people a nursery, a school or a care home serves ("负责0-3周岁婴幼儿的照护", "12-18岁青少年篮球
# 培训", "根据幼儿年龄特点", "身高体重测量") nor words spelt across a boundary (车身|高度).
_SERVED = r"[^，。；;]{0,3}(?:婴|幼儿|儿童|宝宝|孩子|小朋友|学生|青少年|少儿|学员|老人|老年|患儿|患者)"
PERSONAL = re.compile(
    r"年龄(?!段|特点|特征|阶段|层|结构|" + _SERVED + r")|"
    r"(?:周岁|\d{2}\s*[-~至到]\s*\d{2}\s*岁)(?!" + _SERVED + r")|"
    r"性别|男女不限|限男|限女|身高(?!度|体重|测量)|户籍(?!管理|业务|登记|办理|民警)|婚否|已婚|未婚"
)

# "相关专业优先", "会计、财务或相关专业专科以上学历", "市场营销专业为佳" — but not 专业知识/专业技能, nor
# an English major's test (英语六级或专业英语四级).
EDUCATION = re.compile(
    r"学历(?!提升)|毕业(?!生|设计|论文)|教育背景|主修|科系|(?:相关|类|等|或)专业(?!知识|技能|能力|素养|英语[四八]级)|"
    r"专业(?:优先|为佳|尤佳|者|背景|出身|不限|以上|及以上|大专|专科|本科|毕业|$)|"
    # the students a school is asked to send: "模具设计与制造、材料成型及控制技术专业在校生",
    # "…专业2026届毕业生"
    r"专业(?:的)?(?:在校生|在读|学生|同学|学徒|毕业生|应届|(?:\d{2,4}\s*)?届|也可|均可|亦可|可报名|\s*[)）])"
)
# The same in English: "Associate degree in …", "Diploma in …", "major in …", "or related majors".
EDUCATION_EN = re.compile(
    r"(?i)(?<![a-z])(?:(?:associate|bachelor|college|university|master)(?:'s)?\s+(?:degree|diploma)|"
    r"(?<!high\s)(?<!great\s)(?<!certain\s)(?<!some\s)degree|diploma|"  # not "a high degree of accuracy"
    r"graduated?\s+(?:from|in)|major(?:ing|ed|s)?\s+in|educational\s+background|background\s+in|studied)(?![a-z])"
)
# "degree in", "diploma (大专) or above in"; "major in" ends in its own "in", so the fields follow at once
_FIELDS_FOLLOW = re.compile(
    r"(?i)(?:(?<=\sin)|(?<=\sfrom)|(?<=studied))\s|(?:\s+(?:or|and)\s+above)?\s*(?:\(.{0,8}?\)\s*)?(?:in|of|:)\s"
)
_OR_OTHER = r"(?<![a-z])(?:or|and|/)\s*(?:other\s+)?"
_FIELD_NOUN = r"\s+(?:majors?|fields?|disciplines?)"
_TRAILING_RELATED = r"(?<=[a-z])\s+related\s*$"  # "…, Culinary related"
# "…, business English or e-commerce major preferred", "secretary / business English major": a clause
# ending in the majors wanted names them
_MAJORS_WANTED = r"(?<=[a-z])\s+majors?(?:\s+(?:preferred|(?:is|are)\s+a\s+plus|welcome|only))?\s*[.;]?\s*$"
# the end of an English list of fields: "…, logistics or related", "or similar majors"
FIELD_LIST_END = re.compile(
    rf"(?i){_OR_OTHER}(?:related|similar|relevant|equivalent)(?![a-z])|related{_FIELD_NOUN}|{_TRAILING_RELATED}"
)
# the same said of fields for certain, in a clause naming no degree: "…, logistics or related", "relevant
# majors" — but "CET-6 or equivalent" and "Excel or similar tools" are no fields
_FIELDS_ENDING = re.compile(
    rf"(?i){_OR_OTHER}related(?![a-z])|(?:related|similar|relevant|equivalent){_FIELD_NOUN}|{_TRAILING_RELATED}|"
    rf"{_MAJORS_WANTED}"
)
# a clause that is only names in capitals ("International Trade or English"): the last fields of a list
# whose sentence ends there
_NAMES_ONLY = re.compile(r"\s*[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|or|and|&))*\s*")

_TRIM = re.compile(r"[\W\d_]+")
MIN_TAIL_CHARS = 4


def _split(pattern: re.Pattern, text: str, offset: int = 0) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in pattern.finditer(text):
        if match.start() > start:
            spans.append((offset + start, offset + match.start()))
        start = match.end()
    if start < len(text):
        spans.append((offset + start, offset + len(text)))
    return spans


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of every comma-separated clause of ``text``."""
    sentences = _split(_SENTENCE, text)
    return [c for start, end in sentences for c in _split(_CLAUSE, text[start:end], start)]


def skill_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of ``text`` that may name skills."""
    kept = []
    in_section = False  # inside a welfare or company section: its list items are skipped too
    not_asked = field_lists(text) + waived_lists(text)
    for s_start, s_end in _split(_SENTENCE, text):
        if any(start <= s_start < end for start, end in not_asked):
            continue  # the majors a fields heading lists on the lines below it, or what 不要求： waives
        sentence = text[s_start:s_end]
        if SKILL_HEADING.search(sentence):
            in_section = False
        elif SECTION_OPENING.match(sentence) or OFFER_HEADING.match(sentence):
            in_section = True
        elif _BRACKETED_HEADING.match(sentence):
            in_section = False
        skipped = in_section or SECTION_HEADING.match(sentence)
        blurb = COMPANY.search(sentence) and not DUTY_OPENING.match(sentence)
        if skipped or blurb or any(p.search(sentence) for p in (CAREER_PATH, OFFER_LINE)):
            continue
        # the training the hire will get, from the clause that names it (what the sentence asks before
        # stays), and the job board's tail
        trained = TRAINING_GIVEN.search(sentence)
        read_to = s_start + trained.start() if trained and not TRAINER_DUTY.search(sentence) else s_end
        if tail := JOB_BOARD_TAIL.search(sentence):
            read_to = min(read_to, s_start + tail.start())
        # the clause before ended in a contact's or a field's label: this one is its value (微信：hr_2017)
        value = False
        sentence_clauses = _split(_CLAUSE, sentence, s_start)
        listed = _english_field_clauses(text, sentence_clauses)
        for c_start, c_end in sentence_clauses:
            if (c_start, c_end) in listed or c_start >= read_to:
                continue
            c_end = min(c_end, read_to)  # "PCR上岗证者优先（没有的入职后…培训）": what it asks is read
            clause = text[c_start:c_end]
            was_value = value
            value = any(labels_value(label, text, c_start, c_end) for label in _VALUE_LABELS)
            if bracketed_value(clause, *_VALUE_LABELS) is not None:
                continue
            posting = (POSTING.search(clause) and not RECRUITING_DUTY.search(clause)) or posts_heading(
                text, c_start, c_end
            )
            if was_value or posting or CONTACT.search(clause) or PERSONAL.search(clause):
                continue
            if WELFARE.search(clause) and not WELFARE_DUTY.search(clause):
                continue
            if _REIMBURSED.fullmatch(clause) and _EXAM_BEFORE.search(text, max(0, c_start - 8), c_start):
                continue
            if _POSTSCRIPT.fullmatch(clause) and text.startswith((":", "："), c_end):
                continue
            degree_end = education_end(clause)
            if degree_end is None:
                kept.append((c_start, c_end))
            elif len(_TRIM.sub("", clause[degree_end:])) >= MIN_TAIL_CHARS:
                # "大专以上学历、良好的沟通能力": what follows the degree is read again
                kept.append((c_start + degree_end, c_end))
    return kept


def posts_heading(text: str, start: int, end: int) -> bool:
    """Whether the clause ``text[start:end]`` is a bare 招聘 heading with the posts after its colon."""
    return (
        bool(_POSTS_HEADING.fullmatch(text, start, end))
        and text[end : end + 1] in ":："
        and bool(_POSTS_FOLLOW.match(text, end + 1))
    )


def labels_value(label: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether the clause ``text[start:end]`` ends in ``label`` and a colon, its value in the next clause."""
    return bool(label.search(text, start, end)) and text[end : end + 1] in ":："


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, without its line break."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _listed_under(text: str, heading: Callable[[str], object], most: int) -> list[tuple[int, int]]:
    """(start, end) of each line under a line for which ``heading`` holds, up to a blank line, the next
    heading, a line too long for a list item, or ``most`` lines."""
    spans: list[tuple[int, int]] = []
    lines = _line_spans(text)
    for i, (h_start, h_end) in enumerate(lines):
        if not heading(text[h_start:h_end]):
            continue
        # the next heading marked as this one is ("◎ 专业要求" … "◎ 基本条件"): a short label, the same mark
        marker = _HEADING_MARK.match(text, h_start, h_end)
        for start, end in lines[i + 1 : i + 1 + most]:
            line = text[start:end]
            if not line.strip() or len(line) > MAX_LIST_LINE_CHARS or _LIST_ENDING.match(line):
                break
            if SKILL_HEADING.search(line) or SECTION_HEADING.match(line) or OFFER_HEADING.match(line):
                break
            if marker and line.lstrip().startswith(marker.group(1)) and _FIELDS_HEADING.match(line):
                break
            spans.append((start, end))
    return spans


def _names_fields(line: str) -> bool:
    heading = _FIELDS_HEADING.match(line)
    return bool(heading and FIELD_LABEL.search(heading.group(1)))


def field_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line listing the majors wanted under a fields heading on a line of its own
    ("【面向专业】" then "机电一体化技术、电气自动化技术"), up to a blank line or the next heading."""
    return _listed_under(text, _names_fields, MAX_FIELD_LINES)


def waived_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line under "不要求：" or "Not Required｜以下不作要求" on a line of its own: what
    the notice says it does not ask."""
    return _listed_under(text, _WAIVED_HEADING.match, MAX_WAIVED_LINES)


def field_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell under a fields column of a text table ("岗位 | 人数 | 面向专业 | 工作内容",
    then "化验员 | 3 | 金属材料检测技术 | 钢样的光谱分析"): the majors wanted, not skills."""
    spans: list[tuple[int, int]] = []
    in_table = False
    column = None  # the fields column of the table being read, by its place among the header's cells
    for start, end in _line_spans(text):
        line = text[start:end]
        bars = [m.start() for m in _TABLE_BAR.finditer(line)]
        if len(bars) < 2:
            in_table = False
        elif not in_table:  # the header
            in_table = True
            cells = [c.strip() for c in _TABLE_BAR.split(line)]
            column = next((i for i, cell in enumerate(cells) if FIELD_LABEL.search(cell)), None)
        elif column is not None and column <= len(bars):
            edges = [-1, *bars, len(line)]
            spans.append((start + edges[column] + 1, start + edges[column + 1]))
    return spans


def bracketed_value(clause: str, *labels: re.Pattern) -> int | None:
    """Where the value starts when ``clause`` opens with one of ``labels`` in brackets ("【面向专业】电子
    商务"), or None."""
    opened = _BRACKETED_LABEL.match(clause)
    if opened and any(label.search(opened.group(1)) for label in labels):
        return opened.end()
    return None


def _english_field_clauses(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The clauses of an English list of fields: those after "degree in A" up to the one that ends the
    list ("B, C or related"). A list the sentence does not end that way is not taken for one."""
    listed: set[tuple[int, int]] = set()
    opened = None
    for i, (start, end) in enumerate(spans):
        clause = text[start:end]
        if opened is not None and FIELD_LIST_END.search(clause):
            listed.update(spans[opened + 1 : i + 1])
            opened = None
        elif any(_FIELDS_FOLLOW.match(clause, m.end()) for m in EDUCATION_EN.finditer(clause)):
            opened = None if FIELD_LIST_END.search(clause) else i
    rest = spans[opened + 1 :] if opened is not None else []
    if rest and all(_NAMES_ONLY.fullmatch(text[start:end]) for start, end in rest):
        listed.update(rest)
    return listed


def english_field_lists(text: str) -> list[str]:
    """The English lists of fields an ad's degree lines name: "logistics management, customs or related
    majors" of "Associate degree in logistics management, customs or related majors"."""
    lists = []
    for start, end in _split(_SENTENCE, text):
        sentence = text[start:end]
        for match in EDUCATION_EN.finditer(sentence):
            follow = _FIELDS_FOLLOW.match(sentence, match.end())
            rest = sentence[follow.end() if follow else match.end() :]
            closing = FIELD_LIST_END.search(rest)
            if follow or closing:  # "degree in A, B", "diploma, A or related majors"
                lists.append(rest[: closing.start()] if closing else rest)
                break
    return lists


def education_end(clause: str) -> int | None:
    """Where the degree part of ``clause`` ends, or None when the clause names no degree. In English the
    fields follow the degree ("Associate degree in logistics management"), so they go with it."""
    end = None
    for match in EDUCATION.finditer(clause):
        end = match.end()
    for match in EDUCATION_EN.finditer(clause):
        end = len(clause) if _FIELDS_FOLLOW.match(clause, match.end()) else max(end or 0, match.end())
    if _FIELDS_ENDING.search(clause):
        end = len(clause)
    return end
