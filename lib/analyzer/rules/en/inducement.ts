import { defineRules } from '../define';
import { EXCHANGE, FAMILY, RETURN, YOUR_KIN } from './_lexicon';

/** What cooperation is traded for: the offer spelt out in return for help. */
const COOPERATION = {
  pattern: EXCHANGE,
  factor: 1.45,
  reason: 'offered in exchange for cooperation',
} as const;

/** Papers, work and income that a state can give back or take away. */
const EXCHANGE_OR_RETURN = new RegExp(`${EXCHANGE.source}|${RETURN.source}`, 'iu');

const BENEFIT =
  '(?:passports?|visas?|tourist visas?|exit permits?|travel documents?|papers|documents|jobs?|old jobs?|work|position|post|pension|salary|wages|benefits|allowance|house|home|flat|apartment|land|shop|business|licen[cs]e|freedom|hukou)';

const RELATIVE_GETS = new RegExp(
  String.raw`\b${YOUR_KIN} (?:will |can |could |would |may |might |shall )?(?:finally |soon |then |also )?(?:gets?|receives?|obtains?|be (?:issued|given|granted|allowed)|have (?:\w+ )?back|has (?:\w+ )?back) (?:a |an |the |their |his |her |new |back )?(?:old )?${BENEFIT}(?: back| again| restored)?\b`,
  'iu',
);

const RESTRICTION_LIFTED =
  /\b(?:exit bans?|travel bans?|bans?|(?:travel |exit )?restrictions?|blacklist(?:ing)?|watch ?list|the list|surveillance|house arrest|checks|controls|limits?|control measures)(?: on(?: \w+){1,3})?(?: (?:can|could|will|would|may|might|shall) (?:\w+ )?be| (?:is|are|gets?|got|be))? (?:lifted|removed|eased|relaxed|cancell?ed|dropped|ended|cleared|taken away|taken off|reviewed)\b|\b(?:lift|remove|ease|relax|cancel|drop|end|clear) (?:the |his |her |their |your |ur )?(?:\w+'s )?(?:exit bans?|travel bans?|bans?|restrictions?|name from the (?:list|blacklist))\b|\btake (?:him|her|them|your \w+|ur \w+) off (?:the|that) (?:list|blacklist)\b/iu;

export default defineRules('en', 'inducement', [
  {
    id: 'papers-or-job-for-relatives',
    tactic: 'inducement',
    score: 0.8,
    description:
      "Offers passports, visas, jobs or help to relatives, or help with the person's rent or fees.",
    match:
      /\b(?:(?:passports?|visas?|exit permits?|travel documents?) for (?:your|ur) (?:\w+ )?(?:mother|mom|mum|father|dad|parents|brother|sister|wife|husband|family|relatives|son|daughter|children|kids)(?: \w+){0,2} (?:can|could|will|would|may|might) be (?:arranged|issued|processed|approved|sorted(?: out)?|organi[sz]ed|granted|expedited)|(?:arrange|issue|get|give|provide|process|approve|sort out|speed up|return) (?:\w+ ){0,2}(?:passports?|visas?|exit permits?|travel documents?) (?:for|to) (?:your|ur)|(?:arrange|issue|get|give|provide|return|make) (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|wife|husband|family|relatives|son|daughter) (?:a |an |new |their |his |her )?(?:passports?|visas?|exit permits?|travel documents?)|help (?:your|ur) (?:\w+ )?(?:get|find|open|start|buy|keep) (?:into )?(?:a |an |the |their |his |her )?(?:good |better |new |small )?(?:jobs?|work|passports?|visas?|position|place|university|school|college|apartment|shop|business|store|restaurant|house|land)|(?:we|i)(?: will|'ll| can| could) (?:pay|cover) (?:for )?(?:your|ur) (?:tuition|rent|fees|bills|debts?|studies|flights?|tickets?)|help (?:you )?with (?:your|ur) (?:rent|tuition|fees|debts?|loans?|studies|visa|residence|scholarship)|(?:make sure|ensure|guarantee)(?: that)? (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives) (?:is|are|will be|stays?) (?:treated well|safe|fine|ok|okay|left alone|released|free)|(?:make sure|ensure)(?: that)? (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives|wife|husband|son|daughter) (?:gets?|will get|has|receives?) (?:a |an |the |her |his |their )?(?:good |new |better )?(?:jobs?|place|passports?|visas?|pension|apartment|treatment))\b/iu,
    boost: [COOPERATION],
    examples: {
      match: [
        ['We can arrange passports for your parents so they can visit you.', 'arrange passports for your'],
        ['We can even help your sister get a job at the county office.', 'help your sister get a job'],
        ['We will issue your father a passport.', 'issue your father a passport'],
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
    id: 'relative-gets-papers-or-job',
    tactic: 'inducement',
    score: 0.45,
    description:
      'Says a relative will get a passport, visa, job or pension (back); an offer when tied to cooperation.',
    match: RELATIVE_GETS,
    boost: [COOPERATION],
    unless: [
      {
        pattern: /\b(?:congrat\w*|finally did it|so happy|good news|great news|yay|proud)\b/iu,
        factor: 0.3,
        reason: 'family news, not an offer',
      },
    ],
    examples: {
      match: [
        [
          'Cooperate and your parents will get their passports back.',
          'your parents will get their passports back',
        ],
        ['I promise you: ur dad gets a tourist visa within 3 months', 'ur dad gets a tourist visa'],
        [
          'If you meet our man once, your sister will finally get her passport.',
          'your sister will finally get her passport',
        ],
      ],
      noMatch: ['Good news, your brother got his visa for Canada!', 'Your mom has a passport already.'],
    },
  },
  {
    id: 'restriction-lifted',
    tactic: 'inducement',
    score: 0.55,
    description: "Offers to lift an exit ban, a travel restriction or a relative's name from a list.",
    match: RESTRICTION_LIFTED,
    near: [{ pattern: FAMILY, within: 100, crossSentence: true }],
    boost: [COOPERATION],
    examples: {
      match: [
        ["If you help us a little, your father's exit ban can be lifted.", "father's exit ban can be lifted"],
        [
          'Cooperate and the travel restrictions on your mother will be removed.',
          'travel restrictions on your mother will be removed',
        ],
        ['we can take ur brother off the list, you know what we need', 'take ur brother off the list'],
      ],
      noMatch: [
        'The parking restrictions near the stadium will be lifted on Monday.',
        'My sister says the smoking ban was lifted in her town.',
      ],
    },
  },
  {
    id: 'benefit-restored',
    tactic: 'inducement',
    score: 0.5,
    description:
      'Promises that a job, pension, house or passport will be given back or restored, in exchange for something.',
    match: new RegExp(
      String.raw`\b(?:get|gets|getting|have|give|hand) (?:your|ur|his|her|their|the) (?:old )?(?:\w+ )?${BENEFIT} back\b|\b${BENEFIT} (?:will|would|can|could|may|might|shall) (?:\w+ )?(?:be )?(?:restored|reinstated|returned|given back|paid again|resumed|unfrozen|unblocked|renewed)\b|\b(?:restore|reinstate|unfreeze|unblock|resume) (?:your|ur|his|her|their|the) (?:\w+'s )?${BENEFIT}\b|\b(?:have|get) (?:your|ur|his|her|their|the) (?:\w+'s )?${BENEFIT} (?:restored|reinstated|returned|unfrozen|unblocked|paid again|renewed)\b|\b(?:you|u)(?: can| will|'ll| get to)? keep (?:your|ur) (?:old )?(?:\w+ )?${BENEFIT}\b`,
      'iu',
    ),
    near: [{ pattern: EXCHANGE_OR_RETURN, within: 120, crossSentence: true }],
    examples: {
      match: [
        ['Come back and you get your job back, simple as that.', 'Come back and you get your job back'],
        [
          "Your grandmother's pension can be restored next month if you stay reasonable.",
          'pension can be restored next month if you stay reasonable',
        ],
        [
          'We can have your dad’s pension restored, you know what we need.',
          'have your dad’s pension restored, you know what we need',
        ],
        [
          'those who return get their old jobs back and nobody asks questions',
          'return get their old jobs back',
        ],
      ],
      noMatch: [
        'Dad finally got his old job back at the bakery!',
        'If you need the drill, give the old one back to Sam.',
      ],
    },
  },
  {
    id: 'contact-with-family-offered',
    tactic: 'inducement',
    score: 0.5,
    description:
      'Offers calls, visits or reunion with relatives ("you can video call your parents", "see your sister again") for cooperation.',
    match: new RegExp(
      String.raw`\b(?:(?:you|u)(?: can| could| will| would|'ll|'d) (?:be able to |be allowed to )?(?:video ?call|call|talk to|speak (?:to|with)|see|meet|visit|hug|hear from) ${YOUR_KIN}|(?:let|allow) ${YOUR_KIN} (?:to )?(?:join|visit|come to|see|call|travel to|leave)|(?:want|like|wish|hope) to (?:see|hear|hug|talk to|speak to|meet) ${YOUR_KIN} again|(?:video (?:calls?|chats?)|phone calls?) with ${YOUR_KIN})\b`,
      'iu',
    ),
    near: [{ pattern: EXCHANGE, within: 120, crossSentence: true }],
    examples: {
      match: [
        [
          'Do this for us and you can video call your parents every week.',
          'Do this for us and you can video call your parents',
        ],
        ['Help us and we will let your kids join you abroad.', 'Help us and we will let your kids join'],
        [
          'You want to see your sister again, yes? Then we talk about it.',
          'want to see your sister again, yes? Then we talk',
        ],
      ],
      noMatch: [
        'You can video call your parents on Sunday, they bought a new phone.',
        'I hope to see your sister again at the wedding.',
      ],
    },
  },
  {
    id: 'offer-for-cooperation',
    tactic: 'inducement',
    score: 0.55,
    description:
      'Offers video calls with family, money, a job or a solved problem; strong when tied to cooperation.',
    match:
      /\b(?:(?:we|i|they)(?: can| could| will| would|'ll| are able to) (?:also |even |easily |then )?(?:arrange|organi[sz]e|allow|offer|give you|pay you|get you|find you) (?:\w+ ){0,2}(?:video (?:calls?|chats?)|calls? with|money|cash|jobs?|work|scholarships?|apartment|flat|salary|payment|rewards?|bonus|visit)|(?:regular|weekly|daily|monthly|more) video (?:calls?|chats?)|(?:we|i)(?: will|'ll| can) pay (?:you|u)(?! back)|arrange for (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives|wife|husband|children) to (?:visit|travel|come|leave|join|call)|paid well|good money|(?:you|u)(?: will|'ll| can) (?:get|receive|have) (?:a |an |your )?(?:old |new |good )?(?:scholarship|job|money|salary|reward|visa|passport|residence permit|apartment|flat)|(?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives|wife|husband|children) (?:can|could|will be able to|would be allowed to|will be allowed to) (?:come|visit|travel|leave|join)|(?:we|i)(?: will|'ll| can) (?:handle|arrange|take care of|sort out) (?:the|their|his|her|your) (?:passports?|visas?|paperwork|documents)|(?:your|ur) (?:family|parents|relatives|mother|father) will (?:be|stay) (?:safe|fine|left alone|ok|okay|well treated)|(?:your|ur) (?:family|parents|relatives|mother|father|brother|sister) will (?:never|not) have (?:any )?(?:more )?(?:problems|trouble|difficulties)|(?:you|u)(?: will|'ll| can| could) (?:get|receive|earn|be paid) (?:\d+|some|good|extra|a lot of) ?(?:euros?|eur|dollars?|usd|[$€£]|pounds|lira|tenge|yuan|rmb|money|cash)|(?:transfer|send|pay|give) (?:you|u) (?:\d[\d,.]*|some|good|extra) ?k? ?(?:euros?|eur|dollars?|usd|[$€£]|pounds|gbp|lira|tenge|yuan|rmb)|(?:transfer|send|pay|put) (?:\d[\d,.]*|some|good|extra) ?k? ?(?:euros?|eur|dollars?|usd|[$€£]|pounds|gbp|lira|tenge|yuan|rmb) (?:\w+ )?(?:to|into|in|on) (?:your|ur) (?:account|card|wallet|alipay|wechat)|(?:a|an|the) (?:new |nice |good |big |free )?(?:flat|apartment|house|job|position|car|shop) (?:is )?(?:waiting )?for (?:you|u))\b/iu,
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
        [
          "We'll transfer 3000 dollars to your account for small favours.",
          'transfer 3000 dollars to your account',
        ],
        ['There is a flat for you in Urumqi if you come back.', 'a flat for you'],
      ],
      noMatch: [
        'Grandma wants a video call on Sunday, ok?',
        'Can we arrange the meeting room for Monday?',
        'I will pay you back on Friday.',
      ],
    },
  },
  {
    id: 'paid-for-your-trouble',
    tactic: 'inducement',
    score: 0.6,
    description: "Offers a payment, allowance or reward for the person's help, time or information.",
    match:
      /\b(?:(?:a |an |some |small |little |monthly |weekly |regular |good |generous ){0,3}(?:payments?|allowance|stipend|rewards?|bonus|fee|compensation|money|cash|envelope|token of (?:our )?(?:thanks|gratitude|appreciation)) for (?:your|ur) (?:trouble|help|time|efforts?|cooperation|services|information|reports?|work|assistance)|(?:for|as) (?:a )?(?:token of (?:our )?(?:thanks|gratitude|appreciation)|thank-you)|(?:be|get|are) (?:well )?(?:compensated|paid|rewarded|reimbursed) for (?:your|ur) (?:time|trouble|help|efforts?|information)|\d[\d,.]* ?k? ?(?:yuan|rmb|dollars?|usd|euros?|eur|pounds|gbp|lira|tl|tenge|rubles?|roubles?|som) (?:a|per|every|each|for (?:a|each|every)) (?:meeting|report|message|photo|name|session|visit|piece of information)|\d[\d,.]* ?k? ?(?:yuan|rmb|dollars?|usd|euros?|eur|pounds|gbp|lira|tl|tenge|rubles?|roubles?|som)(?: (?:a|per|every|each) (?:month|week|report|meeting))? (?:for (?:your|ur) (?:trouble|help|time|efforts?|cooperation|information|reports?)|(?:in|as) (?:cash|a (?:gift|thank-you))|(?:just |only )?for (?:a few|small|little|some) (?:favou?rs|things|reports|messages|photos|names)))\b/iu,
    boost: [COOPERATION],
    unless: [
      {
        pattern:
          /\b(?:survey|questionnaire|voucher|gift card|study participants|research study|focus group|competition|lottery|refund|invoice)\b/iu,
        factor: 0.3,
        reason: 'a survey incentive or a refund',
      },
    ],
    examples: {
      match: [
        [
          'A small monthly payment for your trouble, 2000 yuan, nothing complicated.',
          'A small monthly payment for your trouble',
        ],
        ['500 euros a month for a few reports, easy money.', '500 euros a month for a few reports'],
      ],
      noMatch: ['A 20 euro voucher for your time if you complete the survey.'],
    },
  },
  {
    id: 'favour-can-be-arranged',
    tactic: 'inducement',
    score: 0.5,
    description:
      'Says treatment, a visit, a call or a release "could be arranged" for the person or a relative, in exchange for something.',
    match:
      /\b(?:treatment|medical care|an? (?:operation|surgery)|medicine|a (?:visa|passport)|passports|visas|a visit|visits|a (?:video )?call|video calls|(?:his|her|their) release|a job|jobs|an apartment|a flat|a school place|a place at (?:a|the) \w+|a hospital bed|a transfer|early release|parole|a reunion)(?: \w+){0,3} (?:could|can|will|would|might|may) (?:easily |quickly |soon )?be (?:arranged|organi[sz]ed|sorted(?: out)?|provided|found|made possible|approved|granted|expedited|fast-?tracked)\b/iu,
    near: [{ pattern: EXCHANGE, within: 120, crossSentence: true }],
    examples: {
      match: [
        [
          'Treatment in Urumqi could be arranged quickly, if you are willing to meet our colleague.',
          'Treatment in Urumqi could be arranged quickly, if you are willing to',
        ],
      ],
      noMatch: ['A visit to the museum could be arranged for the whole class.'],
    },
  },
  {
    id: 'your-name-off-the-list',
    tactic: 'inducement',
    score: 0.5,
    description: "Offers to clear the person's own name, file or ban in exchange for something.",
    match:
      /\b(?:(?:delete|remove|take|clear|strike|wipe) (?:your|ur) (?:name|record|file) (?:from|off) (?:the|our|a|that) (?:\w+ )?(?:blacklist|list|register|database|watch ?list|system)|(?:your|ur) (?:name|case|file|record|ban) (?:can|could|will|would|may) (?:easily |quietly )?be (?:removed|deleted|cleared|closed|taken off|wiped|lifted|dropped))\b/iu,
    near: [{ pattern: EXCHANGE, within: 120, crossSentence: true }],
    examples: {
      match: [
        [
          'We can delete your name from the blacklist. You know what we want in exchange.',
          'delete your name from the blacklist. You know what we want in exchange',
        ],
      ],
      noMatch: ['We can delete your name from the mailing list if you prefer.'],
    },
  },
  {
    id: 'costs-covered',
    tactic: 'inducement',
    score: 0.5,
    description: "Says the person's travel or other costs will be paid, for a favour or a report.",
    match:
      /\b(?:(?:your|ur|all|any|the) (?:travel |train |flight |hotel |meal )?(?:costs|expenses|tickets?|fares?|bills|rent)(?: will| would| can)?(?: of course| also)? (?:be )?(?:covered|paid|reimbursed|refunded|taken care of|on us)|(?:we|i)(?:'ll| will| can| would)(?: of course| also)? (?:cover|pay for|reimburse|refund|take care of) (?:your|ur|all|any|the) (?:travel |train |flight |hotel )?(?:costs|expenses|tickets?|fares?|bills|rent))\b/iu,
    unless: [
      {
        pattern:
          /\b(?:conference|workshop|seminar|employer|company|hr|finance|claim form|expense claim|receipts?|per diem|invoice|job interview|university|insurance|airline|compensation)\b/iu,
        factor: 0.3,
        reason: 'an employer or event reimbursing costs',
      },
    ],
    boost: [COOPERATION],
    examples: {
      match: [
        [
          'As discussed, your travel costs will of course be covered.',
          'your travel costs will of course be covered',
        ],
        ["Send me a few lines after each meeting, we'll cover your expenses.", "we'll cover your expenses"],
      ],
      noMatch: ['Keep the receipts: your travel costs will be reimbursed by the conference.'],
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
      /\b(?:problem|issue|case|matter|situation|pension|job|paperwork|application) (?:will|would|can|could|shall|is|gets) (?:be )?(?:solved|resolved|fixed|sorted(?: out)?|handled|taken care of|settled|closed|dropped|reviewed|approved|granted|expedited|fast-?tracked)\b/iu,
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
    description: 'Promises the person safety, forgiveness or no questions if they come back or cooperate.',
    match:
      /\b(?:(?:guarantee|ensure|promise|assure) (?:you |of )?(?:your|ur) (?:safety|security|freedom)|(?:nobody|no one|no-one) (?:will |would )?(?:bother|touch|harm|arrest|punish|trouble|blame|question) (?:you|u)|(?:nobody|no one|no-one) (?:will |would )?(?:asks?|ask (?:you )?(?:any )?questions|asks? (?:you )?about (?:the|your) past|asks? (?:you )?anything)|the past (?:is|will be|stays) (?:forgotten|forgiven|behind (?:you|us)|in the past)|(?:a )?(?:clean slate|fresh start)|nothing (?:bad )?will happen to (?:you|u)|there (?:will|would) be no (?:problems?|trouble|issues|consequences|questions)|(?:you|u) (?:will|would)(?: not|n'?t) (?:have|face) (?:any )?(?:problems?|trouble|issues|consequences)|(?:you|u) will (?:have|face) no (?:problems?|trouble|issues|consequences)|(?:you|u) (?:can|could|will be able to|are free to) leave again|(?:you|u) will (?:not|never) be (?:punished|arrested|detained|held|touched)|(?:those|people|anyone|everyone) who (?:return|come back)(?: now| home| soon)? will (?:not|never) be (?:punished|arrested|prosecuted|detained|held|touched))\b/iu,
    near: [
      {
        pattern: new RegExp(
          `${RETURN.source}|\\b(?:if (?:you|u)|cooperat\\w*|help us|a visit|visit|book (?:your|ur|a) ticket)\\b`,
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
        [
          'Those who come back in spring start with a clean slate.',
          'come back in spring start with a clean slate',
        ],
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
