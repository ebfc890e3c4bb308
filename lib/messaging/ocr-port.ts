import * as v from 'valibot';
import type { OcrErrorCode } from '../ocr/errors.ts';
import { MAX_BYTES } from '../ocr/image-guard.ts';
import { OCR_LANGS, type OcrProgress, type OcrResult } from '../ocr/types.ts';

// One OCR job is one runtime Port, opened by an extension page to the OCR host (the offscreen
// document in Chrome, the background page in Firefox): the page posts one request, the host
// posts progress events and then a result or an error, and closing the port cancels the job.
// A port, not one-shot messages, because progress flows back while the job runs and because
// the host learns at once when the page that asked has gone (a popup closes on blur).
//
// How the image travels, measured with a 5 MB screenshot: Chrome serialises extension messages
// as JSON (an ArrayBuffer arrives as `{}`), and a 7 MB base64 string took seconds to cross; the
// offscreen document fetches a blob: URL of the page instead, which is the same extension
// origin and takes a fraction of that. Firefox clones messages structurally, so the bytes go
// in the message itself and no URL has to outlive anything.

export const OCR_PORT_NAME = 'tekshur/ocr';

export const OcrPortMessage = {
  Recognize: 'ocr/recognize',
  Progress: 'ocr/progress',
  Result: 'ocr/result',
  Error: 'ocr/error',
} as const;

const isArrayBuffer = (x: unknown): x is ArrayBuffer =>
  // A cross-realm test: the buffer was cloned into this document from another.
  Object.prototype.toString.call(x) === '[object ArrayBuffer]';

const coordinate = v.pipe(v.number(), v.finite());
const extent = v.pipe(v.number(), v.finite(), v.gtValue(0));

export const ocrImageSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('blob-url'),
    // The host also checks that it is a blob: URL of this extension.
    url: v.pipe(v.string(), v.startsWith('blob:'), v.maxLength(512)),
  }),
  v.strictObject({
    kind: v.literal('bytes'),
    bytes: v.pipe(
      v.custom<ArrayBuffer>(isArrayBuffer, 'The image bytes must be an ArrayBuffer.'),
      v.check((b) => b.byteLength <= MAX_BYTES, 'The image is over 30 MB.'),
    ),
  }),
]);

export type OcrImageRef = v.InferOutput<typeof ocrImageSchema>;

/** What a page sends, once, on a fresh OCR port. */
export const ocrRecognizeSchema = v.strictObject({
  type: v.literal(OcrPortMessage.Recognize),
  image: ocrImageSchema,
  langs: v.optional(v.pipe(v.array(v.picklist(OCR_LANGS)), v.minLength(1), v.maxLength(OCR_LANGS.length))),
  crop: v.optional(v.strictObject({ x: coordinate, y: coordinate, width: extent, height: extent })),
});

export type OcrRecognizeRequest = v.InferOutput<typeof ocrRecognizeSchema>;

/** Why a job failed: an OcrErrorCode, or `invalid-message` for a request the host refused. */
export type OcrPortErrorCode = OcrErrorCode | 'invalid-message';

export type OcrPortReply =
  | { type: typeof OcrPortMessage.Progress; progress: OcrProgress }
  | { type: typeof OcrPortMessage.Result; result: OcrResult }
  | { type: typeof OcrPortMessage.Error; error: { code: OcrPortErrorCode; message: string } };

/**
 * The host's replies, checked by shape only: they come from this extension's own host over a
 * private port, and the result's contents are the engine's.
 */
export const ocrReplySchema = v.variant('type', [
  v.object({
    type: v.literal(OcrPortMessage.Progress),
    progress: v.object({
      stage: v.picklist(['loading', 'recognizing']),
      progress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    }),
  }),
  v.object({
    type: v.literal(OcrPortMessage.Result),
    result: v.looseObject({ text: v.string(), words: v.array(v.unknown()), lines: v.array(v.unknown()) }),
  }),
  v.object({
    type: v.literal(OcrPortMessage.Error),
    error: v.object({ code: v.string(), message: v.string() }),
  }),
]);
