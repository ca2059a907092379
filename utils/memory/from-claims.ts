import type { ArticleMeta, ClaimMatch, PageClaim } from '../schema';
import { placeKey, MANY_PLACES } from '../dataset/place';
import { pageTimeOf } from '../match/page-time';
import { readable } from '../match/read';
import { whatOf } from '../match/what';
import type { Quantity } from './identity';
import type { FigureDraft, PageDraft } from './records';

/** How much of its sentence is kept on each side of a figure. */
const CONTEXT = 120;

/**
 * Reads a page claim as a quantity with the matcher's same-quantity model: what is counted and
 * which of them, and the measure (`whatOf`), the unit, the place and the time. Null for a figure
 * that is no quantity to compare from another page: vague, a restatement in other units, no
 * value, nothing counted, no measure said, a part of another figure or set against one, several
 * places, no time. Precision first: a remembered figure is only ever met by the same quantity.
 */
export function quantityOf(claim: PageClaim, published: string | null): Quantity | null {
  if (!readable(claim)) return null;
  const f = claim.frame;
  if (f.partOf !== null || f.versus !== null) return null;
  const what = whatOf(claim);
  if (!what || !what.measure) return null;
  const place = placeKey(f.place);
  if (place === MANY_PLACES) return null;
  const time = pageTimeOf(claim, published, false);
  if (!time) return null;
  return {
    counted: what.kind ? `${what.thing}:${what.kind}` : what.thing,
    unit: claim.unit,
    measure: what.measure,
    scope: place,
    direction: null,
    start: time.start,
    end: time.end,
    inferred: !time.explicit,
  };
}

/** A sentence's end: its stop, any closing quote or bracket, then a space. */
const SENTENCE_END = /[.!?]["”’»)]*\s/g;

/** The part of `text` before `start` in the same sentence, at most CONTEXT characters. */
function before(text: string, start: number): string {
  const s = text.slice(Math.max(0, start - CONTEXT), start);
  let cut = s.lastIndexOf('\n') + 1;
  for (const m of s.matchAll(SENTENCE_END)) cut = Math.max(cut, m.index + m[0].length);
  return s.slice(cut);
}

/** The part of `text` after `end` in the same sentence (with its full stop), at most CONTEXT characters. */
function after(text: string, end: number): string {
  const s = text.slice(end, end + CONTEXT);
  const stop = s.search(/[.!?](\s|$)|\n/);
  return stop >= 0 ? s.slice(0, stop + (s[stop] === '\n' ? 0 : 1)) : s;
}

/**
 * The figures of an analysed page as the memory keeps them: each claim read as a quantity, with
 * its value, speaker, claimant, topic and the words around it. Claims that read as no quantity
 * are left out.
 */
export function figureDrafts(
  text: string,
  claims: readonly PageClaim[],
  matches: readonly ClaimMatch[],
  published: string | null,
): FigureDraft[] {
  const byId = new Map(matches.map((m) => [m.claimId, m]));
  const out: FigureDraft[] = [];
  for (const claim of claims) {
    const quantity = quantityOf(claim, published);
    if (!quantity || claim.end > text.length) continue;
    const match = byId.get(claim.id);
    out.push({
      quantity,
      value: claim.value,
      low: claim.low,
      high: claim.high,
      qualifier: claim.qualifier,
      unit: claim.unit,
      concept: claim.concept,
      speaker: claim.speaker,
      claimant: match?.claimant ?? null,
      quote: {
        exact: text.slice(claim.start, claim.end) || claim.text,
        prefix: before(text, claim.start),
        suffix: after(text, claim.end),
      },
      topic: match?.topic ?? null,
    });
  }
  return out;
}

/** The page record of an article read at `url`. */
export function pageDraft(url: string, meta: ArticleMeta): PageDraft {
  return { url, title: meta.headline, outlet: meta.outlet, published: meta.published };
}
