import type * as Analyzer from '@/lib/analyzer';
import type { Analysis } from '@/lib/analyzer/types';

type AnalyzerModule = typeof Analyzer;

let loading: Promise<AnalyzerModule> | undefined;

/** The analyzer is its own chunk: the popup paints first, the rules load right after. */
export function loadAnalyzer(): Promise<AnalyzerModule> {
  loading ??= import('@/lib/analyzer');
  return loading;
}

export async function analyzeText(text: string): Promise<Analysis> {
  return (await loadAnalyzer()).analyze(text);
}

// One short line in each script the rules cover (Latin, Han, Arabic, Cyrillic): the first
// analysis of a script compiles that script's rules, several hundred milliseconds in all.
const WARM_UP = 'Send a copy of your passport. 请发护照。 پاسپورتىڭىزنى ئەۋەتىڭ. Пришлите паспорт.';

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 300 });
    else setTimeout(resolve, 50);
  });
}

/** Loads and warms the analyzer once the popup has painted, so the first real check is quick. */
export async function warmUpAnalyzer(): Promise<void> {
  await whenIdle();
  (await loadAnalyzer()).analyze(WARM_UP);
}
