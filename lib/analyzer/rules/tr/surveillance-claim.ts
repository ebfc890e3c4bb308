/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { FAMILY } from './_lexicon';

/** "We know / we found out / we noticed". */
const WE_KNOW =
  /(?<!\w)(?:gördük|izledik|biliyoruz|biliriz|haberimiz var|öğrendik|fark ettik|tespit ettik|gözlemledik|duyduk|takip ediyoruz|izliyoruz|kaydediyoruz|not ettik|arşivliyoruz)(?!\w)/iu;

/** The same, with "I know": from a stranger asking for nothing it is still a claim of watching. */
const WE_KNOW_ALL =
  /(?<!\w)(?:biliyoruz|biliriz|haberimiz var|öğrendik|fark ettik|tespit ettik|gözlemledik)(?!\w)/iu;

/** Jokes among friends: a surprise party, a show, a night out. */
const BANTER =
  /(?<!\w)(?:şık\w*|olmuşsun\w*|yakışmış\w*|güzel olmuş\w*|çok güzel\w*|sürpriz\w*|parti\w*|doğum gün\w*|sahne\w*|konser\w*|maç\w*|yayın\w*|canlı\w*|dizi\w*|kanal\w*|tebrik\w*|harika\w*|haha\w*|değil mi)/iu;

/** The nearby threat or authority that turns "I know where you were" into surveillance. */
const MENACE =
  /(?<!\w)(?:dikkat\w*|uyar\w*|bırak\w*|yoksa|sakın|pişman\w*|ailen\w*|polis\w*|konsolos\w*|emniyet\w*|devlet\w*|derne[kğ]\w*|gösteri\w*|eylem\w*)/iu;

export default defineRules('tr', 'surveillance-claim', [
  {
    id: 'we-know-what-you-do',
    tactic: 'surveillance-claim',
    score: 0.85,
    description:
      '"Nerede oturduğunu biliyoruz", "derneğe gittiğini biliyoruz": knowledge of the person\'s life.',
    match:
      /(?<!\w)(?:otur|yaşa|kal|çalış|git|gid|gel|yap|görüş|buluş|oku|katıl|paylaş|konuş|yaz|taşın|dolaş|uğra|takıl|gez|ziyaret et|ziyaret ed|çık|bin|in)[dt][iu][gğk][iu]n\w*/iu,
    near: [{ pattern: WE_KNOW, within: 40, side: 'after' }],
    examples: {
      match: [
        ['Zeytinburnu’nda hangi sokakta oturduğunu biliyoruz.', 'oturduğunu biliyoruz'],
        ['Her pazar Uygur derneğine gittiğini biliyoruz.', 'gittiğini biliyoruz'],
        ['Mitinge katıldığınızı fark ettik (fotoğraf ekte).', 'katıldığınızı fark ettik'],
      ],
      noMatch: [
        'Ne kadar çok çalıştığını bilmiyoruz ama teşekkürler.',
        'Geldiğini duydum, hoş geldin!',
        'İstanbul’a taşındığını biliyorum, tebrikler.',
      ],
    },
  },
  {
    id: 'we-know-where',
    tactic: 'surveillance-claim',
    score: 0.85,
    description:
      '"Adresini biliyoruz", "nerede olduğunu biliyoruz": the person\'s place or contacts are known.',
    match: WE_KNOW_ALL,
    near: [
      {
        pattern:
          /(?<!\w)(?:nerede|nereye|hangi (?:sokak|mahalle|ev|bina|şehir|semt|okul|cami)\w*|kiminle|kimlerle|adres\w*|evin\w*|iş yerin\w*|okulun\w*|numaran\w*|her şeyi|her hareketin\w*|her adımın\w*|kim olduğun\w*)/iu,
        within: 40,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:zor olduğunu|üzgün olduğunu|yorgun olduğunu|ne kadar)/iu,
        within: 30,
        factor: 0.3,
        reason: 'sympathy, not surveillance',
      },
      { pattern: BANTER, within: 60, factor: 0.3, reason: 'banter among friends' },
    ],
    examples: {
      match: [
        ['Almatı’da nerede oturduğunuzu biliyoruz.', 'nerede oturduğunuzu biliyoruz'],
        ['Senin hakkında her şeyi biliyoruz.', 'her şeyi biliyoruz'],
      ],
      noMatch: [
        'Bunun ne kadar zor olduğunu biliyoruz.',
        'Nerede buluşacağımızı bilmiyorum.',
        'Her şeyi biliyoruz, sürpriz parti planını ablan söyledi.',
      ],
    },
  },
  {
    id: 'i-know-where',
    tactic: 'surveillance-claim',
    score: 0.45,
    description:
      '"Nerede oturduğunu biliyorum": surveillance when a warning or an authority is near, teasing otherwise.',
    match: /(?<!\w)biliyorum(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:nerede|nereye|hangi (?:sokak|mahalle|ev|bina|şehir|semt|okul|cami)\w*|kiminle|kimlerle|adres\w*|evin\w*|iş yerin\w*|okulun\w*|numaran\w*|her şeyi|her hareketin\w*|her adımın\w*|kim olduğun\w*)/iu,
        within: 40,
        side: 'before',
      },
    ],
    unless: [{ pattern: BANTER, within: 60, factor: 0.3, reason: 'banter among friends' }],
    boost: [{ pattern: MENACE, within: 200, factor: 1.8, reason: 'with a warning or an authority' }],
    examples: {
      match: [['Nerede oturduğunu biliyorum. Dikkatli ol.', 'Nerede oturduğunu biliyorum']],
      noMatch: ['Dün gece nerede olduğunu biliyorum, partideydin değil mi?'],
    },
  },
  {
    id: 'we-saw-you',
    tactic: 'surveillance-claim',
    score: 0.85,
    description:
      '"Seni gördük", "sizi izliyoruz", "kızını okulunun önünde gördüm": the person or a child was watched.',
    match:
      /(?<!\w)(?:(?:seni|sizi) (?:[a-z]+(?:'[a-z]+)? ){0,3}(?:gördük|izliyoruz|izledik|takip ediyoruz|takip ettik|gözlüyoruz|gözetliyoruz|fotoğrafladık|çektik)|(?:izliyoruz|takip ediyoruz) (?:seni|sizi)|(?:telefonunu|telefonlarını|mesajlarını|yazışmalarını|hesaplarını|görüşmelerini|kapını|kapınızı|evini|evinizi|iş yerini|işyerini|okulunu|çocuklarını|aileni) (?:her gün |sürekli |gece gündüz )?(?:dinliyoruz|okuyoruz|izliyoruz|takip ediyoruz|kaydediyoruz)|gözümüz (?:üzerinde|üstünde|var)\w*|her yerde gözümüz\w*|gözlerimiz (?:üzerinde|üstünde)\w*|mahallende adamlarımız|adamlarımız (?:[a-z]+ ){0,4}(?:izliyor|takip ediyor|gözlüyor|bekliyor)\w*|(?:evinin|kapının|iş yerinin|okulunun|evinizin) (?:önünde|yakınında|karşısında)(?:yiz|yız|yim|yım| bekliyoruz)|(?:her yerde|yakınında|mahallende|etrafında) adam(?:larımız|ımız) var|(?:telefon(?:un|unuz)|mesaj(?:ların|larınız)|hesap(?:ların|larınız)|yazışma(?:ların|larınız)|görüşme(?:lerin|leriniz)) (?:dinleniyor|okunuyor|izleniyor|takip ediliyor|kontrol ediliyor|kaydediliyor)|(?:izleniyorsun|takip ediliyorsun|dinleniyorsun|kayıt altındasın)\w*|(?:her|bütün|tüm) (?:hareket|adım|yazışma|mesaj|paylaşım|görüşme)\w* (?:izliyoruz|takip ediyoruz|biliyoruz|kaydediyoruz|görüyoruz)|fotoğraf(?:ını|ınızı|larını|larınızı) (?:çektik|çektiler|çekmişler))/iu,
    unless: [{ pattern: BANTER, within: 40, factor: 0.3, reason: 'banter among friends' }],
    examples: {
      match: [
        ['Dün camiden çıkarken seni gördük.', 'seni gördük'],
        ['Mahallende adamlarımız var.', 'Mahallende adamlarımız'],
        ['Gözümüz üzerinde, unutma.', 'Gözümüz üzerinde'],
        ['Telefonun dinleniyor, haberin olsun.', 'Telefonun dinleniyor'],
        ['Senin bütün hareketlerini izliyoruz.', 'bütün hareketlerini izliyoruz'],
        ['Derneğe girerken fotoğrafını çektik.', 'fotoğrafını çektik'],
      ],
      noMatch: [
        'Seni havaalanında bekliyoruz, hoş geldin!',
        'Dizini izliyoruz, çok güzel.',
        'Seni izliyoruz, sahnede harikaydın!',
      ],
    },
  },
  {
    id: 'saw-your-child',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: 'A relative of the person was seen by the writer ("kızını okulun önünde gördüm").',
    match: FAMILY,
    near: [
      {
        pattern: /(?<!\w)(?:gördüm|gördük|izledim|izledik|takip ettik|fotoğrafını çektik)(?!\w)/iu,
        within: 40,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:selam\w*|maşallah\w*|büyümüş\w*|düğün\w*|bayram\w*|özlemiş\w*)/iu,
        within: 40,
        factor: 0.4,
        reason: 'a friendly greeting',
      },
    ],
    examples: {
      match: [
        ['Bugün kızını okulunun önünde gördüm, kırmızı çantalı olan.', 'kızını okulunun önünde gördüm'],
      ],
      noMatch: ['Düğünde anneni gördüm, maşallah çok iyi görünüyordu.'],
    },
  },
  {
    id: 'passed-by-your-family',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"Annenin evinin önünden geçtik": the homes or routines of relatives are known.',
    match: FAMILY,
    near: [
      {
        pattern:
          /(?<!\w)(?:önünden geçtik|önündeydik|önünde bekledik|evini (?:gördük|biliyoruz)|nerede (?:oturduğunu|çalıştığını|okuduğunu) biliyoruz)/iu,
        within: 30,
        side: 'after',
      },
    ],
    examples: {
      match: [['Annenin evinin önünden geçtik, çok güzel bahçesi var.', 'Annenin evinin önünden geçtik']],
      noMatch: ['Annenin evine uğradık, çay içtik.'],
    },
  },
  {
    id: 'we-have-your-photos',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"Fotoğrafların elimizde", "fotoğraf ekte": pictures of the person offered as proof.',
    match:
      /(?<!\w)(?:fotoğrafların\w*|resimlerin\w*|videoların\w*|kayıtların\w*|yazışmaların\w*|mesajların\w*)/iu,
    near: [
      { pattern: /(?<!\w)(?:elimizde|bizde|gördük|inceledik|kaydettik|arşivimizde)(?!\w)/iu, within: 20 },
    ],
    examples: {
      match: [['Protestodaki fotoğrafların elimizde.', 'fotoğrafların elimizde']],
      noMatch: ['Tatil fotoğraflarını bana at.'],
    },
  },
  {
    id: 'seen-at-the-square',
    tactic: 'surveillance-claim',
    score: 0.8,
    description:
      '"Beyazıt meydanında seni gördüler", "gösteride görüldün": the person was watched at a protest or gathering.',
    match:
      /(?<!\w)(?:(?:seni|sizi) (?:[a-z]+ ){0,2}(?:gördüler|görmüşler|fotoğraflamışlar|çekmişler|tanımışlar)|gördük|gördüler|görmüşler|görüldün\w*|görülmüşsün\w*|fotoğraflandın\w*|fotoğrafın(?:ız)? çekil\w*)(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:meydan\w*|gösteri\w*|miting\w*|eylem\w*|protesto\w*|yürüyüş\w*|elçili[kğ]\w*|konsoloslu[kğ]\w*|derne[kğ]\w*|cami\w*|toplantı\w*|anma\w*|panel\w*|basın açıklama\w*|oturma eylem\w*)/iu,
        within: 60,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:selam\w*|seslen\w*|el salla\w*|duymadın\w*|yanına gel\w*|maşallah\w*|çok yakışmış\w*|haha\w*|tebrik\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'friends who saw each other',
      },
    ],
    examples: {
      match: [
        ['Konsolosluk önündeki eylemde fotoğrafın çekildi.', 'eylemde fotoğrafın çekildi'],
        ['Dün akşam Beyazıt meydanında seni gördüler.', 'meydanında seni gördüler'],
        ["Taksim'deki gösteride görüldün, fotoğrafların masamızda.", 'gösteride görüldün'],
      ],
      noMatch: ['Dün meydanda seni gördük, seslendik ama duymadın.'],
    },
  },
  {
    id: 'knows-your-home',
    tactic: 'surveillance-claim',
    score: 0.75,
    description:
      '"Yeni evin güzelmiş, 3. kat köşe pencere değil mi?": details of the person\'s home, put as a question.',
    match:
      /(?<!\w)(?:\d{1,2}\.? ?kat\w*|(?:birinci|ikinci|üçüncü|dördüncü|beşinci|en üst|zemin|çatı) kat\w*|köşe (?:daire|pencere|bina|ev)\w*|pencere(?:n|niz|si|ler)\w*|balkon(?:un|unuz|u)\w*|kapı(?:n|nız|sı|nın)\w*|zil(?:in|iniz)\w*|arabanın plaka\w*|plakan\w*)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:ev(?:in|iniz|inin|inizin)?|daire(?:n|niz|nin|nizin)|yeni evin\w*|yeni dairen\w*|oturduğun\w*|apartman(?:ın|ınız)\w*|binan\w*)(?!\w)/iu,
        within: 60,
        crossSentence: true,
      },
      {
        pattern:
          /(?<!\w)(?:değil mi|di mi|biliyoruz|gördük|güzelmiş|hoşmuş|şirinmiş|bakıyormuş|dikkat\w*|geçtik|bekledik)(?!\w)/iu,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:fotoğraf\w* (?:gösterdi|attı|gönderdi|gördüm)|annen\w*|ablan\w*|tebrik\w*|hayırlı olsun|kiralık\w*|satılık\w*|ilan\w*|emlak\w*|asansör\w*|kira\w*|tadilat\w*|boya\w*|taşın\w*|kargo\w*|teslimat\w*)/iu,
        factor: 0.3,
        reason: 'friends, a flat listing or a delivery',
      },
    ],
    examples: {
      match: [
        ['Kadikoydeki evin 2. kat degil mi, mavi kapi.', 'evin 2. kat degil mi'],
        ["Kadıköy'deki yeni evin güzelmiş, 3. kat köşe pencere değil mi?", 'yeni evin güzelmiş, 3. kat'],
        ['Evinin kapısı mavi, ikinci kat. Dikkatli ol.', 'Evinin kapısı mavi, ikinci kat. Dikkatli'],
      ],
      noMatch: [
        'Yeni evin güzelmiş, annen fotoğrafları gösterdi, 3. kat değil mi?',
        'Kiralık daire: 3. kat, balkonu var, değil mi diye sordular.',
      ],
    },
  },
  {
    id: 'knows-family-routine',
    tactic: 'surveillance-claim',
    score: 0.75,
    description:
      '"Kızının okulu çıkışta hep aynı kapıdan çıkıyor, değil mi?": the routine of the person\'s child or relative is known.',
    match: FAMILY,
    near: [
      {
        pattern:
          /(?<!\w)(?:her (?:gün|sabah|akşam|cuma|pazar)|hep aynı|aynı (?:kapı|yol|saat|otobüs)\w*|saat \d{1,2}(?:[:.]\d\d)?'?(?:[dt][ae])?|okul(?:u|una|undan) (?:çıkış|giriş)\w*|servis\w*)(?!\w)/iu,
        within: 50,
        side: 'after',
      },
      {
        pattern: /(?<!\w)(?:değil mi|di mi|biliyoruz|gördük|izliyoruz|takip ediyoruz)(?!\w)/iu,
        within: 80,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern:
          /(?<!\w)(?:uyu\w*|yemek\w*|mama\w*|ödev\w*|ders\w*|antrenman\w*|kurs\w*|servis şoför\w*|öğretmen\w*)/iu,
        within: 60,
        factor: 0.3,
        reason: 'family care',
      },
    ],
    examples: {
      match: [
        [
          "Oğlun her sabah 8'de aynı otobüse biniyor, biliyoruz.",
          "Oğlun her sabah 8'de aynı otobüse biniyor, biliyoruz",
        ],
        [
          'Kızının okulu çıkışta hep aynı kapıdan çıkıyor değil mi?',
          'Kızının okulu çıkışta hep aynı kapıdan çıkıyor değil mi',
        ],
      ],
      noMatch: ['Kızın her akşam erken uyuyor değil mi? Bizimki hiç uyumuyor.'],
    },
  },
  {
    id: 'you-were-there-with',
    tactic: 'surveillance-claim',
    score: 0.65,
    description:
      '"Dün gece 11\'de kafeden çıktın, yanında iki kişi vardı": the person\'s movements and company are recounted.',
    match:
      /(?<!\w)yanında(?:ki)? (?:bir|iki|üç|dört|birkaç|\d+) (?:kişi|kadın|adam|arkadaş|genç)\w*(?: (?:vardı|kimdi|kim))?(?!\w)/iu,
    near: [
      {
        pattern:
          /(?<!\w)(?:saat \d{1,2}|dün (?:gece|akşam|sabah)|geçen (?:hafta|cuma|cumartesi|pazar|akşam)|[a-z]+'?[dt][ae]ki (?:kafe|lokanta|restoran|cami|dernek|ofis|mağaza|market|park)\w*|çıktın|girdin|bindin|indin|buluştun|görüştün)(?!\w)/iu,
        within: 80,
        side: 'before',
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:selam\w*|seslen\w*|galiba|haha\w*|kıskan\w*|sevgili\w*|tanıştır\w*)(?!\w)/iu,
        within: 80,
        factor: 0.3,
        reason: "a friend's curiosity",
      },
    ],
    examples: {
      match: [
        [
          "Dün gece saat 11'de Aksaray'daki kafeden çıktın, yanında iki kişi vardı.",
          'çıktın, yanında iki kişi vardı',
        ],
      ],
      noMatch: ['Dün akşam seni gördüm galiba, yanında iki kişi vardı, selam verdim.'],
    },
  },
]);
