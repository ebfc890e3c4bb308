/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { DOCUMENT, REQUEST } from './_lexicon';

/** A parcel or courier; "gönderiniz" is also "your shipment". */
const PARCEL =
  /(?<!\w)(?:kargo\w*|paket\w*|koli\w*|gönderi(?:niz|n|si|miz)?(?:e|in|ye|de|den|i)?(?!\w)|posta kolisi\w*|ems(?!\w)|dhl(?!\w)|ups(?!\w)|fedex(?!\w)|sf express|zto\w*|china post|çin postası\w*|kurye\w*)/iu;

/** The same without "gönderiniz", which is also the imperative "send!". */
const PARCEL_NOUN =
  /(?<!\w)(?:kargo\w*|paket\w*|koli\w*|gönderi(?:n|si|miz|nizin)?(?!\w)|gönderiniz(?= (?:için|ile|hakkında|gümrük|teslim|dağıtım|bekle|adresinize))|posta kolisi\w*|ems(?!\w)|dhl(?!\w)|ups(?!\w)|fedex(?!\w)|sf express|zto\w*|china post|çin postası\w*|kurye\w*)/iu;

/** What a pretext says went wrong with it. */
const HELD =
  /(?<!\w)(?:gümrük\w*|bekletil\w*|el kon\w*|alıkon\w*|tutul(?:uyor|du|muştur|maktadır|makta)\w*|durdurul\w*|engellen\w*|ele geçiril\w*|teslim edileme\w*|teslim edilemi\w*|ulaşılama\w*|ulaşama(?:dı|dık|dığı)\w*|ödenme(?:di|miş|mesi)\w*|iade edil(?:ecek|ecektir|ir)(?!\w)|tutmuyor|eşleşmiyor|uyuşmuyor|yapılamadı\w*|doğrulanamadı\w*|tamamlanamadı\w*|yasa ?dışı\w*|yasaklı\w*|şüpheli\w*|uyuşturucu\w*|eksik\w*|sorun\w*|problem\w*|takıl\w*)/iu;

/** Courier status lines that report progress, not a problem. */
const TRACKING =
  /(?<!\w)(?:dağıtıma çık\w*|teslim edilmiştir|teslim edildi\w*|gümrük işlemleri tamamlan\w*|gümrükten çık\w*|yola çık\w*|transfer merkezi\w*|tahmini teslimat\w*|arasında teslim edil\w*|teslim edilecek(?:tir)?(?!\w))/iu;

/** Details or a call-back the story asks for. */
const DETAILS =
  /(?<!\w)(?:adres\w*|numara\w*|bilgi\w*|doğum tarih\w*|ad(?:ınız|ınızı) soyad\w*|tam ad\w*|(?:geri )?ara(?:y[iu]n(?:[iu]z)?|man(?:[iu]z)?)(?!\w)|(?:geri|bizi|beni|hemen|acilen|acil) ara(?!\w)|bas[iu]n(?:[iu]z)?(?!\w)|tuşlay[iu]n\w*)/iu;

/** "Your parcel": the story is about something sent to the reader. */
/** Turkish parcel words only: brand names alone would fire on English courier notices. */
const PARCEL_TR =
  /(?<!\w)(?:kargo\w*|paket\w*|koli\w*|gönderi(?:n|si|miz|nizin)?(?!\w)|gönderiniz(?= (?:için|ile|hakkında|gümrük|teslim|dağıtım|bekle|adresinize))|posta kolisi\w*|kurye\w*)/iu;

/** What a fake courier wants done: open a link, pay a fee, call back, press a key. */
const ACTION =
  /(?<!\w)(?:[a-z0-9][a-z0-9-]{0,40}\.(?:com|net|info|org|xyz|top|site|online|link|ly|co|cc|tk|icu|shop|live|me)(?!\w)|https?:|www\.|link\w*|bağlantı\w*|tıkla\w*|adresinden|adresine gir\w*|(?:geri )?ara(?:y[iu]n(?:[iu]z)?|man(?:[iu]z)?)(?!\w)|(?:geri|bizi|hemen|acilen|acil) ara(?!\w)|bas[iu]n(?:[iu]z)?(?!\w)|tuşlay[iu]n\w*|öde(?:y[iu]n\w*|men\w*)|güncelle(?:y[iu]n\w*|men\w*|mek)|gir(?:in|iniz|meniz)(?!\w))/iu;

/** Details asked for on a courier call. */
const DETAILS_ASKED =
  /(?<!\w)(?:(?:tam |açık |ev )?adres(?:iniz|inizi|ini)|doğum tarih\w*|ad(?:ınız|ınızı) soyad\w*|tam ad\w*|kimlik\w*|pasa?port\w*|telefon(?:unuz|unuzu)|numaranız\w*)(?!\w)/iu;

const YOUR_PARCEL = /(?<!\w)(?:(?:kargo|paket|koli)(?:n|nuz|nız|niz)\w*|gönderinizin)(?!\w)/iu;

export default defineRules('tr', 'delivery-pretext', [
  {
    id: 'parcel-held',
    tactic: 'delivery-pretext',
    score: 0.85,
    description: '"Kargonuz gümrükte bekletiliyor", "paketinize el konuldu": a parcel story of a problem.',
    match: PARCEL,
    near: [{ pattern: HELD, within: 45 }],
    unless: [
      { pattern: TRACKING, within: 40, factor: 0.15, reason: 'a courier status update' },
      {
        pattern: /(?<!\w)(?:kargom|paketim|kolim|siparişim|gönderim|kargomu|paketimi|bilen var m[iı])\w*/iu,
        within: 40,
        factor: 0.2,
        reason: "the writer's own parcel",
      },
    ],
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
        'Kargom gümrükte takıldı, vergi ödemem gerekiyormuş, bilen var mı?',
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
  {
    id: 'parcel-call-back-or-link',
    tactic: 'delivery-pretext',
    score: 0.75,
    description:
      'A parcel story that sends the person to a number, a key or a web link to "release" or "redeliver" it.',
    match: PARCEL_TR,
    near: [{ pattern: ACTION, within: 120, side: 'after', crossSentence: true }],
    unless: [
      { pattern: TRACKING, within: 80, factor: 0.3, reason: 'a courier status update' },
      {
        pattern:
          /(?<!\w)(?:sipariş(?:iniz|in)\w*|takip(?: no| numara\w*| kodu\w*|:)|teşekkür\w*|bizi tercih)/iu,
        factor: 0.5,
        reason: 'a shop or courier that names the order',
      },
    ],
    examples: {
      match: [
        [
          'Kuryemiz adresinize ulaşamadı. Paketinizin teslimi için hemen geri arayınız.',
          'Kuryemiz adresinize ulaşamadı. Paketinizin teslimi için hemen geri arayınız',
        ],
        [
          'Gönderiniz için gümrük ücreti ödenmedi, bit.ly/gumruk-ode adresinden ödeyin.',
          'Gönderiniz için gümrük ücreti ödenmedi, bit.ly',
        ],
        [
          'kargonuz bekletiliyor, bilgilerinizi guncellemek icin linke tiklayin',
          'kargonuz bekletiliyor, bilgilerinizi guncellemek',
        ],
      ],
      noMatch: [
        'Yurtiçi Kargo: gönderiniz teslim edilmiştir, bizi tercih ettiğiniz için teşekkürler.',
        'Paketi aldın mı? Beni ara.',
        'Kargon yolda, yarın gelir. Gelince ara beni.',
        'DHL: Your shipment is out for delivery today. Track: dhl.com/track',
      ],
    },
  },
  {
    id: 'courier-calling',
    tactic: 'delivery-pretext',
    score: 0.75,
    description:
      '"Kargo firmasından arıyorum" and then personal details or an ID asked for: the courier pretext on the phone.',
    match:
      /(?<!\w)(?:kargo|kurye|posta|ptt|dhl|ups|fedex|ems|lojistik)(?:\w*'?n?| (?:şirket|firma|servis)\w*)[dt][ae]n (?:ar[ıi]yor(?:um|uz)|ula[sş][ıi]yor(?:um|uz)|bilgilendiriyor(?:um|uz))(?!\w)/iu,
    near: [{ pattern: DETAILS_ASKED, within: 200, side: 'after', crossSentence: true }],
    examples: {
      match: [
        [
          'Kargo şirketinden arıyorum, gönderiniz için açık adresinizi teyit eder misiniz?',
          'Kargo şirketinden arıyorum, gönderiniz için açık adresinizi',
        ],
        [
          "Merhaba, PTT'den arıyoruz, Çin'den gelen koliniz için kimlik numaranızı almamız gerekiyor.",
          "PTT'den arıyoruz, Çin'den gelen koliniz için kimlik",
        ],
        [
          'Merhaba, kargodan arıyorum, paket adınıza gelmiş, doğum tarihinizi söyler misiniz?',
          'kargodan arıyorum, paket adınıza gelmiş, doğum tarihinizi',
        ],
      ],
      noMatch: [
        'Kargodan arıyorum, kapıdayım, aşağı inebilir misiniz?',
        'Merhaba, kargodan arıyorum, evde misiniz? Kapıdayım.',
      ],
    },
  },
]);
