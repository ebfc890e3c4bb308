import { describe, expect, test } from './harness/fixture';

// The inverted test of the network rule: an extension page that reaches out must be
// caught, or every other browser test's "no external requests" would prove nothing.
describe('the network fixture', () => {
  test('reports a request from an extension page to a server the test did not start', async ({
    extension,
  }) => {
    const page = await extension.openPage('dashboard.html');
    await page.evaluate(() => fetch('http://127.0.0.1:9/').catch(() => 'blocked or refused'));
    expect(() => extension.assertNoExternalRequests()).toThrow('http://127.0.0.1:9/');
    // Leave the harness clean so the fixture's own closing check passes.
    extension.requests.length = 0;
  });

  test('reports a request from the service worker', async ({ extension }) => {
    await extension.serviceWorker.evaluate(() => fetch('http://127.0.0.1:9/sw').catch(() => 'refused'));
    await expect.poll(() => extension.requests).toContain('http://127.0.0.1:9/sw');
    expect(() => extension.assertNoExternalRequests()).toThrow('http://127.0.0.1:9/sw');
    extension.requests.length = 0;
  });

  test.fails('fails the test it guards when a request leaves the extension', async ({ extension }) => {
    const page = await extension.openPage('dashboard.html');
    await page.evaluate(() => fetch('http://127.0.0.1:9/').catch(() => 'refused'));
  });
});
