import type { Analysis } from '../analyzer/types';
import { sha256Hex } from '../crypto/hash';
import { ME, storedAnalysis } from './flags';
import type { StoredFlag, TekshurDB } from './schema';
import type { Attachment, FlagEvent } from './types';

/** Everything a deletion removed, kept in memory so "Undo" can put it back exactly. */
export interface DeletedSnapshot {
  flags: StoredFlag[];
  attachments: Attachment[];
  events: FlagEvent[];
}

/** Deletes flags with their images and logs, in one transaction; returns what undo needs. */
export async function deleteFlags(db: TekshurDB, ids: string[]): Promise<DeletedSnapshot> {
  return db.transaction('rw', db.flags, db.attachments, db.events, async () => {
    const flags = (await db.flags.bulkGet(ids)).filter((f): f is StoredFlag => f !== undefined);
    const attachments = await db.attachments.where('flagId').anyOf(ids).toArray();
    const events = await db.events.where('flagId').anyOf(ids).toArray();
    await db.events.where('flagId').anyOf(ids).delete();
    await db.attachments.bulkDelete(attachments.map((a) => a.id));
    await db.flags.bulkDelete(flags.map((f) => f.id));
    return { flags, attachments, events };
  });
}

/** Puts deleted flags back, with their logs and a "restored" event. */
export async function restoreFlags(db: TekshurDB, snapshot: DeletedSnapshot): Promise<void> {
  await db.transaction('rw', db.flags, db.attachments, db.events, async () => {
    await db.flags.bulkAdd(snapshot.flags);
    await db.attachments.bulkAdd(snapshot.attachments);
    await db.events.bulkAdd(snapshot.events);
    const at = new Date().toISOString();
    await db.events.bulkAdd(
      snapshot.flags.map((f) => ({ flagId: f.id, at, type: 'restored' as const, actor: ME })),
    );
  });
}

export interface Verification {
  text: { stored: string; computed: string; ok: boolean };
  images: { id: string; stored: string; computed: string; ok: boolean }[];
  ok: boolean;
}

/** Recomputes the SHA-256 of the text and each image and compares them with what was stored. */
export async function verifyFlag(db: TekshurDB, id: string): Promise<Verification> {
  const flag = await db.flags.get(id);
  if (!flag) throw new Error('This check no longer exists.');
  const computed = await sha256Hex(flag.text);
  const images = [];
  for (const [i, attachmentId] of flag.attachmentIds.entries()) {
    const a = await db.attachments.get(attachmentId);
    const stored = flag.imageSha256[i] ?? '';
    const hash = a ? await sha256Hex(a.blob) : '(missing)';
    images.push({ id: attachmentId, stored, computed: hash, ok: hash === stored && a?.sha256 === stored });
  }
  const text = { stored: flag.textSha256, computed, ok: computed === flag.textSha256 };
  return { text, images, ok: text.ok && images.every((i) => i.ok) };
}

/**
 * Re-runs the analyzer on every flag (after a rules update) and logs, per flag, the ruleset
 * and risk before and after. Works in chunks so a large store never holds one long
 * transaction; each chunk is all or nothing.
 */
export async function reanalyseAll(
  db: TekshurDB,
  analyze: (text: string) => Analysis,
  onProgress?: (done: number, total: number) => void,
): Promise<{ total: number; changed: number }> {
  const ids = (await db.flags.toCollection().primaryKeys()) as string[];
  let changed = 0;
  const CHUNK = 200;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await db.transaction('rw', db.flags, db.events, async () => {
      const at = new Date().toISOString();
      for (const flag of await db.flags.bulkGet(chunk)) {
        if (!flag) continue;
        const analysis = storedAnalysis(analyze(flag.text));
        const before = flag.analysis;
        const differs =
          before.risk !== analysis.risk ||
          before.tactics.map((t) => t.id).join() !== analysis.tactics.map((t) => t.id).join();
        if (differs) changed++;
        await db.flags.update(flag.id, {
          analysis,
          risk: analysis.risk,
          score: analysis.score,
          tacticIds: analysis.tactics.map((t) => t.id),
          languages: analysis.languages,
          updatedAt: at,
        });
        await db.events.add({
          flagId: flag.id,
          at,
          type: 'reanalysed',
          actor: ME,
          detail: {
            fromRuleset: before.rulesetVersion,
            toRuleset: analysis.rulesetVersion,
            fromRisk: before.risk,
            toRisk: analysis.risk,
          },
        });
      }
    });
    onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
  }
  return { total: ids.length, changed };
}
