import { defineRules } from '../define';
import { RETURN } from './_lexicon';

/** Places "back" means in these messages. */
const HOMELAND =
  /\b(?:china|xinjiang|east turkestan|the motherland|motherland|homeland|hometown|home town|your home|home|kashgar|kashi|urumqi|hotan|khotan|ghulja|yining|aksu|turpan|korla|atush|kazakhstan|almaty|the country)\b|回国|新疆|老家|国内/iu;

/** A holiday, a trip, an evening out: what friends mean by "when are you coming back". */
const OUTING =
  /\b(?:from (?:the |your )?(?:holiday|vacation|trip|beach|gym|shop|office|work|school|party|conference|workshop|seminar|course|training|hospital|camp|antalya|london|paris|\w+ trip)|holiday|vacation|trip|conference|workshop|seminar|business trip|match|party|dinner|lunch|tonight|weekend|the office|the gym|football|game|concert|our team|the team|(?:colleagues|classmates) (?:miss|are waiting|say hi|ask)|buy|get some|pick up|groceries|bread|milk|shopping|before \d|(?:back|return|returning) to (?:the gym|the club|bed|training|practice|istanbul|ankara|izmir|antalya|london|paris|berlin|munich|amsterdam|brussels|vienna|oslo|stockholm|helsinki|toronto|vancouver|sydney|melbourne|new york|washington|dubai|cairo|tokyo|work|school|uni|university|class|us here))\b/iu;

/** Where a renewal or a registration is said to be possible only in person. */
const PLACE_AT_HOME =
  '(?:china|xinjiang|urumqi|kashgar|kashi|hotan|khotan|ghulja|yining|ili|aksu|turpan|korla|atush|artux|altay|tacheng|bortala|karamay|hami|kumul|changji|the mainland|(?:your|ur|their) (?:home ?town|home county|village|place of (?:household )?registration|hukou (?:place|location))|the place of (?:household )?registration|(?:the|your|ur|their) local (?:police station|bureau|office|authorities|government|committee))';

const HOMELAND_OR_RETURN = new RegExp(`${HOMELAND.source}|${RETURN.source}`, 'iu');

export default defineRules('en', 'return-pressure', [
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.85,
    description: 'Tells the person they must, should or had better return, or to arrange their return.',
    match:
      /\b(?:(?:you|u) (?:must|should|have to|need to|had better|better|will have to|are required to|r required to|are expected to) (?:come back|come home|go back|return(?! (?:the|a|an|my|your|his|her|its?|them|this|that|these|those|our|their)\b| to (?:the (?!motherland|homeland|country)|a |an |my |his |her |our |their |this |that |work|school|bed|class)))|(?:must|have to|are required to|are expected to|should|need to|needs to) (?:come back|return|go back) (?:home|to china|to xinjiang|to (?:your|their) (?:home ?town|place of))|(?:waiting|wait) for (?:you|u) to (?:come back|return|come home)|the longer (?:you|u) stay (?:away|abroad|there|out)|the sooner (?:you|u) (?:come back|return|come home|go back)|(?:must|have to|need to|are required to|should) (?:return|come back|go back|come home) (?:by|before|within|until|no later than)|(?:everyone|everybody|all|all the others|all others|the others|most|many|the rest)(?: \w+){0,4} (?:has|have|had) (?:already |all |now )?(?:come back|returned|gone back|come home)|why (?:are|r) (?:you|u) still (?:abroad|overseas|there|over there|in (?:turkey|kazakhstan|germany|europe|america|the us|the uk|canada|australia|holland|the netherlands|sweden|norway|france|belgium|japan|istanbul|almaty|that country))|(?:those|people|anyone|everyone) who (?:return|come back)(?: now| home| soon)? will|arrange (?:your|ur) return|(?:your|ur) return (?:as soon as possible|asap|immediately|home|to china)|return (?:immediately|at once|as soon as possible|asap|without delay)|(?:it'?s|it is) time (?:for (?:you|u) )?to (?:come back|come home|return|go home|go back)|come back (?:immediately|now|at once|asap|as soon as possible|before it'?s too late)|(?:return|come back|go back|come home)(?: home| now| immediately| at once| to china| to xinjiang)?,? or (?:else|(?:you|u)(?: will|'ll)?|be|face|get|we|your|lose)|(?:those|people|anyone|everyone|students|all|the ones) who (?:return|come back|go back|came back|returned)(?: \w+){0,3} (?:will|get|gets|got|can|are|receive|received|have))\b/iu,
    unless: [{ pattern: OUTING, within: 40, factor: 0.2, reason: 'a trip or an outing, not the homeland' }],
    examples: {
      match: [
        ['Please arrange your return as soon as possible.', 'arrange your return'],
        ['u must come back, everyone is waiting', 'u must come back'],
        ["It's time to come home, son.", "It's time to come home"],
        ['Why are you still in Turkey? All your classmates have come back.', 'Why are you still in Turkey'],
      ],
      noMatch: [
        'Please return the library books by Friday.',
        'I must come back to this topic later.',
        'Keep the receipt in case you need to return it.',
        "It's time to go home, the party is over!",
      ],
    },
  },
  {
    id: 'come-home-imperative',
    tactic: 'return-pressure',
    score: 0.7,
    description: 'Tells the person to come home or come back, as an order or a plea.',
    match:
      /(?:(?<=^|[.!?\n,] ?)|\b(?:please|pls|just|son|daughter|dear|brother|sister|child|so) ,?)come (?:back|home)(?! (?:soon|early|later|tonight|for (?:dinner|lunch)|safe))\b|(?<=^|[.!?\n] ?)(?:return|go back)(?: home| now| immediately| at once| to (?:china|xinjiang|the motherland))?(?= and | or |, |\.|!)/iu,
    unless: [
      { pattern: OUTING, within: 40, factor: 0.2, reason: 'a trip or an outing, not the homeland' },
      {
        pattern:
          /\b(?:if (?:you|u) can|when (?:you|u) can|for (?:new year|eid|nowruz|the holidays?|christmas|summer|the weekend|a visit|a few days|(?:\w+'s )?(?:birthday|wedding))|making (?:plov|dinner|food|manti|lagman)|can'?t wait)\b/iu,
        within: 60,
        factor: 0.3,
        reason: 'an invitation to visit',
      },
    ],
    examples: {
      match: [
        ['Come home, nothing will happen to you.', 'Come home'],
        ['Son, please come back, we are waiting.', 'please come back'],
        ['Return now and you keep your pension.', 'Return now'],
      ],
      noMatch: [
        'Come home for New Year if you can, mum is making plov!',
        'Come home early, dinner at 7.',
        'Come back soon! It was lovely.',
        'The birds come back every spring.',
      ],
    },
  },
  {
    id: 'asks-you-to-return',
    tactic: 'return-pressure',
    score: 0.8,
    description: 'Says someone asks, wants or orders the person to come back.',
    match:
      /\b(?:asks?|asked|wants?|wanted|urges?|urged|orders?|ordered|tells?|told|requires?|required|invites?|invited|expects?|expected) (?:you|u) (?:to (?:come back|return(?! (?:the|a|an|my|your|his|her|its?|them|this|that|these|those|our|their)\b)|come home|go back|go home)|back|home)\b/iu,
    unless: [{ pattern: OUTING, within: 40, factor: 0.2, reason: 'a trip or an outing, not the homeland' }],
    examples: {
      match: [
        ['The local government asks you to come back for the registration.', 'asks you to come back'],
        ['Your father wants you home.', 'wants you home'],
      ],
      noMatch: ['Dad wants you home for dinner on Sunday.', 'The teacher asked you to return the book.'],
    },
  },
  {
    id: 'return-to-homeland',
    tactic: 'return-pressure',
    score: 0.75,
    description: 'Urges a return to China, Xinjiang or "home".',
    match: /\b(?:come back|coming back|go back|going back|return|returning|come home|coming home)\b/iu,
    near: [{ pattern: HOMELAND, within: 20, side: 'after' }],
    unless: [
      { pattern: OUTING, within: 30, factor: 0.2, reason: 'a trip or an outing, not the homeland' },
      {
        pattern:
          /\b(?:i'?m|i am|i'll|i will|we'?re|we are|we'll|we will|i|we) (?:\w+ ){0,3}(?:coming|going|come|go|returning|fly|flying|get|getting) (?:back|home)\b/iu,
        within: 0,
        factor: 0.2,
        reason: "the writer's own travel",
      },
    ],
    examples: {
      match: [
        ['You should think about coming back to Xinjiang.', 'coming back to Xinjiang'],
        ['when will u return home? everyone asks', 'return home'],
      ],
      noMatch: ["I'm going back home on Tuesday, see you then", 'We came back from the holiday yesterday.'],
    },
  },
  {
    id: 'when-are-you-coming-back',
    tactic: 'return-pressure',
    score: 0.7,
    description: 'Presses the person on when they will come back.',
    match:
      /\bwhen (?:(?:are|r|will|would|do|d) )?(?:you|u|ya) (?:\w+ )?(?:coming back|comin'? back|come back|coming home|comin'? home|come home|return|returning|go back|going back)\b/iu,
    unless: [
      { pattern: OUTING, within: 40, factor: 0.2, reason: 'a trip or an outing, not the homeland' },
      {
        pattern:
          /\b(?:(?:if|when|whenever) (?:you|u) can|no pressure|for a visit|to visit|in the summer|for the holidays|for eid|on holiday|i miss (?:you|u)|so do i|love (?:you|u)|babe|honey|darling|sweetheart|the cat|the dog)\b/iu,
        factor: 0.3,
        reason: 'an invitation to visit, not pressure',
      },
    ],
    examples: {
      match: [
        ['When are you coming back? Your mother asks every day.', 'When are you coming back'],
        ['when r u coming back 回国?', 'when r u coming back'],
        ['When will you finally return?', 'When will you finally return'],
      ],
      noMatch: [
        'when are you coming back from Antalya? we need you for the football match',
        'When are you coming back from the gym? Dinner is ready.',
        'When will you come back to Istanbul? Our team misses you!',
        'Grandpa asked when you will come back to see him, come in the summer if you can!',
        'When are you coming back? The cat misses you and so do I.',
      ],
    },
  },
  {
    id: 'if-you-come-back',
    tactic: 'return-pressure',
    score: 0.8,
    description:
      'Makes something conditional on the person coming back ("if you come back, he can go home").',
    match:
      /\b(?:until (?:you|u) (?:come back|return|come home|go back)|(?:come back|return|come home) and explain (?:yourself|everything|your \w+)|(?:if|unless) (?:you|u) (?:do not|don't|dont|won't|will not|refuse to|fail to) (?:come back|return|come home)|(?:if|once|as soon as|only if|unless) (?:you|u) (?:\w+ )?(?:come back|came back|come home|go back|(?:return|returned) (?:home|here|back|to|now|soon|this year|immediately|before)))\b/iu,
    unless: [{ pattern: OUTING, within: 30, factor: 0.2, reason: 'a trip or an outing, not the homeland' }],
    examples: {
      match: [
        ['If you come back and explain yourself, he can go home.', 'If you come back'],
        ['Only if u return home will the case be closed', 'Only if u return home'],
        ['If you do not come back, he will lose his job.', 'If you do not come back'],
      ],
      noMatch: [
        'If you come back from the shop, bring milk.',
        'If you come back before 10, can you buy bread?',
        'If you return the form we can process it.',
      ],
    },
  },
  {
    id: 'only-possible-at-home',
    tactic: 'return-pressure',
    score: 0.8,
    description:
      'Says a renewal, registration or other service is possible only back home, or that the person must be there in person.',
    match: new RegExp(
      String.raw`\b(?:renew\w*|extension|extend\w*|replacement|reissu\w*|registration|register\w*|processing|application|applications|passport|documents?|certificate|papers|permit|it|this) (?:\w+ ){0,4}only (?:be )?(?:possible |available |done |accepted |processed |handled |issued |renewed )?(?:in person )?(?:in|at) ${PLACE_AT_HOME}|\b(?:you|u) (?:must|need to|have to|will have to|should|are required to|are expected to) (?:be|appear|report|register|present yourself|come) (?:in person )?(?:in|at|to) ${PLACE_AT_HOME}|\b(?:only|best|sensible|right|wisest|last) (?:option|choice|way|solution|thing to do|thing) (?:left )?(?:is|would be|now is) (?:to )?(?:come back|go back|return|come home|go home)\b`,
      'iu',
    ),
    examples: {
      match: [
        ['Renewal only in Hotan, at your place of household registration.', 'Renewal only in Hotan'],
        ['Your passport renewal is only possible in Hotan.', 'passport renewal is only possible in Hotan'],
        [
          'You need to be in Kashgar before the 15th to sort out your registration.',
          'You need to be in Kashgar',
        ],
        [
          'It can only be done at your local police station in Xinjiang.',
          'It can only be done at your local police station',
        ],
        ['The permit will not be extended. Your only option is to go back.', 'only option is to go back'],
      ],
      noMatch: [
        'Renewal is only possible in person at the embassy in Berlin.',
        'You need to be in London by 9 for the interview.',
      ],
    },
  },
  {
    id: 'in-person-back-home',
    tactic: 'return-pressure',
    score: 0.75,
    description: 'Says something must be done in person, naming a place back home (Kashgar, the hometown).',
    match:
      /\b(?:(?:must|have to|need to|will have to|should|are required to|required to|has to be|have to be|must be) (?:\w+ ){0,3}in person|(?:only|can only be done) in person)\b/iu,
    near: [
      { pattern: new RegExp(`\\b(?:in|at|to) ${PLACE_AT_HOME}\\b`, 'iu'), within: 100, crossSentence: true },
    ],
    examples: {
      match: [
        [
          'Your residence registration in Kashgar expires next month; you must renew it in person.',
          'in Kashgar expires next month; you must renew it in person',
        ],
      ],
      noMatch: [
        'Your passport must be collected in person at the embassy in Berlin.',
        'A letter from your hometown must be signed for in person at the consulate.',
      ],
    },
  },
  {
    id: 'book-your-ticket-home',
    tactic: 'return-pressure',
    score: 0.7,
    description:
      'Tells the person to buy or book the ticket home, or offers to meet them at the airport there.',
    match:
      /\b(?:(?:buy|book|get|take) (?:a|your|ur|the) (?:plane |air |flight |train |one-way )?(?:tickets?|flights?) (?:home|back)|(?:buy|book|get) (?:your|ur) (?:tickets?|flights?)(?: now| already| today| soon)?|(?:i|we)(?:'ll| will) (?:meet|pick) (?:you|u) (?:up )?(?:at|from) the airport (?:myself|ourselves|personally|in (?:urumqi|kashgar|hotan|beijing|ghulja|yining|aksu)))\b/iu,
    near: [{ pattern: HOMELAND_OR_RETURN, within: 150, crossSentence: true }],
    unless: [
      {
        pattern:
          /\b(?:wedding|birthday|holidays?|vacation|trip|concert|festival|summer|visit us|for eid|for new year|for nowruz|can'?t wait|miss you)\b/iu,
        factor: 0.3,
        reason: 'a family visit being planned',
      },
    ],
    examples: {
      match: [
        ['Buy a ticket home this month, the committee is asking.', 'Buy a ticket home'],
        [
          "Those who come back get their jobs. Book your ticket, I'll meet you at the airport myself.",
          'come back get their jobs. Book your ticket',
        ],
      ],
      noMatch: ["Book your ticket for the summer, mom can't wait to see you at home!"],
    },
  },
  {
    id: 'service-only-at-home',
    tactic: 'return-pressure',
    score: 0.8,
    description: 'Makes a passport renewal or other service conditional on applying in person back home.',
    match:
      /\b(?:cannot|can't|can not|will not|won't) be (?:processed|renewed|issued|extended|handled) (?:abroad|overseas|here|outside china)|(?:can|may) only be (?:renewed|processed|issued|extended|handled) (?:in|at) (?:china|xinjiang|urumqi|kashgar|hotan|ghulja|yining|aksu|turpan|korla|atush|your (?:home ?town|place of (?:household )?registration)|the place)|apply in person (?:in|at) (?:china|xinjiang|(?:your|their) (?:home ?town|place of (?:household )?registration)|the place of (?:household )?registration)|must (?:apply|appear|report) in person (?:in|at) (?:china|xinjiang|(?:your|their) (?:home ?town|place of (?:household )?registration))/iu,
    examples: {
      match: [
        ['Your passport renewal cannot be processed abroad.', 'cannot be processed abroad'],
        ['The passport can only be renewed in Xinjiang.', 'can only be renewed in Xinjiang'],
      ],
      noMatch: [
        'Renewals can be processed abroad through the online system.',
        'Your passport can be renewed at any embassy.',
      ],
    },
  },
]);
