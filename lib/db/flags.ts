import type { Analysis } from '../analyzer/types';
import { sha256Hex } from '../crypto/hash';
import { rethrowStorageError } from './errors';
import type { StoredFlag, TekshurDB } from './schema';
import type {
  Attachment,
  Flag,
  FlagEvent,
  FlagSource,
  FlagStatus,
  OcrWord,
  SenderIdentifiers,
} from './types';

export interface NewImage {
  blob: Blob;
  width?: number;
  height?: number;
  words?: OcrWord[];
}

/** What a caller (popup, batch, import of a capture) knows when saving a check. */
export interface NewFlag {
  source: FlagSource;
  text: string;
  analysis: Analysis;
  images?: NewImage[];
  ocr?: Flag['ocr'];
  channel?: string;
  sender?: SenderIdentifiers;
  receivedAt?: string;
  pageUrl?: string;
  notes?: string;
  status?: FlagStatus;
  batchId?: string;
  capturedAt?: string;
  tags?: string[];
}

export const ME = 'me';
const now = () => new Date().toISOString();

export function storedAnalysis(a: Analysis): Flag['analysis'] {
  return {
    risk: a.risk,
    score: a.score,
    tactics: a.tactics,
    languages: a.languages,
    coverage: a.coverage,
    rulesetVersion: a.rulesetVersion,
    ...(a.truncated ? { truncated: true } : {}),
  };
}

/** Builds the records of a new flag (hashes computed) without writing them. */
export async function buildFlag(input: NewFlag): Promise<{ flag: StoredFlag; attachments: Attachment[] }> {
  const id = crypto.randomUUID();
  const created = now();
  const attachments: Attachment[] = [];
  for (const image of input.images ?? []) {
    attachments.push({
      id: crypto.randomUUID(),
      flagId: id,
      mime: image.blob.type || 'application/octet-stream',
      size: image.blob.size,
      width: image.width,
      height: image.height,
      sha256: await sha256Hex(image.blob),
      blob: image.blob,
      ...(image.words ? { words: image.words } : {}),
    });
  }
  const analysis = storedAnalysis(input.analysis);
  const flag: StoredFlag = {
    id,
    createdAt: created,
    updatedAt: created,
    capturedAt: input.capturedAt ?? created,
    source: input.source,
    text: input.text,
    analysis,
    risk: analysis.risk,
    score: analysis.score,
    tacticIds: analysis.tactics.map((t) => t.id),
    languages: analysis.languages,
    textSha256: await sha256Hex(input.text),
    imageSha256: attachments.map((a) => a.sha256),
    attachmentIds: attachments.map((a) => a.id),
    status: input.status ?? 'new',
    tags: input.tags ?? [],
    notes: input.notes ?? '',
    ...(input.receivedAt ? { receivedAt: input.receivedAt } : {}),
    ...(input.channel ? { channel: input.channel } : {}),
    ...(input.sender && Object.values(input.sender).some(Boolean) ? { sender: input.sender } : {}),
    ...(input.pageUrl ? { pageUrl: input.pageUrl } : {}),
    ...(input.ocr ? { ocr: input.ocr } : {}),
    ...(input.batchId ? { batchId: input.batchId } : {}),
  };
  return { flag, attachments };
}

/** Saves a check with its images and a "created" event, all or nothing. */
export async function saveFlag(db: TekshurDB, input: NewFlag): Promise<StoredFlag> {
  const { flag, attachments } = await buildFlag(input);
  try {
    await db.transaction('rw', db.flags, db.attachments, db.events, async () => {
      await db.flags.add(flag);
      if (attachments.length > 0) await db.attachments.bulkAdd(attachments);
      await db.events.add({
        flagId: flag.id,
        at: flag.createdAt,
        type: 'created',
        actor: ME,
        detail: { source: flag.source, status: flag.status },
      });
    });
  } catch (e) {
    rethrowStorageError(e);
  }
  return flag;
}

export async function setStatus(db: TekshurDB, ids: string[], status: FlagStatus): Promise<number> {
  let changed = 0;
  await db.transaction('rw', db.flags, db.events, async () => {
    const at = now();
    const flags = await db.flags.bulkGet(ids);
    for (const flag of flags) {
      if (!flag || flag.status === status) continue;
      await db.flags.update(flag.id, { status, updatedAt: at });
      await db.events.add({
        flagId: flag.id,
        at,
        type: 'status-changed',
        actor: ME,
        detail: { from: flag.status, to: status },
      });
      changed++;
    }
  });
  return changed;
}

export type ContextEdit = Partial<Pick<Flag, 'channel' | 'sender' | 'receivedAt' | 'notes' | 'tags'>>;

/** Edits the context fields; the log records which fields changed (and a note's text). */
export async function editFlag(db: TekshurDB, id: string, edit: ContextEdit): Promise<void> {
  await db.transaction('rw', db.flags, db.events, async () => {
    const flag = await db.flags.get(id);
    if (!flag) throw new Error('This check no longer exists.');
    const at = now();
    const fields = Object.keys(edit).filter(
      (k) => JSON.stringify(edit[k as keyof ContextEdit]) !== JSON.stringify(flag[k as keyof Flag]),
    );
    if (fields.length === 0) return;
    await db.flags.update(id, { ...edit, updatedAt: at });
    const noteChanged = fields.includes('notes');
    if (noteChanged)
      await db.events.add({ flagId: id, at, type: 'note-added', actor: ME, detail: { note: edit.notes } });
    const others = fields.filter((f) => f !== 'notes');
    if (others.length > 0)
      await db.events.add({ flagId: id, at, type: 'edited', actor: ME, detail: { fields: others } });
  });
}

export async function eventsOf(db: TekshurDB, flagId: string): Promise<FlagEvent[]> {
  return db.events.where('flagId').equals(flagId).sortBy('at');
}

export async function attachmentsOf(db: TekshurDB, flag: Flag): Promise<Attachment[]> {
  const list = await db.attachments.bulkGet(flag.attachmentIds);
  return list.filter((a): a is Attachment => a !== undefined);
}
