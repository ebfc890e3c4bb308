import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { senderKind } from '../../messaging/handle.ts';
import {
  OCR_PORT_NAME,
  OcrPortMessage,
  ocrRecognizeSchema,
  type OcrImageRef,
  type OcrPortReply,
  type OcrRecognizeRequest,
} from '../../messaging/ocr-port.ts';
import { describe } from '../engine-setup.ts';
import { OcrError } from '../errors.ts';
import { checkFileSize } from '../image-guard.ts';
import type { OcrOptions, OcrProgress, OcrResult } from '../types.ts';
import { JobGate } from './gate.ts';
import type { ConnectEvent } from './port.ts';

/** What the host runs jobs on: in the extension, createLocalOcr() (lib/ocr/browser/local.ts). */
export interface OcrBackend {
  recognize(image: Uint8Array, options: OcrOptions): Promise<OcrResult>;
}

export interface OcrHostOptions {
  /** This extension's id: ports from anywhere else are closed unanswered. */
  extensionId: string;
  /** Loaded on the first job, so the document hosting OCR starts light. */
  loadBackend: () => Promise<OcrBackend>;
  /** Jobs admitted at once (the engine's worker count). */
  maxJobs: number;
}

// The engine reports recognition in steps of 1 % or finer; a progress bar needs no more.
const PROGRESS_STEP = 0.01;

function progressForwarder(post: (reply: OcrPortReply) => void): (p: OcrProgress) => void {
  let last: OcrProgress | undefined;
  return (p) => {
    const moved = last === undefined || p.stage !== last.stage || p.progress - last.progress >= PROGRESS_STEP;
    if (!moved && p.progress < 1) return;
    last = p;
    post({ type: OcrPortMessage.Progress, progress: p });
  };
}

/** A blob: URL is fetched only if a page of this extension made it. */
function ownBlobUrl(image: OcrImageRef): boolean {
  return image.kind !== 'blob-url' || image.url.startsWith(`blob:${browser.runtime.getURL('/')}`);
}

async function readImage(image: OcrImageRef): Promise<Uint8Array> {
  if (image.kind === 'bytes') return new Uint8Array(image.bytes);
  let blob: Blob;
  try {
    blob = await (await fetch(image.url)).blob();
  } catch (err) {
    throw new OcrError('engine-failed', `The image could not be taken from the page: ${describe(err)}`);
  }
  const refusal = checkFileSize(blob.size);
  if (refusal !== undefined && !refusal.ok) throw new OcrError(refusal.code, refusal.reason);
  return new Uint8Array(await blob.arrayBuffer());
}

function errorReply(err: unknown): OcrPortReply {
  const error =
    err instanceof OcrError
      ? { code: err.code, message: err.message }
      : { code: 'engine-failed' as const, message: `OCR failed: ${describe(err)}` };
  return { type: OcrPortMessage.Error, error };
}

/**
 * Answers OCR ports opened by this extension's pages: one job per port, admitted through a
 * gate so that no more run than there are workers, dropped if the page closes the port first.
 */
export function serveOcrPorts(onConnect: ConnectEvent, options: OcrHostOptions): void {
  const gate = new JobGate(options.maxJobs);
  let backend: Promise<OcrBackend> | undefined;
  const load = (): Promise<OcrBackend> => {
    backend ??= options.loadBackend().catch((err: unknown) => {
      backend = undefined;
      throw new OcrError('engine-start-failed', `The OCR engine could not be loaded: ${describe(err)}`);
    });
    return backend;
  };

  onConnect.addListener((port) => {
    if (port.name !== OCR_PORT_NAME) return;
    const sender = port.sender ?? {};
    if (sender.id !== options.extensionId || senderKind(sender) !== 'page') {
      port.disconnect();
      return;
    }
    let closed = false;
    let asked = false;
    port.onDisconnect.addListener(() => {
      closed = true;
    });
    const post = (reply: OcrPortReply): void => {
      if (closed) return;
      try {
        port.postMessage(reply);
      } catch {
        // The page went away between the check and the post.
        closed = true;
      }
    };
    port.onMessage.addListener((message) => {
      if (asked) {
        post({
          type: OcrPortMessage.Error,
          error: { code: 'invalid-message', message: 'One image per OCR port.' },
        });
        return;
      }
      asked = true;
      const parsed = v.safeParse(ocrRecognizeSchema, message);
      if (!parsed.success || !ownBlobUrl(parsed.output.image)) {
        const issues = parsed.success
          ? 'the image URL is not one of this extension'
          : parsed.issues.map((issue) => issue.message).join('; ');
        post({
          type: OcrPortMessage.Error,
          error: { code: 'invalid-message', message: `Malformed OCR request: ${issues}` },
        });
        return;
      }
      void runJob(parsed.output, post, () => closed);
    });
  });

  async function runJob(
    request: OcrRecognizeRequest,
    post: (reply: OcrPortReply) => void,
    cancelled: () => boolean,
  ): Promise<void> {
    try {
      const result = await gate.run(async () => {
        const [ocr, image] = await Promise.all([load(), readImage(request.image)]);
        return ocr.recognize(image, {
          ...(request.langs === undefined ? {} : { langs: request.langs }),
          ...(request.crop === undefined ? {} : { crop: request.crop }),
          onProgress: progressForwarder(post),
        });
      }, cancelled);
      if (result !== undefined) post({ type: OcrPortMessage.Result, result });
    } catch (err) {
      post(errorReply(err));
    }
  }
}
