import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OCR_PORT_NAME } from '@/lib/messaging/ocr-port';
import { serveOcrPorts, type OcrBackend } from '@/lib/ocr/browser/host';
import { OcrError } from '@/lib/ocr/errors';
import type { OcrOptions, OcrResult } from '@/lib/ocr/types';
import { FakeConnectEvent, FakePort, settle } from './fake-port';

const ID = fakeBrowser.runtime.id;
const PAGE = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const OWN_BLOB = `blob:chrome-extension://${ID}/5b3c7e4a-0000-4000-8000-000000000000`;
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

function result(text: string): OcrResult {
  return {
    text,
    confidence: 90,
    words: [],
    lines: [],
    width: 10,
    height: 10,
    preprocessing: {
      inverted: false,
      scale: 1,
      background: 255,
      textHeight: null,
      crop: null,
      width: 10,
      height: 10,
    },
    timingsMs: { decode: 0, preprocess: 0, recognize: 0, total: 0 },
  };
}

interface Call {
  image: Uint8Array;
  options: OcrOptions;
  finish: (r: OcrResult) => void;
  fail: (e: unknown) => void;
}

/** A back end whose jobs finish when the test says. */
function controlledBackend() {
  const calls: Call[] = [];
  const backend: OcrBackend = {
    recognize: (image, options) =>
      new Promise((finish, fail) => {
        calls.push({ image, options, finish, fail });
      }),
  };
  return { backend, calls };
}

function host(backend: OcrBackend | (() => Promise<OcrBackend>), maxJobs = 1) {
  const onConnect = new FakeConnectEvent();
  const loadBackend = vi.fn(typeof backend === 'function' ? backend : () => Promise.resolve(backend));
  serveOcrPorts(onConnect, { extensionId: ID, loadBackend, maxJobs });
  const open = (sender: object = PAGE) => onConnect.connect(new FakePort(OCR_PORT_NAME, sender));
  return { onConnect, open, loadBackend };
}

const bytesRequest = (extra: object = {}) => ({
  type: 'ocr/recognize',
  image: { kind: 'bytes', bytes: PNG_BYTES.slice().buffer },
  ...extra,
});

describe('the OCR host', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('runs a job from an extension page and answers with progress, then the result', async () => {
    const { backend, calls } = controlledBackend();
    const { open } = host(backend);
    const port = open();
    port.deliver(bytesRequest({ langs: ['eng', 'uig'], crop: { x: 1, y: 2, width: 3, height: 4 } }));
    await settle();
    expect(calls).toHaveLength(1);
    expect([...calls[0]!.image]).toEqual([...PNG_BYTES]);
    expect(calls[0]!.options).toMatchObject({
      langs: ['eng', 'uig'],
      crop: { x: 1, y: 2, width: 3, height: 4 },
    });

    const progress = calls[0]!.options.onProgress!;
    progress({ stage: 'loading', progress: 0 });
    progress({ stage: 'loading', progress: 0.001 }); // too small a step to send
    progress({ stage: 'recognizing', progress: 0 });
    progress({ stage: 'recognizing', progress: 0.5 });
    progress({ stage: 'recognizing', progress: 1 });
    calls[0]!.finish(result('Send your passport'));
    await settle();
    expect(port.posted).toEqual([
      { type: 'ocr/progress', progress: { stage: 'loading', progress: 0 } },
      { type: 'ocr/progress', progress: { stage: 'recognizing', progress: 0 } },
      { type: 'ocr/progress', progress: { stage: 'recognizing', progress: 0.5 } },
      { type: 'ocr/progress', progress: { stage: 'recognizing', progress: 1 } },
      { type: 'ocr/result', result: result('Send your passport') },
    ]);
  });

  it('takes the image from a blob: URL of this extension', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(new Blob([PNG_BYTES]))));
    vi.stubGlobal('fetch', fetchMock);
    const { backend, calls } = controlledBackend();
    const port = host(backend).open();
    port.deliver({ type: 'ocr/recognize', image: { kind: 'blob-url', url: OWN_BLOB } });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(fetchMock).toHaveBeenCalledWith(OWN_BLOB);
    expect([...calls[0]!.image]).toEqual([...PNG_BYTES]);
  });

  it.each([
    ['another site’s blob: URL', { kind: 'blob-url', url: 'blob:https://example.org/1' }],
    ['a web URL', { kind: 'blob-url', url: 'https://example.org/a.png' }],
    ['bytes that JSON messaging turned into {}', { kind: 'bytes', bytes: {} }],
    ['base64 text', { kind: 'bytes', bytes: 'iVBORw0KGgo=' }],
  ])('refuses %s without fetching or reading it', async (_label, image) => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const { backend, calls } = controlledBackend();
    const port = host(backend).open();
    port.deliver({ type: 'ocr/recognize', image });
    await settle();
    expect(port.posted).toEqual([
      {
        type: 'ocr/error',
        error: { code: 'invalid-message', message: expect.stringMatching(/^Malformed OCR request: /) },
      },
    ]);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['an unknown language', { langs: ['klingon'] }],
    ['no language at all', { langs: [] }],
    ['a crop of no width', { crop: { x: 0, y: 0, width: 0, height: 5 } }],
    ['a crop at NaN', { crop: { x: Number.NaN, y: 0, width: 5, height: 5 } }],
    ['an unexpected field', { extra: true }],
  ])('refuses a request with %s', async (_label, extra) => {
    const { backend, calls } = controlledBackend();
    const port = host(backend).open();
    port.deliver(bytesRequest(extra));
    await settle();
    expect(port.posted).toMatchObject([{ type: 'ocr/error', error: { code: 'invalid-message' } }]);
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['another extension', { id: 'intruder', url: 'chrome-extension://intruder/popup.html' }],
    ['a web page', { id: ID, url: 'https://example.org/', tab: { id: 3 } }],
    ['a sender without a URL', { id: ID }],
  ])('closes a port opened by %s unanswered', async (_label, sender) => {
    const { backend, calls } = controlledBackend();
    const { open, loadBackend } = host(backend);
    const port = open(sender);
    expect(port.disconnected).toBe(true);
    expect(() => port.deliver(bytesRequest())).not.toThrow();
    await settle();
    expect(port.posted).toEqual([]);
    expect(loadBackend).not.toHaveBeenCalled();
    expect(calls).toHaveLength(0);
  });

  it('leaves ports of other names to their own listeners', () => {
    const onConnect = new FakeConnectEvent();
    serveOcrPorts(onConnect, { extensionId: ID, loadBackend: vi.fn(), maxJobs: 1 });
    const port = onConnect.connect(new FakePort('something-else', PAGE));
    expect(port.disconnected).toBe(false);
  });

  it('answers one image per port', async () => {
    const { backend, calls } = controlledBackend();
    const port = host(backend).open();
    port.deliver(bytesRequest());
    port.deliver(bytesRequest());
    await settle();
    expect(calls).toHaveLength(1);
    expect(port.posted).toEqual([
      { type: 'ocr/error', error: { code: 'invalid-message', message: 'One image per OCR port.' } },
    ]);
  });

  it('passes the engine’s reason on, with its code', async () => {
    const { backend, calls } = controlledBackend();
    const port = host(backend).open();
    port.deliver(bytesRequest());
    await settle();
    calls[0]!.fail(new OcrError('animated', 'The image is animated.'));
    await settle();
    expect(port.posted).toEqual([
      { type: 'ocr/error', error: { code: 'animated', message: 'The image is animated.' } },
    ]);
  });

  it('reports an engine that cannot load, and tries again on the next job', async () => {
    const { backend, calls } = controlledBackend();
    let attempts = 0;
    const { open, loadBackend } = host(() =>
      ++attempts === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve(backend),
    );
    const first = open();
    first.deliver(bytesRequest());
    await settle();
    expect(first.posted).toEqual([
      {
        type: 'ocr/error',
        error: { code: 'engine-start-failed', message: 'The OCR engine could not be loaded: chunk failed' },
      },
    ]);
    open().deliver(bytesRequest());
    await settle();
    expect(loadBackend).toHaveBeenCalledTimes(2);
    expect(calls).toHaveLength(1);
  });

  it('runs no more jobs at once than it has workers, and drops one whose page left while it waited', async () => {
    const { backend, calls } = controlledBackend();
    const { open } = host(backend, 1);
    const first = open();
    const second = open();
    const third = open();
    first.deliver(bytesRequest());
    second.deliver(bytesRequest());
    third.deliver(bytesRequest());
    await settle();
    expect(calls).toHaveLength(1);

    second.closeFromOtherEnd();
    calls[0]!.finish(result('one'));
    await settle();
    // The second never reached the engine; the third took its place.
    expect(calls).toHaveLength(2);
    calls[1]!.finish(result('three'));
    await settle();
    expect(first.posted).toEqual([{ type: 'ocr/result', result: result('one') }]);
    expect(second.posted).toEqual([]);
    expect(third.posted).toEqual([{ type: 'ocr/result', result: result('three') }]);
  });

  it('posts nothing to a page that left while its job ran', async () => {
    const { backend, calls } = controlledBackend();
    const port = host(backend).open();
    port.deliver(bytesRequest());
    await settle();
    port.closeFromOtherEnd();
    calls[0]!.options.onProgress?.({ stage: 'recognizing', progress: 0.5 });
    calls[0]!.finish(result('late'));
    await settle();
    expect(port.posted).toEqual([]);
  });
});
