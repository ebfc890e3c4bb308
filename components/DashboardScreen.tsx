import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { SectionProps } from './dashboard/section-props';
import { BatchSection } from './dashboard/batch/BatchSection';
import { HistorySection } from './dashboard/history/HistorySection';
import { SettingsSection } from './dashboard/settings/SettingsSection';
import { StatisticsSection } from './dashboard/statistics/StatisticsSection';
import { TransferSection } from './dashboard/transfer/TransferSection';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useHashRoute } from './useHashRoute';
import { useLanguage } from './useLanguage';

const SECTIONS = ['history', 'batch', 'statistics', 'import-export', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

const VIEWS: Record<Section, { nav: MessageKey; heading: MessageKey; view: ComponentType<SectionProps> }> = {
  history: { nav: 'dashboard.nav.history', heading: 'dashboard.history.heading', view: HistorySection },
  batch: { nav: 'dashboard.nav.batch', heading: 'dashboard.batch.heading', view: BatchSection },
  statistics: {
    nav: 'dashboard.nav.statistics',
    heading: 'dashboard.statistics.heading',
    view: StatisticsSection,
  },
  'import-export': {
    nav: 'dashboard.nav.importExport',
    heading: 'dashboard.importExport.heading',
    view: TransferSection,
  },
  settings: { nav: 'dashboard.nav.settings', heading: 'dashboard.settings.heading', view: SettingsSection },
};

/** The dashboard: a labelled section list and the chosen section's panel. */
export function DashboardScreen() {
  useLanguage();
  const { section, param } = useHashRoute(SECTIONS, 'history');
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Moving focus to the new panel's heading tells keyboard and screen-reader users that
  // the content changed; on first load focus stays where the browser put it.
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [section]);

  const { view: View, heading: headingKey } = VIEWS[section];
  return (
    <div class="dashboard">
      <header>
        <h1>{t('dashboard.title')}</h1>
        <p class="tagline">{t('app.tagline')}</p>
        <LanguageSwitcher id="dashboard-language" />
      </header>
      <nav aria-label={t('dashboard.nav.label')}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === section ? 'page' : undefined}>
                {t(VIEWS[id].nav)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main aria-labelledby="section-heading">
        <h2 id="section-heading" tabIndex={-1} ref={heading}>
          {t(headingKey)}
        </h2>
        <View param={param} />
      </main>
    </div>
  );
}
