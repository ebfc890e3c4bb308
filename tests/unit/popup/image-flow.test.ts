import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { newFlagOf, EMPTY_CONTEXT } from '@/components/popup/new-flag';
import { ocrLangsFor, readImage } from '@/entrypoints/popup/image-flow';
import { save } from '@/entrypoints/popup/save';
import { analyze } from '@/lib/analyzer';
import { sha256Hex } from '@/lib/crypto/hash';
import { TekshurDB } from '@/lib/db/schema';
import { setOcrClient, type OcrClient } from '@/lib/ocr/client';
import type { OcrResult } from '@/lib/ocr/types';

// The analyzer compiles its rules on first use, slowly on a busy machine: once, up front.
beforeAll(() => void analyze('passport 护照 паспорт پاسپورت'), 60_000);

const FIXTURE = new URL('../../fixtures/ocr/passport-dark.png', import.meta.url);
const TEXT = 'Send a photo of your passport\nto the police station today.';

function mockClient(): OcrClient & { recognize: ReturnType<typeof vi.fn> } {
  const result = {
    text: TEXT,
    confidence: 93,
    words: [{ text: 'Send', confidence: 95, bbox: { x0: 36, y0: 40, x1: 100, y1: 70 } }],
    width: 560,
    height: 140,
  } as OcrResult;
  return {
    recognize: vi.fn(async (_blob, options) => {
      options?.onProgress?.({ stage: 'recognizing', progress: 1 });
      return result;
    }),
  };
}

const options = () => ({ onAccepted: vi.fn(), onProgress: vi.fn(), signal: new AbortController().signal });

afterEach(() => setOcrClient({ recognize: () => Promise.reject(new Error('no client')) }));

describe('the popup image flow', () => {
  it('checks the image, says it is accepted, then reads it with the OCR client', async () => {
    const client = mockClient();
    setOcrClient(client);
    const blob = new Blob([await readFile(FIXTURE)], { type: 'image/png' });
    const given = options();
    const reading = await readImage(blob, given, 'kk');
    expect(given.onAccepted).toHaveBeenCalledWith({ width: 560, height: 140 });
    expect(given.onProgress).toHaveBeenCalledWith({ stage: 'recognizing', progress: 1 });
    expect(client.recognize.mock.calls[0]?.[0]).toBe(blob);
    expect(client.recognize.mock.calls[0]?.[1]).toMatchObject({ langs: ['eng', 'chi_sim', 'uig', 'kaz'] });
    expect(reading).toMatchObject({
      text: TEXT,
      confidence: 93,
      width: 560,
      height: 140,
      langs: ['eng', 'chi_sim', 'uig', 'kaz'],
    });
  });

  it('refuses a file that is not a still image before any decoder or OCR sees it', async () => {
    const client = mockClient();
    setOcrClient(client);
    const gif = new Blob([new TextEncoder().encode('GIF89a\x01\x00\x01\x00')], { type: 'image/gif' });
    const given = options();
    await expect(readImage(gif, given, 'en')).rejects.toMatchObject({ code: 'unsupported-format' });
    expect(given.onAccepted).not.toHaveBeenCalled();
    expect(client.recognize).not.toHaveBeenCalled();
  });

  it('refuses a huge file from its size alone', async () => {
    const huge = { size: 31 * 1024 * 1024, arrayBuffer: vi.fn() } as unknown as Blob;
    await expect(readImage(huge, options(), 'en')).rejects.toMatchObject({ code: 'file-too-large' });
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('asks for the Turkish or Kazakh model only when the interface is in such a language', () => {
    expect(ocrLangsFor('en')).toEqual(['eng', 'chi_sim', 'uig']);
    expect(ocrLangsFor('tr')).toEqual(['eng', 'chi_sim', 'uig', 'tur']);
    expect(ocrLangsFor('ru')).toEqual(['eng', 'chi_sim', 'uig', 'kaz']);
  });
});

describe('saving from the popup', () => {
  it('stores text, image and hashes in the Tekshur database', async () => {
    const image = new Blob([await readFile(FIXTURE)], { type: 'image/png' });
    const flag = newFlagOf(
      TEXT,
      analyze(TEXT),
      { blob: image, source: 'image', capturedAt: '2026-11-23T10:00:00.000Z' },
      { ...EMPTY_CONTEXT, channel: 'telegram', senderAccount: '@embassy_help' },
      'new',
    );
    await save(flag);
    const db = new TekshurDB();
    try {
      const [stored] = await db.flags.toArray();
      expect(stored).toMatchObject({
        source: 'image',
        text: TEXT,
        channel: 'telegram',
        sender: { account: '@embassy_help' },
        capturedAt: '2026-11-23T10:00:00.000Z',
        textSha256: await sha256Hex(TEXT),
        imageSha256: [await sha256Hex(image)],
        status: 'new',
      });
      expect(await db.attachments.count()).toBe(1);
    } finally {
      db.close();
    }
  });
});
