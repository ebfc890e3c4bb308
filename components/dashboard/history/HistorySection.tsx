import type { SectionProps } from '../section-props';
import { t } from '@/lib/i18n';

/** The dashboard's history section. */
export function HistorySection(_props: SectionProps) {
  return (
    <div data-testid="history">
      <p>{t('dashboard.history.body')}</p>
      <p class="hint">{t('dashboard.comingSoon')}</p>
    </div>
  );
}
