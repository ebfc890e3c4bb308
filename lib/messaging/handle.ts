import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  messageSpecs,
  type MessageError,
  type MessageErrorCode,
  type MessageType,
  type Request,
  type Response,
  type SenderKind,
} from './protocol';

/** The parts of runtime.MessageSender the checks read; both Chrome and Firefox fill them. */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** A sender that passed the checks, with what a handler may rely on. */
export interface VerifiedSender {
  kind: SenderKind;
  url: string;
  tabId?: number;
  frameId?: number;
}

export type Handlers = {
  [K in MessageType]: (request: Request<K>, sender: VerifiedSender) => Response<K> | Promise<Response<K>>;
};

export function messageError(code: MessageErrorCode, message: string): MessageError {
  return { ok: false, error: { code, message } };
}

/** Which kind of sender this is, or undefined for one that may send nothing. */
export function senderKind(sender: MessageSender): SenderKind | undefined {
  if (sender.url === undefined) return undefined;
  // A prefix test, not URL.origin: extension schemes have an opaque origin in some
  // runtimes. An extension page shown in a tab (the dashboard) has a tab too, so the URL,
  // not the presence of a tab, tells pages from content scripts.
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return 'page';
  return typeof sender.tab?.id === 'number' ? 'content' : undefined;
}

function isKnownType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(messageSpecs, type);
}

/**
 * The background's single entry for runtime messages: it answers only this extension,
 * only with the message kinds each sender may send, and only well-formed requests.
 * Anything else gets a typed error instead of reaching a handler.
 */
export async function handleMessage(
  message: unknown,
  sender: MessageSender,
  handlers: Handlers,
): Promise<Response<MessageType> | MessageError> {
  if (sender.id !== browser.runtime.id) {
    return messageError('foreign-sender', 'Message did not come from this extension.');
  }
  const type: unknown =
    typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (!isKnownType(type)) {
    return messageError('unknown-type', `Unknown message type: ${String(type)}.`);
  }
  const spec = messageSpecs[type];
  const kind = senderKind(sender);
  if (kind !== spec.from) {
    return messageError('wrong-sender-kind', `${type} may only be sent by a ${spec.from} sender.`);
  }
  const parsed = v.safeParse(spec.schema, message);
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => issue.message).join('; ');
    return messageError('invalid-message', `Malformed ${type}: ${issues}`);
  }
  const verified: VerifiedSender = {
    kind,
    url: sender.url ?? '',
    ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }),
    ...(sender.frameId === undefined ? {} : { frameId: sender.frameId }),
  };
  try {
    // The spec lookup and the handler lookup use the same key, which TS cannot correlate.
    const handler = handlers[type] as (r: unknown, s: VerifiedSender) => unknown;
    return (await handler(parsed.output, verified)) as Response<MessageType>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return messageError('handler-failed', `${type} failed: ${detail}`);
  }
}
