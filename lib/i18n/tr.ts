import type { Messages } from './en';
import { historyTr } from './sections/history/tr';
import { batchTr } from './sections/batch/tr';
import { statisticsTr } from './sections/statistics/tr';
import { transferTr } from './sections/transfer/tr';
import { settingsTr } from './sections/settings/tr';

/** Turkish. */
export const tr: Messages = {
  'app.name': 'Tekshur',
  'app.tagline': 'Bir mesaja cevap vermeden önce kontrol edin. Hiçbir şey cihazınızdan dışarı çıkmaz.',
  'app.language': 'Dil',

  'popup.title': 'Mesajı kontrol et',
  'popup.input.label': 'Kontrol edilecek mesaj',
  'popup.input.placeholder':
    'Aldığınız mesajı yapıştırın ya da yazın. Ekran görüntüsünü de yapıştırabilir ya da sürükleyip bırakabilirsiniz.',
  'popup.input.fromImage':
    'Bu, görüntüden okunan metin. Hataları düzeltin; kontrol kendiliğinden güncellenir.',
  'popup.check': 'Kontrol et',
  'popup.checkTab': 'Bu sekmeyi kontrol et',
  'popup.chooseImage': 'Ekran görüntüsü seç',
  'popup.clear': 'Baştan başla',
  'popup.drop': 'Kontrol etmek için ekran görüntüsünü buraya bırakın',
  'popup.openDashboard': 'Paneli aç',

  'image.loading': 'Okuyucu bu cihazda başlatılıyor…',
  'image.reading': 'Görüntü bu cihazda okunuyor…',
  'image.progress': 'Görüntü okuma ilerlemesi',
  'image.cancel': 'Okumayı durdur',
  'image.remove': 'Görüntüyü kaldır',
  'image.name': 'Görüntü: {name}',
  'image.tab': 'Bu sekmenin ekran görüntüsü',
  'image.noText': 'Görüntüde metin bulunamadı. Mesajı kendiniz yazabilirsiniz.',
  'image.error.empty': 'Dosya boş.',
  'image.error.file-too-large': 'Görüntü çok büyük: 30 MB üzerindeki görüntüler okunmaz.',
  'image.error.not-an-image':
    "Bu dosya Tekshur'un okuyabileceği bir görüntü değil (PNG, JPEG, WebP ya da BMP).",
  'image.error.unsupported-format':
    'Bu tür görüntüler okunmaz. Ekran görüntüsünü PNG ya da JPEG olarak kaydedin.',
  'image.error.truncated': 'Görüntü dosyası eksik.',
  'image.error.zero-size': 'Görüntüde hiç piksel yok.',
  'image.error.animated': 'Görüntü hareketli; yalnızca durağan görüntüler okunur.',
  'image.error.too-many-pixels': 'Görüntü çok büyük: 40 megapikselden büyük görüntüler okunmaz.',
  'image.error.corrupt': 'Görüntü dosyası bozuk.',
  'image.error.decode-failed': 'Görüntü açılamadı.',
  'image.error.bad-crop': 'Seçilen alan görüntünün dışında.',
  'image.error.engine-start-failed': 'Görüntü okuma şu anda kullanılamıyor. Mesajı kendiniz yazabilirsiniz.',
  'image.error.engine-failed': 'Görüntü okunamadı. Yeniden deneyin ya da mesajı yazın.',
  'image.error.terminated': 'Görüntü okuma durduruldu.',
  'tab.error':
    "Bu sekmenin görüntüsü alınamıyor. Kontrol etmek istediğiniz sayfa ekrandayken Tekshur'u araç çubuğundan açın.",

  'verdict.heading': 'Sonuç',
  'verdict.risk.high': 'Yüksek risk',
  'verdict.risk.medium': 'Dikkatli olun',
  'verdict.risk.low': 'Düşük risk',
  'verdict.risk.none': 'Bir şey bulunamadı',
  'verdict.risk.unchecked': 'Kontrol edilmedi',
  'verdict.empty': 'Kontrol etmek için bir mesaj yazın ya da yapıştırın veya bir ekran görüntüsü ekleyin.',
  'verdict.checking': 'Kontrol ediliyor…',
  'verdict.sentence.high': 'Bu mesaj {actions}: bilinen bir yıldırma taktiği.',
  'verdict.sentence.medium':
    'Bu mesaj {actions}. Bu, yıldırma ve bilgi toplama girişimlerinde kullanılır: dikkatli olun.',
  'verdict.sentence.low':
    'Bilinen bir yıldırma taktiği bulunamadı; yalnızca sıradan mesajlarda da geçen “makam” ya da “belge” gibi sözcükler var.',
  'verdict.sentence.none': 'Bu mesajda bilinen bir yıldırma taktiği bulunamadı.',
  'verdict.sentence.unchecked':
    'Kontrol edilmedi: Tekshur bu dili henüz okuyamıyor. Bu, mesajın güvenli olduğu anlamına gelmez.',
  'verdict.limits':
    'Tekshur sözcüklerde bilinen taktikleri arar; mesajı gerçekte kimin gönderdiğini bilemez. Bir şeyler size yanlış geliyorsa bu hissinize güvenin ve güvendiğiniz biriyle konuşun.',
  'verdict.partial': 'Mesajın bir kısmı kontrol edilmedi ({languages}): Tekshur bu dili henüz okuyamıyor.',
  'verdict.truncated': 'Mesaj çok uzun: yalnızca başı kontrol edildi.',
  'verdict.languageUnknown': "Tekshur'un tanımadığı bir dil",
  'verdict.join.comma': ', ',
  'verdict.join.and': ' ve ',
  'verdict.tactics': 'Bulunanlar',
  'verdict.why': 'Neden önemli',
  'verdict.evidence': 'Mesajda',
  'verdict.advice': 'Neler yapabilirsiniz',
  'verdict.channels': 'Nereye bildirebilirsiniz',
  'verdict.channelSource': 'Kaynak: {source}',
  'verdict.imageAlt': 'Ekran görüntünüz; bulunan sözcüklerin çevresi çizili',

  'tactic.identity-document-request.name': 'Kimlik belgesi istiyor',
  'tactic.identity-document-request.action': 'pasaportunuzu ya da başka bir kimlik belgenizi istiyor',
  'tactic.identity-document-request.why':
    'Sizin ya da bir yakınınızın pasaportunun, kimlik kartının, oturma izninin veya vizesinin kopyasını, fotoğrafını ya da numarasını istiyor. Bu tür kopyalar insanların kimliğini belirlemek ve onlara ve ailelerine baskı yapmak için kullanılır.',
  'tactic.personal-data-request.name': 'Kişisel bilgi istiyor',
  'tactic.personal-data-request.action': 'adresiniz ya da iş yeriniz gibi kişisel bilgilerinizi istiyor',
  'tactic.personal-data-request.why':
    'Nerede yaşadığınızı, çalıştığınızı ya da okuduğunuzu, doğum tarihinizi, telefon numaralarınızı, hesaplarınızı veya başkalarının iletişim bilgilerini soruyor. Bu bilgiler insanları bulmak ve izlemek için kullanılır.',
  'tactic.official-document-pretext.name': '“Önemli belge” bahanesi',
  'tactic.official-document-pretext.action': 'sizi bekleyen resmî bir belge olduğunu söylüyor',
  'tactic.official-document-pretext.why':
    'Bir büyükelçilikte ya da konsoloslukta sizi bekleyen bir belge ya da bildirim olduğunu söylüyor; çoğu zaman bir tuşa basmanızı isteyen kayıtlı bir aramayla. Bu, insanlara geri arama yaptırmanın ve bilgilerini almanın yaygın bir yoludur.',
  'tactic.delivery-pretext.name': 'Kargo ya da gümrük bahanesi',
  'tactic.delivery-pretext.action': 'bir kargo ya da gümrük hikâyesi anlatıyor',
  'tactic.delivery-pretext.why':
    'Bilgilerinizi almak ya da sizi geri aratmak için bir kargo, kurye ya da gümrük hikâyesi anlatıyor.',
  'tactic.return-pressure.name': 'Geri dönme baskısı',
  'tactic.return-pressure.action': 'geri dönmeniz için baskı yapıyor',
  'tactic.return-pressure.why':
    'Geri dönmenizi ısrarla istiyor ya da emrediyor veya pasaport yenileme gibi bir hizmeti geri dönmenize bağlıyor.',
  'tactic.family-leverage.name': 'Ailenizi kullanıyor',
  'tactic.family-leverage.action': 'size baskı yapmak için ailenizi kullanıyor',
  'tactic.family-leverage.why':
    'Size baskı yapmak için memleketteki yakınlarınızı kullanıyor: onlara yönelik tehditler, şu anda yanlarında birinin olduğunu söylemek ya da bir yakınınıza sizi aratmak.',
  'tactic.informant-recruitment.name': 'Başkaları hakkında bilgi istiyor',
  'tactic.informant-recruitment.action': 'başka insanlar hakkında bilgi vermenizi istiyor',
  'tactic.informant-recruitment.why':
    'Topluluğunuzdaki başka insanlar, onların toplantıları ya da grupları hakkında bilgi toplamanızı ya da iletmenizi istiyor.',
  'tactic.inducement.name': 'Karşılık teklif ediyor',
  'tactic.inducement.action': 'iş birliği karşılığında size bir şey teklif ediyor',
  'tactic.inducement.why':
    'İş birliği karşılığında bir şey teklif ediyor: yakınlarınıza pasaport ya da onlarla görüntülü görüşme, para, güvenlik ya da iş.',
  'tactic.threat-of-harm.name': 'Tehdit',
  'tactic.threat-of-harm.action': 'sizi tehdit ediyor',
  'tactic.threat-of-harm.why':
    'Güvenliğinizi, özgürlüğünüzü ya da itibarınızı tehdit ediyor veya sesinizi yükseltmeyi bırakmanız için sizi uyarıyor.',
  'tactic.surveillance-claim.name': 'Sizi izlediğini söylüyor',
  'tactic.surveillance-claim.action': 'nerede olduğunuzu ya da ne yaptığınızı bildiğini söylüyor',
  'tactic.surveillance-claim.why':
    'Kendinizi izleniyor hissedesiniz diye nerede yaşadığınızı, nereye gittiğinizi, ne yaptığınızı ya da kimlerle görüştüğünüzü bildiğini gösteriyor veya öne sürüyor.',
  'tactic.authority-claim.name': 'Resmî makam olduğunu söylüyor',
  'tactic.authority-claim.action': 'polis ya da başka bir resmî makam olduğunu söylüyor',
  'tactic.authority-claim.why':
    'Polis, devlet güvenliği, bir büyükelçilik ya da başka bir makam adına konuştuğunu söylüyor. Bunu herkes yazabilir; mesajı kimin gönderdiğini kanıtlamaz.',
  'tactic.secrecy-demand.name': 'Gizlilik istiyor',
  'tactic.secrecy-demand.action': 'bunu gizli tutmanızı ya da başka bir uygulamaya geçmenizi istiyor',
  'tactic.secrecy-demand.why':
    'Kimseye söylememenizi, sohbeti silmenizi ya da başka bir uygulamaya geçmenizi istiyor. Bu, yardım almayı ve kanıt saklamayı zorlaştırır.',

  'advice.dont-send':
    'Belge, belge fotoğrafı ya da kişisel bilgi göndermeyin; “sadece bir kopya” bile olsa. Gerçek bir resmî kurum bunları sohbet üzerinden istemez.',
  'advice.dont-call-back':
    'Numarayı geri aramayın ve kayıtlı bir aramada tuşlara basmayın. Kontrol etmek isterseniz resmî numarayı kendiniz bulun.',
  'advice.verify-yourself':
    'Bir kurumdan geldiğini söylüyorsa bunu mesaj üzerinden değil, kendi bulduğunuz bir yoldan (resmî internet sitesi ya da kendiniz bulduğunuz bir numara) kontrol edin.',
  'advice.no-pressure':
    'Şimdi cevap vermek, karar vermek ya da bir şey için söz vermek zorunda değilsiniz. Acele etmeyin, önce danışın.',
  'advice.family':
    'Yakınlar üzerinden baskı bilinen bir taktiktir ve sizin suçunuz değildir. Harekete geçmeden önce güvendiğiniz biriyle konuşun; ailenizin durumunu güvenli saydığınız bir yoldan öğrenin.',
  'advice.secrecy':
    'Sessiz kalmanızın istenmesi bir uyarı işaretidir. Güvendiğiniz kişilere anlatabilirsiniz; sohbeti silmek yerine saklayın.',
  'advice.safety':
    'Şu anda tehlikedeyseniz acil durum numarasını arayın. Nerede yaşadığınızı kimlerin bildiğini düşünün ve güvende kalmak için yardım isteyin.',
  'advice.keep-evidence':
    'Mesajı saklayın: burada kaydedin, aslını da saklayın (sohbeti silmeyin; ekran görüntüsünde tarih ve gönderen görünsün).',
  'advice.talk-trusted':
    'Güvendiğiniz biriyle ve ulus ötesi baskıyla karşılaşan insanlara destek veren bir kuruluşla konuşun.',
  'advice.report':
    'Bunu bildirebilirsiniz. Yerel makamların sizin için tehlike oluşturabileceği yerlerde önce güvendiğiniz bir kuruluşa ya da bir avukata başvurun.',

  'channel.emergencyName': 'Acil durum numarası',
  'channel.emergency': 'Biri şu anda tehlikedeyse.',
  'channel.national': 'Ulus ötesi baskıyla ilgili ihbarları alan ulusal bir hat.',
  'channel.support': 'Polis dışında destek.',

  'save.heading': 'Bu kontrolü sakla',
  'save.privacy': 'Yalnızca bu tarayıcıda, bu cihazda kaydedilir.',
  'save.details': 'Ayrıntı ekle (isteğe bağlı)',
  'save.channel': 'Uygulama ya da kanal',
  'save.channel.none': 'Belirtilmedi',
  'save.channel.wechat': 'WeChat',
  'save.channel.whatsapp': 'WhatsApp',
  'save.channel.telegram': 'Telegram',
  'save.channel.signal': 'Signal',
  'save.channel.sms': 'SMS',
  'save.channel.call': 'Telefon araması',
  'save.channel.voicemail': 'Sesli mesaj',
  'save.channel.email': 'E-posta',
  'save.channel.other': 'Diğer',
  'save.senderPhone': 'Gönderenin telefon numarası',
  'save.senderAccount': 'Gönderenin hesabı ya da adı',
  'save.receivedAt': 'Alındığı tarih',
  'save.note': 'Not',
  'save.button': 'Bu kontrolü kaydet',
  'save.falseAlarm': 'Yanlış alarm',
  'save.falseAlarm.hint':
    "Yanlış alarm olarak işaretleyip saklar; böylece gönüllüler Tekshur'u geliştirebilir.",
  'save.saving': 'Kaydediliyor…',
  'save.saved': 'Bu cihaza kaydedildi. Panelde bulabilirsiniz.',
  'save.savedFalseAlarm': 'Bu cihazda yanlış alarm olarak saklandı. Teşekkürler.',
  'save.error.full':
    'Cihazınızda bunu kaydedecek yer kalmadı. Daha önce kaydedilenlerin hiçbiri kaybolmadı. Biraz yer açın ya da eski kontrolleri dışa aktarıp silin ve yeniden deneyin.',
  'save.error.generic':
    'Bu kontrol kaydedilemedi. Daha önce kaydedilenlerin hiçbiri kaybolmadı. Lütfen yeniden deneyin.',

  'dashboard.title': 'Tekshur paneli',
  'dashboard.nav.label': 'Panel bölümleri',
  'dashboard.nav.history': 'Geçmiş',
  'dashboard.nav.batch': 'Toplu kontrol',
  'dashboard.nav.statistics': 'İstatistikler',
  'dashboard.nav.importExport': 'İçe/Dışa aktar',
  'dashboard.nav.settings': 'Ayarlar',
  'dashboard.history.heading': 'Geçmiş',
  'dashboard.history.body':
    'Kaydetmeyi seçtiğiniz mesajlar, içlerinde bulunan taktiklerle birlikte burada listelenir. Siz istemedikçe hiçbir şey kaydedilmez.',
  'dashboard.batch.heading': 'Toplu kontrol',
  'dashboard.batch.body':
    'Burada birçok mesajı ya da ekran görüntüsünü bir kerede kontrol edebileceksiniz; örneğin dışa aktarılmış bütün bir sohbeti.',
  'dashboard.statistics.heading': 'İstatistikler',
  'dashboard.statistics.body': 'Burada kaydedilenleri taktiğe, haftaya, kanala ve dile göre göreceksiniz.',
  'dashboard.importExport.heading': 'İçe/Dışa aktar',
  'dashboard.importExport.body':
    'Burada kaydettiklerinizi güvendiğiniz bir kuruluş için rapor olarak dışa aktarabilecek, raporları yeniden içe aktarabileceksiniz.',
  'dashboard.settings.heading': 'Ayarlar',
  'dashboard.settings.body': "Burada dili ve Tekshur'un bu cihazda neleri sakladığını seçebileceksiniz.",
  'dashboard.comingSoon': 'Sonraki bir sürümde gelecek.',
  ...historyTr,
  ...batchTr,
  ...statisticsTr,
  ...transferTr,
  ...settingsTr,
};
