import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { LanguageSwitcher } from '../../LanguageSwitcher';
import type { SectionProps } from '../section-props';
import { AboutPanel } from './AboutPanel';
import { ReanalysePanel } from './ReanalysePanel';
import { defaultSettingsServices, type SettingsServices } from './services';
import { StoragePanel } from './StoragePanel';
import { WipePanel } from './WipePanel';
import './settings.css';

/** Language, storage, re-analysis, deleting everything, and what Tekshur is. */
export function SettingsSection({
  services = defaultSettingsServices,
}: SectionProps & { services?: SettingsServices }) {
  // Bumped after a re-analysis or a wipe, so the space and counts shown are measured again.
  const [refresh, setRefresh] = useState(0);
  const measureAgain = () => setRefresh((n) => n + 1);
  return (
    <div data-testid="settings" class="settings">
      <section class="settings-panel" aria-labelledby="settings-language">
        <h3 id="settings-language">{t('settings.language.heading')}</h3>
        <LanguageSwitcher id="settings-language-select" />
        <p class="hint">{t('settings.language.hint')}</p>
      </section>
      <StoragePanel services={services} refresh={refresh} />
      <ReanalysePanel services={services} onDone={measureAgain} />
      <WipePanel services={services} onDone={measureAgain} />
      <AboutPanel services={services} />
    </div>
  );
}
