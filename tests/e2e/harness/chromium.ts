import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { externalRequests } from './network-policy';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3');

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Lets the harness press the toolbar button over CDP (Extensions.triggerAction).
  '--enable-unsafe-extension-debugging',
  // Belt and braces: even a request the recorder missed cannot reach the internet.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * The global object of an extension page or service worker, for functions the harness
 * evaluates there: `(globalThis as InExtension).chrome.runtime...`.
 */
export type InExtension = typeof globalThis & { chrome: WxtBrowser };

export interface ConsoleError {
  source: string;
  text: string;
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  extensionOrigin: string;
  serviceWorker: Worker;
  /** Every URL any page or the service worker requested, in order. */
  requests: string[];
  /** console.error calls and uncaught errors, from pages and the service worker. */
  consoleErrors: ConsoleError[];
  openPage(pathname: string): Promise<Page>;
  /** Allows one origin, such as a local test server the test started. */
  allowOrigin(origin: string): void;
  /** Presses the toolbar button on the tab showing `url`, which grants activeTab there. */
  invokeActionOn(url: string): Promise<void>;
  /** Throws, listing them, if any request went anywhere not allowed. */
  assertNoExternalRequests(): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A browser profile to reuse (and keep on close), for tests that close the browser and
   * open it again on the same data. Without it each launch gets a fresh profile, removed on close.
   */
  profileDir?: string;
}

/** A profile directory for `launchExtension({ profileDir })`; the caller removes it. */
export function makeProfileDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'tekshur-e2e-profile-'));
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  if (!existsSync(path.join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No Chrome build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  }
  const profile = options.profileDir ?? (await mkdtemp(path.join(tmpdir(), 'tekshur-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });

  const requests: string[] = [];
  const consoleErrors: ConsoleError[] = [];
  const allowed: string[] = [];
  // Registered before anything loads, so the extension's first requests are seen too.
  // In Chromium this event also carries the service worker's own fetches.
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push({ source: message.page()?.url() ?? 'worker', text: message.text() });
    }
  });
  context.on('weberror', (error) => {
    consoleErrors.push({ source: error.page()?.url() ?? 'unknown', text: String(error.error()) });
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  return {
    context,
    extensionId,
    extensionOrigin,
    serviceWorker,
    requests,
    consoleErrors,
    async openPage(pathname) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${pathname.replace(/^\//, '')}`);
      return page;
    },
    allowOrigin(origin) {
      allowed.push(origin);
    },
    async invokeActionOn(url) {
      const browser = context.browser();
      if (!browser) throw new Error('No browser object to open a CDP session on.');
      const cdp = await browser.newBrowserCDPSession();
      try {
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tab = targetInfos.find((info) => info.url === url);
        if (!tab) throw new Error(`No tab shows ${url}.`);
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      } finally {
        await cdp.detach();
      }
    },
    assertNoExternalRequests() {
      const external = externalRequests(requests, extensionOrigin, allowed);
      if (external.length > 0) {
        throw new Error(`Requests left the extension:\n${external.map((url) => `  ${url}`).join('\n')}`);
      }
    },
    async close() {
      await context.close();
      if (options.profileDir === undefined) await rm(profile, { recursive: true, force: true });
    },
  };
}
