/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { FAMILY, HOMELAND } from './_lexicon';

/** Speaking out, posting, protesting: what the person is told to stop. */
const SPEAKING_OUT =
  /(?<!\w)(?:konuşmalar\w*|açıklama\w*|paylaşım\w*|paylaşma(?:yı|ya)(?!\w)|yazma(?:yı|ya)(?!\w)|yazıları\w*|yazdıkların\w*|söyledikların\w*|paylaştıkların\w*|yalan\w*|propaganda\w*|gösteri\w*|eylem\w*|protesto\w*|miting\w*|aktivizm\w*|faaliyet\w*|çalışmaların\w*|videoları\w*|röportaj\w*|ağzını)/iu;

/** Stop it / give it up / reconsider. */
const STOP =
  /(?<!\w)(?:bırak(?:(?!\w)|ın\w*|sana|man\w*|malı\w*|ırsan\w*|mazsan\w*)|vazgeç\w*|son ver\w*|kes(?:(?!\w)|in(?!\w)|sene)|dur(?:(?!\w)|un(?!\w)|dur\w*)|sil(?:(?!\w)|in(?!\w)|iniz(?!\w))|kaldır(?:(?!\w)|ın\w*)|gözden geçir\w*|yeniden düşün\w*|katılma(?:(?!\w)|yın\w*)|gitme(?:(?!\w)|yin\w*)|kapa(?:(?!\w)|t\w*))/iu;

export default defineRules('tr', 'threat-of-harm', [
  {
    id: 'stop-speaking-out',
    tactic: 'threat-of-harm',
    score: 0.8,
    description:
      '"Konuşmayı bırak", "yalan yaymayı bırak", "protestolara gitmeyin": a warning to stop speaking out.',
    match: SPEAKING_OUT,
    near: [{ pattern: STOP, within: 25 }],
    unless: [
      {
        pattern: /(?<!\w)(?:sigara\w*|telefon\w*|oyun\w*|ders\w*|yeme[kğ]\w*|uyu\w*|gürültü\w*|ödev\w*)/iu,
        within: 30,
        factor: 0.3,
        reason: 'an everyday "stop it"',
      },
    ],
    examples: {
      match: [
        ['Sincan hakkında yalan yaymayı bırak.', 'yalan yaymayı bırak'],
        ['Protestolara gitmeyin, sizin için iyi olur.', 'Protestolara gitmeyin'],
        ['Kamplarla ilgili o videoları paylaşmayı bırak.', 'videoları paylaşmayı bırak'],
      ],
      noMatch: [
        'Konuşmayı bırak da yemeğini ye.',
        'Telefonla konuşmayı bırak, ders çalış.',
        'Sigara içmeyi bırak artık.',
      ],
    },
  },
  {
    id: 'stop-talking',
    tactic: 'threat-of-harm',
    score: 0.45,
    description:
      '"Konuşmayı bırak": everyday "stop talking", or a warning when family, the homeland or "better for you" is near.',
    match: /(?<!\w)konuşma(?:yı|ya|n)(?!\w)/iu,
    near: [{ pattern: STOP, within: 20, side: 'after' }],
    boost: [
      { pattern: FAMILY, within: 120, factor: 1.8, reason: 'family is named' },
      { pattern: HOMELAND, within: 120, factor: 1.8, reason: 'the homeland is named' },
      {
        pattern:
          /(?<!\w)(?:uygur\w*|kamp\w*|hükümet\w*|devlet\w*|parti\w*|medya\w*|basın\w*|röportaj\w*|(?:daha )?iyi olur|yoksa|hakkında)(?!\w)/iu,
        within: 120,
        factor: 1.8,
        reason: 'about politics, or with a veiled consequence',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)bırak (?:da|de)(?!\w)/iu,
        within: 0,
        factor: 0.3,
        reason: '"stop talking and listen"',
      },
    ],
    examples: {
      match: [['Konuşmayı bırakırsan onlar için daha iyi olur.', 'Konuşmayı bırakırsan']],
      noMatch: ['Konuşmayı bırak da dinle beni bir saniye.'],
    },
  },
  {
    id: 'if-you-do-it-again',
    tactic: 'threat-of-harm',
    score: 0.75,
    description:
      '"Bir daha derneğe gidersen…", "bir daha konuşursan…": a warning against speaking or gathering again.',
    match:
      /(?<!\w)(?:gider|konuşur|paylaşır|yazar|katılır|açıklama yapar|röportaj verir|bağırır|gösteri yapar|çıkar)s[ae]n(?:[iu]z)?(?!\w)/iu,
    near: [{ pattern: /(?<!\w)bir daha(?!\w)/iu, within: 40, side: 'before' }],
    unless: [
      {
        pattern: /(?<!\w)(?:geç kal\w*|unutur\w*|dağıtır\w*|yemek\w*|kırar\w*|ders\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'an everyday "if you do it again"',
      },
    ],
    examples: {
      match: [['Bir daha o derneğe gidersen ailen sıkıntı çeker.', 'Bir daha o derneğe gidersen']],
      noMatch: ['Bir daha geç kalırsan seni beklemem.'],
    },
  },
  {
    id: 'you-will-regret',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: '"Pişman olursun", "bedelini ödersin", "sonun kötü olur": a threat of consequences.',
    match:
      /(?<!\w)(?:pişman (?:olursun|olacaksın|olursunuz|olacaksınız|ederiz|edeceğiz|olur)\w*|bedelini (?:ödersin|ödeyeceksin|ödersiniz|ödeyeceksiniz|ağır öde)\w*|sonun(?:uz)? (?:kötü|iyi olmaz|gelir|gelecek)\w*|sonuçlarına katlan\w*|canını yak\w*|canına oku\w*|hayatını? (?:karar|karart|mahv|cehenneme)\w*|hesabını sor\w*|hesabını vereceksin\w*|çok geç olmadan)/iu,
    unless: [
      {
        pattern: /(?<!\w)(?:yeme[kğ]\w*|tatlı\w*|film\w*|dizi\w*|maç\w*|kaçırırsan)/iu,
        within: 40,
        factor: 0.35,
        reason: 'banter',
      },
    ],
    examples: {
      match: [
        ['Senin gibiler hep pişman olur. Çok geç olmadan dur.', 'pişman olur'],
        ['Bunu yaparsan bedelini ödersin.', 'bedelini ödersin'],
      ],
      noMatch: ['Bu filmi kaçırırsan pişman olursun!'],
    },
  },
  {
    id: 'we-will-harm-you',
    tactic: 'threat-of-harm',
    score: 0.9,
    description: '"Seni buluruz", "yok ederiz", "Çin\'e geri göndeririz": a direct threat to the person.',
    match:
      /(?<!\w)(?:(?:seni|sizi) (?:[a-z]+(?:'[a-z]+)? ){0,3}(?:öldür|yok ed|bitir|bul|hallede|ezer|mahved|geri gönder|iade ettir|sınır dışı ettir|içeri at|hapse at|tutukla)\w*|öldürürüz|öldüreceğiz|ölümü hak\w*|ölmeyi hak\w*|gebert\w*|(?:elimizden|bizden) kaçamaz\w*|saklanamazsın\w*|nereye gidersen git\w*|uzak olduğunu mu sanıyorsun\w*|bir dahaki sefere (?:mesaj|uyarı) olmayacak|son uyarı\w*|son kez uyarıyor\w*|hain ilan (?:ettik|edildin)\w*|an meselesi|kapını çal(?:acağız|arız|mamız)\w*|kapına gel(?:eceğiz|iriz)\w*|seni uyarıyorum|sizi uyarıyorum|kendi(?:ne|nize) zarar ver(?:irsin|irsiniz|eceksin|eceksiniz)\w*|dikkatli yaşa\w*|seni uyarıyoruz|sizi uyarıyoruz)/iu,
    examples: {
      match: [
        [
          'İstanbul’un uzak olduğunu mu sanıyorsun? Bir dahaki sefere mesaj olmayacak.',
          'uzak olduğunu mu sanıyorsun',
        ],
        ['Bu son uyarı.', 'son uyarı'],
        ['Seni Çin’e geri göndeririz.', 'Seni Çin’e geri göndeririz'],
      ],
      noMatch: ['Seni havaalanından alırım, merak etme.'],
    },
  },
  {
    id: 'pity-if-something-happened',
    tactic: 'threat-of-harm',
    score: 0.8,
    description:
      '"Bir şey olursa yazık olur", "başına bir iş gelmesin": a veiled threat to the person or their children.',
    match:
      /(?<!\w)(?:bir şey olursa (?:yazık|çok yazık|üzülürüz)\w*|başına (?:bir )?(?:şey|iş|bela) gel(?:ir|mesin|ebilir|irse|mesini istemeyiz)\w*|yazık olur (?:sana|size)|kendi iyiliğin(?:iz)? için|senin için iyi olmaz|sizin için iyi olmaz|sağlığın(?:ız)? için (?:iyi|önemli) olur)/iu,
    unless: [
      {
        pattern: /(?<!\w)(?:doktor\w*|ila[cç]\w*|spor\w*|sigara\w*|kilo\w*|diyet\w*|uyku\w*|vitamin\w*)/iu,
        within: 50,
        factor: 0.35,
        reason: 'health advice',
      },
    ],
    examples: {
      match: [
        ['Çok tatlı kız. Bir şey olursa yazık olur, o yüzden dikkat et.', 'Bir şey olursa yazık'],
        ['Kendi iyiliğin için sessiz kal.', 'Kendi iyiliğin için'],
      ],
      noMatch: ['Kendi iyiliğin için sigarayı bırak, doktor da söyledi.'],
    },
  },
  {
    id: 'careful-what-you-post',
    tactic: 'threat-of-harm',
    score: 0.8,
    description:
      '"Ne paylaştığına dikkat et", "sesini çıkarma": a warning about what the person says or posts.',
    match:
      /(?<!\w)(?:ne (?:paylaştığın|yazdığın|söylediğin|konuştuğun)\w* dikkat\w*|(?:paylaşımların|sözlerin|yazdıkların)\w* dikkat\w*|sesini (?:çıkarma|kes)\w*|ağzını (?:kapa|kapat|topla)\w*|çeneni kapa\w*|susmazsan\w*|ona göre (?:davran|hareket et)\w*|(?:bu işlerden|bu işlerin|siyasetten|politikadan|bu konulardan|derneklerden|gösterilerden|eylemlerden) uzak dur\w*|en iyisi sessiz kalma\w*|sessiz kalman(?:ız)? (?:en iyisi|iyi olur|lazım|gerek)\w*|sessiz (?:kal|ol)(?:ırsan|ursan)|susacaksın\w*|sus(?:man|manız) (?:lazım|gerek)\w*|susmalısın\w*|sessiz (?:kal|ol)(?:(?!\w)|ın(?!\w)|sana))/iu,
    unless: [
      {
        pattern: /(?<!\w)(?:bebek\w*|uyuyor\w*|ders\w*|sınav\w*|film\w*|toplantı\w*|kütüphane\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'an everyday "be quiet"',
      },
    ],
    examples: {
      match: [
        ['O yüzden ne paylaştığına dikkat et.', 'ne paylaştığına dikkat'],
        ['Sesini çıkarma, yoksa bilirsin.', 'Sesini çıkarma'],
      ],
      noMatch: ['Sessiz ol, bebek uyuyor.'],
    },
  },
  {
    id: 'wise-people-keep-quiet',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: '"Akıllı insanlar Çin hakkında yazmaz": a veiled warning to stop speaking out.',
    match: /(?<!\w)(?:yazmaz|konuşmaz|paylaşmaz|katılmaz|karışmaz|bulaşmaz)(?:lar)?(?!\w)/iu,
    near: [
      {
        pattern: /(?<!\w)(?:akıllı|aklı başında|senin yerinde olsam|yerinde olsam|mantıklı)\w*/iu,
        within: 60,
        side: 'before',
      },
    ],
    examples: {
      match: [
        [
          'Akıllı insanlar sosyal medyada Çin hakkında yazmaz.',
          'Akıllı insanlar sosyal medyada Çin hakkında yazmaz',
        ],
      ],
      noMatch: ['Bu yazıcı artık yazmaz, yenisini alalım.'],
    },
  },
  {
    id: 'be-careful',
    tactic: 'threat-of-harm',
    score: 0.45,
    description: '"Dikkatli ol": a threat when it follows a claim of watching the person, care otherwise.',
    match:
      /(?<!\w)(?:dikkatli (?:ol|olun|olsan|olmalısın|olmanı)\w*|dikkat et(?:(?!\w)|in(?!\w)|sen(?!\w))|kendine dikkat et\w*|arkanı kolla\w*)/iu,
    boost: [
      {
        pattern:
          /(?<!\w)(?:biliyoruz|biliyorum|gördük|gördüm|izliyoruz|takip ediyoruz|adamlarımız|fark ettik|oturduğunu|yaşadığını)(?!\w)/iu,
        within: 200,
        factor: 1.8,
        reason: 'it follows a claim of watching the person',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:yol\w*|araba\w*|trafi[kğ]\w*|kar(?!\w)|buz\w*|hava\w*|soğuk\w*|yağmur\w*|hasta\w*|grip\w*|ateş\w*|ila[cç]\w*|iyi yolculuk\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'care for someone',
      },
    ],
    examples: {
      match: [['Dün camiden çıkarken seni gördük. Dikkatli ol.', 'Dikkatli ol']],
      noMatch: ['Yollar buzlu, dikkatli ol canım.'],
    },
  },
]);
