import { defineRules } from '../define';

/** Places "back" means in these messages. */
const HOMELAND =
  /\b(?:china|xinjiang|east turkestan|the motherland|motherland|homeland|hometown|home town|your home|home|kashgar|kashi|urumqi|hotan|khotan|ghulja|yining|aksu|turpan|korla|atush|kazakhstan|almaty|the country)\b|回国|新疆|老家|国内/iu;

/** A holiday, a trip, an evening out: what friends mean by "when are you coming back". */
const OUTING =
  /\b(?:from (?:the |your )?(?:holiday|vacation|trip|beach|gym|shop|office|work|school|party|antalya|london|paris|\w+ trip)|holiday|vacation|trip|match|party|dinner|lunch|tonight|weekend|the office|the gym|football|game|concert|our team|the team|colleagues|classmates|buy|get some|pick up|groceries|bread|milk|shopping|before \d|(?:back|return|returning) to (?:the gym|the club|bed|training|practice|istanbul|ankara|izmir|antalya|london|paris|berlin|munich|amsterdam|brussels|vienna|oslo|stockholm|helsinki|toronto|vancouver|sydney|melbourne|new york|washington|dubai|cairo|tokyo|work|school|uni|university|class|us here))\b/iu;

export default defineRules('en', 'return-pressure', [
  {
    id: 'must-return',
    tactic: 'return-pressure',
    score: 0.85,
    description: 'Tells the person they must, should or had better return, or to arrange their return.',
    match:
      /\b(?:(?:you|u) (?:must|should|have to|need to|had better|better|will have to|are required to|r required to|are expected to) (?:come back|come home|go back|return(?! (?:the|a|an|my|your|his|her|its?|them|this|that|these|those|our|their)\b| to (?:the (?!motherland|homeland|country)|a |an |my |his |her |our |their |this |that |work|school|bed|class)))|(?:must|have to|are required to|are expected to|should|need to|needs to) (?:come back|return|go back) (?:home|to china|to xinjiang|to (?:your|their) (?:home ?town|place of))|(?:waiting|wait) for (?:you|u) to (?:come back|return|come home)|the longer (?:you|u) stay (?:away|abroad|there|out)|(?:everyone|everybody|all the others|all others|the others)(?: \w+){0,4} (?:has|have) (?:already )?(?:come back|returned)|(?:those|people|anyone|everyone) who (?:return|come back)(?: now| home| soon)? will|arrange (?:your|ur) return|(?:your|ur) return (?:as soon as possible|asap|immediately|home|to china)|return (?:immediately|at once|as soon as possible|asap|without delay)|(?:it'?s|it is) time (?:for (?:you|u) )?to (?:come back|come home|return|go home|go back)|come back (?:immediately|now|at once|asap|as soon as possible|before it'?s too late))\b/iu,
    unless: [{ pattern: OUTING, within: 40, factor: 0.2, reason: 'a trip or an outing, not the homeland' }],
    examples: {
      match: [
        ['Please arrange your return as soon as possible.', 'arrange your return'],
        ['u must come back, everyone is waiting', 'u must come back'],
        ["It's time to come home, son.", "It's time to come home"],
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
      /(?:(?<=^|[.!?\n,] ?)|\b(?:please|pls|just|son|daughter|dear|brother|sister|child|so) ,?)come (?:back|home)(?! (?:soon|early|later|tonight|for (?:dinner|lunch)|safe))\b/iu,
    unless: [{ pattern: OUTING, within: 40, factor: 0.2, reason: 'a trip or an outing, not the homeland' }],
    examples: {
      match: [
        ['Come home, nothing will happen to you.', 'Come home'],
        ['Son, please come back, we are waiting.', 'please come back'],
      ],
      noMatch: [
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
      /\b(?:(?:if|unless) (?:you|u) (?:do not|don't|dont|won't|will not|refuse to|fail to) (?:come back|return|come home)|(?:if|once|as soon as|only if|unless) (?:you|u) (?:\w+ )?(?:come back|came back|come home|go back|(?:return|returned) (?:home|here|back|to|now|soon|this year|immediately|before)))\b/iu,
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
