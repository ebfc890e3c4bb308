/** The languages Tekshur's own interface speaks. English is the source and the fallback. */
export const UI_LANGUAGES = ['en', 'ug', 'zh', 'tr', 'kk', 'ru'] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: UiLanguage = 'en';

/** Each language named in itself, so a person can find theirs whatever the interface shows. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  ug: 'ئۇيغۇرچە',
  zh: '简体中文',
  tr: 'Türkçe',
  kk: 'Қазақша',
  ru: 'Русский',
};

/** BCP 47 tags for the `lang` attribute: Uyghur, Kazakh and Chinese name their script. */
export const LANGUAGE_TAGS: Record<UiLanguage, string> = {
  en: 'en',
  ug: 'ug-Arab',
  zh: 'zh-Hans',
  tr: 'tr',
  kk: 'kk-Cyrl',
  ru: 'ru',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ug' ? 'rtl' : 'ltr';
}

/**
 * The first of the browser's preferred languages (e.g. "zh-CN", "ug", "kk-KZ") that Tekshur
 * speaks. Chinese in any region gets Simplified Chinese, the only Chinese there is.
 */
export function pickLanguage(tags: readonly (string | undefined)[]): UiLanguage {
  for (const tag of tags) {
    const primary = tag?.toLowerCase().split(/[-_]/u)[0];
    if (isUiLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
