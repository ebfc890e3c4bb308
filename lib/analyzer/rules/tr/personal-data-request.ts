/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { REQUEST } from './_lexicon';

/**
 * Personal details other than documents. A number after a document or tracking word
 * ("kimlik numaranız", "takip numaranız") is not a phone number.
 */
const PERSONAL =
  /(?<!\w)(?:(?:açık |ev |iş )?adres(?:ler)?(?:i|in|ini|iniz|inizi)?(?!\w)|konum\w*|lokasyon\w*|doğum (?:tarih|yer)\w*|tam ad\w*|ad(?:ınız|ın|ınızı|ını)? ?soyad\w*|isminiz\w*|telefon(?:ların)? (?:numara|bilgi)\w*|adres bilgi\w*|cep (?:telefon|numara)\w*|(?<!(?:kimli[kğ]|pasaport|kart|izn|belge|vize|ehliyet|takip|sipariş|müşteri|kargo|dosya|başvuru|referans|kayıt|sicil)\w{0,8} )numara(?:n|nız|larını|ların|s[iı]n[iı]|s[iı])\w*|ad(?:ınızı|ınız)(?!\w)|telefon(?:unuz|un)(?:u|a)?(?!\w)|ikamet (?:ettiğ|ediyor)\w*|iş yer\w*|çalıştığın (?:yer|şirket)\w*|(?:e-?posta|mail) adres(?:in|iniz|ini|inizi|i)?(?!\w)|sosyal medya hesap\w*|(?:wechat|telegram|whatsapp|facebook|instagram) (?:hesab|id|numara|kullanıcı)\w*|kişisel bilgi\w*|iletişim bilgi\w*|kocanın adı\w*|karının adı\w*|eşinin adı\w*|kızlık soyad\w*|(?:nerede|hangi [a-z]+) (?:yaşadığ|oturduğ|çalıştığ|kaldığ|okuduğ)\w*|ne iş yaptığ\w*|(?:çalıştığ|oturduğ|yaşadığ|okuduğ|kaldığ)[iu](?:n[iu]z|n)? (?:yer|ev|adres|okul|şirket|üniversite)\w*|telefon(?:u|unu|ları|larını|larının)(?!\w))/iu;

/** A legitimate form: an employer, bank, school or shop collecting contact details. */
const FORMALITY =
  /(?<!\w)(?:ik'?(?:ya|ye)(?!\w)|insan kaynakları\w*|işe (?:giriş|başla)\w*|personel\w*|bordro\w*|şube\w*|banka\w*|müşteri hizmetleri|sipariş\w*|fatura\w*|teslimat adres\w*|kargo takip\w*|rezervasyon\w*|otel\w*|davetiye\w*|düğün\w*|kayıt formu\w*|abonelik\w*|ilan\w*|daire(?:yi|nin|ye|de)?(?!\w)|kiralık\w*|satılık\w*|emlak\w*|ev sahibi\w*|kaydol\w*|kurs(?:u|a|umuz|umuza)(?!\w)|etkinliğ\w*|katılım formu\w*|üyelik\w*|hediye\w*|kutla\w*|doğum gün\w*|eski numara\w*|numaran değiş\w*|yeni hat\w*|kaydedeyim|rehber\w*)/iu;

export default defineRules('tr', 'personal-data-request', [
  {
    id: 'request-near-personal-data',
    tactic: 'personal-data-request',
    score: 0.8,
    description: 'A request verb near an address, birth date, phone number, workplace or account.',
    match: PERSONAL,
    near: [{ pattern: REQUEST, within: 70 }],
    unless: [
      { pattern: FORMALITY, factor: 0.35, reason: 'an employer, bank, shop or invitation formality' },
      {
        pattern: /(?<!\w)gönderiniz(?= (?:adres|için|ile|hakkında|gümrük|teslim|dağıtım|bekle|iade))/iu,
        within: 0,
        factor: 0.3,
        reason: '"gönderiniz" is "your shipment" here, not "send"',
      },
    ],
    examples: {
      match: [
        [
          'Teslimat için açık adresinizi bu numaraya SMS ile gönderiniz.',
          'açık adresinizi bu numaraya SMS ile gönderiniz',
        ],
        [
          'Almatı’daki akrabalarının telefon numaralarına ihtiyacımız var.',
          'telefon numaralarına ihtiyacımız',
        ],
        ['İsimleri ve telefon numaralarını bana at.', 'telefon numaralarını bana at'],
        ['Sidney’deki iş adresini ve kocanın adını istiyorlar.', 'iş adresini ve kocanın adını istiyorlar'],
      ],
      noMatch: [
        'Kartınız PTT aracılığıyla adresinize gönderilecektir.',
        'Davetiye göndereceğim, adresini yazar mısın?',
        'Kimlik numaranızı kimseyle paylaşmayınız.',
      ],
    },
  },
  {
    id: 'where-do-you-live',
    tactic: 'personal-data-request',
    score: 0.75,
    description:
      '"Şu an nerede yaşıyorsun?", "hangi üniversitede okuyorsun?": questions about where the person lives, works or studies.',
    match:
      /(?<!\w)(?:(?:şu an|şimdi|artık|hâlâ|hala) (?:nerede|nerde)(?:(?:sin|siniz|sn)(?!\w)| ?\?)|(?:nerede|nerde) (?:otur|yaş|kal|çalış|ok|ikamet ed)[iu]yo[rsn]\w*|hangi (?:şehir|semt|mahalle|ülke|ilçe|sokak|adres|üniversite|okul|şirket|firma|fakülte|bölüm|kurum)\w* (?:otur|yaş|kal|çalış|ok|gid|ikamet ed)[iu]yo[rsn]\w*|hangi (?:semt|mahalle|ilçe|sokak|üniversite|okul|şirket|firma|fakülte|bölüm)(?:[dt][ae])?(?:s[iu]n(?:[iu]z)?(?!\w)| ?\?| ?$)|hangi üniversite\w*\?|ne iş yap[iu]yo[rsn]\w*|(?:çalıştığın|okuduğun|oturduğun|kaldığın|yaşadığın)(?:ız)? (?:şirket|firma|kurum|fabrika|mağaza|restoran|hastane|yer|okul|üniversite|fakülte|bölüm|ev|adres|semt|mahalle|şehir)\w*(?: ad[iı])? (?:ne|neresi|nedir|hangisi)(?!\w)|(?:evin|eviniz|işin|işiniz|okulun|okulunuz|iş yerin|iş yeriniz|işyerin|adresin|adresiniz)(?: tam)? (?:nerede|nerde|neresi)(?!\w)|çalışıyor mu(?:sun|sunuz) okuyor mu\w*|(?:yeni )?numaran (?:ne|kaç)\w*|adresin (?:ne|neresi)\w*|(?:wechat|telegram|whatsapp|facebook|instagram|twitter|tiktok|vk) (?:hesab[iı]n(?:[iı]z)?[iı]n|id'?n|kullanıcı ad[iı]n)\w*(?: ad[iı])? (?:ne|nedir)(?!\w)|doğum tarihin(?:iz)? (?:ne|kaç)\w*)/iu,
    unless: [
      {
        pattern:
          /(?<!\w)(?:kargo\w*|sipariş\w*|teslimat\w*|bizimki\w*|bizim (?:oğlan|kız|çocuk)\w*|yazdırmak\w*|kayıt\w*|kaydı\w*)/iu,
        within: 40,
        factor: 0.4,
        reason: 'a delivery question',
      },
      {
        pattern:
          /(?<!\w)(?:nasıl gidiyor\w*|tebrik\w*|hayırlı olsun|özledi\w*|geçmiş olsun|maşallah|otel\w*|tatil\w*|gezi\w*|misafir\w*|hostel\w*|airbnb\w*)/iu,
        within: 80,
        factor: 0.5,
        reason: 'a friend catching up',
      },
      {
        pattern: /(?<!\w)(?:biliyoruz|biliyorum|biliriz)(?!\w)/iu,
        within: 15,
        side: 'after',
        factor: 0.2,
        reason: 'a claim of knowing, not a question',
      },
    ],
    examples: {
      match: [
        ['Şu an nerede yaşıyorsunuz? Çalışıyor musunuz okuyor musunuz?', 'nerede yaşıyorsunuz'],
        ['hangi şehirde yaşıyorsun şimdi? yeni numaran ne', 'hangi şehirde yaşıyorsun'],
        ['Çalıştığın şirketin adı ne?', 'Çalıştığın şirketin adı ne'],
        ['slm nerde kaliyosun simdi, hangi semtte', 'nerde kaliyosun'],
        ['Şu an hangi fakültedesiniz? Hocanız kim?', 'hangi fakültedesiniz'],
        ['ne is yapiyon orda, iyi misin', 'ne is yapiyon'],
      ],
      noMatch: [
        'Nerede buluşalım?',
        'Kargo geldi, adresin neresi tam olarak teslimat için?',
        'Hangi film daha güzel sence?',
        'Yeni işin nasıl gidiyor? Nerede çalışıyorsun şimdi?',
      ],
    },
  },
  {
    id: 'give-your-name-and-birth-date',
    tactic: 'personal-data-request',
    score: 0.75,
    description: '"Tam adınızı ve doğum tarihinizi söyler misiniz": identity details asked for on a call.',
    match:
      /(?<!\w)(?:tam ad(?:ınız|ınızı|ını)|adınızı soyadınızı|adınız ve soyadınız|doğum tarih(?:iniz|inizi|ini|in))(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:söyle\w*|ver\w*|gerek\w*|lazım|ihtiya[cç]\w*|öğrenebilir\w*|alabilir\w*|rica\w*|teyit\w*|doğrula\w*)/iu,
        within: 40,
      },
    ],
    unless: [{ pattern: FORMALITY, factor: 0.35, reason: 'an employer, bank, shop or invitation formality' }],
    examples: {
      match: [
        [
          'Dosyanızı bulmak için tam adınız ve doğum tarihiniz gerekli.',
          'tam adınız ve doğum tarihiniz gerekli',
        ],
      ],
      noMatch: ['Rezervasyon için tam adınızı ve doğum tarihinizi alabilir miyim? Otelimize hoş geldiniz.'],
    },
  },
  {
    id: 'still-living-there',
    tactic: 'personal-data-request',
    score: 0.7,
    description:
      '"Hâlâ Esenler\'de mi kalıyorsunuz?": the caller checks where the person lives or works now.',
    match: /[dt][ae] m[iu] (?:otur|yaş|kal|çalış|ok)[iu]yo[rsn]\w*/iu,
    near: [
      {
        pattern: /(?<!\w)(?:hâlâ|hala|halen|hâlen|şu an|şu sıralar|şimdi|artık|hâlihazırda)(?!\w)/iu,
        within: 25,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:bu akşam|bu gece|hafta sonu|tatil\w*|otel\w*|hastane\w*|evde mi)/iu,
        within: 30,
        factor: 0.3,
        reason: 'tonight or a trip, not where the person lives',
      },
    ],
    examples: {
      match: [
        ["Hâlâ Esenler'de mi oturuyorsunuz?", "Hâlâ Esenler'de mi oturuyorsunuz"],
        ['Şu an Berlin’de mi çalışıyorsun?', 'Şu an Berlin’de mi çalışıyorsun'],
      ],
      noMatch: ['Hala otelde mi kalıyorsun bu gece?', 'Ankara’da mı kalıyorsun hafta sonu?'],
    },
  },
]);
