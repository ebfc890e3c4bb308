import { defineRules } from '../define';
import { FAMILY, HOME_FAMILY } from './_lexicon';
import { MENACE, SPEAKING_OUT, VEILED_COST } from './_phrases';

/** What the person is told to stop: speaking out, posting, protesting. */
const ACTIVISM =
  /\b(?:lies|lying|rumou?rs?|propaganda|slander\w*|nonsense|fake news|xinjiang|east turkestan|china|chinese government|the party|camps?|uyghurs?|uighurs?|protests?|protesting|rally|rallies|demonstrations?|activities|activism|videos?|posts?|interviews?|articles?|testimony|speeches|speaking out|campaign\w*|petitions?|journalists?|media|reporters?|online|social media|meetings|gatherings|vigils?|hearings?|commemorations?|twitter|facebook|instagram|youtube|tiktok)\b/iu;

export default defineRules('en', 'threat-of-harm', [
  {
    id: 'stop-speaking-out',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: 'Orders the person to stop posting, protesting or "spreading lies".',
    match:
      /\b(?:stop|quit|cease|give up|no more|enough of) (?:your |these |those |this |all (?:this|these|those|your) |the )?(?:spreading|posting|posts?|telling|writing|talking|speaking|protesting|attending|going to|sharing|making|giving|campaigning|campaigns?|petitions?|speeches|activities|activism|lies|lying|slander\w*|propaganda|videos?|interviews?|nonsense)\b/iu,
    near: [{ pattern: ACTIVISM, within: 60, crossSentence: true }],
    unless: [
      {
        pattern:
          /\b(?:cats?|dogs?|memes|food|selfies|recipes|funny|lol|haha|spam|spoilers|feed|baby|kittens?|puppies)\b/iu,
        within: 40,
        factor: 0.2,
        reason: 'friendly teasing',
      },
    ],
    examples: {
      match: [
        ['Stop spreading lies about Xinjiang.', 'Stop spreading lies'],
        ['Stop posting those videos about the camps.', 'Stop posting those videos'],
        ['quit going to those protests', 'quit going to those protests'],
      ],
      noMatch: [
        'Stop talking and eat your dinner!',
        'Please stop sending me memes at work.',
        'Stop posting so many cat videos lol',
      ],
    },
  },
  {
    id: 'you-will-regret',
    tactic: 'threat-of-harm',
    score: 0.8,
    description:
      'Menace aimed at the person: regret, "before it is too late", "you will pay", "deserve to die".',
    match: MENACE,
    unless: [
      {
        pattern:
          /\b(?:exam|homework|diet|deadline|tickets?|sale|offer|discount|sold out|boots?|ice|stairs|sunburn|movie|film|series|episode|villain|game|lol|haha|lmao)\b/iu,
        factor: 0.3,
        reason: 'everyday advice, not menace',
      },
    ],
    examples: {
      match: [
        ['People like you always end up regretting it.', 'People like you always end up regretting it'],
        ["Next time it won't be a message.", "Next time it won't be a"],
        ['We suggest you reconsider your activities.', 'reconsider your activities'],
        ['so be careful what u post', 'be careful what u post'],
        ['Traitors get what they deserve.', 'Traitors get'],
        ['Go to that protest again and you will not come home alive.', 'will not come home alive'],
      ],
      noMatch: [
        'Be careful what you eat before the exam!',
        'Book now before it is too late, the sale ends Sunday.',
        "In the movie the villain says 'we will find you' lol",
      ],
    },
  },
  {
    id: 'veiled-menace',
    tactic: 'threat-of-harm',
    score: 0.7,
    description: 'A veiled threat to the person: "it would be a shame if something happened".',
    match:
      /\b(?:(?:pity|shame) if (?:something|anything) (?:bad |terrible )?(?:happened|happens|were to happen)(?! to (?:your|ur|his|her|their) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives))|something (?:bad |terrible )?(?:could|might|may|will) happen to (?:you|u)|it(?:'s| is| would be) (?:dangerous|not safe|unsafe) for (?:you|u) to (?:continue|keep|go on))\b/iu,
    unless: [
      {
        pattern: new RegExp(
          `${HOME_FAMILY.source}|\\bwhile (?:you|u) (?:are|r) (?:away|abroad|gone)\\b`,
          'iu',
        ),
        within: 120,
        factor: 0.45,
        reason: 'aimed at relatives at home (family-leverage)',
      },
    ],
    examples: {
      match: [
        ['It would be a shame if something happened, so be careful.', 'shame if something happened'],
        ['Something bad might happen to you.', 'Something bad might happen to you'],
      ],
      noMatch: [
        'It would be a shame if it rained on the wedding.',
        'Your mother misses you. It would be a pity if something happened while you are away.',
      ],
    },
  },
  {
    id: 'speaking-out-has-a-price',
    tactic: 'threat-of-harm',
    score: 0.75,
    description:
      'A veiled cost for talking to reporters, posting or protesting: "that has a price", "see where it gets you".',
    match: VEILED_COST,
    near: [{ pattern: SPEAKING_OUT, within: 150, crossSentence: true }],
    unless: [
      {
        pattern:
          /\b(?:coffee|rent|flat|car|phone|shoes|dress|sale|discount|subscription|ticket|lol|haha|joke|diet|sugar|exam|game|match|stock|shares|crypto)\b/iu,
        within: 60,
        factor: 0.3,
        reason: 'everyday costs, not menace',
      },
    ],
    examples: {
      match: [
        [
          'Keep talking to those reporters from Berlin, go on. That has a price.',
          'reporters from Berlin, go on. That has a price',
        ],
        [
          'Interesting friends you have at the newspaper. Some friendships are expensive.',
          'newspaper. Some friendships are expensive',
        ],
        ['Keep giving interviews, see where it gets you.', 'interviews, see where it gets you'],
        ["People who embarrass the motherland don't sleep well for long.", "motherland don't sleep well"],
      ],
      noMatch: [
        'That flat has a price, but the view is worth it.',
        "I gave an interview to the BBC yesterday, couldn't sleep well after, too excited!",
      ],
    },
  },
  {
    id: 'leak-private-messages',
    tactic: 'threat-of-harm',
    score: 0.75,
    description: "Threatens to expose the person's private messages, photos or secrets.",
    match:
      /\b(?:(?:your|ur) (?:private |personal |intimate |old )?(?:chats?|messages|photos|pictures|videos|e-?mails|secrets|conversations|texts|dms|letters|medical records)(?: to (?:your |ur |that |the )?\w+)? (?:will |could |might |may |can |would )?(?:\w+ )?(?:ends? up|go|goes|appear|be leaked|be published|be posted|be shared|be sent|be forwarded|be made public|get out|leak)|(?:everyone|everybody|the whole (?:community|mosque|diaspora)|your (?:family|wife|husband|fianc[eé]e?|employer|boss|colleagues|friends|community|university)|the internet|the world) (?:will|would|could|is going to|are going to|gets? to|might) (?:read|see|know about|find out about|learn about|hear about|get) (?:them|it|this|those|your|these|all)|(?:your|ur) (?:employer|boss|wife|husband|family|parents|colleagues|university|landlord|community|mosque|imam|fianc[eé]e?|girlfriend|boyfriend) (?:would|will|might|could) (?:find (?:them|it|this|these|those) (?:very )?(?:interesting|useful|informative|enlightening)|love to (?:see|read|know)|be (?:very )?(?:interested|surprised|shocked))|imagine (?:if )?(?:your|ur) (?:wife|husband|family|parents|employer|boss|colleagues|community|friends|mother|father|fianc[eé]e?|girlfriend|boyfriend|in-laws) (?:reading|seeing|finding out|hearing|knew|saw|read|found out))\b/iu,
    near: [
      {
        pattern:
          /\b(?:(?:we|i) (?:have|got|kept|saved|hold|obtained)|copies|screenshots|public|internet|employer|boss|if (?:you|u)|unless (?:you|u)|keep (?:going|talking|posting|it up)|stop|one more|again)\b/iu,
        within: 80,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /\b(?:great|amazing|brilliant|well written|proud|congrat\w*|love|loved|published|book|blog|newsletter|album|wedding|graduation|shoot|photographer|gallery|download link)\b/iu,
        factor: 0.3,
        reason: 'good news or a service, not exposure',
      },
    ],
    examples: {
      match: [
        [
          'We have your private chats. Keep going and everyone will read them.',
          'Keep going and everyone will read them',
        ],
        [
          'Talk to that journalist again and your messages to your girlfriend end up online.',
          'again and your messages to your girlfriend end up',
        ],
        [
          "Your photos will be sent to your employer if you don't stop.",
          'Your photos will be sent to your employer',
        ],
      ],
      noMatch: [
        'Your photos will be sent to your email within 24 hours of the shoot.',
        'Everyone will read it, your article is great!',
      ],
    },
  },
  {
    id: 'delete-your-posts',
    tactic: 'threat-of-harm',
    score: 0.6,
    description:
      'Demands that the person delete or take down their posts or videos, with pressure attached (a relative, money, "until").',
    match:
      /\b(?:(?:delete|remove|take down|erase|wipe|pull) (?:all (?:of )?(?:it|them|that|this)|(?:all )?(?:your|ur|those|these|the|all (?:your|ur|the|those)) (?:\w+ )?(?:posts?|videos?|articles?|tweets?|comments?|content|interviews?|pages?|channel|account|writings?|things (?:you|u) (?:write|wrote|post|posted)))|take (?:the|those|your|ur|these|it|them|that|this) (?:\w+ )?down)\b/iu,
    near: [
      {
        pattern: new RegExp(
          `${FAMILY.source}|\\b(?:until|unless|or else|otherwise|(?:money|pension|salary|job|passport) (?:\\w+ )?(?:comes? back|will (?:come back|be paid|be restored))|(?:it|he|she|they) will be (?:paid|released|fine|ok|okay|restored)|(?:you|u) know why|things (?:you|u) (?:write|wrote|post|posted|say|said)|china|xinjiang|motherland|government|the party|lies|slander|rumou?rs)\\b`,
          'iu',
        ),
        within: 150,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern:
          /\b(?:of me|ugly|embarrassing|lol|haha|spam|by mistake|duplicate|typo|wrong photo|copyright)\b/iu,
        within: 80,
        factor: 0.3,
        reason: 'tidying up or privacy between friends',
      },
    ],
    examples: {
      match: [
        [
          "Your mother's pension has been stopped until you delete those posts.",
          'until you delete those posts',
        ],
        ['Take the videos down and the money comes back.', 'Take the videos down and the money comes back'],
      ],
      noMatch: ['Please delete the photos of me from your Instagram, I look awful lol'],
    },
  },
  {
    id: 'be-careful-after-watching',
    tactic: 'threat-of-harm',
    score: 0.7,
    description: '"Be careful" right after a claim of watching the person: a warning, not advice.',
    match:
      /\b(?:be careful|watch out|take care what you do|think twice|stop what (?:you'?re|you are|u r|ur) doing|think about it|think carefully|consider this (?:a|your) warning|this is a warning)\b/iu,
    near: [
      {
        pattern:
          /\b(?:photos? of (?:you|u)|pictures? of (?:you|u)|(?:we|i) (?:also |already )?know where|we saw (?:you|u)|we are watching|we're watching|we r watching|we have people|(?:we|i) (?:also |already )?know (?:you|u|everything)|(?:we|i) followed (?:you|u)|(?:that|the) (?:\w+ ){0,2}(?:mosque|cafe|gym|office|centre|center|club|association)(?: \w+){0,4} every (?:day|morning|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/iu,
        within: 100,
        crossSentence: true,
      },
    ],
    examples: {
      match: [['we have photos of you at the rally. be careful.', 'photos of you at the rally. be careful']],
      noMatch: ['Here are the photos from the beach. Be careful with the sunburn next time!'],
    },
  },
]);
