import { defineRules } from '../define';
import { CALL_BACK } from './_lexicon';

/** A parcel or a courier, including the Chinese couriers these scripts name. */
const PARCEL =
  /\b(?:parcels?|packages?|shipments?|consignments?|deliver(?:y|ies)|courier|waybill|ems|dhl|fedex|ups|sf express|china post|zto|yto|sto express|yunda|cainiao|j&t)\b/iu;

/** What went wrong with it: held, seized, a customs or address problem. */
const TROUBLE =
  /\b(?:held|hold|intercepted|seized|detained|stuck|blocked|frozen|(?:at|by|in) (?:\w+ )?customs|stopped|customs (?:problem|issue|inspection|check|hold|clearance)|(?:to )?(?:clear|release) (?:it|your|the|this)|(?:must|needs to|has to) be verified|verify (?:your|the) (?:identity|address|details)|identity (?:check|verification)|illegal|prohibited|contraband|suspicious|(?:cannot|can't|could not|couldn't) be (?:delivered|released|cleared)|undeliverable|failed|returned to sender|incomplete|problem|issue|violation|contain(?:s|ing)? (?:a |an |your |the |several |multiple )?(?:pas{1,2}ports?|bank cards?|drugs|illegal|prohibited|cash|counterfeit|fake|forged))\b/iu;

/** Genuine tracking notices. */
const TRACKING =
  /\b(?:out for delivery|was delivered|has been delivered|delivered to your|safe place|track(?:ing)?:|track your|estimated delivery|arriv(?:es|ing) (?:today|tomorrow))\b/iu;

export default defineRules('en', 'delivery-pretext', [
  {
    id: 'parcel-in-trouble',
    tactic: 'delivery-pretext',
    score: 0.75,
    description: 'A parcel or courier story: the shipment is held, seized, or stuck at customs.',
    match: PARCEL,
    near: [{ pattern: TROUBLE, within: 60 }],
    unless: [{ pattern: TRACKING, factor: 0.3, reason: 'an ordinary tracking notice' }],
    boost: [
      { pattern: CALL_BACK, factor: 1.2, reason: 'asks for a call-back or a key press' },
      {
        pattern:
          /\b(?:pas{1,2}p[o0]r?t|id card|id number|date of birth|full address|bank cards?|reply with|to release it)\b/iu,
        factor: 1.2,
        reason: 'asks for personal details to release the parcel',
      },
    ],
    examples: {
      match: [
        ['Your parcel from China is held at customs.', 'parcel from China is held'],
        ['a package in ur name was intercepted, press 1', 'package in ur name was intercepted'],
        [
          'This is ZTO Express. Your package cannot be delivered because the address is incomplete.',
          'package cannot be delivered',
        ],
      ],
      noMatch: [
        'Your Amazon parcel was delivered to your safe place: front porch.',
        'DHL: Your shipment is out for delivery today between 12:00 and 15:00.',
        'I sent the package to grandma yesterday.',
        'Customs fees for your parcel: 12.50 EUR. Pay at pickup.',
      ],
    },
  },
  {
    id: 'courier-call-back',
    tactic: 'delivery-pretext',
    score: 0.6,
    description: 'A courier or parcel message that asks for a call-back or a key press.',
    match: PARCEL,
    near: [{ pattern: CALL_BACK, within: 150, crossSentence: true }],
    unless: [{ pattern: TRACKING, factor: 0.3, reason: 'an ordinary tracking notice' }],
    examples: {
      match: [['Hello, about your parcel, press 1 for details.', 'parcel, press 1']],
      noMatch: ['Your parcel was delivered. Questions? Visit our help page.'],
    },
  },
]);
