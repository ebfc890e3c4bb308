import { describe, expect, it } from 'vitest';
import { confirmationMatches } from '@/components/dashboard/settings/confirm-word';

describe('confirmationMatches', () => {
  it('takes the word in the interface language or in English, whatever the case and spaces', () => {
    expect(confirmationMatches(' delete ', ['SİL', 'DELETE'])).toBe(true);
    expect(confirmationMatches('sil', ['SİL', 'DELETE'])).toBe(true);
    expect(confirmationMatches('ئۆچۈر', ['ئۆچۈر', 'DELETE'])).toBe(true);
    expect(confirmationMatches('удалить', ['УДАЛИТЬ', 'DELETE'])).toBe(true);
  });

  it('refuses anything else, and an empty box', () => {
    expect(confirmationMatches('', ['DELETE'])).toBe(false);
    expect(confirmationMatches('   ', ['DELETE'])).toBe(false);
    expect(confirmationMatches('delet', ['DELETE'])).toBe(false);
    expect(confirmationMatches('yes', ['DELETE'])).toBe(false);
  });
});
