import { defineContext } from '../define';

/**
 * What lowers every Chinese rule: a negation right before the match ("不要把护照发给陌生人"), and
 * messages that report, warn about or quote a tactic rather than use it (forwarded news, NGO
 * reports, genuine embassy notices that list the scammers' pretexts).
 */
export default defineContext(
  'zh',
  [
    {
      // Chinese negation stands right before the verb, with at most 把/向/给 + an object between.
      // 别 is not a negation in 特别/区别/别人, nor in 别想 ("you can forget about"), a threat.
      // A negation closed by a comma within three characters ("别拖了，马上回来") is its own
      // clause and does not negate what follows.
      pattern:
        /(?:不要|不用|不必|无需|请勿|切勿|不会|从不|绝不|决不|从未|不得|(?<![特分区级类识告派])别(?![想人的处忘]))(?![^,.!?;]{0,3}[,.!?;])/u,
      within: 4,
      side: 'before',
      factor: 0.25,
      reason: 'negated',
    },
    {
      pattern:
        /转发|新闻|报道|报告(?:称|显示|指出)|据悉|据报|特赦|人权观察|人权组织|研究人员|冒充|不法分子|骗子|骗局|诈骗(?:电话|分子|短信|录音|团伙)|电信诈骗|是诈骗|防骗|防诈|反诈|谨防|提高警惕|警惕|上当|注意防范|自称|如果有人|若有人|此类(?:电话|短信|信息)|立即挂断|直接挂了|文章|曾被|被要求|被(?:警察|警方|公安|国安)?威胁|不会(?:通过|以|打电话|要求)|(?:从|从来|绝)不(?:会|通过|打电话|要求)/u,
      factor: 0.3,
      reason: 'reported, quoted or warned about, not used',
    },
  ],
  {
    lowered: [
      '【转发】人权组织报告称，海外维吾尔人接到电话，被要求把护照复印件发给“警察”。',
      '提醒：近期有骗子冒充领事馆，称您有一份重要文件未领取，请按1，千万不要理会。',
      '請提高警惕：不法分子冒充公安局民警，要求提供身份證號。',
      '千万不要把护照照片发给陌生人。',
      '群友分享：昨天有人自称大使馆，说我有重要文件要领取，让我按1，我直接挂了。',
      '这篇文章写得很好：很多人被警察威胁“你家人别想好过”。',
    ],
  },
);
