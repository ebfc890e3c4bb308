// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SettingsSection } from '@/components/dashboard/settings/SettingsSection';
import type { SettingsServices } from '@/components/dashboard/settings/services';
import * as analyzer from '@/lib/analyzer';
import { eventsOf, saveFlag } from '@/lib/db/flags';
import { TekshurDB } from '@/lib/db/schema';
import type { StorageManagerLike } from '@/lib/db/storage-space';
import { activateLanguage } from '@/lib/i18n';
import { dbName, newFlag, png } from '../db/helpers';
import { mount, settle, type } from '../popup/mount';

beforeAll(() => void analyzer.analyze('passport'), 60_000);

const q = <T extends Element = HTMLElement>(root: ParentNode, testId: string) =>
  root.querySelector<T>(`[data-testid="${testId}"]`);

let db: TekshurDB;
afterEach(async () => {
  document.body.innerHTML = '';
  db?.close();
  await activateLanguage('en');
});

function services(storage: StorageManagerLike = {}, extra: Partial<SettingsServices> = {}): SettingsServices {
  return {
    db: () => db,
    storage: () => storage,
    loadAnalyzer: async () => analyzer,
    clearExtensionStorage: vi.fn(async () => undefined),
    appVersion: () => '0.1.0',
    ...extra,
  };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await settle(20);
  expect(check()).toBe(true);
}

async function seed() {
  db = new TekshurDB(dbName());
  const stale = { ...analyzer.analyze('Hello'), rulesetVersion: '0.old' };
  const flag = await saveFlag(
    db,
    newFlag('Send me a copy of your passport.', { analysis: stale, images: [{ blob: png() }] }),
  );
  await saveFlag(db, newFlag('Hello, how are you?'));
  return flag;
}

describe('the settings section', () => {
  it('asks for persistent storage and shows the answer, with the space and counts', async () => {
    await seed();
    const persist = vi.fn(async () => true);
    const root = await mount(
      <SettingsSection
        param=""
        services={services({
          persist,
          persisted: async () => false,
          estimate: async () => ({ usage: 2_500_000, quota: 1e9 }),
        })}
      />,
    );
    await until(() => q(root, 'persist-status')?.dataset.state === 'denied');
    await act(() => q<HTMLButtonElement>(root, 'persist-storage')!.click());
    await until(() => q(root, 'persist-status')?.dataset.state === 'granted');
    expect(persist).toHaveBeenCalledOnce();
    expect(q(root, 'persist-status')?.textContent).toContain('Granted');
    await until(() => q(root, 'storage-counts') !== null);
    expect(q(root, 'storage-usage')?.textContent).toContain(
      'Space used: 2.5 MB. Still available: about 997.5 MB.',
    );
    expect(q(root, 'storage-counts')?.textContent).toBe('Saved checks: 2. Images: 1.');
    expect(q(root, 'ruleset-version')?.textContent).toBe(`Rules version: ${analyzer.RULESET_VERSION}`);
    expect(q(root, 'app-version')?.textContent).toBe('Version: 0.1.0');
    expect(q(root, 'about')?.textContent).toContain('Nothing you check or save is sent anywhere');
  });

  it('says so plainly when the browser cannot keep data or measure space', async () => {
    db = new TekshurDB(dbName());
    const root = await mount(<SettingsSection param="" services={services({})} />);
    await act(() => q<HTMLButtonElement>(root, 'persist-storage')!.click());
    await until(() => q(root, 'persist-status')?.dataset.state === 'unavailable');
    await until(() => q(root, 'storage-counts') !== null);
    expect(q(root, 'storage-usage')?.textContent).toContain('does not say how much space');
  });

  it('re-analyses every saved check, shows progress and how many changed risk, and logs it', async () => {
    const changed = await seed();
    const root = await mount(<SettingsSection param="" services={services()} />);
    await act(() => q<HTMLButtonElement>(root, 'reanalyse-all')!.click());
    await until(() => q(root, 'reanalyse-summary')?.dataset.state === 'done');
    expect(q(root, 'reanalyse-summary')?.dataset.riskChanged).toBe('1');
    expect(q(root, 'reanalyse-summary')?.textContent).toContain('2 checks re-analysed');
    expect(q(root, 'reanalyse-summary')?.textContent).toContain('The risk changed for 1');
    expect((await eventsOf(db, changed.id)).map((e) => e.type)).toEqual(['created', 'reanalysed']);
  });

  it('deletes everything only after the word is typed, and says it is done', async () => {
    await seed();
    const clearExtensionStorage = vi.fn(async () => undefined);
    const root = await mount(<SettingsSection param="" services={services({}, { clearExtensionStorage })} />);
    expect(root.textContent).toContain(
      'Files you exported, and anything you sent to other people, are not affected',
    );
    await act(() => q<HTMLButtonElement>(root, 'wipe')!.click());
    const input = q<HTMLInputElement>(root, 'wipe-confirm-input')!;
    expect(document.activeElement).toBe(input);
    const confirm = q<HTMLButtonElement>(root, 'wipe-confirm')!;
    expect(confirm.disabled).toBe(true);
    await type(input, 'delet');
    expect(confirm.disabled).toBe(true);
    await type(input, 'DELETE');
    expect(confirm.disabled).toBe(false);
    await act(() => confirm.click());
    await until(() => q(root, 'wipe-status')?.dataset.state === 'done');
    expect(q(root, 'wipe-status')?.textContent).toContain(
      'Everything Tekshur kept in this browser was deleted',
    );
    expect(document.activeElement).toBe(q(root, 'wipe-status'));
    expect(clearExtensionStorage).toHaveBeenCalledOnce();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name);
    await until(() => q(root, 'storage-counts')?.dataset.flags === '0');
  });

  it('cancelling the wipe keeps everything', async () => {
    await seed();
    const root = await mount(<SettingsSection param="" services={services()} />);
    await act(() => q<HTMLButtonElement>(root, 'wipe')!.click());
    await act(() => q<HTMLButtonElement>(root, 'wipe-cancel')!.click());
    expect(q(root, 'wipe-confirm-input')).toBeNull();
    expect(await db.flags.count()).toBe(2);
  });

  it('asks for the word in the interface language (Uyghur) and takes it', async () => {
    await seed();
    await activateLanguage('ug');
    const root = await mount(<SettingsSection param="" services={services()} />);
    await act(() => q<HTMLButtonElement>(root, 'wipe')!.click());
    expect(root.querySelector('label[for="wipe-word"]')?.textContent).toContain('ئۆچۈر');
    await type(q<HTMLInputElement>(root, 'wipe-confirm-input')!, 'ئۆچۈر');
    expect(q<HTMLButtonElement>(root, 'wipe-confirm')!.disabled).toBe(false);
  });
});
