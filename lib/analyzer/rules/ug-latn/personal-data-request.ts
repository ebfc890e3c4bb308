import { defineRules } from '../define';
import { DOCUMENT, FORMALITY, NEED, SEND, TELL } from './_lexicon';

const PERSONAL_DATA =
  /(?<!\p{L})(?:adr[ei]s|turalghu|tughulghan ?(?:kun|waqit|yil|jay)|(?:t[ei]l[ei]fon|yanfon) ?n[ou]m[ou]r|t[ei]l[ei]foningiz|t[ei]l[ei]fonliri|n[ou]m[ou]ringiz|n[ou]m[ou]rliri|isimingiz|ismingiz|isim-?famil|toluq ?isim|xizmet ?orn|ish ?orn|shirkitingiz|(?:ishleydighan|ishlewatqan|turidighan|turuwatqan|oquydighan|oquwatqan)liqing|mektipingiz|fakult[ei]t|alaqe ?uchur|wichat ?n[ou]m[ou]r|shexsiy ?uchur)\p{L}*(?<!gha|qa|ge|ke)(?!\p{L})/u;

export default defineRules('ug-latn', 'personal-data-request', [
  {
    id: 'send-personal-data',
    tactic: 'personal-data-request',
    score: 0.8,
    description: 'A request to send or tell one’s address, birth date, phone number or workplace (ULY).',
    match: PERSONAL_DATA,
    near: [{ pattern: new RegExp(`${SEND.source}|${TELL.source}`, 'u'), within: 60 }],
    unless: [
      { pattern: FORMALITY, factor: 0.3, reason: 'an employer, bank, hotel or travel formality' },
      { pattern: DOCUMENT, within: 12, side: 'before', factor: 0.2, reason: 'the number of a document' },
      {
        pattern: /(?<!\p{L})(?:sowgha|teklipname|ewetimen|ewetey|aptobus|orunduq)\p{L}*/u,
        factor: 0.3,
        reason: 'someone sending a gift, or an organiser',
      },
    ],
    examples: {
      match: [
        ['Toluq adrésingizni yollang', 'adrésingizni yollang'],
        ['Hazir qeyerde ishlewatqanliqingni yézip ber', 'ishlewatqanliqingni yézip ber'],
      ],
      noMatch: ['Adrésingizni ewetip béring, sizge toy teklipnamisi ewetimen.', 'Send me your address.'],
    },
  },
  {
    id: 'personal-data-needed',
    tactic: 'personal-data-request',
    score: 0.7,
    description: 'Someone needs or asks for the target’s address, phone number or workplace (ULY).',
    match: PERSONAL_DATA,
    near: [{ pattern: NEED, within: 30 }],
    unless: [
      { pattern: DOCUMENT, within: 12, side: 'before', factor: 0.2, reason: 'the number of a document' },
      { pattern: /(?<!\p{L})(?:sowgha|ewetimen)\p{L}*/u, factor: 0.3, reason: 'someone sending a gift' },
    ],
    examples: {
      match: [['Ular sizning téléfon nomuringizni sorap ketti', 'téléfon nomuringizni sorap']],
      noMatch: ['Sowgha ewetimen, adrésingiz kérek.'],
    },
  },
  {
    id: 'where-do-you-live',
    tactic: 'personal-data-request',
    score: 0.6,
    description: 'A direct question about where the target lives, works or studies (ULY).',
    match:
      /(?<!\p{L})(?:qeyerde|nede|qaysi ?(?:\p{L}+ )?(?:sheher|shirket|mektep|uniw[ei]rsit[ei]t|fakult[ei]t|rayon)\p{L}*) ?(?:tur|oltur|ishle|oqu)\p{L}*(?<=siz|sen|msiz|msen|du)(?!\p{L})/u,
    examples: {
      match: [
        ['Hazir qeyerde turuwatisiz?', 'qeyerde turuwatisiz'],
        ['Balingiz qaysi mektepte oquydu?', 'qaysi mektepte oquydu'],
      ],
      noMatch: ['Men Enqerede turimen.'],
    },
  },
]);
