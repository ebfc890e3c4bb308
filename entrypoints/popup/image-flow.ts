// Loaded only when an image arrives: the image guard and the OCR client stay out of the
// popup's first load.
import type { ImageReading, ReadImageOptions } from '@/components/popup/services';
import type { UiLanguage } from '@/lib/i18n';
import { installExtensionOcrClient } from '@/lib/ocr/browser/client';
import { getOcrClient } from '@/lib/ocr/client';
import { OcrError } from '@/lib/ocr/errors';
import { checkFileSize, checkImage } from '@/lib/ocr/image-guard';
import { DEFAULT_OCR_LANGS, type OcrLang } from '@/lib/ocr/types';

// The popup's OCR runs where the OCR host lives (Chrome's offscreen document, Firefox's
// background page); installed with this chunk, so on the first image.
installExtensionOcrClient();

/** English, Chinese and Uyghur always; the interface language's own script model when there is one. */
export function ocrLangsFor(language: UiLanguage): OcrLang[] {
  const extra: Partial<Record<UiLanguage, OcrLang>> = { tr: 'tur', kk: 'kaz', ru: 'kaz' };
  const own = extra[language];
  return own ? [...DEFAULT_OCR_LANGS, own] : [...DEFAULT_OCR_LANGS];
}

/** Refuses unsafe or unreadable files from their bytes alone, then reads the image on the device. */
export async function readImage(
  blob: Blob,
  { onAccepted, onProgress, signal }: ReadImageOptions,
  language: UiLanguage,
): Promise<ImageReading> {
  // The size first, so that a huge file is refused before it is read into memory.
  const guard = checkFileSize(blob.size) ?? checkImage(new Uint8Array(await blob.arrayBuffer()));
  if (!guard.ok) throw new OcrError(guard.code, guard.reason);
  onAccepted({ width: guard.width, height: guard.height });
  const langs = ocrLangsFor(language);
  const result = await getOcrClient().recognize(blob, { langs, onProgress, signal });
  return {
    text: result.text,
    confidence: result.confidence,
    words: result.words,
    width: result.width,
    height: result.height,
    langs,
  };
}
