/** What the popup shows for a page, decided from plain data so it can be tested without a browser. */
import type { PageSummaryReply } from '../../utils/schema';

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

/** One other claimant's figure split for display: "Russian MoD: 57" → who and figure. */
export function splitOther(other: string): { who: string; figure: string } {
  const at = other.lastIndexOf(': ');
  return at < 0 ? { who: '', figure: other } : { who: other.slice(0, at), figure: other.slice(at + 2) };
}

/** The first number written in `text` ("1,700 square metres" → 1700), or null. */
export function firstNumber(text: string): number | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/** A bare number as a reader writes it ("1700" → "1,700"); anything else as it is ("40–50"). */
export function readableFigure(figure: string): string {
  return /^-?\d+(\.\d+)?$/.test(figure) ? Number(figure).toLocaleString('en-GB') : figure;
}

/**
 * The other figures worth listing beside a divergence: every claimant's figure for the topic,
 * less the speaker's own record of the very figure on the page (it would read as agreement).
 */
export function othersToShow(d: {
  text: string;
  speaker: string | null;
  others: readonly string[];
}): { who: string; figure: string }[] {
  const own = firstNumber(d.text);
  return d.others
    .map(splitOther)
    .filter((o) => !(d.speaker && o.who === d.speaker && firstNumber(o.figure) === own))
    .map((o) => ({ who: o.who, figure: readableFigure(o.figure) }));
}

/** What a screen reader says for a divergence button: both figures and what pressing it does. */
export function divergenceLabel(d: {
  text: string;
  speaker: string | null;
  others: readonly string[];
}): string {
  const others = othersToShow(d)
    .map((o) => (o.who ? `${o.figure} (${o.who})` : o.figure))
    .join(', ');
  return `${d.text}, said by ${d.speaker ?? 'an unnamed source'}. ${others ? `Other figures: ${others}. ` : ''}Show it on the page.`;
}
