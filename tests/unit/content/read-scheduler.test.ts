import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadScheduler } from '../../../entrypoints/news.content/read-scheduler';

const TIMING = { settleMs: 400, maxWaitMs: 1500 };

/** A scheduler over fake timers whose reads take `readMs`; returns the times reads started. */
function setup(readMs = 0) {
  const started: number[] = [];
  const reads = createReadScheduler(
    async () => {
      started.push(Date.now());
      await new Promise((ok) => setTimeout(ok, readMs));
    },
    (callback, ms) => setTimeout(callback, ms),
    TIMING,
    () => Date.now(),
  );
  return { reads, started };
}

/** Calls `changed` every `everyMs` for `forMs`, then lets every timer run out. */
async function changeFor(reads: { changed(): void }, everyMs: number, forMs: number) {
  for (let t = 0; t < forMs; t += everyMs) {
    reads.changed();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
  await vi.advanceTimersByTimeAsync(5000);
}

describe('re-reading a changing page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('reads once, settleMs after the last of a short burst of changes', async () => {
    const { reads, started } = setup();
    await changeFor(reads, 100, 300);
    expect(started).toEqual([200 + TIMING.settleMs]);
  });

  it.each([
    ['every 100 ms', 100],
    ['every 350 ms (just under the settle delay)', 350],
  ])('reads at least every maxWaitMs on a page changing %s for 6 s', async (_name, everyMs) => {
    const { reads, started } = setup();
    await changeFor(reads, everyMs, 6000);
    const gaps = started.slice(1).map((t, i) => t - started[i]!);
    expect(started[0]).toBeLessThanOrEqual(TIMING.maxWaitMs);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(TIMING.maxWaitMs + everyMs);
    // And the last change is read, once the page settles.
    expect(started.at(-1)).toBeGreaterThanOrEqual(6000 - everyMs);
  });

  it('never starts a read while one runs; a change made during a read is read after it', async () => {
    const { reads, started } = setup(2000);
    await changeFor(reads, 100, 6000);
    const gaps = started.slice(1).map((t, i) => t - started[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2000);
    expect(started.at(-1)).toBeGreaterThanOrEqual(5000);
  });

  it('reads nothing when nothing changed', async () => {
    const { started } = setup();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started).toEqual([]);
  });

  it('goes on reading after a read that fails', async () => {
    const errors = vi.fn();
    vi.stubGlobal('reportError', errors);
    let calls = 0;
    const reads = createReadScheduler(
      () => (++calls === 1 ? Promise.reject(new Error('no')) : Promise.resolve()),
      (callback, ms) => setTimeout(callback, ms),
      TIMING,
      () => Date.now(),
    );
    reads.changed();
    await vi.advanceTimersByTimeAsync(1000);
    reads.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
    expect(errors).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
