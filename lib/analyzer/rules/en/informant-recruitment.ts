import { defineRules } from '../define';

/** Asking to be told, sent or kept informed. */
const ASK =
  /\b(?:tell (?:me|us|them)|let (?:me|us) know|send|sending|give (?:me|us)|share|forward|find out|report|inform (?:me|us)|(?:write|note|jot) (?:it |them |that |this |everything |names )?down|take notes|keep (?:a )?(?:note|record|list)|write (?:a few lines|a (?:short )?(?:note|report|summary)|(?:me|us) a)|(?:write|text|message|email) (?:to )?(?:me|us)|(?:would|'d) (?:appreciate|be grateful for)|fill (?:in|out)|provide|include|need|want|would like)\b|'d like\b/iu;

/** Diaspora groups, their meetings and their members. */
const GROUP =
  /\b(?:associations?|club|clubs|society|groups?|community|centre|center|mosque|meetings?|events?|gatherings?|rally|rallies|protests?|demonstrations?|organi[sz]ations?|ngos?|diaspora|activists?|students|members|uyghurs?|uighurs?|kazakhs?|compatriots|people from home|east turkestan|world uyghur congress|wuc)\b/iu;

/** Planning one's own party or event, where "who is coming" is a head count. */
const OWN_EVENT = {
  pattern:
    /\b(?:so (?:i|we) can (?:book|order|reserve|plan|buy|cook|get)|book (?:a|the) (?:table|room|hall|venue)|catering|snacks|chairs|dinner|lunch|trip|tour|how many|headcount|rsvp|seats|bring a dish|potluck|wedding|birthday|party|picnic|guest list|tickets?|carpool|lift|ride|fees|dues|paid|treasurer|newsletter|invoices?|receipts?|homework|class group|school group|teacher|work group|i (?:want|would like|'d like) to (?:join|come|go|attend|help|participate|volunteer)|can i (?:join|come)|bring my)\b/iu,
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
      /\b(?:(?:who|which(?: \w+){0,7}) (?:are|is|were|was) (?:involved|active|members?|participating|planning|organi[sz]ing|preparing|behind|leading|running)(?: in| with)?|which (?:students|people|ppl|members|uyghurs|kazakhs|ones|of them|activists|of the students) (?:attend|attended|come|came|go|went|organi[sz]e|organi[sz]ed|participate|participated|joined|spoke)|who (?:are|were|is|was) the (?:organi[sz]ers?|leaders?|members|speakers|participants|people behind|founders|main activists|new (?:people|members|faces|students|arrivals|ones)|newcomers)|who (?:else )?(?:was|were|is|are) (?:at|in|present at|inside) (?:the |\w+'s )|who (?:the |your |their )?(?:imam|imams|leaders?|chairman|chair|president|organi[sz]ers?|head|director|teachers?|speakers?|activists?|board|committee|elders?) (?:\w+ )?(?:meets?|met|talks? to|talked to|sees|saw|visits?|visited|calls?|called|invites?|invited|works with|hosts?|hosted|contacts?|contacted|is in touch with|hangs out with|spends time with)|who (?:goes|went|comes|came) to see|(?:i|we) need (?:the |their |all (?:the )?)?names|who(?: else)?(?:'s| is| are)? (?:comes|came|coming|attends|attended|attending|goes|went|going|spoke|speaks|speaking|organi[sz]es|organi[sz]ed|organi[sz]ing|participates|participated|participating|joined|joins|joining|visits|visited|meets|met|sees|talks to|talked to|was there|were there|involved|leads|runs|funds|pays for|behind it|behind this|the (?:members|organi[sz]ers|leaders|speakers) (?:are|were)))\b/iu,
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
      /\b(?:(?:names?|lists?|photos?|pictures?|contacts?|details|addresses)(?: and (?:their |the )?(?:phone |contact |mobile |home )?(?:numbers|addresses|details|contacts|photos|workplaces))? of (?:the |all (?:the )?|your |those |any )?(?:(?!famil|relativ|loved|missing|own )\w+ ){0,2}(?:everyone|everybody|members|participants|attendees|organi[sz]ers|people|students|activists|speakers|those who|the others|classmates|compatriots|volunteers|leaders|imams?|fellow students|countrymen|board|committee|newcomers|other (?:uyghurs|kazakhs|students|members))|(?:photos?|pictures?|videos?|recordings?) (?:from|of) the (?:\w+ )?(?:conference|meeting|rally|protest|gathering|vigil|demonstration|congress)|(?:member|membership|board|attendee|attendance|participant|mailing|contact|whatsapp|telegram|wechat) lists?|(?:information|info|details|news) (?:about|on) (?:other|the other|fellow) (?:uyghurs|kazakhs|students|compatriots|members|activists))\b/iu,
    near: [{ pattern: ASK, within: 160, crossSentence: true }],
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
        'Bring photos of your family members if you want to share them at the vigil.',
      ],
    },
  },
  {
    id: 'tell-about-the-group',
    tactic: 'informant-recruitment',
    score: 0.75,
    description:
      'Asks the person to share or tell what they know about a diaspora group, its people or its plans.',
    match:
      /\b(?:share|pass on|send|forward|tell (?:me|us)|talk|say|inform (?:me|us)|let (?:me|us) know|keep (?:me|us) (?:posted|informed|updated)) (?:a bit|a little|something|some things|more|anything|everything|news|information|info|updates?|gossip|what (?:you|u) (?:know|hear|see|learn)|whatever (?:you|u) (?:know|hear|see)) (?:about|on|from|at|of|inside) (?:the|your|their|this|that) (?:\w+ ){0,2}(?:association|group|club|community|organi[sz]ation|mosque|centre|center|students|members|activists|congress|diaspora|society|union|committee|meetings?|events?)\b/iu,
    unless: [OWN_EVENT],
    examples: {
      match: [
        [
          'If you share a bit about the association, your brother gets his job back.',
          'share a bit about the association',
        ],
        ['tell us whatever you hear at the mosque', 'tell us whatever you hear at the mosque'],
      ],
      noMatch: ['Tell me a bit about the club, can I join too?'],
    },
  },
  {
    id: 'who-they-meet',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: 'Asks to be told whom a named person meets, sees or talks to.',
    match:
      /\b(?:tell|let) (?:me|us)(?: know)? (?:who|whom) [a-z]+ (?:meets?|met|sees|saw|talks? to|talked to|calls?|called|visits?|visited|hangs out with|spends time with|is in touch with|works with|contacts?)\b/iu,
    unless: [
      OWN_EVENT,
      {
        pattern: /\b(?:boyfriend|girlfriend|dating|date|crush|cute|jealous|lol|haha|gossip)\b/iu,
        factor: 0.2,
        reason: 'gossip among friends',
      },
    ],
    examples: {
      match: [["You're friends with Dilnur, right? Tell us who she meets.", 'Tell us who she meets']],
      noMatch: ['Tell me who she meets on Friday, is it her new boyfriend? lol'],
    },
  },
  {
    id: 'remember-the-faces',
    tactic: 'informant-recruitment',
    score: 0.75,
    description: 'Tells the person to go to a community event and remember, note or photograph who is there.',
    match:
      /\b(?:remember|memori[sz]e|note|notice|watch|count|photograph|film|record|take (?:photos|pictures) of) (?:the |their |all the |everyone'?s? |every )?(?:faces|names|people there|who (?:comes|came|is there|was there|speaks|spoke|attends)|everyone (?:there|who comes))\b/iu,
    near: [{ pattern: GROUP, within: 120, crossSentence: true }],
    unless: [
      {
        pattern: /\b(?:birthday|wedding|so (?:i|we) can (?:thank|invite)|thank-you cards?|name tags?)\b/iu,
        factor: 0.2,
        reason: 'a family event',
      },
    ],
    examples: {
      match: [
        [
          'Go to the Kazakh community dinner on Saturday and remember the faces.',
          'community dinner on Saturday and remember the faces',
        ],
      ],
      noMatch: ['Remember the names of the guests at the wedding so we can thank them.'],
    },
  },
  {
    id: 'add-me-to-their-group',
    tactic: 'informant-recruitment',
    score: 0.45,
    description:
      "Asks to be added to a diaspora group's chat to read along; recruitment when said as quiet watching.",
    match:
      /\badd (?:me|us|my (?:friend|colleague|contact)|this number) (?:to|in|into) (?:the|your|their|this|that) (?:\w+(?:'s)? ){0,2}(?:group|chat|channel|list|group chat)\b/iu,
    near: [{ pattern: GROUP, within: 40 }],
    unless: [OWN_EVENT],
    boost: [
      {
        pattern:
          /\b(?:just (?:want|wanna|need) to (?:read|listen|watch|see|follow)|silently|quietly|won'?t (?:write|post|say anything)|no one will (?:know|notice)|just to read|for reading)\b/iu,
        factor: 1.6,
        reason: 'to watch the group quietly',
      },
    ],
    examples: {
      match: [
        [
          "Add me to the association's WhatsApp group, I just want to read.",
          "Add me to the association's WhatsApp group",
        ],
      ],
      noMatch: ['Add me to the association group please, I want to join the picnic!'],
    },
  },
  {
    id: 'report-after-each-meeting',
    tactic: 'informant-recruitment',
    score: 0.8,
    description:
      'Asks for a note, summary or report after each meeting or event: who came, who spoke, what was decided.',
    match:
      /\b(?:(?:notes?|reports?|summary|summaries|few lines|account|update|debrief(?:ing)?|write-?up|briefing|rundown)(?: \w+){0,4} (?:after|from|about|of|on)|(?:write|text|message|call|email) (?:to )?(?:me|us)(?: \w+){0,2} after|(?:tell|inform|brief) (?:me|us)(?: \w+){0,2} after) (?:each|every|the next|the last|this|that|their|the|any) (?:\w+ ){0,3}(?:meetings?|events?|gatherings?|sessions?|rally|rallies|protests?|dinners?|services?|prayers?|conferences?|congress|iftars?|lectures?|celebrations?)\b/iu,
    near: [
      {
        pattern:
          /\b(?:who (?:came|comes|spoke|speaks|chaired|attended|attends|was (?:new|there)|said what|organi[sz]ed|is new)|what (?:was|they|people|everyone|the \w+) (?:said|say|decided|discussed|talk(?:ed)? about|planned|plan)|for me|to me|(?:just )?between us|(?:we|i) would be grateful|(?:your|ur) (?:travel )?(?:expenses|costs)|(?:expenses|costs) (?:\w+ ){0,3}(?:covered|paid|reimbursed))\b/iu,
        within: 150,
        crossSentence: true,
      },
    ],
    unless: [OWN_EVENT],
    examples: {
      match: [
        [
          'We would be grateful for a short note after each meeting of the youth club: who came and who spoke.',
          'We would be grateful for a short note after each meeting',
        ],
        [
          'Write to me after the Friday gathering: who came, who talked to the imam.',
          'Write to me after the Friday gathering',
        ],
        [
          'Send me a summary after every meeting of the association. Your costs will be reimbursed.',
          'summary after every meeting of the association. Your costs',
        ],
      ],
      noMatch: [
        'The secretary will send a summary after each meeting to all members.',
        'Please post the minutes of the last meeting in the group.',
      ],
    },
  },
]);
