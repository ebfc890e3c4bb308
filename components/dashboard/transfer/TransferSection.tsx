import type { SectionProps } from '../section-props';
import { t } from '@/lib/i18n';

/** The dashboard's transfer section. */
export function TransferSection(_props: SectionProps) {
  return (
    <div data-testid="import-export">
      <p>{t('dashboard.importExport.body')}</p>
      <p class="hint">{t('dashboard.comingSoon')}</p>
    </div>
  );
}
