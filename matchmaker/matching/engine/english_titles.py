"""An English job title in the words the majors' job roles use: "Accounts Payable Clerk" → 应付会计.

Foreign-invested employers in China post titles in English only ("Customer Service Representative",
"QC Inspector"); the roles are written in Chinese, so such a title named no role at all. Each entry
is a phrase of the titles these employers use and the role word that names the same post; the most
specific phrases come first (an "Accounts Payable Clerk" is no bare clerk). A word that also names
something else (an "Office" that is a place, a "Server" that is a computer) is only read in a
phrase that settles it.
"""

from __future__ import annotations

import re

_ENGLISH_TITLES = (
    # finance
    (r"accounts?\s*payable", "应付会计"),
    (r"accounts?\s*receivable|a/?r\s+(?:clerk|specialist|accountant)", "应收会计"),
    (r"payroll", "薪酬专员"),
    (r"tax\s+(?:accountant|specialist|assistant|clerk)", "税务专员"),
    (r"auditor|audit\s+(?:assistant|associate|clerk)", "审计助理"),
    (r"cashier", "出纳"),  # an English-titled post is a finance office's, a shop's till is 收银员 in Chinese
    (r"(?:accounting|finance|account)\s+(?:assistant|clerk)|(?:assistant|junior)\s+accountant", "会计助理"),
    (r"accountant|bookkeeper", "会计"),
    (r"bank\s+(?:teller|clerk)", "银行柜员"),
    (r"(?:loan|credit)\s+officer|loan\s+(?:specialist|advisor|adviser)", "信贷专员"),
    (r"insurance\s+(?:agent|sales\w*|advisor|adviser|consultant)", "保险代理人"),
    # trade and logistics
    (r"customs\s+(?:declarant|broker|clerk|specialist|declaration|affairs)", "报关员"),
    (
        r"(?:documentation|documents?|shipping|export|import|import\s*(?:&|and)\s*export|doc)\s+"
        r"(?:clerk|specialist|coordinator|assistant|officer|executive)|(?:export|import|shipping)\s+documentation",
        "单证员",
    ),
    (r"(?:sea|ocean)\s+freight", "海运操作"),
    (r"air\s+freight", "空运操作"),
    (r"freight\s+forward\w*|forwarding\s+(?:operator|coordinator|specialist|executive)", "货代操作"),
    (r"warehouse\s+\w+|storekeeper|inventory\s+(?:clerk|controller|specialist|assistant)", "仓库管理员"),
    (r"logistics\s+(?:coordinator|specialist|assistant|clerk|officer|executive|operator)", "物流专员"),
    (r"supply\s+chain\s+(?:assistant|specialist|coordinator|executive)", "供应链专员"),
    (r"order\s+(?:management|processing|desk|entry|admin\w*)", "订单专员"),
    (r"merchandiser", "外贸跟单员"),
    (
        r"(?:purchasing|purchase|procurement|sourcing)\s+(?:assistant|clerk)|(?:assistant|junior)\s+buyer",
        "采购助理",
    ),
    (r"buyer|purchaser|(?:purchasing|procurement|sourcing)\s+(?:specialist|executive|officer)", "采购员"),
    (
        r"(?:export|overseas|international|foreign\s+trade)\s+sales|"
        r"(?:foreign\s+trade|international\s+trade|export)\s+(?:specialist|executive|representative)",
        "外贸业务员",
    ),
    (
        r"sales\s+associate|shop\s+assistant|retail\s+(?:associate|assistant|sales\w*)|(?:store|shop)\s+clerk",
        "导购",
    ),
    (r"(?:store|shop|boutique)\s+(?:manager|supervisor)", "店长"),
    (r"sales\s+(?:assistant|coordinator|admin\w*|support)", "销售助理"),
    (r"sales\s+(?:representative|rep|executive|specialist)|salesman|saleswoman", "销售代表"),
    # office
    (r"(?:english|bilingual)(?:[\s-]+speaking)?\s+customer\s+(?:service|care|support)", "英语客服"),
    (r"japanese(?:[\s-]+speaking)?\s+customer\s+(?:service|care|support)", "日语客服"),
    (r"korean(?:[\s-]+speaking)?\s+customer\s+(?:service|care|support)", "韩语客服"),
    (r"customer\s+(?:service|care|support)|call\s+cent(?:er|re)\s+(?:agent|representative)", "客服专员"),
    (r"front\s+office|guest\s+(?:service|relations)", "前厅接待"),  # a hotel's front of house
    (r"receptionist|front\s+desk", "前台"),
    (
        r"admin(?:istrative|istration)?\s+(?:assistant|specialist|executive|clerk|officer|coordinator)|"
        r"office\s+(?:assistant|administrator|coordinator|admin)",
        "行政助理",
    ),
    (r"(?:executive|personal)\s+assistant|secretary", "秘书"),
    (r"data\s+entry", "文员"),
    (r"recruit(?:er|ment\s+\w+)|talent\s+acquisition", "招聘专员"),
    (
        r"(?:hr|human\s+resources?|personnel)\s+(?:assistant|specialist|admin\w*|coordinator|clerk|officer)",
        "人事助理",
    ),
    (r"translator|interpreter", "翻译"),
    (r"paralegal|legal\s+assistant", "法务助理"),
    (r"marketing\s+(?:assistant|specialist|executive|coordinator|officer)", "市场专员"),
    (r"event\s+(?:coordinator|planner|executive|specialist|assistant)", "活动执行"),
    # online trade and design
    (r"amazon\s+(?:operat\w*|specialist|assistant|executive)", "亚马逊运营"),
    (r"cross[\s-]*border\s+e[\s-]*commerce|(?:aliexpress|ebay|shopify)\s+\w+", "跨境电商运营"),
    (
        r"(?:e[\s-]*commerce|online\s+store)\s+(?:operat\w*|specialist|assistant|executive|coordinator)",
        "电商运营",
    ),
    (r"social\s+media|new\s+media|content\s+(?:operation|operator|specialist|creator)", "新媒体运营"),
    (r"(?:graphic|visual)\s+designer?", "平面设计师"),
    (r"ui(?:\s*/\s*ux)?\s+designer|ux\s+designer", "UI设计师"),
    (r"interior\s+designer", "室内设计师"),
    (r"video\s+(?:editor|producer)", "视频剪辑师"),
    (r"photographer", "摄影师"),
    # hotels, restaurants, travel
    (r"housekeeping|room\s+attendant", "客房服务员"),
    (
        r"waiter|waitress|f\s*&\s*b\s+(?:service|attendant|server)|food\s+and\s+beverage|restaurant\s+server",
        "餐厅服务员",
    ),
    (r"barista", "咖啡师"),
    (r"bartender|mixologist", "调酒师"),
    (r"pastry(?:\s+(?:chef|cook))?|baker", "西点师"),  # before the chef: a pastry chef is a 西点师
    (r"chef|cook|commis", "厨师"),
    (r"travel\s+(?:consultant|agent|advisor|adviser)|tour\s+(?:consultant|operator)", "旅游顾问"),
    (r"tour\s+guide", "导游"),
    (r"flight\s+attendant|cabin\s+crew|stewardess", "空中乘务员"),
    (r"ground\s+staff|passenger\s+service|check[\s-]*in\s+agent", "机场地勤"),
    # plants and workshops
    (r"(?:auto(?:motive)?|car|vehicle)\s+(?:technician|mechanic)", "汽车维修技师"),
    (r"robot(?:ic)?\s+weld\w*|weld\w*\s+robot\w*", "焊接机器人操作员"),
    (r"welding\s+(?:technician|engineer)", "焊接技术员"),
    (r"welder|welding", "焊工"),
    (r"injection\s+mou?ld\w*", "注塑技术员"),
    (r"smt", "SMT技术员"),
    (r"mou?ld\s+(?:maker|fitter|technician)|(?:tool\s+(?:and|&)\s+)?die\s+maker", "模具钳工"),
    (r"electronics?\s+(?:technician|assembler)", "电子技术员"),
    (r"assembler|assembly\s+(?:technician|worker|operator)", "装配工"),
    (r"chemical\s+(?:plant\s+|process\s+)?operator", "化工操作工"),
    (r"(?:solar|pv|photovoltaic)\s+(?:technician|operator|o\s*&\s*m)", "光伏运维员"),
    (r"hvac|air[\s-]*condition\w*\s+(?:technician|mechanic|engineer)", "空调维修工"),
    (r"forklift(?:\s+driver)?", "叉车司机"),
    (r"electrician", "电工"),
    (r"electrical\s+technician", "电气技术员"),
    (r"plc\s+(?:technician|engineer|programmer)", "PLC工程师"),
    (r"(?:automation|robot\w*)\s+(?:technician|engineer)", "自动化技术员"),
    # a building's facilities or upkeep, before a plant's maintenance technician
    (r"(?:building|property|estate)\s+(?:facility|facilities|maintenance|engineering)", "物业维修工"),
    (r"maintenance\s+(?:technician|mechanic|fitter|engineer)", "设备维修工"),
    (r"(?:equipment|facility|facilities)\s+technician", "设备技术员"),
    (r"cnc\s+programmer", "数控编程员"),
    (r"cnc\s+(?:operator|machinist|technician)|machinist", "数控操作工"),
    (r"(?:qc|qa|quality|iqc|ipqc|oqc|incoming)\s*(?:inspector|technician|checker|controller)", "质检员"),
    (r"cad\s+(?:drafter|draftsman|operator)|drafts(?:man|person)|drafter|draughtsman", "绘图员"),
    (r"(?:medical|clinical)\s+lab(?:oratory)?\s+(?:technician|technologist|scientist)", "检验技师"),
    (r"lab(?:oratory)?\s+(?:technician|assistant|analyst)", "化验员"),
    # building and land
    (r"quantity\s+surveyor|cost\s+estimator", "造价员"),
    (r"(?:land\s+)?surveyor|survey(?:ing)?\s+technician", "测量员"),
    (r"site\s+engineer|construction\s+(?:supervisor|technician)", "施工员"),
    (r"bim\s+model\w*", "BIM建模员"),
    (r"bim", "BIM工程师"),
    (r"(?:drone|uav)\s+(?:pilot|operator)", "无人机飞手"),
    (r"agricultural\s+technician|agronomist|farm\s+technician", "农业技术员"),
    # IT
    (r"software\s+(?:tester|test\s+engineer)|qa\s+tester|test\s+engineer", "软件测试工程师"),
    (r"front[\s-]*end\s+(?:developer|engineer)|web\s+developer", "前端开发工程师"),
    (r"java\s+(?:developer|engineer)", "Java开发工程师"),
    (r"software\s+(?:developer|engineer)|back[\s-]*end\s+(?:developer|engineer)", "软件开发工程师"),
    (r"data\s+(?:annotator|labell?er|annotation)", "数据标注员"),
    (r"it\s+(?:support|helpdesk|help\s+desk|technician|specialist)|help\s*desk|desktop\s+support", "IT支持"),
    (r"network\s+(?:technician|administrator|admin|engineer)", "网络管理员"),
    # care, health, services
    (r"nursing\s+(?:aide|assistant)|caregiver|care\s+worker|elderly\s+care", "养老护理员"),
    (r"(?:registered\s+)?nurse", "护士"),
    (r"pharmacist", "药师"),
    (r"(?:physio|physical|occupational|rehabilitation)\s*therapist", "康复治疗师"),
    (r"radiographer|(?:radiology|x-ray)\s+technician", "放射技师"),
    (r"beautician|beauty\s+therapist|esthetician", "美容师"),
    (r"hairdresser|hair\s+stylist", "美发师"),
    (r"vet(?:erinary)?\s+(?:assistant|technician|nurse)", "兽医助理"),
    (r"pet\s+groomer", "宠物美容师"),
    (r"security\s+(?:guard|officer)", "保安员"),
    (r"courier|delivery\s+(?:rider|driver)", "快递员"),
    (r"pharmacy\s+(?:assistant|technician|clerk)", "药店店员"),
    (r"property\s+(?:management|manager|administrator|assistant|officer)", "物业管理员"),
    (r"kindergarten\s+teacher|preschool\s+teacher", "幼儿园教师"),
    # a bare rank, once no phrase above has claimed it
    (r"clerk", "文员"),
    (r"teller", "银行柜员"),
)
# The rank words a phrase may end in ("Accounts Payable Clerk", "Customer Service Officer"): part of
# the one post, not a second one.
_RANK = (
    r"(?:[\s-]+(?:clerk|specialist|assistant|officer|representative|rep|executive|coordinator|agent|"
    r"associate|staff|operator|attendant|trainee|intern|accountant|engineer|technician))*"
)
_WORD_EDGE = r"A-Za-z\u4e00-\u9fff"  # not beside a role word put in before: BIM of "BIM建模员" is read once
_PATTERNS = tuple(
    (re.compile(rf"(?<![{_WORD_EDGE}])(?:{said}){_RANK}(?![{_WORD_EDGE}])", re.IGNORECASE), role)
    for said, role in _ENGLISH_TITLES
)
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def in_role_words(title: str) -> str:
    """``title`` with its English job phrases in the roles' words; a title that already says its job in
    Chinese (a bilingual "Logistics Coordinator 物流专员") is left as it is."""
    if _CHINESE.search(title):
        return title
    for pattern, role in _PATTERNS:
        title = pattern.sub(f" {role} ", title)
    return title
