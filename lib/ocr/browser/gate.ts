/**
 * Lets at most `limit` jobs run at once, in arrival order. The OCR host admits a job only when
 * a worker can take it, so a batch of fifty screenshots is not decoded (50 × width × height × 4
 * bytes) all at once, and a job cancelled while waiting never starts.
 */
export class JobGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError('A gate needs room for at least one job.');
  }

  /** Runs `task` when there is room, unless `cancelled()` says by then that it is no longer wanted. */
  async run<T>(task: () => Promise<T>, cancelled: () => boolean): Promise<T | undefined> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return cancelled() ? undefined : await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next job, so the count stays right.
      if (next === undefined) this.running--;
      else next();
    }
  }

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }
}
