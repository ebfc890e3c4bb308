import { directionOf, LANGUAGE_TAGS, type UiLanguage } from '@/lib/i18n';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * Bytes in the largest fitting unit (1000-based, like the unit names), in the interface language.
 * In right-to-left text the amount is isolated (FSI…PDI), or "278 kB" would show as "kB 278".
 */
export function formatBytes(bytes: number, language: UiLanguage): string {
  const text = formatAmount(bytes, language);
  return directionOf(language) === 'rtl' ? `\u2068${text}\u2069` : text;
}

function formatAmount(bytes: number, language: UiLanguage): string {
  let value = Math.max(bytes, 0);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat([LANGUAGE_TAGS[language], 'en'], {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat([LANGUAGE_TAGS[language], 'en']).format(value);
}
