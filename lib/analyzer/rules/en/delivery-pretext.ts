import { defineRules } from '../define';
import { CALL_BACK } from './_lexicon';

/** A parcel or a courier, including the Chinese couriers these scripts name. */
const PARCEL =
  /\b(?:parcels?|parcle|parcell|pacel|parsel|packages?|pakage|packge|pakcage|packet|pkg|shipments?|shippment|consignments?|deliver(?:y|ies)|delivary|delievery|courier|courrier|curier|waybill|ems|dhl|fedex|ups|usps|sf express|china post|zto|yto|sto express|yunda|cainiao|j&t|royal mail|parcelforce|evri|hermes|dpd|gls|canada post|australia post|postnl|la poste|deutsche post|kazpost|ptt kargo|aramex|post office|postal (?:service|item)|(?:international|postal|undelivered|registered|mail) items?|your item)\b/iu;

/** What went wrong with it: held, seized, a customs or address problem. */
const TROUBLE =
  /\b(?:held|hold|intercepted|seized|detained|stuck|blocked|frozen|(?:at|by|in) (?:\w+ )?(?:customs?|cusotms|custums|costums|cutsoms|costoms)|stopped|(?:customs?|cusotms|custums) (?:problem|issue|inspection|check|hold|clearance)|on hold|avoid (?:return|being returned)|(?:will be|is being) returned|(?:forged|fake|counterfeit) (?:passports?|documents|ids?)|(?:to )?(?:clear|release) (?:it|your|the|this)|(?:must|needs to|has to) be verified|verify (?:your|the) (?:identity|address|details)|identity (?:check|verification)|illegal|prohibited|contraband|suspicious|(?:cannot|can't|could not|couldn't) be (?:delivered|released|cleared)|undeliverable|failed|returned to sender|incomplete|problem|issue|violation|contain(?:s|ing)? (?:a |an |your |the |several |multiple )?(?:pas{1,2}ports?|bank cards?|drugs|illegal|prohibited|cash|counterfeit|fake|forged))\b/iu;

/** Genuine tracking notices. */
const TRACKING =
  /\b(?:out for delivery|was delivered|has been delivered|delivered to your|safe place|track(?:ing)?:|track your|estimated delivery|arriv(?:es|ing) (?:today|tomorrow)|pick (?:it|them|your parcel) up (?:at|from|with)|collect (?:it|them|your parcel) (?:at|from)|(?:at|from) the depot|collection point|pick-?up point|parcel locker)\b/iu;

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
    unless: [
      { pattern: TRACKING, factor: 0.3, reason: 'an ordinary tracking notice' },
      {
        pattern:
          /\b(?:questions\?|help page|faq|opening hours|rebook|redeliver\w*|reschedule|choose a new|pick-?up point|parcel locker|safe place)\b/iu,
        factor: 0.4,
        reason: "a courier's own service line",
      },
    ],
    examples: {
      match: [
        ['Hello, about your parcel, press 1 for details.', 'parcel, press 1'],
        [
          'china post: ur pakage has a problem, call back 555-0182',
          'china post: ur pakage has a problem, call back',
        ],
      ],
      noMatch: ['Your parcel was delivered. Questions? Visit our help page.'],
    },
  },
  {
    id: 'courier-wants-identity',
    tactic: 'delivery-pretext',
    score: 0.7,
    description:
      'A parcel or postal item that can be released only after the person confirms their identity or sends a document.',
    match: PARCEL,
    near: [
      {
        pattern:
          /\b(?:confirm (?:your|ur) (?:identity|id|details|name and address)|verify (?:your|ur) (?:identity|id|details)|proof of (?:identity|id)|identity (?:check|verification)|(?:photo|copy|scan|picture) of (?:your|ur|the) (?:passport|id|brp|residence)|(?:passport|id card|brp) (?:photo|copy|number))\b/iu,
        within: 160,
        crossSentence: true,
      },
    ],
    unless: [{ pattern: TRACKING, factor: 0.3, reason: 'an ordinary tracking notice' }],
    examples: {
      match: [
        [
          'Royal Mail: an international item is waiting. To avoid return, confirm your identity by sending a photo of your passport.',
          'Royal Mail: an international item is waiting. To avoid return, confirm your identity',
        ],
      ],
      noMatch: ['Your parcel was delivered. Thank you for choosing us.'],
    },
  },
]);
