/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { FAMILY } from './_lexicon';

/** "We know / we found out / we noticed". */
const WE_KNOW =
  /(?<!\w)(?:gördük|izledik|biliyoruz|biliriz|haberimiz var|öğrendik|fark ettik|tespit ettik|gözlemledik|duyduk)(?!\w)/iu;

/** The same, with "I know": from a stranger asking for nothing it is still a claim of watching. */
const WE_KNOW_ALL =
  /(?<!\w)(?:biliyoruz|biliriz|haberimiz var|öğrendik|fark ettik|tespit ettik|gözlemledik)(?!\w)/iu;

/** Jokes among friends: a surprise party, a show, a night out. */
const BANTER =
  /(?<!\w)(?:şık\w*|olmuşsun\w*|yakışmış\w*|güzel olmuş\w*|çok güzel\w*|sürpriz\w*|parti\w*|doğum gün\w*|sahne\w*|konser\w*|maç\w*|yayın\w*|canlı\w*|dizi\w*|kanal\w*|tebrik\w*|harika\w*|haha\w*|değil mi)/iu;

/** The nearby threat or authority that turns "I know where you were" into surveillance. */
const MENACE =
  /(?<!\w)(?:dikkat\w*|uyar\w*|bırak\w*|yoksa|sakın|pişman\w*|ailen\w*|polis\w*|konsolos\w*|emniyet\w*|devlet\w*|derne[kğ]\w*|gösteri\w*|eylem\w*)/iu;

export default defineRules('tr', 'surveillance-claim', [
  {
    id: 'we-know-what-you-do',
    tactic: 'surveillance-claim',
    score: 0.85,
    description:
      '"Nerede oturduğunu biliyoruz", "derneğe gittiğini biliyoruz": knowledge of the person\'s life.',
    match:
      /(?<!\w)(?:otur|yaşa|kal|çalış|git|gid|gel|yap|görüş|buluş|oku|katıl|paylaş|konuş|yaz|taşın|dolaş|uğra|takıl|gez|ziyaret et|ziyaret ed|çık|bin|in)[dt][iu][gğk][iu]n\w*/iu,
    near: [{ pattern: WE_KNOW, within: 40, side: 'after' }],
    examples: {
      match: [
        ['Zeytinburnu’nda hangi sokakta oturduğunu biliyoruz.', 'oturduğunu biliyoruz'],
        ['Her pazar Uygur derneğine gittiğini biliyoruz.', 'gittiğini biliyoruz'],
        ['Mitinge katıldığınızı fark ettik (fotoğraf ekte).', 'katıldığınızı fark ettik'],
      ],
      noMatch: [
        'Ne kadar çok çalıştığını bilmiyoruz ama teşekkürler.',
        'Geldiğini duydum, hoş geldin!',
        'İstanbul’a taşındığını biliyorum, tebrikler.',
      ],
    },
  },
  {
    id: 'we-know-where',
    tactic: 'surveillance-claim',
    score: 0.85,
    description:
      '"Adresini biliyoruz", "nerede olduğunu biliyoruz": the person\'s place or contacts are known.',
    match: WE_KNOW_ALL,
    near: [
      {
        pattern:
          /(?<!\w)(?:nerede|nereye|hangi (?:sokak|mahalle|ev|bina|şehir|semt|okul|cami)\w*|kiminle|kimlerle|adres\w*|evin\w*|iş yerin\w*|okulun\w*|numaran\w*|her şeyi|her hareketin\w*|her adımın\w*|kim olduğun\w*)/iu,
        within: 40,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:zor olduğunu|üzgün olduğunu|yorgun olduğunu|ne kadar)/iu,
        within: 30,
        factor: 0.3,
        reason: 'sympathy, not surveillance',
      },
      { pattern: BANTER, within: 60, factor: 0.3, reason: 'banter among friends' },
    ],
    examples: {
      match: [
        ['Almatı’da nerede oturduğunuzu biliyoruz.', 'nerede oturduğunuzu biliyoruz'],
        ['Senin hakkında her şeyi biliyoruz.', 'her şeyi biliyoruz'],
      ],
      noMatch: [
        'Bunun ne kadar zor olduğunu biliyoruz.',
        'Nerede buluşacağımızı bilmiyorum.',
        'Her şeyi biliyoruz, sürpriz parti planını ablan söyledi.',
      ],
    },
  },
  {
    id: 'i-know-where',
    tactic: 'surveillance-claim',
    score: 0.45,
    description:
      '"Nerede oturduğunu biliyorum": surveillance when a warning or an authority is near, teasing otherwise.',
    match: /(?<!\w)biliyorum(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:nerede|nereye|hangi (?:sokak|mahalle|ev|bina|şehir|semt|okul|cami)\w*|kiminle|kimlerle|adres\w*|evin\w*|iş yerin\w*|okulun\w*|numaran\w*|her şeyi|her hareketin\w*|her adımın\w*|kim olduğun\w*)/iu,
        within: 40,
        side: 'before',
      },
    ],
    unless: [{ pattern: BANTER, within: 60, factor: 0.3, reason: 'banter among friends' }],
    boost: [{ pattern: MENACE, within: 200, factor: 1.8, reason: 'with a warning or an authority' }],
    examples: {
      match: [['Nerede oturduğunu biliyorum. Dikkatli ol.', 'Nerede oturduğunu biliyorum']],
      noMatch: ['Dün gece nerede olduğunu biliyorum, partideydin değil mi?'],
    },
  },
  {
    id: 'we-saw-you',
    tactic: 'surveillance-claim',
    score: 0.85,
    description:
      '"Seni gördük", "sizi izliyoruz", "kızını okulunun önünde gördüm": the person or a child was watched.',
    match:
      /(?<!\w)(?:(?:seni|sizi) (?:[a-z]+(?:'[a-z]+)? ){0,3}(?:gördük|izliyoruz|izledik|takip ediyoruz|takip ettik|gözlüyoruz|gözetliyoruz|fotoğrafladık|çektik)|(?:izliyoruz|takip ediyoruz) (?:seni|sizi)|(?:telefonunu|telefonlarını|mesajlarını|yazışmalarını|hesaplarını|görüşmelerini) (?:dinliyoruz|okuyoruz|izliyoruz|takip ediyoruz|kaydediyoruz)|gözümüz (?:üzerinde|üstünde|var)\w*|her yerde gözümüz\w*|gözlerimiz (?:üzerinde|üstünde)\w*|mahallende adamlarımız|adamlarımız (?:[a-z]+ ){0,4}(?:izliyor|takip ediyor|gözlüyor|bekliyor)\w*|(?:evinin|kapının|iş yerinin|okulunun|evinizin) (?:önünde|yakınında|karşısında)(?:yiz|yız|yim|yım| bekliyoruz)|(?:her yerde|yakınında|mahallende|etrafında) adam(?:larımız|ımız) var)/iu,
    unless: [{ pattern: BANTER, within: 40, factor: 0.3, reason: 'banter among friends' }],
    examples: {
      match: [
        ['Dün camiden çıkarken seni gördük.', 'seni gördük'],
        ['Mahallende adamlarımız var.', 'Mahallende adamlarımız'],
        ['Gözümüz üzerinde, unutma.', 'Gözümüz üzerinde'],
      ],
      noMatch: [
        'Seni havaalanında bekliyoruz, hoş geldin!',
        'Dizini izliyoruz, çok güzel.',
        'Seni izliyoruz, sahnede harikaydın!',
      ],
    },
  },
  {
    id: 'saw-your-child',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: 'A relative of the person was seen by the writer ("kızını okulun önünde gördüm").',
    match: FAMILY,
    near: [
      {
        pattern: /(?<!\w)(?:gördüm|gördük|izledim|izledik|takip ettik|fotoğrafını çektik)(?!\w)/iu,
        within: 40,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:selam\w*|maşallah\w*|büyümüş\w*|düğün\w*|bayram\w*|özlemiş\w*)/iu,
        within: 40,
        factor: 0.4,
        reason: 'a friendly greeting',
      },
    ],
    examples: {
      match: [
        ['Bugün kızını okulunun önünde gördüm, kırmızı çantalı olan.', 'kızını okulunun önünde gördüm'],
      ],
      noMatch: ['Düğünde anneni gördüm, maşallah çok iyi görünüyordu.'],
    },
  },
  {
    id: 'passed-by-your-family',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"Annenin evinin önünden geçtik": the homes or routines of relatives are known.',
    match: FAMILY,
    near: [
      {
        pattern:
          /(?<!\w)(?:önünden geçtik|önündeydik|önünde bekledik|evini (?:gördük|biliyoruz)|nerede (?:oturduğunu|çalıştığını|okuduğunu) biliyoruz)/iu,
        within: 30,
        side: 'after',
      },
    ],
    examples: {
      match: [['Annenin evinin önünden geçtik, çok güzel bahçesi var.', 'Annenin evinin önünden geçtik']],
      noMatch: ['Annenin evine uğradık, çay içtik.'],
    },
  },
  {
    id: 'we-have-your-photos',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"Fotoğrafların elimizde", "fotoğraf ekte": pictures of the person offered as proof.',
    match:
      /(?<!\w)(?:fotoğrafların\w*|resimlerin\w*|videoların\w*|kayıtların\w*|yazışmaların\w*|mesajların\w*)/iu,
    near: [
      { pattern: /(?<!\w)(?:elimizde|bizde|gördük|inceledik|kaydettik|arşivimizde)(?!\w)/iu, within: 20 },
    ],
    examples: {
      match: [['Protestodaki fotoğrafların elimizde.', 'fotoğrafların elimizde']],
      noMatch: ['Tatil fotoğraflarını bana at.'],
    },
  },
]);
