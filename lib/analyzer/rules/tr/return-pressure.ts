/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { FAMILY, HOMELAND, HOMELAND_AT } from './_lexicon';

/** A holiday or errand trip, the everyday "when are you back?". */
const TRIP =
  /(?<!\w)(?:tatil\w*|gezi\w*|iş seyahati\w*|maç\w*|akşam yemeğ\w*|yemeğe|okuldan|işten|alışveriş\w*|eve ne zaman)|'(?:dan|den|tan|ten)(?!\w)/iu;

/** "Must / if you don't" forms of dönmek (to return) and gelmek (to come). */
/** The same for dönmek only, and "geri gel": with no place named, "gelmeniz gerekir" is just "come". */
const MUST_GO_BACK =
  /(?<!\w)(?:dönme|gelme) (?:vakti|zamanı)\w* gel\w*|(?<!(?:ne zaman|zaman) )(?<!\w)döneceksin(?:iz)?(?! m[iu])(?!\w)|(?<!\w)(?:geri )?dön(?:men|meniz|mesi|melisin|melisiniz|meli|mek zorunda\w*|mezsen\w*|sene|sen[ei]z)(?!\w)|(?<!\w)(?:dön artık|artık dön|hemen dön)(?!\w)|(?<!\w)geri (?:dön|gel)(?:(?!\w)|ün(?!\w)|ünüz(?!\w)|in(?!\w)|iniz(?!\w)|men\w*|melisin\w*)|(?<!\w)dönüş(?:ünüzü|ünü) (?:ayarla|planla|hızlandır|organize ed|hazırla)\w*/iu;

const MUST_RETURN =
  /(?<!\w)(?:geri )?(?:dön|gel|git)(?:men|meniz|mesi|melisin|melisiniz|meli|mek zorunda\w*|mezsen\w*|sene|sen[ei]z)(?!\w)|(?<!\w)(?:ol|bulun)(?:man|manız|malısın|malısınız|mak zorundasın\w*)(?!\w)|(?<!\w)dön(?:(?!\w)|ün(?!\w)|ünüz(?!\w)|in(?!\w)|iniz(?!\w))|(?<!\w)(?:artık|hemen|bir an önce|acilen|derhal|mutlaka|acele) (?:[a-z']+ ){0,2}gel(?:in|iniz)?(?!\w)|(?<!\w)dönmeyi (?:\w+ ){0,2}düşün(?:melisin|men|ün|(?!\w))|(?<!\w)dönme (?:vakti|zamanı)\w*|(?<!\w)dönme(?:yi|kten) (?:redded|kaçın)\w*|(?<!\w)geri (?:dön|gel)(?:(?!\w)|ün(?!\w)|ünüz(?!\w)|in(?!\w)|iniz(?!\w))|(?<!\w)dönüş(?:ünüzü|ünü) (?:ayarla|planla|hızlandır|organize ed|hazırla)\w*/iu;

export default defineRules('tr', 'return-pressure', [
  {
    id: 'when-will-you-return',
    tactic: 'return-pressure',
    score: 0.45,
    description:
      '"Ne zaman döneceksin?": pressure when it names the homeland or family, small talk otherwise.',
    match:
      /(?<!\w)ne zaman (?:geri |[a-z]+'[a-z]+ |memlekete |eve |ülkene |vatana |buraya )?(?:dön|gel)\w*/iu,
    unless: [
      { pattern: TRIP, within: 40, factor: 0.3, reason: 'a trip or errand' },
      {
        pattern: /(?<!\w)ne zaman (?:[a-z]+ )?gel\w*/iu,
        within: 0,
        factor: 0.6,
        reason: '"come" is a visit unless the homeland is named',
      },
    ],
    boost: [
      { pattern: HOMELAND, within: 150, factor: 1.9, reason: 'the homeland is named' },
      { pattern: FAMILY, within: 120, factor: 1.3, reason: 'family is named' },
      { pattern: /(?<!\w)pasa?port\w*/iu, within: 150, factor: 1.6, reason: 'a passport is tied to it' },
    ],
    examples: {
      match: [
        ['Ne zaman döneceksin? Pasaportunu yenilemek için buraya gelmen lazım.', 'Ne zaman döneceksin'],
        ['Memlekete ne zaman dönüyorsun? Herkes seni soruyor.', 'ne zaman dönüyorsun'],
      ],
      noMatch: ['Antalya’dan ne zaman dönüyorsun? Pazar maçı için sana ihtiyacımız var.'],
    },
  },
  {
    id: 'must-return-home',
    tactic: 'return-pressure',
    score: 0.85,
    description:
      '"Urumçi\'ye gelmen lazım", "Çin\'e dönmelisin", "memlekete geri dön": a demand to return to the homeland.',
    match: MUST_RETURN,
    near: [{ pattern: HOMELAND, within: 40 }],
    unless: [{ pattern: TRIP, within: 30, factor: 0.5, reason: 'a trip or errand' }],
    examples: {
      match: [
        ["Pasaportunu yenilemek için Urumçi'ye gelmen lazım.", "Urumçi'ye gelmen"],
        ['Artık oyunu bırak ve memlekete dön.', 'memlekete dön'],
        ["Vizeni yenilemek için Çin'e gitmen şart.", "Çin'e gitmen"],
        ['Ülkene dönmeyi ciddi ciddi düşünmelisin.', 'Ülkene dönmeyi ciddi ciddi düşünmelisin'],
        ['Artık memlekete geri dönmelisin.', 'memlekete geri dönmelisin'],
        ['Cine donmezsen sonucuna katlanirsin.', 'Cine donmezsen'],
      ],
      noMatch: [
        'Çin’e gelmeyi düşünüyorsan haber ver, gezelim.',
        'Eve dönmen lazım, geç oldu.',
        'Bayramda memlekete gidecek misin?',
      ],
    },
  },
  {
    id: 'homeland-awaits',
    tactic: 'return-pressure',
    score: 0.7,
    description:
      '"Kaşgar seni bekliyor", "vatan seni çağırıyor": the homeland personified as waiting for the person.',
    match: HOMELAND,
    near: [
      { pattern: /(?<!\w)(?:seni|sizi) (?:bekliyor|çağırıyor|istiyor)(?!\w)/iu, within: 3, side: 'after' },
    ],
    examples: {
      match: [['Artık vakti geldi, Kaşgar seni bekliyor.', 'Kaşgar seni bekliyor']],
      noMatch: ['Antalya seni bekliyor, erken rezervasyon fırsatı!'],
    },
  },
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.55,
    description:
      '"Dönmen lazım", "geri dönmelisin" with no place named: pressure when family or the homeland is nearby.',
    match: MUST_GO_BACK,
    unless: [
      { pattern: TRIP, within: 30, factor: 0.5, reason: 'a trip or errand' },
      {
        pattern: /(?<!\w)(?:işe|okula|ofise|otele|yurda dönmen|derse)(?!\w)/iu,
        within: 15,
        factor: 0.4,
        reason: 'back to work or school',
      },
      {
        pattern:
          /(?<!\w)(?:saat \d\w*|akşam yemeğ\w*|geç oldu|yemek hazır\w*|hava karar\w*|bu akşam|bu gece|trafik\w*|otobüs\w*)(?!\w)/iu,
        within: 40,
        factor: 0.4,
        reason: 'back home tonight',
      },
      {
        pattern: /(?<!\w)geri dönüş yap\w*/iu,
        within: 0,
        factor: 0.3,
        reason: '"geri dönüş yapın" means "reply"',
      },
    ],
    boost: [
      { pattern: HOMELAND, within: 150, factor: 1.5, reason: 'the homeland is named' },
      { pattern: FAMILY, within: 120, factor: 1.4, reason: 'family is named' },
    ],
    examples: {
      match: [
        ['Annen çok hasta, geri dönmelisin.', 'geri dönmelisin'],
        ['Lütfen en kısa zamanda dönüşünüzü ayarlayın.', 'dönüşünüzü ayarlayın'],
        ['Ailene söz verdik, yılbaşından önce döneceksin.', 'döneceksin'],
      ],
      noMatch: [
        'Toplantıdan sonra ofise dönmen lazım.',
        'Bu sabah işe dönmen gerekiyor mu?',
        'Ne zaman döneceksin, kedi seni özledi.',
      ],
    },
  },
  {
    id: 'renewal-only-at-home',
    tactic: 'return-pressure',
    score: 0.8,
    description:
      'A passport renewal or service made conditional on going back: "yurt dışında yenilenemez", "şahsen gelmeniz gerekir".',
    match:
      /(?<!\w)(?:yenilen\w*|yenile\w*|uzatıl\w*|işlem(?:iniz|in)? (?:yapılamaz|yapılamıyor)|yurt ?dışında (?:yapılamaz|yenilenemez|işlem görmez|mümkün değil)\w*)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:yurt ?dışında|şahsen|bizzat|gelmen|gelmeniz|dönmen|dönmeniz|gitmen|gitmeniz|dönerek|gelerek|gidip|kayıtlı olduğunuz|kayıtlı olduğun|nüfus kayd\w*|hane kayıt\w*)(?!\w)/iu,
        within: 50,
      },
      { pattern: HOMELAND, within: 80, crossSentence: true },
    ],
    examples: {
      match: [
        ['Pasaportunu yenilemek için bizzat Kaşgar’a gelmen gerekiyor.', 'yenilemek için bizzat Kaşgar’a'],
        [
          'Sincan’da kayıtlı olduğunuz için pasaportunuz yurt dışında yenilenemez.',
          'Sincan’da kayıtlı olduğunuz için pasaportunuz yurt dışında yenilenemez',
        ],
      ],
      noMatch: [
        'Pasaportunuzu konsolosluk randevusuyla yenileyebilirsiniz.',
        'Çin vizesi sadece iki kez uzatılabilir mi?',
      ],
    },
  },
  {
    id: 'only-at-home',
    tactic: 'return-pressure',
    score: 0.8,
    description: '"Ancak Urumçi\'de yenilenebilir": a service only in the homeland.',
    match: HOMELAND,
    near: [
      { pattern: /(?<!\w)(?:ancak|sadece|yalnızca|yalnız)(?!\w)/iu, within: 3, side: 'before' },
      {
        pattern:
          /(?<!\w)(?:yenile\w*|uzatıl\w*|yapıl\w*|verilir|verilebilir|alınabilir|alabilirsin\w*|çözül\w*|düzenlen\w*|halledil\w*|işlem\w*|tamamlan\w*|çıkar|çıkarılır|alınır)(?!\w)/iu,
        within: 40,
        side: 'after',
      },
    ],
    examples: {
      match: [['Pasaportunuz ancak Urumçi’de yenilenebilir.', 'ancak Urumçi’de yenilenebilir']],
      noMatch: [
        'Çin vizesi sadece iki kez uzatılabilir mi?',
        'Sadece Çin’de üretilen parçalar değiştirilebilir.',
      ],
    },
  },
  {
    id: 'come-back-and-explain',
    tactic: 'return-pressure',
    score: 0.45,
    description:
      '"Dönüp kendini açıklarsan kardeşin eve dönebilir": coming back made the condition of a release.',
    match: /(?<!\w)(?:geri )?(?:dönüp|gelip)(?!\w)/iu,
    near: [{ pattern: /rs[ae]n(?:[iu]z)?(?!\w)/iu, within: 30, side: 'after' }],
    boost: [
      { pattern: HOMELAND, within: 80, factor: 1.6, reason: 'the homeland is named' },
      {
        pattern:
          /(?<!\w)(?:yoluna gir\w*|hiçbir şey olmaz|bir şey olmaz|rahatsız etmez|affed\w*|serbest bırak\w*|eve dönebilir|kurtul\w*|bırakırlar)/iu,
        within: 80,
        factor: 1.6,
        reason: 'tied to a promise or a release',
      },
      { pattern: FAMILY, within: 100, factor: 1.3, reason: 'family is named' },
    ],
    examples: {
      match: [['Kardeşin götürüldü. Dönüp kendini açıklarsan eve dönebilir.', 'Dönüp kendini açıklarsan']],
      noMatch: ['Dönüp arkama baktım, kimse yoktu.'],
    },
  },
  {
    id: 'come-back-and-all-is-well',
    tactic: 'return-pressure',
    score: 0.45,
    description: '"Dönersen her şey yoluna girer": a return tied to a promise or to the family at home.',
    match: /(?<!\w)(?:geri )?(?:dön|gel)(?:ersen|erseniz|irsen|irseniz|ünce|düğünde|düğün zaman)(?!\w)/iu,
    boost: [
      { pattern: HOMELAND, within: 80, factor: 1.6, reason: 'the homeland is named' },
      {
        pattern:
          /(?<!\w)(?:yoluna gir\w*|hiçbir şey olma(?:z|yacak)|bir şey olma(?:z|yacak)|rahatsız etme(?:z|yecek)|affed\w*|serbest bırak\w*|eve dönebilir|kurtul\w*|bırakırlar|söz veriyoruz|garanti\w*|(?:iş|ev|para|maaş|burs)(?: de| da)? (?:var|hazır)|tek eksik sensin|her şeyini hazırladık|sorun yaşamaz\w*|kimse (?:sana|seni) dokunmaz|(?:iş|ev|maaş|makam|görev|kadro)\w*(?: [a-z]+)? (?:seni|sizi) bekliyor|(?:meseleler|dosyan|dosyanız|geçmiş) (?:kapanır|kapanacak|unutulur|silinir))/iu,
        within: 80,
        factor: 1.6,
        reason: 'tied to a promise or a release',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:erken|bu akşam|yarın|sinema\w*|yemeğ\w*|maç\w*|kahve\w*|çay(?!\w)|görüşelim|buluşalım|uğra\w*|haber ver\w*|bizde kal\w*|yer var|misafir\w*|gezer\w*|ağırla\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'an everyday plan',
      },
      {
        pattern: /(?<!\w)gel(?:irsen|irseniz|ince)(?!\w)/iu,
        within: 0,
        factor: 0.6,
        reason: '"if you come" is a visit unless something is promised',
      },
    ],
    examples: {
      match: [
        ['Bayramdan önce memlekete dönersen her şey yoluna girer.', 'dönersen'],
        ['Gelip kendini açıklarsan kardeşin serbest bırakılır, dönersen herkes rahat eder.', 'dönersen'],
      ],
      noMatch: ['Erken dönersen beni ara, sinemaya gideriz.', "Yazın Kaşgar'a gelirsen bizde kalırsın."],
    },
  },
  {
    id: 'service-only-at-home',
    tactic: 'return-pressure',
    score: 0.8,
    description:
      '"İşleminiz nüfus kaydınızın bulunduğu Hotan\'da yapılmalıdır": a passport or other service that must be done back home.',
    match: HOMELAND_AT,
    near: [
      {
        pattern:
          /(?<!\w)(?:yapılmalı\w*|yapılması gerek\w*|yapılabil(?:ir|mektedir)|tamamlan(?:abilir|malı|ır)\w*|yapılır|yapılacak(?:tır)?|gerçekleştiril(?:meli|ebilir|ir)\w*|düzenlen(?:ir|ebilir|mektedir|meli)\w*|yenilen(?:ir|ebilir|mektedir|meli)\w*|uzatıl(?:ır|abilir|malı)\w*|veril(?:ir|ebilir|mektedir)|başvurmanız gerek\w*|başvurmalı\w*|bulunmanız gerek\w*|şahsen)(?!\w)/iu,
        within: 60,
        side: 'after',
      },
      {
        pattern:
          /(?<!\w)(?:pasa?port\w*|kimli[kğ]\w*|vize\w*|işlem\w*|başvuru\w*|belge\w*|evrak\w*|giriş-?çıkış\w*|nüfus\w*)/iu,
        within: 200,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:değildir|değil|gerek yok|gerekmez|gerekmemektedir|zorunlu değil\w*|tüm işlemler)(?!\w)/iu,
        within: 60,
        factor: 0.2,
        reason: 'a notice that it need not be done there',
      },
    ],
    examples: {
      match: [
        [
          'Pasaport uzatma işleminiz ancak memleketinizdeki emniyet biriminde tamamlanabilir.',
          'işleminiz ancak memleketinizdeki emniyet biriminde tamamlanabilir',
        ],
        [
          "Kimlik yenileme Urumçi'de yapılmalıdır, başka yerde olmaz.",
          "Kimlik yenileme Urumçi'de yapılmalıdır",
        ],
        [
          "Mevzuat gereği pasaport işleminiz nüfus kaydınızın bulunduğu Hotan'daki büroda yapılmalıdır.",
          "nüfus kaydınızın bulunduğu Hotan'daki büroda yapılmalıdır",
        ],
        [
          "Kimlik kartınız yalnızca Kaşgar'da düzenlenebilir.",
          "Kimlik kartınız yalnızca Kaşgar'da düzenlenebilir",
        ],
      ],
      noMatch: [
        "Pasaportumu geçen yıl Kaşgar'da yeniledim.",
        "Pasaport başvurunuz Ankara'da yapılacaktır, randevu alınız.",
        "Nüfus kaydınızın bulunduğu yer önemli değildir, tüm işlemler Ankara'da yapılabilir.",
      ],
    },
  },
  {
    id: 'plan-your-trip-home',
    tactic: 'return-pressure',
    score: 0.75,
    description: '"Lütfen Hotan\'a seyahatinizi planlayınız": the person is told to arrange the trip back.',
    match: HOMELAND,
    near: [
      {
        pattern:
          /(?<!\w)(?:seyahat(?:inizi|ini)? (?:planla|ayarla|organize)\w*|gidiş(?:inizi|ini) (?:planla|ayarla)\w*|yolculuğ\w* (?:planla|ayarla)\w*|(?:dönüş )?bilet(?:inizi|ini|i)? al(?:ın|ınız|malısın\w*|man\w*)?|yola çık(?:ın|ınız|malısın\w*|man\w*)|gelme(?:niz|n) (?:gerek\w*|lazım|şart))(?!\w)/iu,
        within: 25,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:tur\w*|otel\w*|fırsat\w*|kampanya\w*|indirim\w*|tatil\w*|gezi\w*|erken rezervasyon\w*)/iu,
        factor: 0.3,
        reason: 'a travel offer',
      },
    ],
    examples: {
      match: [
        ["Lütfen Hotan'a seyahatinizi planlayınız.", "Hotan'a seyahatinizi planlayınız"],
        ['Memlekete biletini al, bekliyoruz.', 'Memlekete biletini al'],
        ["Hemen Çin'e dönüş bileti al.", "Çin'e dönüş bileti al"],
      ],
      noMatch: ["Kaşgar'a seyahatinizi planlayın: otel ve tur fırsatları!"],
    },
  },
  {
    id: 'return-or-deportation',
    tactic: 'return-pressure',
    score: 0.8,
    description:
      '"Ya dönersin ya sınır dışı edilirsin": a return presented as the only alternative to deportation.',
    match:
      /(?<!\w)(?:(?:seni|sizi) (?:[a-z']+ ){0,2}(?:(?:iade|sınır ?dışı|deport) (?:ederler|edecekler|ettirirler|ettirecekler|ettiririz|ettireceğiz|ederiz|edeceğiz)|(?:geri|zorla) (?:gönderirler|gönderecekler|getirirler|getirecekler|götürürler|göndeririz|getiririz))|(?:sınır ?dışı|deport|iade) (?:edil|ettiril)(?:ir|ecek|ebilir)s[iu]n(?:[iu]z)?|geri gönderil(?:ir|ecek|ebilir)s[iu]n(?:[iu]z)?|zorla (?:götürül|getiril|gönderil)(?:[iu]r|ecek|ebilir)s[iu]n(?:[iu]z)?)(?!\w)/iu,
    near: [{ pattern: /(?<!\w)(?:dön|gel)\w*/iu, within: 80, crossSentence: true }],
    examples: {
      match: [
        ["Ya bu yaz Çin'e dönersin ya da sınır dışı edilirsin.", 'dönersin ya da sınır dışı edilirsin'],
        ['Kendin gelmezsen zorla getirilirsin.', 'gelmezsen zorla getirilirsin'],
        ['Ya dönersin ya seni iade ederler.', 'dönersin ya seni iade ederler'],
      ],
      noMatch: ['Vizesiz kalırsan sınır dışı edilirsin, uzatmayı unutma.'],
    },
  },
  {
    id: 'come-just-once',
    tactic: 'return-pressure',
    score: 0.45,
    description:
      '"Bir kere gelip yüzünü göster", "bir kereliğine dön": a "short" visit home that is the real demand.',
    match:
      /(?<!\w)(?:bir (?:kere|kez|kerecik|defa|defalığına|kereliğine|kezliğine|süreliğine)(?: [a-z']+){0,2} (?:gel|dön)(?:ip|sen|seniz|in|iniz|meniz|men|irsen|ersen|erseniz)?|gelip (?:yüzünü|kendini) göster\w*|gelip (?:ifade|hesap) ver\w*|(?:kısa|ufak) bir (?:ziyaret|süreliğine)(?: için)? (?:gel|dön)\w*)(?!\w)/iu,
    boost: [
      { pattern: HOMELAND, within: 120, factor: 1.7, reason: 'the homeland is named' },
      {
        pattern:
          /(?<!\w)(?:yeter|sonra geri (?:gid|dön)\w*|yüzünü göster\w*|hesap ver\w*|ifade ver\w*|imza\w*|herkes rahatlar|her şey (?:düzelir|çözülür))/iu,
        within: 80,
        factor: 1.7,
        reason: '"that is all it takes"',
      },
      { pattern: FAMILY, within: 100, factor: 1.3, reason: 'family is named' },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:yemeğ\w*|çay\w*|kahve\w*|akşam\w*|sinema\w*|maç\w*|parti\w*|düğün\w*|doğum gün\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'an everyday invitation',
      },
    ],
    examples: {
      match: [
        ['Bir kere gelip yüzünü göstersen yeter, sonra geri gidersin.', 'Bir kere gelip'],
        ["Bir kereliğine Urumçi'ye dön, sonra istediğin yere gidersin.", "Bir kereliğine Urumçi'ye dön"],
      ],
      noMatch: ['Bir kere gel, yemeğe çıkalım.'],
    },
  },
  {
    id: 'uyghur-come-back-in-turkish',
    tactic: 'return-pressure',
    score: 0.55,
    description:
      '"Qaytip kel": Uyghur or Kazakh "come back" in a Turkish message, as relatives mix the languages.',
    match:
      /(?<!\w)(?:qayt[iı][pb] ?(?:kel|kél)(?:gin|ing|sun|sing|sengiz|seng|isiz|ish\w*|ingla)?|elge qayt\w*|yurtqa qayt\w*)(?!\w)/iu,
    boost: [
      { pattern: FAMILY, within: 120, factor: 1.4, reason: 'family is named' },
      { pattern: HOMELAND, within: 120, factor: 1.4, reason: 'the homeland is named' },
    ],
    examples: {
      match: [
        ['qaytip kel artik, burda herkes bekliyor', 'qaytip kel'],
        ['Abi, qaytip kel artık, annen çok bekliyor.', 'qaytip kel'],
        ['Qaytip kelgin, burada herkes seni soruyor.', 'Qaytip kelgin'],
      ],
      noMatch: ['Qaytip keldim, İstanbul çok güzel!'],
    },
  },
  {
    id: 'return-or-else',
    tactic: 'return-pressure',
    score: 0.8,
    description: '"Ya gönüllü dönersin ya da…": a return put as the only choice.',
    match: /(?<!\w)ya (?:[a-z]+ ){0,3}(?:dön|gel)(?:ersin|ersiniz|irsin|irsiniz|eceksin|eceksiniz)(?!\w)/iu,
    near: [{ pattern: /(?<!\w)(?:ya da|yahut|veya|yoksa|ya)(?!\w)/iu, within: 40, side: 'after' }],
    unless: [
      {
        pattern: /(?<!\w)(?:tatil\w*|yarın|akşam\w*|hafta sonu|otobüs\w*|uçak\w*|tren\w*|erken|geç)(?!\w)/iu,
        within: 40,
        factor: 0.3,
        reason: 'a travel plan',
      },
    ],
    examples: {
      match: [
        ['Ya bu yıl dönersin ya da bir daha hiç dönemezsin.', 'Ya bu yıl dönersin ya da'],
        ['Ya gönüllü dönersin ya da bir gün seni havalimanında alırlar.', 'Ya gönüllü dönersin ya da'],
      ],
      noMatch: ['Ya yarın dönersin ya da pazartesi, fark etmez.'],
    },
  },
]);
