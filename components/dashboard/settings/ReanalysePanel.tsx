import { useState } from 'preact/hooks';
import { reanalyseWithSummary, type ReanalyseSummary } from '@/lib/db/storage-reanalyse';
import { t } from '@/lib/i18n';
import { useLanguage } from '../../useLanguage';
import { formatNumber } from './format';
import type { SettingsServices } from './services';

type Run =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; summary: ReanalyseSummary; version: string }
  | { state: 'failed' };

/** Re-runs the current rules on every saved check, with progress and what changed. */
export function ReanalysePanel({ services, onDone }: { services: SettingsServices; onDone: () => void }) {
  const language = useLanguage();
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const n = (value: number) => formatNumber(value, language);

  const start = async () => {
    setRun({ state: 'loading' });
    try {
      const { analyze, RULESET_VERSION } = await services.loadAnalyzer();
      setRun({ state: 'running', done: 0, total: 0 });
      const summary = await reanalyseWithSummary(services.db(), analyze, (done, total) =>
        setRun({ state: 'running', done, total }),
      );
      setRun({ state: 'done', summary, version: RULESET_VERSION });
    } catch {
      setRun({ state: 'failed' });
    }
    onDone();
  };

  const busy = run.state === 'loading' || run.state === 'running';
  return (
    <section class="settings-panel" aria-labelledby="settings-reanalyse">
      <h3 id="settings-reanalyse">{t('settings.reanalyse.heading')}</h3>
      <p>{t('settings.reanalyse.explain')}</p>
      <button type="button" data-testid="reanalyse-all" disabled={busy} onClick={() => void start()}>
        {t('settings.reanalyse.button')}
      </button>
      {run.state === 'running' && (
        <progress
          data-testid="reanalyse-progress"
          aria-label={t('settings.reanalyse.progressLabel')}
          value={run.done}
          max={Math.max(run.total, 1)}
        />
      )}
      <p
        role="status"
        data-testid="reanalyse-summary"
        data-state={run.state}
        data-risk-changed={run.state === 'done' ? run.summary.riskChanged : undefined}
      >
        {run.state === 'loading' && t('settings.reanalyse.loading')}
        {run.state === 'running' &&
          run.total > 0 &&
          t('settings.reanalyse.progress', { done: n(run.done), total: n(run.total) })}
        {run.state === 'done' &&
          (run.summary.total === 0
            ? t('settings.reanalyse.nothing')
            : t('settings.reanalyse.done', {
                total: n(run.summary.total),
                version: run.version,
                risk: n(run.summary.riskChanged),
                changed: n(run.summary.changed),
              }))}
      </p>
      {run.state === 'failed' && <p role="alert">{t('settings.reanalyse.error')}</p>}
    </section>
  );
}
