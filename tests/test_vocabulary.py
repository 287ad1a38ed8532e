"""The shipped vocabulary (seeds/) reads job-ad wording as a reader would: each row is a sense an
alias once got wrong, or a spelling a reader expects to be found. English ads' own wording is
test_vocabulary_english.py's; the readings the written blind probes turned up are
test_vocabulary_probes.py's; wording that asks nothing of the hire (work waived or given to others, the
employer's blurb, training and hiring) is test_vocabulary_not_asked.py's."""

import pytest
from conftest import assert_reads


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        ("负责办理、更新员工劳动合同", "员工关系", "合同管理"),  # a labour contract is HR work
        ("按月编制财务会计报表", "财务报表编制", "财务会计"),
        ("售前咨询及售后客服工作", "客户服务", None),
        ("处理往来商务信函", "外贸函电", None),
        ("负责行政采购", "采购管理", "政府采购"),
        ("有明确的职业规划", None, "职业指导"),  # the candidate's own career plan
        ("配合值班经理处理门店异常", None, "酒店运营管理"),  # a job title
        ("参与部门流程优化", None, "企业数字化管理"),
        ("有化妆品行业经验优先", None, "化妆造型"),  # a product, not make-up artistry
        ("提高用户体验，促进销售", None, "交互设计"),  # a goal, not UX design
        ("负责用户体验设计", "交互设计", None),
        ("擅长弹琴，热爱幼儿", "钢琴弹奏", None),  # a kindergarten teacher's ad
        ("擅长舞蹈、绘画者优先", "舞蹈基础", None),
        ("客户月结对账", None, "财务报表编制"),  # payment terms
        ("店长交办的其他工作", None, "门店运营"),  # a job title
        ("负责系统配置、硬件调试", "电子产品装配与调试", "硬件电路设计"),  # testing, not design
        ("应聘热线：[PHONE] 杨小姐", None, "呼叫中心"),  # where to apply, not call-centre work
        ("负责接听客服热线", "呼叫中心", None),
        ("有高压开关装配接线经验", "电气成套装配", None),  # switchgear assembly and wiring
        ("负责叉车作业，持叉车证", "物流设施设备", None),  # driving the forklift, beside its licence
        ("熟悉发动机、底盘故障诊断", "汽车故障诊断", None),
        ("负责航空发动机故障诊断", "航空发动机维修", "汽车故障诊断"),
        ("能弹琴唱歌跳舞", "舞蹈基础", None),
        ("负责老人日常生活照料", "老年护理", None),
        ("负责公司网络设备维护", "网络运维", "设备维护保养"),  # switches and routers, not machines
        ("负责质量体系ISO9001内审", "质量认证", "审计"),  # a quality system's audit, not the books'
        ("负责钢筋绑扎、模板支设", "建筑施工技术", None),
        ("负责小区设备设施的巡检，处理业主报修", "物业管理", None),
        ("负责老人血压血糖测量", "基础护理", None),
        ("负责厂区配电设备的巡检与维修", "供配电系统", None),
        # a perk's word spelt across a word boundary (车体|检修, 船体|检验) is not welfare
        ("负责动车组车体检修", "铁道车辆检修", None),
        ("负责船体检验及焊缝检测", "船舶检验", None),
        ("负责焊缝检测", "无损检测", None),
        ("负责游客服务中心的接待", "景区运营管理", "客户服务"),  # visitors served, not 客服 across 游客|服务
        ("做好乘客服务", None, "客户服务"),
        ("负责顾客服务工作", "客户服务", None),
        ("持企业培训师证书", "培训管理", None),
        ("篮球培训师", None, "培训管理"),  # a coach teaches; HR's training work is another job
        # a vehicle's 车 and 工 are not the lathe's 车工; words spelt across a boundary are not read
        ("汽车工程师", None, "车工"),
        ("洗车工、挡车工、天车工", None, "车工"),
        ("熟练车工，会看图纸", "车工", None),
        ("智能化工程师", None, "化工智能制造"),  # 智能化|工程, not 化工
        ("信息安全工程师", "网络安全", "注册安全工程师"),
        ("导航测试员", None, "摄影测量"),  # 导航|测试, not 航测
        ("负责小区水电维修、管道疏通", "物业设施设备管理", None),
        ("会新生儿抚触", "母婴护理", None),
        ("配合质量员、安全员做好现场管理", None, "安全员证"),  # colleagues on site, not certificates
        ("持施工员证、安全员证", "安全员证", None),
        ("负责增值税、企业所得税的申报", "纳税申报", None),  # trade duties written as phrases
        ("负责交换机、路由器的配置与维护", "网络运维", None),
        ("负责对病猪进行诊断和治疗", "动物疾病诊疗", None),
        ("带团操课程，指导器械训练", "健身指导", "导游讲解"),  # 带|团操 is a gym class, not a tour group
        ("English: CET-6.", "大学英语六级", None),  # the 6. of CET-6. is no list item's number
        ("配电线路工", "输电线路运维", "轨道线路维修"),  # a power line's, not a railway track's 线路工
        ("铁路线路工", "轨道线路维修", None),
        ("XX分局公开招聘警务辅助人员公告", None, "招聘"),  # a notice's heading, not recruiting work
        ("负责员工招聘与培训", "招聘", None),
        ("现因业务扩张招聘汽修学徒5名", None, "招聘"),  # the hirer announcing the job
        ("酒店前厅部招聘前台接待员。", "前台接待", "招聘"),
        ("招聘要求：熟悉办公软件", "办公软件", "招聘"),
        ("负责招聘销售人员", "招聘", None),  # a recruiter's work
        ("某发电厂面向社会招聘集控运行值班员", None, "招聘"),
        ("XX彩印包装有限公司招聘：胶印机长1名", None, "招聘"),
        ("负责校园招聘和社会招聘", "招聘", None),
        ("3、负责公司招聘", "招聘", None),
        # trade wording (tool setting, lighting, drawings, pig farming) and words spelt across it
        ("会对刀，熟悉FANUC系统", "数控机床操作", None),
        ("对刀具进行登记管理", None, "数控机床操作"),
        ("负责影棚布光", "影视照明", None),
        ("分布光纤传感系统", None, "影视照明"),
        ("会看图纸", "工程识图", None),
        ("服装车工，会操作平车", None, "车工"),  # a sewing machinist, not a lathe operator
        # words spelt across a boundary in present-day service ads
        ("登录电子税务局办理发票领购", "发票开具", "发型设计"),  # 办|理发|票
        ("起草党建工作总结、汇报材料", "党务工作", "国际结算"),  # 总结、|汇报 is no 结汇
        ("XX农业服务合作社招聘植保无人机飞手5名", "无人机植保", "招聘"),  # 合作|社招
        ("下播后整理直播数据", None, "染整工艺"),  # after the broadcast, not a fabric's finishing
        ("掌握意式浓缩萃取、奶泡打发", "咖啡制作", "化工单元操作"),
        ("负责直播间脚本撰写", "直播带货", "影视编剧"),
        ("具备组织协调和带团队能力", "组织协调能力", "导游讲解"),  # 带|团队, not a tour group
        ("现招安装维修技师3名", None, "宽带装维"),  # 安|装维|修
        ("公开招聘合同制护士20名", None, "合同管理"),
        ("负责PPR、镀锌管安装及试压", None, "表面处理"),  # a pipe, not galvanising
        ("公路水运工程综合乙级检测机构", None, "港口工程"),
        ("了解CMA/CNAS体系", "实验室质量管理", "管理会计"),  # a lab's accreditation
        ("持CMA证书，熟悉管理会计", "管理会计", None),
        ("负责进度款审核、签证变更计量", "工程造价", "签证办理"),  # a site's change orders, not visas
        ("品牌便利店招聘储备店长，经门店培训", None, "招聘"),
        ("负责商场电梯的定期保养，处理困人", "电梯安装与维修", None),
        ("负责空调室内外机安装、充注冷媒和试机", "空调器安装与维修", None),
        ("持危险化学品特种作业证者优先", "危险化学品特种作业操作证", None),
        # present-day service wording
        ("负责骑手调度和配送站点管理", "配送管理", None),
        ("负责失智照护和协助服药", "老年护理", None),
        ("负责画框标注、点云标注", "数据标注", None),
        ("负责作业前的地块测绘和航线规划", "无人机操控", None),
        ("熟悉美线航线规划", None, "无人机操控"),  # a shipping line's, not a drone's
        ("负责中央空调运维", "空调器安装与维修", None),
        ("持特种作业操作证（焊接与热切割作业）", "焊工证", None),  # the certificate in the brackets
        ("负责生猪饲养和栏舍消毒", "猪生产", None),
        ("协助分公司的招聘工作", "招聘", None),
        ("负责电梯的日常维护保养和故障维修", "电梯安装与维修", None),  # equipment named once, then its work
        # 中职 trade ads: a pig farm's 接产, a factory's 报检, and words that only look like skills
        ("协助母猪发情鉴定、配种、接产", "畜禽繁育", "助产技术"),
        ("负责正常分娩接产和产程观察", "助产技术", None),
        ("首件自检合格后报检", None, "报关"),  # asks QC to inspect, not customs
        ("负责报关报检和单证制作", "报关", None),
        ("负责进出口货物的报检", "报关", None),  # a trade ad's 报检 is still customs work
        ("负责增值税申报，办理出口退税", "出口退税", "报关"),  # a tax refund, not customs
        ("熟悉免抵退税申报流程", "出口退税", None),
        ("协助财务办理结汇、核销和退税工作", "出口退税", None),  # a trade clerk's 退税 is the export rebate
        ("负责员工个人所得税退税申请", None, "出口退税"),  # an income tax's refund is not
        ("为顾客办理离境退税", None, "出口退税"),  # nor a tourist's
        ("对接产品及技术研发部门", None, "畜禽繁育"),  # 对|接产|品
        ("某水电站装机2×12MW，招聘运行值班员", None, "计算机组装与维护"),
        ("会装机、重装系统", "计算机组装与维护", None),
        ("某快递网点招聘主管助理1名、仓管员2名", None, "招聘"),  # the hirer wants a 主管助理
        ("担任招聘主管，负责校园招聘", "招聘", None),
        ("监督禁寄物品检查", None, "质量检验"),  # 物品|检查 is no 品检
        ("负责首件检验（FAI）和过程巡检", "质量检验", None),
        ("首件确认后方可批量生产", "质量检验", None),
        # a company lawyer's work, as 法务 ads say it
        ("代表公司处理各类诉讼或非诉讼法律事务", "诉讼实务", None),
        ("代表公司处理各类诉讼或非诉讼法律事务", "非诉法律事务", None),
        ("丰富的诉讼和非诉案件处理经验", "非诉法律事务", None),
        ("熟悉合同法、公司法、诉讼法等法律知识", "民事诉讼法", "诉讼实务"),
        ("为公司重大决策提出法律建议", "法律咨询", None),
        ("对公司经营决策提出法律意见和建议", None, "企业战略管理"),  # advice on decisions, no strategy
        ("参与制定公司战略规划", "企业战略管理", None),
        ("具有中国律师执业资格", "法律职业资格证", None),
        ("法学专业本科以上学历，持有律师证，有出庭经验", "法律职业资格证", None),
        ("负责合同、协议及法律文件的起草、审核", "法律文书写作", None),
        ("协助与顾问律师沟通，处理公司日常法律事务", "非诉法律事务", None),
        ("起草、审核集团日常合同及相关法律文件", "法律文书写作", "法律法规知识"),
        ("负责执行业务过程中的所有相关法律手续", None, "法律法规知识"),
        ("熟悉外贸操作流程及相关法律法规", "法律法规知识", None),
        ("及时完成合规报备工作，应对监管机构合规检查", "非诉法律事务", None),
        ("熟悉公司合同管理体系和法律风险控制流程", "法律风险防控", "金融风险管理"),  # no lender's risk
        ("检查公司的运作流程，规避法律风险", "法律风险防控", None),
        ("会风控建模，熟悉SQL、逻辑回归", "机器学习", "逻辑思维"),  # a model, no way of thinking
        ("对公司员工开展法律知识培训", None, "法律法规知识"),  # what the hire teaches
        ("有法律事务所工作经验者优先", None, "非诉法律事务"),  # a law firm
        ("有大型资产管理公司工作经验", None, "固定资产管理"),  # a finance house, no office assets
        ("负责公司资产管理、办公用品采购", "固定资产管理", None),
        ("负责理财业务面向用户的活动策划", None, "理财规划"),
        ("根据客户的需求提供全方位的理财咨询服务", "理财规划", None),
        ("具有良好的思想品德和职业操守", None, "道德与法治教学"),  # a person's morals, no school subject
        ("负责初中思想品德课教学", "道德与法治教学", None),
        ("能借助翻译工具处理英文邮件", None, "笔译"),
        ("使用裁判文书网检索案例", None, "裁判"),
        ("负责门禁考勤设备的维护", None, "考勤管理"),
        ("负责员工考勤和工资核算", "考勤管理", None),
        # 职业本科 ads: lab, car, firmware, GIS and video wording
        ("负责新能源汽车道路测试和台架测试", None, "无线网络优化"),  # 道|路测|试
        ("编写作业指导书", None, "文案写作"),  # 编|写作|业
        ("利用XRD、SEM、粒度仪分析材料", "材料表征", "搜索引擎营销"),  # an electron microscope
        ("利用SEM、XRD分析材料", "材料表征", "搜索引擎营销"),
        ("负责SEM竞价推广", "搜索引擎营销", None),
        ("负责正极材料烧结、粉碎工序", None, "炼铁工艺"),
        ("负责高炉炼铁和烧结矿配料", "炼铁工艺", None),
        ("完成自然资源调查数据的入库", None, "仓储管理"),
        ("负责原材料入库和盘点", "仓储管理", None),
        ("根据需求完成采购下单、跟踪进度、跟踪入库、对账、开票", None, "仓储管理"),  # a buyer's step
        ("负责办公用品、劳保用品的采购、入库及发放", None, "仓储管理"),
        ("核对送货单与入库单，处理短缺及质量问题", None, "仓储管理"),  # the receipt checked
        ("负责货品的验收、入库、盘点工作", "仓储管理", None),
        ("负责办公用品、劳保用品的采购、发放及库存管理", None, "采购管理"),  # the office's supplies
        ("日常消耗品的采购（包括办公用品、茶水）", None, "采购管理"),
        ("负责办公用品、固定资产的采购、领用", "固定资产管理", None),
        ("负责原辅料的采购与供应商管理", "采购管理", None),
        ("诊断智驾域控与车身电子故障", None, "Windows Server"),
        ("实现Wi-Fi模组的OTA升级功能", None, "OTA运营"),
        ("负责携程、美团等OTA平台运营", "OTA运营", None),
        ("完成人脸识别门禁的配置调试", None, "计算机视觉"),
        ("负责短视频的选题策划和脚本撰写", "内容运营", "图书编辑"),
        ("岗位类别（社招），要求熟悉CAD", "AutoCAD", "招聘"),  # how the hirer recruits, in brackets
        ("负责校招、社招", "招聘", None),
        ("招聘专员", "招聘", None),  # the recruiter's post on a line of its own
        # tools as IT and automation ads name them
        ("熟悉西门子S7-1500，会用博途编程", "PLC编程", None),
        ("熟练使用Keil/IAR开发环境", "单片机应用", None),
        ("熟悉Oracle或PostgreSQL", "数据库应用", None),
        ("熟悉SCADA系统", "组态软件", None),
        ("负责网络割接与变更", "网络运维", None),
        ("熟悉回归测试、兼容性测试", "软件测试", None),
        # a trade's words that are another trade's skill: an airport's restricted zone (机|场控|制区), a
        # site's variation orders (变更签证), a building's ventilation fitted, a substation's defects
        ("能通过机场控制区通行证背景审查", None, "直播带货"),
        ("负责直播间场控", "直播带货", None),
        ("负责图纸、变更、签证等文件的收发登记", None, "签证办理"),
        ("配合项目经理进行变更签证核算", None, "签证办理"),
        ("负责中央空调、新风系统安装项目", None, "计算机组装与维护"),
        ("负责变电站设备巡视、设备验收及缺陷管理", None, "软件测试"),
        ("用禅道做好缺陷跟踪", "软件测试", None),
        ("负责居民用户燃气入户安检", "燃气输配", "安检服务"),  # a gas check at home, no bag screening
        ("使用离港系统（DCS）完成航班操作", "民航票务", "DCS"),  # departure control, no plant's DCS
        ("通过DCS系统进行参数调整", "DCS", None),
        ("遵守机坪安全及防火防静电规定", None, "洁净室作业"),
        ("熟悉《建筑设计防火规范》等消防规范", "消防工程", "建筑设计"),  # a fire code, no design work
        ("负责盾构掘进参数记录与分析", "盾构施工", "矿井建设"),
        ("负责消防系统的施工现场管理", "施工组织设计", "6S现场管理"),  # a site's, not a factory's 6S
        # an IT ad's platforms, pipelines and colleagues
        ("参与App（Android/iOS）及Web端兼容性测试", "软件测试", "Android开发"),  # tested on, not coded
        ("负责App（Android/iOS）开发", "iOS开发", None),
        ("熟悉iOS、Android设计规范", "UI设计", "iOS开发"),
        ("对采集数据进行清洗、去重并入库（MySQL/MongoDB）", "数据库应用", "仓储管理"),
        ("负责货物验收入库", "仓储管理", None),
        ("与UI设计师、后端工程师协作，完成页面还原", None, "UI设计"),  # colleagues, not skills
        ("掌握至少一种机器人编程语言（RAPID等）", "工业机器人编程", "存储技术"),  # no RAID misspelt
        ("熟悉Linux内核参数与网络基础", "Linux运维", "驱动开发"),  # tuning a server, no kernel coding
        ("无纹身、无色盲，能看懂26个英文字母", None, "英语"),  # a line worker reads part codes
        ("英语四级，能读懂英文资料", "英语", None),
        ("操作吹瓶机、灌装机、贴标机、包装机", None, "计算机组装与维护"),  # 灌|装机 is no PC build
        ("负责电脑装机与系统维护", "计算机组装与维护", None),
        ("负责PCBA功能测试，使用示波器", None, "软件测试"),  # a board's test, no software's
        ("负责APP功能测试，编写测试用例", "软件测试", None),
        ("负责体系运行，组织年度内审及管理评审", None, "审计"),  # an ISO system's audit
        # the hirer's side of a hire is not the hire's work
        ("考核优秀者毕业后可直接转正，签订劳动合同，缴纳五险一金", None, "员工关系"),
        ("社保和公积金：入职当天即正式签定劳动合同", None, "员工关系"),
        ("负责签订劳动合同、办理社保", "员工关系", None),  # an HR clerk's duty
        ("办理入离职手续、签订劳动合同、社保缴纳", "员工关系", None),
        ("汇总离职数据，及时签订劳动合同", "员工关系", None),
        ("支持在职考取执业药师，报销考证费用", None, "执业药师"),
        ("有执业药师资格者优先", "执业药师", None),
        ("投递：国网招聘平台；【招聘专业】铁道供电技术", None, "招聘"),
        ("为做好2026届校园招聘工作", None, "招聘"),
        ("负责校园招聘工作", "招聘", None),
        ("通过学校就业指导中心统一报名", None, "职业指导"),
        ("登录医院官网“人才招聘”栏目下载报名表", None, "招聘"),  # a notice's web page
        ("负责人才招聘与培训", "招聘", None),
        ("负责配电房巡查及照明线路维修", None, "轨道线路维修"),  # a building's wiring, no track
        ("负责铁路线路维修", "轨道线路维修", None),
        ("做好幼儿观察记录与成长档案", None, "档案管理"),  # a child's file, no records office
        ("负责人事档案管理", "档案管理", None),
        ("收集完善客户信息", None, "信息收集整理"),  # keeping a customer's record, no research
        ("收集客户意见并及时反馈", "信息收集整理", None),
        ("负责市场信息的收集与整理", "信息收集整理", None),
        ("协助销售员做好销售业绩的统计", None, "销售技巧"),  # a sales figure kept, no selling
        ("配合团队完成销售目标", None, "销售技巧"),  # a target, not a technique
        ("引导客户在网店购买，促成交", "销售技巧", None),
        ("寻找销售机会促成销售", "销售技巧", None),
        ("整理保管财务会计档案", "凭证装订", "财务会计"),  # the accounts' files, no accounting
        ("负责发票、凭证等会计档案的整理保管", "凭证装订", "档案管理"),  # the accounts' own records
        ("整理并装订会计凭证，管理财务档案", "凭证装订", "档案管理"),
        ("协助人事行政部经理完成日常事务", None, "人事事务"),  # a department's name
        ("配合文案策划部、设计部、客服部工作", None, "客户服务"),
        ("负责采购部分办公用品", "采购管理", None),  # 部分 is no department
        # blind probes of trade ads: words spelt across others, or another trade's sense of a word
        ("监控系统数据分析，处理发电量异常", None, "发型设计"),  # 处|理发|电
        ("管理学员考勤与学籍", "考勤管理", "管理学"),  # 管理|学员
        ("熟悉管理学基础知识", "管理学", None),
        ("负责与农户对接，指导播种、田间管理", None, "导播"),  # 指|导播|种
        ("学徒要写作业日记", None, "文案写作"),  # 写|作业
        ("服装厂招平车、四线、五线车工", None, "车工"),  # overlock machinists, no lathe
        ("中职纺织专业毕业，视力好，手脚灵活", None, "应变能力"),
        ("头脑灵活，反应迅速", "应变能力", None),
        ("师傅带徒，一带二，学徒月度技能考核", None, "绩效考核"),  # the apprentice is assessed
        ("组织员工技能考核与评定", "绩效考核", None),
        ("前厅、客房中心、中西餐厅各轮岗2个月", None, "西式烹调"),  # a restaurant
        ("购买实习责任保险。往返车票报销一次", None, "费用报销"),  # a benefit
        ("负责地理空间数据的采集、入库、质检与更新", None, "仓储管理"),  # a database
        ("参与三维模型（倾斜摄影、BIM）的轻量化", None, "摄影摄像"),  # aerial survey
        ("注塑样条的力学、热学、阻燃性能测试", None, "自动化测试"),  # a material's tests
        ("处理偏差、变更和CAPA，配合药监和客户审计", None, "审计"),  # a plant's audit, no accounts
        ("负责公司微信公众号、小红书、视频号日常运营", "新媒体运营", None),
        ("负责机床日常点检、保养，发现异常及时上报", "设备维护保养", None),
        ("做好焊机日常保养，遵守安全操作规程", "设备维护保养", None),
        ("做好焊机日常保养，遵守安全操作规程", "安全生产管理", None),  # a trade's rule, unlike a timesheet's
        ("严格遵守食品卫生规定", "餐饮食品安全", None),
        ("指导操作工规范作业，做好模温机、机械手日常保养", "设备维护保养", None),
        ("负责试剂配制、仪器日常维护", "设备维护保养", None),
        ("浊度、余氯等水质指标日常检测并记录", "水质分析", None),
        # a blind probe of boilerplate-heavy ads: the employer's own plant, awards and creed
        ("车间拥有德国五轴加工中心、海克斯康三坐标等进口设备200余台。", None, "三坐标测量"),
        ("公司通过IATF16949、ISO14001体系认证。", None, "质量认证"),
        ("公司主营PP、PE日用塑料制品和汽车内饰注塑件，拥有注塑机120台。", None, "注塑成型"),  # the blurb
        ("公司正在推进数字化工厂项目，已上线MES生产执行系统。", None, "MES"),
        ("企业精神：务实、奉献、创新、奋进。", None, "创新意识"),
        ("认同公司企业文化，有责任心，勇于创新", "创新意识", None),  # the hire's own
        (
            "公司是第三方环境检测机构，具有CMA资质认定和CNAS实验室认可，实验室配备气质联用、ICP-MS等仪器。",
            None,
            "质谱分析",
        ),
        ("公司是做教育行业，需要愿意主动学习的伙伴。", "学习能力", None),  # the ask after the blurb
        ("XX家政是本市规模最大的母婴服务企业之一，与市妇幼保健院建立长期合作关系。", None, "家政服务"),
        ("先后荣获“省级智能工厂”称号，实行MES数字化车间管理。", None, "MES"),
        ("不要求：不要求电商经验，不要求英语。", None, "英语"),
        ("没有焊工证的，公司免费安排培训考取特种作业操作证。", None, "焊工证"),
        ("持焊工证，会二保焊", "焊工证", None),
        ("公司将免费组织培训并考取特种设备作业人员证（电梯修理）", None, "电梯作业证"),
        ("桩基低应变、回弹法强度检测", None, "应变能力"),  # a pile test
        ("有较强的应变能力", "应变能力", None),
        ("我司承建XX高速公路第三合同段，现招测量员2名", None, "合同管理"),  # a works lot
        ("面向社会招聘社区网格员10名，劳动合同制", None, "员工关系"),  # a form of employment
        ("编制焊接工艺规程WPS，组织焊接工艺评定PQR", None, "办公软件"),  # a welding procedure
        ("熟悉GB 50661、AWS D1.1等标准优先", None, "云计算平台运维"),  # a welding code
        ("熟练使用WPS、Excel", "办公软件", None),
        ("参与实验室期间核查、CNAS内审资料准备", None, "审计"),  # a lab's accreditation audit
        ("化工装置建设安全管理体系运行", None, "民航安全管理"),  # any trade's safety system
        ("懂基本的药品知识，做事认真，排班制", None, "考勤管理"),  # shifts worked, no attendance
        ("配合硬件工程师调试板子，编写固件升级功能", None, "硬件电路设计"),  # a colleague
        ("包工作餐，有班车，入职后办理机场控制区通行证", None, "人事事务"),  # the hire's own pass
        # words two others spell across their boundary
        ("与操作部门密切配合，及时跟踪货物信息", None, "刀工"),
        ("空关房定期户内保洁服务", None, "单位内部保卫"),
        ("拥有时尚潮流媒体、KOL资源", None, "流媒体技术"),
        ("利用网络维护公司客户的业务", None, "计算机网络"),
        ("负责食材的切配", "刀工", None),
        ("汇总及整理发货明细清单", None, "发型设计"),
        ("根据运营部已经编制的生产计划跟踪进度", None, "针织工艺"),
        ("1997年在深圳证券交易所主板上市", None, "证券投资"),
        ("文娱：公司有乒乓球场，定期组织户外活动", None, "球类运动"),  # a perk
        ("每月聚餐400元额度可报销", None, "费用报销"),  # a perk
        ("负责员工名片、员工卡的制作", None, "航空维修文件"),
        ("负责企业资产配置(办公设备、办公用品)的管理", None, "理财规划"),
        ("项目管理中心员工加班的报销事务", None, "项目管理"),  # a department
        ("负责项目管理及进度跟踪", "项目管理", None),
        # a sector someone has experience in is where they worked; e-commerce work done there is read
        ("有电商公司客服经验者优先", None, "电子商务"),
        ("有互联网金融类工作经验者优先", None, "金融科技"),
        ("2年以上第三方物流仓库或电商仓工作经验", None, "物流管理"),  # where they worked
        ("负责协调第三方物流公司安排货物运送", "物流管理", None),
        ("拥有3年以上电商运维经验", "电子商务", None),
        ("负责电商平台的售前咨询及售后服务", "电子商务", None),
        # a company's business scope, its one-stop offer and what "we" stand for are its blurb
        ("某物流有限公司，经营范围包括普通货运、仓储管理服务、货运代理服务。", None, "仓储管理"),
        ("我们用诚信的态度面对客户和供应商，恪守承诺。", None, "供应商管理"),
        ("致力于为各大货代及制造型企业提供专业化服务。", None, "国际货运代理"),
        ("为客户提供一站式、标准化的业务流程外包解决方案。", None, "服务外包实务"),
        # read across a boundary (以|上新), another sense (the Spring Festival, a Panasonic NPM placer, a
        # car's service manual), a colleague, the hirer's offer, a contact's name and an English "not"
        ("3年以上新媒体运营经验", None, "商品管理"),
        ("负责新品上新和活动", "商品管理", None),
        ("Annual leave, Spring Festival bonus", None, "Spring框架"),
        ("熟悉Spring Boot框架", "Spring框架", None),
        ("负责贴片机（松下NPM、富士NXT）程序编写", None, "Node.js"),
        ("按维修手册进行保养维修", None, "航空维修文件"),
        ("与UI设计、后端工程师协作完成接口联调", None, "UI设计"),
        ("我们为您提供：培训：新员工入职培训、定期外部培训", None, "培训管理"),
        ("我们为出口食品企业提供检测服务，实验室通过CNAS认可", None, "实验室质量管理"),
        ("Spring and autumn outings, birthday gift", None, "Spring框架"),
        ("gardening in spring with the residents", None, "Spring框架"),
        ("熟悉Spring、MyBatis框架", "Spring框架", None),
        ("我们坚持平等招聘，不因性别、民族区别对待", None, "招聘"),
        ("欢迎有激情的年轻人加入！", None, "积极主动"),
        ("如果你有不怕吃苦的激情，那么欢迎你加入我们的团队", "吃苦耐劳", None),
        # design tools listed by their abbreviations; alone, AI and PR are other things
        ("熟练使用PS、AI、PR、AE，面试需提供作品集", "Illustrator", None),
        ("熟练使用PS、AI、PR、AE，面试需提供作品集", "After Effects", None),
        ("掌握ps/ai", "Photoshop", None),
        ("熟悉AI、大数据技术", None, "Illustrator"),
        ("懂PR和公关", None, "Premiere"),
        ("负责新能源车辆的定期保养、三电系统故障诊断与维修", "汽车维护与保养", None),
        # a KPI is a figure a job is measured by or reports, not staff appraisal (KPI考核)
        ("每月物流KPI指标统计及快递公司对账", None, "绩效考核"),
        ("Meet KPIs on response time and first-call resolution", None, "绩效考核"),
        ("每月对生产单位进行KPI考核汇总", "绩效考核", None),
        # a fax sent or received works the machine; one drafted, filed or used as a channel does not
        ("负责前台接待，收发传真、信件和快递", "办公设备使用", None),
        ("负责公司传真、信件的收发登记", "办公设备使用", None),
        ("负责替总监草拟各类公函、传真、通告", None, "办公设备使用"),
        ("通过电话、传真、邮件等渠道处理客户需求", None, "办公设备使用"),
        # words spelt across others, and a trade's grade: 公|司鼓|励, 拆|装维|修, 线|路测|试, 车工四级
        ("公司鼓励考取二级造价工程师", None, "戏曲伴奏"),
        ("参与设备机械部分拆装维修，更换轴承", None, "宽带装维"),
        ("使用寻线仪完成线路测试、光纤熔接", None, "无线网络优化"),
        ("数控车工四级证书者优先", None, "大学英语四级"),
        ("有英文四级证书且书写良好", "大学英语四级", None),
        ("模具设计与制造、材料成型及控制技术专业在校生自愿报名", None, "警察防卫与控制"),
        # inspection named by its stage
        ("按检验规程对机加零件进行首件、过程和终检", "质量检验", None),
        ("配合质检员完成过程抽检", "质量检验", None),
        # what a workplace forbids, another post's instruments, words across others, a blurb
        ("车间内禁止佩戴首饰、化妆", None, "化妆造型"),
        ("ICP-MS、GC-MS等大型仪器由高级分析员操作", None, "质谱分析"),
        ("协助BIM组用Revit进行土建模型翻模", None, "雕塑"),
        ("协助BIM组用Revit进行土建模型翻模", "Revit", None),
        ("熟悉GB 4789、GB 5009系列检验标准", None, "铁道车辆检修"),
        ("园所以自然探索为办园特色，引进蒙台梭利教具和STEAM课程", None, "早期教育指导"),
        ("公司同时经营种苗繁育、农业技术培训和温室工程", None, "育苗技术"),
        ("先后获得全国足球特色幼儿园称号", None, "球类运动"),
        # 1+X certificates by their published names
        ("1+X“门店数字化运营与管理”证书者优先", "营销职业技能证书", None),
        ("1+X“现代酒店服务质量管理”证书或英语四级", "酒店运营管理证书", None),
        ("1+X“现代酒店服务质量管理”证书或英语四级", None, "质量管理"),
        ("1+X“Web应用软件测试”证书者优先", "软件开发职业技能证书", None),
        # a workplace's address, and words across others
        ("工作地点：合肥市高新区望江西路创新产业园二期B座", None, "创新意识"),
        ("邻里纠纷初步调解，重大矛盾上报社区调委会处理", None, "地质填图"),
        # a national standard followed is no standardization work
        ("按GB/T 228等国家标准进行金属材料拉伸试验", None, "标准化"),
        ("负责企业标准的起草和标准化工作", "标准化", None),
        ("新入职人员进行医院规章制度、院感防控、消防安全培训，由科室高年资技师带教", None, "医院感染控制"),
        # a technical trade's own soft requirements
        ("安全意识强，能适应倒班", "安全意识", None),
        ("有较强的安全和质量意识", "质量意识", None),
        ("有较强的安全和质量意识", "安全意识", None),
        ("动手能力强，吃苦耐劳", "动手能力", None),
        ("真喜欢车，肯动手，不怕脏手不怕累", "动手能力", None),
        ("真喜欢车，肯动手，不怕脏手不怕累", "吃苦耐劳", None),
        # a contest entered is a record; a drone pilot's licence by its CAAC name
        ("参加过嵌入式或物联网相关技能大赛者优先", None, "物联网系统集成"),
        ("持有民用无人驾驶航空器操控员执照（CAAC）", "无人机驾驶员执照", None),
        ("持有民用无人驾驶航空器操控员执照（CAAC）", None, "智能网联汽车技术"),
        # another trade's sense of a word: a kettle, an EPC contract, a firmware update
        ("Troubleshooting, e.g. dryer not heat, kettle leaking", None, "数据清洗与ETL"),
        ("熟悉Kettle、DataX等ETL工具", "数据清洗与ETL", None),
        ("Clients include HVAC and EPC contractors", None, "核心网技术"),
        ("熟悉4G核心网EPC", "核心网技术", None),
        ("Report software updates (failed OTA cases) to HQ", None, "OTA运营"),
        # what the annotators kept listing under names the vocabulary lacked
        ("具备团队管理能力", "团队管理", None),
        ("能带团队，有门店经验", "团队管理", None),
        ("负责销售团队管理", "销售管理", "团队管理"),  # the longer, a sales manager's work
        ("富有爱心和耐心，喜欢小朋友", "爱心", None),
        ("有良好的审美能力", "审美能力", None),
        ("有同理心，能换位思考", "同理心", None),
        ("具备一定的领导能力", "领导力", None),
        ("会说粤语者优先", "粤语", None),
        ("熟练使用Visio绘制流程图", "Microsoft Visio", None),
        ("会用XMind整理思路", "思维导图", None),
        ("具有较强的分析判断能力", "逻辑思维", None),  # judgement is read as the thinking it is
        ("有大局观，执行力强", "大局观", None),
        ("具备风险意识", "风险意识", None),
        ("有较强的决策能力", "决策能力", None),
        ("良好的情绪管理能力", "情绪管理", None),
        ("能自我激励，目标感强", "积极主动", None),
        ("负责APP用户运营，提升用户留存", "用户运营", None),
        ("负责手游运营", "游戏运营", None),
        ("负责平台广告审核", "内容审核", None),
        ("负责业务需求分析", "需求分析", None),
        ("负责产品技术文档编写", "技术文档编写", None),
        ("负责EDM营销", "网络营销", None),
        ("熟悉进销存", "库存管理", None),
        ("负责候选人背景调查", "招聘", None),
        ("负责市场分析和竞品调研", "市场营销", None),
        ("负责私募股权投资项目的投后管理", "股权投资", None),
        ("负责上市公司信息披露", "信息披露", None),
        ("负责门诊预检分诊", "分诊", None),
        ("为住客办理外币兑换", "外汇业务", None),
        ("会用R语言做统计建模", "统计软件", None),
        # a vocational college's English certificate (PRETCO), and a 1+X certificate by its full name
        ("CET-4或英语A级", "英语应用能力证书", None),
        ("通过高等学校英语应用能力考试A级", "英语应用能力证书", None),
        ("持食品检验管理职业技能等级证书者优先", "食品检验", None),
        # the notices' plain words for a knack for numbers, electrical basics, drawings and cabling
        ("认真细致，对数据敏感", "数字敏感度", None),
        ("具备基本电气知识", "电工技术", None),
        ("掌握电工电子基础", "电工技术", None),
        ("会用CAD看模具图", "机械制图", None),
        ("能识读简单机械装配图", "机械制图", "机械装配"),  # reading the drawing, not assembling
        ("能看懂设备接线图", "电气制图", None),
        ("能看懂零件图，懂公差配合", "公差配合与测量", None),
        ("持中式面点师职业技能等级证书者优先", "厨师证", None),
        # a welder works to the procedure (焊接工艺规程, WPS): it is read, and its WPS is no office suite
        ("按焊接工艺规程（WPS）施焊", "焊接工艺", "办公软件"),
        ("服务器上下架、跳线布线、贴标签", "综合布线", None),
        ("排查常见电气故障（接触器、继电器、变频器报警等）", "电气设备维修", None),
        ("对加工中心、装配线进行日常点检", "设备维护保养", None),
        ("做好焊机、焊枪日常保养和5S", "设备维护保养", None),
        ("具备电工电子、机械基础知识", "机械基础", None),
        ("具备基本的机械和电气知识", "机械基础", None),
        ("普通话二级乙等及以上", "普通话等级证书", "普通话"),  # a level of the test is its certificate
    ],
)
def test_ad_wording_reads_as_the_skill_a_reader_would_list(vocabulary, text, found, not_found):
    assert_reads(vocabulary, text, found, not_found)
