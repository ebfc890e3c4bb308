import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { OCR_CORE_DIR, OCR_LANG_DIR, ocrAssets } from './lib/ocr/browser/assets.ts';

// Extension pages may compile WebAssembly (on-device OCR) and nothing else: no remote
// script, no eval, no plugins. MV2 (Firefox) takes the same policy as a plain string;
// WXT converts it.
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

// Why each permission is needed is written down in SECURITY.md; keep the two in step.
const PERMISSIONS = ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'scripting'];

const require = createRequire(import.meta.url);

/** The OCR worker, WebAssembly cores and language data, taken from node_modules at build time. */
function ocrPublicFiles(): { absoluteSrc: string; relativeDest: string }[] {
  return ocrAssets().map(({ pkg, from, to }) => {
    const absoluteSrc = join(dirname(require.resolve(`${pkg}/package.json`)), from);
    if (!existsSync(absoluteSrc)) throw new Error(`OCR asset missing: ${absoluteSrc} (run npm ci).`);
    return { absoluteSrc, relativeDest: to };
  });
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep lib/ plain TypeScript that Node (scan, eval, bench) can run too.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Tekshur',
    description:
      'Recognise intimidation and data-harvesting messages of transnational repression. Everything stays on your device.',
    // The offscreen document (OCR worker host) exists only in Chrome; Firefox runs it in
    // the background page instead.
    permissions: browser === 'firefox' ? PERMISSIONS : [...PERMISSIONS, 'offscreen'],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tekshur@tekshur.org',
              // 140 is the ESR that understands data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android gained data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 116: offscreen documents and runtime.getContexts() are both available.
        { minimum_chrome_version: '116' }),
  }),
  hooks: {
    // Shipped inside the build so that OCR never fetches code or data from the network.
    'build:publicAssets': (_wxt, files) => {
      files.push(...ocrPublicFiles());
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...ocrAssets().map((asset) => asset.to), OCR_CORE_DIR, OCR_LANG_DIR);
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // The dashboard doubles as the options page; WXT only derives options_ui from an
      // `options` entrypoint, so it is set here.
      manifest.options_ui = { page: 'dashboard.html', open_in_tab: true };
      // The check script is injected on demand (activeTab), never declared, so WXT's
      // empty content_scripts list is dropped rather than shipped.
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
});
