import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { settingsEn } from '@/lib/i18n/sections/settings/en';
import { wipeEverything } from '@/lib/db/wipe';
import { confirmationMatches } from './confirm-word';
import type { SettingsServices } from './services';

type Stage = 'closed' | 'confirming' | 'working' | 'blocked' | 'done' | 'partial';

const STATUS = {
  working: 'settings.wipe.working',
  blocked: 'settings.wipe.blocked',
  done: 'settings.wipe.done',
  partial: 'settings.wipe.partial',
} as const;

/** Deletes everything Tekshur keeps here, after the person types a word to confirm. */
export function WipePanel({ services, onDone }: { services: SettingsServices; onDone: () => void }) {
  const [stage, setStage] = useState<Stage>('closed');
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const word = t('settings.wipe.word');
  const matches = confirmationMatches(typed, [word, settingsEn['settings.wipe.word']]);

  // Focus follows the task: into the word box when asked, onto the result when finished.
  useEffect(() => {
    if (stage === 'confirming') input.current?.focus();
    if (stage === 'done' || stage === 'partial') status.current?.focus();
  }, [stage]);

  const wipe = async () => {
    setStage('working');
    const { failed } = await wipeEverything(services.db(), {
      clearExtensionStorage: services.clearExtensionStorage,
      onBlocked: () => setStage('blocked'),
    });
    setTyped('');
    setStage(failed.length === 0 ? 'done' : 'partial');
    onDone();
  };

  return (
    <section class="settings-panel settings-wipe" aria-labelledby="settings-wipe">
      <h3 id="settings-wipe">{t('settings.wipe.heading')}</h3>
      <p>{t('settings.wipe.explain')}</p>
      <p class="settings-wipe-exports">{t('settings.wipe.exports')}</p>
      {stage !== 'confirming' && (
        <button
          type="button"
          class="danger"
          data-testid="wipe"
          disabled={stage === 'working' || stage === 'blocked'}
          onClick={() => setStage('confirming')}
        >
          {t('settings.wipe.button')}
        </button>
      )}
      {stage === 'confirming' && (
        <form
          class="settings-wipe-confirm"
          onSubmit={(event) => {
            event.preventDefault();
            if (matches) void wipe();
          }}
        >
          <label for="wipe-word">{t('settings.wipe.typeLabel', { word })}</label>
          <input
            id="wipe-word"
            ref={input}
            data-testid="wipe-confirm-input"
            autocomplete="off"
            spellcheck={false}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <div class="settings-actions">
            <button type="submit" class="danger" data-testid="wipe-confirm" disabled={!matches}>
              {t('settings.wipe.confirm')}
            </button>
            <button
              type="button"
              class="secondary"
              data-testid="wipe-cancel"
              onClick={() => {
                setTyped('');
                setStage('closed');
              }}
            >
              {t('settings.wipe.cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" data-testid="wipe-status" data-state={stage} tabIndex={-1} ref={status}>
        {stage in STATUS ? t(STATUS[stage as keyof typeof STATUS]) : ''}
      </p>
    </section>
  );
}
