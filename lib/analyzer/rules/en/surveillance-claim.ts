import { defineRules } from '../define';

/** Where the person lives, goes and what they do: what a watcher says it knows. */
const MOVES =
  /\b(?:(?:you|u) (?:live|living|moved|moving|have moved|go|going|went|leaving|leave|entering|coming out|walking|driving|arriving|attend|attended|work|study|visit|visited|meet|met|stay|joined|spoke|pray|posted|were at|are at|took part)|where (?:you|u|your \w+) (?:live|lives|work|works|study|studies|go|goes|stay|stays|are|is)|(?:your|ur) (?:new |old |little |nice |current )?(?:live ?stream|stream|speech|interview|channel|address|home|house|flat|apartment|workplace|office|routine|movements|friends|contacts|neighbou?rhood|street|building|door|car|job|work|employer|company|studies|university|girlfriend|boyfriend|bank account|salary|debts|visa status|residence status|asylum case)|parked (?:on|outside|near|in front of)|(?:you|u) (?:changed|switched|got|bought|rented|moved) (?:ur |your |a |to a )?(?:new )?(?:numbers?|phones?|address(?:es)?|jobs?|flats?|apartments?|cars?|sims?|homes?|houses?|places?)|(?:you|u) (?:get|got|getting) (?:off|on|out of|into) (?:the|a)|(?:you|u) (?:take|took|taking) the (?:bus|tram|train|metro|subway|ferry|\d+)|(?:your|ur) (?:son|daughter|kids?|children|wife|husband) (?:goes to|go to|attends|lives (?:in|at|on)|works at|studies at|walks)|(?:the|that|this) (?:rally|protest|demonstration|mosque|association|meeting|gathering|event)|every (?:day|week|sunday|monday|tuesday|wednesday|thursday|friday|saturday|morning|evening|night)|(?:you|u) (?:\w+ ){0,4}(?:at|in|outside|near|in front of|leaving|entering|on) (?:the|that|this) (?:\w+ )?(?:square|rally|protest|demonstration|march|vigil|embassy|consulate|mosque|meeting|gathering|conference|hearing|parliament|commemoration|memorial))\b/iu;

/** A place the person goes to on a fixed day: what someone who watches them would know. */
export const ROUTINE =
  /\b(?:(?:you|u) (?:go|goes|went|drive|walk|attend|visit|take the kids) (?:to )?|(?:why|how come) do (?:you|u) (?:need to |have to |always |keep )?(?:go|going|visit|attend) (?:to )?)(?:that|the|this|your|ur) (?:\w+ ){0,2}(?:mosque|cafe|café|gym|office|school|centre|center|church|library|club|restaurant|shop|park|association|teahouse|pool)(?: [\p{L}\d]+){0,4} (?:every|each) (?:day|morning|evening|night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;

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
      /\b(?:we|i|our (?:people|colleagues|friends|men|guys|comrades|staff)|my (?:colleagues|people|friends)) (?:also |already |all )?(?:know|knew|have seen|saw|noticed|have noticed|see|are watching|have been watching|watched|followed|have been following|observed|have observed|are aware|photographed|filmed|recorded|spotted)\b/iu,
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
      /\b(?:(?:we are|we're|we r|we have been|we've been|i am|i'm|i have been|i've been) (?:always |still )?(?:watching|following|monitoring|tracking) (?:you|u|your)|(?:we|they) (?:have|got) (?:people|eyes|friends|someone|our people|men) (?:in|near|around|at|watching|everywhere|close to|in your)|our people (?:are|saw|see|know|are watching|are near)|we see everything|we saw everything|we know everything|(?:we|i) (?:also |already )?know where (?:you|u|your)|(?:we|i) (?:have|got|took) (?:photos?|pictures?|videos?|footage) of (?:you|u)|here(?:'s| is| are) (?:a |some )?(?:photos?|pictures?) of (?:you|u)|(?:photo|picture|video) of (?:you|u) (?:at|in front of|outside|during) the (?:rally|protest|demonstration|embassy|consulate|meeting)|(?:protest|rally|demonstration|vigil|march) (?:photos?|pictures?|videos?|footage) of (?:you|u)|(?:photos?|pictures?|videos?|footage|recordings?|images?) of (?:you|u)(?: \w+){0,4} (?:are|is) (?:on our desk|in our (?:files?|hands|archive|system|folder)|with us|on file)|(?:we|i) know (?:the|her|his|their|your|ur) (?:route|way to school|schedule|timetable|routine|habits|daily routine)|(?:we|i) know (?:when|where|what time) (?:she|he|they) (?:goes|leaves|walks|plays|studies|arrives|gets home|finishes))\b/iu,
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
    id: 'seen-wearing',
    tactic: 'surveillance-claim',
    score: 0.75,
    description:
      'Describes what the person wore or carried at a place and time ("at the square on Saturday in a blue jacket").',
    match:
      /\b(?:wearing|wore|dressed in|(?:in|with) (?:a|an|your|ur|that|the) (?:\w+ ){0,2}(?:jacket|coat|scarf|hat|cap|shirt|t-shirt|dress|hoodie|headscarf|hijab|doppa|sweater|jumper|glasses|sunglasses|backpack|bag|flag|banner|sign|placard|umbrella)|(?:nice|lovely|pretty|interesting|new|red|blue|black|white|green|gr[ae]y|yellow|brown|pink|purple|orange|dark|light|striped|checked) (?:\w+ )?(?:jacket|coat|scarf|hat|cap|shirt|t-shirt|dress|hoodie|headscarf|hijab|doppa|sweater|jumper|backpack|bag|flag|banner|sign|placard|umbrella))\b/iu,
    near: [
      {
        pattern:
          /\b(?:(?:you|u) (?:were|was)|(?:we|i|they|our people) (?:saw|noticed|spotted|watched|filmed|photographed)|at (?:the|that) (?:\w+ )?(?:square|rally|protest|demonstration|march|vigil|embassy|consulate|mosque|meeting|gathering|conference|hearing|station|airport)|(?:good |nice |clear )?(?:picture|photo|shot|video) of (?:you|u)|(?:first|second|third|front|back|last) row)\b/iu,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: [
      FRIENDLY,
      {
        pattern:
          /\b(?:did you|were you|are you|i was|we were|me too|wedding|party|photos? (?:from|of) (?:the|our) (?:trip|party|wedding))\b/iu,
        within: 60,
        factor: 0.3,
        reason: 'friends talking about a shared outing',
      },
    ],
    examples: {
      match: [
        ['You were at the square on Saturday wearing a blue jacket.', 'at the square on Saturday wearing'],
        ['Nice red scarf at the rally yesterday.', 'Nice red scarf at the rally'],
        ['Grey hoodie, third row at the vigil. Good picture of you.', 'Grey hoodie, third row'],
        [
          'You were standing outside the embassy in a black coat on Friday.',
          'You were standing outside the embassy in a black coat',
        ],
      ],
      noMatch: [
        'I saw you at the square on Saturday! Loved your jacket, coffee soon?',
        'Were you wearing the blue dress at the wedding?',
      ],
    },
  },
  {
    id: 'know-your-childs-school',
    tactic: 'surveillance-claim',
    score: 0.55,
    description: "Shows knowledge of a child's school, class or way to school, often as a tag question.",
    match:
      /\b(?:(?:your|ur) (?:son|daughter|kids?|children|child|boy|girl|little one|youngest|eldest)(?:'s)? (?:goes|go|attends|attend|is at|are at|studies at|started at|walks to|takes the bus to|is in (?:class|grade|year)|school is|class is|teacher is)|(?:we|i) (?:\w+ )?know (?:which|what|where) (?:school|class|kindergarten|nursery|university|college) (?:your|ur|he|she|they)|(?:which|what) (?:school|class|kindergarten|nursery) (?:your|ur) (?:son|daughter|kids?|children|child) (?:goes to|attends|is at|is in)|(?:your|ur) (?:son|daughter|kids?|children|child|boy|girl)(?:'s|s')? (?:school|class|kindergarten|nursery|lessons?|classes|school bus|bus|training|practice) (?:finishes|ends|starts|begins|is out|lets out|gets out|is at|is on|leaves|arrives|comes))\b/iu,
    near: [
      {
        pattern:
          /\b(?:school|primary|kindergarten|nursery|academy|class|grade|year \d|elementary|high|gymnasium|college|university|bus)\b/iu,
        within: 40,
        crossSentence: true,
      },
    ],
    unless: [
      FRIENDLY,
      {
        pattern:
          /\b(?:mine too|ours too|as mine|same school|together|my (?:son|daughter|kids?|children) (?:too|also|as well|goes|go)|recommend|is it (?:good|nice|far)|how is|do you like|playdate|birthday|homework|parents'? evening|pta)\b/iu,
        factor: 0.3,
        reason: 'parents chatting about schools',
      },
    ],
    boost: [
      {
        pattern:
          /\b(?:(?:doesn'?t|isn'?t|don'?t|aren'?t) (?:she|he|they|it)|right\?|(?:lovely|nice|good|pretty) school|every (?:morning|day|afternoon)|(?:at|by) the (?:gate|bus stop)|(?:we|i) know|picks? (?:her|him|them) up|drops? (?:her|him|them) off)\b/iu,
        factor: 1.45,
        reason: 'said as knowledge, not asked',
      },
    ],
    examples: {
      match: [
        [
          "Your daughter goes to Oakfield Primary, doesn't she? Lovely school.",
          'Your daughter goes to Oakfield Primary',
        ],
        ['I know which school your son attends.', 'I know which school your'],
        ["Your son's school finishes at 3:15, right?", "Your son's school finishes"],
      ],
      noMatch: [
        'Your daughter goes to Oakfield Primary? Mine too, small world!',
        'Your son goes to the same school as mine! Want to do pick-up together?',
      ],
    },
  },
  {
    id: 'timed-movements',
    tactic: 'surveillance-claim',
    score: 0.7,
    description:
      'Tells the person when they left or entered a place ("you left the mosque at 9 last night").',
    match:
      /\b(?:you|u) (?:left|entered|arrived at|came out of|went into|walked (?:into|out of)|drove to|got home|came home|met (?:\w+ )?(?:at|in))(?: the| your| ur| a)?(?: \w+){0,2} (?:at|around|after|before|just after|just before) (?:\d|midnight|noon|half past|quarter)/iu,
    unless: [
      FRIENDLY,
      {
        pattern:
          /\b(?:why|did you|were you|party|dinner|wedding|keys|phone|umbrella|charger|forgot|late for|lol|haha)\b/iu,
        within: 60,
        factor: 0.3,
        reason: 'a friend or relative asking',
      },
    ],
    examples: {
      match: [
        ['You left the mosque at 9 last night, with two friends.', 'You left the mosque at 9'],
        ['u came out of the community centre around 8', 'u came out of the community centre around 8'],
      ],
      noMatch: [
        'You left the party at 9, why? It got fun later lol',
        'You left your keys at 9, they are with me.',
      ],
    },
  },
  {
    id: 'you-met-someone-at',
    tactic: 'surveillance-claim',
    score: 0.4,
    description:
      'States whom the person met, and where or when ("you met Rustam at the cafe on Wednesday"): a claim when said as knowledge.',
    match:
      /\b(?:you|u) (?:met|were with|had (?:lunch|dinner|tea|coffee|breakfast|a meeting) with|sat with|talked to|spoke (?:to|with)|visited|went to see) (?:\w+ ){1,3}(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|at \d|(?:at|in|near|outside) (?:the|a|his|her|their) (?:\w+ )?(?:cafe|café|restaurant|mosque|office|house|flat|park|centre|center|embassy|consulate|hotel|station|square|library|market|bar|teahouse|place))\b/iu,
    unless: [
      FRIENDLY,
      { pattern: /\?/u, within: 3, side: 'after', factor: 0.3, reason: 'asked, not stated' },
      {
        pattern: /\b(?:how was|was it|did you enjoy|say hi|tell (?:him|her|them) i|hope you)\b/iu,
        factor: 0.3,
        reason: 'a friend asking',
      },
    ],
    boost: [
      {
        pattern:
          /\b(?:(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d|what did (?:you|u) (?:talk|discuss|say|tell|give)|we know|we saw|our people)\b/iu,
        factor: 1.5,
        reason: 'said with a time or as knowledge',
      },
    ],
    examples: {
      match: [
        ['You met Rustam at the cafe on Wednesday. What did you talk about?', 'You met Rustam at the cafe'],
        [
          'You had dinner with two journalists on Thursday near your flat.',
          'You had dinner with two journalists on Thursday',
        ],
      ],
      noMatch: ['You met Rustam at the cafe? Say hi from me!'],
    },
  },
  {
    id: 'knows-your-routine',
    tactic: 'surveillance-claim',
    score: 0.7,
    description:
      'Names a place the person goes to regularly ("that mosque on Kleine Straße every Friday"): knowledge of their routine.',
    match: ROUTINE,
    unless: [
      FRIENDLY,
      {
        pattern:
          /\b(?:can i come|join you|with you|see you there|meet you there|me too|so do i|i go there too)\b/iu,
        factor: 0.3,
        reason: 'a friend who goes along',
      },
    ],
    examples: {
      match: [
        [
          'Why do you need to go to that mosque on Kleine Straße every Friday? Think about it.',
          'Why do you need to go to that mosque on Kleine Straße every Friday',
        ],
        ['u go to the gym on Elm Road every morning at 7', 'u go to the gym on Elm Road every morning'],
      ],
      noMatch: ['You go to that mosque on Kleine Straße every Friday? Can I come with you?'],
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
