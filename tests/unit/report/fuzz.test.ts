import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf8Encode } from '../../../lib/crypto/bytes';
import { encrypt } from '../../../lib/crypto/envelope';
import { prepareExport } from '../../../lib/report/export';
import { MemoryImportTarget } from '../../../lib/report/import/memory-target';
import { commitImport, planImport } from '../../../lib/report/import/plan';
import { readReportFile, type ReadOk } from '../../../lib/report/import/read';
import { LIMITS } from '../../../lib/report/limits';
import { REPORT_MEDIA_TYPE } from '../../../lib/report/schema';
import { EXPORTED_AT, EXPORTER, reportSource } from './arbitraries';
import { mutationIndex, mutations, setAt, sites, type Json } from './mutations';

// Hostile and broken reports, each run through the whole import: every one must be refused
// with a clear one-line reason, and the store must be exactly as it was (count and checksum).

const docs: Json[] = [];
let target: MemoryImportTarget;
let before: { count: number; checksum: string };
let writes = 0;

/** Reads like the dashboard's Import: writes only when every file was accepted. */
async function importFiles(files: { name: string; bytes: Uint8Array }[], passphrase?: string) {
  const read = await Promise.all(files.map((f) => readReportFile(f, { passphrase, minIterations: 1000 })));
  const refused = read.filter((r) => !r.ok);
  if (refused.length === 0) await commitImport(await planImport(read as ReadOk[], target), target);
  return read;
}

function expectClear(reason: string | undefined) {
  expect(typeof reason).toBe('string');
  expect(reason!.length).toBeGreaterThan(5);
  expect(reason!.length).toBeLessThan(400);
  expect(reason).not.toMatch(/\n|\bat .+:\d+|TypeError|ReferenceError|\[object Object\]|undefined is not/);
}

async function expectRefused(bytes: Uint8Array | string, passphrase?: string): Promise<string> {
  const data = typeof bytes === 'string' ? utf8Encode(bytes) : bytes;
  const [result] = await importFiles([{ name: 'hostile.json', bytes: data }], passphrase);
  expect(result!.ok).toBe(false);
  const reason = result!.ok ? undefined : result!.reason;
  expectClear(reason);
  return reason!;
}

const doc = fc.nat().map((i) => docs[i % docs.length]!);
const text = (d: Json) => JSON.stringify(d);

beforeAll(async () => {
  const sources = fc.sample(reportSource, { numRuns: 40, seed: 20261123 });
  for (const source of sources) {
    const { file } = await prepareExport(source, {
      format: 'json',
      exporter: EXPORTER,
      exportedAt: EXPORTED_AT,
    });
    docs.push(JSON.parse(new TextDecoder().decode(file.bytes)) as Json);
  }
  target = new MemoryImportTarget();
  const seeded = await importFiles([{ name: 'seed.json', bytes: utf8Encode(text(docs[0]!)) }]);
  expect(seeded[0]!.ok).toBe(true);
  const write = target.writeAll.bind(target);
  target.writeAll = async (w) => {
    writes++;
    return write(w);
  };
  before = await target.fingerprint();
  expect(before.count).toBeGreaterThan(0);
}, 60_000);

afterAll(async () => {
  expect(writes).toBe(0);
  expect(await target.fingerprint()).toEqual(before);
});

describe('hostile and broken reports are refused and change nothing', () => {
  it('structurally broken: wrong types, unknown or missing keys, 1 MB strings, scripts, bad numbers', async () => {
    await fc.assert(
      fc.asyncProperty(doc, mutationIndex, fc.nat(), async (d, which, pick) => {
        const broken = mutations(pick)[which]!.apply(d);
        fc.pre(broken !== undefined);
        await expectRefused(text(broken!));
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it('truncated anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(doc, fc.nat(), async (d, at) => {
        const full = JSON.stringify(d, null, 2);
        await expectRefused(full.slice(0, at % full.trimEnd().length));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('prototype-polluting keys anywhere, event details included', async () => {
    await fc.assert(
      fc.asyncProperty(
        doc,
        fc.nat(),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        async (d, pick, key) => {
          const objects = [
            { path: [] as (string | number)[] },
            ...sites(d).filter((s) => s.value && typeof s.value === 'object' && !Array.isArray(s.value)),
          ];
          const site = objects[pick % objects.length]!;
          const copy = structuredClone(d);
          const node = site.path.reduce<Json>(
            (n, k) => (n as Record<string | number, Json>)[k]!,
            copy,
          ) as Record<string, Json>;
          Object.defineProperty(node, key, {
            value: { polluted: true },
            enumerable: true,
            configurable: true,
            writable: true,
          });
          const reason = await expectRefused(text(copy));
          expect(reason).toMatch(/not allowed|unknown field/);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('unknown keys with hostile names (long, multi-line, control characters) get a one-line reason', async () => {
    await fc.assert(
      fc.asyncProperty(
        doc,
        fc.nat(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 3000 }),
        async (d, pick, key) => {
          const objects = [
            { path: [] as (string | number)[] },
            ...sites(d).filter(
              (s) => s.value && typeof s.value === 'object' && !Array.isArray(s.value) && s.key !== 'detail',
            ),
          ];
          const site = objects[pick % objects.length]!;
          const copy = structuredClone(d);
          const node = site.path.reduce<Json>(
            (n, k) => (n as Record<string | number, Json>)[k]!,
            copy,
          ) as Record<string, Json>;
          fc.pre(!Object.hasOwn(node, key));
          Object.defineProperty(node, key, {
            value: 1,
            enumerable: true,
            configurable: true,
            writable: true,
          });
          await expectRefused(text(copy));
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('nested deeper than the limit anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        doc,
        fc.nat(),
        fc.integer({ min: LIMITS.depth, max: 20_000 }),
        fc.boolean(),
        async (d, pick, depth, arrays) => {
          const all = sites(d);
          const marked = text(setAt(d, all[pick % all.length]!.path, '__DEEP__'));
          const [open, close] = arrays ? ['[', ']'] : ['{"a":', '}'];
          const deep = `${open.repeat(depth)}1${close.repeat(depth)}`;
          const reason = await expectRefused(marked.replace('"__DEEP__"', deep));
          expect(reason).toMatch(/nested more than 32 levels/);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('not a report at all: random text, bytes and JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }).map(utf8Encode),
          fc.uint8Array({ maxLength: 200 }),
          fc.json().map(utf8Encode),
          fc
            .jsonValue()
            .map((v) => utf8Encode(JSON.stringify({ format: 'tekshur-report', version: 1, flags: v }))),
        ),
        async (bytes) => {
          await expectRefused(bytes);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('a version this build does not know', async () => {
    await fc.assert(
      fc.asyncProperty(doc, fc.integer({ min: 2, max: 1_000_000 }), async (d, version) => {
        const reason = await expectRefused(text(setAt(d, ['version'], version)));
        expect(reason).toMatch(/^made by a newer Tekshur/);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('an image whose bytes were changed', async () => {
    const withImages = () =>
      docs.filter((d) => ((d as { attachments: unknown[] }).attachments ?? []).length > 0);
    expect(withImages().length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
        async (i, j, at, ch) => {
          const d = withImages()[i % withImages().length]!;
          const attachments = (d as { attachments: { data?: string }[] }).attachments;
          const k = j % attachments.length;
          const data = attachments[k]!.data;
          fc.pre(data !== undefined);
          const pos = at % data!.replace(/=+$/, '').length;
          fc.pre(data![pos] !== ch);
          const changed = data!.slice(0, pos) + ch + data!.slice(pos + 1);
          const reason = await expectRefused(text(setAt(d, ['attachments', k, 'data'], changed)));
          expect(reason).toMatch(/attachments\[\d+\]/);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('rules JSON Schema cannot say: references, denormalised fields, offsets, hashes', async () => {
    type Doc = { flags: Record<string, Json>[]; attachments: Record<string, Json>[] };
    const breaks: ((d: Doc) => boolean)[] = [
      (d) => !!d.flags[0] && ((d.flags[0].textSha256 = 'a'.repeat(64)), true),
      (d) =>
        !!d.flags[0] &&
        (((d.flags[0].analysis as { risk: string }).risk = d.flags[0].risk === 'high' ? 'low' : 'high'),
        true),
      (d) =>
        !!d.flags[0] &&
        ((d.flags[0].tacticIds = [
          'inducement',
          'threat-of-harm',
          'secrecy-demand',
          'return-pressure',
          'surveillance-claim',
        ]),
        true),
      (d) => d.flags.length > 1 && ((d.flags[1]!.id = d.flags[0]!.id!), true),
      (d) => !!d.attachments[0] && ((d.attachments[0].flagId = '00000000-0000-4000-8000-000000000000'), true),
      (d) => !!d.attachments[0] && ((d.attachments[0].size = (d.attachments[0].size as number) + 1), true),
      (d) => !!d.attachments[0] && ((d.attachments[0].mime = 'image/jpeg'), true),
      (d) => !!d.attachments[0] && ((d.attachments[0].sha256 = 'b'.repeat(64)), true),
      (d) =>
        !!d.flags[0] &&
        ((d.flags[0].attachmentIds = [...(d.flags[0].attachmentIds as string[]), 'missing-attachment']),
        true),
      (d) => {
        const tactic = d.flags
          .flatMap((f) => (f.analysis as { tactics: { evidence: { end: number }[] }[] }).tactics)
          .find((t) => t.evidence.length);
        return !!tactic && ((tactic.evidence[0]!.end = 2_000_000), true);
      },
    ];
    await fc.assert(
      fc.asyncProperty(doc, fc.nat({ max: breaks.length - 1 }), async (d, which) => {
        const copy = structuredClone(d) as unknown as Doc;
        fc.pre(breaks[which]!(copy));
        await expectRefused(text(copy as unknown as Json));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('too large: more than 50,000 flags, a file over 200 MB', async () => {
    const many = { ...(docs[0] as object), flags: new Array(LIMITS.flags + 1).fill(null) };
    expect(await expectRefused(text(many as Json))).toMatch(/more than 50,000 flags/);
    expect(await expectRefused(new Uint8Array(LIMITS.fileBytes + 1))).toMatch(/larger than 200 MB/);
  }, 60_000);

  it('encrypted: without, or with a wrong, passphrase, or with a changed byte', async () => {
    const plain = utf8Encode(text(docs[1]!));
    const sealed = await encrypt(plain, 'the right passphrase', {
      content: REPORT_MEDIA_TYPE,
      iterations: 1000,
      minIterations: 1000,
    });
    expect(await expectRefused(sealed)).toMatch(/encrypted: its passphrase is needed/);
    expect(await expectRefused(sealed, 'not the passphrase')).toMatch(
      /wrong passphrase or the file was changed/,
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const changed = sealed.slice();
        changed[at % changed.length]! ^= flip;
        await expectRefused(changed, 'the right passphrase');
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('text that looks like code is content, not a threat', () => {
  it('keeps scripts and formulas in message text verbatim, as text', async () => {
    const d = structuredClone(docs.find((x) => (x as { flags: unknown[] }).flags.length > 0)!) as {
      flags: Record<string, Json>[];
    };
    const hostile = '<script>alert(1)</script> =HYPERLINK("http://x") {{constructor}} __proto__';
    const { createHash } = await import('node:crypto');
    d.flags[0]!.text = hostile;
    d.flags[0]!.textSha256 = createHash('sha256').update(hostile).digest('hex');
    (d.flags[0]!.analysis as { tactics: unknown[] }).tactics = [];
    d.flags[0]!.tacticIds = [];
    const read = await readReportFile({ name: 'ok.json', bytes: utf8Encode(JSON.stringify(d)) });
    expect(read.ok && read.report.flags[0]!.text).toBe(hostile);
  });
});
