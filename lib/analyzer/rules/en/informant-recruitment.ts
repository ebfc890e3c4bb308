import { defineRules } from '../define';

/** Asking to be told, sent or kept informed. */
const ASK =
  /\b(?:tell (?:me|us|them)|let (?:me|us) know|send|sending|give (?:me|us)|share|forward|find out|report|inform (?:me|us)|write down|note down|need|want|would like)\b|'d like\b/iu;

/** Diaspora groups, their meetings and their members. */
const GROUP =
  /\b(?:associations?|club|clubs|society|groups?|community|centre|center|mosque|meetings?|events?|gatherings?|rally|rallies|protests?|demonstrations?|organi[sz]ations?|ngos?|diaspora|activists?|students|members|uyghurs?|uighurs?|kazakhs?|compatriots|people from home|east turkestan|world uyghur congress|wuc)\b/iu;

/** Planning one's own party or event, where "who is coming" is a head count. */
const OWN_EVENT = {
  pattern:
    /\b(?:so (?:i|we) can (?:book|order|reserve|plan|buy|cook|get)|book a table|how many|headcount|rsvp|seats|bring a dish|potluck|wedding|birthday|party|picnic|guest list|tickets?|carpool|lift|ride|fees|dues|paid|treasurer|newsletter|invoices?|receipts?|homework|class group|school group|teacher|work group|i (?:want|would like|'d like) to (?:join|come|go|attend|help|participate|volunteer)|can i (?:join|come)|bring my)\b/iu,
  within: 60,
  factor: 0.15,
  reason: 'planning an event, not reporting on people',
} as const;

export default defineRules('en', 'informant-recruitment', [
  {
    id: 'tell-us-who-attends',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: 'Asks to be told who comes to, attends, speaks at or organises a meeting or group.',
    match:
      /\b(?:(?:who|which(?: \w+){0,7}) (?:are|is|were|was) (?:involved|active|members?|participating)(?: in| with)?|which (?:students|people|ppl|members|uyghurs|kazakhs|ones|of them|activists|of the students) (?:attend|attended|come|came|go|went|organi[sz]e|organi[sz]ed|participate|participated|joined|spoke)|who (?:are|were|is|was) the (?:organi[sz]ers?|leaders?|members|speakers|participants|people behind|founders|main activists)|(?:i|we) need (?:the |their |all (?:the )?)?names|who(?: else)?(?:'s| is| are)? (?:comes|came|coming|attends|attended|attending|goes|went|going|spoke|speaks|speaking|organi[sz]es|organi[sz]ed|organi[sz]ing|participates|participated|participating|joined|joins|joining|visits|visited|meets|met|sees|talks to|talked to|was there|were there|involved|leads|runs|funds|pays for|behind it|behind this|the (?:members|organi[sz]ers|leaders|speakers) (?:are|were)))\b/iu,
    near: [{ pattern: ASK, within: 60, crossSentence: true }],
    unless: [OWN_EVENT],
    examples: {
      match: [
        ['Just tell us who else comes and what they talk about.', 'tell us who else comes'],
        ['Please also send who attended the March meeting and who spoke.', 'send who attended'],
        ['find out who is organising the protest', 'find out who is organising'],
        ['Can you tell us which students attend the events?', 'tell us which students attend'],
        [
          'Tell me which of the students at your uni are involved with the WUC.',
          'Tell me which of the students at your uni are involved with',
        ],
      ],
      noMatch: [
        "Let me know who's coming to the iftar so I can book a table.",
        'Who is coming to the picnic? I need to know how many burgers to buy.',
        'Who is coming to the birthday party? Tell me by Friday.',
        'Who is organising the protest? I want to join and bring my sister.',
        'I wonder who went there.',
      ],
    },
  },
  {
    id: 'what-they-talk-about',
    tactic: 'informant-recruitment',
    score: 0.8,
    description: 'Asks what a group talks about, says or plans.',
    match:
      /\b(?:what (?:the )?(?:\w+ ){0,3}(?:association|club|group|society|organi[sz]ation|community|congress|union|centre|center) (?:is|are|was|were) (?:planning|doing|saying|discussing|organi[sz]ing|preparing)|what (?:they|people|members|everyone|the (?:students|activists|leaders|organi[sz]ers|members|speakers|imam|board|participants|others)) (?:talk|talked|are talking|say|said|are saying|discuss|discussed|are discussing|plan|planned|are planning|are doing|do there|did there))\b/iu,
    near: [
      { pattern: ASK, within: 50, crossSentence: true },
      { pattern: GROUP, within: 150, crossSentence: true },
    ],
    unless: [OWN_EVENT],
    examples: {
      match: [
        [
          'Go to the association meeting and tell me what they discuss.',
          'meeting and tell me what they discuss',
        ],
        [
          'We want to know what the students are planning at the club.',
          'want to know what the students are planning',
        ],
      ],
      noMatch: ['Tell me what they said at the doctor.', 'The club meets on Friday.'],
    },
  },
  {
    id: 'keep-an-eye-on-group',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: 'Asks the person to watch, monitor or report on a group, club or community.',
    match:
      /\b(?:keep an eye on|keep (?:an )?eyes on|keep (?:me|us) (?:informed|updated|posted)|(?:to |and |please |pls |can you |could you |you could |just )report (?:back|on|about|to (?:us|me))|find out (?:who|what|when|where)|spy on|monitor|(?:forward|send|screenshot)(?: us| me)? (?:the|their|all (?:the|their)) (?:messages|chats|posts|conversations|discussions|screenshots)|join (?:the|their) (?:\w+ )?(?:group|chat|association|club|organi[sz]ation) (?:and|to)|tell (?:us|me) what (?:is going on|goes on|happens|is happening|they do|is said|they plan)|(?:a |our )?(?:friend|someone|somebody|person|eyes|man|woman) inside|report (?:what|who|everything|anything|all) (?:happens|happened|is said|was said|they|you see|you hear|goes on|went on)|let (?:me|us) know (?:when|who|what|if|whenever) (?:they|anyone|someone|people|members|he|she|the (?:club|group|association|members)) (?:\w+ )?(?:plan|plans|meet|meets|organi[sz]e|organi[sz]es|invite|invites|talk|talks|say|says|go|goes|come|comes|attend|attends|hold|holds|protest|post|posts))\b/iu,
    near: [{ pattern: GROUP, within: 120, crossSentence: true }],
    unless: [OWN_EVENT],
    examples: {
      match: [
        ['Could you keep an eye on the East Turkestan club?', 'keep an eye on the East Turkestan'],
        ['let me know when they plan events or invite speakers', 'let me know when they plan events'],
        ['pls report on the association to us every week', 'pls report on the association'],
      ],
      noMatch: [
        'Can you keep an eye on the kids while I shop?',
        'Let me know when the meeting starts.',
        'Read our report on the community event.',
      ],
    },
  },
  {
    id: 'tell-us-about-people',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      'Asks to be told about the people of a group: its new members, students, activists or leaders.',
    match:
      /\b(?:tell|inform|update|brief) (?:us|me) (?:about|on) (?:the |all the |any )?(?:new |other |young )?(?:people|members|students|activists|organi[sz]ers|leaders|participants|attendees|newcomers|uyghurs|kazakhs|speakers|guests)\b/iu,
    near: [{ pattern: GROUP, within: 80, crossSentence: true }],
    unless: [OWN_EVENT],
    examples: {
      match: [
        [
          'We want you to tell us about the new people at the Kazakh association.',
          'tell us about the new people at the Kazakh',
        ],
      ],
      noMatch: ['Tell me about the people at your new job!'],
    },
  },
  {
    id: 'member-list',
    tactic: 'informant-recruitment',
    score: 0.85,
    description: 'Asks for names, lists or photos of members, participants or other diaspora people.',
    match:
      /\b(?:(?:names?|lists?|photos?|pictures?|contacts?|details|addresses) of (?:the |all (?:the )?)?(?:other |uyghur |uighur |kazakh |new |young )?(?:everyone|everybody|members|participants|attendees|organi[sz]ers|people|students|activists|speakers|those who|the others|other (?:uyghurs|kazakhs|students|members))|(?:photos?|pictures?|videos?|recordings?) (?:from|of) the (?:\w+ )?(?:conference|meeting|rally|protest|gathering|vigil|demonstration|congress)|(?:member|membership|board|attendee|attendance|participant|mailing|contact|whatsapp|telegram|wechat) lists?|(?:information|info|details|news) (?:about|on) (?:other|the other|fellow) (?:uyghurs|kazakhs|students|compatriots|members|activists))\b/iu,
    near: [{ pattern: ASK, within: 80, crossSentence: true }],
    unless: [OWN_EVENT],
    examples: {
      match: [
        ["we'd like the list of everyone in your group", "'d like the list of everyone"],
        ['The member list was useful. Please send the new one too.', 'member list was useful. Please send'],
        ['Send us the names of the organisers.', 'Send us the names of the organisers'],
      ],
      noMatch: [
        'Send me the guest list for the wedding.',
        'The mailing list is down today.',
        'Please send me the list of members who paid their fees.',
      ],
    },
  },
]);
