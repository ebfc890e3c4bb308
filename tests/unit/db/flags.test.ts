import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { sha256Hex } from '../../../lib/crypto/hash';
import { editFlag, eventsOf, saveFlag, setStatus } from '../../../lib/db/flags';
import { deleteFlags, reanalyseAll, restoreFlags, verifyFlag } from '../../../lib/db/lifecycle';
import { TekshurDB } from '../../../lib/db/schema';
import { dbName, newFlag, png } from './helpers';

let db: TekshurDB;
afterEach(() => db?.close());
const open = () => (db = new TekshurDB(dbName()));

describe('saving a flag', () => {
  it('stores the flag, its image and a created event with SHA-256 of each', async () => {
    open();
    const image = png();
    const flag = await saveFlag(
      db,
      newFlag('请把你的护照复印件发给我', {
        source: 'image',
        images: [{ blob: image, width: 2, height: 1 }],
        channel: 'wechat',
      }),
    );
    const stored = await db.flags.get(flag.id);
    expect(stored?.textSha256).toBe(await sha256Hex('请把你的护照复印件发给我'));
    expect(stored?.imageSha256).toEqual([await sha256Hex(image)]);
    expect(stored?.status).toBe('new');
    expect(await db.attachments.count()).toBe(1);
    expect((await eventsOf(db, flag.id)).map((e) => e.type)).toEqual(['created']);
  });

  it('leaves nothing half-written when the transaction aborts', async () => {
    open();
    await saveFlag(db, newFlag('first'));
    const counts = async () => [
      await db.flags.count(),
      await db.attachments.count(),
      await db.events.count(),
    ];
    const before = await counts();
    // A duplicate attachment id makes the second write fail after the flag row was added.
    const flag = newFlag('second', { images: [{ blob: png() }] });
    const failing = db.transaction('rw', db.flags, db.attachments, db.events, async () => {
      await db.flags.add({ ...(await db.flags.toCollection().first())!, id: 'x' });
      await db.attachments.add({
        id: 'a',
        flagId: 'x',
        mime: 'image/png',
        size: 1,
        sha256: '0'.repeat(64),
        blob: png(),
      });
      await db.attachments.add({
        id: 'a',
        flagId: 'x',
        mime: 'image/png',
        size: 1,
        sha256: '0'.repeat(64),
        blob: png(),
      });
    });
    await expect(failing).rejects.toThrow();
    expect(await counts()).toEqual(before);
    await saveFlag(db, flag);
    expect(await db.flags.count()).toBe(2);
  });
});

describe('triage', () => {
  it('changes status in bulk and logs each change', async () => {
    open();
    const a = await saveFlag(db, newFlag('one'));
    const b = await saveFlag(db, newFlag('two'));
    expect(await setStatus(db, [a.id, b.id], 'escalated')).toBe(2);
    expect(await setStatus(db, [a.id], 'escalated')).toBe(0);
    expect((await db.flags.get(a.id))?.status).toBe('escalated');
    const log = await eventsOf(db, b.id);
    expect(log.at(-1)).toMatchObject({ type: 'status-changed', detail: { from: 'new', to: 'escalated' } });
  });

  it('edits context and logs notes and changed fields', async () => {
    open();
    const f = await saveFlag(db, newFlag('x'));
    await editFlag(db, f.id, { notes: 'Called twice', channel: 'sms' });
    const stored = await db.flags.get(f.id);
    expect(stored).toMatchObject({ notes: 'Called twice', channel: 'sms' });
    expect((await eventsOf(db, f.id)).map((e) => e.type)).toEqual(['created', 'note-added', 'edited']);
  });
});

describe('deleting and undoing', () => {
  it('removes flags with images and logs, and undo puts everything back', async () => {
    open();
    const f = await saveFlag(db, newFlag('y', { images: [{ blob: png() }] }));
    const snapshot = await deleteFlags(db, [f.id]);
    expect([await db.flags.count(), await db.attachments.count(), await db.events.count()]).toEqual([
      0, 0, 0,
    ]);
    await restoreFlags(db, snapshot);
    expect(await db.flags.get(f.id)).toEqual(snapshot.flags[0]);
    expect(await db.attachments.count()).toBe(1);
    expect((await eventsOf(db, f.id)).map((e) => e.type)).toEqual(['created', 'restored']);
  });
});

describe('integrity', () => {
  it('verifies hashes and notices an altered text or image', async () => {
    open();
    const f = await saveFlag(db, newFlag('z', { images: [{ blob: png() }] }));
    expect((await verifyFlag(db, f.id)).ok).toBe(true);
    await db.flags.update(f.id, { text: 'z!' });
    const v = await verifyFlag(db, f.id);
    expect(v.ok).toBe(false);
    expect(v.text.ok).toBe(false);
    await db.flags.update(f.id, { text: 'z' });
    await db.attachments.update(f.attachmentIds[0]!, { blob: png([1, 2, 3]) });
    expect((await verifyFlag(db, f.id)).images[0]?.ok).toBe(false);
  });
});

describe('re-analysis', () => {
  it('re-runs the analyzer on every flag and logs the ruleset before and after', async () => {
    open();
    const f = await saveFlag(db, newFlag('send me a copy of your passport'));
    const result = await reanalyseAll(db, (text) => ({
      ...analyze(text),
      rulesetVersion: '1.test',
      risk: 'none',
      tactics: [],
    }));
    expect(result).toEqual({ total: 1, changed: 1 });
    expect((await db.flags.get(f.id))?.risk).toBe('none');
    expect((await eventsOf(db, f.id)).at(-1)).toMatchObject({
      type: 'reanalysed',
      detail: { toRuleset: '1.test', toRisk: 'none' },
    });
  });
});
