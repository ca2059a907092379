/** When a changing page is read again. */
export interface ReadTiming {
  /** Read this long after the page's last change… */
  settleMs: number;
  /** …but never later than this after the first change not yet read, however often it keeps changing. */
  maxWaitMs: number;
}

/** Schedules reads of a page that changes. */
export interface ReadScheduler {
  /** The page changed: a read is due once it settles, or at the latest `maxWaitMs` from now. */
  changed(): void;
}

/**
 * Reads a changing page again once it settles, and at least every `maxWaitMs`
 * while it keeps changing (a ticker or a live blog that never settles still
 * gets read). One read at a time: a change during a read is read after it.
 * `later` is the caller's `setTimeout` (cancelled when the content script stops).
 */
export function createReadScheduler(
  read: () => Promise<void>,
  later: (callback: () => void, ms: number) => unknown,
  timing: ReadTiming,
  now: () => number = () => performance.now(),
): ReadScheduler {
  let firstChange: number | null = null;
  let lastChange = 0;
  let armed = false;
  let reading = false;

  const due = (first: number) => Math.min(lastChange + timing.settleMs, first + timing.maxWaitMs);

  const arm = () => {
    if (armed || reading || firstChange === null) return;
    armed = true;
    later(fire, Math.max(0, due(firstChange) - now()));
  };

  // One timer at a time, moved on when it fires early rather than restarted on every change.
  const fire = () => {
    armed = false;
    if (firstChange === null) return;
    if (due(firstChange) - now() > 1) return arm();
    firstChange = null;
    reading = true;
    read()
      .catch((error: unknown) => reportError(error))
      .finally(() => {
        reading = false;
        arm();
      });
  };

  return {
    changed() {
      lastChange = now();
      firstChange ??= lastChange;
      arm();
    },
  };
}
