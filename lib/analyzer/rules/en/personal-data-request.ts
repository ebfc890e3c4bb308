import { defineRules } from '../define';
import { FORMALITY, OWN, REQUEST, WANT } from './_lexicon';

/** Personal details other than documents, as the object of a request. */
const DETAIL =
  /\b(?:(?:full|real|legal|chinese|maiden) names?|(?:date|place) of birth|dob|(?:home|current|new|exact|residential|full|street|work|office|school|postal) ad{1,2}res{1,2}(?:es)?|(?:your|ur|yr) ad{1,2}res{1,2}|ad{1,2}res{1,2} abroad|where (?:you|u) (?:live|stay|work)|employer|workplace|place of work|work unit|(?:your|ur|yr|his|her|their) (?:new |phone |mobile |cell |contact |telephone |whatsapp |wechat |telegram )?(?:numbers?|nos?)|contact list|contact (?:details|info(?:rmation)?)|(?:personal|delivery|shipping) details|(?:your|ur) details|(?:your|ur) (?:e-?mail(?: ad{1,2}res{1,2})?|facebook|instagram|twitter|telegram|wechat|tiktok|linkedin|vk|social media)(?: (?:name|account|handle|username|id))?|names? of (?:your|ur) (?:school|university|employer|company|workplace|landlord|boss|manager)|(?:social media|instagram|facebook|twitter|tiktok|telegram|wechat) (?:accounts?|handles?|usernames?|ids?)|(?:husband|wife|spouse|parents|relatives|children|kids|mother|father|brother|sister|manager|boss|landlord|supervisor)'?s? names?|names? of (?:your|ur) (?:husband|wife|spouse|children|kids|parents|relatives)|(?:which|what) (?:university|school|college|company|city) (?:you|u)|where (?:you|u) (?:study|studying|working|are living|r living)|(?:your|ur|yr) (?:\w+'s |\w+s' )(?:phone |mobile |cell |contact |whatsapp |wechat |home |work )?(?:numbers?|nos?|address(?:es)?|contacts?)|(?:kids'?|children'?s|son'?s|daughter'?s|their) schools?(?: names?)?|school names?|names? of (?:your|ur) (?:kids'?|children'?s|son'?s|daughter'?s) schools?)\b/iu;

export default defineRules('en', 'personal-data-request', [
  {
    id: 'request-near-detail',
    tactic: 'personal-data-request',
    score: 0.8,
    description:
      'A request verb with a personal detail (address, date of birth, employer, phone numbers) as its object.',
    match: DETAIL,
    near: [{ pattern: new RegExp(`${REQUEST.source}|${WANT.source}`, 'iu'), within: 90 }],
    unless: [
      { pattern: OWN, within: 0, factor: 0.2, reason: "the writer's own details" },
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      {
        pattern:
          /\b(?:wedding|invitations?|invite|birthday card|postcard|christmas card|new year card|thank-you card|gift|present|flowers|amazon)\b/iu,
        factor: 0.3,
        reason: 'asked to send an invitation or a card',
      },
      {
        pattern: /\b(?:pin|password|passcode|one-time code|otp|security code|cvv)\b/iu,
        factor: 0.3,
        reason: 'a bank or account safety notice',
      },
    ],
    examples: {
      match: [
        ['Reply with your full address and date of birth to release it.', 'Reply with your full address'],
        ['to find your file I need your full name and DOB pls', 'need your full name'],
        ['Please confirm your employer and current address abroad.', 'confirm your employer'],
        ["they want ur work address in Sydney and your husband's name", 'want ur work address'],
        ["Also what's your flatmate's phone number, in case", "what's your flatmate's phone number"],
      ],
      noMatch: [
        'I moved, my new address is 12 Elm Street, send me a postcard!',
        'Please add an emergency contact and your home address in the HR portal.',
        'Can you send me the slides from the meeting?',
        'Can you send me your address? I want to send you a wedding invitation.',
      ],
    },
  },
  {
    id: 'where-do-you-live',
    tactic: 'personal-data-request',
    score: 0.75,
    description: 'Asks where the person lives, works or studies now, or which school or city.',
    match:
      /\b(?:where (?:do|are|r) (?:you|u) (?:live|living|stay|staying|based|work|working|study|studying)|where (?:you|u) (?:live|living|stay|staying) now|(?:which|what) (?:city|town|country|university|uni|school|college|company|firm|area|district|neighbou?rhood) (?:do|are|r|did) (?:you|u) (?:live|living|work(?:ing)?(?: for| at| in)?|study|studying|go to|attend|at|in|based|stay|staying|for|now|currently)|who do (?:you|u) work for|which (?:city|town|university|uni|school|college|company|area) (?:you|u)|are (?:you|u) (?:working|studying) (?:or|and) (?:working|studying)|(?:are|r) (?:you|u) still (?:living|staying|working|studying|based|renting)(?: (?:in|at))?|who (?:is|'s) (?:your|ur) (?:supervisor|professor|employer|boss|landlord|manager|advisor|tutor)|(?:which|what) (?:faculty|department|course|programme|program|major|campus|dorm|hall|class|year|field) (?:are|r|do|did) (?:you|u) (?:in|at|study|studying|take|taking|doing|attend)|wh?at(?:'s| is|s)? (?:your|ur) (?:new )?(?:address|phone number|number|workplace|employer|school|university|wechat|telegram|instagram))\b/iu,
    unless: [
      {
        pattern: /\b(?:my (?:new )?address|my number)\b/iu,
        within: 0,
        factor: 0.2,
        reason: 'about the writer',
      },
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      {
        pattern:
          /\b(?:taxi|driver|pick (?:you|u) up|delivery|deliver|wedding|invitations?|postcard|let'?s meet|meet up|catch up|visit you|come visit|when i'?m in|i'?m in town|coffee|drinks|miss you)\b/iu,
        factor: 0.3,
        reason: 'an everyday reason to ask',
      },
    ],
    examples: {
      match: [
        ['Where are you living now? Still in Munich?', 'Where are you living'],
        ['which city r u in these days', 'which city r u in'],
        ['whats ur new number', 'whats ur new number'],
        ['Are you working or studying?', 'Are you working or studying'],
        ['What company do you work for now?', 'What company do you work for'],
        ['Which faculty are you in now?', 'Which faculty are you in'],
        ['and are u still renting in Leuven?', 'are u still renting in'],
      ],
      noMatch: [
        'Where are the keys?',
        'Which city has the best kebab?',
        'I live in Munich now.',
        'Which school do you recommend for the kids?',
      ],
    },
  },
  {
    id: 'others-contacts',
    tactic: 'personal-data-request',
    score: 0.8,
    description: 'Asks for phone numbers or contacts of other people (relatives, group members).',
    match:
      /\b(?:with (?:their|the) (?:phone )?numbers|(?:their|everyone's|members'?) (?:phone )?(?:numbers|contacts|addresses)|phone numbers of|contact details of|(?<!passport )(?<!id )(?<!document )(?<!visa )numbers of (?:your|ur|the|all|everyone))\b/iu,
    near: [{ pattern: new RegExp(`${REQUEST.source}|${WANT.source}|\\blist\\b`, 'iu'), within: 80 }],
    examples: {
      match: [
        [
          'we would like the list of everyone in the group, with their phone numbers',
          'list of everyone in the group, with their phone numbers',
        ],
        ['Send me the phone numbers of your cousins in Almaty', 'Send me the phone numbers of'],
      ],
      noMatch: ['Their numbers are in the shared spreadsheet.', 'I saved their phone numbers yesterday.'],
    },
  },
]);
