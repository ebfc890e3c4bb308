import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { it } from 'vitest';
import { blocking, runAxe } from './harness/axe';
import { launchExtension, makeProfileDir, type ExtensionHarness } from './harness/chromium';
import { describe, expect, test } from './harness/fixture';
import { startLocalServer } from './harness/local-server';

const CHINESE = '请把你的护照复印件发给我';
const HOSTILE = '=HYPERLINK("http://x.test") Send me your passport copy <img src=x onerror=alert(1)>';

/** Opens the popup page, counts any dialog it raises, and waits for it to be usable. */
async function openPopup(extension: ExtensionHarness): Promise<{ page: Page; dialogs: string[] }> {
  const page = await extension.openPage('popup.html');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByTestId('check-input').waitFor();
  return { page, dialogs };
}

async function check(page: Page, text: string): Promise<void> {
  await page.getByTestId('check-input').fill(text);
  await page.getByTestId('check-button').click();
}

const risk = (page: Page) => page.getByTestId('verdict').getAttribute('data-risk');

/** Every <details> open, so that axe and screenshots see what a person can reveal. */
const openAllDetails = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

describe('the popup in the real extension', () => {
  test('a Chinese message asking for a passport copy is high risk, with the quote highlighted', async ({
    extension,
  }) => {
    const { page } = await openPopup(extension);
    await page.getByTestId('check-input').click();
    await page.keyboard.insertText(CHINESE);
    await expect.poll(() => risk(page), { timeout: 15_000 }).toBe('high');
    const tactic = page.locator('[data-testid="tactic"][data-tactic-id="identity-document-request"]');
    expect(await tactic.locator('h4').textContent()).toBe('Asks for an identity document');
    expect(await tactic.locator('mark').first().textContent()).toContain('护照');
    expect(await page.locator('.verdict-sentence').textContent()).toContain('asks for your passport');
    expect(extension.consoleErrors).toEqual([]);
  });

  test('switching to Uyghur turns the popup right to left, in Uyghur, and the choice stays', async ({
    extension,
  }) => {
    const { page } = await openPopup(extension);
    await check(page, CHINESE);
    await expect.poll(() => risk(page)).toBe('high');
    await page.getByTestId('language-select').selectOption('ug');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ug-Arab');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ئۇچۇر تەكشۈرۈش');
    expect(await page.locator('[data-testid="tactic"] h4').first().textContent()).toBe(
      'كىملىك ئىسپاتى سورايدۇ',
    );
    // Mirrored: the text box's label starts at the right edge.
    const label = await page.locator('label[for="message-input"]').boundingBox();
    const box = await page.getByTestId('check-input').boundingBox();
    expect(label!.x + label!.width).toBeCloseTo(box!.x + box!.width, 0);

    await page.reload();
    await page.getByTestId('check-input').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByTestId('language-select').inputValue()).toBe('ug');
  });

  test('a message holding markup and a formula shows as text and runs nothing', async ({ extension }) => {
    const { page, dialogs } = await openPopup(extension);
    await check(page, HOSTILE);
    await expect.poll(() => risk(page)).toBe('high');
    const verdict = page.getByTestId('verdict');
    expect(await verdict.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await verdict.textContent()).toContain('=HYPERLINK("http://x.test")');
    expect(await page.locator('img[src="x"], a[href="http://x.test"]').count()).toBe(0);
    // Give a planted handler every chance to fire before counting dialogs.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(extension.consoleErrors).toEqual([]);
  });

  test('the whole check can be done with the keyboard alone, down to saving it', async ({ extension }) => {
    const { page } = await openPopup(extension);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    const tabTo = async (testId: string) => {
      for (let i = 0; i < 40 && (await focused()) !== testId; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(testId);
    };
    await tabTo('check-input');
    await page.keyboard.type('Send me a photo of your passport');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => risk(page)).toBe('high');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await tabTo('save-flag');
    // The focused control shows a visible ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved on this device');
  });

  test('a file that is not a still image is refused with the reason, before anything reads it', async ({
    extension,
  }) => {
    const { page } = await openPopup(extension);
    await page.getByTestId('image-input').setInputFiles({
      name: 'animation.gif',
      mimeType: 'image/png',
      buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary'),
    });
    await expect
      .poll(() => page.getByTestId('image-error').textContent())
      .toBe('GIF files are not read; save the screenshot as PNG or JPEG.');
    expect(await page.locator('img').count()).toBe(0);
  });

  for (const language of ['en', 'ug'] as const) {
    test(`axe finds no serious or critical problem (${language})`, async ({ extension }) => {
      const { page } = await openPopup(extension);
      if (language === 'ug') {
        await page.getByTestId('language-select').selectOption('ug');
        await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      }
      expect(blocking(await runAxe(page))).toEqual([]);
      await check(page, `${CHINESE} 我是派出所的，不要告诉任何人。`);
      await expect.poll(() => risk(page)).toBe('high');
      await openAllDetails(page);
      expect(blocking(await runAxe(page))).toEqual([]);
    });
  }
});

/** The saved flags, read from the extension's IndexedDB with the plain API. */
function savedFlags(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('tekshur');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('flags').objectStore('flags').getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
  );
}

describe('checking the tab', () => {
  test('"Check this tab" captures the page Tekshur was opened on and keeps its address with the save', async ({
    extension,
  }) => {
    const server = await startLocalServer(
      'Chat',
      '<p style="font-size:28px">Send a photo of your passport.</p>',
    );
    extension.allowOrigin(server.origin);
    try {
      const url = server.url('/chat');
      const tab = await extension.context.newPage();
      await tab.goto(url);
      // The toolbar press grants activeTab on the chat. The popup is then driven from a tab
      // of its own (headless Chromium shows no popup window) while the chat is in front.
      await extension.invokeActionOn(url);
      const { page } = await openPopup(extension);
      await tab.bringToFront();
      await page.getByTestId('check-tab').click();
      await expect
        .poll(() => page.locator('.image-evidence img').getAttribute('src'))
        .toMatch(/^blob:chrome-extension:/u);
      expect(await page.locator('.image-label').textContent()).toBe('Screenshot of this tab');
      // The capture is read on the device and the verdict follows, as for a chosen screenshot.
      await expect
        .poll(() => page.getByTestId('check-input').inputValue(), { timeout: 60_000 })
        .toContain('passport');
      await expect.poll(() => risk(page)).toBe('high');
      await page.getByTestId('save-flag').click();
      await expect
        .poll(() => page.getByTestId('save-status').textContent())
        .toContain('Saved on this device');
      const [flag] = await savedFlags(page);
      expect(flag).toMatchObject({ source: 'tab-capture', pageUrl: url });
      expect((flag?.ocr as { text: string } | undefined)?.text).toContain('passport');
      expect(flag?.imageSha256).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/u)]);
    } finally {
      await server.close();
    }
  });
});

describe('saved checks', () => {
  it('are still in the database after the browser is closed and opened again', async () => {
    const profileDir = await makeProfileDir();
    try {
      const first = await launchExtension({ profileDir });
      try {
        const { page } = await openPopup(first);
        await check(page, CHINESE);
        await expect.poll(() => risk(page)).toBe('high');
        await page.getByTestId('save-flag').click();
        await expect
          .poll(() => page.getByTestId('save-status').textContent())
          .toContain('Saved on this device');
        first.assertNoExternalRequests();
      } finally {
        await first.close();
      }

      const second = await launchExtension({ profileDir });
      try {
        expect(second.extensionId).toBe(first.extensionId);
        const flags = await savedFlags(await second.openPage('dashboard.html'));
        expect(flags).toHaveLength(1);
        expect(flags[0]).toMatchObject({ text: CHINESE, status: 'new', risk: 'high' });
        expect(flags[0]?.textSha256).toMatch(/^[0-9a-f]{64}$/u);
        second.assertNoExternalRequests();
      } finally {
        await second.close();
      }
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});

/** A chat screenshot made here, from SVG text: the test owns its fixture. */
async function chatScreenshot(): Promise<Buffer> {
  const lines = ['Send a photo of your passport', 'to the police station today.'];
  const text = lines
    .map(
      (l, i) =>
        `<text x="24" y="${52 + i * 36}" font-family="DejaVu Sans" font-size="26" fill="#111">${l}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="120"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('reading a screenshot', () => {
  test('a screenshot shows OCR progress, then the verdict with boxes on the image', async ({ extension }) => {
    const { page } = await openPopup(extension);
    await page.getByTestId('image-input').setInputFiles({
      name: 'chat.png',
      mimeType: 'image/png',
      buffer: await chatScreenshot(),
    });
    await page.getByTestId('ocr-progress').waitFor();
    await expect
      .poll(() => page.getByTestId('check-input').inputValue(), { timeout: 60_000 })
      .toContain('passport');
    await expect.poll(() => risk(page)).toBe('high');
    expect(await page.locator('[data-tactic-id="identity-document-request"]').count()).toBe(1);
    expect(await page.getByTestId('evidence-box').count()).toBeGreaterThan(0);
  });
});
