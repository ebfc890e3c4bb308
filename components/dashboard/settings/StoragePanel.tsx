import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  persistenceState,
  requestPersistence,
  spaceReport,
  type PersistState,
  type SpaceReport,
} from '@/lib/db/storage-space';
import { useLanguage } from '../../useLanguage';
import { formatBytes, formatNumber } from './format';
import type { SettingsServices } from './services';

const PERSIST_TEXT = {
  granted: 'settings.persist.granted',
  denied: 'settings.persist.denied',
  unavailable: 'settings.persist.unavailable',
} as const;

/** Persistent storage on request, and the space and records kept. `refresh` re-measures. */
export function StoragePanel({ services, refresh }: { services: SettingsServices; refresh: number }) {
  const language = useLanguage();
  const [persist, setPersist] = useState<PersistState | 'asking' | undefined>();
  const [space, setSpace] = useState<SpaceReport | 'failed' | undefined>();

  useEffect(() => {
    let live = true;
    void persistenceState(services.storage()).then((state) => live && setPersist((now) => now ?? state));
    return () => {
      live = false;
    };
  }, [services]);

  useEffect(() => {
    let live = true;
    spaceReport(services.db(), services.storage()).then(
      (report) => live && setSpace(report),
      () => live && setSpace('failed'),
    );
    return () => {
      live = false;
    };
  }, [services, refresh]);

  const ask = async () => {
    setPersist('asking');
    setPersist(await requestPersistence(services.storage()));
  };

  const bytes = (n: number) => formatBytes(n, language);
  return (
    <section class="settings-panel" aria-labelledby="settings-storage">
      <h3 id="settings-storage">{t('settings.storage.heading')}</h3>
      <p>{t('settings.persist.explain')}</p>
      <button
        type="button"
        data-testid="persist-storage"
        disabled={persist === 'asking'}
        onClick={() => void ask()}
      >
        {t('settings.persist.button')}
      </button>
      <p role="status" data-testid="persist-status" data-state={persist ?? ''}>
        {persist === 'asking' ? t('settings.persist.asking') : persist ? t(PERSIST_TEXT[persist]) : ''}
      </p>
      <div data-testid="storage-usage" aria-live="polite">
        {space === undefined && <p>{t('settings.usage.loading')}</p>}
        {space === 'failed' && <p role="alert">{t('settings.usage.error')}</p>}
        {typeof space === 'object' && (
          <>
            <p>
              {space.usage !== undefined && space.quota !== undefined
                ? t('settings.usage.space', {
                    used: bytes(space.usage),
                    available: bytes(space.quota - space.usage),
                  })
                : t('settings.usage.spaceUnknown')}
            </p>
            <p data-testid="storage-counts" data-flags={space.flags} data-images={space.images}>
              {t('settings.usage.counts', {
                flags: formatNumber(space.flags, language),
                images: formatNumber(space.images, language),
              })}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
