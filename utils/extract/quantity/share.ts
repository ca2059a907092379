/** Shares: "one in four", "1 in 5". */
import type { Token } from '../tokenize';
import { readNumber, type Num } from './number';

/** A share "N in M" after the number `n` at token j: its value and the token after it, or null. */
export function shareAfter(
  tk: Token[],
  n: Num,
  value: number,
  j: number,
  limit: number,
): { value: number; end: number } | null {
  if (tk[j]?.lower !== 'in' || !(n.value === 1 || !n.word)) return null;
  const m = readNumber(tk, j + 1, limit);
  if (!m || m.vague || m.value <= value || m.word !== n.word || !Number.isInteger(m.value)) return null;
  return { value: value / m.value, end: m.i1 };
}
