import * as v from 'valibot';

// Every message between content scripts, extension pages, the background and (later) the
// offscreen document is declared here, grouped by direction, so a reader can see who may
// ask what of whom. New directions (BackgroundToOffscreen, BackgroundToContent) are added
// as their first message appears. OCR jobs run over a port of their own: ocr-port.ts.

/** Sent by the check content script injected into a web page. */
export const ContentToBackground = {
  Hello: 'content/hello',
} as const;

/** Sent by extension pages (popup, dashboard). */
export const PageToBackground = {
  GetContentHellos: 'page/get-content-hellos',
  /** Makes sure the OCR host runs, before the page opens an OCR port (see ocr-port.ts). */
  PrepareOcr: 'page/prepare-ocr',
} as const;

// Page URLs can be long, but a bound keeps a hostile page from filling memory.
const MAX_URL_LENGTH = 8192;

/** Request schemas, one per message type; `from` says which sender kind may send it. */
export const messageSpecs = {
  [ContentToBackground.Hello]: {
    from: 'content',
    schema: v.strictObject({
      type: v.literal(ContentToBackground.Hello),
      url: v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH), v.url()),
    }),
  },
  [PageToBackground.GetContentHellos]: {
    from: 'page',
    schema: v.strictObject({ type: v.literal(PageToBackground.GetContentHellos) }),
  },
  [PageToBackground.PrepareOcr]: {
    from: 'page',
    schema: v.strictObject({ type: v.literal(PageToBackground.PrepareOcr) }),
  },
} as const satisfies Record<string, { from: SenderKind; schema: v.GenericSchema }>;

export type SenderKind = 'content' | 'page';
export type MessageType = keyof typeof messageSpecs;
export type Request<K extends MessageType> = v.InferOutput<(typeof messageSpecs)[K]['schema']>;
export type AnyRequest = { [K in MessageType]: Request<K> }[MessageType];

export interface ContentHello {
  tabId: number;
  frameId: number;
  url: string;
}

/** What the background answers to each message when it succeeds. */
export interface ResponseMap {
  [ContentToBackground.Hello]: { ok: true };
  [PageToBackground.GetContentHellos]: { ok: true; hellos: ContentHello[] };
  [PageToBackground.PrepareOcr]: { ok: true };
}

export type MessageErrorCode =
  'foreign-sender' | 'wrong-sender-kind' | 'invalid-message' | 'unknown-type' | 'handler-failed';

export interface MessageError {
  ok: false;
  error: { code: MessageErrorCode; message: string };
}

export type Response<K extends MessageType> = ResponseMap[K];
export type Reply<K extends MessageType> = Response<K> | MessageError;
