import { describe, expect, it } from 'vitest';
import { JobGate } from '@/lib/ocr/browser/gate';
import { settle } from './fake-port';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('JobGate', () => {
  it('runs at most `limit` jobs at once, the others in arrival order', async () => {
    const gate = new JobGate(2);
    const started: number[] = [];
    const jobs = [0, 1, 2, 3].map(() => deferred());
    const runs = jobs.map((job, i) =>
      gate.run(
        async () => {
          started.push(i);
          await job.promise;
          return i;
        },
        () => false,
      ),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(2);
    jobs[1]!.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    jobs[0]!.resolve();
    jobs[2]!.resolve();
    jobs[3]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(gate.active).toBe(0);
  });

  it('skips a job cancelled while it waited, and frees its turn', async () => {
    const gate = new JobGate(1);
    const first = deferred();
    let cancelled = false;
    const ran: string[] = [];
    const a = gate.run(
      () => first.promise.then(() => ran.push('a')),
      () => false,
    );
    const b = gate.run(
      () => Promise.resolve(ran.push('b')),
      () => cancelled,
    );
    const c = gate.run(
      () => Promise.resolve(ran.push('c')),
      () => false,
    );
    cancelled = true;
    first.resolve();
    await Promise.all([a, c]);
    expect(await b).toBeUndefined();
    expect(ran).toEqual(['a', 'c']);
    expect(gate.active).toBe(0);
  });

  it('frees the turn of a job that failed', async () => {
    const gate = new JobGate(1);
    await expect(
      gate.run(
        () => Promise.reject(new Error('boom')),
        () => false,
      ),
    ).rejects.toThrow('boom');
    expect(
      await gate.run(
        () => Promise.resolve('next'),
        () => false,
      ),
    ).toBe('next');
  });

  it('needs room for one job', () => {
    expect(() => new JobGate(0)).toThrow(RangeError);
  });
});
