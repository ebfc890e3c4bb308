import type { OcrLang, OcrProgress } from './types.ts';

// LSTM only: the shipped best_int data has no legacy model, and the legacy engine is slower.
export const OEM_LSTM_ONLY = 1;

export const DEFAULT_PARAMS: Readonly<Record<string, string>> = {
  // '1' keeps spaces out of Chinese but deletes those between Uyghur words; page.ts removes
  // the Chinese ones instead.
  preserve_interword_spaces: '0',
  // Tesseract drops rows and words it takes for noise; Uyghur lines, dotted above and below,
  // were dropped whole (the "missing lines" of dark WhatsApp screenshots). Measured on the
  // corpus at 3 sizes: Uyghur CER 3.0 % → 1.4 % (and 11.5 % → 1.3 % on the 15 originals).
  textord_noise_rejwords: '0',
  textord_noise_rejrows: '0',
};

// Shares of the loading bar per start-up step, so that it moves steadily rather than jumping.
const LOADING_STEPS: Record<string, [number, number]> = {
  'loading tesseract core': [0, 0.15],
  'initializing tesseract': [0.15, 0.25],
  'loading language traineddata': [0.25, 0.9],
  'initializing api': [0.9, 1],
};

export function tesseractLangs(langs: readonly OcrLang[]): string {
  return [...new Set(langs)].join('+');
}

/**
 * chi_sim's data sets `tessedit_load_sublangs chi_sim_vert`. Tesseract appends that to the
 * language list while iterating over it, and in the WebAssembly build the languages after
 * chi_sim then come out as garbage names and fail to load (eng+chi_sim+uig+tur loses tur;
 * chi_sim+kaz loses kaz). A config file is read after each model's own, so naming a language
 * that is already in the list there stops the append.
 */
export function initConfig(langs: string): Record<string, string> {
  return { tessedit_load_sublangs: langs.split('+')[0]! };
}

export function reportProgress(
  onProgress: ((p: OcrProgress) => void) | undefined,
  status: string,
  progress: number,
): void {
  if (onProgress === undefined) return;
  const p = Math.min(1, Math.max(0, progress));
  if (status === 'recognizing text') {
    onProgress({ stage: 'recognizing', progress: p });
    return;
  }
  const step = LOADING_STEPS[status];
  if (step !== undefined) onProgress({ stage: 'loading', progress: step[0] + (step[1] - step[0]) * p });
}

export function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : JSON.stringify(err);
}
