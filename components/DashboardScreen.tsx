import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { useHashSection } from './useHashSection';

const SECTIONS = ['history', 'batch', 'import-export', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

const LABELS: Record<Section, { nav: MessageKey; heading: MessageKey; body: MessageKey }> = {
  history: {
    nav: 'dashboard.nav.history',
    heading: 'dashboard.history.heading',
    body: 'dashboard.history.body',
  },
  batch: { nav: 'dashboard.nav.batch', heading: 'dashboard.batch.heading', body: 'dashboard.batch.body' },
  'import-export': {
    nav: 'dashboard.nav.importExport',
    heading: 'dashboard.importExport.heading',
    body: 'dashboard.importExport.body',
  },
  settings: {
    nav: 'dashboard.nav.settings',
    heading: 'dashboard.settings.heading',
    body: 'dashboard.settings.body',
  },
};

/** The dashboard: a labelled section list and the chosen section's panel. */
export function DashboardScreen() {
  const section = useHashSection(SECTIONS, 'history');
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Moving focus to the new panel's heading tells keyboard and screen-reader users that
  // the content changed; on first load focus stays where the browser put it.
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [section]);

  const labels = LABELS[section];
  return (
    <div class="dashboard">
      <header>
        <h1>{t('dashboard.title')}</h1>
        <p class="tagline">{t('app.tagline')}</p>
      </header>
      <nav aria-label={t('dashboard.nav.label')}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === section ? 'page' : undefined}>
                {t(LABELS[id].nav)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main aria-labelledby="section-heading">
        <h2 id="section-heading" tabIndex={-1} ref={heading}>
          {t(labels.heading)}
        </h2>
        <p>{t(labels.body)}</p>
        <p class="hint">{t('dashboard.comingSoon')}</p>
      </main>
    </div>
  );
}
