/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { AUTHORITY, CONDITION, FAMILY, FAMILY_MINE } from './_lexicon';

/** Detention, a lost job or pension, neighbours turning away: what happens to the writer's own kin. */
const HARM_AT_HOME =
  /(?<!\w)(?:götürül\w*|götürdüler|aldılar|alındı|alınmış|gözaltı\w*|tutukla\w*|tutuldu\w*|sorgula\w*|sorguya\w*|çağrıldı\w*|çağırdı(?:lar)?|ifade (?:verdi|vermeye)\w*|karakola\w*|hapis\w*|hapse\w*|kamp\w*|(?:eğitim|kurs)\w*'? (?:merkez|yer)\w*|kestiler|kesildi|işinden (?:oldu|atıldı|çıkarıldı)|işten (?:atıldı|çıkarıldı)|çıkamıyor\w*|uyuyamıyor\w*|arkasından konuş\w*|selam vermiyor\w*|kimse (?:bizimle|onunla) konuşmuyor|dışlan\w*|perişan\w*|ağlıyor\w*|korkudan\w*)(?!\w)/iu;

/** Blame or a plea that ties the harm to the reader. */
const BLAME =
  /(?<!\w)(?:senin yüzünden|sizin yüzünüzden|yüzünden|sana bağlı|size bağlı|nedenini biliyorsun|sebebini biliyorsun|ne yaptığını biliyorsun|ne yapacağını\w*|sen düşün|düşün(?:(?!\w)|ün)|ne olur|n'olur|nolur|yalvar\w*|geldiler|gelmişler|karakol\w*|polis\w*|istiyorlar|dön(?:men|meni|mezsen|ersen|sene)(?!\w)|ver şunları|ver onları|ne istiyorlarsa|ne diyorlarsa|dediklerini yap\w*|söylediklerini yap\w*|lütfen)/iu;

/** What may happen to relatives, or where they are held. */
const HARM =
  /(?<!\w)(?:zarar\w*|başı(?:na|nız)? (?:bir )?(?:şey|iş|bela|dert)\w*|acı çek\w*|sıkıntı (?:çek|yaşa)\w*|sorun yaşa\w*|hapis\w*|hapse\w*|cezaevi\w*|gözaltı\w*|tutukla\w*|götürül\w*|götürdü\w*|götürür\w*|alıkon\w*|(?:eğitim|toplama) kamp\w*|kampa (?:alın|götür|gönder|konul|kapatıl)\w*|eğitime (?:gönder|al|götür)\w*|bedel\w*|rahat yüzü\w*|rahat bırak\w*|huzurunu kaçır\w*|sorun çık\w*|zor duruma düş\w*|bir şey olmasını istemiyorsa\w*|bir şey olabilir\w*|karakola\w*|ifadeye\w*|çağrıldı\w*|sorgulandı\w*|önünden geçtik|önündeydik|istemiyorsa\w*|istemezsin\w*|(?:evine|işyerine|iş yerine|okuluna|kapısına) (?:gittiler|geldiler|dayandılar)|yazık olur|kolay olmayacak|kolay olmaz|iş(?:ini|lerini) kaybed\w*|işten atıl\w*|maaş\w* kesil\w*|emekli\w* kesil\w*|kesilir(?!\w)|kesilecek\w*|senin yüzünden|sana bağlı|sizin yüzünüzden|size bağlı|elimizde|karakolda\w*|sorguya\w*|sorgula\w*|iyiliği için|güvenliği için|güvende mi\w*|güvende (?:değil|kalması|olduğundan emin)\w*|dokunmay\w*|dokunuruz|dokunacağız|dokunurlar|için daha iyi olur|için iyi olmaz|yalvarıyor\w*|[a-z]{2,20}m[ae]s[iu]nl[ae]r diye|(?:hâlâ|hala|uzun süredir|aylardır|yıllardır) içeri?de|içeri?de (?:zor|kötü|hasta|dayan)\w*|zor dayan\w*|içeri (?:alındı|atıldı)\w*|için (?:çok )?(?:zor|kötü|tehlikeli) ol(?:acak|ur)\w*|zor günler\w*|kestiler|kesildi|kesiyorlar|işinden (?:oldu|atıldı|çıkarıldı)|çıkamıyor\w*|uyuyamıyor\w*|arkasından konuş\w*|selam vermiyor\w*|dışlan\w*|tutuldu\w*|dayanamaz\w*|(?:kurs|kursa|eğitime|kampa|okula)'? (?:alındı|alınmış|götürül\w*|gönderil\w*))/iu;

export default defineRules('tr', 'family-leverage', [
  {
    id: 'think-of-your-family',
    tactic: 'family-leverage',
    score: 0.8,
    description: '"Anneni babanı düşün", "aileni düşün": the relatives are named as a reason to comply.',
    match: FAMILY,
    near: [
      {
        pattern: /(?<!\w)(?:düşün(?:(?!\w)|ün|mel\w*|sene|[iu]yorsa\w*)|aklında (?:tut|olsun)\w*)/iu,
        within: 25,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:hediye\w*|doğum gün\w*|yeme[kğ]\w*|tarif\w*|ara(?:mayı|yı)? unutma|selam\w*)/iu,
        within: 30,
        factor: 0.3,
        reason: 'a family errand',
      },
    ],
    examples: {
      match: [
        ['Anneni babanı düşün. Onlar hâlâ orada.', 'Anneni babanı düşün'],
        ['ailenizi dusunun, bu isin sonu iyi degil', 'ailenizi dusunun'],
      ],
      noMatch: ['Annene ne hediye alacağını düşün bence.', 'Anneni aramayı unutma, doğum günü!'],
    },
  },
  {
    id: 'harm-to-family',
    tactic: 'family-leverage',
    score: 0.85,
    description:
      'A relative with harm, detention or "it depends on you": "kardeşin senin yüzünden götürüldü".',
    match: FAMILY,
    near: [{ pattern: HARM, within: 60 }],
    unless: [
      {
        pattern: /(?<!\w)(?:gelmeyecek\w*|gelmeyeceğine|gelmez|olmayacak\w*|olmaz)(?!\w)/iu,
        within: 15,
        side: 'after',
        factor: 0.2,
        reason: 'a promise that no harm will come',
      },
      {
        pattern:
          /(?<!\w)(?:çözül\w*|halled\w*|çözeriz|yardım ed\w*|ameliyat\w*|hastane\w*|doktor\w*|iyileş\w*|geçmiş olsun)/iu,
        within: 40,
        factor: 0.35,
        reason: 'help or health news, not a threat',
      },
    ],
    examples: {
      match: [
        ['Kardeşin senin yüzünden eğitime götürüldü.', 'Kardeşin senin yüzünden'],
        [
          'Baban şu an yanımda, sağlıklı kalıp kalmaması sana bağlı.',
          'Baban şu an yanımda, sağlıklı kalıp kalmaması sana bağlı',
        ],
        ['Ailene bir zarar gelsin istemezsin herhalde.', 'Ailene bir zarar'],
      ],
      noMatch: [
        'Annenin emekli maaşı sorunu çözülecek.',
        'Babanın ameliyatı iyi geçti, hastaneden çıktı.',
        'Annemle konuştum, babam iyi.',
      ],
    },
  },
  {
    id: 'their-fate-is-yours',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      '"Sağlıklı kalıp kalmaması sana bağlı", "durumu senin elinde": a relative\'s fate put in the person\'s hands.',
    match:
      /(?<!\w)(?:[a-z]{2,20}m[ae]s[iu]|kalmaması|olmaması|kalıp kalmayacağı|olup olmayacağı|ne olacağı|geleceği|kaderi|güvenliği|sağlığı|durumu|akıbeti|davası|serbest kalması) (?:sana|size|senin elinde|sizin elinizde|senin ellerinde|sana bağlı|(?:senin|sizin) (?:davranış|tavr|tavır|karar|tutum|hareket|cevab|yanıt|seçim)\w* bağlı)\w*/iu,
    near: [{ pattern: FAMILY, within: 150, crossSentence: true }],
    examples: {
      match: [
        [
          'Baban şu an yanımda. Sağlığı yerinde. Sağlıklı kalıp kalmaması sana bağlı.',
          'Baban şu an yanımda. Sağlığı yerinde. Sağlıklı kalıp kalmaması sana',
        ],
        ['Eşinin ve çocuklarının durumu senin elinde.', 'çocuklarının durumu senin elinde'],
        ['Babanın durumu senin davranışına bağlı.', 'Babanın durumu senin davranışına bağlı'],
        ['Kardeşinin işini kaybetmesi senin elinde.', 'Kardeşinin işini kaybetmesi senin elinde'],
      ],
      noMatch: ['Toplantının ne olacağı sana bağlı, haber ver.'],
    },
  },
  {
    id: 'for-your-familys-sake',
    tactic: 'family-leverage',
    score: 0.8,
    description:
      '"Ailen için faaliyetlerini gözden geçir": the person\'s activism weighed against the family.',
    match: FAMILY,
    near: [
      { pattern: /(?<!\w)(?:için|hatırına|uğruna|iyiliği için)(?!\w)/iu, within: 3, side: 'after' },
      {
        pattern:
          /(?<!\w)(?:faaliyet\w*|eylem\w*|gösteri\w*|protesto\w*|paylaşım\w*|konuşma\w*|aktivizm\w*|miting\w*|yazdıkların\w*|sesini)/iu,
        within: 60,
      },
    ],
    examples: {
      match: [
        [
          'Gulca’daki ailen için faaliyetlerini yeniden gözden geçirmeni öneririz.',
          'ailen için faaliyetlerini',
        ],
      ],
      noMatch: ['Ailen için güzel bir hediye aldım.'],
    },
  },
  {
    id: 'family-misses-you',
    tactic: 'family-leverage',
    score: 0.65,
    description:
      '"Annen her gün seni soruyor", "annen hasta": a relative\'s longing or illness, leverage when tied to a demand to return.',
    match: FAMILY,
    near: [
      {
        pattern:
          /(?<!\w)(?:seni (?:soruyor|bekliyor|özlüyor|sayıklıyor|arıyor)\w*|endişeli\w*|çok üzgün\w*|ağlıyor\w*|ağlayarak\w*|perişan\w*|hasta(?:landı|lanıyor)?(?!\w)|hastalığı\w*|ağırlaştı\w*|ağır hasta\w*|yatağa düş\w*|yatalak\w*|yatağa bağlı\w*|felç\w*|ölüm döşeğ\w*|son günlerini\w*|yaşlandı\w*|kahroluyor\w*)/iu,
        within: 30,
      },
      {
        pattern: /(?<!\w)(?:dön\w*|geri gel\w*|gelme(?:n|niz|lisin)(?!\w)|memleket\w*)/iu,
        within: 150,
        crossSentence: true,
      },
    ],
    examples: {
      match: [['Ne zaman dönüyorsun? Annen her gün seni soruyor.', 'dönüyorsun? Annen her gün seni soruyor']],
      noMatch: ['Annen aradı, seni çok özlemiş. Akşam ara onu.'],
    },
  },
  {
    id: 'see-your-family-if',
    tactic: 'family-leverage',
    score: 0.8,
    description: '"Ailenle bir daha görüşmek istiyorsan…": contact with relatives made conditional.',
    match: FAMILY,
    near: [
      {
        pattern:
          /(?<!\w)(?:(?:bir daha |tekrar )?(?:görüşmek|konuşmak|görmek|kavuşmak) istiyorsan\w*|(?:görüşmek|konuşmak|görmek) isterseniz|(?:bir daha )?göremezsin\w*|(?:bir daha )?konuşamazsın\w*)/iu,
        within: 30,
      },
    ],
    examples: {
      match: [
        [
          'Ailenle bir daha görüşmek istiyorsan bize yardım edeceksin.',
          'Ailenle bir daha görüşmek istiyorsan',
        ],
      ],
      noMatch: ['Annenle görüşmeye gidiyorum, bir şey istiyor musun?'],
    },
  },
  {
    id: 'relative-is-with-us',
    tactic: 'family-leverage',
    score: 0.45,
    description:
      '"Kardeşiniz yanımda": a relative held by the writer; leverage when the writer is an authority.',
    match: FAMILY,
    near: [
      {
        pattern: /(?<!\w)(?:yanımda|yanımızda|bizimle|bizde|elimizde|burada bizimle)(?!\w)/iu,
        within: 20,
        side: 'after',
      },
    ],
    boost: [{ pattern: AUTHORITY, factor: 1.8, reason: 'the writer speaks for an authority' }],
    unless: [
      {
        pattern: /(?<!\w)(?:selam\w*|özle\w*|beraber\w*|birlikte\w*|çay\w*|yeme[kğ]\w*|iyi\w*|tatil\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'family news',
      },
    ],
    examples: {
      match: [['Ben emniyetten komiser Ma. Kardeşiniz yanımda.', 'Kardeşiniz yanımda']],
      noMatch: ['Annen de yanımda, sana selam söylüyor.', 'Annenle konuştum, yarın gelecek.'],
    },
  },
  {
    id: 'relief-if-you-comply',
    tactic: 'family-leverage',
    score: 0.8,
    description: '"Verirsen annen rahat eder": relief for relatives made conditional on compliance.',
    match: FAMILY,
    near: [
      {
        pattern:
          /(?<!\w)(?:rahat (?:eder|ederler|bırakılır|bırakırlar|nefes alır)|(?:serbest )?bırak(?:acaklar|ırlar|ılır|ılacak)|serbest (?:kalır|kalacak)|salıveril(?:ir|ecek)|salarlar|eve (?:döner|dönebilir|gelir)|kurtulur)(?!\w)/iu,
        within: 25,
        side: 'after',
      },
      { pattern: CONDITION, within: 50 },
    ],
    examples: {
      match: [
        ['Adresini verirsen annen rahat eder.', 'verirsen annen rahat eder'],
        [
          'Annen diyor ki pasaportunun kopyasını gönderirsen babanı bırakacaklar.',
          'gönderirsen babanı bırakacaklar',
        ],
      ],
      noMatch: ['Bu yatakta annen rahat eder, çok yumuşak.'],
    },
  },
  {
    id: 'they-are-still-there',
    tactic: 'family-leverage',
    score: 0.7,
    description:
      '"Onlar hâlâ orada", "onlar için daha iyi olur": relatives at home as a lever, in the next sentence.',
    match:
      /(?<!\w)(?:hâlâ (?:orada|burada|bizde)|orada yaşıyor\w*|(?:onlar|onun|herkes|hepimiz) için (?:daha )?(?:iyi|hayırlı|kötü) (?:olur|olmaz)|onların iyiliği için|onlar(?:ı|a) (?:bir şey|zarar)\w*)/iu,
    near: [{ pattern: FAMILY, within: 120, crossSentence: true }],
    examples: {
      match: [
        ['Anneni babanı düşün. Onlar hâlâ orada.', 'babanı düşün. Onlar hâlâ orada'],
        ['Konuşmayı bırakırsan onlar için daha iyi olur, ailen burada.', 'onlar için daha iyi olur, ailen'],
      ],
      noMatch: ['Kitaplar hâlâ orada, gelip alabilirsin.'],
    },
  },
  {
    id: 'do-what-they-ask',
    tactic: 'family-leverage',
    score: 0.8,
    description: 'A relative begs the person to comply: "ne istiyorlarsa yap", "hepimiz için, yalvarıyorum".',
    match:
      /(?<!\w)(?:ne (?:istiyorlarsa|diyorlarsa) (?:yap|ver|gönder|söyle)\w*|istediklerini (?:yap|ver|gönder|söyle)\w*|dediklerini yap\w*|söylediklerini yap\w*|yalvarıyorum\w*|hepimiz için (?:daha )?iyi\w*|bizi düşün(?:(?!\w)|ün|sene)|(?:annemi|babamı|bizi|bizleri|ailemizi) rahat bırak\w*)/iu,
    unless: [
      {
        pattern: /(?<!\w)(?:doğum gün\w*|düğün\w*|tatil\w*|maç\w*|yeme[kğ]\w*)/iu,
        factor: 0.4,
        reason: 'a family plan',
      },
    ],
    examples: {
      match: [
        ['Oğlum, lütfen ne istiyorlarsa yap. Bugün yine geldiler.', 'ne istiyorlarsa yap'],
        ['Yalvarıyorum, istediklerini gönder.', 'Yalvarıyorum'],
      ],
      noMatch: ['Düğün için bizi düşündüğün için sağ ol.'],
    },
  },
  {
    id: 'everyone-fine-for-now',
    tactic: 'family-leverage',
    score: 0.7,
    description: '"Memlekette herkes iyi … bu değişebilir": the family\'s safety presented as conditional.',
    match:
      /(?<!\w)(?:(?:tabii|tabi|ama|ancak|fakat)(?: ki)? (?:bu|durum|her şey|bunlar) (?:her an )?değiş(?:ebilir|ir)|[a-z]{1,20}(?:[aeiu]rs[ae]n|m[ae]zs[ae]n)(?:[iu]z)? (?:bu|durum|her şey|bunlar)(?: da| de)? (?:her an )?değiş(?:ebilir|ir))(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:memleket\w*|ailen\w*|herkes (?:iyi|sağlıklı|güvende)|akrabalar\w*|yakınların\w*)/iu,
        within: 100,
        side: 'before',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Memlekette herkes iyi, liderlerin anlayışı sayesinde. Tabii bu değişebilir.',
          'herkes iyi, liderlerin anlayışı sayesinde. Tabii bu değişebilir',
        ],
        [
          'Ailen burada rahat yaşıyor ama sen böyle devam edersen bu değişebilir.',
          'Ailen burada rahat yaşıyor ama sen böyle devam edersen bu değişebilir',
        ],
      ],
      noMatch: [
        'Hava yarın değişebilir, şemsiye al.',
        'Ailen iyi mi? Planlar değişebilir, haber veririm.',
        'Ailen gelirse program değişebilir.',
      ],
    },
  },
  {
    id: 'harm-to-my-family',
    tactic: 'family-leverage',
    score: 0.45,
    description:
      'A relative writes that someone at home was taken, lost a pension or is shunned ("ukam \'eğitime\' götürüldü"): leverage when the reader is blamed or begged.',
    match: FAMILY_MINE,
    near: [{ pattern: HARM_AT_HOME, within: 50, side: 'after' }],
    boost: [{ pattern: BLAME, within: 200, factor: 1.7, reason: 'the reader is blamed or begged' }],
    unless: [
      {
        pattern:
          /(?<!\w)(?:ameliyat\w*|hastane\w*|doktor\w*|emekli oldu|yeni (?:bir )?iş\w*|iş buldu\w*|kursa yazıl\w*|kursu bitir\w*|yaz okulu\w*|hafta sonu\w*|tatil\w*)/iu,
        within: 40,
        factor: 0.3,
        reason: 'health or everyday news',
      },
    ],
    examples: {
      match: [
        ['Annemi yine ifadeye çağırdılar, hep senin yüzünden.', 'Annemi yine ifadeye çağırdılar'],
        ["Ukam dün 'eğitime' götürüldü. Evdekiler hep senin yüzünden diyor.", "Ukam dün 'eğitime' götürüldü"],
        ['Babam işinden oldu, kimse bizimle konuşmuyor. Ne yaptığını biliyorsun.', 'Babam işinden oldu'],
        ['Kardeşimi yine karakola çağırdılar, ne olur dön artık.', 'Kardeşimi yine karakola'],
      ],
      noMatch: [
        'Annem kursa yazıldı, el işi öğreniyor.',
        'Babam işinden oldu ama yeni iş buldu, merak etme.',
      ],
    },
  },
  {
    id: 'their-fate-if-you-comply',
    tactic: 'family-leverage',
    score: 0.75,
    description:
      '"Bir kere arasan onun için çok şey değişir": a relative\'s situation made to hang on what the reader does.',
    match:
      /(?<!\w)(?:(?:çok şey|her şey|işler|işleri|durum(?:u|ları)?|hayatı|koşulları|şartları|hali)(?: de| da)? (?:değişir|değişebilir|düzelir|düzelebilir|kolaylaşır|kolaylaşabilir|iyileşir|rahatlar|hafifler)|(?:çıkması|bırakılması|salınması|dönmesi|serbest kalması|eve gelmesi)(?: de| da)? (?:kolaylaşır|hızlanır|mümkün olur|yakındır))(?!\w)/iu,
    near: [
      { pattern: FAMILY, within: 150, side: 'before', crossSentence: true },
      { pattern: CONDITION, within: 80, crossSentence: true },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:çocuk\w*|bebe\w*|taşın\w*|tatil\w*|düğün\w*|bahçe\w*|ev işi\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'family logistics',
      },
    ],
    examples: {
      match: [
        [
          'Baban 70 yaşında. Sana verdiğim numarayı bir kere arasan onun için çok şey değişir.',
          'Baban 70 yaşında. Sana verdiğim numarayı bir kere arasan onun için çok şey değişir',
        ],
        [
          'Annenin sağlığı iyi değil. Sen işbirliği yaparsan işler kolaylaşır.',
          'Annenin sağlığı iyi değil. Sen işbirliği yaparsan işler kolaylaşır',
        ],
        [
          "Abin hâlâ 'kursta'. Bir telefon etsen çıkması kolaylaşır.",
          "Abin hâlâ 'kursta'. Bir telefon etsen çıkması kolaylaşır",
        ],
      ],
      noMatch: ['Annen de gelirse her şey kolaylaşır, çocuklara bakar.', 'Erken gelirsen işler kolaylaşır.'],
    },
  },
]);
