import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ElementHandle } from 'puppeteer-core';
import sharp from 'sharp';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxHarness } from './harness/firefox';

// Firefox runs OCR in its MV2 background page (no offscreen documents there), and its
// messaging clones values, so the client sends the image's bytes in the message itself.

const FIXTURE = fileURLToPath(new URL('../fixtures/ocr/passport-dark.png', import.meta.url));
const OCR_TIMEOUT = 180_000;

describe('OCR in the Firefox extension', () => {
  let firefox: FirefoxHarness;

  beforeAll(async () => {
    firefox = await launchFirefoxExtension();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it(
    'a screenshot put in the popup is read in the background page, with progress',
    { timeout: OCR_TIMEOUT },
    async () => {
      const page = await firefox.extensionPage('popup.html');
      await page.waitForSelector('[data-testid="image-input"]');
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as { progressSeen?: number[] }).progressSeen = seen;
        new MutationObserver(() => {
          const bar = document.querySelector<HTMLProgressElement>('[data-testid="ocr-progress"]');
          if (bar?.hasAttribute('value')) seen.push(bar.value);
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      const input = (await page.$(
        'input[data-testid="image-input"]',
      )) as ElementHandle<HTMLInputElement> | null;
      const started = Date.now();
      await input!.uploadFile(FIXTURE);
      await expect
        .poll(() => page.$eval('[data-testid="check-input"]', (box) => (box as HTMLTextAreaElement).value), {
          timeout: OCR_TIMEOUT,
        })
        .toContain('passport');
      console.log(`Firefox popup, cold: image chosen → text in the box in ${Date.now() - started} ms`);
      const text = await page.$eval(
        '[data-testid="check-input"]',
        (box) => (box as HTMLTextAreaElement).value,
      );
      expect(text).toContain('Send a photo of your passport');
      expect(text).toContain('to the police station today.');
      const progressSeen = await page.evaluate(() => (window as { progressSeen?: number[] }).progressSeen);
      expect(new Set(progressSeen).size).toBeGreaterThan(2);
      expect(firefox.consoleErrors).toEqual([]);
      firefox.assertNoExternalRequests();
    },
  );

  it('a 5 MB screenshot crosses to the background page as bytes', { timeout: OCR_TIMEOUT }, async () => {
    const width = 1500;
    const height = 1300;
    const bubble = await readFile(FIXTURE);
    const big = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .composite([{ input: bubble, left: 0, top: 0 }])
      .png()
      .toBuffer();
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const { width: bw, height: bh } = await sharp(bubble).metadata();
    const page = await firefox.extensionPage('popup.html');
    const reply = await page.evaluate(
      async (base64: string, crop: { x: number; y: number; width: number; height: number }) => {
        const { browser } = globalThis as unknown as { browser: WxtBrowser };
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const started = performance.now();
        await browser.runtime.sendMessage({ type: 'page/prepare-ocr' });
        const message = await new Promise<{ type: string; result?: { text: string } }>((resolve) => {
          const port = browser.runtime.connect({ name: 'tekshur/ocr' });
          port.onMessage.addListener((m: { type: string; result?: { text: string } }) => {
            if (m.type !== 'ocr/progress') resolve(m);
          });
          port.postMessage({
            type: 'ocr/recognize',
            image: { kind: 'bytes', bytes: bytes.buffer },
            langs: ['eng'],
            crop,
          });
        });
        return { ...message, ms: performance.now() - started };
      },
      big.toString('base64'),
      { x: 0, y: 0, width: bw!, height: bh! },
    );
    console.log(`Firefox, 5 MB screenshot (${big.length} B), eng, cropped: ${Math.round(reply.ms)} ms`);
    expect(reply.type).toBe('ocr/result');
    expect(reply.result?.text).toContain('Send a photo of your passport');
    firefox.assertNoExternalRequests();
  });
});
