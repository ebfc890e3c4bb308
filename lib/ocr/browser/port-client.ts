import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  OCR_PORT_NAME,
  OcrPortMessage,
  ocrReplySchema,
  type OcrImageRef,
  type OcrRecognizeRequest,
} from '../../messaging/ocr-port.ts';
import { PageToBackground } from '../../messaging/protocol.ts';
import { sendToBackground } from '../../messaging/send.ts';
import type { OcrClient } from '../client.ts';
import { OcrError, type OcrErrorCode } from '../errors.ts';
import { checkFileSize } from '../image-guard.ts';
import type { OcrResult } from '../types.ts';
import type { OcrPort } from './port.ts';

/** How a page reaches the OCR host; unit tests pass fakes. */
export interface OcrTransport {
  /** How the image goes to the host (see lib/messaging/ocr-port.ts for why it differs). */
  imageBy: OcrImageRef['kind'];
  /** Resolves once the host runs (the background creates Chrome's offscreen document). */
  prepare(): Promise<void>;
  connect(): OcrPort;
  /** Why a port closed without an answer, if the browser says. */
  disconnectReason(port: OcrPort): string | undefined;
}

export function runtimeTransport(): OcrTransport {
  return {
    imageBy: import.meta.env.FIREFOX ? 'bytes' : 'blob-url',
    async prepare() {
      const reply = await sendToBackground({ type: PageToBackground.PrepareOcr });
      if (!reply.ok) throw new OcrError('engine-start-failed', `OCR could not start: ${reply.error.message}`);
    },
    connect: () => browser.runtime.connect({ name: OCR_PORT_NAME }) as unknown as OcrPort,
    disconnectReason: (port) => port.error?.message ?? browser.runtime.lastError?.message,
  };
}

const cancelled = (): OcrError => new OcrError('terminated', 'Reading the image was cancelled.');

/** The image as the host takes it, and what to release once the job is over. */
async function imageRef(image: Blob, by: OcrImageRef['kind']): Promise<[OcrImageRef, () => void]> {
  if (by === 'bytes') return [{ kind: 'bytes', bytes: await image.arrayBuffer() }, () => undefined];
  const url = URL.createObjectURL(image);
  return [{ kind: 'blob-url', url }, () => URL.revokeObjectURL(url)];
}

/**
 * The OCR client of extension pages: the image goes over a port of its own to the OCR host,
 * which sends progress and then the result. Cancelling closes the port, which tells the host
 * to drop the job.
 */
export function createPortOcrClient(transport: OcrTransport = runtimeTransport()): OcrClient {
  return {
    async recognize(image, { langs, crop, onProgress, signal } = {}) {
      if (signal?.aborted) throw cancelled();
      const refusal = checkFileSize(image.size);
      if (refusal !== undefined && !refusal.ok) throw new OcrError(refusal.code, refusal.reason);
      await transport.prepare();
      if (signal?.aborted) throw cancelled();
      const [ref, release] = await imageRef(image, transport.imageBy);
      const request: OcrRecognizeRequest = {
        type: OcrPortMessage.Recognize,
        image: ref,
        ...(langs === undefined ? {} : { langs: [...langs] }),
        ...(crop === undefined ? {} : { crop: { ...crop } }),
      };

      return new Promise<OcrResult>((resolve, reject) => {
        const port = transport.connect();
        let settled = false;
        const finish = (settle: () => void): void => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          port.disconnect();
          release();
          settle();
        };
        const onAbort = (): void => finish(() => reject(cancelled()));
        signal?.addEventListener('abort', onAbort, { once: true });
        // The listener misses an abort that came while the image was being read.
        if (signal?.aborted) onAbort();

        port.onMessage.addListener((message) => {
          const parsed = v.safeParse(ocrReplySchema, message);
          if (!parsed.success) {
            finish(() =>
              reject(
                new OcrError('engine-failed', 'The OCR service sent a reply Tekshur does not understand.'),
              ),
            );
            return;
          }
          const reply = parsed.output;
          if (reply.type === OcrPortMessage.Progress) {
            if (!settled) onProgress?.(reply.progress);
          } else if (reply.type === OcrPortMessage.Result) {
            finish(() => resolve(reply.result as unknown as OcrResult));
          } else {
            const { code, message: text } = reply.error;
            // A request the host refused is this code's fault, not the image's.
            const known = code === 'invalid-message' ? 'engine-failed' : (code as OcrErrorCode);
            finish(() => reject(new OcrError(known, text)));
          }
        });
        port.onDisconnect.addListener(() => {
          const reason = transport.disconnectReason(port);
          finish(() =>
            reject(
              new OcrError(
                'engine-failed',
                `The OCR service stopped before it answered${reason === undefined ? '' : `: ${reason}`}.`,
              ),
            ),
          );
        });
        try {
          if (!settled) port.postMessage(request);
        } catch (err) {
          const detail = err instanceof Error ? err.message : String(err);
          finish(() =>
            reject(new OcrError('engine-failed', `The OCR service could not be reached: ${detail}`)),
          );
        }
      });
    },
  };
}
