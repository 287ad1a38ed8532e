"""Words that hold a skill's spelling but name something else, or that say the hire is not asked for it.

A product (化妆品), a place (早教中心), two words spelling a third across their boundary (汇报|关系 is
no 报关), work the ad gives to someone else, the hirer's side of a hire (its campus notice, the licence
it arranges, the training it gives), a school's name. Extraction drops a term found inside a longer
span of :data:`NOT_SKILLS`. The list lives apart from extraction because it is long and grows with
every blind set, while the reading around it changes little.
"""

from __future__ import annotations

import re

from matchmaker.matching.engine.prefilter import Alternation

# Inspections (来料检验, IQC …), a list of them, and the records kept of them: a quality clerk's records.
_INSPECTION = r"(?:(?:来料|进料|制程|过程|出货|成品|首件|质量|品质)?检验|质检|IQC|IPQC|OQC|FQC)"
_INSPECTIONS = rf"{_INSPECTION}(?:\s*[、和及与/]\s*{_INSPECTION}){{0,5}}"  # a list of them
_RECORDS = r"(?:数据|报告|报表|记录|日报|周报)"

# Words that contain a skill's spelling but name a product, a place or a record: 化妆品 is not
# 化妆, an 早教中心 is where the job is, 分流处理 routes calls, 坐席录音 are calls on file, a 复印件
# is a copy and a courier's 问题件 a parcel gone wrong. Two words side by side can spell a third
# across their boundary: 汇报|关系 is not 报关, 汇报|销售 not 报销, 管理|货品 not 理货, 整理|单据 and
# 监理|单位 not 理单, 管理|财务 not 理财, 公司|法务 not 公司法, 协|调律师 not a piano tuner, 公司|注册商标
# not company registration, 安|排产|品 not scheduling, 接收|发货人 not dispatch, 做|好学生 not eagerness
# to learn and 供应|商超 (supplies supermarkets) not supplier management. A company's WeChat account
# (企业微信订阅号) is not WeCom, the office suite, and a distributor (配送商) is a firm, not delivery work.
# An income tax's or a tourist's refund (个税退税, 离境退税) is no export rebate (出口退税).
# 统计|员工 (counting staff's hours) is no 统计员, and 上海|工厂 no 海工 (offshore engineering). What
# expenses are for (差旅费、招待费、市场推广费) are kinds of costs, not travel planning or marketing; an
# 员工福利品 is goods bought, a bank's 重要空白凭证 blank forms kept (空白凭证的领用、保管), not an
# accountant's vouchers, and a hotel's 拥有客房320间 its size.
# A designer's 电商主图 and 电商详情页 are pages drawn, an 电商仓 a kind of warehouse, not e-commerce work;
# the channels clients are found through (通过阿里巴巴国际站、展会等渠道开发海外客户) no channel management.
# What an auditor audits (对采购、费用报销、合同执行等流程进行审计, 对各门店的现金、库存、收银等进行巡店检查)
# is others' work, not the auditor's skills.
NOT_SKILLS = re.compile(
    r"化妆品|早教(?:中心|机构)|分流处理|(?:坐席|通话|电话|客服)录音|录音(?:信息|抽[检测查]|质检|监听|复盘|回听|调听)|"
    r"店铺布(?:局|置)|复印件|解决问题件|"
    # a phone's settings (懂安卓/鸿蒙系统基本设置), no app coding, and the licensed pharmacist or doctor
    # a shop hand assists (配合执业药师, 在执业药师指导下), no licence the hand holds
    r"(?:安卓|鸿蒙|(?i:ios|android))(?:[/、](?:安卓|鸿蒙|(?i:ios|android)))*"
    r"(?:设备|手机|系统的?(?:基本)?(?:设置|操作|使用))|"
    r"(?:配合|协助|在|由)执业(?:药师|医师|兽医师?)|执业(?:药师|医师)的?指导|"
    r"汇报[关销]|[管处办代受料]理货|[整处管办清]理单|理单位|供应商超|配送商|[管处整办清梳代]理财务|公司法[务律人]|协调律师|公司注册商标|安排产品|接收发货|好学生|"
    r"(?:个人所得税|个税|所得税|离境|购物)退税|统计员工|[上珠威北]海工|(?:差旅|招待|市场推广|推广)费|(?:员工)?福利品|"
    r"空白凭证(?:的?(?:领用|保管|登记|使用|管理)[、和及与]?){0,4}|拥有客房|电商(?:主图|详情页|拍图|首页|海报|仓)|"
    r"等渠道开发(?=(?:海外|新|国内外|潜在|目标|优质)?客户)|"
    r"对[^，。；;]{2,30}?(?=等?(?:流程|环节)?进行(?:审计|稽核|内审|巡店检查))|"
    # 相关法律 before the questions, support, formalities or degree it qualifies (相关法律问题, 相关法律专业)
    # is no knowledge of the law asked for (熟悉相关法律法规); its papers and affairs are aliases of their own
    r"相关法律(?:问题|支持|工作|手续|服务|专业|顾问|意见)|"
    # the training the employer gives (公司提供母婴知识和婴幼儿喂养培训), no skill the hire brings
    r"(?:公司|我们|我司|门店|本店)(?:免费|统一)?(?:提供|安排|组织)[^，。；;,]{0,30}?(?:培训|带教|课程)|"
    # work the ad gives to someone else (钣金、喷漆作业由钣喷技师负责, 来料检验由品质部负责, 培训由技术员授课)
    # (a bracketed abbreviation on either side: 监控系统（SCADA）由厂家负责, 行车调度由控制中心（OCC）负责)
    r"(?:[^，。；;,（）()]|[（(][^（）()，。；;,]{1,12}[）)]){0,24}(?<![路自缘])由(?!本岗|本人|你|您|器|于)"
    r"(?:[^，。；;,（）()]|[（(][^（）()，。；;,]{1,12}[）)]){1,12}?"
    r"(?:负责|完成|作业|开发|授课|配送|承担|执行|确定|制定|出具|签发|操作|撰写|编写|编制|制作|维护|办理|培训|考取|"
    r"提供|管理|主导|维修|出图)(?!的)|"
    # (also what another provides, manages or mends: 考勤数据由客户HR提供, 设备由供应商上门维修, 核心网络
    # 设备由总部网络团队管理; but what another provides is still the hire's to work on: 整理由客户提供的数据),
    # and work handed over (复杂空间交由设计师出效果图, 统计计件工时，交人事部核算工资)
    r"交由[^，。；;,]{1,20}|"
    r"交(?:给|至|到)?[^，。；;,、]{1,6}?(?:部|部门)(?=[^，。；;,]{0,4}(?:核算|审核|处理|付款|审批|办理|确认|备案))"
    r"[^，。；;,]{0,12}|"
    # ... or in brackets, the other post named first (施工资料收集整理（资料员负责归档）), a department
    # named first (其中市场销售部负责直播带货和线上推广) and work sent out (三维特效外包给合作公司制作,
    # 外协加工费（喷涂、丝印）的核对)
    r"[（(][^）)]{0,8}(?:员|师|部|组)负责[^）)]{0,12}[）)]|"
    r"^\W*(?:其中)?[^，。；;,、（）()]{1,8}(?:部|部门|中心|团队)(?:主要)?负责(?!人)[^，。；;,]{0,20}|"
    r"[^，。；;,]{0,10}外包给[^，。；;,]{0,14}|[^，。；;,]{0,12}外协(?:加工|生产|处理|完成)费?(?:[（(][^（）()]{1,20}[）)])?|"
    # ... or said to be another department's or trade's (面料检验是品管部做的, 买菜、验货是采购部的事)
    r"[^，。；;,（）()]{0,16}是[^，。；;,（）()是]{1,10}?(?:部|部门|组|中心|车间|师|员|厂家)(?:做|干)?的(?:事|活|工作)?$|"
    # the hire's supervisor (在护士长和责任组长领导下), and a contract ended if a licence is not got
    r"在[^，。；;,]{1,14}?(?:领导|指导|带领|指挥)下|否则[^，。；;,]{0,4}解除(?:劳动)?合同|"
    # the law the hire teaches others (法律知识培训, 普及相关法律知识), a law firm (法律事务所), a finance
    # house's asset management (资产管理公司/产品, no office assets) and a wealth-management business or
    # platform (理财业务, 第三方理财), none of them asked of the hire
    r"法律知识的?(?:培训|宣传|普及|讲座|库)|(?:普及|提升|提高)(?:员工|公司|相关)*法律知识|法律事务所|"
    r"资产管理(?:公司|产品|机构|模型|规模|计划|行业)|第三方理财|理财(?:业务|(?:金融)?平台|机构|公司)|"
    # ... nor the bank's wealth managers a hand helps or passes customers to (协助理财经理识别潜在客户,
    # 配合投资顾问做好客户维护, 转介给理财经理, 理财经理助理), nor its wealth products recommended
    # (推荐理财产品, 推荐信用卡、理财等产品; 理财产品销售 is an alias of its own)
    r"(?:协助|配合|协同|支持|对|转介给|交给)(?:[^，。；;]{0,4}?)(?:理财经理|理财顾问|投资顾问|财富顾问)|"
    r"(?:理财经理|理财顾问|投资顾问|财富顾问)助理|理财产品(?!销售)|理财(?:[、和及与/][^，。；;、]{1,6}){0,4}等?产品|"
    r"企业微信(?:公众|订阅|服务号|公共)|[游旅乘宾房住访]客服务|"  # visitors', not customers' service (客服)
    # a vehicle's 车 before 工 (汽车工程师, 洗车工, 天车工, 挡车工) is not the lathe's 车工, nor is a
    # sewing machinist's (服装车工, 平车工, 缝纫车工, 四线/五线车工: overlock)
    r"[汽货火电机洗天行吊铲卡客班轿餐马单动列房跑赛矿拖挂板台整开停倒修泵罐挡装平缝线]车工|"
    r"智能化工程|[息络据统用件云]安全工程师|导航测|"  # 信息安全 is not 注册安全工程师
    r"分布光|对刀具|"  # 分布|光纤 is no lighting (布光), 对|刀具 no tool setting (对刀)
    # 办|理发|票, 总结、|汇报 and 合作|社招 spelt across words; a shop's product line (家居收纳类目)
    r"办理发|总结[、，,]?汇|家居收纳类|(?:合作|旅行|出版|杂志|报)社招|"
    r"(?:海运|船舶|航运|班轮|集装箱|[美欧亚澳非]线)航线规划|"  # a shipping line's route, not a drone's
    # 带|团队 is no tour group, 安|装维|修 no broadband fitting, 合同制 a kind of contract, 镀锌管 a pipe;
    # 公路水运工程 names a testing body's field, CMA/CNAS a lab's accreditation (not management accounting)
    r"带团队|安装维|合同制|镀锌(?:钢)?管|公路水运工程|CMA\s*[/、和及与，,|｜]?\s*(?=CNAS)|(?<=CNAS)[/、和及与]CMA|CMA(?:实验室|资质|认证|体系)|"
    # an employment form in brackets (劳务派遣) or in the contract signed (签订劳务派遣合同), a
    # notice's heading (2026年校园招聘, 2026届校招, Campus Recruitment 2026, 站务员招聘), 旅行|社工|作, a
    # hospital's software (医院管理系统), a firm's own standards (内控标准) and a granary's fumigant
    # (磷化氢, no phosphating)
    r"[（(]\s*劳务(?:派遣|外包)|劳务派遣(?:合同|协议|形式|方式|用工)|"
    r"\d{4}\s*(?:年度?(?:校园|社会|春季|秋季)?|届[^，。；;]{0,8}?(?:校园|社会)?)招聘|\d{4}\s*届\s*校招|"
    r"(?i:campus\s+recruitment\s*\d{4}|\d{4}\s*campus\s+recruitment)|"
    r"[员师工生岗]招聘(?=\s*(?:$|[:：\d(（一二三四五六七八九十]))|"
    # a notice's bracketed title (【招聘】, 【春季招聘会·单位展位卡】), the contact's HR (加HR微信), and the
    # course an order class's teachers give (企业工程师授课, 双导师授课): the hire is taught, no teacher
    r"[【\[][^】\]\n]{0,12}招聘[^】\]\n]{0,12}[】\]]|(?i:hr)\s*(?:微信|电话|手机|邮箱|qq|vx|wx)|"
    r"(?:工程师|老师|导师|师傅|讲师|专家|教师)(?:联合|共同|现场|亲自|轮流)?授课|"
    # a school's call to its classes (请各班级积极组织学生报名), a school's name (冶金与材料学院, 护理学院)
    # and the cash an accountant counts (盘点库存现金: no stock)
    r"请[^，。；;,]{0,8}积极[^，。；;,]{0,10}|[\u4e00-\u9fff]{1,8}学院|(?:盘点)?库存现金|"
    r"(?:合作|旅行|出版|杂志|报|通讯)社工|医院管理系统|内控(?:标准|指标)|磷化氢|"
    # 人|民法|院 (a court, no civil law), 教育|学习 and 继续教育|学分 (no pedagogy), a bank teller's 尾箱
    # (尾|箱管|理, no container yard) and a craftsman's 手眼协调 (dexterity, no organising);
    r"人民法[院官庭]|教育学[习分]|尾箱(?:管理)?|(?:手眼|肢体|身体|动作)协调|"
    # 倡|导游|戏 (no tour guide) and 哈|萨克斯|坦 (Kazakhstan, no saxophone)
    r"导游戏|哈萨克斯坦|哈萨克|"
    # a BIM model rebuilt (土建模型翻模, no sculpture's mould), 系|列检|验 (no train inspection), a contact's
    # HR (企业HR 邓小姐), and a licence the hirer arranges (公司安排培训并报考…)
    r"(?:模型|BIM)\s*翻模|系列检|"
    r"(?<![A-Za-z])(?i:hr)\s*[:：]?\s*[\u4e00-\u9fff]{1,2}(?:小姐|女士|先生|老师|经理|主管)|"
    r"(?:安排[^，。；;,]{0,6}|并)(?:考取|报考|取证)[^，。；;,]{0,14}|"
    # a contest the applicant has entered (参加过钳工技能竞赛者优先): a record, the skill is asked elsewhere
    r"参加过[^，。；;,]{0,20}?(?:竞赛|大赛|比赛)|"
    # 公|司鼓|励 (no opera drummer), 拆|装维|修 and 线|路测|试 (no broadband fitting, no radio drive test),
    # and a trade's skill grade (数控车工四级证书, 测量员四级: no CET-4)
    r"公司鼓(?:励[^，。；;]{0,4}(?:考取|报考)[^，。；;]{0,12})?|拆装维|[线网]路测试|"
    r"(?:[工员师]|等级|技能)[（(]?四级(?:\s*[)）]?\s*证书?)?|"
    # the body that issues a licence (应急管理局颁发), and a tally clerk's 交接签证 or a site's 变更签证
    # and 签证单 (an endorsement or a variation order, no visa); 机|场控|制区 and 现|场控|制 (no
    # live-stream control)
    r"应急管理(?:局|部门?|厅)|(?:交接|理货)签证|变更[、/和及与]?签证|(?:工程|现场|经济)签证|签证单|"
    r"签证(?:核实|核量|工程量|计量)|踏勘[、，,]\s*签证|[机现会]场控制|"
    # an airport's departure control system (离港系统（DCS）, no plant's DCS) and an apron's fire and
    # static rules (防火防静电, no clean room)
    r"(?<=离港系统)\s*[（(]\s*DCS\s*[)）]|防火防静电|"
    # a circuit board's or a finished product's functional test (PCBA功能测试), no software testing
    r"(?:PCBA|PCB|整机|板卡|电路板|成品|样机)\s*的?功能测试|"
    # the hirer's side of a hire: the licence it helps one get (支持在职考取执业药师, 公司免费组织培训并
    # 考取), a notice's channels (招聘专业, 招聘网站) and a school's 就业指导中心
    r"(?:支持|鼓励|资助)[^，。；;]{0,4}(?:考取|报考)[^，。；;]{0,12}|"
    r"(?:免费|出资|承担|协助|提供)[^，。；;]{0,8}考取[^，。；;]{0,14}|"
    r"(?:人才)?招聘[”\"」』]?(?:专业|平台|网站|流程|官网|公众号|小程序)|"
    r"就业指导中心|就业(?:服务|指导)(?:平台|处|网)|"
    # a school's forwarded notice: 学|校招|生就业处 (and the hirer who comes to 学校招人), the hirer's
    # 招聘信息 passed on, its 招聘会; 对|接生|产, a draughtsman's 空间想象力 (no creativity)
    r"学校招(?!聘)|校招生|(?:用人单位|企业|医院|公司|以下为|现将)[^，。；;,]{0,4}招聘(?:信息|会)|举行招聘会|"
    r"暨[^，。；;,]{0,8}招聘|接生产|空间想象力?|"
    r"(?:官网|网站)?[“\"「『]\s*(?:人才招聘|招聘信息|招聘公告|校园招聘|社会招聘)\s*[”\"」』]\s*(?:栏目|专栏|板块)?|"
    # a building's wiring mended (照明线路维修, no railway track) and the file a carer or a teacher keeps
    # on each person (康复档案, 成长档案: no records management)
    r"(?:照明|电气|配电|室内|低压)线路的?(?:维修|检修|巡检|维护)|(?:康复|成长|免疫|屈光发育|修复)档案|"
    # a line worker who can read the alphabet on parts (能看懂26个英文字母) is asked for no English
    r"(?:26|二十六)个英文字母|英文字母(?:识读|识别)?|"
    # phones an app is tested on (App（Android/iOS）兼容性测试, App（Android/iOS）及小程序的功能测试) or
    # whose design guidelines are followed (iOS、Android设计规范): no app coding; data loaded into a
    # database (入库（MySQL）), no warehouse
    r"(?i:app)\s*[（(]\s*(?:(?i:android|ios)|安卓|鸿蒙)(?:\s*[/、和及与]\s*(?:(?i:android|ios)|安卓|鸿蒙))*\s*[)）]"
    r"(?=[^，。；;]{0,14}测试)|"
    r"(?:(?i:android|ios)|安卓|鸿蒙)\s*[、/和及与](?=\s*(?:(?i:android|ios)|安卓|鸿蒙)\s*(?:设计|交互)规范)|"
    # ... the platforms an app or a page is tested on, in brackets after the test (兼容性测试（Web端+微信
    # 小程序+Android/iOS）) or after the web and mobile apps a tester's cases are for (test cases for web and
    # mobile apps (iOS/Android)), and the kind of product a product manager has shaped (一款Android或iOS产品)
    r"(?<=测试)[（(]\s*(?:[^（）()，。；;]{1,8}\s*[+、/]\s*){0,3}"
    r"(?:(?i:android|ios)|安卓|鸿蒙)(?:\s*[/、和及与+]\s*(?:(?i:android|ios)|安卓|鸿蒙))*\s*[)）]|"
    r"(?i:(?<=web and mobile apps )|(?<=web and mobile ))\((?i:android|ios)(?:\s*/\s*(?i:android|ios))*\)|"
    r"(?:(?i:android|ios)|安卓)\s*[/或、和及与]\s*(?:(?i:android|ios)|安卓)\s*产品|"
    r"入库\s*[（(](?=\s*(?i:mysql|mongodb|oracle|postgresql|hive|hdfs|redis|elasticsearch|clickhouse|数据库))|"
    r"(?:数据|采集)[^，。；;]{0,2}入库|"  # 数据采集、入库: into a database too
    # 腾|讯问|卷 (a survey tool, no interrogation) and Amazon's A-to-Z claims (no train operation)
    r"腾讯(?:问卷|问答)?|(?i:a-to-z)|"
    r"订单(?:稳定|充足|饱满|不断|量大|增加|增多|激增)|"  # the company's boast or reason to hire
    r"无(?:不良)?(?:征信|信用)(?:记录|问题)?|(?:征信|信用)(?:记录)?良好|"  # the applicant's own credit record
    # words spelt across others: 处|理发|电 and 整理|发货 (no hairdressing), 管理|学员 (no management
    # science), 指|导播|种 (no TV directing), 写|作业 (no copywriting), 密|切配|合 (no knife work), 户|内保|洁
    # (no security guard), 潮|流媒体 (no streaming tech), 利用网络|维护客户 (no network upkeep) and 已|经编|制
    # (no warp knitting), 员|工卡 (no aircraft job card), 以|上新 (3年以上新媒体经验: no product launch), and
    # a season (spring outings, in spring: the Java framework is Spring Boot, or Spring beside MyBatis), an
    # equal-opportunity line (平等招聘) and the hirer paying an exam (公司报销考试费用); a stock exchange
    # (证券交易所, where a company lists) is no securities trading, nor a firm's office assets
    # (企业资产配置(办公设备…)) an investor's portfolio
    r"[处整清]理发|管理学[员生]|指导播|写作业|密切配|已经编|证券交易所|员工卡|(?:企业|公司)资产配置|[户室屋]内保洁|潮流媒体|"
    r"(?:安卓|鸿蒙|苹果|(?i:android|ios))\s*应用(?:市场|商店)|(?i:app\s*store|google\s*play)|"
    r"(?:利用|通过|借助)网络维护|以上新|(?i:spring\s+(?:festival|and\s+autumn|&\s+autumn|outing))|"
    r"(?<![A-Za-z])spring\s+(?!boot|cloud|mvc|framework|security|data|batch)[a-z]+|"
    r"(?i:(?:in|this|next|every|early|late)\s+spring)(?![A-Za-z])|"
    r"平等(?:招聘|就业|雇佣)|报销[^，。；;]{0,24}?(?:考试|考证|认证|培训|学)费用?|"
    # ... and its other ways of saying so (考证费公司报销, 交通费由公司承担; and boilerplate's _REIMBURSED)
    r"(?:考证|考试|培训|交通|路|差旅|体检|住宿)费用?由?(?:公司|单位|企业)(?:全额|统一)?(?:报销|承担)|"
    # another trade's sense of a word: a pile's 低应变 test (no adaptability), a road's 第三合同段 (a works
    # lot), 劳动合同制 (a form of employment), a welder's WPS and AWS D1.1 (a procedure and a code, no
    # office suite or cloud; the span starts after 焊接工艺, so the procedure itself is still read), a
    # line job's 手脚灵活 (no adaptability), a restaurant named (中西餐厅), a surveyor's 倾斜摄影 (no
    # photography) and a material's 力学、阻燃性能测试 (no software testing)
    r"[低高]应变|合同段|劳动合同制|(?<=焊接工艺)(?:规程|指导书)\s*[（(]?\s*WPS|WPS\s*[/、和及与]\s*PQR|AWS\s*D\d|"
    r"(?:手脚|手指|手眼|四肢|动作|身手|肢体)灵活|[中西]?[中西]餐厅|倾斜摄影|"
    r"(?:力学|热学|阻燃|燃烧|拉伸|耐候|物理|机械|电气|热)性能测试|"
    # what the hirer does for the hire, not the hire's work: a licence got after joining (入职后办理);
    # the contract it signs is _SIGNED_CONTRACT's
    r"[或须需可并]入职后?(?:办理|考取|取得)|^\s*入职后(?:办理|考取|取得)[^，。；;]+|"
    # an apprenticeship's arrangements: a school's sponsored class (订单班), the master's contract
    # (师徒合同), the form the hire moves to (劳务合同), the hire's exam (招聘考试), 学|校招|收, and the
    # safety training the hire receives (进厂先完成三级安全教育), not gives, and the apprentice's own skills
    # test (学徒月度技能考核: no appraisal work)
    r"订单(?:班|式培养|培养)|(?:师徒|师带徒|带徒|学徒|实习|就业|劳务)合同|招聘考试|校招(?:待遇|录用|名额)|校招收|"
    r"(?:学徒|实习生|学员|每月|每季度|每年)[^，。；;、]{0,3}(?:技能|实操|理论)考核|"
    r"(?:完成|参加|接受|通过)[^，。；;]{0,4}安全(?:教育|培训)|"
    # a fitness test's FMS (functional movement screen), no flexible manufacturing line; an
    # applicant's loyalty to the constitution (拥护宪法), no law course
    r"动作筛查\s*[(（]?\s*FMS|FMS\s*[(（]?\s*功能性?动作|拥护(?:中华人民共和国)?宪法|"
    # a power station's installed capacity (装机2×12MW), 对|接产|品 (no livestock birth), a parcel's
    # contents checked at the counter (物品|检查 is no 品检), a part sent on to QC once it passes its
    # own check (自检合格后报检, no customs work), a translation app, the courts' rulings database
    # (裁判文书网, no referee) and the clock-in machine an IT admin keeps running (考勤设备)
    # 装|修图|纸 (no photo retouching), an anime taste (二次元游戏, 热爱二次元, 文风（二次元，文艺）: no 2D
    # measuring instrument) and a hotel guest's or a till's bill settled (结账收银, 办理押金、结账,
    # 结账退房, 结账（POS系统）: no month-end closing)
    r"装修图|二次元(?:游戏|文化|动漫|风格|爱好|圈|手游)|(?:热爱|喜欢|[（(])二次元|结账(?:收银|退房|离店)|退房结账|"
    r"(?:押金收取|押金|收银|收款|入住)[、和及与/]?(?:办理)?结账|结账\s*[（(]\s*(?i:pos)|"
    r"装机(?:\s*\d|容量|规模|总)|对接产|物品检查|(?:自检|首件|首检|合格后?|完工后?)[^，。；;]{0,3}报检|翻译(?:工具|软件|器)|裁判文书|考勤(?:设备|机)|"
    # 道|路测|试 is no radio drive test, 编|写作|业 and 填|写作|业 no copywriting, a lab's SEM an
    # electron microscope, 数据入库 loads a database (no warehouse), a car's 域控 (controller) no Windows
    # domain, an OTA firmware update (OTA升级, failed OTA cases) no travel platform, a face-recognition
    # gate no computer vision, and a job's bracketed (社招) the hirer's note, no recruiting work
    r"道路测试|[编填]写作业|(?<=XRD|TEM|EDS|XPS)[、/,，]\s*SEM|SEM[、/,，](?=\s*(?:XRD|TEM|EDS|XPS|粒度))|SEM(?:测试|表征|电镜|图)|"
    r"数据(?:的)?入库|(?:智驾|座舱|车身|底盘|动力|整车)域控|域控制器|OTA(?:升级|固件|远程升级)|"
    r"(?i:(?:failed\s+)?ota\s+(?:updates?|upgrades?|firmware|cases?))|"
    # a building contract's EPC (EPC总承包, EPC contractors: no packet core) and a kettle that leaks (no ETL)
    r"EPC\s*(?:总承包|总包|项目|工程|模式|(?i:contract\w*))|(?<![A-Za-z])kettles?\s+(?!etl)[a-z]+|"
    r"人脸识别(?:门禁|闸机|考勤|终端|系统|设备|摄像|及)|"
    r"[（(【\[]\s*(?:社招|校招)\s*(?=[)）】\]，,、/]|$)|"
    # a web address (…/index-21952.html is no front-end work), and an office that is a place or a
    # department in English prose ("foreign buying office", "the HR office", "office campus", "Office
    # admin."), no suite
    r"(?i:(?:https?:)?//|www\.)[A-Za-z0-9_./?=&%#:~+-]+|"  # (a clause may begin after the scheme's colon)
    r"(?i:(?:head|back|front|buying|sourcing|branch|regional|liaison|representative|overseas|local|post|hr|"
    r"the|our|your)\s+offices?(?![a-z]|\s+(?:software|suite|skills?|365))|"
    r"offices?\s+(?:admin|administration|administrator|assistant|manager|management|stationery|stationary|"
    r"supplies|building|space|hours|environment|equipment|furniture|clerk|secretary|rent|location|campus|park|"
    r"tower|area)(?![a-z]))|"
    # a view of what is to come ("a positive outlook", "the market outlook"), no mail client
    r"(?i:(?:positive|optimistic|upbeat|can-do|bright|sunny|cheerful|global|career|market|business|economic|"
    r"growth|industry)\s+outlook)|"
    # a notice's headings, and the hirer's reason to hire (现因业务发展需要，招聘以下岗位; 因订单增加招聘)
    r"招聘(?:以下|如下)|因[^，。；;]{1,12}招聘(?![专助主经员])|(?:公开|面向[^，。；;]{0,12}?)招聘|"
    r"(?:人员|人才)?招聘(?:公告|简章|启事|对象|人数|名额|要求|条件|单位|企业|程序|项目|计划|岗位[:：])|"
    r"另行招聘|[本此]招聘(?:信息)?(?:长期|常年)?有效|"
    # the hirer paying for the hire's papers (需办理健康证（公司报销）, 带去办理并报销), an address's
    # 创新产业园 and 社|区调|委会 (no regional geological survey)
    r"[（(]\s*(?:由)?(?:公司|单位|企业)(?:全额)?报销|并报销|"
    r"创新(?:产业园|园区|大厦|中心|港|谷|基地|广场|科技园)|社区调|"
    # "…有限公司招聘：", "…养老服务中心招聘💗", and who to call (招聘负责人：浦教练)
    r"(?<!负责)(?<!协助)(?<!参与)(?:公司|集团|厂|店|院|校|中心|局|单位)招聘(?:[:：]|[^\w，。；;,]*$)|招聘负责人|"
    # a moulding defect (weld line) and a drawing's marks (welding symbols), no welding done
    r"(?i:weld\s+lines?|welding\s+symbols?)|"
    # Oracle named beside SAP or another ERP (SAP/Oracle/鼎捷等ERP系统, Oracle or SAP experience) is Oracle's
    # ERP, no database: the separator is taken with it, so the span is longer than the term
    r"(?i:oracle)\s*(?:[/、,，或和及]|or\b|and\b)(?=\s*(?i:sap|erp|鼎捷|用友|金蝶|netsuite))|"
    r"(?:(?<=SAP|sap|ERP|erp)|(?<=鼎捷|用友|金蝶))\s*(?:[/、,，或和及]|or\s|and\s)\s*(?i:oracle)|"
    # PS that is no Photoshop: a printing plate or a plastic sheet (PS版, PS板) and a plastic among others
    # (PP、PE、PS、ABS); an ad's postscript (PS：…) is skipped as a clause
    r"PS[板版]|"
    r"(?:PP|PE|ABS|PVC|PC|PA|POM|PET|HIPS)\s*[、/,，和及]\s*PS(?![A-Za-z])|"
    r"(?<![A-Za-z])PS\s*[、/,，和及](?=\s*(?:PP|PE|ABS|PVC|PC|PA|POM|PET|HIPS)(?![A-Za-z]))|"
    # a car plant's lines a hand maintains or is trained for (冲压线、焊装线设备的电气维修): the line, no
    # pressing or welding done
    r"(?:冲压|焊装|涂装|总装)(?:生产)?线(?![材缆圈路])|"
    # a licence to trade in devices, drugs or food that a customer's papers include, no selling done
    r"(?:医疗器械|药品|食品)经营(?:许可证|备案凭证|备案)|"
    # the head chef a kitchen hand works under (按厨师长安排, 由行政总厨指定的师傅带教): a post, no cooking
    r"厨师长|(?:行政)?总厨|"
    # the testing houses a trade's goods are inspected by (第三方检测（SGS、ITS）): ITS is Intertek, no
    # intelligent transport
    r"(?i:sgs|bv|tüv|tuv|intertek|cti)\s*[、/和及,，]\s*ITS|ITS\s*[、/和及,，]\s*(?i:sgs|bv|tüv|tuv|intertek|cti)|"
    # a contract among a shipment's papers (合同、发票、箱单; 根据外销合同及信用证): a document the clerk
    # makes or checks, no contract management
    r"合同\s*[、，,和及与/]\s*(?=(?:商业)?发票|装箱单|箱单|提单)|"
    r"(?:(?:商业)?发票|装箱单|箱单|提单)\s*[、，,和及与/]\s*合同|"
    r"根据(?:外销|外贸|销售|贸易)?合同\s*(?:[和及与、]|以及)\s*(?=信用证|L/?C|出货计划)|"
    # knit and woven fabric or garments a merchandiser or a patternmaker knows (梭织或针织面料, 针织产品订单):
    # the goods, no knitting done
    r"(?:针织|梭织)\s*[、/或和及与]\s*(?:针织|梭织)|针织(?:面料|产品|服装|类|毛衫)|"
    # a quality clerk's records of the inspections others make (录入每日来料检验、制程检验和出货检验数据,
    # 汇总分析质检数据, 检验报表（IQC、IPQC、OQC）的收集、录入): no inspecting, unlike an inspector's own
    # record (记录检验数据)
    # (the clerk's own entering and filing, before or after, is still read)
    rf"(?<=录入|统计|汇总|整理|收集|分析)[^，。；;]{{0,4}}?{_INSPECTIONS}的?(?:合格率|不良率)?{_RECORDS}|"
    rf"{_INSPECTIONS}的?(?:合格率|不良率)?{_RECORDS}\s*(?:[（(][^（）()]{{0,24}}[）)])?的?"
    r"(?=收集|录入|统计|汇总|整理|归档)|"
    # a call-centre's quality checks (按质检标准对客服人员的通话录音…, 调听录音): calls, no product inspection
    # and no sound recording
    r"质检[^，。；;,]{0,16}?(?:通话|录音|坐席|座席|话术|客服)|(?:调听|回听|监听|抽听|听取)录音|"
    # an office's supplies bought in (办公用品、劳保用品的采购与发放, 日常消耗品的采购): the office runs
    # it, no buyer's trade (办公用品采购 is an alias of 行政管理, which the rest of such an ad names)
    r"(?:办公|劳保)用品(?:[、和及与/](?:办公|劳保|日常)用品)?的?[^，。；;、]{0,4}?采购|日常消耗品的?采购|"
    # a parcel's damage or loss claimed from a courier (对接快递公司处理破损、丢件理赔), no insurance claim
    r"(?:快递|物流|破损|丢件|丢失|货损)[^，。；;,]{0,8}理赔|"
    # colleagues the hire works with (与UI设计师、后端工程师协作, 与设计师、摄影师对接, 与保育员、保健医配合,
    # 与客服主管对接, 与软件实施顾问一起, 与美工、摄影沟通, 对接摄影师、设计师完成, 配合摄影师拍摄), not
    # their skills
    r"(?:与|和|配合|协助|协同|对接)(?:[^，。；;]{0,6}?(?:工程师|设计师?|产品经理|美工|架构师|开发|测试|摄影师?|"
    r"剪辑师|主播|保育员|保健医|主管|顾问)[、和及与/]?)+"
    r"(?=\s*(?:协作|配合|沟通|对接|合作|紧密|一起|完成|调试|进行|拍摄))|"
    # ... and whoever a list names before 协作/配合 (与美工、客服、仓储协作, 与外贸业务员配合), or the
    # departments before 沟通/对接 (与客房部保持沟通, 与仓储、物流部门对接)
    # (a few items, none holding a list mark: else a long run of them is split every which way, or read
    # to its end from each 与 in it)
    r"(?<!参)与(?:[^，。；;,、\s和及与/]{1,8}[、和及与/]){0,6}[^，。；;,、\s和及与/]{1,8}?"
    r"(?:(?=\s*(?:紧密|密切|积极|良好)?(?:协作|配合))|"
    r"部门?(?=\s*(?:保持|及时|做好|进行|紧密|密切|积极)?(?:沟通|对接|联系|协调)))|"
    # ... or the people a list names before 人员/同事 (协调美工、推广、客服等人员, 对接设计、运营同事); one
    # alone is often the hire's own trade (配合新媒体运营人员, 协助上新的同事)
    r"(?:(?<=协调|配合|协助|协同|对接)|(?<=[与和]))(?:[^，。；;,、\s和及与/]{1,6}[、和及与/]){1,6}[^，。；;,、\s和及与/]{1,6}?"
    r"等?(?:相关)?(?:人员|同事|岗位人员)|"
    # the site's other posts a 施工员 works with ("配合质量员、安全员做好…"), and the clerks a merchandiser
    # hands work to or an assistant helps (配合单证员完成订舱出运, 协助外贸业务员翻译往来邮件), not their
    # certificates or skills
    r"(?:配合|协助|协调|督促|对接|会同|交)"
    r"(?:[^，。；;]{0,8}?(?:施工|质量|安全|资料|材料|标准|机械|劳务|质检|探伤|单证|跟单|报关|外贸业务|业务)员(?!证))+|"
    # the other trades and departments the hire helps (配合机修钳工, 协助喷涂车间主管, 配合仪表工、机修工,
    # 配合钣喷组, 配合社工组织活动, 配合仓储部盘点): their trade is theirs, the work after them is read; a
    # 专员 or 师 helped is often the hire's own (协助法务专员, 配合新媒体运营人员)
    r"(?:配合|协助|协同|会同)(?:(?:(?!协调|沟通)[^，。；;、]){0,6}?"
    r"(?:部门?(?![署件分位])|组(?![织装建合])|车间(?:主管)?|工(?![作程艺具序单资期厂业])|医|总厨|社工)[、和及与/]?)+"
)
_ALTERNATION = Alternation(NOT_SKILLS)  # a clause holds the words of a few of its alternatives


def not_skill_spans(clause: str) -> list[tuple[int, int]]:
    """The spans of :data:`NOT_SKILLS` in ``clause``, in order and none overlapping, as its
    ``finditer`` yields them, in a quarter of the time."""
    return _ALTERNATION.spans(clause)
