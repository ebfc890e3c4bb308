import { defineRules } from '../define';
import { AUTHORITY, CALL_BACK } from './_lexicon';

/** The sender naming who they are or whom they call for. */
const SELF =
  /\b(?:greetings from|regards from|hello from|hi from|this is|this's|dis is|i am|i'm|im|we are|we're|calling from|calling on behalf of|on behalf of|speaking for|i work (?:for|at|with)|we work (?:for|at|with)|message from|call from|(?:this|the) (?:call|message) is from|(?:i'?m|i am|we'?re|we are) (?:with|from)|my name is \w+(?: \w+)? (?:from|of)|my name(?: is|'s)|(?:automated|recorded|official) (?:service|message|line|call|system|notification|voice)s? (?:of|from)|calling (?:you )?(?:from|on behalf of)|(?:i|we) represent|representing|in line with|pursuant to|per the (?:notice|instructions?|request|requirements?) of|on the basis of|under the (?:instructions?|direction|guidance) of|(?:here )?with (?:us|me) (?:at|in)|transfer(?:ring)? (?:you|your call) to|connect(?:ing)? you (?:to|with)|put(?:ting)? you through to|in accordance with|as required by|at the request of|on the instructions of|by order of|(?:requirements?|instructions?|orders?|regulations?) of)\b/iu;

/** The sender is somewhere, not someone: "I'm at the embassy", "I'm going to the police". */
const PLACE = {
  pattern:
    /\b(?:(?<!work )(?<!working )(?<!us )(?<!me )at the|(?<!call )(?<!you )(?<!through )to the|outside the|near the|in front of the|going to|went to|go to|visit(?:ing|ed)? the|appointment at|queue at|opposite the)\b/iu,
  within: 0,
  factor: 0.2,
  reason: 'a place the writer is at or goes to, not an identity',
} as const;

/** A demand addressed to the person, which turns a named authority into a claim to speak for it. */
const PERSONAL_DEMAND =
  /\b(?:arrange (?:your|ur) return|(?:you|u) (?:are|r) (?:required|obliged|requested) to|failure to (?:do so|comply|respond|appear)|will result in|requires? your|needs? your|your file|(?:you|u) must|must (?:apply|return|come|call|sign|collect|report|appear)|within \d+ ?(?:h|hours?|days?)|(?:send|reply with|provide|submit) (?:us |me )?(?:your|ur|a copy)|(?:please|pls|kindly) (?:call|contact|arrange|reply|send|press|come|report|state|provide|confirm|submit|update|tell us)|press (?:\d|one|two)|call (?:us )?back|(?:your|ur) (?:file|case|passport|account|status) will be (?:transferred|invalidated|closed|cancell?ed|blocked|suspended))\b/iu;

export default defineRules('en', 'authority-claim', [
  {
    id: 'self-identifies-as-authority',
    tactic: 'authority-claim',
    score: 0.9,
    description:
      'The sender says they are, or call from, the police, state security, an embassy or consulate.',
    match: AUTHORITY,
    // Cross-sentence only because 'Mr. Wang' ends a sentence for the engine.
    near: [{ pattern: SELF, within: 40, side: 'before', crossSentence: true }],
    unless: [
      PLACE,
      {
        pattern:
          /\bthis is (?:a |an |just a )?(?:friendly |quick )?(?:reminder|update|announcement|notice|to (?:inform|remind|confirm|let))\b/iu,
        within: 0,
        factor: 0.2,
        reason: 'a notice that mentions an authority',
      },
      {
        pattern:
          /\b(?:a reminder|public (?:notice|announcement|information)|road closures?|traffic|parking|opening hours|office hours|will be closed|is closed|national holiday)\b/iu,
        within: 60,
        factor: 0.3,
        reason: 'a public service notice',
      },
    ],
    examples: {
      match: [
        ['Hello, this is the Chinese Embassy in Ottawa.', 'this is the Chinese Embassy'],
        ['I am officer Wang from the Public Security Bureau.', 'I am officer'],
        ["I'm calling from the consulate, overseas citizen services.", 'calling from the consulate'],
        ['hi this is Li from 公安局 Kashgar', 'this is Li from 公安局'],
      ],
      noMatch: [
        "I'm at the Chinese embassy for my visa appointment.",
        "I'm going to the police tomorrow to report the theft.",
        'This is the best kebab shop near the consulate.',
        'This is a reminder that the consulate is closed on Monday.',
      ],
    },
  },
  {
    id: 'titled-officer-introduces',
    tactic: 'authority-claim',
    score: 0.45,
    description:
      'The sender introduces themselves with a police or party title ("Inspector Zhao", "Comrade Wang here"); a claim when an authority is named.',
    match:
      /\b(?:(?:my name is|my name's|i am|i'm|im|this is|it'?s|it is|here is|here's) (?:officer|inspector|sergeant|detective|comrade|constable|captain|lieutenant|investigator|director|section chief|deputy (?:director|chief)|chief|instructor|commissar|police officer|agent|secretary)|(?:officer|inspector|sergeant|detective|comrade|constable|captain|lieutenant|investigator|section chief|instructor|commissar) \w+(?: \w+)? (?:here|speaking)|(?:officer|inspector|sergeant|detective|comrade|constable|lieutenant|investigator|section chief|deputy (?:director|chief)|director|instructor|commissar) \w+(?: \w+)?(?=,))\b/iu,
    unless: [
      PLACE,
      {
        pattern:
          /\b(?:school|academy|university|college|airline|flight|aboard|cabin|choir|orchestra|company|club|team|hotel|restaurant|museum|theatre|shop|store|bank|hospital|clinic|project|film|game)\b/iu,
        within: 60,
        factor: 0.3,
        reason: 'a title at a school, company or flight',
      },
    ],
    boost: [{ pattern: AUTHORITY, within: 80, factor: 1.9, reason: 'names the body the officer speaks for' }],
    examples: {
      match: [
        ['My name is Inspector Zhao, Kashgar prefecture public security.', 'My name is Inspector'],
        ['Hello, Sergeant Li here, from the Urumqi police.', 'Sergeant Li here'],
        ['This is Comrade Wang from the county bureau. We need to talk.', 'This is Comrade'],
        ['Good afternoon, Deputy Director Han, Urumqi Public Security.', 'Deputy Director Han'],
      ],
      noMatch: [
        'This is Director Chen of the music school, welcome!',
        'Captain Smith speaking, welcome aboard our flight to Paris.',
      ],
    },
  },
  {
    id: 'official-visited-family',
    tactic: 'authority-claim',
    score: 0.75,
    description:
      'A relative relays that a named official or police came to the house and demands something of the person.',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /\b(?:came|come|comes|keeps? coming|kept coming|visited|visits?|keeps? visiting|was here|were here|(?:was|were) at (?:his|her|their|our|the|your|ur|\w+'s) (?:house|home|flat|door|shop|place)|showed up|turned up|stopped by|dropped by|called|phoned|sat in|questioned)(?: (?:to|by|round|over|in))?(?: (?:the|our|your|ur|my|his|her|grandma's|mom's|dad's) (?:house|home|flat|door|shop|kitchen|place|village))?(?: again| today| yesterday| twice| this morning| last night| every \w+)?\b/iu,
        within: 15,
        side: 'after',
      },
      {
        pattern:
          /\b(?:(?:says?|said|wants?|wanted|asks?|asked|told (?:us|me|him|her|them|mom|dad)|insists?|insisted|demands?|demanded|needs?)(?: that)? (?:you|u|your|ur)|(?:asks?|asked|asking) (?:about|where|after|for) (?:you|u)|(?:you|u) (?:must|have to|should|need to))\b/iu,
        within: 120,
        side: 'after',
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'Son, the village party secretary came to the house again. He says your place is here.',
          'party secretary came to the house again. He says your',
        ],
      ],
      noMatch: ['The police came to the house yesterday, they said the burglar was caught.'],
    },
  },
  {
    id: 'authority-here',
    tactic: 'authority-claim',
    score: 0.85,
    description: 'The sender announces themselves as an authority: "Consulate General of the PRC here."',
    match: AUTHORITY,
    near: [{ pattern: /\b(?:here|speaking)(?=[.,!:;])/iu, within: 20, side: 'after' }],
    examples: {
      match: [
        ['Hello, Consulate General of the PRC here. Please call back.', 'Consulate General of the PRC here'],
      ],
      noMatch: ['The police here are very friendly.', 'Is the embassy near here?'],
    },
  },
  {
    id: 'authority-with-personal-request',
    tactic: 'authority-claim',
    score: 0.65,
    description:
      "A message that names an authority and asks for the person's documents or details (it speaks for it).",
    match: AUTHORITY,
    near: [
      {
        pattern:
          /\b(?:reply (?:to (?:this|the|our) (?:email|message|sms|text) )?with|send|provide|submit|confirm|tell us|give us|state|upload)(?: us| me)? (?:a copy of |a scan of |a photo of |a picture of )?(?:your|ur) (?:passport|pasport|id|residence|home|current|address|phone|date of birth|employer|workplace|work|full name)\b/iu,
        within: 120,
        crossSentence: true,
      },
    ],
    examples: {
      match: [
        [
          'The embassy is updating contact information. Please reply with your home address.',
          'embassy is updating contact information. Please reply with your home',
        ],
      ],
      noMatch: ['Protest at the embassy on Friday! Send your photos to the group afterwards.'],
    },
  },
  {
    id: 'acts-through-authority',
    tactic: 'authority-claim',
    score: 0.65,
    description: 'Says the contact is recorded, sent or ordered by an authority.',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /\b(?:recorded|monitored|sent|authori[sz]ed|approved|requested|ordered|instructed|initiated) by(?: the)?\b/iu,
        within: 2,
        side: 'before',
      },
    ],
    examples: {
      match: [['This conversation is being recorded by state security.', 'recorded by state security']],
      noMatch: ['The march was followed by the police band.'],
    },
  },
  {
    id: 'acts-for-authority',
    tactic: 'authority-claim',
    score: 0.75,
    description:
      'An authority is said to want, ask or appreciate something from the person (a relayed demand).',
    match: AUTHORITY,
    near: [
      {
        pattern:
          /\b(?:wants?|wanted|asks?|asked|needs?|requires?|requests?|requested|demands?|orders?|ordered|instructs?|informs you|notifies you|appreciates?|told me|sent me|said (?:that )?(?:if )?(?:you|u)|says (?:that )?(?:if )?(?:you|u)|told (?:us|me|him|her|them) (?:that )?(?:you|u)|instructed|has asked|would like|let me use)\b/iu,
        within: 25,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern:
          /\b(?:never|will not|won't|does not|doesn't|do not) (?:ask|asks|call|calls|request|requests|contact|contacts|require|requires|send|sends)\b/iu,
        within: 20,
        factor: 0.2,
        reason: 'says what an authority never does',
      },
    ],
    examples: {
      match: [
        [
          'The education office of the consulate appreciates it.',
          'education office of the consulate appreciates',
        ],
        [
          'the neighbourhood committee came by, they want your address',
          'neighbourhood committee came by, they want',
        ],
      ],
      noMatch: [
        'The embassy never asks for personal information by phone.',
        'The police station is on Main Street.',
      ],
    },
  },
  {
    id: 'authority-header-with-demand',
    tactic: 'authority-claim',
    score: 0.4,
    description:
      'A message headed or signed by an authority that makes a personal demand (a bare notice stays a cue).',
    match:
      /(?:^|\n)[\s[(【-]{0,3}(?:urgent\W{1,3})?(?:(?:the )?(?:chinese|prc) (?:embassy|consulate)|embassy of|consulate(?: general)? of|consulate general|ministry of (?:public|state) security|public security bureau)|(?:^|\n)\W{0,3}(?:urgent\W{1,3})?[a-z]{0,12} ?(?:embassy|consulate|police)(?: (?:notice|notification|message|alert|information|service|office|reminder))?\W{0,3}[\]:】-]/iu,
    boost: [
      { pattern: PERSONAL_DEMAND, factor: 2.2, reason: 'makes a personal demand' },
      { pattern: CALL_BACK, factor: 1.2, reason: 'asks for a call-back' },
    ],
    examples: {
      match: [
        [
          '[Chinese Embassy] Dear applicant, please arrange your return as soon as possible.',
          '[Chinese Embassy',
        ],
        [
          'URGENT - Consulate General of the PRC: your file will be transferred. Call back.',
          'URGENT - Consulate General of',
        ],
      ],
      noMatch: [
        'Notice from the Consulate General: the consular section will be closed on Monday.',
        'The embassy is closed on Monday for the holiday.',
      ],
    },
  },
  {
    id: 'notice-from-authority-with-demand',
    tactic: 'authority-claim',
    score: 0.4,
    description:
      'A notice, message or call "from the embassy" that makes a personal demand (without one it stays a cue).',
    match: /\b(?:notice|message|call|announcement|letter|notification|reminder|summons) from\b/iu,
    near: [{ pattern: AUTHORITY, within: 30, side: 'after' }],
    boost: [{ pattern: PERSONAL_DEMAND, factor: 1.6, reason: 'makes a personal demand' }],
    examples: {
      match: [
        [
          'Important notice from the Chinese embassy. You have a document, press 1.',
          'notice from the Chinese embassy',
        ],
      ],
      noMatch: ['A notice from the school: classes resume on Monday.'],
    },
  },
  {
    id: 'authority-asks-call-back',
    tactic: 'authority-claim',
    score: 0.4,
    description: "An authority named next to a call-back about the person's file, case or passport.",
    match: AUTHORITY,
    near: [
      {
        pattern: /\b(?:contact us|call us|call (?:us )?back|press (?:\d|one|two)|reply to us)\b/iu,
        within: 80,
        crossSentence: true,
      },
    ],
    boost: [
      {
        pattern:
          /\b(?:your|ur) (?:file|case|passport|pasport|status|record|documents?)\b|\b(?:urgent(?:ly)?|immediately|within \d+ ?(?:h|hours?|days?))\b/iu,
        factor: 1.5,
        reason: "about the person's own file, with urgency",
      },
    ],
    unless: [
      {
        pattern:
          /\b(?:appointment|office hours|opening hours|closed|holiday|online system|website|booking)\b/iu,
        factor: 0.5,
        reason: 'a service notice',
      },
    ],
    examples: {
      match: [
        [
          'Your file at the Ministry of Public Security is still open. Contact us.',
          'Ministry of Public Security is still open. Contact us',
        ],
      ],
      noMatch: ['The consulate is closed on Monday. Contact us for appointments.'],
    },
  },
]);
