/** What the popup shows for a page, decided from plain data so it can be tested without a browser. */
import type { DivergenceSummary, OtherFigure, PageSummaryReply, Side } from '../../utils/schema';
import { formatFigure } from '../format';

/** The page the popup describes. */
export interface PopupTab {
  id: number;
  windowId: number;
  url: string;
  /** Host name, or null for pages Tally cannot read (browser pages, files). */
  host: string | null;
}

/** Which state the popup is in. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'no-page' }
  | { kind: 'off' }
  | { kind: 'not-read' }
  | { kind: 'empty' }
  | { kind: 'summary'; summary: Extract<PageSummaryReply, { ok: true }> };

/**
 * The popup's state: no readable page; Tally off for the site; on but the page not read yet
 * (opened before Tally was, or still reading); read with no figures; or its summary.
 */
export function popupState(
  tab: PopupTab | null | undefined,
  enabled: boolean | null,
  summary: PageSummaryReply | null,
): PopupState {
  if (tab === undefined) return { kind: 'loading' };
  if (tab === null || tab.host === null) return { kind: 'no-page' };
  if (enabled === null) return { kind: 'loading' };
  if (!enabled) return { kind: 'off' };
  if (!summary) return { kind: 'loading' };
  if (!summary.ok || !summary.enabled) return { kind: 'not-read' };
  if (summary.claims === 0) return { kind: 'empty' };
  return { kind: 'summary', summary };
}

/** Host of a tab URL Tally could read (http or https), else null. */
export function readableHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** One line of the popup's list of divergences: a figure, however often the page repeats it. */
export interface DivergenceRow {
  /** The claims that give it, in page order; the first is the one a click shows. */
  claimIds: string[];
  /** The figure as the page first writes it ("about 200 square kilometres"). */
  text: string;
  /** Who gave it: the matched claimant, else the speaker the article names, else null. */
  speaker: string | null;
  /** Every other figure for the same thing, each once. */
  others: { who: string; side: Side | null; figure: string }[];
}

type Numbers = Pick<OtherFigure, 'value' | 'low' | 'high'>;
const sameNumbers = (a: Numbers, b: Numbers) => a.value === b.value && a.low === b.low && a.high === b.high;

/**
 * The other figures worth listing beside a divergence, each once: every claimant's figure for
 * the topic, less the speaker's own record of the very number on the page, whatever its
 * qualifier (it would read as agreement).
 */
export function othersToShow({ claim, match }: DivergenceSummary): DivergenceRow['others'] {
  const seen = new Set<string>();
  const rows: DivergenceRow['others'] = [];
  for (const o of match.others) {
    const own = match.claimant !== null && o.claimant === match.claimant.id;
    if (own && sameNumbers(o, claim)) continue;
    const row = { who: o.name, side: o.side, figure: formatFigure(o) };
    const key = `${row.who}\u0000${row.figure}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  return rows;
}

/**
 * The page's divergences as the popup lists them: a figure the page repeats (the same speaker,
 * the same number, the same topic — a headline and its paragraph, say) or restates in another
 * unit ("200 square kilometres (77 square miles)") is one row.
 */
export function divergenceRows(divergences: readonly DivergenceSummary[]): DivergenceRow[] {
  const rows = new Map<string, DivergenceRow>();
  const rowOf = new Map<string, DivergenceRow>();
  for (const d of divergences) {
    const { claim, match } = d;
    const speaker = match.claimant?.name ?? claim.speaker;
    const key = [
      match.claimant?.id ?? speaker ?? '',
      claim.value,
      claim.low,
      claim.high,
      claim.unit ?? claim.concept ?? '',
      match.topic?.id ?? '',
    ].join('\u0000');
    const row = (claim.sameAs !== null ? rowOf.get(claim.sameAs) : undefined) ?? rows.get(key);
    if (row) row.claimIds.push(claim.id);
    else rows.set(key, { claimIds: [claim.id], text: claim.text, speaker, others: othersToShow(d) });
    rowOf.set(claim.id, row ?? rows.get(key)!);
  }
  return [...rows.values()];
}
