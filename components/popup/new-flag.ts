import type { Analysis } from '@/lib/analyzer/types';
import type { NewFlag } from '@/lib/db/flags';
import type { FlagStatus } from '@/lib/db/types';
import type { ImageReading } from './services';

/** What the person may add about a message before saving it. All optional. */
export interface SaveContext {
  channel: string;
  senderPhone: string;
  senderAccount: string;
  /** YYYY-MM-DD from the date input, or empty. */
  receivedAt: string;
  note: string;
}

export const EMPTY_CONTEXT: SaveContext = {
  channel: '',
  senderPhone: '',
  senderAccount: '',
  receivedAt: '',
  note: '',
};

/** The image behind a check, as the popup holds it. */
export interface CheckedImage {
  blob: Blob;
  source: 'image' | 'tab-capture';
  capturedAt: string;
  pageUrl?: string;
  reading?: ImageReading;
}

/** The record to save: the text as analysed, the image as received, and the person's context. */
export function newFlagOf(
  text: string,
  analysis: Analysis,
  image: CheckedImage | undefined,
  context: SaveContext,
  status: FlagStatus,
): NewFlag {
  const trimmed = (value: string) => value.trim() || undefined;
  const reading = image?.reading;
  return {
    source: image?.source ?? 'paste',
    text,
    analysis,
    status,
    ...(image
      ? {
          capturedAt: image.capturedAt,
          images: [
            {
              blob: image.blob,
              ...(reading ? { width: reading.width, height: reading.height, words: reading.words } : {}),
            },
          ],
        }
      : {}),
    ...(reading ? { ocr: { text: reading.text, confidence: reading.confidence, langs: reading.langs } } : {}),
    ...(image?.pageUrl ? { pageUrl: image.pageUrl } : {}),
    ...(trimmed(context.channel) ? { channel: context.channel } : {}),
    sender: { phone: trimmed(context.senderPhone), account: trimmed(context.senderAccount) },
    ...(trimmed(context.receivedAt) ? { receivedAt: context.receivedAt } : {}),
    ...(trimmed(context.note) ? { notes: context.note.trim() } : {}),
  };
}
