/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { DOCUMENT, REQUEST } from './_lexicon';

/** A parcel or courier; "gönderiniz" is also "your shipment". */
const PARCEL =
  /(?<!\w)(?:kargo\w*|paket\w*|koli\w*|gönderi(?:niz|n|si|miz)?(?:e|in|ye|de|den|i)?(?!\w)|posta kolisi\w*|ems(?!\w)|dhl(?!\w)|ups(?!\w)|fedex(?!\w)|sf express|zto\w*|china post|çin postası\w*|kurye\w*)/iu;

/** The same without "gönderiniz", which is also the imperative "send!". */
const PARCEL_NOUN =
  /(?<!\w)(?:kargo\w*|paket\w*|koli\w*|gönderi(?:n|si|miz|nizin)?(?!\w)|posta kolisi\w*|ems(?!\w)|dhl(?!\w)|ups(?!\w)|fedex(?!\w)|sf express|zto\w*|china post|çin postası\w*|kurye\w*)/iu;

/** What a pretext says went wrong with it. */
const HELD =
  /(?<!\w)(?:gümrük\w*|bekletil\w*|el kon\w*|alıkon\w*|tutul(?:uyor|du|muştur|maktadır|makta)\w*|durdurul\w*|engellen\w*|ele geçiril\w*|teslim edilemi\w*|teslim edilemedi\w*|yapılamadı\w*|doğrulanamadı\w*|tamamlanamadı\w*|yasa ?dışı\w*|yasaklı\w*|şüpheli\w*|uyuşturucu\w*|eksik\w*|sorun\w*|problem\w*|takıl\w*)/iu;

/** Courier status lines that report progress, not a problem. */
const TRACKING =
  /(?<!\w)(?:dağıtıma çık\w*|teslim edilmiştir|teslim edildi\w*|gümrük işlemleri tamamlan\w*|gümrükten çık\w*|yola çık\w*|transfer merkezi\w*|tahmini teslimat\w*)/iu;

/** Details or a call-back the story asks for. */
const DETAILS =
  /(?<!\w)(?:adres\w*|numara\w*|bilgi\w*|doğum tarih\w*|ad(?:ınız|ınızı) soyad\w*|tam ad\w*|(?:geri )?ara(?:y[iu]n(?:[iu]z)?|man(?:[iu]z)?)(?!\w)|(?:geri|bizi|beni|hemen|acilen|acil) ara(?!\w)|bas[iu]n(?:[iu]z)?(?!\w)|tuşlay[iu]n\w*)/iu;

/** "Your parcel": the story is about something sent to the reader. */
const YOUR_PARCEL = /(?<!\w)(?:(?:kargo|paket|koli)(?:n|nuz|nız|niz)\w*|gönderinizin)(?!\w)/iu;

export default defineRules('tr', 'delivery-pretext', [
  {
    id: 'parcel-held',
    tactic: 'delivery-pretext',
    score: 0.85,
    description: '"Kargonuz gümrükte bekletiliyor", "paketinize el konuldu": a parcel story of a problem.',
    match: PARCEL,
    near: [{ pattern: HELD, within: 45 }],
    unless: [{ pattern: TRACKING, within: 40, factor: 0.15, reason: 'a courier status update' }],
    examples: {
      match: [
        ['Sayın müşteri, Çin’den gelen kargonuz gümrükte bekletilmektedir.', 'kargonuz gümrükte'],
        ['Adınıza gelen pakete yasadışı içerik nedeniyle el konuldu.', 'pakete yasadışı'],
        ['Koliniz alıcı bilgileri eksik olduğu için teslim edilemiyor.', 'Koliniz alıcı bilgileri eksik'],
      ],
      noMatch: [
        'Yurtiçi Kargo: gönderiniz dağıtıma çıkmıştır.',
        'Kargonuz gümrük işlemleri tamamlanarak yola çıkmıştır.',
        'Paketi dün anneme gönderdim.',
      ],
    },
  },
  {
    id: 'parcel-needs-details',
    tactic: 'delivery-pretext',
    score: 0.75,
    description: 'To receive "your parcel" the person must send details, an ID, or call back.',
    match: YOUR_PARCEL,
    near: [
      { pattern: REQUEST, within: 80 },
      { pattern: DETAILS, within: 80 },
    ],
    unless: [{ pattern: TRACKING, within: 60, factor: 0.15, reason: 'a courier status update' }],
    examples: {
      match: [
        [
          'Kargonuzun teslimi için adresinizi ve kimlik numaranızı bu numaraya gönderiniz.',
          'Kargonuzun teslimi için adresinizi ve kimlik numaranızı bu numaraya gönderiniz',
        ],
      ],
      noMatch: [
        'Kargonuz dağıtıma çıkmıştır, takip numaranızı uygulamadan görebilirsiniz.',
        'Paketi gönder, adresi biliyorsun.',
        'Kargon geldi mi? Adresini bana yaz, ben de sipariş vereceğim.',
      ],
    },
  },
  {
    id: 'parcel-then-request',
    tactic: 'delivery-pretext',
    score: 0.7,
    description:
      'A message about "your parcel" that goes on to ask for an ID or details a few sentences later.',
    match: YOUR_PARCEL,
    near: [
      { pattern: REQUEST, within: 160, side: 'after', crossSentence: true },
      { pattern: DOCUMENT, within: 160, side: 'after', crossSentence: true },
    ],
    unless: [
      { pattern: TRACKING, within: 60, factor: 0.15, reason: 'a courier status update' },
      {
        pattern: /(?<!\w)(?:yanınızda bulundur\w*|ibraz ed\w*|gösteriniz|göstermeniz)/iu,
        factor: 0.3,
        reason: 'show your ID at pickup',
      },
    ],
    examples: {
      match: [
        [
          'Kargonuz ile ilgili bilgilendirme: alıcı doğrulaması yapılamadı. Kimlik kartınızın ön yüzünü yüklemeniz gerekmektedir.',
          'Kargonuz ile ilgili bilgilendirme: alıcı doğrulaması yapılamadı. Kimlik kartınızın ön yüzünü yüklemeniz',
        ],
      ],
      noMatch: ['Kargonuz şubemize ulaştı. Teslim alırken kimliğinizi ibraz ediniz.'],
    },
  },
  {
    id: 'parcel-with-document',
    tactic: 'delivery-pretext',
    score: 0.7,
    description: 'A parcel said to contain or need a passport or ID, the courier-scam opening.',
    match: PARCEL_NOUN,
    near: [
      { pattern: DOCUMENT, within: 50 },
      {
        pattern:
          /(?<!\w)(?:yakalan\w*|ele geçiril\w*|el konul\w*|bulundu(?!r)\w*|tespit edil\w*|alıkon\w*)/iu,
        within: 40,
      },
    ],
    examples: {
      match: [
        [
          'İçinde pasaport ve banka kartları bulunan bir paket adınıza yakalandı.',
          'pasaport ve banka kartları bulunan bir paket adınıza yakalandı',
        ],
      ],
      noMatch: [
        'Kargonuzu teslim alırken kimliğinizi yanınızda bulundurunuz.',
        'Yeni pasaportunuz kargo ile adresinize gönderilecektir.',
        'Paketi aldım, içinde pasaport kılıfı vardı, teşekkürler!',
      ],
    },
  },
]);
