import type { Qualifier } from '../schema';

/** The range of values a figure allows: [lo, hi], each end open or closed. */
export interface Bounds {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** Significant digits of an integer-ish figure (200 → 1, 145 → 3, 1,700 → 2). */
function significant(v: number): number {
  const s = String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, s.length);
}

/** Trailing zeros of an integer (898,000 → 3). */
function trailingZeros(v: number): number {
  if (!Number.isInteger(v) || v === 0) return 0;
  let n = 0;
  let x = Math.abs(v);
  while (x % 10 === 0) {
    x /= 10;
    n++;
  }
  return n;
}

/**
 * The values a figure allows. "about X" allows ±10 % for one or two significant digits
 * ("about 200": 180–220), ±5 % for three, ±1 % for more; a bare figure rounded to thousands
 * or more ("898,000", "1.5 million") allows half its last unit; other bare figures are exact;
 * "more than", "at most" and the rest are open or closed half-lines. A round figure below the
 * thousands is read as stated: "150" against "145" differs (the five a reader wants to see);
 * "about 150" allows 145.
 */
export function boundsOf(
  value: number | null,
  low: number | null,
  high: number | null,
  q: Qualifier,
): Bounds | null {
  const lo0 = value ?? low;
  const hi0 = value ?? high;
  if (lo0 === null || hi0 === null || !Number.isFinite(lo0) || !Number.isFinite(hi0)) return null;
  switch (q) {
    case '=': {
      const pad = (v: number) => (trailingZeros(v) >= 3 ? 10 ** trailingZeros(v) / 2 : 0);
      return { lo: lo0 - pad(lo0), hi: hi0 + pad(hi0), loOpen: false, hiOpen: false };
    }
    case '~': {
      const rel = (v: number) => {
        const s = significant(v);
        return s <= 2 ? 0.1 : s === 3 ? 0.05 : 0.01;
      };
      return { lo: lo0 * (1 - rel(lo0)), hi: hi0 * (1 + rel(hi0)), loOpen: false, hiOpen: false };
    }
    case '>':
      return { lo: hi0, hi: Infinity, loOpen: true, hiOpen: true };
    case '>=':
      return { lo: lo0, hi: Infinity, loOpen: false, hiOpen: true };
    case '<':
      return { lo: -Infinity, hi: lo0, loOpen: true, hiOpen: true };
    case '<=':
      return { lo: -Infinity, hi: hi0, loOpen: true, hiOpen: false };
  }
}

/** Whether two figures can both be right: their allowed ranges overlap. */
export function compatible(a: Bounds, b: Bounds): boolean {
  if (a.hi < b.lo || b.hi < a.lo) return false;
  if (a.hi === b.lo) return !a.hiOpen && !b.loOpen;
  if (b.hi === a.lo) return !b.hiOpen && !a.loOpen;
  return true;
}

/** Whether a figure is a bound only ("more than 40"), which says less than a point figure. */
export function isBoundOnly(q: Qualifier): boolean {
  return q === '>' || q === '>=' || q === '<' || q === '<=';
}
