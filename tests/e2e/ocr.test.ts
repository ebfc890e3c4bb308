import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { InExtension } from './harness/chromium';
import { describe, expect, test } from './harness/fixture';
import { recordOffscreenRequests } from './ocr-offscreen';

// On-device OCR in the built Chrome extension: the popup's OCR client, the background that
// opens the offscreen document, and the tesseract.js workers there, with every file they load
// recorded. Timings are printed for the report, never asserted (the machines are shared).

const FIXTURE = new URL('../fixtures/ocr/passport-dark.png', import.meta.url);
const EXPECTED = ['Send a photo of your passport', 'to the police station today.'];
// The popup's languages for an English interface; a cold start loads all three models.
const POPUP_LANGS = ['eng', 'chi_sim', 'uig'];
const OCR_TIMEOUT = 180_000;

interface JobReply {
  type: string;
  result?: { text: string; timingsMs: Record<string, number> };
  error?: { code: string; message: string };
}

interface JobOutcome {
  reply: JobReply;
  progress: { stage: string; progress: number }[];
  prepareMs: number;
  totalMs: number;
}

interface JobRequest {
  langs?: string[];
  crop?: { x: number; y: number; width: number; height: number };
  /**
   * Replaces the image reference, to send what a broken or hostile page might; 'bytes' sends
   * the image's ArrayBuffer in the message, as Firefox's client does.
   */
  image?: unknown;
}

/**
 * One job over the OCR port, as lib/ocr/browser/port-client.ts sends it from Chrome: the page's
 * blob: URL of the image. Runs inside the extension page.
 */
function runJob(page: Page, png: Buffer, request: JobRequest = {}): Promise<JobOutcome> {
  return page.evaluate(
    async ({ base64, request }) => {
      const { chrome } = globalThis as InExtension;
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
      const started = performance.now();
      await chrome.runtime.sendMessage({ type: 'page/prepare-ocr' });
      const prepareMs = performance.now() - started;
      const progress: { stage: string; progress: number }[] = [];
      const reply = await new Promise<JobReply>((resolve) => {
        const port = chrome.runtime.connect({ name: 'tekshur/ocr' });
        port.onMessage.addListener((message: JobReply & { progress: (typeof progress)[number] }) => {
          if (message.type === 'ocr/progress') progress.push(message.progress);
          else {
            port.disconnect();
            resolve(message);
          }
        });
        port.onDisconnect.addListener(() => resolve({ type: 'disconnected' }));
        const { image, ...rest } = request;
        const ref =
          image === 'bytes' ? { kind: 'bytes', bytes: bytes.buffer } : (image ?? { kind: 'blob-url', url });
        port.postMessage({ type: 'ocr/recognize', image: ref, ...rest });
      });
      URL.revokeObjectURL(url);
      return { reply, progress, prepareMs, totalMs: performance.now() - started };
    },
    { base64: png.toString('base64'), request },
  );
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${Math.round(x)} ms`;

describe('OCR in the Chrome extension', () => {
  test(
    'a screenshot put in the popup is read on the device, with progress, from the extension’s own files',
    { timeout: OCR_TIMEOUT },
    async ({ extension }) => {
      const page = await extension.openPage('popup.html');
      await page.getByTestId('check-input').waitFor();
      // The offscreen document exists from the first request on; recording starts before any
      // worker, so the engine's own loads are all seen.
      await page.evaluate(() =>
        (globalThis as InExtension).chrome.runtime.sendMessage({ type: 'page/prepare-ocr' }),
      );
      const offscreen = await recordOffscreenRequests(extension);
      // Every value the progress bar takes, as the person would see it move.
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as { progressSeen?: number[] }).progressSeen = seen;
        new MutationObserver(() => {
          const bar = document.querySelector<HTMLProgressElement>('[data-testid="ocr-progress"]');
          if (bar?.hasAttribute('value')) seen.push(bar.value);
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      });

      const started = Date.now();
      await page.getByTestId('image-input').setInputFiles({
        name: 'chat.png',
        mimeType: 'image/png',
        buffer: await readFile(FIXTURE),
      });
      await expect
        .poll(() => page.getByTestId('check-input').inputValue(), { timeout: OCR_TIMEOUT })
        .toContain('passport');
      console.log(`popup, cold: image chosen → text in the box in ${ms(Date.now() - started)}`);

      const text = await page.getByTestId('check-input').inputValue();
      for (const line of EXPECTED) expect(text).toContain(line);
      const progressSeen = await page.evaluate(() => (window as { progressSeen?: number[] }).progressSeen);
      expect(new Set(progressSeen).size).toBeGreaterThan(2);

      const origin = extension.extensionOrigin;
      for (const file of [
        'ocr/worker.min.js',
        'ocr/core/tesseract-core-relaxedsimd-lstm.wasm.js',
        ...POPUP_LANGS.map((lang) => `ocr/lang/${lang}.traineddata.gz`),
      ]) {
        expect(offscreen.requests).toContain(`${origin}/${file}`);
      }
      expect(
        offscreen.requests.filter(
          (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`),
        ),
      ).toEqual([]);
      expect(extension.consoleErrors).toEqual([]);
      await offscreen.detach();
    },
  );

  test(
    'cold start and warm time per image (printed, not asserted)',
    { timeout: OCR_TIMEOUT },
    async ({ extension }) => {
      const page = await extension.openPage('popup.html');
      const png = await readFile(FIXTURE);
      const cold = await runJob(page, png, { langs: POPUP_LANGS });
      expect(cold.reply.result?.text).toContain('passport');
      expect(cold.progress.some((p) => p.stage === 'loading')).toBe(true);
      expect(cold.progress.some((p) => p.stage === 'recognizing' && p.progress === 1)).toBe(true);

      const warm: JobOutcome[] = [];
      for (let i = 0; i < 5; i++) warm.push(await runJob(page, png, { langs: POPUP_LANGS }));
      for (const job of warm) expect(job.reply.result?.text).toContain('passport');
      // A warm job does not load anything.
      expect(warm.every((job) => job.progress.every((p) => p.stage === 'recognizing'))).toBe(true);

      const coldEng = await runJob(page, png, { langs: ['eng'] });
      const warmEng: number[] = [];
      for (let i = 0; i < 5; i++) warmEng.push((await runJob(page, png, { langs: ['eng'] })).totalMs);
      console.log(
        [
          `OCR timings in Chromium, ${POPUP_LANGS.join('+')}, fixture ${png.length} B:`,
          `  cold: offscreen document ${ms(cold.prepareMs)}, total ${ms(cold.totalMs)} ` +
            `(host: ${JSON.stringify(cold.reply.result?.timingsMs, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))})`,
          `  warm: median ${ms(median(warm.map((j) => j.totalMs)))} of ${warm.map((j) => Math.round(j.totalMs)).join(', ')}`,
          `  switching to eng: ${ms(coldEng.totalMs)}; warm eng median ${ms(median(warmEng))}`,
        ].join('\n'),
      );
    },
  );

  test(
    'a 5 MB screenshot reaches the OCR host, which reads the region asked for',
    { timeout: OCR_TIMEOUT },
    async ({ extension }) => {
      // A photo of noise (which PNG cannot shrink) with the chat bubble in its top-left corner.
      const width = 1500;
      const height = 1300;
      const bubble = await readFile(FIXTURE);
      const big = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
        .composite([{ input: bubble, left: 0, top: 0 }])
        .png()
        .toBuffer();
      expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
      const { width: bw, height: bh } = await sharp(bubble).metadata();

      const page = await extension.openPage('popup.html');
      const job = await runJob(page, big, { langs: ['eng'], crop: { x: 0, y: 0, width: bw, height: bh } });
      expect(job.reply.type).toBe('ocr/result');
      for (const line of EXPECTED) expect(job.reply.result?.text).toContain(line);
      console.log(`5 MB screenshot (${big.length} B), cold, eng, cropped: ${ms(job.totalMs)}`);
      expect(extension.consoleErrors).toEqual([]);
    },
  );

  test(
    'the OCR host refuses what it should, with reasons, and keeps serving',
    { timeout: OCR_TIMEOUT },
    async ({ extension }) => {
      const page = await extension.openPage('popup.html');
      const png = await readFile(FIXTURE);
      const refused = async (request: JobRequest, bytes: Buffer = png) =>
        (await runJob(page, bytes, request)).reply;

      expect(await refused({ image: { kind: 'blob-url', url: 'blob:https://example.org/0' } })).toMatchObject(
        {
          type: 'ocr/error',
          error: { code: 'invalid-message', message: expect.stringContaining('not one of this extension') },
        },
      );
      // Chrome's JSON messaging turns an ArrayBuffer into {}: the reason the blob: URL exists.
      expect(await refused({ image: 'bytes' })).toMatchObject({
        type: 'ocr/error',
        error: { code: 'invalid-message', message: expect.stringContaining('ArrayBuffer') },
      });
      expect(await refused({ langs: ['klingon'] })).toMatchObject({ error: { code: 'invalid-message' } });
      expect(await refused({}, Buffer.from('GIF89a, not a screenshot'))).toMatchObject({
        error: { code: 'unsupported-format' },
      });
      expect(await refused({}, Buffer.from('not an image at all'))).toMatchObject({
        error: { code: 'not-an-image' },
      });
      // A page that gives up (the popup closed) leaves the host able to serve the next one.
      await page.evaluate(async (base64) => {
        const { chrome } = globalThis as InExtension;
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
        const port = chrome.runtime.connect({ name: 'tekshur/ocr' });
        port.postMessage({ type: 'ocr/recognize', image: { kind: 'blob-url', url } });
        port.disconnect();
      }, png.toString('base64'));
      const after = await runJob(page, png, { langs: ['eng'] });
      expect(after.reply.result?.text).toContain('passport');
    },
  );
});
