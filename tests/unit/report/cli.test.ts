import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runReport, type CliIo } from '../../../lib/cli/report-run';
import { utf8Encode } from '../../../lib/crypto/bytes';
import { isEncrypted } from '../../../lib/crypto/envelope';
import { prepareExport, sealExport } from '../../../lib/report/export';
import { EXPORTED_AT, EXPORTER } from './arbitraries';
import { fixture } from './fixture';
import { validateBundle } from './stix-spec';

const FAST = { iterations: 1000, minIterations: 1000 };

function fakeIo(files: Record<string, Uint8Array | string>) {
  const store = new Map(
    Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? utf8Encode(v) : v]),
  );
  const out: (Uint8Array | string)[] = [];
  let err = '';
  const io: CliIo = {
    readFile: async (path) => {
      const f = store.get(path);
      if (!f) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return f;
    },
    writeFile: async (path, bytes) => void store.set(path, bytes),
    readStdin: async () => store.get('-') ?? new Uint8Array(),
    stdout: (d) => void out.push(d),
    stderr: (t) => void (err += t),
  };
  const stdout = () => out.map((d) => (typeof d === 'string' ? d : new TextDecoder().decode(d))).join('');
  return { io, store, stdout, stderr: () => err };
}

async function reportFile() {
  const { source } = await fixture();
  return (await prepareExport(source, { format: 'json', exporter: EXPORTER, exportedAt: EXPORTED_AT })).file
    .bytes;
}

describe('report validate', () => {
  it('prints one line per file: the count, or why it is refused; exit 1 if any is refused', async () => {
    const good = await reportFile();
    const sealed = (
      await sealExport(
        { name: 'r.json', mime: 'application/vnd.tekshur.report+json', bytes: good },
        'a long passphrase',
        FAST,
      )
    ).bytes;
    const { io, stdout, stderr } = fakeIo({
      'good.json': good,
      'newer.json': '{"format":"tekshur-report","version":7}',
      'proto.json': '{"format":"tekshur-report","version":1,"__proto__":{"isAdmin":true}}',
      'sealed.enc': sealed,
      'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    });
    const code = await runReport(
      ['validate', 'good.json', 'newer.json', 'proto.json', 'sealed.enc', 'missing.json', 'deep.json'],
      io,
      FAST,
    );
    expect(code).toBe(1);
    expect(stdout().split('\n')).toEqual([
      'good.json: 1 flag, 1 image',
      'newer.json: refused: made by a newer Tekshur (report format version 7; this Tekshur reads version 1): update Tekshur to import it',
      'proto.json: refused: (top level): the key "__proto__" is not allowed',
      'sealed.enc: refused: the file is encrypted: its passphrase is needed (give --passphrase-file)',
      'missing.json: refused: cannot be read (ENOENT)',
      'deep.json: refused: nested more than 32 levels deep',
      '',
    ]);
    expect(stderr()).toBe('');
  });

  it('opens encrypted files with --passphrase-file (one trailing newline ignored) and exits 0', async () => {
    const good = await reportFile();
    const sealed = (
      await sealExport(
        { name: 'r.json', mime: 'application/vnd.tekshur.report+json', bytes: good },
        'a long passphrase',
        FAST,
      )
    ).bytes;
    const { io, stdout } = fakeIo({ 'sealed.enc': sealed, pass: 'a long passphrase\n' });
    expect(await runReport(['validate', '--passphrase-file', 'pass', 'sealed.enc'], io, FAST)).toBe(0);
    expect(stdout()).toBe('sealed.enc: 1 flag, 1 image (encrypted)\n');
  });

  it('exits 2 on bad usage, with the usage text', async () => {
    for (const argv of [
      [],
      ['validate'],
      ['frobnicate'],
      ['convert', 'a.json'],
      ['convert', 'a.json', '--to', 'pdf'],
      ['validate', '--nope', 'a'],
    ]) {
      const { io, stderr } = fakeIo({});
      expect(await runReport(argv, io, FAST), argv.join(' ')).toBe(2);
      expect(stderr()).toMatch(/^report: .+\nusage: /);
    }
  });
});

describe('report convert', () => {
  it('writes every format from the same report', async () => {
    const { io, stdout, store } = fakeIo({ 'in.json': await reportFile() });
    expect(await runReport(['convert', 'in.json', '--to', 'stix'], io, FAST)).toBe(0);
    expect(validateBundle(JSON.parse(stdout()) as Record<string, unknown>)).toEqual([]);
    for (const [to, check] of [
      [
        'json',
        (b: Uint8Array) => expect(JSON.parse(new TextDecoder().decode(b)).format).toBe('tekshur-report'),
      ],
      [
        'csv',
        (b: Uint8Array) =>
          expect([...b.subarray(0, 11)]).toEqual([0xef, 0xbb, 0xbf, ...utf8Encode('flag_id,')]),
      ],
      [
        'misp',
        (b: Uint8Array) => expect(JSON.parse(new TextDecoder().decode(b)).Event.Object).toHaveLength(1),
      ],
      ['uwazi', (b: Uint8Array) => expect(Object.keys(unzipSync(b))).toContain('import.csv')],
    ] as const) {
      expect(await runReport(['convert', 'in.json', '--to', to, '--out', `out.${to}`], io, FAST)).toBe(0);
      check(store.get(`out.${to}`)!);
    }
  });

  it('refuses to write a zip or encrypted output to standard output', async () => {
    const { io, stderr } = fakeIo({ 'in.json': await reportFile(), pass: 'a long passphrase' });
    expect(await runReport(['convert', 'in.json', '--to', 'uwazi'], io, FAST)).toBe(2);
    expect(stderr()).toMatch(/uwazi writes a \.zip and is binary: give --out FILE/);
    expect(
      await runReport(
        ['convert', 'in.json', '--to', 'csv', '--encrypt', '--passphrase-file', 'pass'],
        io,
        FAST,
      ),
    ).toBe(2);
  });

  it('seals the output with --encrypt', async () => {
    const { io, store } = fakeIo({ 'in.json': await reportFile(), pass: 'a long passphrase' });
    expect(
      await runReport(
        ['convert', 'in.json', '--to', 'csv', '--encrypt', '--passphrase-file', 'pass', '--out', 'o.enc'],
        io,
        FAST,
      ),
    ).toBe(0);
    expect(isEncrypted(store.get('o.enc')!)).toBe(true);
  });

  it('says why an input is refused in one line, exit 1, never a stack trace', async () => {
    const { io, stderr, stdout } = fakeIo({
      'bad.json': '{"format":"tekshur-report","version":1,"flags":"nope"}',
    });
    expect(await runReport(['convert', 'bad.json', '--to', 'csv'], io, FAST)).toBe(1);
    expect(stderr()).toBe('report: bad.json: refused: the report: missing field "exportedAt"\n');
    expect(stdout()).toBe('');
  });
});
