import { hasMessage, LANGUAGE_TAGS, t, type UiLanguage } from '@/lib/i18n';

/** A tactic's name in the interface language; an id from a newer ruleset shows as itself. */
export function tacticLabel(id: string): string {
  const key = `tactic.${id}.name`;
  return hasMessage(key) ? t(key) : id;
}

/** The popup's channel names; a channel typed elsewhere (an import) shows as written. */
export function channelLabel(channel: string): string {
  if (channel === '') return t('save.channel.none');
  const key = `save.channel.${channel}`;
  return hasMessage(key) ? t(key) : channel;
}

/**
 * A message language (ISO 639-1) named in the interface language: Tekshur's own names for the
 * languages it covers (browsers have no Uyghur names), the browser's data for the others.
 */
export function languageLabel(code: string, ui: UiLanguage): string {
  const own = `statistics.language.${code}`;
  if (hasMessage(own)) return t(own);
  try {
    return new Intl.DisplayNames([LANGUAGE_TAGS[ui], 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A week's Monday ("YYYY-MM-DD") as a date of the interface language, in UTC like the counts.
 * Where the browser has no date names for the language (Uyghur in Chromium), the ISO date is
 * clearer than English month names.
 */
export function weekLabel(monday: string, ui: UiLanguage, style: 'short' | 'medium' = 'medium'): string {
  if (Intl.DateTimeFormat.supportedLocalesOf([LANGUAGE_TAGS[ui]]).length === 0) return monday;
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat([LANGUAGE_TAGS[ui], 'en'], options).format(Date.parse(monday));
}

export function formatCount(count: number, ui: UiLanguage): string {
  return new Intl.NumberFormat([LANGUAGE_TAGS[ui], 'en']).format(count);
}
