import type { Attachment, Batch, Flag, FlagEvent } from '../../db/types';

/**
 * What an import needs from the store. The Dexie layer implements it; the import planner knows
 * nothing of Dexie, and tests use MemoryImportTarget (./memory-target.ts).
 */

/** A stored flag an imported one may duplicate, with what the merge needs to know of it. */
export interface ExistingFlag {
  flag: Flag;
  /** SHA-256 of the images actually stored for it (its Attachment records). */
  attachmentSha256: string[];
  /** Its custody log, so history already there is not written twice. */
  events: FlagEvent[];
}

export interface FlagUpdate {
  id: string;
  tags: string[];
  attachmentIds: string[];
  updatedAt: string;
}

/** Everything one import writes. */
export interface ImportWrite {
  batches: Batch[];
  /** New flags: add, never put (an id taken since planning must fail the transaction). */
  flags: Flag[];
  attachments: Attachment[];
  /** Existing flags that imported duplicates were merged into. */
  flagUpdates: FlagUpdate[];
  /** Appended to the log, in this order; no `id` (the store assigns it). */
  events: FlagEvent[];
}

export interface ImportTarget {
  /** Stored flags whose text hash is one of these. */
  flagsByTextSha256(hashes: readonly string[]): Promise<ExistingFlag[]>;
  /** Which of these flag and attachment ids are already used. */
  takenIds(ids: { flags: readonly string[]; attachments: readonly string[] }): Promise<{
    flags: Set<string>;
    attachments: Set<string>;
  }>;
  /** One transaction: all of it is written, or none of it (and the promise rejects). */
  writeAll(write: ImportWrite): Promise<void>;
}
