/** Ranges: "40 to 50", "40-50", "between 20 and 30", "two or three"; with a unit on both ends, "2% to 3%". */
import { currencyOfSymbol } from '../../units';

import type { Token } from '../tokenize';
import { isYearLike } from './not-a-quantity';
import { parseDigitsSafe, readNumber, type Num } from './number';

/** What a range after a first number gives: both ends and the token after it; `score` for "3-1". */
export type RangeRead = { low: number; high: number; end: number } | 'score' | null;

/** Is token t a dash that joins two ends ("40-50", "40 – 50")? A spaced hyphen does not. */
function isRangeDash(tk: Token[], j: number, spacedHyphenOk: boolean): boolean {
  const t = tk[j] as Token;
  if (t.text === '–' || t.text === '—') return true;
  return t.text === '-' && (spacedHyphenOk ? !t.spaceBefore : !t.spaceBefore && !tk[j + 1]?.spaceBefore);
}

/**
 * A range continuing the number `n` at token j (`from`: "from" stands before
 * it, `between`: "between" does). The second end takes the first's scale
 * ("2 to 3 million" is 2,000,000 to 3,000,000). `money`: a currency came
 * before, so a descending dash pair is not a score.
 */
export function rangeAfter(
  tk: Token[],
  n: Num,
  j: number,
  limit: number,
  from: boolean,
  between: boolean,
  money: boolean,
): RangeRead {
  const sep = tk[j];
  if (!sep || n.vague) return null;
  const dash = (sep.text === '-' || sep.text === '–' || sep.text === '—') && isRangeDash(tk, j, false);
  const word =
    (sep.lower === 'to' && !from) || (sep.lower === 'and' && between) || (sep.lower === 'or' && n.word);
  if (!dash && !word) return null;
  let k = j + 1;
  if (tk[k] && currencyOfSymbol((tk[k] as Token).text)) k++;
  const m = readNumber(tk, k, limit);
  // "eight to 10 feet": a small number in words may run to one in digits
  const mixed = n.word && !m?.word && sep.lower === 'to' && n.value < 10 && !n.scaled;
  if (!m || m.vague || (m.word !== n.word && !mixed)) return null;
  let lo = n.value;
  const hi = m.value;
  if (m.scaled && !n.scaled && !n.word) {
    const scale = m.value / parseDigitsSafe(tk[m.i0] as Token);
    if (Number.isFinite(scale) && scale > 1) lo = n.value * scale;
  }
  if (hi > lo && !(dash && isYearLike(tk, n))) return { low: lo, high: hi, end: m.i1 };
  // "3-1": a score or a ratio
  if (dash && !sep.spaceBefore && !n.word && hi <= lo && !money) return 'score';
  return null;
}

/** Is there a range separator at token j for a figure with a unit ("2% to 3%", "$2bn-$3bn")? */
export function unitRangeSeparator(tk: Token[], j: number, from: boolean, between: boolean): boolean {
  const rs = tk[j];
  if (!rs) return false;
  const dash = (rs.text === '-' || rs.text === '–') && isRangeDash(tk, j, true);
  return dash || (rs.lower === 'to' && !from) || (rs.lower === 'and' && between);
}
