import { defineRules } from '../define';

/** Surprises and account safety: the ordinary reasons to keep something quiet. */
const ORDINARY_SECRET = {
  pattern:
    /\b(?:surprise|birthday|gift|present|party|spoiler|spoilers|pin|password|passcode|one-time code|otp|security code|verification code|card details|ending|endings|plot|episode|movie|film|series|the show|the score|results|announcement|embargo|press release|hr|nda|non-disclosure|price|cost|expensive|but (?:i|we)|i got|we got|pregnant|engaged|promotion)\b/iu,
  factor: 0.2,
  reason: 'a surprise or an account-safety reminder',
} as const;

/** Chat apps the person is moved to. */
const APP =
  /\b(?:wechat|we chat|weixin|telegram|signal|whatsapp|qq|imo|line app|threema|wickr|viber|botim|skype|zoom)\b|微信/iu;

export default defineRules('en', 'secrecy-demand', [
  {
    id: 'do-not-tell-anyone',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: 'Tells the person not to tell or discuss this with anyone, or names whom not to tell.',
    match:
      /\b(?:do not|don't|dont|dnt|never|not to|better not|no need to|shouldn't|should not|must not|mustn't|can't|cannot|please don'?t|pls don'?t|will not|won't|are not to|r not to|may not|(?:are )?not allowed to|(?:are )?forbidden to) (?:\w+ ){0,2}(?:tell|mention|say (?:anything|a word)|talk about|discuss|share|show|post (?:about|on|anything)|write (?:about|anything)|speak (?:about|of|to|with)|talk to|inform|report|contact|call|let \w+ know)\b/iu,
    near: [
      {
        pattern:
          /\b(?:anyone|anybody|any one|any1|ne1|no one|others|other people|everyone|people|your (?:family|wife|husband|friends|parents|mother|father|colleagues|lawyer|relatives|brother|sister)|(?:the )?(?:police|media|press|journalists|reporters|association|ngo|authorities|community)|this (?:call|message|conversation|chat|matter|investigation)|about (?:this|us|me|our))\b/iu,
        within: 40,
        side: 'after',
      },
    ],
    unless: [ORDINARY_SECRET],
    examples: {
      match: [
        ['Do not tell anyone about this investigation.', 'Do not tell anyone'],
        ["Don't mention this to anyone there.", "Don't mention this to anyone"],
        ['Better not to tell your wife for now.', 'Better not to tell your wife'],
        ["please don't discuss this call with others", "please don't discuss this call with others"],
        ['You will not discuss it with anyone, including your family.', 'will not discuss it with anyone'],
        ['you are not to mention this call to your wife', 'are not to mention this call to your wife'],
      ],
      noMatch: [
        "Don't tell dad about the birthday surprise!",
        'Never share your PIN with anyone.',
        'I did tell everyone about the party.',
      ],
    },
  },
  {
    id: 'keep-it-between-us',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: 'Asks to keep the contact secret, private or "between us", or calls it an internal matter.',
    match:
      /\b(?:keep (?:this|it|our (?:little |short )?(?:conversation|talk|contact|chat|meeting|call)|this (?:call|message|conversation)) (?:between us|secret|confidential|private|quiet|to yourself)|(?:just |strictly )?between (?:you and me|us two)|(?:it'?s|this is|it is) (?:an? )?(?:internal|confidential|private|secret) matter|(?:this|it) is (?:strictly |highly )?(?:confidential|secret)|(?:this|the|our|your) (?:case|matter|call|conversation|investigation|procedure|inquiry|enquiry) is (?:strictly |highly )?(?:confidential|secret|classified|not (?:to be|for) (?:discussed|shared|public))|tell no one|(?:talk|speak|say a word) to (?:no one|nobody|no-one)|tell nobody|not a (?:single )?word (?:to|about)|(?:nobody|no one|no-one) (?:must|should|may|can|needs to) (?:find out|hear about|learn about|see this|know (?:that|about|we))|use (?:only )?this (?:account|app|channel)(?: only)?|(?:nobody|no one) (?:needs|has|must|should|may) (?:to )?know|(?:don'?t|do not|never) let (?:anyone|anybody|others|other people|people|your \w+) know|(?:this|it) (?:stays|remains|must stay|must remain) between (?:us|you and me)|(?:call|text|message|contact|write) me (?:only )?(?:from|on|using) (?:a |another )?(?:different|another|new|other|safe|secure|second) (?:phone|number|sim|app|account)|(?:must|should|will|has to) (?:remain|stay|be kept) (?:confidential|secret|private|between us))\b/iu,
    unless: [ORDINARY_SECRET],
    examples: {
      match: [
        ['Keep this between us, ok?', 'Keep this between us'],
        ['Not a word to your wife about our meeting.', 'Not a word to'],
        ['Nobody must find out that we talked.', 'Nobody must find out'],
        ["It's routine, it's an internal matter.", "it's an internal matter"],
        ['This case is confidential. Understood?', 'This case is confidential'],
      ],
      noMatch: ["Keep it secret, it's her birthday surprise!", 'Keep the receipts for your taxes.'],
    },
  },
  {
    id: 'delete-this-chat',
    tactic: 'secrecy-demand',
    score: 0.85,
    description: 'Asks the person to delete the message, chat or call history.',
    match:
      /\b(?:(?:delete|erase|remove|clear|wipe) (?:this|the|our|these|all (?:the|our|these)|your) (?:chats?|messages?|conversations?|call log|call history|history|sms|texts?|threads?)|(?:delete|erase) (?:(?:this|it|everything|them) )?(?:after|once|when) (?:reading|you read|you've read|read)|(?:delete|erase) (?:this|it|everything) (?:now|immediately|right away|at once)|delete this(?= ?[.!]|$))/iu,
    unless: [
      {
        pattern: /\b(?:spam|junk|by mistake|wrong number|sorry|accidentally|storage|space)\b/iu,
        factor: 0.2,
        reason: 'tidying up, not hiding',
      },
    ],
    examples: {
      match: [
        ['Delete this chat after you add me.', 'Delete this chat'],
        ['pls erase our messages', 'erase our messages'],
        ["Don't tell anyone we talked. Delete this.", 'Delete this'],
      ],
      noMatch: ['Sorry, wrong number, please delete the message.', 'I deleted the photos from my phone.'],
    },
  },
  {
    id: 'move-to-another-app',
    tactic: 'secrecy-demand',
    score: 0.7,
    description:
      'Moves the conversation to another app or channel ("add me on WeChat", "not safe to talk here").',
    match:
      /\b(?:add me|add my|contact me|message me|text me|write me|write to me|reach me|find me|download|install|switch to|move to|continue on|(?:let'?s|we (?:should|can|must|will)) (?:talk|continue|chat|move|switch|speak))\b/iu,
    near: [{ pattern: APP, within: 20, side: 'after' }],
    unless: [
      {
        pattern:
          /\b(?:group photos?|the photos|trip|holiday|cheaper|better quality|groups?|newsletter|our channel|subscribe|crash\w*|not working|doesn'?t work|won'?t load|broken|easier for (?:video|calls)|video calls?)\b/iu,
        factor: 0.3,
        reason: 'an everyday reason to change apps',
      },
    ],
    boost: [
      {
        pattern:
          /\b(?:not safe|not secure|delete|privately|in private|instead|only there|don'?t (?:reply|write) here)\b/iu,
        factor: 1.2,
        reason: 'moving away from a channel said to be unsafe',
      },
    ],
    examples: {
      match: [
        ['Download WeChat and add me: xj_zhang_1985.', 'Download WeChat'],
        ["let's talk on Signal instead", "let's talk on Signal"],
      ],
      noMatch: [
        'I use WhatsApp for the family group, it shares the photos better.',
        'The trip photos are on Telegram.',
      ],
    },
  },
  {
    id: 'not-safe-here',
    tactic: 'secrecy-demand',
    score: 0.8,
    description: 'Says this channel is not safe to talk on.',
    match:
      /\b(?:not safe to (?:talk|speak|write|chat)|(?:can'?t|cannot|shouldn'?t) (?:talk|speak|write) (?:about (?:this|it) )?(?:here|on this|by phone|over the phone)|this (?:line|app|phone|chat) is not (?:safe|secure)|(?:let'?s|we (?:should|must|need to)) talk (?:privately|in private|in person|somewhere else|elsewhere))\b/iu,
    examples: {
      match: [
        ['Not safe to talk here.', 'Not safe to talk'],
        ['we should talk in person, this line is not secure', 'we should talk in person'],
      ],
      noMatch: ['It is not safe to drive in this snow.', "Can't talk now, in a meeting."],
    },
  },
]);
