import { defineRules } from '../define';

/** Where the person lives, goes and what they do: what a watcher says it knows. */
const MOVES =
  /\b(?:(?:you|u) (?:live|living|moved|moving|have moved|go|going|went|leaving|leave|entering|coming out|walking|driving|arriving|attend|attended|work|study|visit|visited|meet|met|stay|joined|spoke|pray|posted|were at|are at|took part)|where (?:you|u|your \w+) (?:live|lives|work|works|study|studies|go|goes|stay|stays|are|is)|(?:your|ur) (?:live ?stream|stream|speech|interview|channel|address|home|house|flat|apartment|workplace|office|routine|movements|friends|contacts|neighbou?rhood|street|building|door|car)|(?:you|u) (?:changed|switched|got|bought|rented) (?:ur|your|a) (?:new )?(?:number|phone|address|job|flat|apartment|car|sim)|(?:your|ur) (?:son|daughter|kids?|children|wife|husband) (?:goes to|go to|attends|lives (?:in|at|on)|works at|studies at|walks)|(?:the|that|this) (?:rally|protest|demonstration|mosque|association|meeting|gathering|event)|every (?:day|week|sunday|monday|tuesday|wednesday|thursday|friday|saturday|morning|evening|night))\b/iu;

const FRIENDLY = {
  pattern:
    /\b(?:lol|haha|miss you|congrats|congratulations|proud|well done|great|awesome|amazing|love|loved|brave|saved|cake|visit you|come by|drop by|bring (?:the|a|you)|thanks|thank you|on (?:instagram|facebook|your story))\b/iu,
  factor: 0.3,
  reason: 'friendly chat',
} as const;

export default defineRules('en', 'surveillance-claim', [
  {
    id: 'we-know-your-moves',
    tactic: 'surveillance-claim',
    score: 0.85,
    description: 'Claims to know or have seen where the person lives, goes or what they do.',
    match:
      /\b(?:we|i) (?:also |already |all )?(?:know|knew|have seen|saw|noticed|have noticed|see|are watching|have been watching|watched|followed|have been following|observed|have observed|are aware)\b/iu,
    near: [{ pattern: MOVES, within: 40, side: 'after' }],
    unless: [FRIENDLY],
    examples: {
      match: [
        ['We know you moved from Cairo to Istanbul in March.', 'We know you moved'],
        ['we know u go to the association every Sunday', 'we know u go'],
        ['We noticed you attended the rally in Berlin.', 'We noticed you attended'],
        ['I know your son goes to the school on Baker Street.', 'I know your son goes to'],
      ],
      noMatch: [
        'I know you are busy, call me later.',
        "I know where you live now, mom told me! I'll bring the cake on Saturday.",
        'I saw you went to the concert on Instagram, so proud!',
        'I saw your post about the protest, great speech!',
        'We know the way.',
      ],
    },
  },
  {
    id: 'we-are-watching',
    tactic: 'surveillance-claim',
    score: 0.85,
    description: 'Claims to watch the person, to have people near them, or to have photos of them.',
    match:
      /\b(?:(?:we are|we're|we r|we have been|we've been|i am|i'm|i have been|i've been) (?:always |still )?(?:watching|following|monitoring|tracking) (?:you|u|your)|(?:we|they) (?:have|got) (?:people|eyes|friends|someone|our people|men) (?:in|near|around|at|watching|everywhere|close to|in your)|our people (?:are|saw|see|know|are watching|are near)|we see everything|we saw everything|we know everything|(?:we|i) (?:also |already )?know where (?:you|u|your)|(?:we|i) (?:have|got|took) (?:photos?|pictures?|videos?|footage) of (?:you|u)|here(?:'s| is| are) (?:a |some )?(?:photos?|pictures?) of (?:you|u)|(?:photo|picture|video) of (?:you|u) (?:at|in front of|outside|during) the (?:rally|protest|demonstration|embassy|consulate|meeting))\b/iu,
    unless: [FRIENDLY],
    examples: {
      match: [
        ['We have people in your neighbourhood.', 'We have people in'],
        ['I know where you live.', 'I know where you'],
        ['we took pictures of you at the protest', 'we took pictures of you'],
      ],
      noMatch: ['We have people coming for dinner tonight.', 'Here are the photos from the trip.'],
    },
  },
  {
    id: 'we-have-your-records',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: "Claims to hold the person's papers or records, or describes their car or home.",
    match:
      /\b(?:(?:we|i) (?:have|got|obtained|saw|read) (?:a copy of |copies of |seen |all )?(?:your|ur) (?:rental contract|lease|tenancy|bank statements?|medical records|phone records|call logs?|messages|emails|chats|travel history|flight details|flights|schedule|timetable|contract|address|new address|home address)|parked (?:outside|in front of|near) (?:your|ur|number|no)|(?:your|ur) (?:car|bike) is the \w+)\b/iu,
    examples: {
      match: [
        ['We have a copy of your rental contract.', 'We have a copy of your rental contract'],
        ['Your car is the grey Toyota parked outside number 14, right?', 'Your car is the grey'],
      ],
      noMatch: ['I have your charger, you left it here.', 'Your car is ready for pick-up at the garage.'],
    },
  },
  {
    id: 'say-hello-to-your-neighbour',
    tactic: 'surveillance-claim',
    score: 0.75,
    description:
      'Sends greetings to people around the person (a neighbour, a landlord): "we know who lives next to you".',
    match:
      /\bsay (?:hello|hi) to (?:your|ur) (?:\w+ )?(?:neighbou?rs?|landlord|landlady|doorman|concierge)\b/iu,
    near: [{ pattern: /\b(?:for us|from us)\b/iu, within: 50, side: 'after' }],
    examples: {
      match: [
        [
          'Say hello to your neighbour with the white dog for us.',
          'Say hello to your neighbour with the white dog for us',
        ],
      ],
      noMatch: ['Say hello to your parents for us!', 'Say hello to your neighbour for me, she is lovely.'],
    },
  },
  {
    id: 'saw-your-child-at',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: 'Says a relative of the person was seen at their school, home or work.',
    match:
      /\b(?:saw|seen|watched|noticed|spotted|followed|met) (?:your|ur) (?:\w+ )?(?:daughter|son|kids?|children|child|wife|husband|family|sister|brother|mother|mom|father|dad|parents)\b/iu,
    near: [
      {
        pattern:
          /\b(?:outside|near|at|in front of|leaving|entering|on (?:the|her|his) way to) (?:her|his|their|your|the) (?:school|kindergarten|home|house|work|office|flat|apartment|building|class|playground)\b/iu,
        within: 30,
        side: 'after',
      },
    ],
    examples: {
      match: [
        ['I saw your daughter outside her school today.', 'saw your daughter outside her school'],
        ['we spotted ur son near the house', 'spotted ur son near the house'],
      ],
      noMatch: ['I saw your daughter at the wedding, she is so tall now!', 'I saw your mom at the market.'],
    },
  },
  {
    id: 'you-were-at',
    tactic: 'surveillance-claim',
    score: 0.6,
    description: 'Tells the person where they were: at a protest, a meeting, a mosque.',
    match:
      /\b(?:you|u) (?:were|was) (?:at|in) (?:the|that|this|a) (?:\w+ )?(?:protest|rally|demonstration|meeting|mosque|gathering|vigil|conference|hearing)\b/iu,
    unless: [
      {
        pattern:
          /\b(?:too|me too|i didn'?t see|i was there|were you|did you|we were there|great|proud|thanks)\b/iu,
        within: 30,
        factor: 0.3,
        reason: 'friends talking about an event',
      },
    ],
    examples: {
      match: [['You were at the embassy protest on Friday.', 'You were at the embassy protest']],
      noMatch: ["You were at the meeting too? I didn't see you!"],
    },
  },
]);
