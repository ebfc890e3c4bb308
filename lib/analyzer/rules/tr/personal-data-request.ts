/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { REQUEST } from './_lexicon';

/**
 * Personal details other than documents. A number after a document or tracking word
 * ("kimlik numaranız", "takip numaranız") is not a phone number.
 */
const PERSONAL =
  /(?<!\w)(?:(?:açık |ev |iş )?adres(?:ler)?(?:i|in|ini|iniz|inizi)?(?!\w)|konum\w*|lokasyon\w*|doğum (?:tarih|yer)\w*|tam ad\w*|ad(?:ınız|ın|ınızı|ını)? ?soyad\w*|isminiz\w*|telefon(?:ların)? (?:numara|bilgi)\w*|adres bilgi\w*|cep (?:telefon|numara)\w*|(?<!(?:kimlik|pasaport|kart[ıi]|takip|sipariş|müşteri|kargo|dosya|başvuru|referans|kayıt|sicil) )numara(?:n|nız|larını|ların)\w*|iş yer\w*|çalıştığın (?:yer|şirket)\w*|(?:e-?posta|mail) adres(?:in|iniz|ini|inizi|i)?(?!\w)|sosyal medya hesap\w*|(?:wechat|telegram|whatsapp|facebook|instagram) (?:hesab|id|numara|kullanıcı)\w*|kişisel bilgi\w*|iletişim bilgi\w*|kocanın adı\w*|karının adı\w*|eşinin adı\w*|kızlık soyad\w*|(?:nerede|hangi [a-z]+) (?:yaşadığ|oturduğ|çalıştığ|kaldığ|okuduğ)\w*|ne iş yaptığ\w*|(?:çalıştığ|oturduğ|yaşadığ|okuduğ|kaldığ)[iu](?:n[iu]z|n)? (?:yer|ev|adres|okul|şirket|üniversite)\w*|telefon(?:u|unu|ları|larını|larının)(?!\w))/iu;

/** A legitimate form: an employer, bank, school or shop collecting contact details. */
const FORMALITY =
  /(?<!\w)(?:ik'?(?:ya|ye)(?!\w)|insan kaynakları\w*|işe (?:giriş|başla)\w*|personel\w*|bordro\w*|şube\w*|banka\w*|müşteri hizmetleri|sipariş\w*|fatura\w*|teslimat adres\w*|kargo takip\w*|rezervasyon\w*|otel\w*|davetiye\w*|düğün\w*|kayıt formu\w*|abonelik\w*|ilan\w*|daire(?:yi|nin|ye|de)?(?!\w)|kiralık\w*|satılık\w*|emlak\w*|ev sahibi\w*)/iu;

export default defineRules('tr', 'personal-data-request', [
  {
    id: 'request-near-personal-data',
    tactic: 'personal-data-request',
    score: 0.8,
    description: 'A request verb near an address, birth date, phone number, workplace or account.',
    match: PERSONAL,
    near: [{ pattern: REQUEST, within: 70 }],
    unless: [{ pattern: FORMALITY, factor: 0.35, reason: 'an employer, bank, shop or invitation formality' }],
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
      /(?<!\w)(?:(?:şu an|şimdi|artık) nerede(?:sin|siniz)(?!\w)|nerede (?:oturuyor|yaşıyor|kalıyor|çalışıyor|okuyor)\w*|hangi (?:şehir|semt|mahalle|ülke|ilçe|sokak|adres)\w* (?:oturuyor|yaşıyor|kalıyor|çalışıyor)\w*|hangi (?:üniversite|okul|şirket|fakülte|bölüm)\w* (?:okuyor|çalışıyor|gidiyor)\w*|hangi üniversite\w*\?|ne iş yapıyor\w*|(?:çalıştığın|okuduğun|oturduğun|kaldığın|yaşadığın)(?:ız)? (?:şirket|yer|okul|üniversite|ev|adres|semt|mahalle|şehir)\w*(?: adı)? (?:ne|neresi|nedir|hangisi)(?!\w)|çalışıyor mu(?:sun|sunuz) okuyor mu\w*|(?:yeni )?numaran (?:ne|kaç)\w*|adresin (?:ne|neresi)\w*|doğum tarihin(?:iz)? (?:ne|kaç)\w*)/iu,
    unless: [
      {
        pattern:
          /(?<!\w)(?:kargo\w*|sipariş\w*|teslimat\w*|bizimki\w*|bizim (?:oğlan|kız|çocuk)\w*|yazdırmak\w*|kayıt\w*|kaydı\w*)/iu,
        within: 40,
        factor: 0.4,
        reason: 'a delivery question',
      },
    ],
    examples: {
      match: [
        ['Şu an nerede yaşıyorsunuz? Çalışıyor musunuz okuyor musunuz?', 'nerede yaşıyorsunuz'],
        ['hangi şehirde yaşıyorsun şimdi? yeni numaran ne', 'hangi şehirde yaşıyorsun'],
        ['Çalıştığın şirketin adı ne?', 'Çalıştığın şirketin adı ne'],
      ],
      noMatch: ['Nerede buluşalım?', 'Kargo geldi, adresin neresi tam olarak teslimat için?'],
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
]);
