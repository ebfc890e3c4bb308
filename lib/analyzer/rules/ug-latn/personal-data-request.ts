import { defineRules } from '../define';
import { FORMALITY, SEND } from './_lexicon';

const PERSONAL_DATA =
  /(?<!\p{L})(?:adr[ei]s|turalghu|tughulghan ?(?:kün|waqit|yil|jay)|(?:téléfon|yanfon) ?num[ou]r|numuringiz|nomuringiz|isimingiz|ismingiz|isim-?familiy|toluq ?isim|xizmet ?orn|mektipingiz|alaqe ?uchur|wichat ?num[ou]r|shexsiy ?uchur)\p{L}*/u;

const TELL = /(?<!\p{L})(?:éytip ?béring|éyting|dep ?béring|bildürüng|uqturung|yézing|yézip ?qoyung)\p{L}*/u;

export default defineRules('ug-latn', 'personal-data-request', [
  {
    id: 'send-personal-data',
    tactic: 'personal-data-request',
    score: 0.8,
    description: 'A request to send or tell one’s address, birth date, phone number or workplace (ULY).',
    match: PERSONAL_DATA,
    near: [{ pattern: new RegExp(`${SEND.source}|${TELL.source}`, 'u'), within: 50 }],
    unless: [
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      {
        pattern: /(?<!\p{L})(?:sowgha|teklipname|ewetimen|ewetey)\p{L}*/u,
        factor: 0.3,
        reason: 'someone sending a gift',
      },
    ],
    examples: {
      match: [['Toluq adrésingizni yollang', 'adrésingizni yollang']],
      noMatch: ['Adrésingizni ewetip béring, sizge toy teklipnamisi ewetimen.', 'Send me your address.'],
    },
  },
  {
    id: 'where-do-you-live',
    tactic: 'personal-data-request',
    score: 0.6,
    description: 'A direct question about where the target lives, works or studies (ULY).',
    match:
      /(?<!\p{L})(?:qeyerde|nede) ?(?:turisiz|turuwatisiz|ishleysiz|ishlewatisiz|oquysiz|oquwatisiz)(?!\p{L})/u,
    examples: {
      match: [['Hazir qeyerde turuwatisiz?', 'qeyerde turuwatisiz']],
      noMatch: ['Men Enqerede turimen.'],
    },
  },
]);
