"""The shipped vocabulary reads the blind probes' wording as their annotators did: the readings the
written ads of benchmarks/eval/ads_*.yaml turned up when first read held out (how a job is hired, the
hirer's own notice, a trade's words spelt across others, an apprenticeship's arrangements). What the
51job ads taught is test_vocabulary.py's; wording that asks nothing of the hire is
test_vocabulary_not_asked.py's."""

import pytest
from conftest import assert_reads


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # blind probe of 高职 ads: how a job is hired, a notice's heading, words spelt across others
        ("病案管理科招聘文员2名（劳务派遣）", None, "人力资源外包"),
        ("负责劳务派遣人员的管理", "人力资源外包", None),
        ("XX农村商业银行2026年校园招聘——管理培训生", None, "招聘"),
        ("XX地铁运营有限公司2026年站务员招聘", None, "招聘"),
        ("某宠物医院招聘前台客服。", None, "招聘"),
        ("某女装品牌直播间招聘场控/直播运营，日播12小时", None, "招聘"),
        ("负责校园招聘和面试安排", "招聘", None),
        ("有旅行社工作经验者优先", None, "社会工作实务"),  # 旅行|社工|作
        ("在宠物医院管理系统中建档、挂号", None, "卫生事业管理"),
        ("按企业内控标准检验原辅料", None, "内部控制"),
        ("遵守洁净室（Class 100）规范", None, "南方CASS"),  # an English word, not CASS misspelt
        ("willing to learn and develop", None, "精益生产"),
        ("会使用excel、world办公软件", "Word", None),  # a Chinese ad's world is Word misspelt
        # blind probe of care and public-service ads: what the hirer does for the hire
        ("持保安员证或入职后办理", "保安员证", "人事事务"),
        ("期满考核合格者正式签订劳动合同", None, "员工关系"),
        ("负责员工劳动合同的签订与续签", "员工关系", None),
        ("完成功能性动作筛查FMS和体态评估", None, "自动化生产线调试"),
        ("负责园区视频监控、人脸识别及停车场系统", "安防监控", "计算机视觉"),
        ("办理员工入、离职，招聘基础岗位", "招聘", None),  # a recruiter's work, kept
        # blind probe of primary-industry, energy and chemicals ads
        ("【招聘单位】某新能源运维服务公司", None, "招聘"),
        ("因新场投产招聘场内兽医。", None, "招聘"),
        ("某电厂面向2026届毕业生招聘集控运行岗位", None, "招聘"),
        ("有健康证或入职办理", "健康证", "人事事务"),
        ("实施氮气或磷化氢熏蒸", None, "表面处理"),  # a granary's fumigant, no phosphating
        ("负责零件的磷化和喷涂", "表面处理", None),
        ("使用环控系统调节温室温湿度", None, "城轨机电设备维护"),
        ("负责地铁车站环控设备维护", "城轨机电设备维护", None),
        # blind probe of present-day office and service ads
        ("能看懂装修图纸和材料清单", None, "修图"),  # 装|修图|纸
        ("负责产品图片的修图和排版", "修图", None),
        ("深度手游玩家，熟悉二次元游戏", None, "三坐标测量"),
        ("会使用二次元和三坐标测量仪", "三坐标测量", None),
        ("办理入住退房，负责结账收银", None, "财务报表编制"),
        ("公司招聘电工", None, "招聘"),  # the hirer announcing an electrician
        # blind probe of technical and people-work ads at three levels: the hirer announcing itself,
        # how the hire is employed, the applicant's loyalty
        ("某化工企业仪表车间招聘。", None, "招聘"),
        ("某钢铁集团招聘2026届储备干部。", None, "招聘"),
        ("门店遍布五省，2026届校园招聘储备干部60名", None, "招聘"),
        ("简历请投递BOSS直聘或发邮件", None, "招聘"),
        ("负责公司招聘。", "招聘", None),  # a recruiter's duty ends in 招聘 too
        ("熟悉BOSS直聘等招聘渠道", "招聘", None),
        ("公开招聘社区网格员若干名，签订劳务派遣合同", None, "人力资源外包"),
        ("为会员进行FMS功能性动作筛查", None, "自动化生产线调试"),
        ("具有中华人民共和国国籍，拥护宪法，政治素质好", None, "法学基础"),
        ("熟悉宪法和行政法", "法学基础", None),
        ("参与品牌视觉系统和设计组件库的建设", "品牌视觉设计", "机器视觉"),  # a brand's, not a camera's
        ("调试相机和视觉系统", "机器视觉", None),
        ("了解iOS/Android设计规范", "UI设计", "iOS开发"),  # a designer's guidelines, no app coding
        ("跟进印刷打样，把控色彩", None, "外贸跟单"),  # a print proof, not a garment sample
        ("跟进大货生产和打样", "外贸跟单", None),
        ("协助制作现场检查笔录、询问笔录等执法文书", "行政执法", "侦查讯问"),  # an inspector's record
        ("负责讯问笔录的制作", "侦查讯问", None),
        # blind probe of 中职 and 职业本科 trade ads: a tool's name, a quality system's audit, a boast
        ("熟悉Git、Keil/IAR开发环境", None, "虚拟现实开发"),  # IAR is no AR
        ("有AR开发经验", "虚拟现实开发", None),
        ("熟悉S7-1200PLC编程", "PLC编程", None),  # a model number may run into the term
        ("配合药监飞检、GMP内审及客户审计", "质量认证", "审计"),  # a drug plant's audits, no accounts
        ("负责公司财务内审", "审计", None),
        ("网络安全加固、日志审计，配合等保测评", "网络安全", "审计"),
        ("设备齐全，订单稳定", None, "订单管理"),  # the company's boast
        ("按工艺卡片控制温度，记录生产数据", None, "数据分析"),  # recorded, not analysed
        ("统计相关生产数据，形成报表", "数据分析", None),
        ("月休6天，配电动车/报销油费", None, "费用报销"),  # a perk
        ("负责员工差旅费报销", "费用报销", None),
        ("简历投递至：hr@example.com", None, "人事事务"),  # an address, not HR work
        ("东莞某设备公司，主营锂电池模组装配线。", None, "电池PACK"),  # what the company sells
        ("负责锂电池模组装配", "电池PACK", None),
        ("熟悉设施作物栽培和植物营养知识", "土壤肥料", "营养与膳食"),  # a plant's nutrition, not a diet
        ("规范填写作业记录", None, "文案写作"),  # 填|写作|业
        ("负责抖音、小红书横竖屏视频的剪辑、调色", "短视频制作", None),  # the work named after 的
        ("按照拍摄规范跟进产品的拍摄", "摄影摄像", None),
        # blind probe of 高职 service ads: words spelt across others, a craft's dexterity, a funeral's care
        ("××市中级人民法院根据审判工作需要", None, "民法"),  # 人|民法|院
        ("熟悉民法和民事诉讼法", "民法", None),
        ("组织教育学习、公益活动", None, "教育学"),
        ("负责现金收付及尾箱管理", "出纳", "集装箱运输"),  # a teller's cash box
        ("负责码头箱管工作", "集装箱运输", None),
        ("手眼协调好，细心有耐心", None, "组织协调能力"),  # a dental technician's hands
        ("负责遗体接运、防腐整容", "遗体整容", "腐蚀与防护"),
        ("某日报社招聘全媒体记者、编辑若干", None, "招聘"),  # the hirer announcing the posts
        # blind probe of 职业本科 ads
        ("倡导游戏化课程与家园共育", None, "导游讲解"),  # 倡|导游|戏
        ("持导游证，负责带团讲解", "导游讲解", None),
        ("承建哈萨克斯坦公路项目", None, "器乐演奏"),  # Kazakhstan, no saxophone
        ("会吹萨克斯", "器乐演奏", None),
        ("某光伏电站现因新项目投运招聘运维工程师", None, "Linux运维"),  # any plant's O&M post
        ("有3年Linux运维工程师经验", "Linux运维", None),
        ("有变电值班员工作经验", "变电运维", "牵引变电所运行"),  # any substation's watch
        ("担任牵引变电所值班员", "牵引变电所运行", None),
        ("负责饮料配方研发和新品开发", "食品研发", "精细化学品配方"),  # a drink's formula, no chemicals'
        ("负责新产品配方研发和工艺优化", "精细化学品配方", None),
        # blind probe of 中职 service ads: a phone's settings, the pharmacist a shop hand assists
        ("对数码产品感兴趣，懂安卓/鸿蒙系统基本设置者优先", None, "Android开发"),
        ("熟悉Android开发", "Android开发", None),
        ("在执业药师指导下推荐非处方药", None, "执业药师"),  # the pharmacist's licence, not the hand's
        ("持执业药师证者优先", "执业药师", None),
        ("按要求分类冷藏冷冻食材", None, "冷链物流"),  # a kitchen's fridge, no cold chain
        ("负责冷链配送", "冷链物流", None),
        ("单位简介：市属能源国有企业下属供电服务公司。", None, "电力客户服务"),  # the employer's blurb
        # blind probe of present-day 高职 office ads
        ("有问卷星/腾讯问卷使用经验", "问卷调查", "侦查讯问"),  # 腾|讯问|卷
        ("协助讯问笔录制作", "侦查讯问", None),
        ("处理退货退款、A-to-Z索赔及差评跟进", None, "城轨信号系统"),  # Amazon's claims, no ATO
        ("熟悉ATO列车自动运行", "城轨信号系统", None),
        ("跟进业务受理、装机开通，协调装维人员", "宽带装维", "计算机组装与维护"),  # a broadband line's
        ("配合质检完成录音复盘", None, "录音"),  # calls on file, no sound recording
        ("东莞某锂电池制造企业，员工2000余人。", None, "电池制造工艺"),  # the employer's blurb
        # blind probe of 中职 trade ads: a department announcing itself, a licence's issuer, a tally's
        ("4S店售后部招聘： 【钣金学徒】跟随师傅", None, "招聘"),
        ("某国有煤矿（年产400万吨）招聘井下一线工人。", None, "招聘"),
        ("协助人事部招聘", "招聘", None),  # a recruiter's duty
        ("持有低压电工作业证（应急管理局颁发）", None, "应急管理"),
        ("熟悉应急管理和应急预案编制", "应急管理", None),
        ("配合船方、货代办理交接签证", None, "签证办理"),  # a tally's endorsement, no visa
        ("负责员工出国签证办理", "签证办理", None),
        # a small employer's ad listing its posts under 招聘：
        ("现因售后业务量增大，招聘： 机电维修技师 2名", None, "招聘"),
        ("新交付小区项目招聘： 工程维修员3名", None, "招聘"),
        ("2、 招聘：应聘人员接待，初试", "招聘", None),  # recruiting work under its own heading
        # blind probe of apprenticeship and internship slots: the scheme's arrangements are no skills
        ("与职业学校共建“矿山机电订单班”，招收2026届学徒", None, "订单管理"),  # a sponsored class
        ("负责订单跟踪和订单处理", "订单管理", None),
        ("签订师带徒合同，先地面实训", None, "合同管理"),
        ("考核优秀者毕业直接签劳动合同。", None, "员工关系"),
        ("现面向中职学校招收工学交替实习生40名", None, "招聘"),  # 学|校招|收
        ("毕业可优先参加公司招聘考试", None, "招聘"),
        ("招聘专线：0769-8x", None, "招聘"),  # a contact line
        ("简历投递：hr＠xxfood.com", None, "人事事务"),  # a full-width @ is still an address
        ("面向职业本科院校招收2026届财务实习生", None, "招聘"),  # 院|校招|收
        ("考核通过纳入当年校招录用", None, "招聘"),
        ("进厂先完成三级安全教育并考试合格", None, "安全教育培训"),  # received, not given
        ("负责组织三级安全教育和安全培训", "安全教育培训", None),
        ("做好顾客档案登记及售后回访", "客户信息管理", "档案管理"),  # a shop's customer records
        ("负责科室文件收发、登记、归档", "档案管理", None),
        ("在具备CMA CNAS资质的实验室工作", None, "管理会计"),  # a lab's accreditation
        ("培养体系：入职培训+上岗证考核，采样员→检测员", None, "培训管理"),  # the notice's scheme
        ("培养体系：质检员→质检组长→品控主管。", None, "质量检验"),  # a career ladder
        ("负责新员工入职培训", "培训管理", None),
        ("我们是佛山一家自动化系统集成商，专注焊接。", None, "信息系统集成"),  # the company's blurb
        ("公司为国网系统下属供电服务企业。", None, "电力客户服务"),
        ("负责公司为客户提供的系统集成服务", "信息系统集成", None),  # a duty naming the company
        ("具有较强的事业心、团队合作精神和独立处事能力", "独立工作能力", None),
        ("具有较强的独立学习和工作的能力，工作踏实", "独立工作能力", None),
        ("能独立处理空运的运价、订舱", None, "独立工作能力"),  # a duty done alone, not an ability asked
        ("地铁站安检员岗位，负责进站乘客的人身安检", "安检服务", "民航安检"),  # a metro's, not an airport's
        ("机场安检员，持民航安全检查员证", "民航安检", "安检服务"),
        # blind probe of natural ads and notices (probe10): a salary, a notice's title, the teachers, the
        # hirer's licence, a class of certificates named by its members, a kind of project, a leaflet
        ("新能源汽车维修技师/学徒 · 5-10K", None, "医疗器械注册"),  # no 510(k)
        ("负责产品510K注册资料准备", "医疗器械注册", None),
        ("熟悉西门子S7-1200编程", "PLC编程", None),  # a model's number is no salary
        ("根据《3-6岁儿童学习与发展指南》设计区域活动", "学前教育理论", None),  # nor an age range
        ("【春季招聘会·单位展位卡】", None, "招聘"),
        ("【招聘】××骨科医院护士（含应届生）", None, "招聘"),
        ("负责组织校园招聘会和面试", "招聘", None),
        ("📞 或加HR微信：xm-hr2026（备注实习）", None, "人事事务"),
        ("订单班课程（企业工程师授课）：SMT工艺与设备", None, "课堂教学"),
        ("负责新员工岗前培训的授课", "课堂教学", None),
        ("3. 能接受户外作业和登高作业（高处作业证由公司组织培训考取）；", None, "高处作业证"),
        ("持有高处作业证", "高处作业证", None),
        ("持有特种设备作业人员证（电梯修理）者优先", "电梯作业证", "特种设备作业证"),
        ("持有特种设备作业人员证", "特种设备作业证", None),
        ("参与公司智慧园区、政务服务类项目的后端开发", None, "政务服务"),
        ("配合开展组件清洗、防雷接地检测等工作", "雷电防护", "建筑电气"),
        ("完成海报、画册、折页、易拉宝等平面物料设计", None, "印后加工"),
        ("现公司提供顶岗实习岗位50个，请各班级积极组织学生报名。", None, "积极主动"),
        ("工作积极主动，有责任心", "积极主动", None),
        ("单位名称：苏州恒安智能安防科技服务有限公司", None, "智能安防"),
        ("负责智能安防系统的安装调试", "智能安防", None),
        ("冶金与材料学院｜长盛钢铁订单班来了！", None, "材料科学基础"),
        ("月底协助出纳盘点库存现金", None, "库存管理"),
        ("负责仓库库存盘点", "库存管理", None),
        ("3. 已取得或正在备考施工员、测量员等岗位证书者优先。", "施工员证", None),  # studying is a plus
        ("正在备考法考的同学我们非常欢迎", None, "法律职业资格证"),  # still studying: not held
        ("- 持高压电工、登高作业特种作业操作证者优先；", "电工操作证", None),  # the class's members before it
        ("- 持高压电工、登高作业特种作业操作证者优先；", "高处作业证", None),
        ("不要求持有高压电工、登高作业特种作业操作证", None, "高处作业证"),
        # a preschool teacher's skills in one character each, three or more listed together
        ("普通话二级甲等以上，弹、唱、跳、画、说基本功扎实", "声乐", None),
        ("具备弹、唱、跳、画、说等基本技能", "教师口语", None),
        ("具备弹、唱、跳、画、说等基本技能", "钢琴弹奏", None),
        ("会弹唱儿歌", "钢琴弹奏", "声乐"),  # 弹唱 is one skill
        ("负责说、画宣传栏", None, "教师口语"),  # two verbs are no list of skills
        ("（3）病虫害识别与绿色防控（黄板、熊蜂授粉）", "病虫害防治", None),
        ("负责番茄、黄瓜的育苗和定植", "育苗技术", None),
    ],
)
def test_probe_wording_reads_as_the_skill_their_annotators_listed(vocabulary, text, found, not_found):
    assert_reads(vocabulary, text, found, not_found)
