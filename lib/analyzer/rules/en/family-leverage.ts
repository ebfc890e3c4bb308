import { defineRules } from '../define';
import { AUTHORITY, EXCHANGE, FAMILY, HOME_FAMILY, RETURN, YOUR_KIN } from './_lexicon';
import { HARM, HARM_ACTIVE, IMPLIED_HOLD, PLEA, VEILED } from './_phrases';

const RELATIVE_SPEAKING =
  /\b(?:(?:it'?s|this is|i'?m|i am) (?:your |\w+'s )?(?:mom|mum|mother|mama|dad|father|papa|uncle|aunt|auntie|brother|sister|grandma|grandpa|grandmother|grandfather|cousin)\b|(?:son|daughter|my child|my son|my daughter|dear son|dear daughter),)/iu;

/** Visits and care: what relatives who are really with the family talk about. */
const CARE = {
  pattern:
    /\b(?:hospital|doctor|recovering|surgery|operation|clinic|holiday|vacation|dinner|lunch|breakfast|says (?:hi|hello)|sends? (?:love|regards))\b/iu,
  within: 60,
  factor: 0.3,
  reason: 'relatives at a hospital, a meal or a holiday',
} as const;

const FESTIVE = {
  pattern: /\b(?:birthday|gift|present|party|surprise|wedding|recipe|holiday plans?)\b/iu,
  factor: 0.3,
  reason: 'family plans, not leverage',
} as const;

/** Why a relative suffers, pinned on the person: their posts, their refusal, their absence. */
const CAUSE =
  /\b(?:because of (?:you|u|your|ur|what)|(?:you|u) know why|(?:you|u) can guess why|(?:the )?things (?:you|u) (?:write|wrote|post|posted|say|said|share|shared|do|did)|(?:your|ur) (?:posts|videos|articles|interviews|activities|words|writing|tweets|facebook|twitter|instagram|tiktok|youtube|channel|behaviou?r|silence|refusal)|until (?:you|u)|unless (?:you|u)|as long as (?:you|u)|(?:delete|remove|take down|stop) (?:\w+ ){0,3}(?:posts?|videos?|it|them|this|that|writing|posting)|take (?:the|those|your|ur|it|them|these|that|this) (?:\w+ )?down|(?:paid|restored|given back) again|(?:depends|depend) on (?:you|u)|(?:your|ur) fault|since (?:you|u) (?:left|started|went)|think (?:about|of) why|ask yourself why|when (?:you|u) (?:stop|delete|come back|return|cooperate|call)|after (?:your|ur) (?:last )?(?:post|video|interview|article|speech|tweet|visit))\b/iu;

/** Income, papers and work that the authorities can stop for a relative. */
const BENEFIT_CUT =
  /\b(?:(?:stopped|cut|suspended|froze|frozen|cancell?ed|withheld|blocked|took away|taken away|revoked|confiscated|seized|closed) (?:\w+(?:'s)? ){0,2}(?:phone|pension|salary|wages|benefits?|allowance|subsid(?:y|ies)|job|passport|land|licen[cs]e|business|shop|hukou|insurance|medicine|treatment)|(?:pension|salary|wages|benefits?|allowance|subsid(?:y|ies)|passport|licen[cs]e|business|shop|insurance) (?:has been|have been|was|were|is|are|got) (?:\w+ )?(?:stopped|cut|suspended|frozen|cancell?ed|withheld|blocked|taken away|revoked|confiscated|seized|closed)|(?:pension|salary|wages|benefits?|allowance|subsid(?:y|ies)) (?:hasn'?t|has not|haven'?t|have not|wasn'?t|was not) been (?:paid|renewed|transferred)|(?:can'?t|cannot|can not|still can'?t|is not allowed to|isn'?t allowed to|won'?t be allowed to) (?:get|have) (?:his|her|their) (?:\w+ )?(?:passport|pension|job|licen[cs]e|land|house|shop|documents?|papers|phone) back)\b/iu;

/** Everyday life made impossible for a relative at home. */
const SHUNNED =
  /\b(?:(?:can'?t|cannot|can no longer|no longer|(?:is|are) afraid to|(?:doesn'?t|don'?t) dare(?: to)?) (?:even )?(?:go|leave the house|walk|show (?:his|her|their) faces?|go out)(?: \w+){0,4} (?:anymore|any more|now)|people (?:stare|point|whisper) at (?:him|her|them)|(?:neighbou?rs|people|friends|relatives) (?:avoid|shun|ignore|stopped talking to) (?:him|her|them)|(?:nobody|no one) (?:will )?(?:hire|talk to|visit|speak to) (?:him|her|them) (?:anymore|any more|now))\b/iu;

export default defineRules('en', 'family-leverage', [
  {
    id: 'relative-will-suffer',
    tactic: 'family-leverage',
    score: 0.85,
    description: 'Says a relative will suffer, was taken, or that their fate depends on the person.',
    match: HARM,
    near: [{ pattern: FAMILY, within: 60, crossSentence: true }],
    unless: [
      {
        pattern:
          /\bmy (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives|son|daughter|husband|wife|kids|children)\b/iu,
        within: 0,
        factor: 0.4,
        reason: "the writer's own relative",
      },
    ],
    examples: {
      match: [
        ['Your brother was taken for study because of you.', 'brother was taken for study because of you'],
        ["ur dad's case depends on u", "dad's case depends on u"],
        ['If you keep posting, your parents will be questioned again.', 'parents will be questioned'],
      ],
      noMatch: [
        'My brother was taken to the airport by taxi.',
        'The kids have been asked to attend a study session at school on Saturday.',
        'Mom is fine, the surgery went well.',
        'News: relatives would be detained unless they returned, a new report says.',
      ],
    },
  },
  {
    id: 'will-take-your-relative',
    tactic: 'family-leverage',
    score: 0.8,
    description: 'Says someone will take, arrest or punish a relative of the person.',
    match: HARM_ACTIVE,
    unless: [
      CARE,
      FESTIVE,
      {
        pattern:
          /\b(?:to the (?:zoo|park|airport|beach|cinema|station|mall|doctor)|for (?:ice cream|a walk|lunch|dinner|a ride)|skiing|fishing)\b/iu,
        within: 30,
        factor: 0.2,
        reason: 'an outing',
      },
    ],
    examples: {
      match: [
        ["They said they will take your brother for education if you don't call.", 'will take your brother'],
        ['we can arrest ur father any time', 'can arrest ur father'],
      ],
      noMatch: ['Uncle will take your brother to the zoo on Sunday.'],
    },
  },
  {
    id: 'blamed-on-you',
    tactic: 'family-leverage',
    score: 0.75,
    description: 'Says a relative suffers "because of you" or of what the person says or does.',
    match:
      /\bbecause of (?:you|u|what (?:you|u) (?:posted|said|wrote|did|do|say|post)|your (?:posts|activities|actions|words|videos|interviews|behaviou?r|choices|activism|silence|speeches|articles|protests?))\b/iu,
    near: [{ pattern: FAMILY, within: 100, crossSentence: true }],
    unless: [
      FESTIVE,
      {
        pattern: /\b(?:proud|happy|glad|smiling|thanks to|grateful|so much better|loves?)\b/iu,
        within: 40,
        factor: 0.2,
        reason: 'a happy consequence',
      },
    ],
    examples: {
      match: [
        [
          "Your sister's husband lost his job. They say it is because of your interviews.",
          'husband lost his job. They say it is because of your interviews',
        ],
        [
          'Your mother is under a lot of pressure because of you.',
          'mother is under a lot of pressure because of you',
        ],
      ],
      noMatch: ['Mom is so happy because of you, thanks for the flowers!'],
    },
  },
  {
    id: 'veiled-threat-to-relatives',
    tactic: 'family-leverage',
    score: 0.8,
    description: 'Veiled menace about relatives at home ("it would be a pity if something happened").',
    match: VEILED,
    near: [{ pattern: HOME_FAMILY, within: 120, crossSentence: true }],
    unless: [FESTIVE, CARE],
    examples: {
      match: [
        [
          'Your mother misses you. It would be a pity if something happened while you are away.',
          'mother misses you. It would be a pity if something happened',
        ],
        [
          'Your father is with me. He is healthy. Whether he stays healthy is up to you.',
          'father is with me. He is healthy. Whether he stays healthy',
        ],
        ['We are with your parents right now.', 'We are with your parents'],
        [
          'Your parents are in good health. We would like it to stay that way.',
          'parents are in good health. We would like it to stay that way',
        ],
        ['They took your brother again. Only you can help him now.', 'brother again. Only you can help him'],
        ['Think about it, for the sake of your family.', 'for the sake of your family'],
        [
          'Think about your parents. We would not want anything to happen to them.',
          'Think about your parents',
        ],
      ],
      noMatch: [
        'I saw the photos, it would be a pity if something happened to the old bridge.',
        "Mom says that could change if it rains, we'll see about the picnic.",
        'Grandma is fine, she said hi.',
      ],
    },
  },
  {
    id: 'everyone-home-is-fine-for-now',
    tactic: 'family-leverage',
    score: 0.8,
    description: 'Says the family at home is well, and hints that this can change.',
    match:
      /\b(?:everyone|everybody|everything|your (?:family|people|folks|relatives|loved ones|parents)|all your (?:family|relatives))(?: back home| at home| there| in \w+)? (?:is|are|will (?:stay|remain|be)|stays?|remains?) (?:doing )?(?:fine|well|ok|okay|safe|healthy|good|calm|quiet|in good health)\b/iu,
    near: [
      {
        pattern:
          /\b(?:(?:that|this|it|things) (?:can|could|may|might) (?:change|be different)|as long as (?:you|u)|thanks to (?:the|your)|you know what (?:we|i) (?:talked|spoke|discussed|agreed)|(?:depends|depend) on (?:you|u)|for now)\b/iu,
        within: 120,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Your parents are fine. Of course, that can change.',
          'Your parents are fine. Of course, that can change',
        ],
        ['Everyone at home is safe as long as you stay quiet.', 'Everyone at home is safe as long as you'],
        [
          'Everything back home will stay fine as long as u keep quiet',
          'Everything back home will stay fine as long as u',
        ],
      ],
      noMatch: [
        'Everyone back home is doing fine, the wedding was lovely.',
        'Your parents are fine and send their love.',
      ],
    },
  },
  {
    id: 'relative-pleads-for-them',
    tactic: 'family-leverage',
    score: 0.75,
    description: 'A relative, made to call or write, pleads with the person to do what "they" want.',
    match: PLEA,
    boost: [{ pattern: RELATIVE_SPEAKING, factor: 1.15, reason: 'a relative speaks' }],
    examples: {
      match: [
        ['Son, please just do what they ask. They came again today.', 'just do what they ask'],
        ["it's your uncle, they let me use the phone. Call back.", 'they let me use'],
        ['They want to talk to you. It is better for all of us.', 'They want to talk to you'],
      ],
      noMatch: ['Do what you want, we will eat at 7.', 'The plumbers came again today.'],
    },
  },
  {
    id: 'they-came-to-the-house',
    tactic: 'family-leverage',
    score: 0.55,
    description: 'Says "they" came to the family home again; leverage when tied to a plea or to the person.',
    match:
      /\b(?:they|the police|police|officers|officials|the officials|the officers|(?:the |village |county |local )?cadres|(?:men|people|someone|officers) from the \w+) (?:came|come|comes|keep coming|keeps coming|were here|have been here|(?:was|were) at (?:his|her|their|our|the|your|ur) (?:house|home|flat|door|shop|place)|showed up|turned up|visited|visit|visits|keep visiting|call on|called on|questioned|question)(?: \w+)? (?:to (?:the|our|her|his|your parents'?|the family) (?:house|home|door|flat|apartment)|again|every day|every week|every month|often|regularly|all the time|now and then)\b/iu,
    near: [{ pattern: FAMILY, within: 80, crossSentence: true }],
    unless: [
      {
        pattern:
          /\b(?:plumbers?|builders?|electricians?|workers|guests|cousins|kids|neighbours|friends|relatives) (?:came|were)\b/iu,
        factor: 0.3,
        reason: 'ordinary visitors',
      },
    ],
    boost: [
      {
        pattern:
          /\b(?:stop (?:what|this|it|posting|doing)|please (?:stop|just|do)|do what|because of (?:you|u)|for our sake|for all of us|cooperate|what they want|call them|they asked about (?:you|u)|wants? (?:you|u) to stop|took (?:her|his|their) (?:phone|passport|documents|id)|asks? (?:about|where|after) (?:you|u)|asked (?:about|where|after) (?:you|u))\b/iu,
        factor: 1.45,
        reason: 'the visit is tied to a demand on the person',
      },
    ],
    examples: {
      match: [
        [
          'Mom cried after they came to the house again. Please stop what you are doing.',
          'Mom cried after they came to the house',
        ],
      ],
      noMatch: [
        'They came back from the beach, mom says the kids loved it.',
        'The plumbers came again today, dad is annoyed.',
      ],
    },
  },
  {
    id: 'talk-about-your-relative',
    tactic: 'family-leverage',
    score: 0.45,
    description: 'An authority "needs to talk about" a relative: leverage when police or officials say it.',
    match:
      /\b(?:need|needs|want|wants|have|would like) to (?:talk|speak|discuss)(?: (?:to|with) (?:you|u))? about (?:your|ur) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives|uncle|aunt|cousin|grandparents|grandmother|grandfather)\b/iu,
    unless: [FESTIVE],
    boost: [{ pattern: AUTHORITY, factor: 1.7, reason: 'said by an authority' }],
    examples: {
      match: [['This is the police. We need to talk about your brother.', 'need to talk about your brother']],
      noMatch: ["We need to talk about your brother's birthday party."],
    },
  },
  {
    id: 'they-want-you-to-call',
    tactic: 'family-leverage',
    score: 0.45,
    description:
      'A relative relays that "they" want the person to call or come; leverage when police or officials are with them.',
    match:
      /\bthey (?:want|need|asked|told me|say) (?:you|u) (?:to )?(?:call|contact|come|talk|send|go|phone|ring)\b/iu,
    boost: [
      { pattern: RELATIVE_SPEAKING, factor: 1.2, reason: 'a relative speaks' },
      { pattern: AUTHORITY, factor: 1.5, reason: 'officials are with the relative' },
      {
        pattern: /\b(?:for (?:the|our) family|for all of us|for our sake|for my sake|please,? for)\b/iu,
        factor: 1.3,
        reason: 'pleads for the family',
      },
    ],
    examples: {
      match: [
        ["It's your aunt. The police are here, they want you to call them back.", 'they want you to call'],
      ],
      noMatch: ['Grandma made soup, they want you to try it.'],
    },
  },
  {
    id: 'relative-held-somewhere-hard',
    tactic: 'family-leverage',
    score: 0.55,
    description:
      'Hints that a relative is held in a hard place ("a place where old men don\'t do well") and that the person can change it.',
    match: IMPLIED_HOLD,
    near: [{ pattern: HOME_FAMILY, within: 120, crossSentence: true }],
    unless: [
      CARE,
      FESTIVE,
      {
        pattern:
          /\b(?:better place|rest in peace|at peace|can rest|god bless|bless (?:him|her)|passed away|funeral|condolences|nursing home|care home|retirement)\b/iu,
        factor: 0.3,
        reason: 'a bereavement or a care home',
      },
    ],
    boost: [
      {
        pattern: new RegExp(
          `${EXCHANGE.source}|\\b(?:(?:a|one) (?:call|word|message|visit) from (?:you|u)|(?:your|ur) (?:call|choice|decision|attitude|cooperation)|(?:you|u) can (?:help|change))\\b`,
          'iu',
        ),
        factor: 1.45,
        reason: "the relative's fate is tied to the person",
      },
    ],
    examples: {
      match: [
        [
          'Your dad is 74 and he is in a place where old men do not do well.',
          'dad is 74 and he is in a place where',
        ],
        [
          'Your cousin is still at the study centre. His days there could be shorter, it is up to you.',
          'cousin is still at the study centre',
        ],
      ],
      noMatch: [
        'Grandpa is in a place where he can rest now, God bless him.',
        'Dad is in a place where the food is great, he sends pictures from the holiday.',
      ],
    },
  },
  {
    id: 'relative-benefit-cut',
    tactic: 'family-leverage',
    score: 0.45,
    description:
      "Says a relative's pension, job or passport was stopped; leverage when pinned on the person's posts or refusal.",
    match: BENEFIT_CUT,
    near: [{ pattern: FAMILY, within: 80, crossSentence: true }],
    boost: [{ pattern: CAUSE, factor: 1.5, reason: 'blamed on the person' }],
    examples: {
      match: [
        [
          'Your mom cried. They stopped her pension again. You know why.',
          'mom cried. They stopped her pension',
        ],
        [
          "Your father's pension has been suspended until you delete those posts.",
          "father's pension has been suspended",
        ],
      ],
      noMatch: ['The bank blocked my card by mistake, dad is calling them.'],
    },
  },
  {
    id: 'relative-shunned-at-home',
    tactic: 'family-leverage',
    score: 0.4,
    description:
      'Says a relative can no longer go out or is shunned at home; leverage when tied to the person or to a demand.',
    match: SHUNNED,
    near: [{ pattern: HOME_FAMILY, within: 100, crossSentence: true }],
    unless: [
      CARE,
      {
        pattern: /\b(?:knee|back|hip|leg|legs|rain|snow|cold|flu|covid|virus|heat|weather|age|sick|ill)\b/iu,
        factor: 0.4,
        reason: 'health or weather keeps the relative in',
      },
    ],
    boost: [
      {
        pattern: new RegExp(`${CAUSE.source}|${RETURN.source}|${AUTHORITY.source}`, 'iu'),
        factor: 1.4,
        reason: 'tied to the person or to officials',
      },
    ],
    examples: {
      match: [
        [
          'The party secretary came again. Your father cannot even go to the market anymore.',
          'father cannot even go to the market anymore',
        ],
      ],
      noMatch: ["Grandma can't go out anymore in this snow, her knee hurts."],
    },
  },
  {
    id: 'relative-blocked',
    tactic: 'family-leverage',
    score: 0.45,
    description:
      'Says a relative cannot study, work, travel or marry; leverage when pinned on the person or on a relative abroad.',
    match:
      /\b(?:can'?t|cannot|can no longer|could not|couldn'?t|isn'?t allowed to|is not allowed to|was not allowed to|wasn'?t allowed to|won'?t be allowed to|(?:was|were|got|has been|have been) (?:refused|denied|rejected|turned down|not accepted|blocked)(?: from)?) (?:\w+ ){0,2}(?:register(?:ing)?|enrol(?:l?ing)?|study(?:ing)?|finish(?:ing)? (?:school|university|her studies|his studies)|go(?:ing)? to (?:university|school|college)|get(?:ting)? (?:a |her |his )?(?:job|place|promotion|passport|visa|loan|licen[cs]e)|get(?:ting)? married|travel(?:l?ing)?|leav(?:e|ing) (?:the )?(?:county|country|village|city|town|house|region)|work(?:ing)?|be(?:ing)? promoted|join(?:ing)? the (?:army|party))\b/iu,
    near: [{ pattern: FAMILY, within: 80, side: 'before', crossSentence: true }],
    unless: [
      CARE,
      {
        pattern: /\b(?:grades|exam|marks|fees|covid|visa rules|snow|storm|strike|lockdown)\b/iu,
        factor: 0.4,
        reason: 'an everyday obstacle',
      },
    ],
    boost: [
      {
        pattern: new RegExp(
          `${CAUSE.source}|\\b(?:relatives?|family|brother|sister|son|daughter|someone) (?:living |who lives? )?(?:abroad|overseas|in (?:turkey|europe|kazakhstan|america|germany))\\b`,
          'iu',
        ),
        factor: 1.5,
        reason: 'blamed on the person abroad',
      },
    ],
    examples: {
      match: [
        [
          "Your nephew can't register for university this year. The school says it's because of a relative abroad.",
          "nephew can't register",
        ],
      ],
      noMatch: ["My nephew can't register for university this year, his grades were too low."],
    },
  },
  {
    id: 'if-you-want-your-relative',
    tactic: 'family-leverage',
    score: 0.75,
    description:
      'Makes a relative\'s medicine, freedom or safety conditional on the person ("if you want your father to get his medicine, call").',
    match: new RegExp(
      String.raw`\b(?:if|unless) (?:you|u) (?:want|wish|would like|care for) ${YOUR_KIN} to (?:get (?:his|her|their) (?:medicine|medication|treatment|pension|job|passport|freedom|papers)|be (?:released|safe|healthy|free|left alone|okay|ok|fine|treated)|come (?:home|back|out)|stay (?:healthy|safe|well|out of trouble|free)|keep (?:his|her|their) (?:job|pension|house|health)|see a doctor|leave|get out)`,
      'iu',
    ),
    unless: [CARE, FESTIVE],
    examples: {
      match: [
        [
          'If you want your father to get his medicine, call this number tonight.',
          'If you want your father to get his medicine',
        ],
      ],
      noMatch: ['If you want your mom to be happy, visit her for her birthday!'],
    },
  },
  {
    id: 'missing-relative-return',
    tactic: 'family-leverage',
    score: 0.7,
    description: 'A relative at home is used to pull the person back: misses them, asks after them, is ill.',
    match:
      /\b(?:misses (?:you|u)|wants to see (?:you|u) (?:before|one last time|again)|before (?:she|he) dies|(?:is|are) dying|asks (?:about|after) (?:you|u)|cries (?:every|all)|(?:is|are) (?:waiting|praying) for (?:you|u)|(?:is|are|got|has been|have been) (?:very |seriously |gravely |quite |so )?(?:sick|ill|unwell|not well|old|getting old|getting older|in hospital)|worried sick|can'?t sleep)\b/iu,
    near: [
      { pattern: HOME_FAMILY, within: 40, side: 'before', crossSentence: true },
      { pattern: RETURN, within: 150, crossSentence: true },
    ],
    unless: [FESTIVE],
    examples: {
      match: [
        [
          'Your mother asks about you every day. Come back and all will be fine.',
          'mother asks about you every day. Come back',
        ],
        ['When will you come home? Dad is sick.', 'come home? Dad is sick'],
      ],
      noMatch: [
        'Grandma misses you, she loved the video!',
        'Dad is sick today, so we will visit you next month.',
      ],
    },
  },
]);
