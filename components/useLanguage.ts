import { useEffect, useState } from 'preact/hooks';
import { getLanguage, onLanguageChange, type UiLanguage } from '@/lib/i18n';

/** The interface language; the calling component re-renders (with its children) when it changes. */
export function useLanguage(): UiLanguage {
  const [language, setLanguage] = useState(getLanguage);
  useEffect(() => {
    setLanguage(getLanguage());
    const stop = onLanguageChange(setLanguage);
    return () => {
      stop();
    };
  }, []);
  return language;
}
