/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see below */
/**
 * Turkish word lists shared by the rule files of this folder. Each is a pattern in its own
 * right, so the engine runs it once per message however many rules use it.
 *
 * Text and patterns are folded before matching (ç→c ğ→g ı→i ö→o ş→s ü→u, İ/I→i), so Turkish
 * is plain ASCII here and a suffix class like `[iu]` covers ı/i/u/ü. Turkish glues suffixes to
 * stems, so the lists match a stem with a left edge and then the suffixes that make the form we
 * want (a request, "your", "we know"), never `.*`.
 *
 * Word edges are written `(?<!\w)` (start) and `(?!\w)` (end), not `\b`: the engine compiles
 * every pattern with the flags `iu`, and V8 runs `\b` under `/iu` 10-25 times slower than these
 * lookarounds, which on folded ASCII text mean the same (corpus: 634 µs a message with `\b`,
 * 66 µs with the lookarounds).
 */

/**
 * Identity documents and their numbers, in any case form ("pasaportunuzun", "kimliğini").
 * `pasa?port` also catches "pasport", as Uyghurs and Kazakhs often write it.
 */
export const DOCUMENT =
  /(?<!\w)(?:pasa?port\w*|pasap0rt\w*|pasaprot\w*|passaport\w*|pasapot\w*|kimli[kğ]\w*|kim1i[kğ]\w*|ki1ml[i1][kğ]\w*|kiml1[kğ]\w*|id kart\w*|nüfus (?:cüzdan\w*|kayıt örne[kğ]\w*)|ikamet(?:gâh)? ?(?:izn\w*|izin\w*|kart\w*|tezkere\w*|belge\w*)|(?:oturma|oturum) (?:izn\w*|izin\w*|kart\w*)|vize\w*|ehliyet\w*|sürücü belge\w*|seyahat belge\w*|doğum belge\w*|hukou|hane kayıt\w*)/iu;

/** The writer's own document ("pasaportumu", "benim kimliğim"): not a request to the reader. */
export const OWN =
  /(?<!\w)(?:benim (?:pasa?port|kimli[kğ]|vize|ikamet|oturma|oturum|nüfus|ehliyet)\w*|pasa?port(?:um|larım)\w*|kimli[kğ]im\w*|kimlik kartım\w*|nüfus cüzdanım\w*|vizem\w*|(?:ikamet|oturma|oturum) (?:izn|kart)[iu]m\w*|ehliyetim\w*)/iu;

/**
 * Asking someone to hand something over. Verb stems take only the suffixes of a request
 * (imperative, "would you", "can you", "you must", "if you send", verbal nouns before
 * "lazım/gerek"), never the passive ("gönderilecektir": a notice that something will be sent),
 * the negative ("paylaşmayınız": the standard advice NOT to share), or a narrated past.
 */
export const REQUEST =
  /(?<!\w)(?:(?:gönder|ilet|paylaş|bildir|ulaştır|doldur|yaz|ver|çek|tarat|öğren|gir|teslim et|teslim ed)(?:(?!\w)|[iu]n(?:[iu]z)?(?!\w)|[aeiu]r ?m[iu]s[iu]n(?:[iu]z)?(?!\w)|[ae]bil\w*|s[ae]n[ae](?!\w)|[iu]ver\w*|m[ae](?:n[iu]z|n|s[iu]|l[iu]s[iu]n(?:[iu]z)?|y[iu])(?!\w)|m[ae]k zorunda\w*|[iu]p(?!\w)|[aeiu]rs[ae]n\w*|[aeiu]rs[iu]n(?!\w)|m[ae]zs[ae]n\w*|[ae]c[ae]k m[iu]s[iu]n\w*|[iu]lmes[iu] (?:gerek\w*|lazım))|(?:yolla|ekle|yükle|söyle|tara|yanıtla|cevapla|oku|güncelle|tıkla|hazırla|topla)(?:(?!\w)|y[iu]n(?:[iu]z)?(?!\w)|r ?m[iu]s[iu]n(?:[iu]z)?(?!\w)|y[ae]bil\w*|s[ae]n[ae](?!\w)|y[iu]ver\w*|m[ae](?:n[iu]z|n|s[iu]|l[iu]s[iu]n(?:[iu]z)?|y[iu])(?!\w)|m[ae]k zorunda\w*|y[iu]p(?!\w)|rs[ae]n\w*|m[ae]zs[ae]n\w*|y[ae]c[ae]k m[iu]s[iu]n\w*)|at(?:[iu]n(?:[iu]z)?|[ae]r ?m[iu]s[iu]n(?:[iu]z)?|abil\w*|sana|[iu]ver\w*|ma(?:n[iu]z|n|s[iu]|l[iu]s[iu]n(?:[iu]z)?)|[iu]p|[ae]rsan\w*|mazsan\w*)(?!\w)|(?:bana|bize|buraya|şuraya|numaraya|gruba|dm\w*|whatsapp\w*|wechat\w*|telegram\w*) at(?!\w)|at (?:bana|bize|buraya)(?!\w)|(?:fotoğraf|foto|resm|resim|kopya|fotokopi|numara|görüntü|ekran görüntü|adres|konum|liste)\w* at(?!\w)|send (?:et|ed|at)\w*|çıkar(?:[iu]n(?:[iu]z)?|abilir m[iu]s[iu]n\w*|ır m[iu]s[iu]n\w*)(?!\w)|alabilir m[iu]y[iu][mz](?!\w)|tut(?:abilir m[iu]s[iu]n\w*|ar m[iu]s[iu]n\w*)|teyit (?:et|ed)(?:in|er ?m[iu]s[iu]n\w*|ebilir\w*|men\w*|(?!\w))|doğrula(?:y[iu]n\w*|r ?m[iu]s[iu]n\w*|yabilir\w*|man\w*|(?!\w))|(?<!m[ae](?:n|n[iu]z|s[iu]|k|y[iu]) )(?:lazım|gerek(?:iyor|li|lidir|mektedir|ir)(?!\w)|şart(?!\w)|mecbur\w*)|istiyor(?:uz|um|lar\w*|muş\w*)?(?!\w)|istedi\w*|isteniyor\w*|istenmektedir|talep (?:ediyor|ediyoruz|edilmektedir|edilir)\w*|rica (?:ed|olun)\w*|ihtiya[cç]\w*|bekliyoruz)/iu;

/** Embassies, consulates, police and security bodies (any case form). */
export const AUTHORITY =
  /(?<!\w)(?:büyükelçili[kğ]\w*|(?:baş)?konsolos\w*|elçili[kğ]\w*|emniyet\w*|polis\w*|karakol\w*|jandarma\w*|(?:devlet|kamu|ulusal|milli) güvenli[kğ]\w*|güvenlik (?:büro|bakanl|müdürl|birim|servis|daire)\w*|istihbarat\w*|mahalle komite\w*|köy komite\w*|parti (?:komite|sekreter)\w*|sokak komite\w*|özerk bölge\w*|bölge (?:hükümet|yönetim)\w*|halk hükümet\w*|eğitim (?:dairesi|müşavirli[kğ])\w*|birleşik cephe\w*)/iu;

/**
 * An authority in the ablative, "from the consulate": "Başkonsolosluğu'ndan", "polisten",
 * "Kamu Güvenlik Bürosu'ndan". Only this case says the writer comes from there ("polisi
 * arıyorum" is someone calling the police).
 */
export const AUTHORITY_FROM =
  /(?<!\w)(?:büyükelçili[kğ]|(?:baş)?konsoloslu[kğ]|elçili[kğ]|emniyet(?: müdürlü[kğ])?|polis|karakol|jandarma|güvenli[kğ]|güvenlik büro|daire|istihbarat|bakanlı[kğ]|müdürlü[kğ]|büro|komite|dışişleri|hükümet|teşkilat|savcılı[kğ])(?:[iu]|s[iu])?'?n?[dt][ae]n(?!\w)/iu;

/** "Your" relatives (second person): "anneni", "babanız", "ailen", "kardeşin", "eşinizi". */
export const FAMILY =
  /(?<!\w)(?:anne(?:n|niz)\w*|baba(?:n|nız)\w*|aile(?:n|niz)\w*|ebeveyn(?:ler)?in\w*|kardeş(?:ler)?in\w*|abla(?:n|nız)\w*|ağabey(?:ler)?in\w*|abi(?:n|niz)\w*|eşin\w*|karın[iı]\w*|kocan\w*|çocukların\w*|çocuğun\w*|oğlun\w*|kızın\w*|akrabaların\w*|yakınların\w*|dede(?:n|niz)\w*|nine(?:n|niz)\w*|büyükanne(?:n|niz)\w*|teyze(?:n|niz)\w*|dayı(?:n|nız)\w*|amca(?:n|nız)\w*|hala(?:n|nız)\w*|yeğenin\w*|torunun\w*|enişten\w*|yengen\w*|ana(?:n|nız)(?:[iıa]|ın|la|da)?(?!\w)|kayın(?:peder|valide|birader)(?:in|iniz)\w*)/iu;

/**
 * Places a diaspora member is urged to return to, with the case suffix ("Urumçi'ye", "Çin'e",
 * "memlekete"). Only China/Xinjiang and "home country" words: "eve" (home, tonight) is not one.
 */
export const HOMELAND =
  /(?<!\w)(?:çin|sincan|xinjiang|şincang|urumçi|ürümçi|kaşgar|hoten|hotan|turfan|aksu|gulca|ğulca|kulca|karamay|kumul|korla|atuş|yarkent)(?:'?(?:[ae]|y[ae]|[dt][ae]n?|n[ae]|n[dt][ae]n?|[iu]n))?(?!\w)|(?<!\w)(?:memleket|vatan)\w*|(?<!\w)(?:ülke(?:ne|nize|ye|mize)|yurda|yurduna|yurdunuza)(?!\w)|(?<!\w)doğduğun (?:yer|topra[kğ])\w*/iu;

/**
 * Diaspora groups, meetings and places where people gather: what an informant is asked about.
 */
export const GROUP =
  /(?<!\w)(?:derne[kğ]\w*|toplantı\w*|cemaat\w*|cemiyet\w*|kurultay\w*|vakf\w*|vakıf\w*|örgüt\w*|teşkilat\w*|grub\w*|grup\w*|gösteri\w*|eylem\w*|miting\w*|protesto\w*|etkinli[kğ]\w*|konferans\w*|cami\w*|mescid\w*|kulüp\w*|kulüb\w*|topluluk\w*|toplulu[gğ]\w*|uygur\w*|kazak(?!istan)\w*|diaspora\w*|aktivist\w*|doğu türkistan\w*|atajurt\w*|ofis\w*|kültür merkez\w*|toplum merkez\w*|anma\w*|tören\w*|panel\w*|seminer\w*|sempozyum\w*|yürüyüş\w*|nöbet\w*|iftar\w*|bayramlaşma\w*)/iu;

/** "We will give / pay / arrange / get": a first-person plural promise. */
export const WE_PROMISE =
  /(?<!\w)(?:veririz|veriyoruz|vereceğiz|verebiliriz|öderiz|ödüyoruz|ödeyeceğiz|ödeyebiliriz|çıkarırız|çıkaracağız|çıkarabiliriz|ayarlarız|ayarlayacağız|ayarlayabiliriz|hallederiz|halledeceğiz|halledebiliriz|sağlarız|sağlayacağız|sağlayabiliriz|buluruz|bulabiliriz|yardım ederiz|yardım edebiliriz|yardımcı oluruz|yardımcı olabiliriz|çözeriz|çözebiliriz|çözülecek|halledilecek|verilecek|ödenecek|karşılarız|karşılayabiliriz|karşılayacağız|affederiz|affedebiliriz|bağışlarız|kaldırırız|kaldıracağız|kaldırabiliriz|yerleştiririz|yerleştirebiliriz|getiririz|getirtiriz)(?!\w)/iu;

/**
 * The writer's own relatives, when a relative at home writes ("annem", "ukam" — Uyghur and
 * Kazakh "younger brother" — "evdekiler"). These are the reader's family too, so harm to them is
 * leverage; but they are everyday words, so rules pair them with detention or blame only.
 */
export const FAMILY_MINE =
  /(?<!\w)(?:annem|anam|babam|atam|kardeşim|kardeşlerim|ukam|abim|ablam|ağabeyim|dedem|ninem|büyükannem|amcam|dayım|teyzem|halam|eniştem|yengem|evdekiler|ailemiz|ailem)(?:[iıu]n?|[ae]|l[ae]|d[ae]|iz)?(?!\w)/iu;

/**
 * "If you do it": the conditional that makes a promise or a threat hang on the reader
 * ("yardım edersen", "verirsen", "bir kere arasan", "gelmezsen").
 */
export const CONDITION =
  /(?:(?<!\w)[a-z]{1,20}(?:[aeiu]rs[ae]n|m[ae]zs[ae]n)(?:[iu]z)?|(?<!\w)(?:ara|söyle|yolla|gönder|ver|yap|et|ed|ol|gel|dön|bırak|sil|sus)s[ae]n(?:[iu]z)?|(?<!\w)(?:eğer|şayet))(?!\w)/iu;

/** A homeland place in the locative ("Hotan'da", "Hotan'daki", "memleketinizde"). */
export const HOMELAND_AT =
  /(?<!\w)(?:(?:çin|sincan|xinjiang|şincang|urumçi|ürümçi|kaşgar|hoten|hotan|turfan|aksu|gulca|ğulca|kulca|karamay|kumul|korla|atuş|yarkent)'?[dt][ae](?:ki)?|(?:memleket|vatan)(?:[iu]n(?:[iu]z)?)?[dt][ae](?:ki)?|ülke(?:n|niz)[dt]e(?:ki)?|nüfus(?:unuzun|unun)? kayd(?:ınızın|ının) bulunduğu (?:yer|il|bölge|şehir|ilçe)[dt]e(?:ki)?)(?!\w)/iu;

/**
 * Papers or a ban that "will come through" for someone ("vizesi çıkar", "yasağı kalkar",
 * "pasaportu hazır olur"): a reward when the reader is asked for something in return.
 */
export const PAPERS_ISSUED =
  /(?<!\w)(?:çıkar|çıkarılır|çıkarılacak|çıkarmamız kolaylaşır|hazır olur|hazırlanır|verilir|verilecek|kalkar|kaldırılır|kaldırılacak|kalkacak|onaylanır|onaylanacak|halledilir|hallolur|kolaylaşır|hafifler|hafifletil(?:ir|ebilir|ecek)|düşer|düşürülür|silinir|kapanır|kapatılır)(?!\w)/iu;
