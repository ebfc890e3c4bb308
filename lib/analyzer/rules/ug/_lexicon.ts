/**
 * Uyghur (Arabic script) word lists shared by the rule files of this folder. Each is a pattern
 * in its own right, so the engine runs it once per message however many rules use it.
 *
 * Written in ordinary Uyghur spelling; the engine folds patterns like the text (ې/ي→ى, ۇ/ۆ/ۈ/ۋ→و,
 * ھ/ه→ە, ئ→ى, ڭ→نگ), so "بېرىڭ", "بىرىڭ" and "بيرينگ" are one word to it. Uyghur is agglutinative:
 * stems carry a left boundary and take any suffix (`\p{L}*` at the end), imperatives are spelt
 * out so that "we can send" or "I sent" is not read as "send!". Stems are short on purpose: OCR of
 * screenshots drops and confuses letters. Chinese words of code-switched chat (护照, 派出所) stand
 * beside the Uyghur ones, with the Uyghur suffix written apart or not ("社区 دىن", "护照نى").
 */

/** Identity documents: passport, ID card, residence permit (Turkish "ikamet"), visa, hukou. */
export const DOCUMENT =
  /(?:پاسپو?رت|كىملىك|ئىقام[ەى]ت|(?<!\p{L})ۋىز(?:ا|ى(?!ت))|تۇرۇش(?:لۇق)? ?ئىجاز[ەى]ت|يېشىل ?كارت|نوپۇس ?دەپتىر|ساياھەت ?ھۆججىت|شوپۇرلۇق ?كىنىشك|سالاھىيەت ?گۇۋاھنام|تۇغۇلۇش ?گۇۋاھنام)\p{L}*|护照|身份证|居留[证卡]|签证|绿卡|户口本/u;

/** "-ip bér-" auxiliary in a request: please do it (for me), can you, you must, if you would. */
const GIVE = 'بېرىڭ|بېرەمسىز|بېرەلەمسىز|بېرىشىڭىز|بەرسىڭىز|بەرسەڭ|بەرگىن|بېرىڭلار|بېرىپ ?تۇرۇڭ|بەر(?!\\p{L})';

/**
 * Asking someone to hand something over: send, upload, submit, provide, write down, take a photo,
 * show it on camera, as imperatives, polite questions, "you must" and "if you would" forms; and
 * the Chinese verbs of code-switched chat (发过来).
 */
export const SEND = new RegExp(
  `(?:ئەۋەت(?:ىڭ|كىن|سىڭىز|سەڭ|ىشىڭىز|ىۋېتىڭ|ىۋەتكىن|ىۋەت(?!\\p{L})|ەلەمسىز|ىپ ?(?:${GIVE}|قويۇڭ|تۇرۇڭ)|(?!\\p{L}))` +
    `|(?<!\\p{L})يولل(?:اڭ|ىسىڭىز|ىساڭ|ىشىڭىز|ىغىن|ىۋېتىڭ|ىۋەت(?!\\p{L})|اپ ?(?:${GIVE}|قويۇڭ|تۇرۇڭ)|ا(?!\\p{L}))` +
    `|تاپشۇر(?:ۇڭ|سىڭىز|ۇشىڭىز|ۇپ ?(?:${GIVE}))` +
    `|تەمىنل(?:ەڭ|ىسىڭىز|ىشىڭىز|ەپ ?(?:${GIVE}))` +
    `|(?:يېزىپ|ئېيتىپ|تولدۇرۇپ|تارتىپ|سكانېرلاپ|كۆچۈرۈپ|ئوقۇپ|يۈكلەپ) ?(?:${GIVE}|ئەۋەت(?:ىڭ|كىن|سىڭىز|سەڭ|ىشىڭىز|ىۋېتىڭ|ىپ ?(?:${GIVE}))|يولل(?:اڭ|ىسىڭىز|ىۋېتىڭ|اپ ?(?:${GIVE})))` +
    `|(?<!\\p{L})يۈكل(?:ەڭ|ىسىڭىز|ىۋېتىڭ)|كىرگۈزۈڭ|كىرگۈزۈپ ?(?:${GIVE}|قويۇڭ)` +
    // "send it and confirm", "upload it and wait": the converb before another imperative.
    `|(?<!\\p{L})(?:ئەۋەتىپ|يوللاپ)(?= (?:\\p{L}+ )?\\p{L}+(?<=ڭ)(?<!نىڭ)(?!\\p{L}))` +
    `)\\p{L}*|发(?:给我|过来|来|一下)|传(?:给我|过来)|拍(?:照|一下|个)`,
  'u',
);

/** Tell, say, read out, write down, let us know (a detail or a number, rather than a file). */
export const TELL =
  /(?<!\p{L})(?:ئېيتىپ ?(?:بېرىڭ|بەرسىڭىز|قويۇڭ|بەر(?!\p{L}))|ئېيتىڭ|دەپ ?(?:بېرىڭ|بەرسىڭىز|بەرگىن|بەر(?!\p{L}))|دەڭ|ئوقۇپ ?(?:بېرىڭ|بەرسىڭىز|بەرگىن|بەر(?!\p{L}))|بىلدۈرۈڭ|بىلدۈرۈپ ?قويۇڭ|ئۇقتۇرۇڭ|يېزىڭ|يېزىپ ?(?:قويۇڭ|بېرىڭ|بەرسىڭىز|بەرگىن|بەر(?!\p{L})|ئەۋەت)|قالدۇرۇڭ|قالدۇرۇپ ?(?:قويۇڭ|بېرىڭ|كېتىڭ)|كىرگۈزۈڭ|تولدۇرۇڭ|تولدۇرۇپ ?(?:بېرىڭ|قويۇڭ|ئەۋەت)|دەلىللەڭ|دەلىللى(?:سىڭىز|مىسىڭىز)|تەستىقلاڭ)\p{L}*|(?<=نى(?: ماڭا| بىزگە)? ?)(?:بېرىڭ|بېرىڭلار|بەرگىن|بەرسىڭىز|بېرەمسىز|بېرەلەمسىز|بېرىۋېتىڭ)(?!\p{L})/u;

/** Needs, asks for, demands (also reported: "they are asking for"). */
export const NEED = /(?<!\p{L})(?:كېرەك|لازىم|زۆرۈر|سوراۋات|سورىدى|سورايدۇ|سوراپ|تەلەپ قىل)\p{L}*/u;

/** A document that is the writer's own: "my passport", "my residence card". */
export const OWN_DOCUMENT =
  /(?<!\p{L})(?:(?:مېنىڭ|ئۆزۈمنىڭ|بىزنىڭ) (?:\p{L}+ )?(?:پاسپو?رت|كىملىك|ئىقام[ەى]ت|ۋىز)|پاسپو?رت[ۇى]م|كىملىكىم|ئىقامىتىم|ۋىزام|كارتام|ھۆججىتىم|ھۆججەتلىرىم|نومۇرۇم|نومۇرىم)\p{L}*/u;

/** Employer, bank, hotel, travel formalities: legitimate reasons to ask for an ID. */
export const FORMALITY =
  /(?<!\p{L})(?:خىزمەتكە كىرىش|ئىشقا كىرىش|ئىشقا قوبۇل|ئىشقا چۈش|ئەمگەك توختام|خىزمەت توختام|كادىرلار بۆلۈم|ئىنسان كۈچ|بانكا|ھېسابات ئېچ|مېھمانخان|ئوتېل|ئايروپىلان بېلىت|بېلەت|بېلىت|ساياھەت شىركىت|مەكتەپكە تىزىملىت|ئوقۇشقا تىزىملىت|ئىجارە توختام)\p{L}*|(?<!\p{L})(?:hr|kyc)(?!\p{L})/u;

/** Stems of police, state security, embassy, consulate and government bodies (a pattern source). */
export const AUTHORITY_STEMS =
  'ساقچى|جاما[ئا]?ەت ?خەۋى?پسىزلىك|دۆلەت ?بىخەتەرلىك|دۆلەت ?خەۋى?پسىزلىك|(?<!\\p{L})[ئاأ]?ەلچ|[كق]ونسۇل|گ[ۇو]ڭئەن|پەيچ[ۇۈ]س[وۇ]|(?<!\\p{L})ھۆكۈم[ەى]ت|مەھەللە ?كومىتېت|ئاھالىلەر ?كومىتېت|ئولتۇراق ?رايون ?كومىتېت|مەھەللە ?كادىر|يېزا ?كادىر|سىياسىي ?قانۇن|تەشۋىقات ?بۆلۈم|بىرلىكسەپ|(?<!\\p{L})شۇجى|كەنت ?(?:كادىر|باشلىق)|خىزمەت ?(?:گۇرۇپپى|ئەترى)|مائارىپ ?(?:نازارى|ئىدارى|مىنىستىر)|تاشقى ?ئىشلار|كىرىش-?چىقىش';

/** The same bodies in Chinese, as code-switched chat writes them. */
const AUTHORITY_ZH =
  '派出所|公安(?:局|厅)?|国安|国家安全局?|安全局|警察|大使馆|使馆|总?领事?馆|社区|居委会|村委会|街道办|政府';

/** The head noun that often follows: "ساقچى ئىدارىسى", "جامائەت خەۋپسىزلىك ئىدارىسى". */
const HEAD =
  'ئىدارى|پونكىت|ئورگان|باشقارمى|تارمىق|بۆلۈم|خادىم|مەھكىمى|خانى|مىنىستىرلىك|ئىشخانى|شۆبى|مەركىزى|ئەترى';

/** Police, state security, embassy, consulate, government bodies (with their head noun). */
export const AUTHORITY = new RegExp(
  `(?:${AUTHORITY_STEMS})\\p{L}*(?: (?:${HEAD})\\p{L}*)?|${AUTHORITY_ZH}`,
  'u',
);

/** The same, in the ablative of self-introduction: "[I am] from the police bureau". */
export const AUTHORITY_FROM = new RegExp(
  `(?:${AUTHORITY_STEMS})\\p{L}*(?: (?:${HEAD})\\p{L}*)?(?<=[دت]ىن(?:مەن|مىز)?)|(?:${AUTHORITY_ZH}) ?(?:دىن|تىن)(?:مەن|مىز)?(?!\\p{L})`,
  'u',
);

/** "I", "we", "this (is)": the speaker introducing themself ("I"/"we" may be run into the next word by OCR). */
export const SELF = /(?<!\p{L})(?:مەن|بىز|بۇ(?!\p{L}))/u;

const KIN =
  'ئاتا-?\\s?ئان[اى]|ئاتا|ئان[اى]|ئاپ[اى]|داد[اى]|ئىنى|ئۇك[اى]|ئاك[اى]|سىڭلى|ھەد[ەى]|ئاچ[اى]|ئايالى|ئېرى|ئەرى|خوتۇن[ۇى]|جۆرى|يەزنى|ھامم[اى]|يولدىشى|بال[اى]|بالىلىرى|ئوغل[ۇى]|قىزى|نەۋرى|موم[اى]|بوۋ[اى]|يەڭگى|قېينات[اى]|قېينان[اى]|ئائىل[ەى]|ئائىلىدىكىلىرى|ئۆيدىكىلىرى|تۇغقانلىرى|تۇغقىنى|ئۇرۇق-تۇغقانلىرى|قېرىنداشلىرى|قېرىندىشى';

/** Relatives with "your" (formal -ڭىز, informal -ڭ): your parents, mother, brother, wife, family. */
export const YOUR_RELATIVE = new RegExp(`(?<!\\p{L})(?:${KIN})ڭ\\p{L}*`, 'u');

/** "My" relatives, as a relative passing on a demand writes: my mother, my brother, my sister-in-law. */
export const MY_RELATIVE = new RegExp(
  `(?<!\\p{L})(?:${KIN}|ئاتى|يەڭگە|يەزنە)(?:م|مىز)(?:نى|غا|گە|نىڭ|مۇ)?(?!\\p{L}| ?,)`,
  'u',
);

/** "Your relatives" in the accusative or dative, as the object of a threat or an offer. */
export const RELATIVE_OBJECT = new RegExp(
  `(?<!\\p{L})(?:${KIN}|يەڭگە)(?:ڭىز|ڭ|م|مىز)?(?:نى|غا|گە)(?!\\p{L})|(?<!\\p{L})ئۇلار(?:نى|غا)(?!\\p{L})`,
  'u',
);

/** A relative writing of the family as "us": we at home, all of us, our family. */
export const US_AT_HOME =
  /(?<!\p{L})(?:ئۆيدىكى(?:لەر|لەرنىڭ|لەرگە|لەرنى)?(?: ھەممىمىز\p{L}*)?|ئائىلىمىز\p{L}*|ھەممىمىز\p{L}*|بىزنى|بىزگە)(?!\p{L})/u;

/** Diaspora groups, meetings, protests, associations (and their Turkish names in mixed chat). */
export const COMMUNITY =
  /(?:جەمئىيەت|جەمئىيىت|(?<!\p{L})تەشكىلات|يىغىلىش|يىغىن|نامايىش|پائالىيەت|پائالىيىت|قۇرۇلتاي|ئۇيغۇرلار|باشقا ئۇيغۇر|ۋەتەنداش|مەسچىت|مەدرىس|ئاكتىپ|گۇرۇپپ|(?<!\p{L})مەجلىس|لېكسىيە|dernek|cemiyet|toplant|etkinlik|miting)\p{L}*/u;

/** Homeland place names and words for "home country", as a pattern source. */
export const HOMELAND_STEMS =
  'ۋەت[ەى]ن(?!داش)|يۇرت(?!داش)|دۆل[ەى]ت(?!لەر|لىر)|شىنجاڭ|جۇڭگو|خىتاي(?!لار|لىق)|ئۈرۈمچى|قەشقەر|خوتەن|ئاقسۇ|غۇلجا|تۇرپان|كورلا|قۇمۇل|ئاتۇش|يەكەن';

/** Homeland place names and words for "home country". */
export const HOMELAND = new RegExp(`(?<!\\p{L})(?:${HOMELAND_STEMS})\\p{L}*`, 'u');

/** "To the homeland": a homeland word in the dative, as the goal of "come" or "return". */
export const HOMELAND_DATIVE = new RegExp(
  `(?<!\\p{L})(?:${HOMELAND_STEMS})\\p{L}*(?<=غا|قا|گە|كە)(?!\\p{L})`,
  'u',
);

/** WeChat and other apps to move the talk to. */
export const OTHER_APP =
  /(?<!\p{L})(?:ۋىچات|ۋېچات|ۋېيشىن|ۋىيشىن|ۋىچەت|تېلېگرام|تىلىگرام|سىگنال|ۋاتساپ|ۋاتسئاپ|QQ)\p{L}*|微信|(?<!\p{L})(?:wechat|weixin|telegram|signal|whatsapp)(?!\p{L})/u;

/** "If you do what they say": complying, agreeing, cooperating, obeying (formal and informal). */
export const IF_YOU_COMPLY =
  /(?<!\p{L})(?:ھەمكارلاشسىڭىز|ھەمكارلاشساڭ|ھەمكارلىشىپ ?بەرسىڭىز|ھەمكارلىق ?قىلسىڭىز|ماقۇل ?(?:دېسىڭىز|دېسەڭ|بولسىڭىز|بولساڭ)|كۆنسىڭىز|كۆنسەڭ|(?:گەپ|گېپىنى|گەپلىرىنى|سۆزىنى) ?ئاڭلىسىڭىز|(?:گەپ|گېپىنى|گەپلىرىنى|سۆزىنى) ?ئاڭلىساڭ|سۆز ?ئاڭلىسىڭىز|دېگىنى(?:نى|گە)? ?(?:قىلسىڭىز|قىلساڭ|كۆنسىڭىز|كۆنسەڭ)|دېگەننى ?(?:قىلسىڭىز|قىلساڭ)|ئېيتقىنى(?:نى)? ?(?:قىلسىڭىز|قىلساڭ)|بويسۇنسىڭىز|بويسۇنساڭ)(?!\p{L})/u;

/**
 * What is offered for cooperation or return: video calls with family, passports or visas for
 * relatives, safety, forgiveness, money or pay for reports, a job back, release of relatives.
 */
export const REWARD =
  /(?:(?:سىنلىق|ۋىدېو|ۋىدىيو|ۋىدىئو) ?(?:سۆزلىش|پاراڭ|ئالاقە|تېلېفون|كۆرۈش)|(?:پاسپورت|ۋىزا)\p{L}* (?:بېرى|ئىشلەپ|چىقىرىپ|بېجىرىپ|ئالىدۇ|ئالالايدۇ)|(?:ھېچقانداق|ھېچ) ?ئىش ?(?:بولمايدۇ|قىلمايمىز)|ھېچكىم ?سىزنى ?ئاۋارە|سىزگە ?ھېچكىم ?چېقىلمايدۇ|كاپالەتلىك ?قىل|كاپالەت ?بېرىمىز|بىخەتەرلىكىڭىزگە|مۇكاپات|(?<!\p{L})پۇل ?(?:بېرىمىز|تۆلەيمىز|بېرىلىدۇ)|(?:ھەق|ئىش ?ھەق|مائاش)\p{L}* ?(?:بېرىمىز|تۆلەيمىز|بېرىلىدۇ)|(?:دوللار|يۈەن|يۈئەن|يىۋەن|لىرا|ياۋرو|يېۋرو|تەڭگە|美元|块) ?(?:بېرىمىز|تۆلەيمىز|بېرىلىدۇ)|(?:خىزمەت|ئىش|ئۆي|ئورۇن)\p{L}* ?(?:تېپىپ|ئورۇنلاشتۇرۇپ|ئېلىپ) ?بېرىمىز|ئەسلىگە ?كەلتۈرۈپ ?بېرىمىز|ئۇچرىشالايسىز|كۆرۈشەلەيسىز|سۆزلىشەلەيسىز|كۆرەلەيسىز|ئاڭلىيالايسىز|(?:سىنلىق|ۋىدېو|ۋىدىيو|ۋىدىئو)(?:دا|دىن)|كەچۈرىدۇ|كەچۈرىمىز|يېنىڭىزغا ?ئەۋەت|قويۇپ ?بېرىمىز|قويۇپ ?بېرىلىدۇ|قويۇپ ?بېرىشىمىز|تېزراق ?چىق|ئازاد ?قىل|ئازاد ?بول|ئورۇنلاشتۇرۇپ ?بېرىمىز|كەچۈرۈم ?قىلىنىسىز|جازالانمايسىز|رۇخسەت ?(?:قىلىمىز|بېرىمىز|ئېلىپ ?بېرىمىز)|چىقىشىغا ?رۇخسەت|(?:پاسپورت|ۋىز[اى])\p{L}* ?(?:چىقىدۇ|بېرىلىدۇ|چىقىرىلىدۇ)|ۋەدە ?(?:بېرىمەن|قىلىمەن|بېرىمىز)|كاپالەت ?بېرىمەن|چەكلىمى\p{L}* ?(?:بىكار|ئېلىۋېتىل|ئېلىپ ?تاشلىن)|(?:كىرا|خىراجەت|بېلەت ?پۇلى|بېلىت ?پۇلى)\p{L}* ?(?:ئەلۋەتتە ?|تولۇق ?|ھەممىسىنى ?)?(?:بىزدىن|(?:بىز ?)?(?:كۆتۈرىمىز|تۆلەيمىز|بېرىمىز))|ئەسلىگە ?كەلتۈرۈل|سۈرۈشتۈرمەيدۇ|سۈرۈشتۈرۈلمەيدۇ|بىر ?قەلەم ?سىزىل)\p{L}*/u;

/** "No need to send it": a notice that says what is not required. */
export const NOT_NEEDED =
  /(?<!\p{L})(?:ھاجەتسىز|ھاجىتى ?يوق|كېرەك ?ئەمەس|لازىم ?ئەمەس|زۆرۈرىيىتى ?يوق)(?!\p{L})/u;
