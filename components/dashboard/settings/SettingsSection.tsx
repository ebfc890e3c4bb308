import type { SectionProps } from '../section-props';
import { t } from '@/lib/i18n';

/** The dashboard's settings section. */
export function SettingsSection(_props: SectionProps) {
  return (
    <div data-testid="settings">
      <p>{t('dashboard.settings.body')}</p>
      <p class="hint">{t('dashboard.comingSoon')}</p>
    </div>
  );
}
