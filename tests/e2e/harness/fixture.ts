import { test as base } from 'vitest';
import { launchExtension, type ExtensionHarness } from './chromium';

/**
 * A test with the built extension loaded in Chromium. After the test body, the fixture
 * fails the test if any request left the extension, so no browser test can forget it.
 */
export const test = base.extend<{ extension: ExtensionHarness }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads fixture dependencies from this pattern
  extension: async ({}, use) => {
    const harness = await launchExtension();
    try {
      await use(harness);
      harness.assertNoExternalRequests();
    } finally {
      await harness.close();
    }
  },
});

export { expect, describe } from 'vitest';
