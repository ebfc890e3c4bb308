import { defineRules } from '../define';

export default defineRules('ug-latn', 'surveillance-claim', [
  {
    id: 'we-know-about-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"We know where you live / what you do" (ULY).',
    match: /(?<!\p{L})(?:bilimiz|bilip ?turimiz|bilip ?turuptuq|xewirimiz ?bar)(?!\p{L})/u,
    near: [
      {
        pattern:
          /(?<!\p{L})(?:qeyerde|nede|adr[ei]s|turidighan|ishleydighan|oquydighan|barghan|qilghan|kim ?bilen|kimler ?bilen|öyingiz|balingiz|sizning)\p{L}*/u,
        within: 50,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:aldirash|qiyin|charchighan)\p{L}*/u,
        within: 30,
        factor: 0.3,
        reason: 'friendly understanding',
      },
    ],
    examples: {
      match: [['Balingizning qaysi mektepte oquydighanliqini bilimiz', 'oquydighanliqini bilimiz']],
      noMatch: ['Sizning aldirash ikenlikingizni bilimiz.'],
    },
  },
  {
    id: 'we-saw-you',
    tactic: 'surveillance-claim',
    score: 0.8,
    description: '"We saw you at the protest", "we are watching you" (ULY).',
    match:
      /(?<!\p{L})(?:körduq|körüp ?qalduq|köziti?wat[ie]miz|közitip ?turimiz|nazaret ?qiliwatimiz)(?!\p{L})/u,
    near: [
      {
        pattern: /(?<!\p{L})(?:sizni|sizning|séni|namayish|yi(?:gh|g)ili(?:sh|s)|yighin)\p{L}*/u,
        within: 40,
        side: 'before',
      },
    ],
    unless: [
      {
        pattern: /(?<!\p{L})(?:toy|toyda|xushal|chirayliq|kino)\p{L}*/u,
        within: 40,
        factor: 0.3,
        reason: 'a friendly sighting',
      },
    ],
    examples: {
      match: [['Tünügün yighilishta sizni körduq', 'sizni körduq']],
      noMatch: ['Toyda sizni körduq, bek chirayliq.'],
    },
  },
]);
