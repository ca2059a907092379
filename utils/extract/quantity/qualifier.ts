/** Qualifiers: "about", "more than", "up to" before a figure; "or more", "at most" after it. */
import type { Qualifier } from '../../schema';
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';

const { PARTICLE_VERBS, QUAL_BEFORE } = lex;
const { NUM, PUNCT, WORD } = tok;

/** The last words of the qualifiers, to rule most figures out at once. */
const QUAL_LAST = new Set(QUAL_BEFORE.map(([w]) => w[w.length - 1] as string));

/** Reads the qualifier written just before token i; returns it and the first token of its words. */
export function qualifierBefore(tk: Token[], i: number, floor: number): { q: Qualifier; at: number } | null {
  const prev = tk[i - 1];
  if (!prev || prev.kind !== WORD || !QUAL_LAST.has(prev.lower)) return null;
  for (const [words, q] of QUAL_BEFORE) {
    const at = i - words.length;
    if (at < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if ((tk[at + k] as Token).lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok && words.length === 1 && (q === '>' || q === '<') && PARTICLE_VERBS.has(tk[at - 1]?.lower ?? ''))
      continue;
    if (ok) return { q, at };
  }
  return null;
}

/** A qualifier written after the figure ("or more", "or so", "at most" later in the clause). */
export function qualifierAfter(tk: Token[], j: number, limit: number): Qualifier | null {
  const a = tk[j];
  const b = tk[j + 1];
  if (a && !a.spaceBefore && (a.text === '+' || a.lower === 'plus')) return '>';
  if (a && a.text === '-' && b && b.lower === 'plus' && !b.spaceBefore) return '>';
  if (a?.lower === 'or' && b) {
    if (b.lower === 'more' || b.lower === 'above' || b.lower === 'over') return '>=';
    if (b.lower === 'fewer' || b.lower === 'less' || b.lower === 'under') return '<=';
    if (b.lower === 'so') return '~';
  }
  if (a?.lower === 'and' && (b?.lower === 'above' || b?.lower === 'over')) return '>=';
  for (let k = j; k < limit && k < j + 14; k++) {
    const t = tk[k] as Token;
    if (t.kind === PUNCT && t.text !== '(' && t.text !== ')' && t.text !== '-') break;
    if (t.kind === NUM && !(tk[k - 1]?.text === '(')) break;
    if (t.lower === 'at' && tk[k + 1]?.lower === 'most') return '<=';
    if (t.lower === 'at' && tk[k + 1]?.lower === 'least') return '>=';
  }
  return null;
}
