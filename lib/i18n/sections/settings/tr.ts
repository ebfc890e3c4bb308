import type { settingsEn } from './en';

export const settingsTr: Record<keyof typeof settingsEn, string> = {
  'settings.language.heading': 'Arayüz dili',
  'settings.language.hint': 'Seçiminiz bu tarayıcıdaki tüm Tekshur sayfalarında geçerlidir.',
  'settings.storage.heading': 'Bu cihazdaki depolama',
  'settings.persist.explain':
    'Cihazda yer kalmadığında tarayıcı, yer açmak için kaydedilmiş verileri silebilir. Tekshur’un kaydettiklerini korumasını tarayıcıdan isteyebilirsiniz.',
  'settings.persist.button': 'Tarayıcıdan verilerimi korumasını iste',
  'settings.persist.asking': 'Tarayıcıya soruluyor…',
  'settings.persist.granted': 'İzin verildi: tarayıcı yer açmak için Tekshur’un verilerini silmeyecek.',
  'settings.persist.denied':
    'İzin verilmedi: yer azaldığında tarayıcı Tekshur’un verilerini silebilir. Önemli olanları düzenli olarak dışa aktarın.',
  'settings.persist.unavailable':
    'Bu tarayıcı verileri istek üzerine koruyamıyor. Önemli olanları düzenli olarak dışa aktarın.',
  'settings.usage.loading': 'Kullanılan alan ölçülüyor…',
  'settings.usage.space': 'Kullanılan alan: {used}. Kalan: yaklaşık {available}.',
  'settings.usage.spaceUnknown': 'Tarayıcı ne kadar alan kullanıldığını bildirmiyor.',
  'settings.usage.counts': 'Kayıtlı kontroller: {flags}. Görüntüler: {images}.',
  'settings.usage.error': 'Kaydedilen veriler okunamadı. Yeniden denemek için sayfayı yenileyin.',
  'settings.reanalyse.heading': 'Güncel kurallarla yeniden analiz',
  'settings.reanalyse.explain':
    'Bir güncellemeden sonra Tekshur daha fazlasını tanıyabilir. Bu işlem kaydedilen her mesajı güncel kurallarla yeniden kontrol eder ve bunu her kontrolün günlüğüne yazar. Mesajların ve görüntülerin kendisi değiştirilmez.',
  'settings.reanalyse.button': 'Tüm kayıtlı kontrolleri yeniden analiz et',
  'settings.reanalyse.loading': 'Kurallar yükleniyor…',
  'settings.reanalyse.progress': 'Yeniden analiz edildi: {done} / {total}',
  'settings.reanalyse.progressLabel': 'Yeniden analiz ilerlemesi',
  'settings.reanalyse.done':
    'Tamamlandı: {total} kontrol güncel kurallarla yeniden analiz edildi (kural sürümü: {version}). Riski değişen: {risk}; riski ya da taktikleri değişen: {changed}. Her kontrolün günlüğüne yazıldı.',
  'settings.reanalyse.nothing': 'Yeniden analiz edilecek kayıtlı kontrol yok.',
  'settings.reanalyse.error':
    'Yeniden analiz durdu. Durmadan önce biten kontroller yeni sonuçlarını korur; diğerleri değişmedi. Yeniden çalıştırabilirsiniz.',
  'settings.wipe.heading': 'Her şeyi sil',
  'settings.wipe.explain':
    'Tekshur’un bu tarayıcıda sakladığı tüm kontrolleri, görüntüleri, günlükleri ve ayarları hemen siler. Geri alınamaz.',
  'settings.wipe.exports':
    'Dışa aktardığınız dosyalar ve başkalarına gönderdikleriniz etkilenmez: gerekiyorsa onları ayrıca silin.',
  'settings.wipe.button': 'Her şeyi sil…',
  'settings.wipe.word': 'SİL',
  'settings.wipe.typeLabel': 'Onaylamak için {word} yazın',
  'settings.wipe.confirm': 'Her şeyi şimdi sil',
  'settings.wipe.cancel': 'Vazgeç',
  'settings.wipe.working': 'Siliniyor…',
  'settings.wipe.blocked':
    'Kayıtlı kontroller zaten silindi. Açık kalan başka bir Tekshur sayfası depolamayı tutuyor: silme işleminin bitmesi için onu kapatın.',
  'settings.wipe.done':
    'Tamamlandı. Tekshur’un bu tarayıcıda sakladığı her şey silindi. Başka yerlere dışa aktardığınız dosyalara dokunulmadı.',
  'settings.wipe.partial':
    'Her şey silinemedi. Yeniden deneyin; yine olmazsa Tekshur’u tarayıcının uzantılar sayfasından kaldırın, bu onun tüm verilerini siler.',
  'settings.about.heading': 'Tekshur hakkında',
  'settings.about.version': 'Sürüm: {version}',
  'settings.about.ruleset': 'Kural sürümü: {version}',
  'settings.about.promise':
    'Tekshur yalnızca bu cihazda çalışır. Kontrol ettiğiniz ya da kaydettiğiniz hiçbir şey bir yere gönderilmez: hesap yok, sunucu yok, izleme yok. Cihazdan yalnızca kendiniz dışa aktardığınız dosyalar çıkar.',
};
