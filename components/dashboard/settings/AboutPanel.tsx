import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SettingsServices } from './services';

/** The version, the rules version and the promise that nothing leaves the device. */
export function AboutPanel({ services }: { services: SettingsServices }) {
  const [ruleset, setRuleset] = useState('');
  useEffect(() => {
    let live = true;
    services.loadAnalyzer().then(
      (analyzer) => live && setRuleset(analyzer.RULESET_VERSION),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [services]);
  const version = services.appVersion();
  return (
    <section class="settings-panel" aria-labelledby="settings-about" data-testid="about">
      <h3 id="settings-about">{t('settings.about.heading')}</h3>
      <p>{t('settings.about.promise')}</p>
      <ul class="settings-versions">
        {version && <li data-testid="app-version">{t('settings.about.version', { version })}</li>}
        {ruleset && (
          <li data-testid="ruleset-version">{t('settings.about.ruleset', { version: ruleset })}</li>
        )}
      </ul>
    </section>
  );
}
