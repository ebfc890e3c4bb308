/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { DOCUMENT, OWN, PAPERS_ISSUED, REQUEST, WE_PROMISE } from './_lexicon';

/** Employers, banks, hotels and airlines ask for ID as a formality: a cue, not a tactic. */
const FORMALITY =
  /(?<!\w)(?:ik(?!\w)|insan kaynakları\w*|işe (?:giriş|başla)\w*|ilk iş gün\w*|çalışma izn\w*|personel\w*|bordro\w*|oryantasyon\w*|şubemiz\w*|şubeye|şubesine|banka şube\w*|banka\w*|kyc|müşteri hizmetleri|otel\w*|resepsiyon\w*|check-?in|uçuş\w*|bilet\w*|rezervasyon\w*|havaliman\w*|randevu\w*|geçerli olma\w*|geçerlilik\w*|vize başvuru\w*|sınav\w*|ösym|okul\w*|öğretmen\w*|veli\w*|sınıf\w*|gezi\w*|vize (?:haftası|notu|notları)\w*|öğrenci işleri|transkript\w*|diploma\w*|noter\w*|vekalet\w*|hattınız\w*|hat taşı\w*|numara taşı\w*|abonelik\w*|sözleşme\w*|kiralık\w*|ev sahibi\w*|emlak\w*|turkcell|vodafone|türk telekom|papara|enpara|ininal|tosla|revolut|wise|n26|hesab(?:ınızı|ını|ınız) aç\w*|hesap açılış\w*|uygulamadan|uygulamamız\w*|mobil (?:uygulama|bankacılık|şube)\w*|dijital banka\w*|müşterimiz\w*|kart başvuru\w*|üniversitemiz\w*|üniversiteye kabul\w*|öğrenci bilgi sistem\w*|obs(?!\w)|kayıt yenile\w*|kesin kayıt\w*|uluslararası öğrenci\w*|öğrenci ofis\w*|rektörlü[kğ]\w*|dekanlı[kğ]\w*|enstitümüz\w*|erasmus\w*|kabul edildiniz|kabul mektub\w*|yurt müdürlüğ\w*|öğrenci yurd\w*|üniversitesi(?!\w)|yüksek lisans\w*|doktora\w*|lisansüstü\w*|başvuru sistem\w*|uluslararası ofis\w*|yabancı öğrenci\w*|ziraat|garanti bbva|akbank|yapı kredi|iş bankası|halkbank|vakıfbank|qnb|denizbank|ing(?!\w)|kuveyt türk|albaraka|müşteri kayd\w*|yeni müşteri\w*|öğrencimiz\w*|öğrencilerimiz\w*|yabancı uyruklu\w*|öğrenci kayd\w*|portal\w*|yurdumuz\w*|burs başvuru\w*|avukat\w*|duruşma\w*)/iu;

export default defineRules('tr', 'identity-document-request', [
  {
    id: 'request-near-document',
    tactic: 'identity-document-request',
    score: 0.85,
    description:
      'A request verb (gönder, yolla, at, ilet, paylaş, lazım…) in the same sentence as an identity document.',
    match: DOCUMENT,
    near: [{ pattern: REQUEST, within: 70 }],
    unless: [
      { pattern: OWN, within: 25, factor: 0.2, reason: "the writer's own document" },
      {
        pattern: WE_PROMISE,
        within: 20,
        factor: 0.2,
        reason: 'papers offered to relatives (inducement), not asked for',
      },
      {
        pattern: PAPERS_ISSUED,
        within: 30,
        side: 'after',
        factor: 0.2,
        reason: 'papers that will come through for someone (inducement), not asked for',
      },
      {
        pattern:
          /(?<!\w)(?:unutma\w*|yanına al\w*|yanınızda (?:bulundur|getir|taşı)\w*|koymayı|uçakta|uçağa|kapıda göster\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: "a reminder to carry one's own document",
      },
      {
        pattern: FORMALITY,
        factor: 0.3,
        reason: 'an employer, bank, hotel, airline or appointment formality',
      },
    ],
    examples: {
      match: [
        ['Lütfen pasaportunuzun fotokopisini bana gönderin.', 'pasaportunuzun fotokopisini bana gönderin'],
        ['kimlik kartinin fotografini cekip at bana hemen', 'kimlik kartinin fotografini cekip'],
        ['Eşinin pasaport numarası da lazım, yarına kadar yolla.', 'pasaport numarası da lazım'],
        [
          'Oturma izninizin her iki yüzünü WhatsApp üzerinden iletiniz.',
          'Oturma izninizin her iki yüzünü WhatsApp üzerinden iletiniz',
        ],
        ['Nüfus cüzdanı fotoğrafını atar mısın?', 'Nüfus cüzdanı fotoğrafını atar mısın'],
      ],
      noMatch: [
        'Pasaportumu otel için taradım, resepsiyona iletebilir misin?',
        'Pasaport randevum salı günü saat onda.',
        'Şifrenizi ve kimlik bilgilerinizi kimseyle paylaşmayınız.',
        'Yeni kimlik kartınız adresinize gönderilecektir.',
        'İşe başlamadan önce nüfus cüzdanı fotokopinizi İK birimine teslim ediniz.',
        'Uçuşunuz için pasaportunuzun en az 6 ay geçerli olması gerekir.',
        'Annenle babana vize çıkarabiliriz, sadece küçük bir iyilik istiyoruz.',
        'Okul gezisi için öğrencinin kimlik fotokopisini sınıf öğretmenine teslim ediniz.',
        'Listeyi verirsen annenle babana hem pasaport hem vize çıkar.',
        'Pasaportunu çantana koymayı unutma, uçakta lazım olur.',
        'Enpara: hesabınızı açmak için kimlik kartınızın ön yüzünün fotoğrafını uygulamadan yükleyin.',
        "Uluslararası Öğrenci Ofisi: pasaportunuzun taranmış kopyasını OBS'ye yükleyiniz.",
      ],
    },
  },
  {
    id: 'photo-of-it',
    tactic: 'identity-document-request',
    score: 0.8,
    description:
      '"Oturma iznin var mı? Fotoğrafını at": a photo or copy asked for, the document named just before.',
    match: /(?<!\w)(?:fotoğraf|foto|resm|resim|kopya|fotokopi|taram|ön yüz|arka yüz|numara)\w*/iu,
    near: [
      { pattern: REQUEST, within: 60, side: 'after' },
      { pattern: DOCUMENT, within: 80, side: 'before', crossSentence: true },
    ],
    unless: [
      { pattern: OWN, within: 40, factor: 0.2, reason: "the writer's own document" },
      {
        pattern: WE_PROMISE,
        within: 40,
        factor: 0.2,
        reason: 'papers offered to relatives (inducement), not asked for',
      },
      {
        pattern: FORMALITY,
        factor: 0.3,
        reason: 'an employer, bank, hotel, airline or appointment formality',
      },
    ],
    examples: {
      match: [
        [
          'Senin oturma iznin var mı? Fotoğrafını atarsan bizimkiler bakacak.',
          'oturma iznin var mı? Fotoğrafını atarsan',
        ],
      ],
      noMatch: [
        'Pasaportumu yeniledim! Fotoğrafını atayım mı, çok güzel çıktım.',
        'Vize sınavı bitti. Fotoğrafını at, notları görelim.',
      ],
    },
  },
  {
    id: 'document-number-question',
    tactic: 'identity-document-request',
    score: 0.8,
    description:
      'A direct question for the reader\'s document number: "kimlik numaran ne?", "pasaport no kaç?".',
    match:
      /(?<!\w)(?:pasa?port|kimlik|tc kimlik|t\.c\. kimlik|ikamet kartı|oturma izni|vize) (?:numara(?:n|nız)|no(?:n|nuz)?) (?:ne|nedir|kaç|neydi)(?!\w)/iu,
    unless: [
      {
        pattern: FORMALITY,
        factor: 0.3,
        reason: 'an employer, bank, hotel, airline or appointment formality',
      },
    ],
    examples: {
      match: [
        ['Kimlik numaran ne? Acil lazım.', 'Kimlik numaran ne'],
        ['pasaport numaranız nedir efendim', 'pasaport numaranız nedir'],
      ],
      noMatch: ['Rezervasyon için pasaport numaranız nedir?', 'Kimlik numaram değişmedi.'],
    },
  },
]);
