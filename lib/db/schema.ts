import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Attachment, Batch, Flag, FlagEvent } from './types';

/** A key–value row for settings that must live with the data (not in extension storage). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * Every schema version, oldest first. A version that has shipped is never edited: a change
 * is a new entry with its `upgrade`. tests/unit/db/migrations.test.ts opens each version with
 * data written by the one before it and checks that nothing is lost.
 */
export const SCHEMA_VERSIONS: readonly {
  version: number;
  name: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    name: 'initial',
    stores: {
      flags:
        'id, createdAt, receivedAt, risk, *tacticIds, status, channel, *languages, batchId, textSha256, *imageSha256',
      attachments: 'id, flagId, sha256',
      events: '++id, flagId, at, type',
      batches: 'id, createdAt, kind',
    },
  },
  {
    version: 2,
    name: 'sort-indexes-and-settings',
    // The dashboard sorts by score and filters by status while keeping date order.
    stores: {
      flags:
        'id, createdAt, receivedAt, risk, *tacticIds, status, channel, *languages, batchId, textSha256, *imageSha256, score, [status+createdAt]',
      settings: 'key',
    },
    upgrade: async (tx) => {
      await tx
        .table<Flag & { score?: number }>('flags')
        .toCollection()
        .modify((flag) => {
          flag.score = flag.analysis.score;
          flag.updatedAt ??= flag.createdAt;
        });
    },
  },
];

export type StoredFlag = Flag & { score: number };

export class TekshurDB extends Dexie {
  flags!: EntityTable<StoredFlag, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  events!: EntityTable<FlagEvent, 'id'>;
  batches!: EntityTable<Batch, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  /** `upTo` opens an older schema: only the migration tests use it. */
  constructor(name = 'tekshur', upTo = SCHEMA_VERSIONS.length) {
    super(name);
    for (const v of SCHEMA_VERSIONS.slice(0, upTo)) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}
