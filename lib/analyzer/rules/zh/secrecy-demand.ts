import { defineRules } from '../define';

export default defineRules('zh', 'secrecy-demand', [
  {
    id: 'tell-no-one',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: 'Demands secrecy: 不要跟任何人说, 别告诉别人, 保密.',
    match:
      /(?:不要|别|不许|不准|不能|千万别|千万不要)(?:[跟和对向]|告诉)你?的?(?:任何人|别人|其他人|外人|家里人|家人|朋友|老婆|妻子|丈夫|同事|同学|警察|记者|爸妈|父母|亲戚|室友|律师|老师)|(?:不要|别|不能)(?:说出去|外传|声张|让(?:别人|任何人|外人)知道)|(?:要|必须|务必|注意)?保密|天知地知|你知我知|(?:就|只有)?(?:咱俩|咱们俩|我们俩|你我)知道|别(?:让|叫)第三个人知道|烂在肚子里|谁(?:也|都)(?:别|不要|不能|不许)(?:[说讲提]|告诉)|对谁(?:也|都)(?:别|不要|不能)[说讲提]|(?:别|不要|不能|不许)(?:对外|往外|向外)(?:[说讲提]|透露|声张)|(?:别|不要|不能|不许)(?:透露|泄露|外泄)(?:出去)?|(?:不要|别|不能|不许)让(?:你的?)?(?:家里人|家人|老婆|妻子|丈夫|朋友|同事|室友|任何人|别人|其他人|外人)知道|(?:私下|单独)(?:[说聊谈]|联系)|出了这个门就?(?:忘了|忘掉|当没)|(?:只能|只有)你(?:一个人)?知道/u,
    unless: [
      {
        pattern: /密码|验证码|银行|生日惊喜|惊喜/u,
        within: 20,
        factor: 0.3,
        reason: 'a password warning or a surprise party',
      },
    ],
    examples: {
      match: [
        ['这件事不要跟任何人说。', '不要跟任何人'],
        ['別告訴別人我找過你', '別告訴別人'],
        ['今天聊的内容要保密', '要保密'],
        ['你知我知，千万别跟你老婆说', '你知我知'],
        ['这事儿就咱俩知道，明白吗？', '就咱俩知道'],
        ['這事爛在肚子裡，誰也別說', '爛在肚子裡'],
        ['不要让你家里人知道我找过你', '不要让你家里人知道'],
        ['别对外说，包括你老婆', '别对外说'],
      ],
      noMatch: ['验证码不要告诉任何人。', '下周给妈妈的生日惊喜，别告诉她哦，保密！'],
    },
  },
  {
    id: 'read-and-delete',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: 'Read-then-delete, clear the chat, no screenshots: 看完就删, 清空记录, 阅后即焚, 别截图.',
    match:
      /(?:看完|读完|聊完|说完|听完)了?(?:就|后|以后|马上|记得)?(?:删|清空|撤回)|阅后即焚|(?:别|不要|不准|不许|不能)(?:截图|录音|录屏|转发|存)|清空(?:聊天)?记录|记录(?:清空|清掉|删干净)/u,
    unless: [
      {
        pattern: /朋友圈|太丑|丑照|哈哈|内存|我(?:不小心|刚|已经)|广告|群公告|版权/u,
        within: 15,
        factor: 0.3,
        reason: 'a joke or own housekeeping',
      },
    ],
    examples: {
      match: [
        ['看完就删，别截图。', '看完就删'],
        ['聊完记得清空记录', '聊完记得清空'],
        ['閱後即焚', '閱後即焚'],
      ],
      noMatch: ['别截图发朋友圈，照片太丑了哈哈', '我不小心把记录清空了', '群公告：请勿转发广告。'],
    },
  },
  {
    id: 'delete-the-chat',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: 'Asks to delete the conversation or message.',
    match: /删[了掉除]/u,
    near: [{ pattern: /聊天记录|记录|对话|消息|这条|这些|截图|聊天|信息/u, within: 8, side: 'before' }],
    unless: [
      {
        pattern: /我(?:不小心|刚|已经|误)|广告|垃圾|缓存|照片太多|内存/u,
        within: 10,
        factor: 0.3,
        reason: 'own housekeeping',
      },
    ],
    examples: {
      match: [
        ['聊完把聊天记录删了。', '聊天记录删了'],
        ['看完這條消息就刪掉', '消息就刪掉'],
      ],
      noMatch: ['我不小心把聊天记录删了，好可惜', '手机内存满了，删了一些垃圾信息'],
    },
  },
  {
    id: 'move-channel',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: 'Moves the talk to another account or channel: 加我另一个微信, 这个号不安全.',
    match:
      /加我的?(?:另一个|另外一个|这个|新的?|私人|小号)(?:微信|号|qq|电报|账号)?|(?:这个号|这里|这儿|这边|微信上?|电话里)(?:说话)?不安全|(?:这里|这儿|这边|微信上?|电话里)(?:说话不方便|不方便(?:说|聊))|换(?:个|一个)(?:号|微信|账号|地方)(?:聊|说|联系)|别在(?:这[里儿]?|微信上?|电话里|群里|这个号上?)[说聊]|打我的?私人(?:电话|手机|号码)|这个(?:号|微信|账号|手机号?)(?:以后)?就?(?:别|不要|不能)再?用了|(?:别|不要|不能)再?(?:用|在)这个(?:号|微信|账号|手机号?|平台)(?:联系|聊|说)?|(?:用|下载|下)(?:个|一个)?(?:signal|telegram|电报|whatsapp)/u,
    unless: [
      {
        pattern: /换手机|新手机|换号了|手机丢|停机|旧号|号码不用了/u,
        within: 20,
        factor: 0.3,
        reason: 'a new phone, not a move to a safer channel',
      },
    ],
    examples: {
      match: [
        ['加我另一个微信 hk_li2019，这个号不安全。', '加我另一个微信'],
        ['电话里不方便说，换个号聊', '电话里不方便说'],
        ['這裡不方便說，加我小號', '這裡不方便說'],
        ['以后别用这个号联系我', '别用这个号联系'],
        ['这个号以后别用了，换个号联系我', '这个号以后别用了'],
        ['这里说话不方便，你下个Telegram', '这里说话不方便'],
        ['以后有事直接打我私人电话，别在微信上说。', '打我私人电话'],
      ],
      noMatch: ['我换了新手机，微信号没变。', '这里人多，不方便接电话'],
    },
  },
  {
    id: 'add-me-on-wechat',
    tactic: 'secrecy-demand',
    score: 0.55,
    description: 'Asks to be added on WeChat or another app (a move off the current channel).',
    match: /加(?:我|一下我)的?(?:微信|qq|电报|whatsapp|telegram|signal)/u,
    unless: [
      {
        pattern:
          /二手|出售|转让|价格|元|包邮|拼车|租房|代购|团购|群|课程|优惠|换手机|新手机|换号了|手机丢|停机|旧号/u,
        factor: 0.3,
        reason: 'trading or group chat',
      },
    ],
    examples: {
      match: [
        ['有事加我微信详谈', '加我微信'],
        ['加一下我的Telegram', '加一下我的Telegram'],
      ],
      noMatch: ['二手自行车出售，价格面议，加我微信。', '你加我微信了吗？群里找不到你'],
    },
  },
]);
