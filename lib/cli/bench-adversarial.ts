/**
 * A text built to stress a rule engine: long runs of near-matches (request verbs without their
 * document, documents without a request, broken spacing, mixed scripts), no sentence breaks.
 */
export function adversarialText(size: number): string {
  const pieces = [
    'send send send your ',
    'passpor ',
    'p a s s p o r ',
    '发给我发给我护',
    'پاسپورت ',
    'паспорт жіберіңіз ',
    'pasaport gönder ',
    'aaaaaaaaaaaaaaaaaaaa ',
    '!!!!!!!!??? ',
    'we know we know we ',
  ];
  let out = '';
  let i = 0;
  while (out.length < size) out += pieces[i++ % pieces.length];
  return out.slice(0, size);
}
