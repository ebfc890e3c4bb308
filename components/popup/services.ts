import type { Analysis } from '@/lib/analyzer/types';
import type { NewFlag } from '@/lib/db/flags';
import type { OcrWord } from '@/lib/db/types';

/** OCR progress as the popup shows it. */
export interface ReadProgress {
  stage: 'loading' | 'recognizing';
  /** 0..1 within the stage. */
  progress: number;
}

/** What reading a screenshot gave. */
export interface ImageReading {
  text: string;
  /** Mean word confidence, 0..100. */
  confidence: number;
  words: OcrWord[];
  width: number;
  height: number;
  langs: string[];
}

/** Why an image was refused or not read: `code` picks the message, `reason` is the detail. */
export interface ImageFailure {
  code: string;
  reason?: string;
}

export interface ReadImageOptions {
  onAccepted: (size: { width: number; height: number }) => void;
  onProgress: (p: ReadProgress) => void;
  signal: AbortSignal;
}

export interface TabCapture {
  blob: Blob;
  /** The page the capture shows (known under activeTab). */
  pageUrl?: string;
}

/**
 * Everything the popup needs from outside its view. The entrypoint wires the real ones
 * (lazily loaded analyzer, OCR, database, tab capture); tests pass fakes. Optional
 * services that are not wired hide their controls.
 */
export interface PopupServices {
  analyze(text: string): Promise<Analysis>;
  /**
   * Checks the image from its bytes (size, format, dimensions), says so through `onAccepted`
   * (only then may it be shown), and reads it; rejects with an ImageFailure.
   */
  readImage?(blob: Blob, options: ReadImageOptions): Promise<ImageReading>;
  captureTab?(): Promise<TabCapture>;
  save?(flag: NewFlag): Promise<void>;
}
