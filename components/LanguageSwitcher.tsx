import {
  chooseLanguage,
  directionOf,
  isUiLanguage,
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  t,
  UI_LANGUAGES,
} from '@/lib/i18n';
import { useLanguage } from './useLanguage';

/** Picks the interface language: each named in itself, the choice kept for every Tekshur page. */
export function LanguageSwitcher({ id = 'ui-language' }: { id?: string }) {
  const language = useLanguage();
  return (
    <div class="language-switcher">
      <label for={id}>{t('app.language')}</label>
      <select
        id={id}
        data-testid="language-select"
        value={language}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          // The page switches even if the choice cannot be stored; it is asked again next time.
          if (isUiLanguage(chosen)) chooseLanguage(chosen).catch(() => undefined);
        }}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={LANGUAGE_TAGS[code]} dir={directionOf(code)}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
