import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { OcrError } from '../ocr/errors.ts';
import { createNodeOcr } from '../ocr/node.ts';
import { OCR_LANGS, type OcrLang } from '../ocr/types.ts';

export type ImageRead =
  { ok: true; text: string; confidence: number; langs: string[]; ms: number } | { ok: false; error: string };

/** OCR for `scan`: one shared engine whose scheduler reads a folder with several workers. */
export interface ImageScanner {
  recognize(path: string): Promise<ImageRead>;
  progress(done: number, total: number): void;
  close(): Promise<void>;
}

/** `eng+chi_sim+uig` → languages, refusing unknown ones (bad usage). */
export function parseOcrLangs(value: string | undefined): OcrLang[] {
  // scan-cli.md: the default covers every language the analyzer knows.
  if (value === undefined) return [...OCR_LANGS];
  const langs = value.split('+').map((l) => l.trim());
  const unknown = langs.filter((l) => !(OCR_LANGS as readonly string[]).includes(l));
  if (unknown.length > 0 || langs.length === 0) {
    throw new Error(
      `unknown --ocr-langs "${unknown.join('+') || value}" (choose from ${OCR_LANGS.join('+')})`,
    );
  }
  return langs as OcrLang[];
}

export async function createImageScanner(
  langsOption: string | undefined,
  count: number,
): Promise<ImageScanner> {
  const langs = parseOcrLangs(langsOption);
  const ocr = createNodeOcr({ workers: Math.min(count, availableParallelism()) });
  const tty = process.stderr.isTTY;
  return {
    async recognize(path) {
      const started = performance.now();
      try {
        const result = await ocr.recognize(path, { langs });
        if (result.text.trim() === '') return { ok: false, error: 'no text found in the image' };
        return {
          ok: true,
          text: result.text,
          confidence: Math.round(result.confidence),
          langs,
          ms: Math.round(performance.now() - started),
        };
      } catch (e) {
        return {
          ok: false,
          error: e instanceof OcrError ? e.message : `image could not be read (${(e as Error).message})`,
        };
      }
    },
    progress(done, total) {
      // A progress line for a person watching; never on stdout, never into a pipe or a log.
      if (tty) process.stderr.write(`\rscan: ${done}/${total}${done === total ? '\n' : ''}`);
    },
    close: () => ocr.terminate(),
  };
}
