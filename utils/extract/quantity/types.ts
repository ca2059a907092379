import type { Qualifier } from '../../schema';

/** What kind of figure a quantity is. */
export type QuantityKind = 'count' | 'measure' | 'money' | 'percent' | 'duration';

/** A figure read from tokens, before its counted noun and speaker are known. */
export interface Quantity {
  /** First token of the figure (currency symbol or number). */
  i0: number;
  /** Token after the figure and its unit. */
  i1: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  vague: boolean;
  /** The first number was written in words ("seven"). */
  word: boolean;
  kind: QuantityKind;
  unit: string | null;
  /** For measures, money, percentages, durations: the unit as written. */
  unitText: string | null;
}
