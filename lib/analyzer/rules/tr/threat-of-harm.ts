/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { FAMILY, HOMELAND } from './_lexicon';

/** Speaking out, posting, protesting: what the person is told to stop. */
const SPEAKING_OUT =
  /(?<!\w)(?:konuşmalar\w*|açıklama\w*|paylaşım\w*|paylaşma(?:yı|ya)(?!\w)|yazma(?:yı|ya)(?!\w)|yazıları\w*|yazdıkların\w*|söyledikların\w*|paylaştıkların\w*|yalan\w*|propaganda\w*|gösteri\w*|eylem\w*|protesto\w*|miting\w*|aktivizm\w*|faaliyet\w*|çalışmaların\w*|videoları\w*|video çek\w*|videolar\w*|röportaj\w*|ağzını|(?:canlı )?yayın(?:lar|ların)\w*|gazeteci\w*|muhabir\w*|basın\w*|tanıklık\w*|ifade\w*)/iu;

/** Stop it / give it up / reconsider. */
const STOP =
  /(?<!\w)(?:bırak(?:(?!\w)|ın\w*|sana|man\w*|malı\w*|ırsan\w*|mazsan\w*)|vazgeç\w*|son ver\w*|kes(?:(?!\w)|in(?!\w)|sene)|dur(?:(?!\w)|un(?!\w)|dur\w*)|sil(?:(?!\w)|in(?!\w)|iniz(?!\w))|kaldır(?:(?!\w)|ın\w*)|gözden geçir\w*|yeniden düşün\w*|katılma(?:(?!\w)|yın\w*)|gitme(?:(?!\w)|yin\w*)|kapa(?:(?!\w)|t\w*)|ara ver\w*)/iu;

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
      /(?<!\w)(?:pişman (?:olursun|olacaksın|olursunuz|olacaksınız|ederiz|edeceğiz|olur)\w*|bedelini (?:[a-z]+ ){0,2}(?:ödersin|ödeyeceksin|ödersiniz|ödeyeceksiniz|ağır öde)\w*|sonun(?:uz)? (?:kötü|iyi olmaz|gelir|gelecek)\w*|sonuçlarına katlan\w*|canını yak\w*|canına oku\w*|hayatını? (?:karar|karart|mahv|cehenneme)\w*|hesabını sor\w*|hesabını vereceksin\w*|çok geç olmadan)/iu,
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
      /(?<!\w)(?:(?:seni|sizi) (?:[a-z]+(?:'[a-z]+)? ){0,3}(?:öldür|yok ed|bitir|bul|hallede|ezer|mahved|geri gönder|iade ettir|iade ed|sınır dışı ettir|sınır dışı ed|içeri at|hapse at|tutukla)\w*|öldürürüz|öldüreceğiz|ölümü hak\w*|ölmeyi hak\w*|gebert\w*|(?:elimizden|bizden) kaçamaz\w*|saklanamazsın\w*|nereye gidersen git\w*|uzak olduğunu mu sanıyorsun\w*|bir dahaki sefere (?:mesaj|uyarı) olmayacak|son uyarı\w*|son kez uyarıyor\w*|hain ilan (?:ettik|edildin)\w*|an meselesi|kapını çal(?:acağız|arız|mamız)\w*|kapına gel(?:eceğiz|iriz)\w*|seni uyarıyorum|sizi uyarıyorum|kendi(?:ne|nize) zarar ver(?:irsin|irsiniz|eceksin|eceksiniz)\w*|dikkatli yaşa\w*|seni uyarıyoruz|sizi uyarıyoruz|güvende (?:mi|olduğunu(?: mu)?) (?:san\w*|düşünüyor\w*)|(?:gelir|gelip) (?:alırız|alacağız|götürürüz) (?:seni|sizi)|(?:seni|sizi) (?:gelip|gelir) (?:alırız|alacağız|götürürüz)|(?:bir|ilk) (?:yanlışında|hatanda)|(?:bu kadar )?şanslı olmaya(?:bilirsin|caksın)|şansını zorlama\w*|ya da (?:bir gün )?(?:seni|sizi) (?:[a-z']+ ){0,2}(?:alırlar|götürürler|alacaklar|götürecekler|getirirler|getirecekler)|(?:burada da|hiçbir yerde|orada da) güvende değilsin\w*|senin gibiler\w*(?: [a-z]+){0,2} (?:ne olduğunu|ne olacağını|başına gelenleri|akıbetini)|(?:seni|sizi) (?:buradan|oradan|[a-z]+'?[dt][ae]|yurt dışında|nerede olsan|her yerde)(?: bile| da| de)? (?:alabiliriz|alırız|buluruz|bulabiliriz|götürebiliriz|götürürüz|getirtiriz|getirtebiliriz))/iu,
    examples: {
      match: [
        [
          'İstanbul’un uzak olduğunu mu sanıyorsun? Bir dahaki sefere mesaj olmayacak.',
          'uzak olduğunu mu sanıyorsun',
        ],
        ['Bu son uyarı.', 'son uyarı'],
        ['Seni Çin’e geri göndeririz.', 'Seni Çin’e geri göndeririz'],
        ['Seni buradan da alabiliriz, unutma.', 'Seni buradan da alabiliriz'],
        ["Sen kendini Türkiye'de güvende mi sanıyorsun?", 'güvende mi sanıyorsun'],
        ['Senin gibilerin ne olduğunu biliyorsun.', 'Senin gibilerin ne olduğunu'],
        ['Bir dahakine bu kadar şanslı olmayabilirsin.', 'bu kadar şanslı olmayabilirsin'],
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
      /(?<!\w)(?:bir şey olursa (?:yazık|çok yazık|üzülürüz)\w*|başına (?:bir )?(?:şey|iş|bela) gel(?:ir|mesin|ebilir|irse|mesini istemeyiz)\w*|yazık olur (?:sana|size)|kendi iyiliğin(?:iz)? için|(?:senin|sizin) için (?:hiç )?(?:iyi|hayırlı) ol(?:maz|mayacak)|sağlığın(?:ız)? için (?:iyi|önemli) olur)/iu,
    unless: [
      {
        pattern:
          /(?<!\w)(?:doktor\w*|ila[cç]\w*|spor\w*|sigara\w*|kilo\w*|diyet\w*|uyku\w*|vitamin\w*|alerji\w*|yemek\w*|soğuk\w*)/iu,
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
      /(?<!\w)(?:akıllı ol(?:un|ursan)?(?!\w)|akıllı davran\w*|aklını başına al\w*|dikkatli (?:ol|olun|olsan|olmalısın|olmanı)\w*|dikkat et(?:(?!\w)|in(?!\w)|sen(?!\w))|kendine dikkat et\w*|arkanı kolla\w*)/iu,
    boost: [
      {
        pattern:
          /(?<!\w)(?:biliyoruz|biliyorum|gördük|gördüm|gördüler|izliyoruz|takip ediyoruz|adamlarımız|fark ettik|oturduğunu|yaşadığını|kapı(?:n|sı)|\d\.? ?kat|(?:birinci|ikinci|üçüncü|dördüncü) kat|pencere\w*|balkon\w*|plaka\w*)(?!\w)/iu,
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
  {
    id: 'if-you-keep-on',
    tactic: 'threat-of-harm',
    score: 0.8,
    description:
      '"Tanıklık etmeye devam ederseniz… iyi düşünün": carrying on is tied to a consequence for the person.',
    match:
      /(?<!\w)(?:devam ed(?:ersen|erseniz|ecek olursan\w*)|sürdürür(?:sen|seniz)|ısrar ed(?:ersen|erseniz)|vazgeçmezsen(?:iz)?)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:görürsün\w*|göreceksin\w*|bilirsin\w*|pişman\w*|(?:alır|öğrenir|duyar|görür|bilir)(?:lar)?|sonu\w*|bedel\w*|iyi düşün\w*|başına\w*|kaza\w*|zarar\w*|kaybeder\w*|ne(?:ler)? olacağını\w*|olacaklar\w*|sorumlu değiliz|sorumluluk (?:size|sana) ait|yanarsın\w*|karışır)(?!\w)/iu,
        within: 120,
        side: 'after',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:ders\w*|sınav\w*|not\w*|spor\w*|diyet\w*|ila[cç]\w*|tedavi\w*|maç\w*|antrenman\w*|kilo\w*|proje\w*|dizi\w*|film\w*|oyun\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'everyday advice',
      },
    ],
    examples: {
      match: [
        ['Bu yayınlara devam edersen başına gelecekleri düşün.', 'devam edersen başına'],
        [
          'Mahkemede tanıklık etmeye devam ederseniz işvereniniz de bir kopya alır.',
          'devam ederseniz işvereniniz de bir kopya alır',
        ],
        ['Gazetecilerle görüşmeye devam edersen neler olacağını görürsün.', 'devam edersen neler olacağını'],
      ],
      noMatch: ['Antrenmana devam edersen kilo verirsin, sonra görürsün farkı.'],
    },
  },
  {
    id: 'keep-it-up',
    tactic: 'threat-of-harm',
    score: 0.45,
    description:
      '"Gazetecilerle görüşmeye devam et bakalım": a sarcastic dare, a threat when it is about speaking out.',
    match: /(?<!\w)devam (?:et|edin),? (?:bakalım|görelim|göreceğiz|görürüz)(?!\w)/iu,
    boost: [{ pattern: SPEAKING_OUT, within: 60, factor: 1.8, reason: 'about speaking out' }],
    unless: [
      {
        pattern: /(?<!\w)(?:dizi\w*|film\w*|kitab\w*|oyun\w*|maç\w*|ders\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'banter',
      },
    ],
    examples: {
      match: [
        ['Şu gazetecilerle görüşmeye devam et bakalım.', 'devam et bakalım'],
        ['Sen bu videoları çekmeye devam et, göreceğiz.', 'devam et, göreceğiz'],
      ],
      noMatch: ['Bu diziyi izlemeye devam et bakalım, sonu şaşırtıcı!'],
    },
  },
  {
    id: 'fate-of-traitors',
    tactic: 'threat-of-harm',
    score: 0.8,
    description: '"Anavatanı rezil edenlerin sonu hep aynı olur", "hainlerin sonu belli": a veiled threat.',
    match:
      /(?<!\w)sonu(?:nuz|n)? (?:hep |her zaman |da |zaten )?(?:aynı|belli|kötü|hüsran|ölüm|hapis|karanlık|malum)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:hain\w*|rezil\w*|ihanet\w*|vatan\w*|anavatan\w*|senin gibi\w*|sizin gibi\w*|onlar gibi\w*|[a-z]{1,25}(?:enlerin|anların))(?!\w)/iu,
        within: 40,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:film\w*|dizi\w*|kitab\w*|roman\w*|hikaye\w*|maç\w*|sezon\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'a story, not a person',
      },
    ],
    examples: {
      match: [
        ['Anavatanı rezil edenlerin sonu hep aynı olur.', 'edenlerin sonu hep aynı'],
        ['Vatan hainlerinin sonu belli, sen de bilirsin.', 'hainlerinin sonu belli'],
      ],
      noMatch: ['Bu dizide hainlerin sonu belli, izlemeye gerek yok.'],
    },
  },
  {
    id: 'accidents-happen',
    tactic: 'threat-of-harm',
    score: 0.45,
    description:
      '"Büyük şehirde kaza olur", "insanlar ortadan kaybolur": a veiled threat when it follows a demand to stop or a claim of watching.',
    match:
      /(?<!\w)(?:kaza(?:lar[iı]?)? (?:olur|olabilir|olabiliyor|çok olur|oluyor|geçirebilir\w*|geçirir\w*)|kaza geçirmesin\w*|ortadan kaybol(?:ur|abilir|uyor)\w*|kaybolup gid\w*|başına (?:bir )?kaza\w*)(?!\w)/iu,
    boost: [
      {
        pattern:
          /(?<!\w)(?:bırak\w*|ara ver\w*|vazgeç\w*|yayın\w*|paylaşım\w*|gösteri\w*|eylem\w*|protesto\w*|gazeteci\w*|konuşma\w*|biliyoruz|gördük|evin\w*|kat(?!\w)|pencere\w*|değil mi|yalnız\w*|tek başına\w*|uzak\w*|kardeşim|kimse(?: de)? (?:sormaz|aramaz)|kaybol\w*)/iu,
        within: 150,
        factor: 1.8,
        reason: 'after a demand to stop, or a claim of watching',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:buz\w*|yağmur\w*|kar(?!\w)|kaygan\w*|yavaş\w*|hız\w*|kemer\w*|kask\w*|ehliyet\w*|direksiyon\w*|sigorta\w*|iyi yolculuk\w*|alkol\w*|köprü\w*|kavşak\w*|inşaat\w*|trafik ışı\w*|belediye\w*|işaret\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'care on the road',
      },
    ],
    examples: {
      match: [
        ['Protestolara gitmeyi bırak, insanlar bazen kaza geçirir.', 'kaza geçirir'],
        ['Canlı yayınlara biraz ara ver kardeşim, büyük şehirde kaza olur.', 'kaza olur'],
        ['İnsanlar bazen ortadan kaybolur, kimse de sormaz.', 'ortadan kaybolur'],
      ],
      noMatch: ['Dikkat et, yollar buzlu, kaza olur.', 'Bu eski köprüde kaza olur, yenisini yapsınlar.'],
    },
  },
  {
    id: 'exposed-to-others',
    tactic: 'threat-of-harm',
    score: 0.75,
    description:
      '"İşvereniniz de birer kopya alır", "patronun bunları görse": private material shown to employers or in-laws.',
    match:
      /(?<!\w)(?:işveren\w*|patron\w*|müdürün\w*|kayınpeder\w*|kayınvalide\w*|eşin\w*|nişanlın\w*|cemaat\w*|okulun\w*|hocaların\w*|komşuların\w*|arkadaşların\w*|herkes)(?: de| da)?(?: \w+){0,3} (?:görse|öğrense|duysa|bilse|alır|öğrenir|görür|duyar|haberdar olur|izler|okur)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:yazışma\w*|mesajların\w*|fotoğrafların\w*|kopya\w*|videoların\w*|kayıtların\w*|sırların\w*|geçmişin\w*|dosyan\w*|görüntülerin\w*|bunları)(?!\w)/iu,
        within: 100,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:haha\w*|düğün\w*|tatil\w*|parti\w*|doğum gün\w*|tebrik\w*|mezuniyet\w*)/iu,
        within: 80,
        factor: 0.3,
        reason: 'banter',
      },
    ],
    examples: {
      match: [
        [
          'Yazışmalarınızın kopyaları elimizde. İşvereniniz ve kayınpederiniz de birer kopya alır.',
          'kayınpederiniz de birer kopya alır',
        ],
        ['Patronun bu yazışmalarını görse ne der acaba?', 'Patronun bu yazışmalarını görse'],
      ],
      noMatch: ['Düğün fotoğraflarını herkes görse çok güler, haha.'],
    },
  },
  {
    id: 'you-will-be-deported',
    tactic: 'threat-of-harm',
    score: 0.8,
    description:
      '"Sınır dışı edilirsin", "Çin\'e iade edilirsin": the person is told they will be sent back.',
    match:
      /(?<!\w)(?:(?:sınır ?dışı|deport|iade) (?:edil|ettiril)(?:ir|ecek|ebilir)s[iu]n(?:[iu]z)?|geri gönderil(?:ir|ecek|ebilir)s[iu]n(?:[iu]z)?|zorla (?:götürül|getiril|gönderil)(?:[iu]r|ecek|ebilir)s[iu]n(?:[iu]z)?)(?!\w)/iu,
    unless: [
      {
        pattern:
          /(?<!\w)(?:vize\w*|ikamet\w*|oturum\w*|süre\w*|uzat\w*|başvuru\w*|avukat\w*|kaçak çalış\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'advice on residence rules',
      },
    ],
    examples: {
      match: [
        ["Daha fazla konuşursan Çin'e geri gönderilirsin.", 'geri gönderilirsin'],
        ["Böyle devam ederseniz Çin'e iade edileceksiniz.", 'iade edileceksiniz'],
        ["Ya bu yaz dönersin ya da Çin'e iade edilirsin.", 'iade edilirsin'],
      ],
      noMatch: ['Vizesiz kalırsan sınır dışı edilirsin, uzatmayı unutma.'],
    },
  },
  {
    id: 'bad-things-happen',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: '"Videoyu kaldırmazsan çok kötü şeyler olur": an unnamed harm hung on a condition.',
    match:
      /(?<!\w)(?:çok )?(?:kötü|çirkin|istenmeyen|üzücü|tatsız|hoş olmayan) (?:şeyler|olaylar|sonuçlar) (?:olur|olabilir|yaşanır|yaşanabilir|olacak|yaşanacak|doğar|doğabilir)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:yoksa|aksi halde|aksi takdirde|[a-z]{1,20}m[ae]zs[ae]n(?:[iu]z)?|[a-z]{1,20}[aeiu]rs[ae]n(?:[iu]z)?)(?!\w)/iu,
        within: 60,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:ila[cç]\w*|doktor\w*|yemek\w*|ödev\w*|ders\w*|sınav\w*|hava\w*|yağmur\w*|film\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'everyday advice',
      },
    ],
    examples: {
      match: [
        [
          'Bu işlerden uzak durmazsan istenmeyen şeyler yaşanabilir.',
          'durmazsan istenmeyen şeyler yaşanabilir',
        ],
        ['O videoyu kaldırmazsan çok kötü şeyler olur.', 'kaldırmazsan çok kötü şeyler olur'],
      ],
      noMatch: ['İlacını almazsan kötü şeyler olur, doktor öyle dedi.'],
    },
  },
  {
    id: 'dont-speak-advice',
    tactic: 'threat-of-harm',
    score: 0.75,
    description:
      '"Konferansta konuşacakmışsın. Konuşma. Tavsiye ediyorum.": a bare order not to speak, with "advice" as the threat.',
    match: /(?<!\w)(?:konuşma|katılma|gitme|yazma|paylaşma|çıkma)(?:y[iu]n(?:[iu]z)?)?(?= ?[.!,;])/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:tavsiye ed(?:erim|iyorum|eriz|iyoruz)|öneririm|öneriyorum|öneririz|senin için iyi|sizin için iyi|iyi olur|uyarıyorum|uyarıyoruz|bilmiş ol\w*|son kez söylüyorum)(?!\w)/iu,
        within: 40,
        side: 'after',
        crossSentence: true,
      },
      {
        pattern:
          /(?<!\w)(?:konferans\w*|panel\w*|miting\w*|gösteri\w*|eylem\w*|protesto\w*|röportaj\w*|meclis\w*|basın\w*|televizyon\w*|yayın\w*|gazeteci\w*|parlamento\w*|mahkeme\w*|tanıklı[kğ]\w*|oturum\w*)/iu,
        within: 120,
        side: 'before',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Yarın mecliste tanıklık edecekmişsin. Gitme. Senin için iyi olur.',
          'tanıklık edecekmişsin. Gitme. Senin için iyi',
        ],
        [
          'Şu konferansta konuşacakmışsın. Konuşma. Tavsiye ediyorum.',
          'konferansta konuşacakmışsın. Konuşma. Tavsiye ediyorum',
        ],
      ],
      noMatch: ['Panel çok sıkıcıymış. Gitme bence, iyi olur dinlenirsin.', 'Konuşma, tavsiye ederim dinle.'],
    },
  },
  {
    id: 'no-peace-for-you',
    tactic: 'threat-of-harm',
    score: 0.8,
    description: '"Senin gibi hainler sokakta rahat yürüyemez": the person will find no safety anywhere.',
    match:
      /(?<!\w)(?:rahat|rahatça|huzur içinde|güvenle|korkmadan) (?:yürüyemez|yaşayamaz|gezemez|uyuyamaz|nefes alamaz|dolaşamaz)\w*/iu,
    near: [
      {
        pattern: /(?<!\w)(?:senin gibi\w*|sizin gibi\w*|hain\w*|sen|siz|sana|size)(?!\w)/iu,
        within: 40,
        side: 'before',
      },
    ],
    examples: {
      match: [['Senin gibi hainler sokakta rahat yürüyemez, bunu bil.', 'hainler sokakta rahat yürüyemez']],
      noMatch: ['Bu mahallede geceleri kimse rahat yürüyemez, ışık yok.'],
    },
  },
]);
