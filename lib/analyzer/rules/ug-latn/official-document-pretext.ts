import { defineRules } from '../define';

export default defineRules('ug-latn', 'official-document-pretext', [
  {
    id: 'important-document',
    tactic: 'official-document-pretext',
    score: 0.8,
    description: '"You have an important document" to collect, sign or call about (ULY).',
    match: /(?<!\p{L})muhim ?(?:hojjet|hojjit|uqturush|xet)\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:tap(?:sh|s)uruwél|tap(?:sh|s)uruwal|élip ?két|alghili|imza|bir ?terep ?qil|bésing|téléfon ?qiling|alaqilishing|kéling|bar(?!\p{L})|kütüwatidu|saqliniwatidu)\p{L}*/u,
        within: 60,
        crossSentence: true,
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:saqlang|éhtiyat|élip ?kéling)(?!\p{L})/u,
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
    id: 'your-file-must-be-processed',
    tactic: 'official-document-pretext',
    score: 0.75,
    description: '"Your file must be processed / has a problem" (ULY).',
    match: /(?<!\p{L})(?:hojjitingiz|hojjetliringiz|arxipingiz|délongiz)\p{L}*/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:bir ?terep ?qilin|bir ?terep ?qilish|tap(?:sh|s)uruwél|imza|mudditi|emeldin ?qal|to(?:x|h)titil|mesile|kütüwatidu)\p{L}*/u,
        within: 50,
      },
    ],
    examples: {
      match: [['Hojjitingizning mudditi ötüp ketti', 'Hojjitingizning mudditi']],
      noMatch: ['Hojjitim bir terep qilindi, rehmet.'],
    },
  },
  {
    id: 'press-digit-robocall',
    tactic: 'official-document-pretext',
    score: 0.6,
    description: 'A recorded call telling the listener to press a key (ULY).',
    match: /(?<![\p{L}\d])\d ?-?(?:ni)? ?(?:bésing|bésip|bassingiz)(?!\p{L})/u,
    examples: {
      match: [['Uqturushingiz bar, 1 ni bésing', '1 ni bésing']],
      noMatch: ['Kunupkini bésip qoydum.'],
    },
  },
]);
