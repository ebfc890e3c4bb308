import type { Coverage, Risk, TacticId, TacticResult } from '../analyzer/types';

/** Where a flagged message came in. */
export type FlagSource = 'paste' | 'image' | 'tab-capture' | 'selection' | 'area' | 'batch' | 'import';
export const FLAG_SOURCES: readonly FlagSource[] = [
  'paste',
  'image',
  'tab-capture',
  'selection',
  'area',
  'batch',
  'import',
];

/** Triage status, set by the person or a volunteer. */
export type FlagStatus = 'new' | 'reviewed' | 'escalated' | 'dismissed' | 'false-alarm';
export const FLAG_STATUSES: readonly FlagStatus[] = [
  'new',
  'reviewed',
  'escalated',
  'dismissed',
  'false-alarm',
];

/** Who sent the message, as the person knows them. All optional: people often know nothing. */
export interface SenderIdentifiers {
  phone?: string;
  account?: string;
  name?: string;
}

/** What the analyzer said when the flag was saved (or last re-analysed). */
export interface StoredAnalysis {
  risk: Risk;
  score: number;
  tactics: TacticResult[];
  languages: string[];
  coverage: Coverage;
  rulesetVersion: string;
  truncated?: boolean;
}

export interface OcrWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/** A saved check: the evidence and its context. Images live in `attachments`. */
export interface Flag {
  /** UUID v4 */
  id: string;
  /** ISO 8601 date-time, when it was saved here. */
  createdAt: string;
  updatedAt: string;
  /** As the person gives it: ISO date (YYYY-MM-DD) or date-time. */
  receivedAt?: string;
  source: FlagSource;
  /** App or channel: wechat, whatsapp, sms, telegram, email, call, voicemail, other… */
  channel?: string;
  sender?: SenderIdentifiers;
  /** The page a tab capture, selection or area came from. */
  pageUrl?: string;
  /** The message text that was analysed (typed, pasted, or OCR text as corrected). */
  text: string;
  /** What OCR read, before any correction. */
  ocr?: { text: string; confidence: number; langs: string[] };
  analysis: StoredAnalysis;
  /** Denormalised for indexes: the analysis' risk and tactic ids. */
  risk: Risk;
  tacticIds: TacticId[];
  languages: string[];
  /** SHA-256 (hex) of the UTF-8 text. */
  textSha256: string;
  /** SHA-256 (hex) of each attached image, in attachment order. */
  imageSha256: string[];
  attachmentIds: string[];
  status: FlagStatus;
  tags: string[];
  notes: string;
  batchId?: string;
  /** When the evidence was captured (the paste, the screenshot, the tab capture). */
  capturedAt: string;
}

export interface Attachment {
  id: string;
  flagId: string;
  mime: string;
  size: number;
  width?: number;
  height?: number;
  sha256: string;
  blob: Blob;
  /** OCR word boxes, in image pixels, for drawing evidence boxes. */
  words?: OcrWord[];
}

export type FlagEventType =
  | 'created'
  | 'status-changed'
  | 'note-added'
  | 'edited'
  | 'reanalysed'
  | 'exported'
  | 'imported'
  | 'merged'
  | 'redacted'
  | 'deleted'
  | 'restored';

/** Append-only custody log (Berkeley Protocol): who did what, when. */
export interface FlagEvent {
  id?: number;
  flagId: string;
  at: string;
  type: FlagEventType;
  /** 'me' for the person using this browser; an exporter alias for imported history. */
  actor: string;
  detail?: Record<string, unknown>;
}

export interface Batch {
  id: string;
  kind: 'intake' | 'import';
  createdAt: string;
  /** For imports: the file, the exporter's alias and when it was exported. */
  origin?: { fileName?: string; alias?: string; exportedAt?: string; app?: string };
  total: number;
  done: number;
  status: 'running' | 'paused' | 'done' | 'cancelled';
}
