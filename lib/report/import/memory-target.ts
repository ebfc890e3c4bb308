import { sha256Hex } from '../../crypto/hash';
import type { Attachment, Batch, Flag, FlagEvent } from '../../db/types';
import { canonicalJson } from '../stix-ids';
import type { ExistingFlag, ImportTarget, ImportWrite } from './target';

/**
 * An ImportTarget in memory, with the store's all-or-nothing write: changes are made on a copy
 * that replaces the state only when every step succeeded. For tests, and a model of what the
 * Dexie implementation must do.
 */
export class MemoryImportTarget implements ImportTarget {
  flags = new Map<string, Flag>();
  attachments = new Map<string, Attachment>();
  batches = new Map<string, Batch>();
  events: FlagEvent[] = [];
  /** Makes the next writeAll fail after this many records, as a crashed transaction would. */
  failAfter: number | undefined;

  constructor(seed?: { flags?: Flag[]; attachments?: Attachment[]; events?: FlagEvent[] }) {
    for (const f of seed?.flags ?? []) this.flags.set(f.id, f);
    for (const a of seed?.attachments ?? []) this.attachments.set(a.id, a);
    for (const e of seed?.events ?? []) this.events.push({ ...e, id: this.events.length + 1 });
  }

  async flagsByTextSha256(hashes: readonly string[]): Promise<ExistingFlag[]> {
    const wanted = new Set(hashes);
    return [...this.flags.values()]
      .filter((f) => wanted.has(f.textSha256))
      .map((flag) => ({
        flag: structuredClone(flag),
        attachmentSha256: flag.attachmentIds
          .map((id) => this.attachments.get(id)?.sha256)
          .filter((s): s is string => !!s),
        events: this.events.filter((e) => e.flagId === flag.id).map((e) => structuredClone(e)),
      }));
  }

  async takenIds(ids: { flags: readonly string[]; attachments: readonly string[] }) {
    return {
      flags: new Set(ids.flags.filter((id) => this.flags.has(id))),
      attachments: new Set(ids.attachments.filter((id) => this.attachments.has(id))),
    };
  }

  async writeAll(write: ImportWrite): Promise<void> {
    const flags = new Map(this.flags);
    const attachments = new Map(this.attachments);
    const batches = new Map(this.batches);
    const events = [...this.events];
    let written = 0;
    const step = () => {
      if (this.failAfter !== undefined && written++ >= this.failAfter)
        throw new Error('simulated failure mid-transaction');
    };
    const add = <T extends { id: string }>(table: Map<string, T>, record: T, what: string) => {
      step();
      if (table.has(record.id)) throw new Error(`ConstraintError: ${what} ${record.id} exists`);
      table.set(record.id, record);
    };
    for (const b of write.batches) add(batches, b, 'batch');
    for (const f of write.flags) add(flags, f, 'flag');
    for (const a of write.attachments) add(attachments, a, 'attachment');
    for (const u of write.flagUpdates) {
      step();
      const flag = flags.get(u.id);
      if (!flag) throw new Error(`flag ${u.id} to update is gone`);
      flags.set(u.id, { ...flag, tags: u.tags, attachmentIds: u.attachmentIds, updatedAt: u.updatedAt });
    }
    for (const e of write.events) {
      step();
      events.push({ ...e, id: events.length + 1 });
    }
    this.flags = flags;
    this.attachments = attachments;
    this.batches = batches;
    this.events = events;
    this.failAfter = undefined;
  }

  /** Record counts and a hash over every record (image bytes included), to prove nothing changed. */
  async fingerprint(): Promise<{ count: number; checksum: string }> {
    const images = await Promise.all(
      [...this.attachments.values()].map(async (a) => ({
        ...a,
        blob: await sha256Hex(new Uint8Array(await a.blob.arrayBuffer())),
      })),
    );
    const state = {
      flags: [...this.flags.values()],
      images,
      batches: [...this.batches.values()],
      events: this.events,
    };
    const count = this.flags.size + this.attachments.size + this.batches.size + this.events.length;
    return { count, checksum: await sha256Hex(canonicalJson(state)) };
  }
}
