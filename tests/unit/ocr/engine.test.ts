import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { OcrEngine, tesseractLangs } from '../../../lib/ocr/engine.ts';
import { OcrError } from '../../../lib/ocr/errors.ts';
import { gatherLangData } from '../../../lib/ocr/node-lang-data.ts';
import { encodePgm } from '../../../lib/ocr/preprocess/index.ts';

const blankPgm = encodePgm({ data: new Uint8ClampedArray(64 * 32).fill(255), width: 64, height: 32 });

describe('OcrEngine', () => {
  it('joins languages once each', () => {
    expect(tesseractLangs(['eng', 'chi_sim', 'eng', 'uig'])).toBe('eng+chi_sim+uig');
  });

  it(
    'reports missing language data as a start-up error instead of hanging',
    { timeout: 30_000 },
    async () => {
      const missing = fileURLToPath(new URL('./no-such-folder', import.meta.url));
      const engine = new OcrEngine({ langPath: missing, startTimeoutMs: 20_000 });
      const err = await engine.recognize(blankPgm, ['eng']).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OcrError);
      expect((err as OcrError).code).toBe('engine-start-failed');
      expect((err as OcrError).message).toMatch(/could not start/);
      await engine.terminate();
    },
  );

  it('starts on first use, reuses the worker and ends it when idle', { timeout: 60_000 }, async () => {
    const engine = new OcrEngine({ langPath: gatherLangData(['eng']), idleMs: 300 });
    expect(engine.size).toBe(0);
    await engine.recognize(blankPgm, ['eng']);
    await engine.recognize(blankPgm, ['eng']);
    expect(engine.size).toBe(1);
    await vi.waitFor(() => expect(engine.size).toBe(0), { timeout: 10_000, interval: 100 });
    await engine.terminate();
  });

  it('runs a batch on up to maxWorkers workers', { timeout: 60_000 }, async () => {
    const engine = new OcrEngine({ langPath: gatherLangData(['eng']), maxWorkers: 2 });
    const pages = await Promise.all([1, 2, 3].map(() => engine.recognize(blankPgm, ['eng'])));
    expect(pages).toHaveLength(3);
    expect(engine.size).toBe(2);
    await engine.terminate();
    expect(engine.size).toBe(0);
  });

  it('rejects queued work when terminated', { timeout: 60_000 }, async () => {
    const engine = new OcrEngine({ langPath: gatherLangData(['eng']) });
    const first = engine.recognize(blankPgm, ['eng']);
    const second = engine.recognize(blankPgm, ['eng']).catch((e: unknown) => e);
    await engine.terminate();
    expect(((await second) as OcrError).code).toBe('terminated');
    await first.catch(() => undefined);
  });
});
