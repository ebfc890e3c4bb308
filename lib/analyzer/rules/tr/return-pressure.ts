/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { FAMILY, HOMELAND } from './_lexicon';

/** A holiday or errand trip, the everyday "when are you back?". */
const TRIP =
  /(?<!\w)(?:tatil\w*|gezi\w*|iş seyahati\w*|maç\w*|akşam yemeğ\w*|yemeğe|okuldan|işten|alışveriş\w*|eve ne zaman)|'(?:dan|den|tan|ten)(?!\w)/iu;

/** "Must / if you don't" forms of dönmek (to return) and gelmek (to come). */
/** The same for dönmek only, and "geri gel": with no place named, "gelmeniz gerekir" is just "come". */
const MUST_GO_BACK =
  /(?<!\w)(?:geri )?dön(?:men|meniz|mesi|melisin|melisiniz|meli|mek zorunda\w*|mezsen\w*|sene|sen[ei]z)(?!\w)|(?<!\w)(?:dön artık|artık dön|hemen dön)(?!\w)|(?<!\w)geri (?:dön|gel)(?:(?!\w)|ün(?!\w)|ünüz(?!\w)|in(?!\w)|iniz(?!\w)|men\w*|melisin\w*)|(?<!\w)dönüş(?:ünüzü|ünü) (?:ayarla|planla|hızlandır)\w*/iu;

const MUST_RETURN =
  /(?<!\w)(?:geri )?(?:dön|gel|git)(?:men|meniz|mesi|melisin|melisiniz|meli|mek zorunda\w*|mezsen\w*|sene|sen[ei]z)(?!\w)|(?<!\w)dön(?:(?!\w)|ün(?!\w)|ünüz(?!\w))|(?<!\w)dönmeyi (?:\w+ ){0,2}düşün(?:melisin|men|ün|(?!\w))|(?<!\w)dönme (?:vakti|zamanı)\w*|(?<!\w)dönme(?:yi|kten) (?:redded|kaçın)\w*|(?<!\w)geri (?:dön|gel)(?:(?!\w)|ün(?!\w)|ünüz(?!\w)|in(?!\w)|iniz(?!\w))|(?<!\w)dönüş(?:ünüzü|ünü) (?:ayarla|planla|hızlandır)\w*/iu;

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
        pattern: /(?<!\w)(?:eve|işe|okula|ofise|otele|yurda dönmen|derse)(?!\w)/iu,
        within: 15,
        factor: 0.4,
        reason: 'back home tonight, back to work',
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
      ],
      noMatch: ['Toplantıdan sonra ofise dönmen lazım.', 'Bu sabah işe dönmen gerekiyor mu?'],
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
          /(?<!\w)(?:yenilen\w*|yenile\w*|uzatıl\w*|yapıl\w*|verilir|verilebilir|alınabilir|alabilirsin\w*|çözül\w*)/iu,
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
          /(?<!\w)(?:yoluna gir\w*|hiçbir şey olma(?:z|yacak)|bir şey olma(?:z|yacak)|rahatsız etme(?:z|yecek)|affed\w*|serbest bırak\w*|eve dönebilir|kurtul\w*|bırakırlar|söz veriyoruz|garanti\w*|(?:iş|ev|para|maaş|burs)(?: de| da)? (?:var|hazır)|tek eksik sensin|her şeyini hazırladık)/iu,
        within: 80,
        factor: 1.6,
        reason: 'tied to a promise or a release',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:erken|bu akşam|yarın|sinema\w*|yemeğ\w*|maç\w*|kahve\w*|çay(?!\w)|görüşelim|buluşalım|uğra\w*|haber ver\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'an everyday plan',
      },
    ],
    examples: {
      match: [
        ['Bayramdan önce memlekete dönersen her şey yoluna girer.', 'dönersen'],
        ['Gelip kendini açıklarsan kardeşin serbest bırakılır, dönersen herkes rahat eder.', 'dönersen'],
      ],
      noMatch: ['Erken dönersen beni ara, sinemaya gideriz.'],
    },
  },
]);
