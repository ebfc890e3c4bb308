import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { externalRequests } from './network-policy';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const ADDON_ID = 'tekshur@tekshur.org';
// Pinned so the test knows the moz-extension:// origin before the add-on starts.
const ADDON_UUID = '5e1c3a52-9f0e-4c7a-8d7b-2f6a1b0c9e41';
export const FIREFOX_ORIGIN = `moz-extension://${ADDON_UUID}`;

// WebDriver BiDi refuses to navigate to moz-extension:// URLs, so a copy of the build
// gets one extra background script that opens the pages itself. The shipped build is
// never changed.
const OPENER = `for (const page of ['dashboard.html', 'popup.html']) {
  browser.tabs.create({ url: browser.runtime.getURL(page) });
}
`;

export interface FirefoxHarness {
  browser: Browser;
  /** The extension page whose path is `pathname`, reloaded with recorders attached. */
  extensionPage(pathname: string): Promise<Page>;
  requests: string[];
  consoleErrors: string[];
  assertNoExternalRequests(): void;
  close(): Promise<void>;
}

async function copyWithOpener(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tekshur-firefox-build-'));
  await cp(FIREFOX_BUILD, dir, { recursive: true });
  await writeFile(path.join(dir, 'e2e-open-pages.js'), OPENER);
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    background: { scripts: string[] };
  };
  manifest.background.scripts.push('e2e-open-pages.js');
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

async function hrefOf(page: Page): Promise<string> {
  // Puppeteer's page.url() does not follow navigations the add-on made, so ask the page.
  try {
    return await page.evaluate(() => location.href);
  } catch {
    return '';
  }
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

export async function launchFirefoxExtension(): Promise<FirefoxHarness> {
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build:firefox\` first.`);
  }
  const addonDir = await copyWithOpener();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Every host name resolves to this machine, so no request can reach the internet
      // even if the recorder misses it.
      'network.dns.forceResolve': '127.0.0.1',
    },
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const record = (page: Page) => {
    // BiDi reports http(s) requests of a page; the add-on's own moz-extension:// loads
    // do not appear, which is fine: those never leave the device.
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
  };
  browser.on('targetcreated', (target: Target) => {
    void target.page().then((page) => page && record(page));
  });
  for (const page of await browser.pages()) record(page);

  await browser.installExtension(addonDir);

  return {
    browser,
    requests,
    consoleErrors,
    async extensionPage(pathname) {
      const wanted = `${FIREFOX_ORIGIN}/${pathname}`;
      let found: Page | undefined;
      await until(async () => {
        for (const page of await browser.pages()) {
          // The section hash is not part of which page it is.
          if ((await hrefOf(page)).split('#')[0] === wanted) found = page;
        }
        return found !== undefined;
      }, wanted);
      const page = found!;
      // Hidden tabs get no animation frames, so bring the page forward as a person would.
      await page.bringToFront();
      // Reload from inside the page, with the recorders attached, so they see a whole
      // load; puppeteer's reload() waits for an event BiDi does not send for these pages.
      await page.evaluate(() => {
        (window as { beforeReload?: boolean }).beforeReload = true;
        location.reload();
      });
      await until(
        () =>
          page
            .evaluate(
              () =>
                !(window as { beforeReload?: boolean }).beforeReload && document.readyState === 'complete',
            )
            .catch(() => false),
        `${wanted} to reload`,
      );
      return page;
    },
    assertNoExternalRequests() {
      const external = externalRequests(requests, FIREFOX_ORIGIN, []);
      if (external.length > 0) {
        throw new Error(`Requests left the extension:\n${external.map((url) => `  ${url}`).join('\n')}`);
      }
    },
    async close() {
      await browser.close();
      await rm(addonDir, { recursive: true, force: true });
    },
  };
}
