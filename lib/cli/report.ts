import { readFile, writeFile } from 'node:fs/promises';
import { runReport, type CliIo } from './report-run';

const io: CliIo = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFile(path, bytes),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
};

process.exitCode = await runReport(process.argv.slice(2), io);
