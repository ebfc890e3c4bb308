import { defineRules } from '../define';
import { AUTHORITY } from './_lexicon';

const LETTER = /(?<!\p{L})(?:x[ei]t|hojjet|hojjit|uqturush|mektup|pochta|arxip)\p{L}*/u;

const FOR_YOU =
  /(?<!\p{L})(?:sizge|namingiz(?:gha|da)|yurtingizdin|\p{L}+(?<=ingizgha|ingizge) ?(?:a'?it|da'?ir|munasiwetlik|alaqidar))(?!\p{L})/u;

const COLLECT_OR_ELSE =
  /(?<!\p{L})(?:imza ?(?:qoyung|qoyush|qoyup|qoymisingiz)|tapshuruw[ei]l(?:ing|ish)|almisingiz|[ei]linmidi|ozingiz ?k[ei]lip|shexsen|alghili ?k[ei]ling|qayta ?t[ei]l[ei]fon ?qiling|alaqilishing|waqti ?tosh|mudditi|inawetsiz|qayturul|xatirilin)\p{L}*|(?<![\p{L}\d])\d ?-?(?:ni)? ?b[ei]sing/u;

export default defineRules('ug-latn', 'official-document-pretext', [
  {
    id: 'important-document',
    tactic: 'official-document-pretext',
    score: 0.8,
    description: '"You have an important document" to collect, sign or call about (ULY).',
    match: /(?<!\p{L})muhim ?(?:bir ?)?(?:hojjet|hojjit|uqturush|x[ei]t)\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:tap(?:sh|s)uruw[ei]l|tap(?:sh|s)uruwal|[ei]lip ?k[ei]t|alghili|imza|bir ?terep ?qil|b[ei]sing|t[ei]l[ei]fon ?qiling|alaqilishing|k[ei]ling|bar(?!\p{L})|kutuwatidu|saqliniwatidu|mudditi|inawetsiz)\p{L}*/u,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:saqlang|[ei]htiyat|[ei]lip ?k[ei]ling)(?!\p{L})/u,
        within: 25,
        factor: 0.3,
        reason: 'advice to keep one’s own papers',
      },
    ],
    examples: {
      match: [['Muhim hojjitingiz elchixanida kütüwatidu', 'Muhim hojjitingiz elchixanida kütüwatidu']],
      noMatch: ['Seperde muhim hojjetliringizni éhtiyat bilen saqlang.'],
    },
  },
  {
    id: 'letter-for-you-to-collect',
    tactic: 'official-document-pretext',
    score: 0.75,
    description: '"A letter for you has arrived; sign for it in person or call back" (ULY).',
    match: LETTER,
    near: [
      { pattern: FOR_YOU, within: 40, side: 'before' },
      { pattern: COLLECT_OR_ELSE, within: 120, side: 'after', crossSentence: true },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:uchrishish|mektep|ijare|banka|adwokat)\p{L}*/u,
        factor: 0.3,
        reason: 'ordinary paperwork',
      },
    ],
    examples: {
      match: [
        ["Sizge a'it bir hojjet bar, imza qoyushingiz kérek", "Sizge a'it bir hojjet bar, imza qoyushingiz"],
      ],
      noMatch: ['Sizge xet yazdim, oqup béqing.'],
    },
  },
  {
    id: 'document-to-sign',
    tactic: 'official-document-pretext',
    score: 0.65,
    description: 'Papers the target must sign in person (ULY).',
    match: /(?<!\p{L})imza ?(?:qoyushingiz|qoyung|qoymisingiz)\p{L}*/u,
    near: [{ pattern: LETTER, within: 50, side: 'before', crossSentence: true }],
    unless: [
      {
        pattern: /(?<!\p{L})(?:ijare|toxtam|banka|mektep)\p{L}*/u,
        factor: 0.3,
        reason: 'ordinary paperwork',
      },
    ],
    examples: {
      match: [['Bir hojjetke imza qoyushingiz kérek', 'hojjetke imza qoyushingiz']],
      noMatch: ['Ijare toxtamigha imza qoyung.'],
    },
  },
  {
    id: 'your-file-must-be-processed',
    tactic: 'official-document-pretext',
    score: 0.75,
    description: '"Your file must be processed / has a problem" (ULY).',
    match: /(?<!\p{L})(?:hojjitingiz|hojjetliringiz|arxipingiz|d[ei]longiz)\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:bir ?terep ?qilin|bir ?terep ?qilish|tap(?:sh|s)uruw[ei]l|imza|mudditi|emeldin ?qal|to(?:x|h)titil|mesile|kutuwatidu|inawetsiz)\p{L}*/u,
        within: 50,
      },
    ],
    boost: [{ pattern: AUTHORITY, within: 80, factor: 1.15, reason: 'an embassy or police office' }],
    examples: {
      match: [['Hojjitingizning mudditi ötüp ketti', 'Hojjitingizning mudditi']],
      noMatch: ['Hojjitim bir terep qilindi, rehmet.'],
    },
  },
  {
    id: 'press-digit-robocall',
    tactic: 'official-document-pretext',
    score: 0.45,
    description: 'A recorded call telling the listener to press a key about a notice (ULY).',
    match: /(?<![\p{L}\d])\d ?-?(?:ni)? ?(?:b[ei]sing|b[ei]sip|bassingiz)(?!\p{L})/u,
    boost: [
      {
        pattern: /(?<!\p{L})(?:hojjet|hojjit|uqturush|xet|konsul|el(?:ch|c)i)\p{L}*/u,
        within: 80,
        factor: 1.35,
        reason: 'about a document, notice or office',
      },
    ],
    examples: {
      match: [['Uqturushingiz bar, 1 ni bésing', '1 ni bésing']],
      noMatch: ['Kunupkini bésip qoydum.'],
    },
  },
]);
