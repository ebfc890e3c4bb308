import type { MessageSender } from '../../messaging/handle.ts';

// The part of runtime.Port the OCR client and host use, so unit tests can pass fakes and the
// real port of either browser fits.

interface PortEvent<Args extends unknown[]> {
  addListener(callback: (...args: Args) => void): void;
}

export interface OcrPort {
  readonly name: string;
  readonly sender?: MessageSender;
  /** Firefox tells why a port closed here; Chrome uses runtime.lastError instead. */
  readonly error?: { message?: string } | null;
  postMessage(message: unknown): void;
  disconnect(): void;
  readonly onMessage: PortEvent<[message: unknown]>;
  readonly onDisconnect: PortEvent<[]>;
}

export interface ConnectEvent {
  addListener(callback: (port: OcrPort) => void): void;
}
