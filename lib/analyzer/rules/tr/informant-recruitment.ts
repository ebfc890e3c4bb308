/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { GROUP, REQUEST } from './_lexicon';

/** Someone who wants to join in ("ben de geleyim"): an ordinary question about a meeting. */
const JOINING =
  /(?<!\w)(?:ben de (?:gel|katıl)\w*|biz de (?:gel|katıl)\w*|gelebilir miyim|katılabilir miyim|getireyim|götüreyim|yapayım|alayım|bilmiyorum|gidemedim|gelemedim|katılamadım|yer var mı|kaçta başlıyor|kayıt\w*|kayd\w*|yemek\w*|sipariş\w*|ikram\w*|sandalye\w*|rezervasyon\w*)/iu;

/** A group's own notice to its members (general meeting, dues): it collects names openly. */
const OWN_NOTICE =
  /(?<!\w)(?:derneğimiz\w*|vakfımız\w*|genel kurul\w*|üyelerimiz\w*|hazirun\w*|tüzü[kğ]\w*|aidat\w*|olağan(?:üstü)? toplantı\w*|yönetim kurulu seçim\w*|sekreterliğ\w*|gündem\w*|duyuru\w*|kutlama\w*|bildirme(?:si|leri) rica\w*|kayıt yaptır\w*)/iu;

/** Names, lists and members of other people. */
const NAMES =
  /(?<!\w)(?:isimleri(?!niz)\w*|isim listes\w*|adları(?:nı|n[iı]n)?(?!\w)|üye listes\w*|katılımcı\w*|katılanlar\w*|gelenler(?:in|i)\w*|üyeler(?:in|i)\w*|yönetim kurulu\w*|herkesin (?:listes|isim|ad|numara)\w*)/iu;

/** Reporting back: "bize haber ver", "bilgi topla", "göz kulak ol". */
const REPORT_BACK =
  /(?<!\w)(?:(?:bize|bana) (?:haber|bilgi) ver\w*|haber ver(?:(?!\w)|in\w*|ir mi\w*|ebilir\w*|sene)|bilgi (?:topla|ver|gönder|ilet)\w*|(?:bize|bana) (?:anlat|bildir|söyle|ilet|yaz)\w*|anlatman\w*|göz kulak ol\w*|gözünü dört aç\w*|takip et(?:(?!\w)|in\w*|ebilir\w*|men\w*|sene)|takipte kal\w*|öğren(?:(?!\w)|ebilir\w*|ip(?!\w)|in(?!\w)|iniz(?!\w)|sene|men\w*)|rapor(?:la\w*| ver\w*| gönder\w*| hazırla\w*))/iu;

/** What other people do, say or plan. */
const ACTIVITIES =
  /(?<!\w)(?:ne(?:ler)? konuştukların\w*|ne(?:ler)? konuşul\w*|ne(?:ler)? yaptıkların\w*|ne(?:ler)? planladıkların\w*|planladıkların\w*|ne zaman toplandıkların\w*|(?:ne zaman|nerede)(?: ve (?:ne zaman|nerede))? (?:yapılıyor|yapılacak|toplanıyor|toplanacak|buluşuyor|buluşacak)\w*|kim(?:ler)? ne (?:dedi|konuştu|söyledi|paylaşıyor|yazıyor|diyor|konuşuyor)\w*|neler söylendi\w*|kim yönetiyor\w*|başkanı kim|kimlerle görüştüğ\w*|kimlerle görüşüyor\w*)/iu;

/** Diaspora bodies only (not any meeting): whose papers an informant is asked for. */
const DIASPORA_GROUP =
  /(?<!\w)(?:derne[kğ]\w*|cemaat\w*|cemiyet\w*|kurultay\w*|vakf\w*|vakıf\w*|örgüt\w*|teşkilat\w*|uygur\w*|kazak(?!istan)\w*|doğu türkistan\w*|atajurt\w*|diaspora\w*|aktivist\w*|kültür merkez\w*)/iu;

export default defineRules('tr', 'informant-recruitment', [
  {
    id: 'who-comes-to-the-group',
    tactic: 'informant-recruitment',
    score: 0.45,
    description:
      '"Derneğe kimler geliyor?", "toplantıya kimler katıldı?": who attends a diaspora group or meeting.',
    match:
      /(?<!\w)(?:kimler(?:in)? (?:geliyor|geldi|gidiyor|katıl\w*|konuş\w*|var|toplan\w*)|kimler\w*|kim (?:geliyor|geldi|gidiyor|katıldı|katılıyor|konuştu|var)(?!\w)|kimin konuştuğ\w*|başka kim(?:ler\w*|(?!\w))|kimin (?:gel|katıl|konuş|para)\w*)/iu,
    near: [{ pattern: GROUP, within: 80, crossSentence: true }],
    unless: [{ pattern: JOINING, within: 60, factor: 0.2, reason: 'the writer wants to join in' }],
    boost: [
      { pattern: REQUEST, within: 100, factor: 1.8, reason: 'and asks to be told or sent' },
      { pattern: REPORT_BACK, within: 100, factor: 1.8, reason: 'and asks to be told or sent' },
      { pattern: NAMES, within: 100, factor: 1.8, reason: 'names are asked for' },
      {
        pattern: /(?<!\w)(?:başka kim\w*|para (?:ver|yolla|gönder)\w*|bağış\w*)/iu,
        within: 60,
        factor: 1.8,
        reason: 'who else, who funds it',
      },
    ],
    examples: {
      match: [
        ['Kardeşim, derneğe kimler geliyor? İsimleri lazım.', 'derneğe kimler geliyor'],
        ['Kurultay toplantısına kimler katıldı, söyle bana.', 'toplantısına kimler katıldı'],
        ['Derneğe kimlerin para verdiğini öğrenebilir misin?', 'Derneğe kimlerin'],
      ],
      noMatch: [
        'Toplantıya kimler geliyor? Ben de gelebilir miyim?',
        'Kimler geldi bugün? Çok kalabalıktı değil mi?',
        'Yarın derneğe kimler gelecek? Çay ve börek getireyim mi?',
      ],
    },
  },
  {
    id: 'send-the-names',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      '"İsimleri lazım", "katılanların listesini gönder": names or lists of other people requested.',
    match: NAMES,
    near: [{ pattern: REQUEST, within: 40 }],
    unless: [
      { pattern: JOINING, within: 60, factor: 0.15, reason: 'an event registration' },
      { pattern: OWN_NOTICE, factor: 0.25, reason: "a group's own notice to its members" },
    ],
    examples: {
      match: [
        ['İsimleri lazım, hemen yaz.', 'İsimleri lazım'],
        [
          'Telegram grubundaki herkesin listesini telefon numaralarıyla istiyoruz.',
          'herkesin listesini telefon numaralarıyla istiyoruz',
        ],
        ['12 Mart toplantısına katılanların isimlerini de gönder.', 'katılanların isimlerini de gönder'],
      ],
      noMatch: [
        'Kahvaltıya katılanlar için yemek sayısı lazım, kayıt olun.',
        'İsimleri çok güzel, kutlarım.',
        'Derneğimizin genel kuruluna katılacak üyelerimizin isimlerini sekreterliğe bildirmeleri rica olunur.',
      ],
    },
  },
  {
    id: 'report-on-the-group',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: '"Kulübe göz kulak ol", "topluluğunuzda neler olduğunu bize anlat": report on a group.',
    match: REPORT_BACK,
    near: [{ pattern: GROUP, within: 70 }],
    unless: [
      { pattern: JOINING, within: 60, factor: 0.15, reason: 'an event registration' },
      { pattern: OWN_NOTICE, factor: 0.25, reason: "a group's own notice to its members" },
      {
        pattern:
          /(?<!\w)(?:gelecekseniz|katılacaksanız|katılmak isteyen\w*|davet\w*|gelip gelmeyeceğin\w*|ödev\w*|sınav\w*|ders\w*)/iu,
        within: 60,
        factor: 0.15,
        reason: 'an invitation or school matter',
      },
    ],
    examples: {
      match: [
        ['Doğu Türkistan kulübüne göz kulak olabilir misin?', 'kulübüne göz kulak olabilir'],
        [
          'Topluluğunuzda neler olduğunu bize anlatman yeterli.',
          'Topluluğunuzda neler olduğunu bize anlatman',
        ],
      ],
      noMatch: ['Nevruz etkinliğine gelecekseniz haber verin.', 'Okulda ne oldu, bana anlat.'],
    },
  },
  {
    id: 'what-they-talk-about',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: '"Ne konuştuklarını söyle", "kim yönetiyor": the activities of other people or a group.',
    match: ACTIVITIES,
    near: [{ pattern: REQUEST, within: 40 }],
    unless: [
      {
        pattern:
          /(?<!\w)(?:iş toplantı\w*|proje\w*|müşteri\w*|ekip\w*|sunum\w*|ders\w*|hatırlamıyorum|unuttum|tutanak tut\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'a work or school meeting',
      },
    ],
    examples: {
      match: [
        ['Sadece başka kimlerin geldiğini ve ne konuştuklarını söyle.', 'ne konuştuklarını söyle'],
        ['Toplantıda kim ne dedi, hepsini yaz.', 'kim ne dedi, hepsini yaz'],
      ],
      noMatch: ['Ne konuştuğumuzu hatırlıyor musun?', 'Annemle babam ne konuştuklarını söylemediler.'],
    },
  },
  {
    id: 'report-their-activities',
    tactic: 'informant-recruitment',
    score: 0.75,
    description:
      '"Neler yaptıklarını bize anlat", "ne zaman toplandıklarını haber ver": report on others\' activities.',
    match: ACTIVITIES,
    near: [{ pattern: REPORT_BACK, within: 80, crossSentence: true }],
    examples: {
      match: [
        [
          'Etkinlik planladıklarında ve ne konuştuklarında bana haber ver.',
          'planladıklarında ve ne konuştuklarında bana haber ver',
        ],
      ],
      noMatch: ['Ne yaptıklarını bilmiyorum, sormadım.'],
    },
  },
  {
    id: 'group-papers',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: '"Derneğin toplantı tutanaklarını bize gönder": internal papers of a diaspora group.',
    match:
      /(?<!\w)(?:tutanak\w*|bağışçı\w*|üye kayıt\w*|gelir gider\w*|yazışmaları\w*|planları\w*|programları\w*|kararları\w*)/iu,
    near: [
      { pattern: REQUEST, within: 30, side: 'after' },
      { pattern: DIASPORA_GROUP, within: 50, side: 'before' },
    ],
    examples: {
      match: [
        ['Derneğin toplantı tutanaklarını bize gönder.', 'Derneğin toplantı tutanaklarını bize gönder'],
      ],
      noMatch: ['Dünkü ekip toplantısının tutanaklarını bana gönderir misin?'],
    },
  },
  {
    id: 'who-leads-and-where',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: '"Başkanı kim, toplantılar nerede yapılıyor?": who runs a group and where or when it meets.',
    match:
      /(?<!\w)(?:başkanı kim|kim yönetiyor\w*|yöneticileri kim\w*|kimler yönetiyor\w*|liderleri kim\w*|kim organize ediyor\w*)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:ne zaman|nerede|nereye|hangi gün|saat kaçta) (?:yapılıyor|toplanıyor|buluşuyor|toplanacak|yapılacak)\w*/iu,
        within: 60,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Derneğin başkanı kim ve toplantılar nerede yapılıyor?',
          'başkanı kim ve toplantılar nerede yapılıyor',
        ],
      ],
      noMatch: ['Derneğin başkanı kim oldu, biliyor musun?'],
    },
  },
  {
    id: 'contacts-of-members',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: '"Dernekteki gençlerin telefonlarını topla gönder": contacts of the members of a group.',
    match:
      /(?<!\w)(?:gençler|üyeler|insanlar|kişiler|herkes|arkadaşlar|katılımcılar|gelenler|katılanlar|öğrenciler|uygurlar|kazaklar|aktivistler|yöneticiler)(?:in|inin)(?!\w)/iu,
    near: [
      {
        pattern: /(?<!\w)(?:telefon|numara|adres|isim|adlar|hesap|kimlik|liste)\w*/iu,
        within: 30,
        side: 'after',
      },
      { pattern: REQUEST, within: 70 },
      { pattern: GROUP, within: 80, crossSentence: true },
    ],
    unless: [
      { pattern: JOINING, within: 60, factor: 0.15, reason: 'an event registration' },
      { pattern: OWN_NOTICE, factor: 0.25, reason: "a group's own notice to its members" },
    ],
    examples: {
      match: [
        [
          'Dernekteki gençlerin telefon numaralarını toplayıp gönderir misin?',
          'Dernekteki gençlerin telefon numaralarını toplayıp',
        ],
      ],
      noMatch: ['Konferansa katılanların isimlerini kayıt formuyla bildirin.'],
    },
  },
  {
    id: 'about-other-uyghurs',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: '"Diğer Uygurlar hakkında bilgi": information about other diaspora members.',
    match: /(?<!\w)(?:diğer|öteki|buradaki|oradaki|başka) (?:uygur|kazak|türkistanlı|öğrenci|aktivist)\w*/iu,
    near: [
      {
        pattern: /(?<!\w)(?:hakkında|bilgi\w*|kimler\w*|ne yap\w*|nerede\w*|isim\w*|numara\w*|adres\w*)/iu,
        within: 40,
      },
    ],
    examples: {
      match: [['Buradaki Uygurlar hakkında bilgi toplarsan iyi olur.', 'Buradaki Uygurlar hakkında']],
      noMatch: ['Diğer öğrencilerle birlikte yemeğe gittik.'],
    },
  },
  {
    id: 'names-of-diaspora-people',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      '"Okulunuzdaki Uygur öğrencilerin isimleri ve telefonları": names or contacts of other diaspora members, asked for.',
    match:
      /(?<!\w)(?:(?:uygur|kazak|türkistanlı)(?:lar[iı]n|ler[iı]n) (?:isim\w*|adlar\w*|liste\w*|telefon\w*|numara\w*|adres\w*|iletişim\w*)|(?:uygur|kazak(?!istan)|türkistanlı|doğu türkistanlı|kırgız|özbek)\w*(?: [a-z]+)? (?:öğrenci|arkadaş|üye|aile|kişi|insan|genç|aktivist|vatandaş|kardeş|çalışan|esnaf|imam|cemaat)\w* (?:isim\w*|adlar\w*|liste\w*|telefon\w*|numara\w*|adres\w*|iletişim\w*|bilgi\w*|hesap\w*|kimlik\w*))/iu,
    near: [{ pattern: REQUEST, within: 250, crossSentence: true }],
    unless: [{ pattern: OWN_NOTICE, factor: 0.25, reason: "a group's own notice to its members" }],
    examples: {
      match: [
        [
          'Bize Uygur derneğindeki gençlerin isim listesini yolla.',
          'Uygur derneğindeki gençlerin isim listesini yolla',
        ],
        [
          'Aşağıdaki formu doldurunuz: adınız, adresiniz ve okulunuzdaki Uygur öğrencilerin isimleri ile telefonları.',
          'doldurunuz: adınız, adresiniz ve okulunuzdaki Uygur öğrencilerin isimleri',
        ],
        [
          'Okuldaki Uygur öğrencilerin listesini çıkarabilir misin?',
          'Uygur öğrencilerin listesini çıkarabilir misin',
        ],
      ],
      noMatch: ['Bursu kazanan Uygur öğrencilerin isimleri dün ilan edildi.'],
    },
  },
]);
