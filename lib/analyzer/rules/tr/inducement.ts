/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { FAMILY, WE_PROMISE } from './_lexicon';

/** What is offered: money, papers for relatives, a job, a call with family. */
const REWARD =
  /(?<!\w)(?:para\w*|dolar\w*|euro\w*|avro\w*|lira\w*|tl(?!\w)|yuan\w*|tenge\w*|maaş\w*|ödül\w*|ücret\w*|ödeme\w*|pasa?port\w*|vize\w*|oturum\w*|vatandaşlık\w*|iş (?:bul|ayarla|imkan)\w*|bir iş(?!\w)|işe (?:al|yerleştir)\w*|burs\w*|kira\w*|ev(?!\w)|görüntülü (?:görüşme|konuşma|arama)\w*|emekli maaş\w*|yardım\w*|destek\w*|izin\w*|masraf\w*|tedavi\w*|ameliyat\w*|borc\w*|borç\w*|sorun\w* çözül\w*|sorunları\w*)/iu;

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
          /(?<!\w)(?:fatura\w*|sipariş\w*|iade\w*|müşteri\w*|kampanya\w*|indirim\w*|kredi\w*|taksit\w*|maaşınız\w* yatırıl\w*)/iu,
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
    description: '"Dönünce sana iş de var": a job, home or money waiting if the person comes back.',
    match: /(?<!\w)(?:dönünce|döndüğünde|döndüğün zaman|dönersen|geri gelirsen)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:iş|ev|para|maaş|burs|ödül|yardım|makam)(?: de| da)? (?:var|hazır|veririz|buluruz|ayarladık|ayarlarız|bulduk|verilecek)(?!\w)/iu,
        within: 30,
        side: 'after',
      },
    ],
    examples: {
      match: [['Dönünce sana iş de var.', 'Dönünce sana iş de var']],
      noMatch: ['Dönünce beni ara, işim var bugün.'],
    },
  },
  {
    id: 'if-you-cooperate',
    tactic: 'inducement',
    score: 0.5,
    description:
      '"Bizimle çalışırsan", "bize yardım edersen": cooperation made a condition; stronger with a reward.',
    match:
      /(?<!\w)(?:bizimle (?:çalış|işbirliği yap)(?:ırsan|ırsanız|arsan|arsanız)|bize (?:yardım ed|yardımcı ol)(?:ersen|erseniz|ursan|ursanız)|işbirliği yap(?:arsan|arsanız)|bizi dinlersen|söylediklerimizi yaparsan|(?:bilgi|haber) ver(?:irsen|irseniz))(?!\w)/iu,
    boost: [{ pattern: REWARD, within: 80, factor: 1.5, reason: 'a reward is named' }],
    unless: [
      {
        pattern: /(?<!\w)(?:proje\w*|şirket\w*|ekib\w*|staj\w*|mülakat\w*)/iu,
        factor: 0.4,
        reason: 'a job or project offer',
      },
    ],
    examples: {
      match: [
        ['Küçük bir konuda bize yardım edersen babanla görüntülü konuşabilirsin.', 'bize yardım edersen'],
      ],
      noMatch: ['Bizimle çalışırsan projede iyi bir ekip olur, şirketimiz büyüyor.'],
    },
  },
  {
    id: 'safe-if-you-return',
    tactic: 'inducement',
    score: 0.7,
    description:
      '"Sana hiçbir şey olmaz", "kimse seni rahatsız etmez": safety promised on return or cooperation.',
    match:
      /(?<!\w)(?:(?:sana|size) (?:hiçbir|bir) şey (?:olmaz|olmayacak)|(?:hiçbir )?zarar gelme(?:yecek|yeceğine|z)\w*|kimse (?:seni|sizi) rahatsız etme(?:z|yecek)|güvenliğini(?:zi)? (?:garanti ed\w*|sağla\w*)|her şey yoluna gir(?:er|ecek)|affederiz|affedilirsin\w*|affedileceksin\w*|tekrar (?:geri )?(?:çıkabilir|dönebilir)sin\w*)/iu,
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
          /(?<!\w)(?:görüntülü (?:görüş|konuş|ara)(?![dt][iu][km])\w*|(?:görüş|konuş)(?:ebilirsin|türürüz|türebiliriz)|serbest bırak\w*|ziyaret(?:ine)? (?:gelebilir|edebilir)\w*|yanına gelebilir\w*)/iu,
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
    ],
    examples: {
      match: [
        [
          'Eğer yardım edersen annenle düzenli görüntülü görüşme yapabilirsin.',
          'annenle düzenli görüntülü görüşme',
        ],
      ],
      noMatch: ['Akşam annenle görüntülü konuşalım mı, bayram için?'],
    },
  },
]);
