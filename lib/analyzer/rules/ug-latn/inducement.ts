import { defineRules } from '../define';
import { IF_YOU_COMPLY, REWARD, YOUR_RELATIVE } from './_lexicon';

/** "If you cooperate / help / come back / keep us informed" (ULY). */
const IF_YOU_COOPERATE = new RegExp(
  `${IF_YOU_COMPLY.source}|(?<!\\p{L})(?:qaytip ?kelsingiz|qaytsingiz|(?:yetkuzup|xewer ?qilip|y[ei]zip ?b[ei]rip|[ei]ytip) ?(?:tursingiz|bersingiz)|(?:manga|bizge) ?(?:bersingiz|ewetsingiz|yollisingiz))(?!\\p{L})`,
  'u',
);

const JOB_AD = /(?<!\p{L})(?:shirket|iltimas|[ei]lan|ishqa ?(?:kir|qobul)|terjiman|oqutquchi)\p{L}*/u;

export default defineRules('ug-latn', 'inducement', [
  {
    id: 'if-you-cooperate-reward',
    tactic: 'inducement',
    score: 0.85,
    description:
      'A reward (video calls, passports for relatives, safety, pay) offered for help, reports or return (ULY).',
    match: IF_YOU_COOPERATE,
    near: [{ pattern: REWARD, within: 120, crossSentence: true }],
    unless: [{ pattern: JOB_AD, factor: 0.3, reason: 'an employer offering wages' }],
    examples: {
      match: [
        ['Hemkarlashsingiz, her ayda 300 dollar bérimiz.', 'Hemkarlashsingiz, her ayda 300 dollar bérimiz'],
        ['Qaytip kelsingiz héchqandaq ish bolmaydu', 'Qaytip kelsingiz héchqandaq ish bolmaydu'],
        ['yézip bérip tursingiz, heqqini bérimiz', 'yézip bérip tursingiz, heqqini bérimiz'],
      ],
      noMatch: ['Bizge yardem qilsingiz, rehmet éytimiz.'],
    },
  },
  {
    id: 'offer-video-call',
    tactic: 'inducement',
    score: 0.75,
    description: '"We will arrange a video call with your father" (ULY).',
    match:
      /(?<!\p{L})(?:sinliq|wid[ei]o) ?(?:sozlish|parang|alaqe|korush)\p{L}* (?:orunlashturup ?b[ei]rimiz|orunlashturimiz|qilalaysiz|sozlisheleysiz)/u,
    examples: {
      match: [['apingiz bilen widéo parangni orunlashturimiz', 'widéo parangni orunlashturimiz']],
      noMatch: ['Apam bilen widéo sözleshtim.'],
    },
  },
  {
    id: 'want-to-see-them-again',
    tactic: 'inducement',
    score: 0.75,
    description: '"You want to see your sister again?": a reunion dangled as a price (ULY).',
    match: YOUR_RELATIVE,
    near: [
      {
        pattern: /(?<!\p{L})(?:yene ?)?(?:korgingiz|korushkingiz) ?(?:barmu|bolsa|kelse)(?!\p{L})/u,
        within: 20,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:mubarek|toy|bayram|h[ei]yt|tetil)\p{L}*/u,
        within: 60,
        factor: 0.3,
        reason: 'a family visit',
      },
    ],
    examples: {
      match: [['Singlingizni yene körgingiz barmu?', 'Singlingizni yene körgingiz barmu']],
      noMatch: ['Héytta apingizni körgingiz barmu? Bilet alayli.'],
    },
  },
]);
