import { en, type MessageKey, type Messages } from './en';
import { DEFAULT_LANGUAGE, directionOf, LANGUAGE_TAGS, type UiLanguage } from './languages';
import { readLanguageSetting, watchLanguageSetting, writeLanguageSetting } from './setting';

export type { MessageKey, Messages };
export {
  UI_LANGUAGES,
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  directionOf,
  isUiLanguage,
  pickLanguage,
  type UiLanguage,
} from './languages';

// English ships in the page; the other languages are separate chunks, loaded only when chosen.
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<Messages>> = {
  ug: () => import('./ug').then((m) => m.ug),
  zh: () => import('./zh').then((m) => m.zh),
  tr: () => import('./tr').then((m) => m.tr),
  kk: () => import('./kk').then((m) => m.kk),
  ru: () => import('./ru').then((m) => m.ru),
};

let current: UiLanguage = DEFAULT_LANGUAGE;
let messages: Messages = en;
let requested = 0;
const listeners = new Set<(language: UiLanguage) => void>();

/** The one place UI text comes from. `{name}` placeholders are filled from `values`. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const text = messages[key] ?? en[key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** For keys built at run time (an error code, say): is there a message for it? */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export function getLanguage(): UiLanguage {
  return current;
}

export async function loadMessages(language: UiLanguage): Promise<Messages> {
  return language === 'en' ? en : LOADERS[language]();
}

/** Switches this page's language (without saving the choice) and tells the listeners. */
export async function activateLanguage(language: UiLanguage): Promise<void> {
  const ticket = ++requested;
  const loaded = await loadMessages(language);
  // A later choice made while this one loaded wins.
  if (ticket !== requested) return;
  messages = loaded;
  current = language;
  for (const listener of listeners) listener(language);
}

/** The person's choice: applied here and saved for every Tekshur page. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  await activateLanguage(language);
  await writeLanguageSetting(language);
}

/** Loads the saved (or the browser's) language and follows changes made in other pages. */
export async function initLanguage(): Promise<UiLanguage> {
  await activateLanguage(await readLanguageSetting());
  watchLanguageSetting((language) => {
    if (language !== current) void activateLanguage(language);
  });
  return current;
}

export function onLanguageChange(listener: (language: UiLanguage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sets `lang` and `dir` on the page, so the layout mirrors for Uyghur. */
export function applyLanguageToDocument(doc: Document, language: UiLanguage = current): void {
  doc.documentElement.lang = LANGUAGE_TAGS[language];
  doc.documentElement.dir = directionOf(language);
}
