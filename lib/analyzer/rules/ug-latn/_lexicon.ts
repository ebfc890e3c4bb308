/**
 * Uyghur in Latin script (ULY, "Uyghur Latin Yéziqi") word lists, the same stems as the Arabic
 * folder transliterated. Diacritics fold away (é→e, ö→o, ü→u), so "bering" and "béring" are one
 * word; ULY's separating apostrophe (jem'iyet) is optional because chat often drops it, and é is
 * often typed i ("kiling"), so stems allow [ei] there. These rules run on every Latin text, English
 * and Turkish included: each list keeps to forms that only Uyghur has (the -ngiz "your", -singiz
 * "if you", -ip bering "do for me", q and gh, which Turkish does not write).
 */

/** Identity documents. */
export const DOCUMENT =
  /(?<!\p{L})(?:pasport|kimlik|iqam[ei]t|wiz(?:a|i(?!t))|turush(?:luq)? ijaz[ei]t|y[ei]shil kart|nopus depter|sayahet hojjit|shopurluq kinishk)\p{L}*/u;

const GIVE = 'b[ei]ring|b[ei]remsiz|b[ei]relemsiz|b[ei]rishingiz|bersingiz|bergin|b[ei]ringlar|ber(?!\\p{L})';

/** Send, upload, submit, provide, write, photograph: imperatives, "you must", "if you would". */
export const SEND = new RegExp(
  `(?<!\\p{L})(?:ewet(?:ing|kin|singiz|ishingiz|iw[ei]ting|elemsiz|ip ?(?:${GIVE}|qoyung)|(?!\\p{L}))` +
    `|yoll(?:ang|isingiz|ishingiz|ighin|iw[ei]ting|ap ?(?:${GIVE}|qoyung))` +
    `|tapshur(?:ung|singiz|ushingiz|up ?(?:${GIVE}))` +
    `|teminl(?:eng|isingiz|ishingiz|ep ?(?:${GIVE}))` +
    `|yukl(?:eng|isingiz|ep ?(?:${GIVE}))` +
    `|(?:y[ei]zip|[ei]ytip|toldurup|tartip|skan[ei]rlap|kochurup|oqup) ?(?:${GIVE}|ewet(?:ing|kin|singiz|ip ?(?:${GIVE}))|yoll(?:ang|isingiz|ap ?(?:${GIVE})))` +
    `)\\p{L}*`,
  'u',
);

/** Tell, say, read out, write down, confirm (a detail or a number). */
export const TELL =
  /(?<!\p{L})(?:[ei]ytip ?(?:b[ei]ring|bersingiz|ber(?!\p{L}))|[ei]yting|dep ?(?:b[ei]ring|bersingiz|ber(?!\p{L}))|oqup ?(?:b[ei]ring|bersingiz|ber(?!\p{L}))|bildurung|uqturung|y[ei]zing|y[ei]zip ?(?:qoyung|b[ei]ring|bersingiz|ber(?!\p{L}))|qaldurung|toldurung|delillleng|delilleng|testiqlang)\p{L}*|(?<=ni(?: manga| bizge)? ?)(?:b[ei]ring|bergin|bersingiz|b[ei]remsiz|b[ei]relemsiz)(?!\p{L})/u;

/** Needs, asks for, demands. */
export const NEED = /(?<!\p{L})(?:k[ei]rek|lazim|zorur|sorawat|soridi|soraydu|sorap|telep qil)\p{L}*/u;

/**
 * Turkish-only words and suffixes (-iyor, "bana", "lütfen"): "kimlik" and "lazım" are Turkish too,
 * and the Turkish rules already read such a sentence.
 */
export const TURKISH =
  /(?<!\p{L})(?:bana|benim|lütfen|misin|musun|mısın|gönder\p{L}*|fotokopi\p{L}*|için|değil|yarın)(?!\p{L})|(?:iyor|uyor|ıyor|üyor)(?:um|uz|sun|sunuz|lar|du|muş)?(?!\p{L})/u;

/** The writer's own document. */
export const OWN_DOCUMENT =
  /(?<!\p{L})(?:(?:m[ei]ning|ozumning|bizning) (?:\p{L}+ )?(?:pasport|kimlik|iqam[ei]t|wiz)|pasport[ui]m|kimlikim|iqamitim|wizam|kartam|hojjitim|hojjetlirim|n[ou]m[ou]rum|n[ou]m[ou]rim)\p{L}*/u;

/** Employer, bank, hotel, travel formalities. */
export const FORMALITY =
  /(?<!\p{L})(?:xizmetke kirish|ishqa kirish|ishqa qobul|emgek toxtam|banka|h[ei]sabat ach|m[ei]hmanxan|ot[ei]l|ayropilan b[ei]lit|b[ei]let|sayahet shirkit|mektepke tizimlit)\p{L}*/u;

/** Police, state security, embassy, consulate, government bodies. */
const AUTHORITY_STEMS =
  "saq(?:ch|c)i|jama'?et ?(?:x|h)ewpsizlik|dolet ?bi(?:x|h)eterlik|dolet ?(?:x|h)ewpsizlik|el(?:ch|c)i|[kq]onsul|gung'?en|h[oe]k[ue]m[ei]t|mehelle ?komit[ei]t|ahaliler ?komit[ei]t|p[ei]ychusu|shuji";

const HEAD = 'idari|ponkit|organ|bashqarmi|tarmiq|bolum|xadim|ishxani|merkizi';

export const AUTHORITY = new RegExp(`(?<!\\p{L})(?:${AUTHORITY_STEMS})\\p{L}*(?: (?:${HEAD})\\p{L}*)?`, 'u');

/** The same in the ablative of self-introduction: "[I am] from the police bureau". */
export const AUTHORITY_FROM = new RegExp(
  `(?<!\\p{L})(?:${AUTHORITY_STEMS})\\p{L}*(?: (?:${HEAD})\\p{L}*)?(?<=[dt]in(?:men|miz)?)`,
  'u',
);

const KIN =
  "ata-?\\s?an[ai]|an[ai]|ap[ai]|dad[ai]|ini|uk[ai]|ak[ai]|singli|hed[ei]|ach[ai]|ayali|[ei]ri|yoldi(?:sh|s)i|bal[ai]|balilir[ei]|oghl[ui]|qizi|mom[ai]|bow[ai]|yengg[ei]|a'?il[ei]|a'?ilidikilir[ei]|oydikilir[ei]|tughqanlir[ei]|tughqini|jor[ei]";

/** "Your" relatives (-ngiz, informal -ng). */
export const YOUR_RELATIVE = new RegExp(`(?<!\\p{L})(?:${KIN})ng\\p{L}*`, 'u');

/** "My" relatives, as a relative relaying a demand writes. */
export const MY_RELATIVE =
  /(?<!\p{L})(?:ata-?\s?anam|atam|anam|apam|dadam|inim|ukam|akam|singlim|hedem|acham|ayalim|[ei]rim|yoldi(?:sh|s)im|balam|balilirim|oghlum|qizim|momam|bowam|yenggem|a'?ilem)(?:ni|gha|ge|ning|mu)?(?!\p{L}| ?,)/u;

/** Relatives in the accusative or dative ("your mother", "my father"), and "them". */
export const RELATIVE_OBJECT = new RegExp(
  `(?<!\\p{L})(?:${KIN})(?:ngiz|ng|m|miz)?(?:ni|gha|ge)(?!\\p{L})|(?<!\\p{L})ular(?:ni|gha)(?!\\p{L})`,
  'u',
);

/** A relative writing of the family as "us". */
export const US_AT_HOME =
  /(?<!\p{L})(?:oydiki(?:ler|lerning|lerge|lerni)?(?: hemmimiz\p{L}*)?|a'?ilimiz\p{L}*|hemmimiz\p{L}*|bizni|bizge)(?!\p{L})/u;

/** Groups, meetings, protests, associations. */
export const COMMUNITY =
  /(?<!\p{L})(?:jem'?iy[ei]t|teshkilat|yi(?:gh|g)ili(?:sh|s)|yighin|namayish|pa'?aliy[ei]t|qurultay|uyghurlar|bashqa uyghur|wetendash|meschit|aktip|gurupp|dernek)\p{L}*/u;

/** Homeland names, as a pattern source. */
export const HOMELAND_STEMS =
  'w[ei]t[ei]n(?!dash)|yurt(?!dash)|dol[ei]t(?!ler)|shinjang|junggo|xitay(?!lar)|urumchi|qeshqer|xoten|hoten|aqsu|ghulja|turpan|qumul|atush';

export const HOMELAND = new RegExp(`(?<!\\p{L})(?:${HOMELAND_STEMS})\\p{L}*`, 'u');

/** "To the homeland": a homeland word in the dative. */
export const HOMELAND_DATIVE = new RegExp(
  `(?<!\\p{L})(?:${HOMELAND_STEMS})\\p{L}*(?<=gha|qa|ge|ke)(?!\\p{L})`,
  'u',
);

/** "If you comply": cooperate, agree, obey. */
export const IF_YOU_COMPLY =
  /(?<!\p{L})(?:hemkarla(?:sh|s)singiz|hemkarla(?:sh|s)sang|hemkarliship ?bersingiz|maqul ?(?:d[ei]singiz|d[ei]seng|bolsingiz)|konsingiz|konseng|(?:gep|g[ei]pini|sozini) ?anglisingiz|(?:gep|g[ei]pini) ?anglisang|d[ei]gini(?:ni|ge)? ?(?:qilsingiz|qilsang|konsingiz|konseng)|d[ei]genni ?(?:qilsingiz|qilsang)|yardem ?(?:qilsingiz|bersingiz|qilip ?bersingiz)|k[ei]lishimge ?kelsingiz)(?!\p{L})/u;

/** What is offered: video calls, passports for relatives, safety, money, a job back. */
export const REWARD =
  /(?<!\p{L})(?:(?:sinliq|wid[ei]o) ?(?:sozlish|parang|alaqe|t[ei]l[ei]fon|korush)|(?:pasport|wiza)\p{L}* (?:b[ei]ri|ishlep|chiqirip|b[ei]jirip)|h[ei]chqandaq ?ish ?bolmaydu|h[ei]ch ?ish ?bolmaydu|h[ei]chkim ?sizni ?aware|kapalet|mukapat|pul ?(?:b[ei]rimiz|toleymiz)|(?:heq|heqqini|ish ?heqqi|maash)\p{L}* ?(?:b[ei]rimiz|toleymiz)|(?:dollar|yuen|lira|yawro|euro) ?(?:b[ei]rimiz|toleymiz)|(?:xizmet|ish|oy)\p{L}* ?(?:t[ei]pip|orunlashturup) ?b[ei]rimiz|esliga ?kelturup|eslige ?kelturup|uchrishalaysiz|korushelleysiz|korusheleysiz|sozlisheleysiz|orunlashturup ?b[ei]rimiz|qoyup ?b[ei]rimiz|ruxset ?(?:alip ?)?b[ei]rimiz|kechurimiz|kechuridu)\p{L}*/u;

/** "No need to send it". */
export const NOT_NEEDED = /(?<!\p{L})(?:hajetsiz|hajiti ?yoq|k[ei]rek ?emes|lazim ?emes)(?!\p{L})/u;
