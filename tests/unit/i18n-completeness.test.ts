import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@/components/popup/SaveForm';
import { ADVICE_IDS, REPORTING_CHANNELS } from '@/lib/advice';
import { TACTIC_IDS } from '@/lib/analyzer';
import { hasMessage, loadMessages, pickLanguage, UI_LANGUAGES, type Messages } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import type { OcrErrorCode } from '@/lib/ocr/errors';

// A Record, so that a new error code fails the type check until it has a message.
const OCR_ERROR_CODES: Record<OcrErrorCode, true> = {
  empty: true,
  'file-too-large': true,
  'not-an-image': true,
  'unsupported-format': true,
  truncated: true,
  'zero-size': true,
  animated: true,
  'too-many-pixels': true,
  corrupt: true,
  'decode-failed': true,
  'bad-crop': true,
  'engine-start-failed': true,
  'engine-failed': true,
  terminated: true,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

const locales = await Promise.all(
  UI_LANGUAGES.map(async (lang) => [lang, await loadMessages(lang)] as const),
);

describe.each(locales)('the %s messages', (lang, messages: Messages) => {
  it('have exactly the English keys: none missing, none extra', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('have text for every key, with the same placeholders as English', () => {
    for (const [key, source] of Object.entries(en)) {
      const text = messages[key as keyof Messages];
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(source));
    }
  });
});

describe('message keys built at run time', () => {
  it('exist for every tactic, advice item, reporting channel, OCR error and app channel', () => {
    const needed = [
      ...TACTIC_IDS.flatMap((id) => [`tactic.${id}.name`, `tactic.${id}.why`, `tactic.${id}.action`]),
      ...ADVICE_IDS.map((id) => `advice.${id}`),
      ...REPORTING_CHANNELS.map((channel) => channel.what),
      ...Object.keys(OCR_ERROR_CODES).map((code) => `image.error.${code}`),
      ...CHANNELS.map((id) => `save.channel.${id}`),
    ];
    expect(needed.filter((key) => !hasMessage(key))).toEqual([]);
  });
});

describe('each language is written in its own script', () => {
  // Proper names and brands that stay in Latin letters in every language.
  const LATIN_ONLY = new Set([
    'app.name',
    'save.channel.whatsapp',
    'save.channel.telegram',
    'save.channel.signal',
    'save.channel.wechat',
    'save.channel.sms',
    'verdict.join.comma',
  ]);
  const SCRIPTS: Partial<Record<string, RegExp>> = {
    ug: /\p{Script=Arabic}/u,
    zh: /\p{Script=Han}/u,
    kk: /\p{Script=Cyrillic}/u,
    ru: /\p{Script=Cyrillic}/u,
  };

  it.each(Object.entries(SCRIPTS))('%s', async (lang, script) => {
    const messages = await loadMessages(lang as (typeof UI_LANGUAGES)[number]);
    const untranslated = Object.entries(messages).filter(
      ([key, text]) => !LATIN_ONLY.has(key) && !script!.test(text),
    );
    expect(untranslated).toEqual([]);
  });

  it('Uyghur uses the Uyghur letters (UEY), not Persian or Arabic look-alikes', async () => {
    const ug = await loadMessages('ug');
    // Persian ye and keheh, Arabic teh marbuta, Urdu heh goal.
    const foreign = Object.entries(ug).filter(([, text]) => /[\u06cc\u06a9\u0629\u06c1]/u.test(text));
    expect(foreign).toEqual([]);
  });

  it('Kazakh uses Kazakh letters somewhere (not Russian text under a Kazakh label)', async () => {
    const kk = Object.values(await loadMessages('kk')).join(' ');
    expect(kk).toMatch(/[әғқңөұүһі]/u);
  });
});

describe('pickLanguage', () => {
  it('takes the first browser language Tekshur speaks, and English otherwise', () => {
    expect(pickLanguage(['ug-CN', 'zh-CN'])).toBe('ug');
    expect(pickLanguage(['zh-TW'])).toBe('zh');
    expect(pickLanguage(['de-DE', 'kk_KZ'])).toBe('kk');
    expect(pickLanguage(['fr', undefined])).toBe('en');
  });
});
