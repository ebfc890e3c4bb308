import { describe, expect, it, vi } from 'vitest';
import {
  channelLabel,
  languageLabel,
  tacticLabel,
  weekLabel,
} from '@/components/dashboard/statistics/labels';
import { activateLanguage } from '@/lib/i18n';

describe('statistics labels', () => {
  it('names tactics and channels from the messages, and unknown ones as they are', () => {
    expect(tacticLabel('threat-of-harm')).toBe('Threat');
    expect(tacticLabel('from-a-newer-ruleset')).toBe('from-a-newer-ruleset');
    expect(channelLabel('wechat')).toBe('WeChat');
    expect(channelLabel('')).toBe('Not given');
    expect(channelLabel('Line (imported)')).toBe('Line (imported)');
  });

  it('names the covered languages itself, in Uyghur too, and others through Intl', async () => {
    expect(languageLabel('ug', 'en')).toBe('Uyghur');
    expect(languageLabel('fa', 'en')).toBe('Persian');
    expect(languageLabel('und', 'en')).toBe('Not recognised');
    expect(languageLabel('not a code!', 'en')).toBe('not a code!');
    await activateLanguage('ug');
    expect(languageLabel('zh', 'ug')).toBe('خەنزۇچە');
    await activateLanguage('en');
  });

  it('writes week dates per locale in UTC, and ISO dates where the browser has no names', () => {
    expect(weekLabel('2025-03-10', 'en')).toBe('Mar 10, 2025');
    expect(weekLabel('2025-03-10', 'ru')).toBe('10 мар. 2025 г.');
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
    expect(weekLabel('2025-03-10', 'ug')).toBe('2025-03-10');
  });
});
