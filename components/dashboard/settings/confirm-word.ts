/** Case, accents and spaces around do not matter: the word is a pause for thought, not a password. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/**
 * Whether the typed text is the confirmation word, in the interface language or in English
 * (a person may not have a keyboard for the interface's script at hand).
 */
export function confirmationMatches(typed: string, words: readonly string[]): boolean {
  const given = fold(typed);
  return given !== '' && words.some((word) => fold(word) === given);
}
