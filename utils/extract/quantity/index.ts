/**
 * Quantities: reads a whole figure at a token (qualifier, currency, number or
 * range, share, scale, unit), each form in its own module.
 */
import type { Qualifier } from '../../schema';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { currencyAfter, currencyBefore, minorPart, moneyConcept, moneyScale } from './currency';
import { notAQuantity } from './not-a-quantity';
import { readNumber, timesScale } from './number';
import { qualifierAfter, qualifierBefore } from './qualifier';
import { rangeAfter, unitRangeSeparator } from './range';
import { shareAfter } from './share';
import type { Quantity, QuantityKind } from './types';
import { hyphenUnitAt, isUnitAt, measureAt, percentAt, signUnitAt } from './unit';

export type { Quantity, QuantityKind } from './types';

const { WORD } = tok;
export { qualifierBefore } from './qualifier';
export { isFractionSign, readNumber } from './number';

/**
 * Reads a whole figure at token i of the sentence [sentStart, sentEnd):
 * qualifier, currency, number or range, scale, unit. Returns null when the
 * token does not start a quantity. `inner`: reading the second end of a
 * range with units, which does not look for another range.
 */
export function readQuantity(
  tk: Token[],
  i: number,
  sentStart: number,
  sentEnd: number,
  inner = false,
): Quantity | null {
  const t = tk[i];
  if (!t) return null;
  let i0 = i;
  const before = currencyBefore(tk, i);
  let currency: string | null = before?.currency ?? null;
  const numberAt = before?.numberAt ?? i;
  const n = readNumber(tk, numberAt, sentEnd);
  if (!n) return null;
  if (!currency && tk[numberAt - 1]?.text === '$' && !tk[numberAt]?.spaceBefore) return null;
  let j = n.i1;
  let low: number | null = null;
  let high: number | null = null;
  let value: number | null = n.value;
  const fromBefore = tk[i0 - 1]?.lower === 'from';
  const between = tk[i0 - 1]?.lower === 'between';
  const range = rangeAfter(tk, n, j, sentEnd, fromBefore, between, currency !== null);
  if (range === 'score') return null;
  if (range) {
    low = range.low;
    high = range.high;
    value = null;
    j = range.end;
  }
  if (value !== null && low === null) {
    const share = shareAfter(tk, n, value, j, sentEnd);
    if (share) {
      value = share.value;
      j = share.end;
    }
  }
  // date-like ranges "18-19 March" and model names go out here
  if (notAQuantity(tk, n, j, currency !== null || isUnitAt(tk, j), before !== null, sentStart)) return null;
  if (n.word && n.value === 0) return null;

  let kind: QuantityKind = 'count';
  let unit: string | null = null;
  let unitText: string | null = null;
  // glued "m"/"mn" after money: "£3.5m"; a code that carries its scale: "MAUD 60"
  if (currency) {
    const scale = before?.scale ?? moneyScale(tk, j);
    if (scale !== 1) {
      if (value !== null) value = timesScale(value, scale);
      if (low !== null && high !== null) {
        low = timesScale(low, scale);
        high = timesScale(high, scale);
      }
      if (!before?.scale) j++;
    }
  }
  const u = tk[j];
  const percent = percentAt(tk, j);
  const money = percent || currency ? null : currencyAfter(tk, j);
  if (percent) {
    ({ kind, unit } = percent);
    unitText = percent.written;
    j += percent.length;
  } else if (money) {
    currency = money.currency;
    if (money.scale !== 1) {
      if (value !== null) value = timesScale(value, money.scale);
      if (low !== null && high !== null) {
        low = timesScale(low, money.scale);
        high = timesScale(high, money.scale);
      }
    }
    unitText = money.written;
    j += money.length;
    // "15 dollars 50": the minor part of the same amount
    const minor =
      money.scale === 1 && value !== null && Number.isInteger(value) ? minorPart(tk, j, sentEnd) : null;
    if (minor && value !== null) {
      value = Math.round(value * 100 + minor.hundredths) / 100;
      j += minor.length;
    }
  } else if (u && u.kind === WORD) {
    const measure = measureAt(tk, j, currency !== null, n.i0);
    if (measure) {
      ({ kind, unit } = measure);
      unitText = measure.written;
      j += measure.length;
    }
  } else if (u && u.text === '-' && tk[j + 1]?.kind === WORD && !currency) {
    // "30-day truce", "200-km front", "a 12-cent dividend", "three-year-old"; spaced, "30 - year bonds"
    const spaced = u.spaceBefore || (tk[j + 1] as Token).spaceBefore;
    const hyphen = hyphenUnitAt(tk, j, n.word);
    if (!spaced && hyphen === null) return null;
    if (
      hyphen !== null &&
      hyphen !== 'none' &&
      (!spaced || (u.spaceBefore && (tk[j + 1] as Token).spaceBefore))
    ) {
      if (hyphen.kind === 'money') currency = hyphen.unit;
      else ({ kind, unit } = hyphen);
      unitText = hyphen.written;
      j += hyphen.length;
    }
  } else if (u && !currency) {
    const sign = signUnitAt(tk, j);
    if (sign) {
      ({ kind, unit } = sign);
      unitText = sign.written;
      j += sign.length;
    }
  }
  if (currency) {
    kind = 'money';
    unit = currency;
    unitText = moneyConcept(currency, unitText);
  }
  // ranges with the unit on both ends: "2% to 3%", "$2bn-$3bn", "44 mg to 50 mg"
  if (
    !inner &&
    unit !== null &&
    value !== null &&
    j < sentEnd &&
    unitRangeSeparator(tk, j, fromBefore, between)
  ) {
    const m = readQuantity(tk, j + 1, sentStart, sentEnd, true);
    if (m && m.unit === unit && m.value !== null && m.value > value && m.i0 === j + 1) {
      low = value;
      high = m.value;
      value = null;
      j = m.i1;
    }
  }
  let qualifier: Qualifier = '=';
  const said = qualifierBefore(tk, i0, sentStart);
  if (said) {
    qualifier = said.q;
    if (said.q === '~' && tk[said.at]?.lower === 'some' && n.word && n.value < 10) qualifier = '=';
  }
  const after = qualifierAfter(tk, j, sentEnd);
  if (after && (qualifier === '=' || qualifier === '~')) qualifier = after;
  if (after === '>' && (tk[j]?.text === '+' || tk[j]?.lower === 'plus')) j++;
  if (n.vague) qualifier = '>=';
  // negative figures: "-5", "−3.2", "minus 4"
  const sign = tk[i0 - 1];
  const negative =
    sign !== undefined &&
    ((!n.word &&
      (sign.text === '-' || sign.text === '−') &&
      !t.spaceBefore &&
      (sign.spaceBefore || sign.lineBefore || i0 - 1 === 0)) ||
      sign.lower === 'minus' ||
      sign.lower === 'negative');
  if (negative) {
    i0--;
    if (value !== null) value = -value;
    if (low !== null && high !== null) [low, high] = [-high, -low];
  }
  return { i0, i1: j, value, low, high, qualifier, vague: n.vague, word: n.word, kind, unit, unitText };
}
