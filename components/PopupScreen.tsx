import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  onOpenDashboard: () => void;
}

/** The toolbar popup's first screen; checking itself arrives with the analyzer. */
export function PopupScreen({ onOpenDashboard }: Props) {
  const [text, setText] = useState('');
  return (
    <main class="popup">
      <h1>{t('popup.title')}</h1>
      <p class="tagline">{t('app.tagline')}</p>
      <label for="message-input">{t('popup.input.label')}</label>
      <textarea
        id="message-input"
        rows={6}
        placeholder={t('popup.input.placeholder')}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="button" disabled aria-describedby="check-soon">
        {t('popup.check')}
      </button>
      <p id="check-soon" class="hint">
        {t('popup.check.soon')}
      </p>
      <a
        href="/dashboard.html"
        target="_blank"
        onClick={(event) => {
          event.preventDefault();
          onOpenDashboard();
        }}
      >
        {t('popup.openDashboard')}
      </a>
    </main>
  );
}
