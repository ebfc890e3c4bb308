/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineContext } from '../define';

/**
 * What lowers every Turkish rule. Turkish negates inside the verb ("göndermeyin",
 * "paylaşmayınız"), and the request lists already leave those forms out; so the negation here
 * is only the adverbs that stand before a verb ("asla", "hiçbir zaman"). The second default
 * catches messages that report, quote or warn about a tactic rather than use it: news, NGO
 * reports, community warnings, and genuine notices saying what an embassy never asks.
 */
export default defineContext(
  'tr',
  [
    {
      pattern: /(?<!\w)(?:asla|hiçbir (?:zaman|şekilde|koşulda)|hiç bir zaman|katiyen)(?!\w)/iu,
      within: 25,
      side: 'before',
      factor: 0.25,
      reason: 'negated',
    },
    {
      pattern:
        /(?<!\w)(?:haber\w*:|habere göre|haberine göre|rapor\w*:|raporuna göre|belgelendi|ortaya çıktı|diye mesaj\w*|diye yaz\w*|son dakika:|bildirildi|bildiriliyor|iddia edildi|iddia ediliyor|iddiasıyla|açıklandı|rapora göre|raporunda|yeni rapor\w*|raporun tamamı\w*|araştırmaya göre|uyarı:|topluluk uyarısı|dikkat edin:|dolandırıcı\w*|sahte (?:arama|mesaj|hesap|site|çağrı|polis|konsolos|memur|görevli)\w*|kendini \w+ olarak tanıtan|olarak tanıtan\w*|asla (?:istemez|istemiyor|sormaz|aramaz|talep etmez)\w*|itibar etmeyin\w*|dikkate almayın\w*|yanıt vermeyin\w*|cevap vermeyin\w*|bu tür (?:arama|mesaj)\w*|denildiği|dendiği|denildi|dendi|söylendiği|diyen\w*|diye ar[ıi]yorlar|diye arayan\w*|amnesty|af örgütü|human rights watch|insan hakları izleme|safeguard defenders|uhrp|diye tehdit\w*|şeklinde tehdit\w*|tehdit (?:ettiğini|ettiklerini|edildiğini|edildiklerini|aldığını|aldıklarını|mesajları aldığını)|tehditle karşılaştığını|(?:y[ae]|[ae]) konuşan\w*|ifade etti\w*|belirtti\w*|vurguladı\w*|dile getirdi\w*|aktardı\w*|açıklamasında|röportajında|tanıkların\w*|tanıklara göre|mağdurların\w*|(?:röportaj|manşet|gazete|analiz|araştırma|belgesel|köşe yazısı)\w*:|tehdidi\w*|['"] diyerek|diyerek (?:ar|tehdit|yaz|mesaj|uyar)\w*|korku yarattı\w*)/iu,
      factor: 0.3,
      reason: 'reported, quoted or warned about, not used',
    },
  ],
  {
    lowered: [
      'Haber: Uygurlara WeChat üzerinden polis olduğunu söyleyen kişilerin pasaport fotokopisi istediği bildirildi.',
      "Topluluk uyarısı: 'Burası Çin konsolosluğu, önemli bir belgeniz var, 1'e basın' diyen aramalara yanıt vermeyin.",
      'Başkonsolosluk telefonla asla kimlik numaranızı istemez; bu tür aramaları dikkate almayınız.',
      "DW Türkçe'ye konuşan aktivist, polisin 'aileniz bedelini öder' diye tehdit ettiğini söyledi.",
      'Uygur öğrenci, konsolosluk görevlisinin pasaport fotokopisini istediğini ve annesinin gözaltına alındığını aktardı.',
      'Gazete manşeti: "Aileniz bedelini öder" tehdidi diasporada korku yarattı.',
    ],
  },
);
