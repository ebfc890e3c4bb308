/**
 * Uyghur (Arabic script) word lists shared by the rule files of this folder. Each is a pattern
 * in its own right, so the engine runs it once per message however many rules use it.
 *
 * Written in ordinary Uyghur spelling; the engine folds patterns like the text (ې/ي→ى, ۇ/ۆ/ۈ/ۋ→و,
 * ھ→ە, ئ→ى), so "بېرىڭ" and "بىرىڭ" are one word to it. Uyghur is agglutinative: stems carry a
 * left boundary and take any suffix (`\p{L}*` at the end), imperatives are spelt out so that
 * "we can send" or "I sent" is not read as "send!". Stems are short on purpose: OCR of
 * screenshots drops and confuses letters.
 */

/** Identity documents: passport, ID card, residence permit (Turkish "ikamet"), visa, hukou. */
export const DOCUMENT =
  /(?:پاسپو?رت|كىملىك|ئىقام[ەى]ت|(?<!\p{L})ۋىز(?:ا|ى(?!ت))|تۇرۇش(?:لۇق)? ?ئىجاز[ەى]ت|يېشىل ?كارت|نوپۇس ?دەپتىر|ساياھەت ?ھۆججىت|شوپۇرلۇق ?كىنىشك|سالاھىيەت ?گۇۋاھنام|تۇغۇلۇش ?گۇۋاھنام)\p{L}*/u;

/** "-ip bér-" auxiliary in a request: please do it (for me), can you, you must, if you would. */
const GIVE = 'بېرىڭ|بېرەمسىز|بېرەلەمسىز|بېرىشىڭىز|بەرسىڭىز|بەرسەڭ|بەرگىن|بەر(?!\\p{L})';

/**
 * Asking someone to hand something over: send, upload, submit, provide, write down, take a photo,
 * as imperatives, polite questions, "you must" and "if you would" forms; and the Chinese verbs
 * of code-switched chat (发过来).
 */
export const SEND = new RegExp(
  `(?:ئەۋەت(?:ىڭ|كىن|سىڭىز|سەڭ|ىشىڭىز|ىۋېتىڭ|ىۋەتكىن|ىۋەت(?!\\p{L})|ەلەمسىز|ىپ ?(?:${GIVE}|قويۇڭ)|(?!\\p{L}))` +
    `|(?<!\\p{L})يولل(?:اڭ|ىسىڭىز|ىساڭ|ىشىڭىز|ىغىن|ىۋېتىڭ|ىۋەت(?!\\p{L})|اپ ?(?:${GIVE}|قويۇڭ)|ا(?!\\p{L}))` +
    `|تاپشۇر(?:ۇڭ|سىڭىز|ۇشىڭىز|ۇپ ?(?:${GIVE}))` +
    `|تەمىنل(?:ەڭ|ىسىڭىز|ىشىڭىز|ەپ ?(?:${GIVE}))` +
    `|(?:يېزىپ|ئېيتىپ|تولدۇرۇپ|تارتىپ|سكانېرلاپ|كۆچۈرۈپ) ?(?:${GIVE}|ئەۋەت)` +
    `)\\p{L}*|发(?:给我|过来|来|一下)|传(?:给我|过来)|拍(?:照|一下|个)`,
  'u',
);

/** Needs, asks for, demands (also reported: "they are asking for"). */
export const NEED = /(?<!\p{L})(?:كېرەك|لازىم|زۆرۈر|سوراۋات|سورىدى|سورايدۇ|سوراپ|تەلەپ قىل)\p{L}*/u;

/** A document that is the writer's own: "my passport", "my residence card". */
export const OWN_DOCUMENT =
  /(?<!\p{L})(?:(?:مېنىڭ|ئۆزۈمنىڭ|بىزنىڭ) (?:\p{L}+ )?(?:پاسپو?رت|كىملىك|ئىقام[ەى]ت|ۋىز)|پاسپو?رت[ۇى]م|كىملىكىم|ئىقامىتىم|ۋىزام|كارتام|ھۆججىتىم|ھۆججەتلىرىم)\p{L}*/u;

/** Employer, bank, hotel, travel formalities: legitimate reasons to ask for an ID. */
export const FORMALITY =
  /(?<!\p{L})(?:خىزمەتكە كىرىش|ئىشقا كىرىش|ئىشقا قوبۇل|ئەمگەك توختام|خىزمەت توختام|كادىرلار بۆلۈم|بانكا|ھېسابات ئېچ|مېھمانخان|ئوتېل|ئايروپىلان بېلىت|بېلەت|ساياھەت شىركىت|مەكتەپكە تىزىملىت|ئوقۇشقا تىزىملىت|ئىجارە توختام)\p{L}*|(?<!\p{L})(?:hr|kyc)(?!\p{L})/u;

/**
 * Police, state security, embassy, consulate, government bodies (with the head noun that often
 * follows: "ساقچى ئىدارىسى", "جامائەت خەۋپسىزلىك ئىدارىسى").
 */
export const AUTHORITY =
  /(?:ساقچى|جامائەت ?خەۋپسىزلىك|دۆلەت ?بىخەتەرلىك|ئەلچى|كونسۇل|گۇڭئەن|پەيچۇسو|(?<!\p{L})ھۆكۈم[ەى]ت|مەھەللە ?كومىتېت|ئاھالىلەر ?كومىتېت|مەھەللە ?كادىر|يېزا ?كادىر|سىياسىي ?قانۇن|تەشۋىقات ?بۆلۈم|بىرلىكسەپ)\p{L}*(?: (?:ئىدارى|پونكىت|ئورگان|باشقارمى|تارمىق|بۆلۈم|خادىم|مەھكىمى)\p{L}*)?/u;

/** The same, in the ablative of self-introduction: "[I am] from the police bureau". */
export const AUTHORITY_FROM =
  /(?:ساقچى|جامائەت ?خەۋپسىزلىك|دۆلەت ?بىخەتەرلىك|ئەلچى|كونسۇل|گۇڭئەن|پەيچۇسو|(?<!\p{L})ھۆكۈم[ەى]ت|مەھەللە ?كومىتېت|ئاھالىلەر ?كومىتېت|سىياسىي ?قانۇن|بىرلىكسەپ)\p{L}*(?: (?:ئىدارى|پونكىت|ئورگان|باشقارمى|تارمىق|بۆلۈم|مەھكىمى)\p{L}*)?(?<=[دت]ىن(?:مەن|مىز)?)/u;

/** "I", "we", "this (is)": the speaker introducing themself ("I"/"we" may be run into the next word by OCR). */
export const SELF = /(?<!\p{L})(?:مەن|بىز|بۇ(?!\p{L}))/u;

/** Relatives with "your" (formal -ڭىز, informal -ڭ): your parents, mother, brother, wife, family. */
export const YOUR_RELATIVE =
  /(?<!\p{L})(?:ئاتا-?\s?ئان[اى]|ئاتاڭ|ئان[اى]|ئاپ[اى]|داد[اى]|ئىنى|ئۇك[اى]|ئاك[اى]|سىڭلى|ھەد[ەى]|ئاچ[اى]|ئايالى|ئەرى|يولدىشى|بالى|بالىلىرى|ئوغلى|قىزى|موم[اى]|بوۋ[اى]|يەڭگى|ئائىل[ەى]|ئائىلىدىكىلىرى|تۇغقانلىرى|تۇغقىنى|ئۇرۇق-تۇغقانلىرى|قېرىنداشلىرى|قېرىندىشى)ڭ\p{L}*/u;

/** "Your relatives" in the accusative or dative, as the object of a threat or an offer. */
export const RELATIVE_OBJECT =
  /(?<!\p{L})(?:ئاتا-?\s?ئان[اى]|ئان[اى]|ئاپ[اى]|داد[اى]|ئىنى|ئۇك[اى]|ئاك[اى]|سىڭلى|ھەد[ەى]|ئاچ[اى]|ئايالى|ئېرى|ئەرى|يولدىشى|بال[اى]|بالىلىرى|ئوغلى|ئوغلۇ|قىزى|موم[اى]|بوۋ[اى]|يەڭگ[ەى]|ئائىل[ەى]|تۇغقانلىرى)(?:ڭىز|ڭ|م|مىز)?(?:نى|غا|گە)(?!\p{L})|(?<!\p{L})ئۇلار(?:نى|غا)(?!\p{L})/u;

/** Diaspora groups, meetings, protests, associations (and their Turkish names in mixed chat). */
export const COMMUNITY =
  /(?:جەمئىيەت|جەمئىيىت|(?<!\p{L})تەشكىلات|يىغىلىش|يىغىن|نامايىش|پائالىيەت|پائالىيىت|قۇرۇلتاي|ئۇيغۇرلار|باشقا ئۇيغۇر|ۋەتەنداش|مەسچىت|مەدرىس|ئاكتىپ|dernek|cemiyet|toplant|etkinlik|miting)\p{L}*/u;

/** Homeland place names and words for "home country". */
export const HOMELAND =
  /(?<!\p{L})(?:ۋەتەن|يۇرت|دۆلەت|شىنجاڭ|جۇڭگو|خىتاي|ئۈرۈمچى|قەشقەر|خوتەن|ئاقسۇ|غۇلجا|تۇرپان|كورلا|قۇمۇل|ئاتۇش)\p{L}*/u;

/** WeChat and other apps to move the talk to. */
export const OTHER_APP =
  /(?<!\p{L})(?:ۋىچات|ۋېچات|ۋېيشىن|ۋىيشىن|ۋىچەت|تېلېگرام|سىگنال|ۋاتساپ|ۋاتسئاپ|QQ)\p{L}*|微信|(?<!\p{L})(?:wechat|weixin|telegram|signal|whatsapp)(?!\p{L})/u;
