import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';

describe('t', () => {
  it('returns the English text for a key', () => {
    expect(t('popup.title')).toBe('Check a message');
  });

  it('has text for every key', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });
});
