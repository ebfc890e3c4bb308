// Runs addons-linter (the engine of `web-ext lint` and of addons.mozilla.org's checks) on
// the Firefox build and fails on any error. Warnings are printed for review but pass.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import addonsLinter from 'addons-linter';

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LinterOutput {
  summary: { errors: number; warnings: number; notices: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

const sourceDir = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
if (!existsSync(sourceDir)) {
  console.error(`No Firefox build at ${sourceDir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const linter = addonsLinter.createInstance({
  config: {
    _: [sourceDir],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
    shouldScanFile: () => true,
  },
  runAsBinary: false,
});

const result = (await linter.run()) as LinterOutput;
const show = (level: string, items: LinterMessage[]) => {
  for (const item of items) {
    const where = item.file ? ` (${item.file}${item.line ? `:${item.line}` : ''})` : '';
    console.log(`${level} ${item.code}: ${item.message}${where}`);
  }
};
show('error', result.errors);
show('warning', result.warnings);
show('notice', result.notices);
console.log(
  `addons-linter: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`,
);
process.exit(result.summary.errors > 0 ? 1 : 0);
