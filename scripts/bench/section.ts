/** One figure a bench section reports: a stable JSON key, a label and a unit. */
export interface Figure {
  key: string;
  label: string;
  value: number;
  unit: string;
  /** The goal, when the issue sets one ("under 25 ms"): shown beside the figure. */
  goal?: string;
}

/** A bench section: measures one stage and returns its figures. */
export type BenchSection = () => Promise<Figure[]>;

/** Median of a list of numbers (the list is not changed). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Runs `fn` `runs` times after `warmup` runs and returns the median of what `clock` measures of each run (ms). */
function medianRun(
  fn: () => unknown,
  runs: number,
  warmup: number,
  clock: (run: () => void) => number,
): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(clock(() => void fn()));
  return median(times);
}

/** Runs `fn` `runs` times after `warmup` runs and returns the median time in ms. */
export function timeMedian(fn: () => unknown, runs = 15, warmup = 3): number {
  return medianRun(fn, runs, warmup, (run) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  });
}

/**
 * Runs `fn` `runs` times after `warmup` runs and returns the median CPU time (user + system) in
 * ms: on a machine shared with other work, wall time counts the waits for a core as well.
 */
export function cpuMedian(fn: () => unknown, runs = 15, warmup = 3): number {
  return medianRun(fn, runs, warmup, (run) => {
    const t0 = process.cpuUsage();
    run();
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1000;
  });
}
