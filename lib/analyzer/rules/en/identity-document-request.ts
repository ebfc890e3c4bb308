import { defineRules } from '../define';
import { DOC_OBJECT, DOCUMENT, FORMALITY, INSTITUTION, OWN, REQUEST, WANT } from './_lexicon';

/** "your ID" counts only as a request's object; a bare "ID" is too common a word. */
const DOCUMENT_OR_OBJECT = new RegExp(
  `${DOCUMENT.source}|${DOC_OBJECT.source}|\\bids? (?:front and back|both sides)\\b`,
  'iu',
);

const passportPhoto = {
  pattern: /\bpas{1,2}port[- ](?:sized?|style|type)\b/iu,
  within: 0,
  factor: 0.1,
  reason: 'a passport-size photo of the person, not the document',
} as const;

/** Third persons asked: a report of what others were told, not a request to the reader. */
const reported = {
  pattern:
    /\b(?:asking|asked|ask|told|telling|forcing|forced|pressur\w+|ordered|demanding) (?:them|people|uyghurs|kazakhs|students|relatives|families|members|diaspora members|activists) to\b/iu,
  within: 30,
  factor: 0.3,
  reason: 'reports what others were asked',
} as const;

const own = { pattern: OWN, within: 0, factor: 0.2, reason: "the writer's own document" } as const;
/** The document is the topic or the subject ("papers concerning your hukou", "your passport needs renewing"). */
const topic = {
  pattern:
    /\b(?:concerning|regarding|about|relating to|related to|on|for|in) (?:your|ur)\b|\b(?:needs?|requires?) (?:your )?(?:signature|renewal|renewing|to be renewed|updating|to be updated)\b/iu,
  within: 3,
  factor: 0.3,
  reason: 'the document is the topic, not the thing asked for',
} as const;
/** "a copy of the visa page is not needed": the need is denied after the document. */
const notNeeded = {
  pattern:
    /\b(?:(?:is|are) not (?:needed|required|necessary)|(?:is|are) no longer (?:needed|required)|not needed|unnecessary)\b/iu,
  within: 10,
  factor: 0.25,
  reason: 'says the document is not needed',
} as const;
const institution = {
  pattern: INSTITUTION,
  factor: 0.3,
  reason: 'a university, immigration office or lawyer in a process the person started',
} as const;
const formality = {
  pattern: FORMALITY,
  factor: 0.3,
  reason: 'an employer, bank, hotel or travel formality',
} as const;

export default defineRules('en', 'identity-document-request', [
  {
    id: 'request-near-document',
    tactic: 'identity-document-request',
    score: 0.85,
    description:
      'A hand-over verb (send, upload, reply with, tell me) in the same sentence as an identity document.',
    match: DOCUMENT_OR_OBJECT,
    near: [{ pattern: REQUEST, within: 45 }],
    unless: [own, formality, institution, notNeeded, passportPhoto, reported],
    boost: [
      {
        pattern:
          /\b(?:compatriots?|overseas (?:chinese|citizens?)|chinese (?:embassy|consulate)|(?:embassy|consulate(?: general)?) of (?:the )?(?:prc|people'?s republic of china|china)|public security|state security|united front)\b/iu,
        factor: 2.5,
        reason: 'asked on behalf of a Chinese authority, not an employer or a bank',
      },
    ],
    examples: {
      match: [
        ['Please send me a copy of your passport.', 'send me a copy of your passport'],
        ['Reply with a scan of your pasport and ID card today', 'scan of your pasport'],
        ['u can just text me ur ID number, its faster', 'text me ur ID number'],
        ['Upload both sides of the residence card here: bit.ly/x', 'Upload both sides of the residence card'],
        ['For security, pls read me ur passport number.', 'read me ur passport number'],
      ],
      noMatch: [
        'My passport appointment is Tuesday.',
        "I've scanned my passport for the hotel booking, could you forward it?",
        'Bring your original passport and two photos to the visa appointment.',
        'Please upload a copy of your passport to the HR portal before your first day.',
        'Do not send your passport to anyone who calls you.',
        'You do not need to send your passport; the new card will be posted to you.',
        'The admissions team asks you to upload a scan of your passport to the university portal.',
        'I read the passport rules again.',
      ],
    },
  },
  {
    id: 'want-document-object',
    tactic: 'identity-document-request',
    score: 0.85,
    description: "Someone needs, wants or asks for a person's document, its number or a copy of it.",
    match: DOC_OBJECT,
    near: [{ pattern: WANT, within: 35 }],
    unless: [own, formality, institution, topic, notNeeded],
    examples: {
      match: [
        ["now they want ur wife's passport number too", "want ur wife's passport number"],
        [
          "Customs requires the consignee's passport copy before release.",
          "requires the consignee's passport copy",
        ],
        ["What's your Chinese ID number?", "What's your Chinese ID number"],
        ['We need a clear photo of the passport information page.', 'need a clear photo of the passport'],
      ],
      noMatch: [
        'Do you need a visa for Turkey?',
        "You'll need your passport at check-in.",
        'You need a valid passport to travel abroad.',
        'What is the visa fee now?',
        'A document concerning your hukou needs your signature.',
        'A copy of the visa page is not needed for renewals.',
      ],
    },
  },
  {
    id: 'document-number-please',
    tactic: 'identity-document-request',
    score: 0.8,
    description: 'A terse demand: a document number or copy followed by please, asap or a question mark.',
    match:
      /\b(?:pas{1,2}p[o0]r?t|id|id card|identity card|residence permit)\s?(?:numbers?|no|nr|copy|scan|photo|pic|picture)\s?(?:\?|pl[sz]|please|asap|now|today|urgently|quickly)/iu,
    unless: [own, formality],
    examples: {
      match: [
        ['passport number pls', 'passport number pls'],
        ['ok and ur ID no? quick', 'ID no?'],
        ['Passport copy asap, the office is waiting', 'Passport copy asap'],
      ],
      noMatch: ['passport number is on page 2 of the booking', 'Is my passport photo ok? lol'],
    },
  },
  {
    id: 'send-a-photo-of-it',
    tactic: 'identity-document-request',
    score: 0.8,
    description:
      'Asks for a photo or copy of "it" right after naming a document ("new residence permit. Send us a photo of it").',
    match:
      /\b(?:send|upload|forward|give|share|text|show) (?:us|me|them) (?:a |the )?(?:photo|copy|scan|picture|pic|image)s? of (?:it|them|both)\b/iu,
    near: [{ pattern: DOCUMENT, within: 80, side: 'before', crossSentence: true }],
    unless: [own, formality],
    examples: {
      match: [
        [
          'You have a new residence permit, right? Send us a photo of it.',
          'residence permit, right? Send us a photo of it',
        ],
      ],
      noMatch: [
        'I renewed my passport. Send me a photo of it? no, of the cake!',
        'Nice dress! Send me a photo of it.',
      ],
    },
  },
  {
    id: 'request-chinese-document',
    tactic: 'identity-document-request',
    score: 0.85,
    description: 'An English request verb next to a Chinese document word in a code-switched message.',
    match: /身份证号?|护照号?|居留证/u,
    near: [
      { pattern: /\b(?:need|needs|send|provide|give|reply with|want|require|requires)\b/iu, within: 25 },
    ],
    unless: [own],
    examples: {
      match: [
        ['Hi, pls send 护照 photo today', 'send 护照'],
        ['courier need recipient 身份证号 first', 'need recipient 身份证号'],
      ],
      noMatch: ['My 护照 is at home', 'Mom said 外婆 is fine'],
    },
  },
]);
