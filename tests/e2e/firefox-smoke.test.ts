import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxHarness } from './harness/firefox';

// One Firefox for the file: it takes several seconds to start on these machines.
describe('Firefox: the built extension', () => {
  let firefox: FirefoxHarness;

  beforeAll(async () => {
    firefox = await launchFirefoxExtension();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('dashboard shows its sections and moves between them', async () => {
    const page = await firefox.extensionPage('dashboard.html');
    const text = (selector: string) => page.$eval(selector, (element) => element.textContent);
    await expect.poll(() => page.$$eval('nav[aria-label="Dashboard sections"] a', (a) => a.length)).toBe(5);
    expect(await page.$$eval('nav a', (anchors) => anchors.map((a) => a.textContent))).toEqual([
      'History',
      'Batch',
      'Statistics',
      'Import/Export',
      'Settings',
    ]);
    expect(await text('h2')).toBe('History');

    await page.click('nav a[href="#settings"]');
    await expect.poll(() => text('h2')).toBe('Settings');
    expect(firefox.consoleErrors).toEqual([]);
    firefox.assertNoExternalRequests();
  });

  it('popup shows its first screen', async () => {
    const page = await firefox.extensionPage('popup.html');
    await expect.poll(() => page.$eval('h1', (h) => h.textContent)).toBe('Check a message');
    expect(await page.$eval('button', (b) => b.disabled)).toBe(true);
    expect(firefox.consoleErrors).toEqual([]);
    firefox.assertNoExternalRequests();
  });

  // The inverted test of the Firefox recorder (see network-fixture.test.ts for Chromium).
  it('notices a request that leaves the extension', async () => {
    const page = await firefox.extensionPage('dashboard.html');
    await page.evaluate(() => fetch('http://tekshur-fixture.invalid/').catch(() => 'refused'));
    await expect.poll(() => firefox.requests).toContain('http://tekshur-fixture.invalid/');
    expect(() => firefox.assertNoExternalRequests()).toThrow('http://tekshur-fixture.invalid/');
  });
});
