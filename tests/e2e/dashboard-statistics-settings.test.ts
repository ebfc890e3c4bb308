import type { Page } from 'playwright-core';
import { analyze } from '@/lib/analyzer';
import { blocking, runAxe } from './harness/axe';
import type { ExtensionHarness, InExtension } from './harness/chromium';
import { describe, expect, test } from './harness/fixture';
import { countRows, eventTypes, seedFlags, type Seed } from './dashboard-stats-seed';

const SEEDS: Seed[] = [
  { text: '请把你的护照复印件发给我', channel: 'wechat', receivedAt: '2025-03-04', image: true },
  { text: 'Send me a copy of your passport today.', channel: 'wechat', receivedAt: '2025-03-12' },
  { text: 'Your family will suffer if you do not come back.', channel: 'call', receivedAt: '2025-03-13' },
  { text: 'Hello, see you tomorrow at the market.', receivedAt: '2025-03-13', status: 'false-alarm' },
];

/** Opens a dashboard section and waits until it has read the store. */
async function openSection(extension: ExtensionHarness, hash: 'statistics' | 'settings'): Promise<Page> {
  const page = await extension.openPage(`dashboard.html#${hash}`);
  await page.getByTestId(hash).waitFor();
  if (hash === 'statistics')
    await page.locator('[data-testid="stats-empty"], [data-testid="stats-total"]').first().waitFor();
  else await page.getByTestId('storage-counts').waitFor();
  return page;
}

const total = (page: Page) => page.getByTestId('stats-total').getAttribute('data-count');
const bar = (page: Page, chart: string, key: string) =>
  page.locator(`[data-testid="${chart}"] g[data-key="${key}"]`).getAttribute('data-count');

describe('the statistics section in the real extension', () => {
  test('counts what the popup and earlier saves kept, by tactic, week, channel and language; filters apply', async ({
    extension,
  }) => {
    const page = await openSection(extension, 'statistics');
    await seedFlags(page, SEEDS);

    // One more, saved the way a person saves: through the popup.
    const popup = await extension.openPage('popup.html');
    await popup.getByTestId('check-input').fill('Пришлите копию паспорта.');
    await popup.getByTestId('check-button').click();
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-risk')).toBe('high');
    await popup.getByTestId('save-flag').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent()).toContain('Saved on this device');
    await popup.close();

    await page.reload();
    await expect.poll(() => total(page), { timeout: 15_000 }).toBe('5');
    expect(await page.locator('[data-testid="statistics"] svg[role="img"]').count()).toBe(4);
    expect(await bar(page, 'stats-by-tactic', 'identity-document-request')).toBe('3');
    expect(await bar(page, 'stats-by-tactic', 'family-leverage')).toBe('1');
    expect(await bar(page, 'stats-by-tactic', 'no-tactic')).toBe('1');
    expect(await bar(page, 'stats-by-channel', 'wechat')).toBe('2');
    expect(await bar(page, 'stats-by-channel', '')).toBe('2');
    expect(await bar(page, 'stats-by-language', 'zh')).toBe('1');
    expect(await bar(page, 'stats-by-language', 'ru')).toBe('1');
    expect(
      await page
        .locator('[data-testid="stats-by-tactic"] g[data-key="identity-document-request"] text')
        .first()
        .textContent(),
    ).toBe('Asks for an identity document');
    // The popup's check counts in this week, the seeded ones in March 2025. The chart shows at
    // most a year of weeks, the table every week, named in the interface language.
    const week = (key: string) => page.locator(`[data-testid="stats-by-week"] tr[data-key="${key}"]`);
    await page.locator('[data-testid="stats-by-week"] summary').click();
    expect(await week('2025-03-03').locator('td').textContent()).toBe('1');
    expect(await week('2025-03-10').locator('td').textContent()).toBe('3');
    expect(await week('2025-03-10').locator('th').textContent()).toBe('Week of Mar 10, 2025');
    expect(
      await page.locator('[data-testid="stats-by-week"] g[data-count="1"] rect').count(),
    ).toBeGreaterThan(0);

    await page.getByTestId('stats-filter-channel').selectOption('wechat');
    await expect.poll(() => total(page)).toBe('2');
    await page.getByTestId('stats-filter-from').fill('2025-03-10');
    await expect.poll(() => total(page)).toBe('1');
    await page.getByTestId('stats-filter-reset').click();
    await page.getByTestId('stats-filter-status').selectOption('false-alarm');
    await expect.poll(() => total(page)).toBe('1');
    await page.getByTestId('stats-filter-risk').selectOption('high');
    await expect.poll(() => total(page)).toBe('0');
    await page.getByTestId('stats-filter-reset').click();
    await expect.poll(() => total(page)).toBe('5');

    expect(blocking(await runAxe(page))).toEqual([]);
    expect(extension.consoleErrors).toEqual([]);
    // The popup loads and compiles the rules: slow on a busy two-core machine.
  }, 180_000);
});

describe('the settings section in the real extension', () => {
  test('persistent storage gives an answer, and the space used and counts show', async ({ extension }) => {
    const first = await openSection(extension, 'settings');
    await seedFlags(first, SEEDS);
    const page = await openSection(extension, 'settings');
    await page.getByTestId('persist-storage').click();
    await expect
      .poll(() => page.getByTestId('persist-status').getAttribute('data-state'))
      .toMatch(/^(granted|denied|unavailable)$/u);
    expect((await page.getByTestId('persist-status').textContent())?.length).toBeGreaterThan(10);
    expect(await page.getByTestId('storage-usage').textContent()).toMatch(
      /Space used: .+ Still available: about .+/u,
    );
    expect(await page.getByTestId('storage-counts').textContent()).toBe('Saved checks: 4. Images: 1.');
    await expect
      .poll(() => page.getByTestId('ruleset-version').textContent())
      .toMatch(/^Rules version: \d+\.[0-9a-f]{8}$/u);
    expect(blocking(await runAxe(page))).toEqual([]);
    expect(extension.consoleErrors).toEqual([]);
  });

  test('re-analysing applies the current rules, says how many changed risk, and logs it per check', async ({
    extension,
  }) => {
    const page = await openSection(extension, 'settings');
    const stale = { ...analyze('Hello'), rulesetVersion: '0.old' };
    const [changed, same] = await seedFlags(page, [
      { text: 'Send me a copy of your passport.', analysis: stale },
      { text: 'Hello, how are you?' },
    ]);
    await page.reload();
    await page.getByTestId('reanalyse-all').click();
    await expect
      .poll(() => page.getByTestId('reanalyse-summary').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('done');
    expect(await page.getByTestId('reanalyse-summary').getAttribute('data-risk-changed')).toBe('1');
    expect(await page.getByTestId('reanalyse-summary').textContent()).toContain('2 checks re-analysed');
    expect(await eventTypes(page, changed!.id)).toEqual(['created', 'reanalysed']);
    expect(await eventTypes(page, same!.id)).toEqual(['created', 'reanalysed']);
    expect(extension.consoleErrors).toEqual([]);
  });

  test('deleting everything asks for the word, empties the store and the extension storage', async ({
    extension,
  }) => {
    const page = await openSection(extension, 'settings');
    await seedFlags(page, SEEDS);
    // A choice kept in extension storage, which the wipe must remove too.
    await page.locator('#settings-language-select').selectOption('tr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('tr');
    await page.reload();
    await expect.poll(() => page.getByTestId('storage-counts').getAttribute('data-flags')).toBe('4');
    expect(await page.locator('.settings-wipe').textContent()).toContain('Dışa aktardığınız dosyalar');

    await page.getByTestId('wipe').click();
    const confirm = page.getByTestId('wipe-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('wipe-confirm-input').fill('yes');
    expect(await confirm.isDisabled()).toBe(true);
    // The English word works whatever the interface language.
    await page.getByTestId('wipe-confirm-input').fill('DELETE');
    await confirm.click();
    await expect.poll(() => page.getByTestId('wipe-status').getAttribute('data-state')).toBe('done');
    expect(await countRows(page, 'flags')).toBe(0);
    expect(await page.evaluate(() => (globalThis as InExtension).chrome.storage.local.get(null))).toEqual({});

    await page.goto(`${extension.extensionOrigin}/dashboard.html#history`);
    await page.getByTestId('history').waitFor();
    await page.reload();
    await page.getByTestId('history').waitFor();
    expect(await page.getByTestId('history').textContent()).not.toContain('passport');
    expect(await countRows(page, 'flags')).toBe(0);
    expect(await countRows(page, 'attachments')).toBe(0);
    expect(await countRows(page, 'events')).toBe(0);
    await page.goto(`${extension.extensionOrigin}/dashboard.html#settings`);
    await expect.poll(() => page.getByTestId('storage-counts').getAttribute('data-flags')).toBe('0');
    // The language choice went with everything else: the page is back in the browser's language.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
