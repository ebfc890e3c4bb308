import type { SectionProps } from '../section-props';
import { t } from '@/lib/i18n';

/** The dashboard's statistics section. */
export function StatisticsSection(_props: SectionProps) {
  return (
    <div data-testid="statistics">
      <p>{t('dashboard.statistics.body')}</p>
      <p class="hint">{t('dashboard.comingSoon')}</p>
    </div>
  );
}
