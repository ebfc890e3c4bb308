import { defineRules } from '../define';
import { FAMILY, RETURN } from './_lexicon';

/** What cooperation is traded for: the offer spelt out in return for help. */
const COOPERATION = {
  pattern:
    /\b(?:if (?:you|u) (?:help|cooperate|work with|agree|assist|do (?:this|us|a))|in return|in exchange|(?:small|little) (?:favou?r|matter|help|thing)|help us|work with us|cooperate with us|as agreed|appreciates? (?:it|your help)|your cooperation|(?:are|is|be) cooperative|all we ask|in exchange for|some information|a little information|now and then|from time to time)\b/iu,
  factor: 1.45,
  reason: 'offered in exchange for cooperation',
} as const;

export default defineRules('en', 'inducement', [
  {
    id: 'papers-or-job-for-relatives',
    tactic: 'inducement',
    score: 0.8,
    description:
      "Offers passports, visas, jobs or help to relatives, or help with the person's rent or fees.",
    match:
      /\b(?:(?:arrange|issue|get|give|provide|process|approve|sort out|speed up|return) (?:\w+ ){0,2}(?:passports?|visas?|exit permits?|travel documents?) (?:for|to) (?:your|ur)|(?:arrange|issue|get|give|provide|return) (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|wife|husband|family|relatives|son|daughter) (?:a |an |new |their |his |her )?(?:passports?|visas?|exit permits?|travel documents?)|help (?:your|ur) (?:\w+ )?(?:get|find|open|start|buy|keep) (?:into )?(?:a |an |the |their |his |her )?(?:good |better |new |small )?(?:jobs?|work|passports?|visas?|position|place|university|school|college|apartment|shop|business|store|restaurant|house|land)|(?:we|i)(?: will|'ll| can| could) (?:pay|cover) (?:for )?(?:your|ur) (?:tuition|rent|fees|bills|debts?|studies|flights?|tickets?)|help (?:you )?with (?:your|ur) (?:rent|tuition|fees|debts?|loans?|studies|visa|residence|scholarship)|(?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives)(?: will| can| could| would)? (?:gets?|receives?|have|has) (?:their|his|her) (?:passports?|visas?|jobs?|pension|freedom|documents)(?: back)?|(?:make sure|ensure|guarantee)(?: that)? (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives) (?:is|are|will be|stays?) (?:treated well|safe|fine|ok|okay|left alone|released|free)|(?:make sure|ensure)(?: that)? (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives|wife|husband|son|daughter) (?:gets?|will get|has|receives?) (?:a |an |the |her |his |their )?(?:good |new |better )?(?:jobs?|place|passports?|visas?|pension|apartment|treatment))\b/iu,
    boost: [COOPERATION],
    examples: {
      match: [
        ['We can arrange passports for your parents so they can visit you.', 'arrange passports for your'],
        ['We can even help your sister get a job at the county office.', 'help your sister get a job'],
        ['We will issue your father a passport.', 'issue your father a passport'],
        [
          'Cooperate and your parents will get their passports back.',
          'your parents will get their passports back',
        ],
        [
          'Help us and we will make sure your family is treated well.',
          'make sure your family is treated well',
        ],
        ['The office appreciates it and can help with your rent.', 'help with your rent'],
      ],
      noMatch: ['Please renew your passport before the trip.', 'Can you help me with my rent this month?'],
    },
  },
  {
    id: 'offer-for-cooperation',
    tactic: 'inducement',
    score: 0.55,
    description:
      'Offers video calls with family, money, a job or a solved problem; strong when tied to cooperation.',
    match:
      /\b(?:(?:we|i|they)(?: can| could| will| would|'ll| are able to) (?:also |even |easily |then )?(?:arrange|organi[sz]e|allow|offer|give you|pay you|get you|find you) (?:\w+ ){0,2}(?:video (?:calls?|chats?)|calls? with|money|cash|jobs?|work|scholarships?|apartment|salary|payment|rewards?|bonus|visit)|(?:regular|weekly|daily|monthly|more) video (?:calls?|chats?)|(?:we|i)(?: will|'ll| can) pay (?:you|u)(?! back)|arrange for (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives|wife|husband|children) to (?:visit|travel|come|leave|join|call)|paid well|good money|(?:you|u)(?: will|'ll| can) (?:get|receive|have) (?:a |an |your )?(?:old |new |good )?(?:scholarship|job|money|salary|reward|visa|passport|residence permit|apartment)|(?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives|wife|husband|children) (?:can|could|will be able to|would be allowed to|will be allowed to) (?:come|visit|travel|leave|join)|(?:we|i)(?: will|'ll| can) (?:handle|arrange|take care of|sort out) (?:the|their|his|her|your) (?:passports?|visas?|paperwork|documents)|(?:your|ur) (?:family|parents|relatives|mother|father) will (?:be|stay) (?:safe|fine|left alone|ok|okay|well treated)|(?:your|ur) (?:family|parents|relatives|mother|father|brother|sister) will (?:never|not) have (?:any )?(?:more )?(?:problems|trouble|difficulties)|(?:you|u)(?: will|'ll| can| could) (?:get|receive|earn|be paid) (?:\d+|some|good|extra|a lot of) ?(?:euros?|eur|dollars?|usd|[$€£]|pounds|lira|tenge|yuan|rmb|money|cash))\b/iu,
    boost: [COOPERATION],
    examples: {
      match: [
        [
          'If you help us with a small matter we can arrange a video call with him.',
          'we can arrange a video call with',
        ],
        ['Regular video calls too, we only need a little help from you in return.', 'Regular video calls'],
        ['You will get a scholarship, just help us a little.', 'You will get a scholarship'],
        ["Keep us updated and you'll receive 500 euro per month.", "you'll receive 500 euro"],
      ],
      noMatch: [
        'Grandma wants a video call on Sunday, ok?',
        'Can we arrange the meeting room for Monday?',
        'I will pay you back on Friday.',
      ],
    },
  },
  {
    id: 'we-will-solve-your-problem',
    tactic: 'inducement',
    score: 0.75,
    description: "Promises to take care of the person's visa, passport or other problem.",
    match:
      /\b(?:we|i)(?:'ll| will| can| could) (?:take care of|solve|fix|sort out|handle|resolve|help with) (?:your|ur) (?:\w+ )?(?:problems?|issues?|case|visa|passport|papers|situation|residence|debts?)\b/iu,
    boost: [COOPERATION],
    examples: {
      match: [
        [
          "Report what happens and we'll take care of your visa problem.",
          "we'll take care of your visa problem",
        ],
      ],
      noMatch: ['Can you take care of the cat this weekend?'],
    },
  },
  {
    id: 'relative-released',
    tactic: 'inducement',
    score: 0.6,
    description: "Promises a relative's release or freedom to travel, strong when tied to cooperation.",
    match:
      /\b(?:will|can|could|would|may) be (?:released|freed|let go|set free|allowed to (?:leave|travel|go home|visit))\b/iu,
    near: [{ pattern: FAMILY, within: 40, side: 'before' }],
    boost: [COOPERATION, { pattern: /\bif (?:you|u)\b/iu, factor: 1.2, reason: 'conditional on the person' }],
    examples: {
      match: [['Your brother will be released if you cooperate.', 'brother will be released']],
      noMatch: ['The new album will be released on Friday.'],
    },
  },
  {
    id: 'problem-solved-for-relative',
    tactic: 'inducement',
    score: 0.6,
    description: "Promises a relative's problem (pension, case, job) will be solved, as agreed or in return.",
    match:
      /\b(?:problem|issue|case|matter|situation|pension|job|paperwork|application) (?:will|would|can|could|shall|is|gets) (?:be )?(?:solved|resolved|fixed|sorted(?: out)?|handled|taken care of|settled|closed|dropped|reviewed|approved)\b/iu,
    near: [{ pattern: FAMILY, within: 50, side: 'before', crossSentence: true }],
    boost: [COOPERATION],
    examples: {
      match: [
        [
          "As agreed, your mother's pension problem will be solved.",
          "mother's pension problem will be solved",
        ],
        ["Help us and your brother's case can be closed.", "brother's case can be closed"],
      ],
      noMatch: [
        'The printer problem will be fixed on Monday.',
        'Your problem will be solved by our support team.',
      ],
    },
  },
  {
    id: 'safety-promised-on-return',
    tactic: 'inducement',
    score: 0.8,
    description: 'Promises the person safety or forgiveness if they come back or cooperate.',
    match:
      /\b(?:(?:guarantee|ensure|promise|assure) (?:you |of )?(?:your|ur) (?:safety|security|freedom)|(?:nobody|no one|no-one) will (?:bother|touch|harm|arrest|punish|trouble|blame|question) (?:you|u)|(?:nobody|no one|no-one) will ask (?:you )?(?:any )?questions|nothing (?:bad )?will happen to (?:you|u)|(?:you|u) (?:can|could|will be able to|are free to) leave again|(?:you|u) will (?:not|never) be (?:punished|arrested|detained|held|touched)|(?:those|people|anyone|everyone) who (?:return|come back)(?: now| home| soon)? will (?:not|never) be (?:punished|arrested|prosecuted|detained|held|touched))\b/iu,
    near: [
      {
        pattern: new RegExp(
          `${RETURN.source}|\\b(?:if (?:you|u)|cooperat\\w*|help us|a visit|visit)\\b`,
          'iu',
        ),
        within: 120,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        ['If you come back for a visit we guarantee your safety.', 'a visit we guarantee your safety'],
        ['come back before Eid, nobody will bother you', 'come back before Eid, nobody will bother you'],
        ['Return home. Nothing will happen to u, we promise.', 'Return home. Nothing will happen to u'],
      ],
      noMatch: [
        'The bouncer will bother you if you are loud.',
        'We guarantee delivery within 3 days.',
        "Nobody will bother you here, it's a quiet neighbourhood.",
      ],
    },
  },
  {
    id: 'all-fine-if-you-return',
    tactic: 'inducement',
    score: 0.75,
    description: 'Says everything will be fine or forgiven once the person comes back.',
    match:
      /\b(?:(?:it|everything|all) will (?:all )?be (?:fine|ok|okay|forgiven|forgotten|settled)|all is forgiven|(?:you|u) will be (?:forgiven|welcomed|treated well|safe))\b/iu,
    near: [{ pattern: RETURN, within: 60, crossSentence: true }],
    examples: {
      match: [
        ['If you come back before Eid it will all be fine.', 'come back before Eid it will all be fine'],
      ],
      noMatch: [
        "Don't worry, it will be fine, the exam is easy.",
        'Come back soon, it was fun! The kids will be fine.',
      ],
    },
  },
]);
