import { createWorker, type Page, type Worker } from 'tesseract.js';
import {
  DEFAULT_PARAMS,
  describe,
  initConfig,
  OEM_LSTM_ONLY,
  reportProgress,
  tesseractLangs,
} from './engine-setup.ts';
import { OcrError } from './errors.ts';
import type { OcrLang, OcrProgress } from './types.ts';

export { DEFAULT_PARAMS, tesseractLangs } from './engine-setup.ts';

/** What each environment (Node, extension page, offscreen document) supplies. */
export interface EngineSettings {
  /** Folder (path in Node, extension URL in a browser) holding `<lang>.traineddata.gz`. */
  langPath: string;
  workerPath?: string;
  corePath?: string;
  /** Default false: an extension's CSP blocks blob: workers (ignored in Node). */
  workerBlobURL?: boolean;
  /** Upper bound on parallel workers; callers pass at most the number of cores. */
  maxWorkers?: number;
  /** Workers end after this long without a job, to give their memory back. */
  idleMs?: number;
  /** A missing file or a CSP block can leave start-up pending forever; give up after this. */
  startTimeoutMs?: number;
  /** Extra Tesseract parameters (measurement scripts use this to compare settings). */
  params?: Record<string, string>;
}

interface Job {
  image: Uint8Array;
  langs: string;
  onProgress: ((p: OcrProgress) => void) | undefined;
  resolve: (page: Page) => void;
  reject: (err: unknown) => void;
}

interface Slot {
  worker: Worker | undefined;
  langs: string;
  job: Job | undefined;
}

/**
 * A pool of tesseract.js workers: started on first use, reused, grown up to `maxWorkers` while
 * jobs queue, ended after `idleMs` without work. (tesseract.js's own scheduler hides which
 * worker runs which job, and per-job progress needs to know.)
 */
export class OcrEngine {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly settings: Required<Omit<EngineSettings, 'workerPath' | 'corePath'>> &
    Pick<EngineSettings, 'workerPath' | 'corePath'>;

  constructor(settings: EngineSettings) {
    this.settings = {
      workerBlobURL: false,
      maxWorkers: 1,
      idleMs: 60_000,
      startTimeoutMs: 30_000,
      params: {},
      ...settings,
    };
    if (!(this.settings.maxWorkers >= 1)) throw new RangeError('maxWorkers must be at least 1.');
  }

  /** Recognises an encoded image (PGM from the preprocessing step, or PNG/JPEG/BMP). */
  recognize(
    image: Uint8Array,
    langs: readonly OcrLang[],
    onProgress?: (p: OcrProgress) => void,
  ): Promise<Page> {
    if (langs.length === 0) return Promise.reject(new RangeError('At least one OCR language is needed.'));
    return new Promise<Page>((resolve, reject) => {
      this.queue.push({ image, langs: tesseractLangs(langs), onProgress, resolve, reject });
      this.dispatch();
    });
  }

  /** Number of started or starting workers. */
  get size(): number {
    return this.slots.length;
  }

  async terminate(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const stopped = (): OcrError => new OcrError('terminated', 'OCR was stopped.');
    for (const job of this.queue.splice(0)) job.reject(stopped());
    const slots = this.slots.splice(0);
    // A running job's promise would never settle once its worker is gone.
    for (const slot of slots) slot.job?.reject(stopped());
    await Promise.all(slots.flatMap((s) => (s.worker === undefined ? [] : [s.worker.terminate()])));
  }

  private dispatch(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    while (this.queue.length > 0) {
      const job = this.queue[0]!;
      const idle = this.slots.filter((s) => s.job === undefined && s.worker !== undefined);
      const slot =
        idle.find((s) => s.langs === job.langs) ??
        (this.slots.length < this.settings.maxWorkers ? this.addSlot(job.langs) : idle[0]);
      if (slot === undefined) return;
      this.queue.shift();
      slot.job = job;
      void this.run(slot, job);
    }
    if (this.slots.length > 0 && this.slots.every((s) => s.job === undefined)) {
      this.idleTimer = setTimeout(() => void this.terminate(), this.settings.idleMs);
      // In Node an idle timer alone must not keep the process alive.
      (this.idleTimer as { unref?: () => void }).unref?.();
    }
  }

  private parameters(): Record<string, string> {
    return { ...DEFAULT_PARAMS, ...this.settings.params };
  }

  private addSlot(langs: string): Slot {
    const slot: Slot = { worker: undefined, langs, job: undefined };
    this.slots.push(slot);
    return slot;
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    try {
      if (slot.worker === undefined) {
        slot.worker = await this.startWorker(slot, job.langs);
        if (!this.slots.includes(slot)) {
          // terminate() ran while this worker was starting.
          await slot.worker.terminate();
          return;
        }
      } else if (slot.langs !== job.langs) {
        await slot.worker.reinitialize(job.langs, OEM_LSTM_ONLY, initConfig(job.langs));
        // Re-initialising creates a new Tesseract API, which forgets parameters.
        await slot.worker.setParameters(this.parameters());
        slot.langs = job.langs;
      }
      // Encoded bytes are accepted in Node and browsers alike; the typings only list Buffer.
      const image = job.image as unknown as Buffer;
      const { data } = await slot.worker.recognize(image, {}, { text: true, blocks: true });
      job.resolve(data);
    } catch (err) {
      if (slot.worker === undefined && this.slots.includes(slot))
        this.slots.splice(this.slots.indexOf(slot), 1);
      job.reject(
        err instanceof OcrError ? err : new OcrError('engine-failed', `OCR failed: ${describe(err)}`),
      );
    } finally {
      slot.job = undefined;
      if (this.slots.includes(slot)) this.dispatch();
    }
  }

  private startWorker(slot: Slot, langs: string): Promise<Worker> {
    const { langPath, workerPath, corePath, workerBlobURL, startTimeoutMs } = this.settings;
    return new Promise<Worker>((resolve, reject) => {
      let settled = false;
      const fail = (message: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(new OcrError('engine-start-failed', message));
      };
      const timer = setTimeout(
        () =>
          fail(
            `The OCR engine did not start within ${Math.round(startTimeoutMs / 1000)} s: ` +
              'its worker, WebAssembly core or language data could not be loaded.',
          ),
        startTimeoutMs,
      );
      createWorker(
        langs,
        OEM_LSTM_ONLY,
        {
          langPath,
          ...(workerPath === undefined ? {} : { workerPath }),
          ...(corePath === undefined ? {} : { corePath }),
          workerBlobURL,
          // The data ships with Tekshur; a cache would only be a second copy.
          cacheMethod: 'none',
          gzip: true,
          logger: (m) => reportProgress(slot.job?.onProgress, m.status, m.progress),
          // Without a handler tesseract.js throws from its message listener; with one, a
          // failed language load would otherwise leave createWorker pending.
          errorHandler: (err: unknown) => fail(`The OCR engine could not start: ${describe(err)}`),
        },
        initConfig(langs),
      )
        .then(async (worker) => {
          if (settled) {
            await worker.terminate();
            return;
          }
          await worker.setParameters(this.parameters());
          settled = true;
          clearTimeout(timer);
          resolve(worker);
        })
        .catch((err: unknown) => fail(`The OCR engine could not start: ${describe(err)}`));
    });
  }
}
