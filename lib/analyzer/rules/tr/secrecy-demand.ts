/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';

/** Move over there: write, add, switch, download. */
const MOVE =
  /(?<!\w)(?:kullan(?:(?!\w)|ın\w*|alım)|yaz(?:(?!\w)|ın\w*|sana|ar m[iu]s[iu]n)|ekle(?:(?!\w)|y[iu]n\w*|r m[iu]s[iu]n)|geç(?:(?!\w)|elim|in(?!\w)|iniz(?!\w))|gel(?:(?!\w)|in(?!\w))|konuşal[ıi]m|konuşuruz|konuş(?:(?!\w)|un(?!\w))|ulaş(?:(?!\w)|ın\w*)|indir(?:(?!\w)|in\w*)|yükle(?:(?!\w)|y[iu]n\w*)|mesaj at\w*|üzerinden (?:devam|iletişim|konuş)\w*|devam ed(?:elim|in\w*))/iu;

/** Apps a handler moves the conversation to. */
const APP = /(?<!\w)(?:telegram|signal|imo|line|viber|whatsapp|qq|skype)\w*/iu;

export default defineRules('tr', 'secrecy-demand', [
  {
    id: 'tell-no-one',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: '"Kimseye söyleme", "ailene bile bahsetme": the person is told to keep the contact secret.',
    match:
      /(?<!\w)(?:(?:kimseye|hiç kimseye|kimsenin|başkalarına|başkasına|diğerlerine|oradakilere|buradakilere|onlara|ailene|annene|babana|eşine|karına|kocana|arkadaşlarına|polise|derneğe|cemaate)(?: de| da)?(?: bile)?(?: bundan| bu konuyu| bu konudan| bu mesajı| bu görüşmeyi| bir şey)? (?:söyleme|anlatma|bahsetme|gösterme|deme|açma|haber verme|yazma|duyurma|iletme)(?:(?!\w)|y[iu]n\w*|m[ae]l[iu]s[iu]n\w*|y[ae]c[ae]ks[iu]n\w*|sen daha iyi)|(?:kimseye|hiç kimseye|başkalarına)(?: bir şey)? (?:söylemez|anlatmaz|demez|bahsetmez)s[ae]n\w*|(?:bunu|bu konuyu|bu mesajı|bu görüşmeyi|bu konuşmayı|konuşmamızı|yazışmamızı|bundan) (?:kimseyle|kimseye|başkalarıyla) (?:konuşma|paylaşma|bahsetme|söyleme|anlatma)(?:(?!\w)|y[iu]n\w*)|kimsenin (?:bilmesine gerek yok|duymasın\w*|bilmesin\w*|haberi olma(?:sın|malı|yacak)\w*)|(?:numaramı|bu numarayı|mesajlarımı) (?:kaydetme|sil)\w*|aramızda kal(?:sın|malı|acak)\w*|gizli tut\w*|sır olarak kalsın|(?:bu )?konuşmayı başkalarıyla (?:paylaşma|konuşma)\w*)/iu,
    unless: [
      {
        pattern:
          /(?<!\w)(?:şifre\w*|parola\w*|kod\w*|pin(?:(?!\w)|'\w*)|sms doğrulama\w*|kart bilgi\w*|sürpriz\w*|doğum gün\w*|hediye\w*)/iu,
        within: 40,
        factor: 0.15,
        reason: 'a bank warning or a surprise',
      },
      {
        pattern:
          /(?<!\w)(?:söyleme ama|hamile\w*|nişan\w*|evlen\w*|sınav\w*|terfi\w*|sevgili\w*|kazandım|aldım)/iu,
        within: 40,
        factor: 0.3,
        reason: 'sharing good news, not hiding a contact',
      },
      {
        pattern: /(?<!\w)(?:numara\w*|kimli[kğ]\w*|hesap\w*|kart\w*|bilgileriniz\w*)/iu,
        within: 2,
        side: 'before',
        factor: 0.15,
        reason: 'a bank warning not to give out numbers',
      },
    ],
    examples: {
      match: [
        ['Kimseye söyleme.', 'Kimseye söyleme'],
        ['Bu konuyu derneğe de bahsetmeyin.', 'derneğe de bahsetmeyin'],
        ['Şimdilik karına söylemesen daha iyi.', 'karına söylemesen daha iyi'],
        ['Bu konuşma aramızda kalsın.', 'aramızda kalsın'],
        ['Görüşmemizden kimsenin haberi olmasın.', 'kimsenin haberi olmasın'],
        ['Numaramı kaydetme, konuşma bitince sil.', 'Numaramı kaydetme'],
        ['Bu konuyu kimseyle konuşma.', 'Bu konuyu kimseyle konuşma'],
        ['Sen kimseye bir şey demezsen biz de sessiz kalırız.', 'kimseye bir şey demezsen'],
      ],
      noMatch: [
        'Şifrenizi kimseyle paylaşmayınız.',
        'Kimseye söyleme ama sınavdan yüz aldım!',
        'Kimlik numaranızı kimseye söylemeyiniz.',
        'Sürpriz parti, kimseye söyleme ama!',
        'Kimse bir şey söylemedi.',
      ],
    },
  },
  {
    id: 'delete-this',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: '"Bu mesajı sil", "okuduktan sonra sil": the person is told to delete the conversation.',
    match:
      /(?<!\w)(?:mesaj\w*|yazışma\w*|konuşma(?:yı|ları)\w*|sohbet\w*|chat\w*|okuduktan sonra|gördükten sonra)/iu,
    near: [
      {
        pattern: /(?<!\w)sil(?:(?!\w)|in(?!\w)|iniz(?!\w)|sene(?!\w)|meyi unutma\w*|men\w*|ersin\w*)/iu,
        within: 25,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?<!\w)(?:yanlış\w*|spam\w*|reklam\w*|otomatik olarak)/iu,
        within: 40,
        factor: 0.3,
        reason: 'tidying up, not secrecy',
      },
    ],
    examples: {
      match: [
        ['Bu mesajı okuduktan sonra sil.', 'mesajı okuduktan sonra sil'],
        ['Ekledikten sonra bu sohbeti silin.', 'sohbeti silin'],
      ],
      noMatch: [
        'Yanlışlıkla gönderdiğim mesajı sil lütfen, spam gibi duruyor.',
        'Mesajlar 24 saat sonra silinir.',
      ],
    },
  },
  {
    id: 'move-to-wechat',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: '"WeChat\'ten yaz bana", "beni WeChat\'e ekle": moving the talk to a Chinese app.',
    match: /(?<!\w)(?:wechat|weixin|qq)\w*/iu,
    near: [{ pattern: MOVE, within: 25, side: 'after' }],
    unless: [
      {
        pattern:
          /(?<!\w)(?:grub\w*|grup\w*|aile grubu\w*|herkes\w*|iş\w*|müşteri\w*|sipariş\w*|tedarikçi\w*)(?!\w)/iu,
        within: 30,
        factor: 0.4,
        reason: 'a group chat or business contact',
      },
    ],
    examples: {
      match: [
        ["Buradan değil, WeChat'ten yaz bana.", "WeChat'ten yaz"],
        ['Beni WeChat’e ekle, orada konuşuruz.', 'WeChat’e ekle'],
      ],
      noMatch: ['Tedarikçiyle WeChat üzerinden konuşalım, sipariş için.'],
    },
  },
  {
    id: 'move-to-another-app',
    tactic: 'secrecy-demand',
    score: 0.45,
    description:
      '"Telegram\'a geç": another channel, secrecy when this one is called unsafe or the chat must be deleted.',
    match: APP,
    near: [{ pattern: MOVE, within: 25, side: 'after' }],
    boost: [
      {
        pattern:
          /(?<!\w)(?:buradan değil|burada değil|güvenli değil|burası güvenli|telefonla değil|burada konuşma\w*|buradan yazışma\w*|sil(?:(?!\w)|in(?!\w))|kimseye)/iu,
        factor: 1.8,
        reason: 'this channel is called unsafe, or the chat must go',
      },
    ],
    examples: {
      match: [['Burası güvenli değil. Telegram indir, oradan konuşalım.', 'Telegram indir']],
      noMatch: ['Annemi ara, sonra bana yaz.'],
    },
  },
  {
    id: 'not-here',
    tactic: 'secrecy-demand',
    score: 0.7,
    description: '"Burada konuşmak güvenli değil", "telefonda konuşmayalım": the channel is declared unsafe.',
    match:
      /(?<!\w)(?:burada konuşmak (?:güvenli değil|olmaz)|burası güvenli değil|telefonda (?:konuşmayalım|konuşamam|olmaz)|yüz yüze konuşalım|buradan (?:yazma|konuşma)\w*)/iu,
    examples: {
      match: [['Burada konuşmak güvenli değil, yüz yüze konuşalım.', 'Burada konuşmak güvenli değil']],
      noMatch: ['Burada konuşmak çok güzel.'],
    },
  },
]);
