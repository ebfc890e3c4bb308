import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReportText } from '../../../lib/report';

/** Runs the real command line, as a volunteer would (through tsx, as `npm run scan` does). */
function scan(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/scan.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const rows = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('scan (text)', { timeout: 60_000 }, () => {
  it('reads a message from standard input and prints one JSON line with the tactic and its quote', () => {
    const r = scan(['-'], '请把你的护照复印件发给我');
    expect(r.status).toBe(0);
    const [row] = rows(r.stdout);
    expect(row).toMatchObject({ source: '-', kind: 'text', risk: 'high', languages: ['zh'] });
    const tactics = row?.tactics as { id: string; evidence: { quote: string }[] }[];
    expect(tactics.map((t) => t.id)).toContain('identity-document-request');
    expect(tactics[0]?.evidence[0]?.quote).toMatch(/护照/u);
  });

  it('gives an error row, never a crash, for unreadable, binary, empty and non-UTF-8 files, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tekshur-scan-'));
    writeFileSync(join(dir, 'ok.txt'), 'Send me your passport number now');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x70, 0x61, 0x73, 0xe9, 0x20, 0x6f, 0x6b]));
    const r = scan([
      join(dir, 'ok.txt'),
      join(dir, 'empty.txt'),
      join(dir, 'binary.txt'),
      join(dir, 'latin1.txt'),
      join(dir, 'missing.txt'),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/u);
    const out = rows(r.stdout);
    expect(out.map((o) => o.error ?? o.risk)).toEqual([
      'high',
      'empty file',
      'binary file, not UTF-8 text',
      'not valid UTF-8 text',
      'no such file or folder',
    ]);
  });

  it('scans a folder recursively in name order and skips files that are not messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tekshur-scan-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), 'see you on sunday');
    writeFileSync(join(dir, 'a.txt'), 'we know where you live');
    writeFileSync(join(dir, 'sub', 'c.txt'), 'Bu mesajı okuduktan sonra sil.');
    writeFileSync(join(dir, 'notes.md'), '# not a message');
    const r = scan([dir]);
    expect(r.status).toBe(0);
    expect(rows(r.stdout).map((o) => String(o.source).slice(dir.length + 1))).toEqual([
      'a.txt',
      'b.txt',
      'sub/c.txt',
    ]);
  });

  it('writes CSV with formula-like cells neutralised', () => {
    const r = scan(['--format', 'csv', '-'], '=HYPERLINK("http://x","send me your passport")');
    expect(r.status).toBe(0);
    const [header, line] = r.stdout.split('\n');
    expect(header).toMatch(/^source,kind,risk,score/u);
    expect(line).toContain(`"'=HYPERLINK(`);
  });

  it('writes a valid Tekshur report of the medium and high inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tekshur-scan-'));
    writeFileSync(join(dir, 'a.txt'), 'Please send me a copy of your passport');
    writeFileSync(join(dir, 'b.txt'), 'see you on sunday');
    const r = scan(['--format', 'report', dir]);
    expect(r.status).toBe(0);
    const check = await validateReportText(r.stdout);
    expect(check.ok).toBe(true);
    expect((JSON.parse(r.stdout) as { flags: unknown[] }).flags).toHaveLength(1);
  });

  it('exits 2 on bad usage with a message', () => {
    expect(scan([]).status).toBe(2);
    const r = scan(['--format', 'xml', '-'], 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown --format/u);
  });
});

describe('scan (images)', { timeout: 180_000 }, () => {
  it('reads a screenshot with OCR, analyses it, and refuses a broken image with a reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tekshur-scan-'));
    writeFileSync(
      join(dir, 'broken.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    );
    const r = scan(['--ocr-langs', 'eng', 'tests/fixtures/ocr/passport-dark.png', join(dir, 'broken.png')]);
    expect(r.status).toBe(1);
    const [image, broken] = rows(r.stdout);
    expect(image).toMatchObject({ kind: 'image' });
    expect(String(image?.text).toLowerCase()).toContain('passport');
    expect((image?.timings_ms as { ocr: number }).ocr).toBeGreaterThan(0);
    expect(typeof broken?.error).toBe('string');
  });

  it('refuses an unknown OCR language as bad usage', () => {
    expect(scan(['--ocr-langs', 'xyz', 'tests/fixtures/ocr/passport-dark.png']).status).toBe(2);
  });
});
