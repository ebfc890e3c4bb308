/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT } from './_lexicon';

/** Papers that a pretext says are waiting: not identity documents, but "a document", "a notice". */
const PAPER =
  /(?<!\w)(?:belge\w*|evrak\w*|doküman\w*|döküman\w*|tebligat\w*|tebli[gğ]\w*|bildiri\w*|dosya\w*|mektup\w*|resmi yazı\w*|ihbarname\w*|celp\w*)/iu;

/** What may be "about you" at an authority. */
const CASE = /(?<!\w)(?:soruşturma\w*|şikayet\w*|ihbar\w*|kayıt\w*|dava\w*|tutanak\w*)/iu;

/** Call back, press a key, come in: what the pretext wants the person to do. */
const CALL_BACK =
  /(?<!\w)(?:(?:geri |bizi )?ara(?:y[iu]n(?:[iu]z)?|man(?:[iu]z)?)(?!\w)|(?:geri|bizi|beni|hemen|acilen|acil) ara(?!\w)|iletişime geç\w*|irtibata geç\w*|bize ulaş\w*|bas[iu]n(?:[iu]z)?(?!\w)|tuşlay[iu]n\w*|tuşuna bas\w*|gelme(?:n|niz) (?:gerek\w*|lazım|şart)|gelip (?:al|imzala)\w*|teslim al(?:mak|manız|man|ın|ınız)(?!\w)|şahsen (?:al|gel|başvur)\w*|imzala\w*|imzanız\w*|imza at\w*|teslim alınma\w*|imza karşılığ\w*|elden teslim\w*|şahsen teslim\w*)/iu;

/** A genuine notice about the person's own application. */
const OWN_APPLICATION =
  /(?<!\w)(?:başvuru(?:nuz|nuzun|nuza)?|randevu\w*|takip numara\w*|başvuru numara\w*)(?!\w)/iu;

export default defineRules('tr', 'official-document-pretext', [
  {
    id: 'important-document',
    tactic: 'official-document-pretext',
    score: 0.85,
    description: '"Önemli bir belge", "acil tebligat": an important or urgent document said to be waiting.',
    match:
      /(?<!\w)(?:(?:önemli|acil|resmi|resmî|işlem görmemiş|teslim alınmamış|imzalanmamış|bekleyen) (?:bir )?(?:belge|evrak|doküman|döküman|tebligat|bildirim|dosya|mektup|yazı)\w*|tebligat çıkarıl\w*)/iu,
    unless: [
      {
        pattern: /(?<!\w)(?:resmi|resmî) (?:belge|evrak)\w* (?:listesi|hazırla|getir|ekle)\w*/iu,
        within: 0,
        factor: 0.3,
        reason: 'a checklist of papers to bring',
      },
      { pattern: OWN_APPLICATION, factor: 0.5, reason: "the person's own application" },
    ],
    examples: {
      match: [
        ['Adınıza önemli bir belge gelmiştir.', 'önemli bir belge'],
        ['Acil tebligatınız var, bekliyoruz.', 'Acil tebligatınız'],
        ['onemli belgeniz konsoloslukta bekliyor', 'onemli belgeniz'],
        ['Elçilikte işlem görmemiş bir evrakınız var.', 'işlem görmemiş bir evrakınız'],
      ],
      noMatch: ['Bu toplantı benim için çok önemli.', 'Önemli: yarın okul tatil.'],
    },
  },
  {
    id: 'paper-in-your-name',
    tactic: 'official-document-pretext',
    score: 0.8,
    description: '"Adınıza bir evrak gelmiştir", "size ait bir belge": a paper in the person\'s name.',
    match:
      /(?<!\w)(?:(?:adınıza|senin adına|size ait|hakkınızda|senin hakkında)(?: [a-z]+){0,3}|(?:sizin için|senin için)(?: (?:gelen|düzenlenmiş|çıkarılmış|kayıtlı|açılmış|açılan))?(?: bir)?) (?=belge|evrak|doküman|döküman|tebligat|tebli[gğ]|bildiri|dosya|mektup|resmi yazı|ihbarname|celp)/iu,
    near: [{ pattern: PAPER, within: 1, side: 'after' }],
    unless: [{ pattern: OWN_APPLICATION, factor: 0.5, reason: "the person's own application" }],
    examples: {
      match: [
        ['Adınıza bir evrak gelmiştir, lütfen 1 tuşuna basın.', 'Adınıza bir evrak'],
        ['Size ait bir tebligat bulunmaktadır.', 'Size ait bir tebligat'],
        ['Hakkınızda açılmış bir dosya var.', 'Hakkınızda açılmış bir dosya'],
        [
          'Büyükelçilikte adınıza işlem görmemiş bir evrak bulunmaktadır.',
          'adınıza işlem görmemiş bir evrak',
        ],
      ],
      noMatch: ['Adınıza düzenlenen fatura ekte.', 'Senin için bir hediye aldım.'],
    },
  },
  {
    id: 'there-is-a-paper-for-you',
    tactic: 'official-document-pretext',
    score: 0.8,
    description:
      '"Size bir mektup var", "sana ait bir evrak gelmiştir": a paper said to be waiting for the person.',
    match: /(?<!\w)(?:size|sana|sizin için|senin için) (?:ait )?(?:[a-z]+ )?(?:bir )?/iu,
    near: [
      { pattern: PAPER, within: 2, side: 'after' },
      {
        pattern: /(?<!\w)(?:var|geldi|gelmiştir|bulunmaktadır|bekliyor|beklemektedir|mevcut(?:tur)?)(?!\w)/iu,
        within: 25,
        side: 'after',
      },
    ],
    unless: [{ pattern: OWN_APPLICATION, factor: 0.5, reason: "the person's own application" }],
    examples: {
      match: [
        ['Konsolosluktan size bir mektup var, almak için gelmeniz lazım.', 'size bir mektup var'],
        ['Memleketinizden size mühürlü bir mektup geldi.', 'size mühürlü bir mektup geldi'],
      ],
      noMatch: ['Size bir belge göndereceğim, imzalar mısın?'],
    },
  },
  {
    id: 'case-about-you',
    tactic: 'official-document-pretext',
    score: 0.75,
    description:
      '"Hakkınızda bir soruşturma/şikayet var": a case about the person, as a reason to call or come.',
    match:
      /(?<!\w)(?:(?:hakkınızda|senin hakkında) (?:açılmış |açılan |yapılmış |kayıtlı )?|hakkında (?:açılmış|açılan) )(?:bir )?/iu,
    near: [{ pattern: CASE, within: 3, side: 'after' }],
    examples: {
      match: [['Hakkınızda bir soruşturma başlatıldı, bizi arayın.', 'Hakkınızda bir soruşturma']],
      noMatch: ['Toplantı hakkında bir kayıt tuttum.'],
    },
  },
  {
    id: 'press-key-for-paper',
    tactic: 'official-document-pretext',
    score: 0.45,
    description: 'A recorded call says "press 1"; near a document or notice it is the consular robocall.',
    match:
      /(?<!\w)\d(?:'?(?:[aeiu]|y[aeiu]|[iu]n[aeiu]))? (?:tuşuna |tuşa )?(?:bas[iu]n(?:[iu]z)?|tuşlay[iu]n\w*)(?!\w)/iu,
    unless: [
      {
        pattern: /(?<!\w)(?:fatura\w*|ödeme\w*|bakiye\w*|kampanya\w*|abonelik\w*|tarife\w*|sipariş\w*)/iu,
        factor: 0.3,
        reason: 'a bill or shop menu',
      },
    ],
    boost: [{ pattern: PAPER, within: 160, factor: 1.7, reason: 'a document or notice is named' }],
    examples: {
      match: [["Bilgi için 1'e basınız. Belgeniz beklemededir.", "1'e basınız"]],
      noMatch: ['Kapıyı açmak için zile basın.', 'Bence ona bir şey söyleme.'],
    },
  },
  {
    id: 'paper-needs-action',
    tactic: 'official-document-pretext',
    score: 0.75,
    description: 'A document or file that must be collected, signed or acted on, with a call-back or visit.',
    match: PAPER,
    near: [{ pattern: CALL_BACK, within: 60 }],
    unless: [
      { pattern: OWN_APPLICATION, factor: 0.5, reason: "the person's own application" },
      {
        pattern:
          /(?<!\w)(?:sözleşme\w*|kira\w*|noter\w*|fatura\w*|okul\w*|ödev\w*|toplantı\w*|sunum\w*|slayt\w*|ik'?(?:ya|ye)(?!\w)|insan kaynakları\w*|işe (?:giriş|başla)\w*|personel\w*)/iu,
        factor: 0.4,
        reason: 'everyday paperwork',
      },
    ],
    examples: {
      match: [
        [
          'Dosyanız hâlâ açık. Gelecek hafta konsolosluğa gelip evrakları imzalamanız gerekiyor.',
          'evrakları imzalamanız',
        ],
        [
          'İmzanızı gerektiren acil bir bildirim var, lütfen geri arayın.',
          'bildirim var, lütfen geri arayın',
        ],
      ],
      noMatch: [
        'Kira sözleşmesini imzalamanız gerekiyor, belgeler ekte.',
        'Sunum dosyasını bana atar mısın?',
      ],
    },
  },
  {
    id: 'file-will-be-closed',
    tactic: 'official-document-pretext',
    score: 0.75,
    description: '"Dosyanız kapatılacak / makamlara aktarılacak / hâlâ açık": a file held over the person.',
    match: /(?<!\w)dosya(?:nız|n|nızı|nı)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:kapatıl\w*|aktarıl\w*|hâlâ açık|hala açık|açık duruyor|işaretlen\w*|askıya alın\w*|incelemeye alın\w*|işleme alın(?:amıyor|amaz|amadı)\w*)/iu,
        within: 40,
      },
    ],
    unless: [{ pattern: OWN_APPLICATION, factor: 0.5, reason: "the person's own application" }],
    examples: {
      match: [
        [
          '48 saat içinde dönüş yapmazsanız dosyanız yurt içi makamlara aktarılacaktır.',
          'dosyanız yurt içi makamlara aktarılacaktır',
        ],
      ],
      noMatch: ['Vize başvurunuz işleme alınmıştır, dosyanız hazır olduğunda SMS alacaksınız.'],
    },
  },
  {
    id: 'document-status-call-back',
    tactic: 'official-document-pretext',
    score: 0.75,
    description: 'A problem "with your passport" and a call-back request, from an embassy or consulate.',
    match: DOCUMENT,
    near: [
      {
        pattern:
          /(?<!\w)(?:durum\w*|sorun\w*|problem\w*|işaretlen\w*|askıya alın\w*|bloke\w*|iptal edil\w*|geçersiz\w*)/iu,
        within: 25,
      },
      { pattern: CALL_BACK, within: 90 },
    ],
    unless: [{ pattern: OWN_APPLICATION, factor: 0.5, reason: "the person's own application" }],
    boost: [{ pattern: AUTHORITY, factor: 1.1, reason: 'an authority is named' }],
    examples: {
      match: [
        ['pasaport durumunla ilgili acilen bizi arayın', 'pasaport durumunla ilgili acilen bizi arayın'],
      ],
      noMatch: ['Pasaport durumunu sorgulamak için başvuru numaranızı girin.'],
    },
  },
]);
