import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.bmp']);
export const TEXT_EXTENSIONS = new Set(['.txt']);

export type Input =
  | { source: string; kind: 'text'; path: string }
  | { source: string; kind: 'image'; path: string }
  | { source: string; kind: 'stdin' }
  | { source: string; kind: 'missing'; error: string };

/**
 * Expands the command line's paths, in the order given: a folder becomes its text and image
 * files (recursively, sorted), `-` is standard input. A path that cannot be read stays in the
 * list as an error row, so the other inputs are still scanned.
 */
export async function expandInputs(paths: string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ source: '-', kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      out.push({ source: path, kind: 'missing', error: describeFsError(e) });
      continue;
    }
    if (info.isDirectory()) out.push(...(await walk(path)));
    else out.push(classify(path, true));
  }
  return out;
}

async function walk(dir: string): Promise<Input[]> {
  const out: Input[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    return [{ source: dir, kind: 'missing', error: describeFsError(e) }];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) {
      const ext = extname(entry.name).toLowerCase();
      // In a folder, only files that look like messages; other files are not inputs.
      if (IMAGE_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext)) out.push(classify(path, false));
    }
  }
  return out;
}

function classify(path: string, explicit: boolean): Input {
  const ext = extname(path).toLowerCase();
  if (IMAGE_EXTENSIONS.has(ext)) return { source: path, kind: 'image', path };
  // A file named on the command line is read as text whatever its extension.
  void explicit;
  return { source: path, kind: 'text', path };
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read (${code ?? (e as Error | undefined)?.message ?? 'unknown error'})`;
  }
}
