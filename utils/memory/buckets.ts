const DAY_MS = 86_400_000;

/** How much longer one figure's time may be than another's (three times, plus a day and a half) and still be the same time. */
const LENGTH_SLACK = 1.5 * DAY_MS;
/** How far apart two as-of days may be and still be the same time (a stock counted a few days apart). */
const AS_OF_SLACK = 3.5 * DAY_MS;

/**
 * Time levels: a figure is filed by the start of its time in a bucket of its level, the level
 * chosen by how long its time is: a night or a day (≤ 1.5 days) by day, up to 10 days by week,
 * up to 45 days by month, anything longer (a running total, a year) in one bucket.
 */
const LEVELS = [
  { name: '0', min: 0, max: 1.5 * DAY_MS, width: DAY_MS },
  { name: '1', min: 1.5 * DAY_MS, max: 10 * DAY_MS, width: 7 * DAY_MS },
  { name: '2', min: 10 * DAY_MS, max: 45 * DAY_MS, width: 31 * DAY_MS },
  { name: 'L', min: 45 * DAY_MS, max: Infinity, width: Infinity },
] as const;

type Level = (typeof LEVELS)[number];

/** A bucket's number as a fixed-width key part, so buckets sort by time as text. */
function pad(bucket: number): string {
  return String(Math.max(0, bucket + 100_000_000)).padStart(10, '0');
}

/** The bucket key of a level and bucket number ("0:0100020166", or "L:" for the long level). */
function bucketKey(level: Level, bucket: number): string {
  return level.name === 'L' ? 'L:' : `${level.name}:${pad(bucket)}`;
}

/** The level a time of this length is filed in. */
function levelOf(length: number): Level {
  return LEVELS.find((l) => length <= l.max) ?? (LEVELS[3] as Level);
}

/** The bucket a figure of time [from, to] is filed in. */
export function bucketOf(from: number, to: number): string {
  const level = levelOf(to - from);
  return bucketKey(level, Math.floor(from / level.width));
}

/**
 * Whether two figures' times can be the same time: they overlap (as-of days: lie a few days apart
 * at most), and neither is more than three times as long as the other. A wider net than the
 * matcher's own rule, never a narrower one: the matcher decides what is the same quantity.
 */
export function timesMeet(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  const la = a.to - a.from;
  const lb = b.to - b.from;
  if (la > 3 * lb + LENGTH_SLACK || lb > 3 * la + LENGTH_SLACK) return false;
  const slack = la === 0 && lb === 0 ? AS_OF_SLACK : 0;
  return a.from <= b.to + slack && b.from <= a.to + slack;
}

/**
 * The buckets that may hold a figure whose time meets one of `times` (see `timesMeet`), each
 * once, in order.
 */
export function bucketsFor(times: readonly { from: number; to: number }[]): string[] {
  const spans = new Map<Level, [number, number][]>();
  for (const t of times) {
    const length = t.to - t.from;
    const shortest = (length - LENGTH_SLACK) / 3;
    const longest = 3 * length + LENGTH_SLACK;
    for (const level of LEVELS) {
      if (level.max < shortest || level.min > longest) continue;
      const list = spans.get(level) ?? [];
      const slack = length === 0 ? AS_OF_SLACK : 0;
      if (level.name === 'L') list.push([0, 0]);
      else
        list.push([
          Math.floor((t.from - level.max - slack) / level.width),
          Math.floor((t.to + slack) / level.width),
        ]);
      spans.set(level, list);
    }
  }
  const out = new Set<string>();
  for (const [level, list] of spans)
    for (const [a, b] of list) for (let k = a; k <= b; k++) out.add(bucketKey(level, k));
  return [...out].sort();
}
