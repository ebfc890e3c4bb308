// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  activateLanguage,
  applyLanguageToDocument,
  chooseLanguage,
  getLanguage,
  initLanguage,
  onLanguageChange,
  t,
} from '@/lib/i18n';
import { LANGUAGE_SETTING_KEY, readLanguageSetting } from '@/lib/i18n/setting';

afterEach(async () => {
  fakeBrowser.reset();
  await activateLanguage('en');
});

describe('the interface language setting', () => {
  it('defaults to the browser language when Tekshur speaks it', async () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
    Object.defineProperty(navigator, 'languages', { value: ['ru-RU', 'en'], configurable: true });
    try {
      expect(await readLanguageSetting()).toBe('ru');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      if (languages) Object.defineProperty(Navigator.prototype, 'languages', languages);
    }
  });

  it('is the stored choice once made, in every page', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_SETTING_KEY]: 'ug' });
    expect(await initLanguage()).toBe('ug');
    expect(t('popup.title')).toBe('ئۇچۇر تەكشۈرۈش');

    await chooseLanguage('kk');
    expect(getLanguage()).toBe('kk');
    expect((await fakeBrowser.storage.local.get(LANGUAGE_SETTING_KEY))[LANGUAGE_SETTING_KEY]).toBe('kk');
  });

  it('ignores a stored value that is not a language it speaks', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_SETTING_KEY]: '<script>' });
    expect(['en', 'ug', 'zh', 'tr', 'kk', 'ru']).toContain(await readLanguageSetting());
  });

  it('tells listeners, and the document turns right to left for Uyghur', async () => {
    const seen: string[] = [];
    const stop = onLanguageChange((language) => seen.push(language));
    await activateLanguage('ug');
    applyLanguageToDocument(document);
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ug-Arab');
    await activateLanguage('zh');
    applyLanguageToDocument(document);
    expect(document.documentElement.dir).toBe('ltr');
    stop();
    expect(seen).toEqual(['ug', 'zh']);
  });

  it('lets the latest of two quick choices win', async () => {
    await Promise.all([activateLanguage('ug'), activateLanguage('tr')]);
    expect(getLanguage()).toBe('tr');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('image.name', { name: 'chat.png' })).toBe('Image: chat.png');
    expect(t('image.name')).toBe('Image: {name}');
  });
});
