import { useEffect, useRef, useState } from 'preact/hooks';
import type { FlagStatus } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { EMPTY_CONTEXT, type SaveContext } from './new-flag';

export const CHANNELS = [
  'wechat',
  'whatsapp',
  'telegram',
  'signal',
  'sms',
  'call',
  'voicemail',
  'email',
  'other',
] as const;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; status: FlagStatus }
  | { kind: 'failed'; full: boolean };

interface Props {
  /** Changes with every new check: a saved message is for the check it was said about. */
  checkKey: unknown;
  disabled: boolean;
  onSave: (context: SaveContext, status: FlagStatus) => Promise<void>;
}

/** Keeping a check: optional context, then "Save" or, in one click, "False alarm". */
export function SaveForm({ checkKey, disabled, onSave }: Props) {
  const [context, setContext] = useState<SaveContext>(EMPTY_CONTEXT);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const saved = useRef(false);
  saved.current = outcome.kind === 'saved';
  useEffect(() => {
    // After a save, the next message starts with empty context: it is probably from someone else.
    if (saved.current) setContext(EMPTY_CONTEXT);
    setOutcome({ kind: 'idle' });
  }, [checkKey]);

  const field = (name: keyof SaveContext) => ({
    id: `save-${name}`,
    value: context[name],
    onInput: (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement).value;
      setContext((current) => ({ ...current, [name]: value }));
    },
  });

  const save = async (status: FlagStatus) => {
    setOutcome({ kind: 'saving' });
    try {
      await onSave(context, status);
      setOutcome({ kind: 'saved', status });
    } catch (error) {
      setOutcome({ kind: 'failed', full: (error as Error | undefined)?.name === 'StorageFullError' });
    }
  };

  const busy = disabled || outcome.kind === 'saving' || outcome.kind === 'saved';
  return (
    <section class="save" aria-labelledby="save-heading">
      <h2 id="save-heading">{t('save.heading')}</h2>
      <p class="hint">{t('save.privacy')}</p>
      <details>
        <summary>{t('save.details')}</summary>
        <div class="save-fields">
          <label for="save-channel">{t('save.channel')}</label>
          <select {...field('channel')}>
            <option value="">{t('save.channel.none')}</option>
            {CHANNELS.map((id) => (
              <option key={id} value={id}>
                {t(`save.channel.${id}`)}
              </option>
            ))}
          </select>
          <label for="save-senderPhone">{t('save.senderPhone')}</label>
          <input type="tel" dir="ltr" autoComplete="off" {...field('senderPhone')} />
          <label for="save-senderAccount">{t('save.senderAccount')}</label>
          <input type="text" dir="auto" autoComplete="off" {...field('senderAccount')} />
          <label for="save-receivedAt">{t('save.receivedAt')}</label>
          <input type="date" {...field('receivedAt')} />
          <label for="save-note">{t('save.note')}</label>
          <textarea rows={2} dir="auto" {...field('note')} />
        </div>
      </details>
      <div class="save-actions">
        <button type="button" data-testid="save-flag" disabled={busy} onClick={() => void save('new')}>
          {outcome.kind === 'saving' ? t('save.saving') : t('save.button')}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="false-alarm"
          disabled={busy}
          aria-describedby="false-alarm-hint"
          onClick={() => void save('false-alarm')}
        >
          {t('save.falseAlarm')}
        </button>
      </div>
      <p id="false-alarm-hint" class="hint">
        {t('save.falseAlarm.hint')}
      </p>
      <div role="status" data-testid="save-status">
        {outcome.kind === 'saved' &&
          (outcome.status === 'false-alarm' ? t('save.savedFalseAlarm') : t('save.saved'))}
      </div>
      <div role="alert" class="error" data-testid="save-error">
        {outcome.kind === 'failed' && (outcome.full ? t('save.error.full') : t('save.error.generic'))}
      </div>
    </section>
  );
}
