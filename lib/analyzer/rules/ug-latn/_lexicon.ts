/**
 * Uyghur in Latin script (ULY, "Uyghur Latin Yéziqi") word lists, the same stems as the Arabic
 * folder transliterated. Diacritics fold away (é→e, ö→o, ü→u), so "bering" and "béring" are one
 * word; ULY's separating apostrophe (jem'iyet) is optional because chat often drops it. These
 * rules run on every Latin text, English and Turkish included: each list keeps to forms that only
 * Uyghur has (the -ngiz "your", -singiz "if you", -ip bering "do for me").
 */

/** Identity documents. */
export const DOCUMENT =
  /(?<!\p{L})(?:pasport|kimlik|iqam[ei]t|wiz(?:a|i(?!t))|turush(?:luq)? ijaz[ei]t|yéshil kart|nopus depter|sayahet hojjit|shopurluq kinishk)\p{L}*/u;

const GIVE = 'béring|béremsiz|bérelemsiz|bérishingiz|bersingiz|bergin|ber(?!\\p{L})';

/** Send, upload, submit, provide, write, photograph: imperatives, "you must", "if you would". */
export const SEND = new RegExp(
  `(?<!\\p{L})(?:ewet(?:ing|kin|singiz|ishingiz|iwéting|elemsiz|ip ?(?:${GIVE}|qoyung)|(?!\\p{L}))` +
    `|yoll(?:ang|isingiz|ishingiz|ighin|iwéting|ap ?(?:${GIVE}|qoyung))` +
    `|tapshur(?:ung|singiz|ushingiz|up ?(?:${GIVE}))` +
    `|teminl(?:eng|isingiz|ishingiz|ep ?(?:${GIVE}))` +
    `|(?:yézip|éytip|toldurup|tartip|skanérlap|köchürüp) ?(?:${GIVE}|ewet)` +
    `)\\p{L}*`,
  'u',
);

/** Needs, asks for, demands. */
export const NEED = /(?<!\p{L})(?:kérek|lazim|zörür|sorawat|soridi|soraydu|sorap|telep qil)\p{L}*/u;

/**
 * Turkish-only words and suffixes (-iyor, "bana", "lütfen"): "kimlik" and "lazım" are Turkish too,
 * and the Turkish rules already read such a sentence.
 */
export const TURKISH =
  /(?<!\p{L})(?:bana|benim|lütfen|misin|musun|mısın|gönder\p{L}*|fotokopi\p{L}*|için|değil|yarın)(?!\p{L})|(?:iyor|uyor|ıyor|üyor)(?:um|uz|sun|sunuz|lar|du|muş)?(?!\p{L})/u;

/** The writer's own document. */
export const OWN_DOCUMENT =
  /(?<!\p{L})(?:(?:méning|özümning|bizning) (?:\p{L}+ )?(?:pasport|kimlik|iqam[ei]t|wiz)|pasport[ui]m|kimlikim|iqamitim|wizam|kartam|hojjitim|hojjetlirim)\p{L}*/u;

/** Employer, bank, hotel, travel formalities. */
export const FORMALITY =
  /(?<!\p{L})(?:xizmetke kirish|ishqa kirish|ishqa qobul|emgek toxtam|banka|hésabat ach|méhmanxan|otél|ayropilan bélit|bilet|sayahet shirkit|mektepke tizimlit)\p{L}*/u;

/** Police, state security, embassy, consulate, government bodies. */
export const AUTHORITY =
  /(?<!\p{L})(?:saq(?:ch|c)i|jama'?et ?(?:x|h)ewpsizlik|dölet ?bi(?:x|h)eterlik|el(?:ch|c)i|konsul|gung'?en|hökümet|hökümit|mehelle ?komitét|ahaliler ?komitét)\p{L}*(?: (?:idari|ponkit|organ|bashqarmi|tarmiq|bölüm|xadim)\p{L}*)?/u;

/** The same in the ablative of self-introduction: "[I am] from the police bureau". */
export const AUTHORITY_FROM =
  /(?<!\p{L})(?:saq(?:ch|c)i|jama'?et ?(?:x|h)ewpsizlik|dölet ?bi(?:x|h)eterlik|el(?:ch|c)i|konsul|gung'?en|hökümet|hökümit|mehelle ?komitét|ahaliler ?komitét)\p{L}*(?: (?:idari|ponkit|organ|bashqarmi|tarmiq|bölüm)\p{L}*)?(?<=[dt]in(?:men|miz)?)/u;

/** "Your" relatives (-ngiz, informal -ng). */
export const YOUR_RELATIVE =
  /(?<!\p{L})(?:ata-?\s?an[ai]|an[ai]|ap[ai]|dad[ai]|ini|uk[ai]|ak[ai]|singli|hed[ei]|ach[ai]|ayali|éri|yoldi(?:sh|s)i|bal[ai]|balilir[ei]|oghli|qizi|mom[ai]|bow[ai]|yenggi|a'?il[ei]|a'?ilidikilir[ei]|tughqanlir[ei]|tughqini)ng\p{L}*/u;

/** "My" relatives, as a relative relaying a demand writes. */
export const MY_RELATIVE =
  /(?<!\p{L})(?:ata-?\s?anam|atam|anam|apam|dadam|inim|ukam|akam|singlim|hedem|acham|ayalim|érim|yoldi(?:sh|s)im|balam|balilirim|oghlum|qizim|momam|bowam|yenggem|a'?ilem)\p{L}*/u;

/** Groups, meetings, protests, associations. */
export const COMMUNITY =
  /(?<!\p{L})(?:jem'?iy[ei]t|teshkilat|yi(?:gh|g)ili(?:sh|s)|yighin|namayish|pa'?aliy[ei]t|qurultay|uyghurlar|bashqa uyghur|wetendash|meschit|aktip)\p{L}*/u;

/** Homeland names. */
export const HOMELAND =
  /(?<!\p{L})(?:weten|yurt|dölet|shinjang|junggo|xitay|ürümchi|qeshqer|xoten|aqsu|ghulja|turpan|qumul|atush)\p{L}*/u;
