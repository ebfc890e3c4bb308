import type { SectionProps } from '../section-props';
import { t } from '@/lib/i18n';

/** The dashboard's batch section. */
export function BatchSection(_props: SectionProps) {
  return (
    <div data-testid="batch">
      <p>{t('dashboard.batch.body')}</p>
      <p class="hint">{t('dashboard.comingSoon')}</p>
    </div>
  );
}
