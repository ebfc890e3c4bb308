// Each worker holds its own copy of the models in WebAssembly memory; past a few workers a
// batch gains little and the browser's memory suffers.
const MAX_WORKERS = 4;

/** Parallel OCR jobs this device runs: one per core, within MAX_WORKERS. */
export function ocrWorkerCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(cores, MAX_WORKERS));
}
