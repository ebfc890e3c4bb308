/**
 * Chinese word lists shared by the rule files of this folder. Text and patterns are folded to
 * Simplified Chinese before matching, so Traditional text ("護照", "發給我") meets these too.
 * Chinese has no word boundaries: lists avoid one-character words that sit inside common longer
 * words (发 in 出发/发展, 回来 in 拿回来), and some carry a look-behind for exactly that.
 */

/** Identity documents and their numbers or pages. */
export const DOCUMENT =
  /护照(?:号码?|首页|资料页|复印件|照片|信息|页)?|身份(?:信息|证件)|身[份分]证(?:号码?|正反面|复印件|照片|信息)?|居留(?:证|卡|许可)|绿卡|签证页?|户口本|户口名簿|驾照|驾驶证|出生证明?|证件(?:照片?|号码?)?/u;

/**
 * Asking for something to be handed over: "send it to me", "take a photo", "upload", "provide",
 * plus English verbs of code-switched messages ("customs need 身份证号"). Bare 发 and 要 are left
 * out (发生, 出发, 需要什么材料); 发您 too, because that is the sender promising to send.
 */
export const REQUEST =
  /发(?:给我们|给我|[我来张个到送]|过来|过去|一下|一张)|拍(?:照|个照|张照|一张|一下|下来|清楚)(?:发(?:给我们|给我|过来|我|一下))?|照个相|上传|提供|提交|报(?:给我|上来|一下)|告诉(?:我们|我)|告知|留(?:一下|个|下)(?![来了])|说一下|回复|传(?:给|过来|一下|上来)|寄(?:给我|过来|到)|交(?:给|到|上来|出来)|上交|送(?:到|过来)|填(?:一下|个)|给我们?(?:[看发拍]|一份|一张)?|[问找跟向]你要|要一下|(?<!只)要你的?|需要你的?|填写|列出|整理一份|登记一下|扫描|截个?图|\b(?:send|need|needs|provide|upload|reply with)\b/u;

/** The writer's own document: "我的护照", "我护照". */
export const OWN = /我(?:的|们的|把)?(?:护照|身份证|签证|居留|证件)|我把我的/u;

/**
 * Formalities where an ID really is asked for: HR onboarding, school registration, bank KYC,
 * hotels, tickets, visa agencies. Rules apply it only near the request, because words like 学校
 * also turn up in real interrogations ("你在哪个学校？把护照发给我").
 */
export const FORMALITY =
  /入职|人事|人力资源|员工|社保|公积金|劳动合同|工资卡|新生|国际处|学生处|教务|学号|同学们|各位|统计|报名|申请材料|网申|录取|报到|银行|网点|柜台|酒店|宾馆|入住|前台|乘机|登机|值机|乘车|购票|车票|机票|您预订|您已购买|已收到|寄回|预约|办理进度|实名|认证|开户|账户|监管要求|亲爱的同学|同学你好|家长|志愿者|招募|有意者|居民|业主|学校(?:办理|统一|需要|要求|系统)|(?:学生|校园|选课|学籍)系统|系统中|居留许可申请|注册|入学|学籍|留学生(?:办|中心|处)|国际学生|研究生院|门户网站|辅导员|学生签证|校方|新入职|(?:大学|学院)(?:通知|提醒|要求|国际|留学)/u;

/** Police, state security, embassies and other authorities. */
export const AUTHORITY =
  /公安(?:[局厅部]|分局|机关|系统)?|派出所|国安|国家安全|安全局|警察|警方|警务|民警|警官|刑警|网警|片警|国保|工作组|驻村|大使馆|使馆|总领事馆|领事馆|领馆|外交部|统战部|政法委|居委会|村委会|街道办|检察院|法院|海关总署|村干部|乡干部|乡政府|镇政府|县政府|人民政府/u;

/** "I am", "this is", and the English forms of code-switched messages. */
export const SELF_ID =
  /我是|我系|本人是|本人系|我们是|这里是|这边是|我这边是|我们这里是|\b(?:this is|i am|i'm|we are|from)\b/u;

/** Relatives back home. */
export const RELATIVE =
  /父母|爸妈|爸爸|妈妈|你[妈爸哥姐弟妹]|老妈|老爸|父亲|母亲|哥哥|姐姐|弟弟|妹妹|家人|家里人|家属|亲人|亲属|亲戚|全家|老婆|妻子|丈夫|孩子|儿子|女儿|爷爷|奶奶|外婆|姥姥|叔叔|舅舅|姑姑|阿姨/u;

/** Relatives, and the household words that point at them ("你们家老二"). */
export const KIN =
  /父母|爸妈|爸爸|妈妈|你[妈爸哥姐弟妹]|老妈|老爸|父亲|母亲|哥哥|姐姐|弟弟|妹妹|家人|家里人|家属|亲人|亲属|亲戚|全家|老婆|妻子|丈夫|孩子|儿子|女儿|爷爷|奶奶|外婆|姥姥|叔叔|舅舅|姑姑|阿姨|你们家|你家|老二|老三|老大/u;

/** "Your child goes to <school>", the opening of a veiled threat or a show of knowledge. */
export const CHILD_SCHOOL =
  /你(?:的|家)?(?:孩子|女儿|儿子|小孩|闺女|宝宝)(?:在|上的?|读的?|的)[^,.!?]{0,10}(?:学校|小学|中学|幼儿园|初[一二三]|高[一二三]|年级)/u;

/** Going back to China, Xinjiang or the home town. Compounds like 拿回来, 寄回来 are excluded. */
export const RETURN =
  /(?<![拿买带寄送找要取收换赚追抢打跑飞走搬领退弄捡])(?<![^直]接)回(?:[国来去]|新疆|老家|家乡|中国|原籍|户籍所在地)/u;
