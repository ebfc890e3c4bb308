import { afterEach, describe, expect, it, vi } from 'vitest';
import { OCR_PORT_NAME } from '@/lib/messaging/ocr-port';
import { createPortOcrClient, type OcrTransport } from '@/lib/ocr/browser/port-client';
import { OcrError } from '@/lib/ocr/errors';
import type { OcrProgress } from '@/lib/ocr/types';
import { FakePort, settle } from './fake-port';

const PNG = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
const RESULT = { text: 'Send your passport', words: [], lines: [], confidence: 91 };

/** A transport whose host is played by `host`, called with each port the client opens. */
function transport(imageBy: OcrTransport['imageBy'], host: (port: FakePort, request: unknown) => void) {
  const ports: FakePort[] = [];
  const t: OcrTransport & { prepare: ReturnType<typeof vi.fn> } = {
    imageBy,
    prepare: vi.fn(() => Promise.resolve()),
    connect: () => {
      const port = new FakePort(OCR_PORT_NAME);
      port.onPost = (request) => queueMicrotask(() => host(port, request));
      ports.push(port);
      return port;
    },
    disconnectReason: (port) => port.error?.message ?? undefined,
  };
  return { transport: t, ports };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as OcrError,
  );

describe('the extension pages’ OCR client', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends a blob: URL of the image, passes progress on, and resolves with the result', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    let request: { image: { kind: string; url: string } } | undefined;
    const { transport: t, ports } = transport('blob-url', (port, r) => {
      request = r as typeof request;
      port.deliver({ type: 'ocr/progress', progress: { stage: 'loading', progress: 0.5 } });
      port.deliver({ type: 'ocr/progress', progress: { stage: 'recognizing', progress: 1 } });
      port.deliver({ type: 'ocr/result', result: RESULT });
    });
    const progress: OcrProgress[] = [];
    const result = await createPortOcrClient(t).recognize(PNG, {
      langs: ['eng', 'chi_sim'],
      crop: { x: 1, y: 2, width: 3, height: 4 },
      onProgress: (p) => progress.push(p),
    });

    expect(result).toEqual(RESULT);
    expect(t.prepare).toHaveBeenCalledOnce();
    expect(request).toEqual({
      type: 'ocr/recognize',
      image: { kind: 'blob-url', url: expect.stringMatching(/^blob:/) },
      langs: ['eng', 'chi_sim'],
      crop: { x: 1, y: 2, width: 3, height: 4 },
    });
    expect(progress).toEqual([
      { stage: 'loading', progress: 0.5 },
      { stage: 'recognizing', progress: 1 },
    ]);
    // The job is over: the port is closed and the image's URL released.
    expect(ports[0]!.disconnected).toBe(true);
    expect(revoke).toHaveBeenCalledWith(request!.image.url);
    // The image stays readable to its owner: only the URL was revoked.
    expect(await PNG.arrayBuffer()).toHaveProperty('byteLength', 4);
  });

  it('sends the bytes themselves where messages are cloned (Firefox)', async () => {
    let request: { image: { kind: string; bytes: ArrayBuffer } } | undefined;
    const { transport: t } = transport('bytes', (port, r) => {
      request = r as typeof request;
      port.deliver({ type: 'ocr/result', result: RESULT });
    });
    await createPortOcrClient(t).recognize(PNG);
    expect(request?.image.kind).toBe('bytes');
    expect([...new Uint8Array(request!.image.bytes)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(request).not.toHaveProperty('langs');
  });

  it('rejects with the host’s code and reason', async () => {
    const { transport: t } = transport('blob-url', (port) =>
      port.deliver({
        type: 'ocr/error',
        error: { code: 'truncated', message: 'The PNG file is incomplete.' },
      }),
    );
    const err = await failure(createPortOcrClient(t).recognize(PNG));
    expect(err).toBeInstanceOf(OcrError);
    expect(err).toMatchObject({ code: 'truncated', message: 'The PNG file is incomplete.' });
  });

  it('reports a request the host refused as its own failure, not the image’s', async () => {
    const { transport: t } = transport('blob-url', (port) =>
      port.deliver({
        type: 'ocr/error',
        error: { code: 'invalid-message', message: 'Malformed OCR request: x' },
      }),
    );
    expect(await failure(createPortOcrClient(t).recognize(PNG))).toMatchObject({ code: 'engine-failed' });
  });

  it('fails clearly when the host goes away without answering', async () => {
    const { transport: t } = transport('blob-url', (port) =>
      port.closeFromOtherEnd('Could not establish connection. Receiving end does not exist.'),
    );
    const err = await failure(createPortOcrClient(t).recognize(PNG));
    expect(err).toMatchObject({
      code: 'engine-failed',
      message:
        'The OCR service stopped before it answered: Could not establish connection. Receiving end does not exist..',
    });
  });

  it('does not trust a reply it cannot read', async () => {
    const { transport: t } = transport('blob-url', (port) =>
      port.deliver({ type: 'ocr/result', result: 'text' }),
    );
    expect(await failure(createPortOcrClient(t).recognize(PNG))).toMatchObject({ code: 'engine-failed' });
  });

  it('cancels: the port closes, which tells the host to drop the job, and late replies are ignored', async () => {
    const controller = new AbortController();
    const { transport: t, ports } = transport('blob-url', (port) => {
      port.deliver({ type: 'ocr/progress', progress: { stage: 'loading', progress: 0.1 } });
    });
    const onProgress = vi.fn();
    const job = createPortOcrClient(t).recognize(PNG, { signal: controller.signal, onProgress });
    await vi.waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
    controller.abort();
    expect(await failure(job)).toMatchObject({ code: 'terminated' });
    expect(ports[0]!.disconnected).toBe(true);
    ports[0]!.deliver({ type: 'ocr/progress', progress: { stage: 'recognizing', progress: 1 } });
    expect(onProgress).toHaveBeenCalledOnce();
  });

  it('starts nothing for a job cancelled before it began', async () => {
    const { transport: t, ports } = transport('blob-url', () => undefined);
    const err = await failure(createPortOcrClient(t).recognize(PNG, { signal: AbortSignal.abort() }));
    expect(err).toMatchObject({ code: 'terminated' });
    expect(t.prepare).not.toHaveBeenCalled();
    expect(ports).toHaveLength(0);
  });

  it('refuses a file over 30 MB before sending anything', async () => {
    const { transport: t, ports } = transport('bytes', () => undefined);
    const huge = { size: 31 * 1024 * 1024 } as Blob;
    expect(await failure(createPortOcrClient(t).recognize(huge))).toMatchObject({ code: 'file-too-large' });
    expect(t.prepare).not.toHaveBeenCalled();
    expect(ports).toHaveLength(0);
  });

  it('fails without opening a port when the background cannot start OCR', async () => {
    const { transport: t, ports } = transport('blob-url', () => undefined);
    t.prepare.mockRejectedValueOnce(
      new OcrError('engine-start-failed', 'OCR could not start: no offscreen API'),
    );
    expect(await failure(createPortOcrClient(t).recognize(PNG))).toMatchObject({
      code: 'engine-start-failed',
    });
    expect(ports).toHaveLength(0);
    await settle();
  });
});
