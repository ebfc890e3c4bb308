import { defineRules } from '../define';
import { AUTHORITY, FAMILY, HOME_FAMILY, RETURN } from './_lexicon';

/** What will happen, or has happened, to a relative: the consequence made explicit. */
const HARM =
  /\b(?:(?:can'?t|cannot|can not|is not allowed to|isn't allowed to|are not allowed to|won't be allowed to) (?:leave|travel|go out|see a doctor|work|get (?:a |her |his )?passport) (?:\w+ ){0,3}(?:until|unless)|(?:have been|has been|are|is|were|was|got) (?:asked|forced|made|ordered|required|told) to (?:attend|go to|join) (?:\w+ )?(?:political|re-?education|patriotic|flag-raising|ideological)|make (?:your|ur) (?:\w+'s )?life (?:hell|difficult|miserable|hard)|they (?:took|have taken|arrested|detained|came for|picked up|have arrested|have detained|took away) (?:your|ur)|(?:will|would|could|may|might|is going to|are going to|gonna) (?:\w+ )?(?:suffer|pay for|be (?:taken|detained|arrested|punished|questioned|interrogated|hurt|harmed|affected|in trouble|sent away|sent to (?:study|a camp)|fired|investigated|held responsible)|lose (?:their|his|her) (?:jobs?|pension|house|home|freedom)|get (?:hurt|in trouble|arrested|taken))|(?:was|were|has been|have been|got|is being|are being) (?:taken (?:away|in|for (?:study|questioning|education|re-?education)|to (?:the )?(?:police|station|study)|to (?:a |the )?(?:re-?education |political |training |detention )?(?:camp|centre|center|school|class))|detained|arrested|sent to (?:study|school|a camp|re-?education)|called (?:in|to the police(?: station)?|for questioning|for a talk)|questioned|interrogated)(?: again| today| again today| yesterday)?(?: because of (?:you|u|your (?:posts|activities|actions|words|videos|interviews)))?|(?:taken|detained|arrested|questioned|punished|suffering|in trouble|lost (?:his|her|their) jobs?|fired|expelled) because of (?:you|u|what (?:you|u) (?:posted|said|wrote|did|do|say|post)|your (?:posts|activities|actions|words|videos|interviews|behaviou?r|choices|activism|silence))|(?:is|are) (?:here )?(?:with (?:us|me) )?(?:being held|in (?:our |police )?custody|in detention|detained|(?:at|in) the police station|in a camp|in the camp)|(?:case|fate|future|safety|freedom|release|situation|pension|job|life|health|treatment) (?:depends|depend|rests|is up to|lies) (?:on|with|to) (?:you|u|your|ur|what (?:you|u)))\b/iu;

/** Veiled leverage: menace that only makes sense about relatives held within reach. */
const VEILED =
  /\b(?:(?:pity|shame|sad|terrible|awful) if (?:something|anything)|if (?:something|anything) (?:bad |terrible )?(?:happened|happens|were to happen) to|something (?:bad |terrible )?(?:could|might|may|will) happen to|(?:of course|but|however|remember|although),? (?:that|this|things|it|everything|all that) (?:can|could|may|might) (?:change|be different)|(?:that|this|things|it|everything) (?:can|could|may|might) change (?:quickly|anytime|at any time|any time|overnight|fast|very fast|in a day)|whether \w+ (?:stays?|remains?|keeps?) (?:healthy|safe|free|alive|well|out of trouble)|safe,? for now|for the sake of|they (?:will |would |might )?leave (?:\w+ )?alone|(?:we are|we're|we have been|we've been) (?:\w+ )?with (?:your|ur)|in our hands|while (?:you|u) (?:are|r) (?:away|abroad|gone|not here)|(?:would|wouldn't|would not|don't|do not) (?:\w+ )?want (?:anything|something) (?:bad )?to happen to|think (?:about|of) (?:your|ur) (?:poor |old |elderly )?(?:mother|mom|mum|father|dad|parents|family|brother|sister|relatives|grandparents)(?!'s)|(?:remember|don't forget|do not forget|never forget)(?: that)? (?:your|ur) (?:family|parents|mother|father|relatives|brother|sister) (?:is|are|still|live)|think (?:about|of) (?:them|him|her) before (?:you|u)|only (?:you|u) can help (?:him|her|them)|(?:would like|want|hope for|prefer) (?:it|things|that|them|him|her) to (?:stay|remain) (?:that way|like that|like this|so|healthy|safe)|keep it that way|until (?:you|u) (?:come home|come back|return)|(?:it'?s|it is|that'?s|that is) up to (?:you|u) (?:how|whether|what happens)|(?:you know|remember) what (?:happens|will happen|happened)(?: to \w+)? (?:if|when)|(?:we |i )?(?:also |already )?know where (?:your|ur) (?:parents|family|mother|mom|father|dad|relatives|brother|sister|grandparents) (?:live|lives|are|is|stay))\b/iu;

/** A relative made to plead or to relay for an unnamed "they". */
const PLEA =
  /\b(?:(?:just )?do (?:what|whatever|as) they (?:ask|say|want|tell|told)|(?:send|give|tell) (?:them|those people) (?:what|whatever) they (?:want|ask|need)|cooperate with them|they let me (?:use|call)|(?:they|the police|police|the officers?|the officials?) (?:made|told|asked) me to (?:call|tell|ask|write|record|say)|they want to (?:talk|speak) (?:to|with) (?:you|u)|they are (?:here|with me|with us|in the house) (?:now|right now)|(?:it'?s|it is) better for (?:all of us|everyone|the family|us all)|i'?m begging you|i am begging you)\b/iu;

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
          'mother misses you. It would be a pity if something',
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
      /\b(?:they|the police|police|officers|officials|the officials|the officers|men from the \w+) (?:came|come|keep coming|were here|have been here|showed up|turned up|visited)(?: \w+)? (?:to (?:the|our|her|his|your parents'?|the family) (?:house|home|door|flat|apartment)|again|every day|every week)\b/iu,
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
          /\b(?:stop (?:what|this|it|posting|doing)|please (?:stop|just|do)|do what|because of (?:you|u)|for our sake|for all of us|cooperate|what they want|call them|they asked about (?:you|u)|wants? (?:you|u) to stop|took (?:her|his|their) (?:phone|passport|documents|id))\b/iu,
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
