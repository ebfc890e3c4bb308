import type { MessageSender } from '@/lib/messaging';
import type { ConnectEvent, OcrPort } from '@/lib/ocr/browser/port';

type Listener<Args extends unknown[]> = (...args: Args) => void;

/**
 * One end of a runtime Port: what the code under test posts is recorded; `deliver` and
 * `closeFromOtherEnd` play the other end.
 */
export class FakePort implements OcrPort {
  readonly posted: unknown[] = [];
  disconnected = false;
  error: { message?: string } | null = null;
  private readonly messageListeners: Listener<[unknown]>[] = [];
  private readonly disconnectListeners: Listener<[]>[] = [];
  /** Called on each post, so a test can answer as the other end would. */
  onPost: ((message: unknown) => void) | undefined;

  constructor(
    readonly name: string,
    readonly sender?: MessageSender,
  ) {}

  readonly onMessage = { addListener: (cb: Listener<[unknown]>) => void this.messageListeners.push(cb) };
  readonly onDisconnect = { addListener: (cb: Listener<[]>) => void this.disconnectListeners.push(cb) };

  postMessage(message: unknown): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
    this.onPost?.(message);
  }

  /** This end closes: per the Port API, its own onDisconnect does not fire. */
  disconnect(): void {
    this.disconnected = true;
  }

  deliver(message: unknown): void {
    for (const cb of this.messageListeners) cb(message);
  }

  closeFromOtherEnd(reason?: string): void {
    this.disconnected = true;
    if (reason !== undefined) this.error = { message: reason };
    for (const cb of this.disconnectListeners) cb();
  }
}

export class FakeConnectEvent implements ConnectEvent {
  private readonly listeners: Listener<[OcrPort]>[] = [];

  addListener(cb: Listener<[OcrPort]>): void {
    this.listeners.push(cb);
  }

  connect(port: FakePort): FakePort {
    for (const cb of this.listeners) cb(port);
    return port;
  }
}

/** Lets pending promise callbacks run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
