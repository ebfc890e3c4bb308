/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { AUTHORITY, AUTHORITY_FROM, HOMELAND } from './_lexicon';

/** A genuine notice: opening hours, appointments, the official website. */
const NOTICE =
  /(?<!\w)(?:randevu\w*|duyuru\w*|kapalı olacak\w*|resmi tatil\w*|bayram tatili\w*|mesai saat\w*|çevrimiçi|online|web sitesi\w*|internet sitesi\w*|e-?konsolosluk\w*)/iu;

/** A rank or post the writer gives as their own. */
const OFFICER =
  /(?<!\w)(?:polis memur\w*|polisim|memur(?:u|um|uyum|usu)?|komiser\w*|(?:görevli|yetkili|temsilci)(?:si|siyim|yim)?|ataşe\w*|konsolos(?:u|um)?|müdür(?:ü|üm|üyüm)?|sorumlu(?:su|suyum|yum)?)(?!\w)/iu;

/** An authority in the form of its name (nominative or "…'s"): "Başkonsolosluğu", "Emniyet". */
const AUTHORITY_NAME =
  /(?<!\w)(?:büyükelçili(?:k|ği)|(?:baş)?konsoloslu(?:k|ğu)|elçili(?:k|ği)|emniyet(?: müdürlüğü)?|polis(?: merkezi)?|karakolu?|jandarma(?: komutanlığı)?|(?:devlet|kamu|milli|ulusal) güvenli(?:k|ği)(?: bürosu| bakanlığı| idaresi)?|güvenlik bürosu|istihbarat)(?!\w)/iu;

/** What a writer does from there: "arıyorum", "yazıyoruz", "size ulaşıyoruz". */
const CONTACTING =
  /(?<!\w)(?:ar[ıi]yor(?:um|uz)|yaz[ıi]yor(?:um|uz)|ula[sş][ıi]yor(?:um|uz)|sesleniyor(?:um|uz)|bilgilendiriyor(?:um|uz)|konuşuyor(?:um|uz)|mesaj at[ıi]yor(?:um|uz)|geliyor(?:um|uz)|(?:otomatik |resmi |sesli )?bir (?:mesaj|arama)\w*)/iu;

/** The state itself, which a handler may claim to speak for. */
const STATE =
  /(?<!\w)(?:çin (?:devlet|hükümet)\w*|emniyet müdürlü[kğ]\w*|devlet\w*|hükümet\w*|parti\w*|teşkilat\w*|komünist parti\w*|büyükelçili[kğ]\w*|(?:baş)?konsolos\w*|emniyet\w*|polis\w*|(?:kamu|ulusal|milli) güvenli[kğ]\w*|güvenlik (?:büro|bakanl|müdürl|daire)\w*)/iu;

export default defineRules('tr', 'authority-claim', [
  {
    id: 'this-is-authority',
    tactic: 'authority-claim',
    score: 0.9,
    description: '"Burası … Başkonsolosluğu": the caller says the line is an embassy, consulate or police.',
    match: /(?<!\w)burası(?!\w)/iu,
    near: [{ pattern: AUTHORITY_NAME, within: 60, side: 'after' }],
    examples: {
      match: [
        [
          'Merhaba, burası Çin Halk Cumhuriyeti Ankara Büyükelçiliği.',
          'burası Çin Halk Cumhuriyeti Ankara Büyükelçiliği',
        ],
        ['Alo burasi Urumci emniyet mudurlugu', 'burasi Urumci emniyet mudurlugu'],
      ],
      noMatch: ['Burası çok güzel, denize yakın.', 'Burası konsolosluğa çok uzak mı?'],
    },
  },
  {
    id: 'calling-from-authority',
    tactic: 'authority-claim',
    score: 0.9,
    description:
      '"Konsolosluktan arıyorum", "Kamu Güvenlik Bürosu\'ndan yazıyoruz": the writer speaks from an authority.',
    match: AUTHORITY_FROM,
    near: [{ pattern: CONTACTING, within: 30, side: 'after' }],
    examples: {
      match: [
        ['İyi günler, Başkonsolosluğu’ndan arıyorum.', 'Başkonsolosluğu’ndan arıyorum'],
        ['Kaşgar Kamu Güvenlik Bürosu’ndan size ulaşıyoruz.', 'Güvenlik Bürosu’ndan size ulaşıyoruz'],
        ['Bu, Çin Büyükelçiliği’nden otomatik bir mesajdır.', 'Büyükelçiliği’nden otomatik bir mesajdır'],
      ],
      noMatch: ['Polisi arıyorum, biri kapıyı zorluyor!', 'Konsolosluktan dönerken seni arayacağım.'],
    },
  },
  {
    id: 'calling-from-its-department',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      '"Büyükelçiliği Konsolosluk Bölümü\'nden arıyoruz": calling from a department of an authority.',
    match: /'?n?[dt][ae]n (?:ar[ıi]yor|yaz[ıi]yor|ula[sş][ıi]yor|sesleniyor)(?:um|uz)(?!\w)/iu,
    near: [{ pattern: AUTHORITY_NAME, within: 45, side: 'before' }],
    examples: {
      match: [['Çin Büyükelçiliği Konsolosluk Bölümü’nden arıyoruz.', 'Konsolosluk Bölümü’nden arıyoruz']],
      noMatch: ['Konsolosluk randevusu için arıyorum.', 'Polisi aradık, birazdan gelir.'],
    },
  },
  {
    id: 'speaking-for-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      '"Emniyet adına arıyoruz", "Çin hükümeti adına konuşuyorum": the writer acts on behalf of an authority.',
    match: STATE,
    near: [
      {
        pattern:
          /(?<!\w)(?:adına|olarak) (?:ar[ıi]yor|yaz[ıi]yor|ula[sş][ıi]yor|konuşuyor|sesleniyor|bildiriyor|rica ediyor|söylüyor|uyarıyor|soruyor)\w*/iu,
        within: 14,
        side: 'after',
      },
    ],
    examples: {
      match: [
        ['Konsolosluk adına arıyorum, birkaç sorum var.', 'Konsolosluk adına arıyorum'],
        ['Çin hükümeti adına konuşuyorum.', 'Çin hükümeti adına konuşuyorum'],
        ['Köyün parti sekreteri olarak söylüyorum, dönmen lazım.', 'parti sekreteri olarak söylüyorum'],
      ],
      noMatch: ['Konsolosluk adına bir açıklama yapıldı.'],
    },
  },
  {
    id: 'we-represent-the-state',
    tactic: 'authority-claim',
    score: 0.85,
    description:
      '"Biz Çin devletini temsil ediyoruz", "devletin görevlisiyiz": the writer says they represent the state.',
    match:
      /(?<!\w)(?:temsil ed(?:iyor(?:uz|um)|erim|eriz)|temsilcisiyi(?:z|m)|görevlisiyi(?:z|m)|yetkilisiyi(?:z|m)|(?:görevli|temsilci|yetkili|memur|çalışan)ler[iı]y[iı]z|memurlar[iı]y[iı]z|adına (?:geldik|buradayız|görüşüyoruz))(?!\w)/iu,
    near: [{ pattern: STATE, within: 40, side: 'before' }],
    examples: {
      match: [['Biz Çin devletini temsil ediyoruz.', 'Çin devletini temsil ediyoruz']],
      noMatch: ['Bu şirketi temsil ediyorum, ürünlerimizi tanıtmak istiyorum.'],
    },
  },
  {
    id: 'i-work-there',
    tactic: 'authority-claim',
    score: 0.8,
    description: '"Devlet güvenlikte çalışıyorum": the writer says they work for an authority.',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /(?<!\w)(?:çalışıyorum|çalışıyoruz|görev yapıyorum|görev yapıyoruz|görevliyim|görevliyiz)(?!\w)/iu,
        within: 10,
        side: 'after',
      },
    ],
    examples: {
      match: [
        [
          'Ben devlet güvenlikte çalışıyorum, benimle iş birliği yaparsan iyi olur.',
          'devlet güvenlikte çalışıyorum',
        ],
      ],
      noMatch: ['Ben hastanede çalışıyorum, polis arkadaşım da var.'],
    },
  },
  {
    id: 'from-authority-for-you',
    tactic: 'authority-claim',
    score: 0.8,
    description:
      '"Konsolosluktan size bir mektup var": an authority speaking to the person about something for them.',
    match: AUTHORITY_FROM,
    near: [{ pattern: /(?<!\w)(?:size|sana) (?:bir|ait|önemli|acil)(?!\w)/iu, within: 3, side: 'after' }],
    examples: {
      match: [['Konsolosluktan size bir mektup var.', 'Konsolosluktan size bir']],
      noMatch: ['Konsolosluktan yeni döndüm, sana bir hediye aldım.'],
    },
  },
  {
    id: 'officer-from-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description: '"Ben … Bürosu\'ndan memur Wang": the writer names their rank and an authority.',
    match:
      /(?<!\w)ben(?!\w)|(?<!\w)(?:polisim|memurum|memuruyum|görevliyim|görevlisiyim|komiserim|yetkiliyim|yetkilisiyim|temsilcisiyim)(?!\w)/iu,
    near: [
      { pattern: OFFICER, within: 70, side: 'any' },
      { pattern: AUTHORITY, within: 70, side: 'any' },
    ],
    examples: {
      match: [
        [
          'Merhaba, ben Tianshan Kamu Güvenlik Bürosu memuru Wang.',
          'ben Tianshan Kamu Güvenlik Bürosu memuru',
        ],
        ['Karakolda görevliyim, seninle konuşmamız lazım.', 'Karakolda görevliyim'],
      ],
      noMatch: ['Ben devlet memuruyum, öğretmenim.', 'Ben de polisi aradım, hemen geldiler.'],
    },
  },
  {
    id: 'officer-from-homeland',
    tactic: 'authority-claim',
    score: 0.8,
    description: '"Ben Aksu\'dan memur Mamut": an officer from the home region introduces themselves.',
    match: /(?<!\w)ben(?!\w)/iu,
    near: [
      { pattern: /(?<!\w)(?:memur|polis|komiser|görevli|yetkili)\w*/iu, within: 25, side: 'after' },
      { pattern: HOMELAND, within: 25, side: 'after' },
    ],
    examples: {
      match: [['Ben Aksu’dan memur Mamut. Dosyan hâlâ açık.', 'Ben Aksu’dan memur']],
      noMatch: ['Ben Ankara’dan geliyorum, yarın görüşürüz.'],
    },
  },
  {
    id: 'i-am-from-authority',
    tactic: 'authority-claim',
    score: 0.85,
    description: '"Ben Kaşgar Kamu Güvenlik Bürosu\'ndan Li": the writer says they come from an authority.',
    match: /(?<!\w)ben(?!\w)/iu,
    near: [{ pattern: AUTHORITY_FROM, within: 60, side: 'after' }],
    unless: [
      {
        pattern:
          /(?<!\w)(?:kork\w*|kaç\w*|şikayet\w*|nefret\w*|randevu\w*|döndüm|çıktım|geldim|aldım)(?!\w)/iu,
        within: 20,
        factor: 0.3,
        reason: 'about the authority, not speaking for it',
      },
    ],
    examples: {
      match: [
        ['Selam Aziz, ben Kaşgar Kamu Güvenlik Bürosu’ndan Li.', 'ben Kaşgar Kamu Güvenlik Bürosu’ndan'],
      ],
      noMatch: ['Ben de polisten çok korkuyorum.', 'Ben konsolosluktan yeni çıktım, randevu iyi geçti.'],
    },
  },
  {
    id: 'greeting-from-authority',
    tactic: 'authority-claim',
    score: 0.8,
    description: '"Selam, konsolosluktan.": a caller names where they call from, and nothing else.',
    match: AUTHORITY_FROM,
    near: [
      {
        pattern: /(?<!\w)(?:selam\w*|merhaba\w*|alo|iyi günler|günaydın|iyi akşamlar|biz)(?!\w)/iu,
        within: 30,
        side: 'before',
      },
      { pattern: /[.,!:;]/u, within: 1, side: 'after' },
    ],
    examples: {
      match: [['Selam, konsolosluktan. Size önemli bir evrak var.', 'Selam, konsolosluktan.']],
      noMatch: ['Merhaba, konsolosluktan randevu aldım.'],
    },
  },
  {
    id: 'on-the-orders-of',
    tactic: 'authority-claim',
    score: 0.8,
    description: '"Kamu Güvenliği Bakanlığı\'nın talimatı doğrultusunda": acting on an authority\'s orders.',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /(?<!\w)(?:(?:talimat|emr|emir|gereklilik|karar|direktif|görevlendirme)\w* (?:doğrultusunda|gereği|gereğince|uyarınca|üzerine)|talimatıyla|talimatları(?:yla|na göre)|emriyle|emirleriyle|görevlendirmesiyle)(?!\w)/iu,
        within: 15,
        side: 'after',
      },
    ],
    unless: [{ pattern: NOTICE, factor: 0.5, reason: 'a genuine notice (hours, appointments, website)' }],
    examples: {
      match: [
        [
          'Kamu Güvenliği Bakanlığı’nın talimatı doğrultusunda bilgi doğrulaması yapılmaktadır.',
          'Kamu Güvenliği Bakanlığı’nın talimatı doğrultusunda',
        ],
      ],
      noMatch: ['Polis memuru olmak istiyorum.'],
    },
  },
  {
    id: 'our-embassy',
    tactic: 'authority-claim',
    score: 0.8,
    description: '"Büyükelçiliğimizde adınıza…": the writer speaks as the embassy or police ("our").',
    match:
      /(?<!\w)(?:büyükelçiliğimiz|(?:baş)?konsolosluğumuz|elçiliğimiz|temsilciliğimiz|emniyetimiz|karakolumuz|müdürlüğümüz|bakanlığımız|büromuz|birimimiz)\w*/iu,
    unless: [{ pattern: NOTICE, factor: 0.4, reason: 'a genuine notice (hours, appointments, website)' }],
    examples: {
      match: [['Büyükelçiliğimizde adınıza kayıtlı bir evrak bulunmaktadır.', 'Büyükelçiliğimizde']],
      noMatch: ['Başkonsolosluğumuz bayram tatili nedeniyle kapalı olacaktır, randevular ertelenmiştir.'],
    },
  },
  {
    id: 'bracketed-sender',
    tactic: 'authority-claim',
    score: 0.75,
    description: '"[Çin Büyükelçiliği] Sayın başvuru sahibi…": an embassy or police named as the sender tag.',
    match:
      /\[(?:[a-zçğıöşü]+ ){0,3}(?:büyükelçiliği|büyükelçilik|başkonsolosluğu|konsolosluğu|konsolosluk|emniyet\w*|polis\w*|güvenlik bürosu)\]/iu,
    unless: [{ pattern: NOTICE, factor: 0.4, reason: 'a genuine notice (hours, appointments, website)' }],
    examples: {
      match: [
        ['[Çin Büyükelçiliği] Sayın başvuru sahibi, lütfen dönüşünüzü ayarlayın.', '[Çin Büyükelçiliği]'],
      ],
      noMatch: ['[Çin Büyükelçiliği] Bayram tatili nedeniyle randevular ertelenmiştir.'],
    },
  },
  {
    id: 'letterhead-with-demand',
    tactic: 'authority-claim',
    score: 0.75,
    description: 'An embassy or police body named as the sender, with a formal order to the reader.',
    match:
      /(?<!\w)(?:büyükelçili(?:ği|k)|(?:baş)?konsoloslu(?:ğu|k)|emniyet müdürlüğü|güvenlik bürosu|güvenlik bakanlığı|güvenlik idaresi)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:(?:gönder|ilet|bildir|ulaştır|doldur|teslim ed|yaz|gir)[iu]n(?:[iu]z)?|(?:yolla|tara|yanıtla|cevapla|yükle|güncelle|tıkla|planla|oku)y[iu]n(?:[iu]z)?|bas[iu]n[iu]z|bas[iu]n|tuşlay[iu]n\w*|(?:geri )?ara(?:y[iu]n[iu]z|y[iu]n))(?!\w)|m[ae]n[iu]z (?:rica olunur|rica ederiz|gerek\w*)|(?:yapılmalıdır|iptal edil(?:ir|ecektir))(?!\w)/iu,
        within: 220,
        crossSentence: true,
      },
    ],
    unless: [{ pattern: NOTICE, factor: 0.4, reason: 'a genuine notice (hours, appointments, website)' }],
    examples: {
      match: [
        [
          'Çin Halk Cumhuriyeti İstanbul Başkonsolosluğu. Kimlik bilgilerinizi 48 saat içinde yanıtlayınız.',
          'Başkonsolosluğu. Kimlik bilgilerinizi 48 saat içinde yanıtlayınız',
        ],
        [
          'ACIL: Buyukelcilik hizmet merkezi. Kimlik kartinizin fotografini bugun yukleyin.',
          'Buyukelcilik hizmet merkezi. Kimlik kartinizin fotografini bugun yukleyin',
        ],
      ],
      noMatch: [
        'Çin Halk Cumhuriyeti Başkonsolosluğu: bayram tatili nedeniyle kapalıyız, randevular için web sitesini ziyaret ediniz.',
      ],
    },
  },
  {
    id: 'relays-authority-demand',
    tactic: 'authority-claim',
    score: 0.7,
    description:
      'A relative relays what the police or a committee wants ("karakoldakiler seninle konuşmak istiyor").',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /(?<!\w)(?:istiyor\w*|istedi\w*|söylememi|iletmemi|sormamı|sordular|sordu|dediler|dedi(?!\w)|dedi ki|söylediler|söyledi(?!\w)|görüşme(?:niz|n) gerek\w*|görüşmek istiyor\w*|arayacak\w*|eve gel\w*|evimize gel\w*|kapıya gel\w*|ar[ıi]yor(?:lar)?(?!\w)|arattı\w*|aratıyor\w*)/iu,
        within: 70,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:kaza\w*|trafi[kğ]\w*|hırsız\w*|ambulans\w*|yangın\w*|itfaiye\w*|çalındı\w*|kontrol\w*|ceza\w*|ehliyet\w*|ruhsat\w*)/iu,
        factor: 0.4,
        reason: 'an everyday police matter',
      },
    ],
    examples: {
      match: [
        [
          'Abla, mahalle komitesi yine geldi, iş adresini istiyorlar.',
          'mahalle komitesi yine geldi, iş adresini istiyorlar',
        ],
        ['Karakoldakiler seninle konuşmak istiyor, lütfen ara.', 'Karakoldakiler seninle konuşmak istiyor'],
      ],
      noMatch: ['Polis geldi, kazayla ilgili ifade istedi.', 'Komşumuz polis oldu, çok mutlu.'],
    },
  },
  {
    id: 'relays-authority-visit',
    tactic: 'authority-claim',
    score: 0.7,
    description:
      'A relative says the police or a committee came and want something: "karakoldan yine geldiler. … istiyorlar".',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /(?<!\w)(?:geldiler|gelmişler|geldi|gelip|uğradılar|uğramışlar|aradılar|aramışlar|çağırdılar)(?!\w)/iu,
        within: 40,
        side: 'after',
      },
      {
        pattern:
          /(?<!\w)(?:istiyor(?:lar)?|istediler|istemişler|soruyorlar|sordular|sormuşlar|dediler|demişler|söylediler|söylemişler|bekliyorlar|diyorlar)(?!\w)/iu,
        within: 150,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:kaza\w*|trafi[kğ]\w*|hırsız\w*|ambulans\w*|yangın\w*|itfaiye\w*|çalındı\w*|ceza\w*|ehliyet\w*|ruhsat\w*|gürültü\w*|kavga\w*)/iu,
        factor: 0.4,
        reason: 'an everyday police matter',
      },
    ],
    examples: {
      match: [
        [
          'Dün mahalle komitesinden iki kişi geldi. Senin nerede çalıştığını sordular.',
          'mahalle komitesinden iki kişi geldi. Senin nerede çalıştığını sordular',
        ],
        [
          'Abla, mahalle karakolundan yine geldiler. Senin pasaport numaranı istiyorlar.',
          'karakolundan yine geldiler. Senin pasaport numaranı istiyorlar',
        ],
      ],
      noMatch: ['Polis geldi, hırsızı sordular, bir şey çalınmamış.'],
    },
  },
  {
    id: 'from-authority-its-me',
    tactic: 'authority-claim',
    score: 0.8,
    description: '"Başkonsolosluk\'tan Bay Wang ben": the caller names the authority, then themself.',
    match: AUTHORITY_FROM,
    near: [{ pattern: /(?<!\w)(?:ben|biz|benim)(?= ?[.,!?;:]| ?$)/iu, within: 30, side: 'after' }],
    examples: {
      match: [
        ['İyi günler, emniyetten Memur Ablimit ben.', 'emniyetten Memur Ablimit ben'],
        ["Merhabalar, Çin Başkonsolosluğu'ndan Bay Wang ben.", "Başkonsolosluğu'ndan Bay Wang ben"],
      ],
      noMatch: ['Konsolosluktan çıktım, sıra bende.'],
    },
  },
]);
