import { defineRules } from '../define';
import { CALL_BACK, INSTITUTION, YOU } from './_lexicon';

/** Papers the person is told to collect, sign or submit. */
const PAPERS =
  /\b(?:documents?|notices?|notifications?|letters?|envelopes?|files?|papers|paperwork|dossier|summons|subpoena|verdict|judgment|ruling|decision|records?|certificate|forms?)\b/iu;

/** What the pretext says must be done with the papers, or what will happen to them. */
const PAPER_ACTION =
  /\b(?:collect|collected|collection|pick(?:ed)? up|pickup|sign|signed|signing|signature|submit|submitted|in your name|for you|waiting|pending|(?:is|are|still) open|be closed|be cancell?ed|be transferred|be (?:frozen|suspended|invalidated|blocked)|flagged|expire[sd]?|needs? your|requires? your|process(?:ed)?|verif(?:y|ied|ication))\b/iu;

/** Genuine notices about the person's own application. */
const ROUTINE =
  /\b(?:ready for (?:collection|pick-?up)|no appointment is needed|book an appointment|online (?:system|portal|appointments?)|application (?:has been|was) received|we have received your|tracking number|renewal application)\b/iu;

const routine = {
  pattern: ROUTINE,
  factor: 0.4,
  reason: 'a routine notice about an application the person made',
} as const;
const callBack = { pattern: CALL_BACK, factor: 1.25, reason: 'asks for a call-back or a key press' } as const;

export default defineRules('en', 'official-document-pretext', [
  {
    id: 'important-document-for-you',
    tactic: 'official-document-pretext',
    score: 0.8,
    description: 'An "important" or "urgent" document, notice or file addressed to the person.',
    match:
      /\b(?:important|urgent|official|legal|confidential|unclaimed|undelivered|outstanding) (?:government |consular |embassy |legal |official )?(?:documents?|notices?|letters?|files?|papers|paperwork|summons|messages? about your (?:passport|file|status))\b/iu,
    near: [{ pattern: new RegExp(`${YOU.source}|${PAPER_ACTION.source}`, 'iu'), within: 40 }],
    unless: [routine],
    boost: [callBack],
    examples: {
      match: [
        ['You have an important document that must be collected. Press 1.', 'You have an important document'],
        ['Reminder: an urgent notice in your name is waiting at the consulate', 'urgent notice in your name'],
        ['There is an official letter for u, call back today', 'official letter for u'],
      ],
      noMatch: [
        'Important notice: the office is closed on Friday.',
        'Bring all important documents to the appointment.',
        "I can't find the important documents folder on the laptop",
      ],
    },
  },
  {
    id: 'papers-to-collect-or-sign',
    tactic: 'official-document-pretext',
    score: 0.7,
    description: 'Papers that the person must collect, sign or submit, or that wait in their name.',
    match:
      /\b(?:(?:needs?|requires?|awaiting|awaits) (?:your )?(?:personal |own |original )?signatures?|(?:must|have to|need to|needs to|to|and|please) (?:be )?(?:collected|signed|submitted|sign (?:some|the|a|these|those|it|them)|collect (?:it|them|the|a|your)|pick (?:it|them) up)|(?:waiting|pending|held) (?:to be collected|for (?:you|your signature|collection))|in your name (?:is|are) (?:still )?waiting|sign (?:some|the|these|a few) (?:papers|documents|forms)|(?:signed|collected|picked up|submitted) (?:by you )?(?:personally|in person)|collection (?:is )?(?:in person|personally)|(?:sign|collect) (?:\w+ )?(?:in person|personally))\b/iu,
    near: [{ pattern: PAPERS, within: 100, crossSentence: true }],
    unless: [
      routine,
      {
        pattern:
          /\b(?:contract|lease|tenancy|payslip|invoice|homework|permission slip|school trip|lawyer|solicitor|notary|mortgage|estate agent|letting agent|landlord|teacher|hr|employer|bank|insurance|doctor|hospital|gym|delivery driver|amazon)\b/iu,
        factor: 0.3,
        reason: 'everyday paperwork',
      },
    ],
    boost: [
      callBack,
      {
        pattern:
          /\b(?:forwarded to (?:us|our office|this office)|from your (?:home ?town|village|home county)|household registration|hukou|(?:your|ur) (?:family'?s? )?(?:property|case|status|residency|file|registration)|come (?:in|by|to (?:our|the) office))\b/iu,
        factor: 1.2,
        reason: "papers about the person's registration or case, to be handled in person",
      },
    ],
    examples: {
      match: [
        ['There is an urgent notice that needs your signature.', 'notice that needs your signature'],
        ['Come to the consulate next week to sign some papers.', 'to sign some papers'],
        [
          'a document concerning your status requires your signature',
          'document concerning your status requires your signature',
        ],
      ],
      noMatch: [
        'Your residence permit card is ready for collection, no appointment is needed.',
        'Please sign the lease and send it back to the landlord.',
        'Sign up for the newsletter here.',
      ],
    },
  },
  {
    id: 'document-for-you',
    tactic: 'official-document-pretext',
    score: 0.45,
    description:
      'A document, letter or summons "for you" or "in your name"; a pretext when an authority or a court stands behind it.',
    match:
      /\b(?:documents?|letters?|notices?|notifications?|envelopes?|summons|subpoena|papers|parcel of documents)(?: from (?:the |a )?\w+(?: \w+){0,2})? (?:has |have )?(?:arrived |come |been sent |been issued |is waiting |are waiting )?(?:for (?:you|u)|in (?:your|ur) name|addressed to (?:you|u))\b/iu,
    unless: [routine],
    boost: [
      callBack,
      {
        pattern:
          /\b(?:embassy|consulate|police|public security|court|prosecutor|ministry|bureau|authorities)\b/iu,
        factor: 1.45,
        reason: 'sent by an authority or a court',
      },
    ],
    examples: {
      match: [
        [
          'A document has arrived for you from the Urumqi public security bureau.',
          'document has arrived for you',
        ],
        [
          'An envelope from the Kashgar court addressed to you is waiting.',
          'envelope from the Kashgar court addressed to you',
        ],
      ],
      noMatch: [
        'Kids, I left some papers for you on the kitchen table.'.replace(
          'papers for you',
          'sandwiches for you',
        ),
      ],
    },
  },
  {
    id: 'your-file-status',
    tactic: 'official-document-pretext',
    score: 0.75,
    description:
      'The person\'s "file", "case" or passport is said to be open, flagged or about to be closed.',
    match:
      /\b(?:(?:your|ur) (?:file|case|dossier|record|pas{1,2}p[o0]r?t|legal status|status)(?: status| file)?(?: (?:at|with|in) the(?: \w+){1,4})? (?:is|was|has been|will be|remains|must be|needs to be|is still) (?:still |now )?(?:open|opened|closed|flagged|blocked|suspended|cancell?ed|invalidated|frozen|transferred|processed|updated|under review|on hold|incomplete|abnormal)|(?:regarding|about|concerning) (?:your|ur) (?:pas{1,2}p[o0]r?t|file|case|legal) (?:status|file|problem|issue)|(?:regarding|about|concerning) (?:your|ur) (?:file|case|status|registration|household registration|hukou|record|dossier|residence status)|(?:your|ur) (?:pas{1,2}p[o0]r?t|visa|file|case|status|documents?|residence permit) (?:has|have|had) (?:a |some |serious )?(?:problems?|issues?|errors?|irregularit(?:y|ies))|(?:a )?(?:problem|issue|irregularity) with (?:your|ur) (?:pas{1,2}p[o0]r?t|visa|file|documents?|status|residence permit)|(?:update|complete|verify|check|close|reopen|process|review) (?:your|ur) (?:family |personal |household |police |registration )?(?:file|dossier|household registration))\b/iu,
    unless: [
      routine,
      {
        pattern: INSTITUTION,
        factor: 0.3,
        reason: 'a university, immigration office or lawyer about a process the person started',
      },
    ],
    boost: [callBack],
    examples: {
      match: [
        ['Your file is still open.', 'Your file is still open'],
        [
          'Your file at the Ministry of Public Security is still open.',
          'Your file at the Ministry of Public Security is still open',
        ],
        ['pls contact us urgently regarding ur pasport status', 'regarding ur pasport status'],
        ['This is the embassy calling about your file.', 'about your file'],
      ],
      noMatch: ['Your file has been uploaded to the shared drive.', 'I sent the file about the budget.'],
    },
  },
  {
    id: 'robocall-press-key',
    tactic: 'official-document-pretext',
    score: 0.7,
    description: 'A recorded call that names a document, notice or passport and asks to press a key.',
    match: /\bpress (?:\d|one|two|nine|zero)\b/iu,
    near: [
      {
        pattern:
          /\b(?:documents?|notices?|notifications?|files?|pas{1,2}p[o0]r?ts?|visa|embassy|consulate|letters?|status|registration|hukou|court|summons|case)\b|文件|通知|大使馆|领事馆/iu,
        within: 160,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /\b(?:parcels?|packages?|shipments?|courier|express|china post|delivery)\b|快递|包裹/iu,
        within: 160,
        factor: 0.4,
        reason: 'a courier robocall (delivery-pretext)',
      },
    ],
    examples: {
      match: [
        [
          'Your passport has expired. To speak to consular staff press 1.',
          'passport has expired. To speak to consular staff press 1',
        ],
        ['[Recorded voice] You have a document to collect, press 9 now', 'document to collect, press 9'],
      ],
      noMatch: [
        'For opening hours press 1, for the pharmacy press 2.',
        'Do not press anything if a consulate calls you.',
      ],
    },
  },
]);
