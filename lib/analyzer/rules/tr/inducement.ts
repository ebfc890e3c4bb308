/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { CONDITION, FAMILY, PAPERS_ISSUED, WE_PROMISE } from './_lexicon';

/** What is offered: money, papers for relatives, a job, a call with family. */
const REWARD =
  /(?<!\w)(?:para\w*|dolar\w*|euro\w*|avro\w*|lira\w*|tl(?!\w)|yuan\w*|tenge\w*|maaş\w*|ödül\w*|ücret\w*|ödeme\w*|pasa?port\w*|vize\w*|oturum\w*|vatandaşlık\w*|iş (?:bul|ayarla|imkan)\w*|bir iş(?!\w)|işe (?:al|yerleştir)\w*|burs\w*|kira\w*|ev(?!\w)|görüntülü (?:görüşme|konuşma|arama)\w*|emekli maaş\w*|yardım\w*|destek\w*|izin\w*|masraf\w*|tedavi\w*|ameliyat\w*|borc\w*|borç\w*|sorun\w* çözül\w*|sorunları\w*|yasa[kğ]\w*|ceza\w*|serbest\w*|kalkar|hafifle\w*|hesabına\w*)/iu;

export default defineRules('tr', 'inducement', [
  {
    id: 'we-will-give',
    tactic: 'inducement',
    score: 0.8,
    description:
      '"Ailene pasaport çıkarırız", "her ay para veririz": money, papers or help promised in return.',
    match: WE_PROMISE,
    near: [{ pattern: REWARD, within: 40, side: 'before' }],
    unless: [
      {
        pattern:
          /(?<!\w)(?:fatura\w*|sipariş\w*|iade\w*|müşteri\w*|kampanya\w*|indirim\w*|kredi\w*|taksit\w*|maaşınız\w* yatırıl\w*|işe başla\w*|iş teklif\w*|pozisyon\w*|ik(?!\w)|insan kaynakları|sözleşme\w*|sigorta\w*|mülakat\w*|başvuru\w*|dernek olarak|vakıf olarak|derneğimiz\w*|vakfımız\w*)/iu,
        factor: 0.35,
        reason: 'a shop, bank or employer',
      },
    ],
    examples: {
      match: [
        ['Bizimle çalışırsan ailene pasaport çıkarırız.', 'pasaport çıkarırız'],
        ['Ayrıca her ay biraz para da veririz.', 'para da veririz'],
        ['Bu hafta sonu babanla görüntülü görüşme ayarlayabiliriz.', 'görüntülü görüşme ayarlayabiliriz'],
        ['Annenin tedavi masraflarını biz karşılarız.', 'masraflarını biz karşılarız'],
      ],
      noMatch: [
        'Siparişiniz iptal edildi, ödemeniz 3 gün içinde iade edilecek, paranız verilecek.',
        'Parayı yarın veririm.',
      ],
    },
  },
  {
    id: 'in-return',
    tactic: 'inducement',
    score: 0.75,
    description: '"Karşılığında iyi para öderiz", "bunun karşılığında": a reward for cooperation.',
    match:
      /(?<!\w)(?:karşılığını (?:görürsün|göreceksin|alırsın|alacaksın|veririz|fazlasıyla)\w*|karşılığında|karşılık olarak|bunun için (?:sana|size) (?:para|ödül)\w*|emeğinin karşılığı\w*)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:para\w*|öde\w*|ver\w*|ödül\w*|yardım\w*|pasa?port\w*|vize\w*|iş(?!\w)|sağla\w*|ayarla\w*|çıkar\w*)/iu,
        within: 40,
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:fatura\w*|sipariş\w*|ürün\w*|kira sözleşme\w*|maaş bordro\w*)/iu,
        factor: 0.4,
        reason: 'a purchase or contract',
      },
    ],
    examples: {
      match: [
        ['Karşılığında iyi para öderiz.', 'Karşılığında iyi para'],
        ['Karşılığında senden sadece biraz yardım istiyoruz.', 'Karşılığında senden sadece biraz yardım'],
      ],
      noMatch: ['Ürün karşılığında ödemeyi kapıda yapabilirsiniz, faturanız ekte.'],
    },
  },
  {
    id: 'you-will-be-rewarded',
    tactic: 'inducement',
    score: 0.7,
    description: '"Karşılığını göreceksin", "ödüllendirileceksin": a reward promised without naming it.',
    match:
      /(?<!\w)(?:karşılığını (?:görürsün|göreceksin|alırsın|alacaksın)|emeğinin karşılığını|ödüllendiril(?:irsin|eceksin)|ödüllendiririz|ödüllendireceğiz)/iu,
    examples: {
      match: [['Listeyi bize ulaştır, karşılığını göreceksin.', 'karşılığını göreceksin']],
      noMatch: ['Emeklerinin karşılığı olarak bu ödülü aldın, tebrikler!'],
    },
  },
  {
    id: 'work-waiting-at-home',
    tactic: 'inducement',
    score: 0.75,
    description:
      '"Dönünce sana iş de var", "dönersen iyi bir iş ayarlanacak": a job, home or money waiting on return.',
    match:
      /(?<!\w)(?:dönünce|döndüğünde|döndüğün zaman|dönersen(?:iz)?|geri gelirsen(?:iz)?|gelince|gelirsen(?:iz)?)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:iş|işin|ev|evin|daire\w*|maaş\w*|para|araba|makam|kadro\w*|görev\w*|burs\w*|ödül\w*|yardım)(?: [a-z]+)?(?: de| da| bile)? (?:var|verir|hazır\w*|ayarla\w*|bul\w*|verilecek|verilir|veririz|sağlan\w*|bekliyor|olacak|yüksek)(?!\w)/iu,
        within: 60,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:işim var|işimiz var|ödev\w*|yemek\w*|çay\w*|kahve\w*|maç\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'an everyday plan',
      },
    ],
    examples: {
      match: [
        ['Dönünce sana iş de var.', 'Dönünce sana iş de var'],
        ["Dönersen Urumçi'de iyi bir iş ayarlanacak.", "Dönersen Urumçi'de iyi bir iş ayarlanacak"],
        ['Geri gelirsen sana ev de hazır, maaş da yüksek.', 'Geri gelirsen sana ev de hazır'],
      ],
      noMatch: ['Dönünce beni ara, işim var bugün.', 'Gelince çay içeriz, ev de hazır.'],
    },
  },
  {
    id: 'if-you-cooperate',
    tactic: 'inducement',
    score: 0.5,
    description:
      '"Bizimle çalışırsan", "bize biraz yardım edersen": cooperation made a condition; stronger with a reward.',
    match:
      /(?<!\w)(?:(?:çalış|yardım ed|yardımcı ol|işbirliği yap|iş birliği yap|destek ol|kabul ed|bilgi ver|haber ver)(?:[aeiu]rs[ae]n(?:[iu]z)?|[aeiu]cek olursan\w*)|bizi dinlersen|söylediklerimizi yaparsan)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:bize|bizimle|bizim için|bizi|devlet\w*|hükümet\w*|işbirliği\w*|iş birliği\w*|bilgi|haber|teklif\w*|çalışmayı|yardım(?:cı)?)(?!\w)/iu,
        within: 40,
        side: 'before',
      },
    ],
    boost: [{ pattern: REWARD, within: 80, factor: 1.5, reason: 'a reward is named' }],
    unless: [
      {
        pattern: /(?<!\w)(?:proje\w*|şirket\w*|ekib\w*|staj\w*|mülakat\w*|ödev\w*|taşın\w*|müdür\w*)/iu,
        factor: 0.4,
        reason: 'a job, project or everyday favour',
      },
    ],
    examples: {
      match: [
        ['Küçük bir konuda bize yardım edersen babanla görüntülü konuşabilirsin.', 'bize yardım edersen'],
        [
          'Bize birkaç ufak konuda yardım edersen kardeşinin çıkış yasağı kalkar.',
          'Bize birkaç ufak konuda yardım edersen',
        ],
        ['Bizimle çalışmayı kabul edersen her ay hesabına para yatar.', 'çalışmayı kabul edersen'],
      ],
      noMatch: [
        'Bizimle çalışırsan projede iyi bir ekip olur, şirketimiz büyüyor.',
        'Taşınırken bize yardım edersen pizza ısmarlarım.',
      ],
    },
  },
  {
    id: 'safe-if-you-return',
    tactic: 'inducement',
    score: 0.7,
    description:
      '"Sana hiçbir şey olmaz", "kimse seni rahatsız etmez": safety promised on return or cooperation.',
    match:
      /(?<!\w)(?:(?:sana|size) (?:hiçbir|bir) şey (?:olmaz|olmayacak)|(?:hiçbir )?zarar gelme(?:yecek|yeceğine|z)\w*|kimse (?:seni|sizi) rahatsız etme(?:z|yecek)|güvenliğini(?:zi)? (?:garanti ed\w*|sağla\w*)|her şey yoluna gir(?:er|ecek)|affederiz|affedilirsin\w*|affedileceksin\w*|(?:hiçbir )?sorun yaşama(?:z|yacak)s[iı]n|başın ağrımaz|kimse (?:sana|size) dokunma(?:z|yacak)|kılına (?:bile )?dokunulma\w*|tekrar (?:geri )?(?:çıkabilir|dönebilir)sin\w*)/iu,
    unless: [
      {
        pattern: /(?<!\w)(?:ameliyat\w*|hastane\w*|doktor\w*|sınav\w*|uçak\w*|aşı\w*|merak etme)/iu,
        within: 60,
        factor: 0.2,
        reason: 'everyday reassurance',
      },
    ],
    examples: {
      match: [
        ['Bayramdan önce dönersen her şey yoluna girer, kimse seni rahatsız etmez.', 'her şey yoluna girer'],
        ['Ziyarete gelirsen güvenliğini garanti ederiz.', 'güvenliğini garanti ederiz'],
      ],
      noMatch: ['Merak etme, ameliyat kolay, sana bir şey olmaz.'],
    },
  },
  {
    id: 'family-call-as-reward',
    tactic: 'inducement',
    score: 0.7,
    description: 'A call with relatives or their release offered: "annenle görüntülü konuşabilirsin".',
    match: FAMILY,
    near: [
      {
        pattern:
          /(?<!\w)(?:görüntülü (?:görüş|konuş|ara)(?![dt][iu][km])\w*|(?:görüş|konuş)(?:ebilirsin|türürüz|türebiliriz)|serbest bırak\w*|serbest kal(?:ır|acak|abilir)\w*|ziyaret(?:ine)? (?:gelebilir|edebilir)\w*|yanına gelebilir\w*)/iu,
        within: 40,
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:bayram\w*|doğum gün\w*|akşam\w*|yarın ara\w*)/iu,
        within: 40,
        factor: 0.5,
        reason: 'a family plan',
      },
      {
        pattern:
          /(?:konuş|görüş)(?:abildin|ebildin|abildiniz|ebildiniz|tun|tün|tunuz|tünüz|tuk|tük|muş|müş)\w*/iu,
        within: 0,
        factor: 0.3,
        reason: 'a call that already happened',
      },
    ],
    examples: {
      match: [
        [
          'Eğer yardım edersen annenle düzenli görüntülü görüşme yapabilirsin.',
          'annenle düzenli görüntülü görüşme',
        ],
      ],
      noMatch: [
        'Akşam annenle görüntülü konuşalım mı, bayram için?',
        'Ailenle görüntülü konuşabildin mi? İnternet nasıldı?',
      ],
    },
  },
  {
    id: 'papers-for-family-if',
    tactic: 'inducement',
    score: 0.8,
    description:
      '"Yardım edersen kardeşinin çıkış yasağı kalkar", "verirsen annene vize çıkar": papers or a lifted ban for relatives, for a favour.',
    match: PAPERS_ISSUED,
    near: [
      {
        pattern:
          /(?<!\w)(?:pasa?port\w*|vize\w*|(?:çıkış|seyahat|yurt ?dışı(?: çıkış)?) yasa[kğ]\w*|yasa[kğ]\w*|izn\w*|izin\w*|ceza\w*|dosya\w*|evrak\w*|oturum\w*)(?!\w)/iu,
        within: 40,
        side: 'before',
      },
      { pattern: FAMILY, within: 80, side: 'before' },
      { pattern: CONDITION, within: 150, crossSentence: true },
    ],
    examples: {
      match: [
        [
          'Küçük bir iyilik yaparsan kız kardeşinin pasaportu bir ay içinde hazır olur.',
          'yaparsan kız kardeşinin pasaportu bir ay içinde hazır olur',
        ],
        [
          'Ailenin vizesi bizim elimizde, biraz yardım edersen çıkar.',
          'Ailenin vizesi bizim elimizde, biraz yardım edersen çıkar',
        ],
        [
          'Bize bilgi verirsen ablanın pasaportunu çıkarmamız kolaylaşır.',
          'verirsen ablanın pasaportunu çıkarmamız kolaylaşır',
        ],
      ],
      noMatch: [
        'Kız kardeşimin pasaportu bir ay içinde hazır olur dediler, sevindik.',
        'Annenin vizesi çıkar merak etme, evraklar tam.',
      ],
    },
  },
  {
    id: 'costs-on-us',
    tactic: 'inducement',
    score: 0.6,
    description:
      '"Yol masrafların bizden", "bilet ve otel bizden": the handler pays for the person\'s trouble.',
    match:
      /(?<!\w)(?:(?:yol |tüm |bütün |her türlü )?masraf\w*|yol paras\w*|bilet\w*|otel\w*|konaklama\w*|harcırah\w*|cep harçlığ\w*|zahmet\w*)(?: \w+){0,3} (?:bizden|bize ait|bizim(?: tarafımızdan)? karşılan\w*|tarafımızdan karşılan\w*|biz karşılarız|biz öderiz|bizim üzerimizde)(?!\w)/iu,
    unless: [
      {
        pattern:
          /(?<!\w)(?:düğün\w*|nikah\w*|nikâh\w*|kına\w*|şirket\w*|firma\w*|konferans\w*|kongre\w*|seminer\w*|çalıştay\w*|davet\w*|tatil\w*|bayram\w*|misafir\w*|organizasyon\w*|katılımcı\w*|mülakat\w*|iş görüşme\w*)/iu,
        factor: 0.4,
        reason: 'a host, employer or event paying costs',
      },
    ],
    examples: {
      match: [
        [
          'Uçak bileti ve otel masrafları tamamen bizden, sadece bir kahve içelim.',
          'otel masrafları tamamen bizden',
        ],
        ['Yol masraflarınız elbette bizden.', 'Yol masraflarınız elbette bizden'],
        ['Bilet ve otel bizden, sadece bir görüşmeye gel.', 'Bilet ve otel bizden'],
      ],
      noMatch: [
        'Düğüne gel, yol masrafın bizden!',
        'Konferans katılımcılarının otel masrafları firmamız tarafından karşılanır, ulaşım bizden.',
      ],
    },
  },
  {
    id: 'papers-for-family-in-return',
    tactic: 'inducement',
    score: 0.75,
    description:
      '"Kız kardeşine pasaport çıkması için bir şey yapman lazım": papers for a relative as the price of a favour.',
    match:
      /(?<!\w)(?:çıkması|verilmesi|kalkması|kaldırılması|onaylanması|bırakılması|serbest bırakılması|salıverilmesi) için(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:pasa?port\w*|vize\w*|yasa[kğ]\w*|izn\w*|izin\w*|ceza\w*|dosya\w*|oturum\w*)(?!\w)/iu,
        within: 30,
        side: 'before',
      },
      { pattern: FAMILY, within: 80, side: 'before' },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:başvuru\w*|randevu\w*|harç\w*|evrak\w*|fotoğraf çektir\w*|dilekçe\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'an ordinary application',
      },
    ],
    examples: {
      match: [
        [
          'Babanın çıkış yasağının kaldırılması için bizimle çalışman gerekiyor.',
          'Babanın çıkış yasağının kaldırılması için',
        ],
        ['Kız kardeşine pasaport çıkması için bir şey yapman lazım.', 'kardeşine pasaport çıkması için'],
      ],
      noMatch: ['Annenin pasaportu çıkması için başvuru ve harç makbuzu lazım.'],
    },
  },
]);
