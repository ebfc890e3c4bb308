import { describe, expect, test } from './harness/fixture';
import type { InExtension } from './harness/chromium';
import { startLocalServer } from './harness/local-server';

describe('Chromium: the built extension', () => {
  test('popup shows its first screen without console errors', async ({ extension }) => {
    const page = await extension.openPage('popup.html');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Check a message');
    expect(await page.getByLabel('Message to check').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Check', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('link', { name: 'Open the dashboard' }).count()).toBe(1);
    expect(extension.consoleErrors).toEqual([]);
  });

  test('dashboard shows its sections and moves between them', async ({ extension }) => {
    const page = await extension.openPage('dashboard.html');
    const nav = page.getByRole('navigation', { name: 'Dashboard sections' });
    await nav.waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'History',
      'Batch',
      'Statistics',
      'Import/Export',
      'Settings',
    ]);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('History');

    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Settings');
    expect(await nav.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(extension.consoleErrors).toEqual([]);
  });

  test('dashboard is the options page, opened in a tab', async ({ extension }) => {
    const manifest = await extension.serviceWorker.evaluate(() =>
      (globalThis as InExtension).chrome.runtime.getManifest(),
    );
    expect(manifest.options_ui).toEqual({ page: 'dashboard.html', open_in_tab: true });
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  test('the check script, injected after the toolbar button is pressed, says hello to the background', async ({
    extension,
  }) => {
    const server = await startLocalServer('Chat', '<p>A message</p>');
    extension.allowOrigin(server.origin);
    try {
      const url = server.url('/chat');
      const tab = await extension.context.newPage();
      await tab.goto(url);

      const inject = (pageUrl: string) =>
        extension.serviceWorker.evaluate(async (target) => {
          const { chrome } = globalThis as InExtension;
          const tabs = await chrome.tabs.query({});
          const tabId = tabs.find((candidate) => candidate.url === target)?.id;
          // Without the tabs permission URLs are hidden, so fall back to the active tab.
          const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          const id = tabId ?? active?.id;
          if (id === undefined) throw new Error('no tab');
          try {
            await chrome.scripting.executeScript({
              target: { tabId: id },
              files: ['/content-scripts/check.js'],
            });
            return 'injected';
          } catch (error) {
            return `refused: ${(error as Error).message}`;
          }
        }, pageUrl);

      // No host permission: before the person invokes Tekshur, the page is out of reach.
      expect(await inject(url)).toMatch(/^refused: /);

      await extension.invokeActionOn(url);
      expect(await inject(url)).toBe('injected');

      const dashboard = await extension.openPage('dashboard.html');
      await expect
        .poll(() =>
          dashboard.evaluate(() =>
            (globalThis as InExtension).chrome.runtime.sendMessage({ type: 'page/get-content-hellos' }),
          ),
        )
        .toMatchObject({ ok: true, hellos: [{ frameId: 0, url }] });
      expect(extension.consoleErrors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
