"""Wording that names a skill but asks nothing of the hire, as the shipped vocabulary reads it: work
the ad waives, gives to another post or department, or only has the hire help with; the employer's
blurb, the training it gives, what it pays for and its own hiring notice; the fields of study it names.
Each row is such wording once read as a skill asked, beside the wording that still asks it. What a word
means is test_vocabulary.py's."""

import pytest
from conftest import assert_reads


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # the other trades and departments a hire helps; a specialist helped is often the hire's own
        ("配合机修钳工完成模具台更换", None, "钳工"),
        ("配合仪表工、机修工开展检修", None, "自动化仪表"),
        ("配合钣喷组完成事故车拆装", None, "汽车喷漆"),
        ("配合社工组织老人文娱活动", None, "社会工作实务"),
        ("协助法务专员进行各类合同审核管理，协助处理公司法律事务", "非诉法律事务", None),
        ("积极主动协助协调各部门", "组织协调能力", None),
        ("配合预算员做工程量签证", "工程造价", None),
        ("配合预算员做工程量签证", None, "签证办理"),  # a works variation, no visa
        ("持二级造价工程师证书者优先（公司报销考试费用）", None, "费用报销"),
        ("持二级造价工程师证书者优先（公司报销考试费用）", "造价工程师", None),
        ("酒店拥有客房420间，下设前厅部、客房部、餐饮部、工程部", None, "前厅服务"),
        ("园区特色课程有绘本阅读、STEAM科学、足球和陶艺", None, "陶瓷制作工艺"),
        ("特维亚电子（苏州）为美资电子制造服务企业。", None, "电子产品制造工艺"),
        ("有设计基础者优先。不要求会3Dmax、酷家乐等室内设计软件。", None, "室内设计"),
        ("有设计基础者优先。不要求会3Dmax、酷家乐等室内设计软件。", None, "效果图制作"),
        ("不需要懂纺织面料和印染工艺，公司有老员工带", None, "染整工艺"),
        ("不要求有育婴员证或营养师证", None, "公共营养"),
        ("正在备考法考的同学我们非常欢迎", None, "法律职业资格证"),
        ("普通话不作要求（纯文字客服）", None, "普通话"),
        ("内训还有Python入门课（不作为岗位要求）", None, "Python"),
        ("有教师资格证者优先（非必须）", "教师资格证", None),  # still a nice-to-have
        # work the ad gives to someone else
        ("配合钣喷车间完成事故车拆装（钣金、喷漆作业由钣喷技师负责）", None, "钣金加工"),
        ("跟进到货进度，来料检验由品质部负责", None, "质量检验"),
        ("组织岗前技能培训的报名、签到（培训由生产部技术员授课）", None, "课堂教学"),
        ("复杂曲面零件的CAM编程由编程组负责，操作工只需按程序加工", None, "CAM编程"),
        ("负责PLC编程，安装由厂家负责", "PLC编程", None),  # the hire's own work before the comma
        ("不要求有育婴员证，公司提供母婴知识和婴幼儿喂养培训", None, "婴幼儿营养喂养"),  # the employer's
        ("带教和培训店员，做好新员工入职辅导", "培训管理", None),  # the staff a lead trains
        ("组织新员工入厂培训和安全教育", "培训管理", None),
        ("互帮互助的团队氛围，老员工带教新员工", None, "培训管理"),  # the hire is the one taught
        ("参加公司组织的培训", None, "培训管理"),
        ("现因订单增加招聘加工中心操机员", None, "订单管理"),
        ("现因业务发展需要，招聘以下岗位：", None, "招聘"),
        ("现因订单增加招聘，无需经验", None, "招聘"),
        ("负责招聘、培训工作", "招聘", None),
        ("与设计师、摄影师对接拍摄需求", None, "商业摄影"),
        # a bank's wealth managers helped, and its wealth products recommended: no financial planning
        ("协助理财经理识别潜在客户，推荐信用卡、理财等产品", None, "理财规划"),
        ("配合理财经理推荐理财、基金等产品", None, "理财规划"),
        ("向客户推荐银行卡、手机银行、理财产品，转介给理财经理", None, "理财规划"),
        ("配合投资顾问做好客户维护", None, "理财规划"),
        ("根据客户需求提供全方位的理财咨询服务", "理财规划", None),
        ("负责理财产品销售", "理财规划", None),
        ("与保育员、保健医配合做好卫生保健工作", None, "保育员证"),
        ("负责产品拍摄，有摄影师经验", "商业摄影", None),
        # ... named as the photographer (摄影) in a list, met (对接) or helped with a shoot (配合…拍摄)
        ("与美工、摄影沟通完成视觉呈现", None, "摄影摄像"),
        ("与美工、摄影沟通完成视觉呈现", None, "平面设计"),
        ("对接摄影师、设计师完成产品图片、短视频的拍摄与制作", None, "商业摄影"),
        ("配合摄影师拍摄产品", None, "商业摄影"),
        ("负责婚礼摄影及后期修图", "摄影摄像", None),
        ("兼做美工，负责主图设计", "平面设计", None),
        ("品行端正，无不良征信，服务意识强", None, "信用管理"),
        ("负责客户征信调查", "信用管理", None),
        # a sentence opening with the employer's registered name, its products, what it brings together
        ("嘉兴云仓供应链管理有限公司为电商品牌提供仓储外包、订单履约和退货处理服务。", None, "订单管理"),
        ("山东海润化学有限公司位于化工园区，主要产品为环氧丙烷及表面活性剂。", None, "精细化工"),
        ("公司集新车销售、售后维修、零配件供应、保险理赔于一体。", None, "保险理赔"),
        ("公司产品广泛用于木器涂料、工业涂料和汽车涂装领域", None, "涂料技术"),
        # ... what it makes or contracts for, its clients, the year it was set up under any verb
        ("公司生产速冻面点和中式糕点，销往华东各地。", None, "中式面点"),
        ("公司主要生产低压断路器、接触器等低压电器产品。", None, "电气控制"),
        ("公司承接商业综合体、医院的暖通、给排水及电气安装工程。", None, "暖通空调"),
        ("主要客户包括国内外知名家电品牌和汽车一级供应商。", None, "供应商管理"),
        ("上海乐思少儿英语培训中心创立于2011年，专注少儿英语教学。", None, "英语教学"),
        ("负责公司生产设备的日常维护保养", "设备维护保养", None),
        ("负责维护主要客户，开发新客户", "销售技巧", None),
        ("负责与物流有限公司对接，做好订单管理", "订单管理", None),  # a duty naming a company
        ("负责营业执照、经营范围变更及工商登记", "工商注册", None),  # an admin's duty
        ("我们一直在寻找懂报关的你", "报关", None),  # the ask, not the blurb
        # 主要职责 ends a 关于我们 section
        ("关于我们\n公司主营仓储服务。\n主要职责：\n1. 负责仓库盘点及库存管理", "库存管理", None),
        ("五险一金, 交通补贴, 认证考试报销（CCNP/HCIP）", None, "费用报销"),  # a benefit, no expense work
        # a duty the ad waives is waived however it is worded, as a term or as a phrase
        ("客户资源全部由公司提供，无需开发客户源", None, "销售技巧"),
        ("熟练使用Excel函数，不要求写分析报告", None, "数据分析"),
        ("使用SPSS进行频数统计、交叉分析", "数据分析", None),
        # what the hirer does for the hire: a licence it supports or pays for, its own hiring notice
        ("公司鼓励考取二级造价工程师", None, "造价工程师"),
        ("中心提供学历提升和考取社会工作者职业资格的支持", None, "社会工作者证"),
        ("全额报销中级会计职称考试费用", None, "中级会计职称"),
        ("全额报销中级会计职称考试费用", None, "费用报销"),
        ("招聘岗位：电气装配调试员（校招，2026届）", None, "招聘"),
        ("洛阳河洛中心医院2026年护理人员招聘公告", None, "招聘"),
        ("负责校招工作，组织宣讲会", "招聘", None),
        ("医院提供继续教育学分项目和专升本学历提升补贴", None, "教育学"),
        # work the hire does not do: kept from, waived, not hired for, given to another post or person
        ("高压作业由持证技师负责，实习生不接触带电作业", None, "输电线路运维"),
        ("钣金、喷漆岗位本次不招", None, "钣金加工"),
        ("钣金、喷漆岗位本次不招", None, "涂装工艺"),
        ("会用AutoCAD者优先；会SketchUp、PS做效果图的不要求", None, "SketchUp"),
        ("会用AutoCAD者优先；会SketchUp、PS做效果图的不要求", "AutoCAD", None),
        ("负责修剪、施肥作业，农药配比由植保技术员确定", None, "农药应用"),
        ("负责施工日志填写、施工资料收集整理（资料员负责归档）", None, "资料员证"),
        ("首件自检，填写自检记录后交质检员确认", None, "质量检验"),
        ("在护士长和责任组长领导下，负责基础护理", None, "护理管理"),
        ("在护士长和责任组长领导下，负责基础护理", "基础护理", None),
        ("须取得护士执业资格证书，否则解除合同", None, "合同管理"),
        # the employer's blurb: what it builds for whom, the certificates it holds, a kindergarten's own
        ("我们主要为高校、医院和政府单位开发智慧校园平台、HIS医院信息系统", None, "医院信息系统"),
        ("公司通过CMMI3级评估、ISO9001认证，拥有软件著作权80余项", None, "质量管理"),
        ("协助公司通过ISO9001认证", "质量管理", None),  # a duty
        ("我园开设12个教学班，开展海洋特色课程和蒙台梭利混龄班", None, "早期教育指导"),
        ("熟悉蒙台梭利教学法", "早期教育指导", None),
        ("蓝湾度假酒店（国际品牌管理的五星级度假酒店）诚招2026届实习生", None, "品牌管理"),
        # an apprenticeship's training, headed or said in passing, and what the hirer arranges
        ("——培训安排——\n入职安全交底+车间5S培训；由调试组长带教", None, "6S现场管理"),
        ("（五）培训：入职ESD防静电培训、6S、品质基础培训", None, "6S现场管理"),
        ("【培训与取证】入职后进行三级安全教育", None, "安全教育培训"),
        ("实习期间安排资深造价工程师“一带一”", None, "造价工程师"),
        ("不要求入职时持有电梯作业人员证，公司安排培训并报考特种设备作业人员证", None, "电梯作业证"),
        ("不要求入职时持有电梯作业人员证，公司安排培训并报考特种设备作业人员证", None, "特种设备作业证"),
        ("入职需办理健康证", None, "人事事务"),
        ("报名请联系学院招就处或企业HR 邓小姐", None, "人事事务"),
        # fields of study, not skills
        ("能辨识常用中药饮片者优先（中药学专业）", None, "中药学"),
        ("面向：储能材料技术、新能源材料应用技术", None, "锂电池材料"),
        ("招收烹饪工艺与营养、营养配餐专业学徒25名", None, "营养与膳食"),
        # the hirer's side again, and what the job does not involve, listed
        ("身体健康，需办理健康证（公司报销）", None, "费用报销"),
        ("没有的入职时公司带去办理并报销", None, "费用报销"),
        ("协助完成公司报销、采购等行政事务", "费用报销", None),
        ("本岗位不涉及业务推广和电话销售，营销部另行招聘", None, "销售技巧"),
        ("本岗位不涉及业务推广和电话销售，营销部另行招聘", None, "招聘"),
        ("贷款由客户经理负责，柜员不办理贷款业务", None, "信贷业务"),
        ("五、招聘程序：网上报名—资格审查—笔试—面试", None, "招聘"),
        ("【招募岗位】邮轮餐厅服务生、客舱服务员、酒吧服务员", None, "客舱服务"),
        # blurbs: a home's kind, a firm's practice areas, a kindergarten's speciality; the hirer's own hiring
        ("康颐园是太原市小店区的一家医养结合型养老机构，床位400张", None, "医养结合服务"),
        ("本所主要业务领域包括劳动争议、公司法律顾问与企业合规", None, "非诉法律事务"),
        ("是省级示范幼儿园，以蒙台梭利教育和绘本阅读为特色", None, "早期教育指导"),
        ("💗太原康颐园养老服务中心招聘💗", None, "招聘"),
        ("📞 招聘负责人：浦教练 0592-5566778", None, "招聘"),
        # work a department, another post or another company does
        ("其中市场销售部负责直播带货和线上推广", None, "直播带货"),
        ("工程预算由预算员编制，现场施工由项目部负责", None, "工程造价"),
        ("三维特效外包给合作公司制作", None, "影视特效"),
        ("中间产品检测和成品放行由QC、QA负责", None, "质量检验"),
        ("HAZOP分析和工艺变更管理由工艺安全工程师负责", None, "注册安全工程师"),
        ("协助部门负责人完成海运海外指定货业务操作", "国际货运代理", None),  # the hire's own duty
        # a school's forwarded notice and the hirer's training and paperwork
        ("经学校招生就业处联系，中湘建工来校招聘", None, "招聘"),
        ("以下为医院招聘信息，请于12月1日前在“就业服务平台”报名", None, "职业指导"),
        ("新人入职先进行医院制度和医疗安全培训，然后在各病区轮转", None, "安全教育培训"),
        ("大二下学期开设订单班，企业讲师进校授课（客运组织、行车组织、票务管理）", None, "铁路行车组织"),
        ("有企业人力资源管理师（四级）证书者优先", None, "大学英语四级"),
        ("审核订单尺寸，对接生产部门处理补单", None, "助产技术"),
        ("细心、耐心，空间想象力好", None, "创新意识"),
        # another shop's trade, a place named for a skill, a blurb's one-line heading
        ("等你拿了证才能上手。钣金喷漆是钣喷车间的活，不归机电组", None, "钣金加工"),
        ("园有绘本馆、种植园和室内游泳馆，开设英语浸润班", None, "游泳"),
        ("简介：主营消费电子PCBA代工，ISO9001/IATF16949/ISO13485体系认证", None, "质量管理"),
        # the hirer paying for an exam or a fare, however it says so
        ("电工证公司统一安排考，费用报销", None, "费用报销"),
        ("负责日常账务处理，费用报销", "费用报销", None),  # a clerk's duty stays
        ("一年后可以参加服装制版师职业技能等级认定，考证费公司报销", None, "费用报销"),
        ("工作安排：上20天休10天，往返西宁的交通费公司报销", None, "费用报销"),
        ("公司报销NSCA-CPT、ACE等国际认证考试费用的50%", None, "费用报销"),
        # the hirer's own campus hiring: a year's 校招, an English heading, a manager come to 学校招人
        ("📢 黔通路桥 | 2026届校招来啦！", None, "招聘"),
        ("Wuhan Donghu United Automobile Co., Ltd. — Campus Recruitment 2026", None, "招聘"),
        ("今年老板让我亲自来学校招人", None, "招聘"),
        ("网申：登录公司招聘官网“校园招聘”栏目", None, "招聘"),
        ("负责校园招聘和社会招聘", "招聘", None),
        # work given to others with a bracketed abbreviation, sent out (外协), or said to be another's
        ("行车调度由控制中心（OCC）负责", None, "铁路行车组织"),
        ("监控系统（SCADA）由厂家负责维护升级", None, "组态软件"),
        ("备件采购由设备科统一办理", None, "采购管理"),
        ("热处理和表面处理外协加工，不需要相关经验", None, "表面处理"),
        ("负责诉讼、保全、执行及外协律师沟通", "诉讼实务", None),  # outside lawyers, no outsourcing
        ("面料检验是品管部做的", None, "验布"),
        ("几件事说清楚：买菜、验货是采购部的事", None, "外贸跟单"),
        ("会计核算是财务部的核心工作之一", "会计核算", None),
        # whoever a list names before 协作/配合, a list of departments, the services a company buys in
        ("与美工、客服、仓储协作，保证店铺正常运营", None, "平面设计"),
        ("与美工、客服、仓储协作，保证店铺正常运营", None, "客户服务"),
        ("与外贸业务员配合，及时反馈生产进度", None, "外贸业务"),
        ("负责与供应商对接，完成商品的采购", "供应商管理", None),  # the hire's own partner
        ("跟进订单生产进度，与生产计划、仓库、物流部门保持沟通", None, "生产计划与控制"),
        ("协调工厂、单证、船务等部门确保按时出货", None, "外贸单证"),
        ("负责食堂、保洁、保安、绿化等外包服务的日常管理", None, "保安服务"),
        ("对接场地、搭建、灯光音响、礼仪等供应商", "供应商管理", "商务礼仪"),  # services bought in
        ("协助外贸业务员翻译往来邮件", "笔译", "外贸业务"),  # the colleague an assistant helps
        ("对采购、费用报销、合同执行等流程进行审计", "审计", "费用报销"),  # what an auditor audits
        ("对各门店的现金、库存、促销费用、收银等进行巡店检查", None, "收银"),
        ("负责门店收银工作", "收银", None),
        ("编制日生产计划，下达工单至冲压、折弯、焊接、喷涂各车间", None, "焊接"),  # workshops
        ("下达工单至冲压、折弯、焊接、喷涂各车间", None, "涂装工艺"),  # ... the last one too
        ("负责焊接车间的设备维护", "焊接", None),  # one workshop alone is often the job's own trade
        ("日常物流调度、对账审核、物流供应商考评", "运输管理", None),  # no list closed by 等: duties
        ("受理投诉及时提交相关部门", "客户服务", None),  # 及时 lists nothing
        # each trade of a list before 行业, or before a company's experience
        ("1年以上建筑智能化、安防或弱电工程行业经验", None, "建筑智能化"),
        ("有会计师事务所或代理记账公司工作经验者优先", None, "代理记账"),
        ("有劳务派遣或猎头公司经验优先", None, "人力资源外包"),
        ("1年以上电子制造企业采购经验", None, "电子产品制造工艺"),
        ("2年以上电子制造企业PMC或计划工作经验", None, "电子产品制造工艺"),
        ("有物流企业仓储管理经验", "仓储管理", None),
        ("熟悉劳务派遣业务", "人力资源外包", None),
        ("有汽车销售或其他行业销售经验", "汽车营销", None),  # the other trades are the list's
        # a post held before, named as the skill: experience, not the skill asked for
        ("有从事销售助理、文秘内勤、商务客服等经验优先", None, "销售助理"),
        ("有从事销售助理、文秘内勤、商务客服等经验优先", None, "文秘"),
        ("1-3年销售助理或销售内勤经验", None, "销售助理"),
        ("从事过销售助理或统计类工作者优先考虑", None, "销售助理"),
        ("熟悉销售助理工作流程及基础公文写作格式", "销售助理", None),
        ("负责部门的文秘工作，起草会议纪要", "文秘", None),
        ("有客服经验者优先", "客户服务", None),  # a skill by name is still asked for
        ("有良好的心理素质、热爱教育行业", "抗压能力", None),  # an ability is no trade
        # a works variation checked on site, a hull drawing read
        ("跟随项目组到现场进行踏勘、签证核实", None, "签证办理"),
        ("负责客户签证资料的审核", "签证办理", None),
        ("能看懂船体结构图和焊接工艺规程", None, "船舶设计"),
        ("熟悉船舶结构设计", "船舶设计", None),
        ("负责冲压线、焊装机器人工作站的日常点检", None, "冲压工艺"),
        ("熟悉冲压工艺及模具结构", "冲压工艺", None),
        # work someone else provides, manages, leads or mends, or is handed (交由)
        ("考勤数据由客户HR提供", None, "考勤管理"),
        ("核心网络设备由客户总部网络团队管理", None, "团队管理"),
        ("打印机、复印机报修联系，设备由供应商上门维修", None, "供应商管理"),
        ("复杂空间交由设计师出效果图", None, "效果图制作"),
        ("统计车间员工出勤及计件工时，交人事部核算工资", None, "工资核算"),
        ("负责员工考勤统计及工资核算", "工资核算", None),
        ("负责模具费用、外协加工费（喷涂、丝印）的核对与分摊", None, "涂装工艺"),
        ("负责喷涂线的日常管理", "涂装工艺", None),
        ("熟练使用Excel整理由客户提供的数据", "Excel", None),  # what another provides, worked on
        ("熟练使用Excel整理由客户负责的数据", "Excel", None),
        ("负责客户空间的效果图制作", "效果图制作", None),
        # a colleague's post: a supervisor, a consultant, the documents or merchandising clerk
        ("与美工沟通页面设计需求，与客服主管对接活动话术", None, "客户服务"),
        ("与软件实施顾问一起完成成本模块的测试", None, "软件实施"),
        ("配合单证员完成订舱出运", None, "外贸单证"),
        ("负责软件实施及上线培训", "软件实施", None),
        ("协调美工、推广、客服等人员，顺利完成店铺活动", None, "客户服务"),  # the people coordinated
        ("协调美工、推广、客服等人员，顺利完成店铺活动", "组织协调能力", None),
        ("配合新媒体运营人员完成稿件制作", "新媒体运营", None),  # one alone: often the hire's own
        ("负责各大安卓应用市场的运营和投放", None, "Android开发"),  # an app store
        # a waiver after the term
        ("工作主动，细心；英语无要求。", None, "英语"),
        ("英语口语流利；学历无要求", "英语", None),
    ],
)
def test_wording_that_asks_nothing_of_the_hire_names_no_skill(vocabulary, text, found, not_found):
    assert_reads(vocabulary, text, found, not_found)
