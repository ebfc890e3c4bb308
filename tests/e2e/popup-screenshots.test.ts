import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from './harness/fixture';

// Regenerates docs/popup-en.png and docs/popup-ug.png for the README:
//   npm run build && TEKSHUR_SCREENSHOTS=1 npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/popup-screenshots.test.ts
// Skipped otherwise, so that a test run never rewrites the docs.
const enabled = process.env.TEKSHUR_SCREENSHOTS === '1';
const DOCS = path.resolve(import.meta.dirname, '../../docs');

const MESSAGES = {
  en: "This is the police. Send a copy of your passport to this number today, and don't tell anyone.",
  ug: 'مەن ساقچىخانىدىن. پاسپورتىڭىزنىڭ رەسىمىنى ئەۋەتىڭ، بۇنى ھېچكىمگە دېمەڭ.',
};

async function shoot(page: Page, file: string): Promise<void> {
  await page.getByTestId('check-button').click();
  await expect.poll(() => page.getByTestId('verdict').getAttribute('data-risk')).toBe('high');
  // Nothing focused, so the picture shows the result rather than a focus ring.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('main').screenshot({ path: path.join(DOCS, file), animations: 'disabled' });
}

describe.skipIf(!enabled)('popup screenshots for the README', () => {
  for (const language of ['en', 'ug'] as const) {
    test(`docs/popup-${language}.png`, async ({ extension }) => {
      const page = await extension.openPage('popup.html');
      // The toolbar popup is about this wide.
      await page.setViewportSize({ width: 430, height: 1600 });
      await page.getByTestId('check-input').waitFor();
      if (language === 'ug') {
        await page.getByTestId('language-select').selectOption('ug');
        await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      }
      await page.getByTestId('check-input').fill(MESSAGES[language]);
      await shoot(page, `popup-${language}.png`);
    });
  }
});
