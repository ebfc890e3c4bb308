import { browser } from 'wxt/browser';
import { isUiLanguage, pickLanguage, type UiLanguage } from './languages';

/**
 * The interface language is Tekshur's own setting, not Chrome's `_locales`: Chrome has no
 * Uyghur, and a person may want Tekshur in another language than their browser.
 */
export const LANGUAGE_SETTING_KEY = 'uiLanguage';

/** The browser's preferred languages, best first. */
function browserLanguages(): string[] {
  const tags: string[] = [];
  try {
    tags.push(browser.i18n.getUILanguage());
  } catch {
    // Not an extension page (unit tests, a plain web page): the navigator still knows.
  }
  if (typeof navigator !== 'undefined') tags.push(...(navigator.languages ?? []), navigator.language);
  return tags.filter(Boolean);
}

/** The saved choice, or else the browser's language when Tekshur speaks it, or else English. */
export async function readLanguageSetting(): Promise<UiLanguage> {
  try {
    const stored = (await browser.storage.local.get(LANGUAGE_SETTING_KEY))[LANGUAGE_SETTING_KEY];
    if (isUiLanguage(stored)) return stored;
  } catch {
    // Storage unavailable: fall through to the browser's language.
  }
  return pickLanguage(browserLanguages());
}

export async function writeLanguageSetting(language: UiLanguage): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_SETTING_KEY]: language });
}

/** Calls `listener` when another page (popup, dashboard) changes the language. */
export function watchLanguageSetting(listener: (language: UiLanguage) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[LANGUAGE_SETTING_KEY]?.newValue;
    if (area === 'local' && isUiLanguage(next)) listener(next);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
