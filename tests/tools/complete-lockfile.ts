// Adds Rollup's native packages for other platforms to package-lock.json when npm left
// them out. npm does that when the registry it uses lacks them (the mirror on the build
// machines answers 404 for non-Linux ones) or when node_modules already existed
// (npm/cli#4828); npm 11's `npm ci` then refuses the lock as out of sync, and on macOS or
// Windows Rollup would find no binary. Entries carry no integrity hash: they cannot be
// fetched here to compute one. Run after `npm install`: `npx tsx tests/tools/complete-lockfile.ts`.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const lockPath = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
const lock = JSON.parse(await readFile(lockPath, 'utf8')) as { packages: Record<string, LockEntry> };

interface Platform {
  os: string[];
  cpu: string[];
  libc?: string[];
}

/** `@rollup/rollup-linux-arm64-musl` → os linux, cpu arm64, libc musl. */
function platformOf(name: string): Platform {
  const [os = '', cpu = '', abi] = name.replace('@rollup/rollup-', '').split('-');
  const entry: Platform = { os: [os], cpu: [cpu] };
  if (os === 'linux' && abi?.startsWith('musl')) entry.libc = ['musl'];
  else if (os === 'linux' && abi?.startsWith('gnu')) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
const rollup = lock.packages['node_modules/rollup'];
for (const [name, version] of Object.entries(rollup?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version, dev: true, license: 'MIT', optional: true, ...platformOf(name) };
  added++;
}
if (added > 0) {
  // npm's own key order, so the diff shows only the added entries.
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')),
  );
  await writeFile(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`package-lock.json: ${added} Rollup platform entries added`);
