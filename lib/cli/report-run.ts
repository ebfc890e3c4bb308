import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXPORT_FORMATS, renderReport, sealExport, type ExportFormat } from '../report/export';
import { readReportFile, type ReadReport } from '../report/import/read';
import { TLP_MARKINGS, type Tlp } from '../report/stix';

/**
 * `npm run --silent report -- …`: the import's validation and the export formats, without a
 * database. Kept apart from the entry point (./report.ts) so tests run it in-process.
 */

export const USAGE = `usage: npm run --silent report -- convert IN --to json|csv|uwazi|stix|misp [--out FILE]
                                  [--passphrase-file F] [--encrypt] [--tlp white|green|amber|red]
       npm run --silent report -- validate [--passphrase-file F] IN...
  IN                  a Tekshur JSON report, plain or encrypted, or - for standard input
  --passphrase-file   a file holding the passphrase (one line) of encrypted input, and of output with --encrypt
  --encrypt           seal the output with that passphrase (docs/report-format.md, "Encrypted files")
exit status: 0 done, 1 an input was refused, 2 bad usage`;

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  readStdin(): Promise<Uint8Array>;
  stdout(data: Uint8Array | string): void;
  stderr(text: string): void;
}

export interface RunOptions {
  /** Tests only: lets them use cheap key derivation; the command itself always uses the default. */
  minIterations?: number;
  iterations?: number;
}

class UsageError extends Error {}

export async function runReport(argv: readonly string[], io: CliIo, run: RunOptions = {}): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === '--help' || command === '-h') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command === 'convert') return await convert(rest, io, run);
    if (command === 'validate') return await validate(rest, io, run);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`report: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    // Input problems are answered above; this is a fault of ours, still said in one line.
    io.stderr(`report: ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  }
}

function parse<const T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true as const, options });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function convert(args: readonly string[], io: CliIo, run: RunOptions): Promise<number> {
  const { values, positionals } = parse(args, {
    to: { type: 'string' },
    out: { type: 'string' },
    'passphrase-file': { type: 'string' },
    encrypt: { type: 'boolean', default: false },
    tlp: { type: 'string', default: 'amber' },
  });
  if (positionals.length !== 1) throw new UsageError('convert takes one IN');
  const to = values.to as string | undefined;
  if (!to || !(EXPORT_FORMATS as readonly string[]).includes(to))
    throw new UsageError(`--to must be one of ${EXPORT_FORMATS.join(', ')}`);
  const tlp = values.tlp as string;
  if (!Object.hasOwn(TLP_MARKINGS, tlp)) throw new UsageError('--tlp must be white, green, amber or red');
  const out = values.out as string | undefined;
  if (!out && (to === 'uwazi' || values.encrypt)) {
    throw new UsageError(
      `${values.encrypt ? 'encrypted output' : 'uwazi writes a .zip and'} is binary: give --out FILE`,
    );
  }
  const passphrase = await readPassphrase(values['passphrase-file'] as string | undefined, io);
  if (values.encrypt && !passphrase) throw new UsageError('--encrypt needs --passphrase-file');
  const input = positionals[0]!;
  const read = await readInput(input, io, passphrase, run);
  if (!read.ok) {
    io.stderr(`report: ${input}: refused: ${read.reason}\n`);
    return 1;
  }
  let file = await renderReport(read.report, to as ExportFormat, { tlp: tlp as Tlp });
  if (values.encrypt)
    file = await sealExport(file, passphrase!, {
      iterations: run.iterations,
      minIterations: run.minIterations,
    });
  if (out) await io.writeFile(out, file.bytes);
  else io.stdout(file.bytes);
  return 0;
}

async function validate(args: readonly string[], io: CliIo, run: RunOptions): Promise<number> {
  const { values, positionals } = parse(args, { 'passphrase-file': { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('validate needs at least one IN');
  if (positionals.filter((p) => p === '-').length > 1)
    throw new UsageError('standard input (-) can be given once');
  const passphrase = await readPassphrase(values['passphrase-file'] as string | undefined, io);
  let refused = false;
  for (const input of positionals) {
    const read = await readInput(input, io, passphrase, run);
    if (read.ok) {
      const n = read.report.flags.length;
      const images = read.images.size;
      const extra = [read.encrypted && 'encrypted', read.report.redactions && 'redacted']
        .filter(Boolean)
        .join(', ');
      io.stdout(
        `${input}: ${n} flag${n === 1 ? '' : 's'}, ${images} image${images === 1 ? '' : 's'}${extra ? ` (${extra})` : ''}\n`,
      );
    } else {
      refused = true;
      const hint = read.needsPassphrase && !passphrase ? ' (give --passphrase-file)' : '';
      io.stdout(`${input}: refused: ${read.reason}${hint}\n`);
    }
  }
  return refused ? 1 : 0;
}

async function readInput(
  path: string,
  io: CliIo,
  passphrase: string | undefined,
  run: RunOptions,
): Promise<ReadReport> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (e) {
    return {
      ok: false,
      fileName: path,
      reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    };
  }
  return readReportFile({ name: path, bytes }, { passphrase, minIterations: run.minIterations });
}

async function readPassphrase(path: string | undefined, io: CliIo): Promise<string | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(path));
  } catch (e) {
    throw new UsageError(
      `--passphrase-file ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'not UTF-8'})`,
    );
  }
  // One trailing line break is the editor's, not the passphrase's.
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '') throw new UsageError(`--passphrase-file ${path} is empty`);
  return passphrase;
}
