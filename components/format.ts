import type { MatchStatus, Qualifier } from '../utils/schema';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  '=': '',
  '~': 'about ',
  '>': 'more than ',
  '>=': 'at least ',
  '<': 'fewer than ',
  '<=': 'up to ',
};

let numberFormat: Intl.NumberFormat | null = null;

/**
 * A number with thousands separators ("898,070", "0.65"). One formatter for the
 * whole page: making one costs milliseconds, and a popover shows dozens of numbers.
 */
export function formatNumber(x: number): string {
  numberFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  return numberFormat.format(x);
}

/** A figure as a reader would say it: "about 200", "40–50", "up to 145". */
export function formatFigure(f: {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
}): string {
  const n = formatNumber;
  const core =
    f.value !== null ? n(f.value) : f.low !== null && f.high !== null ? `${n(f.low)}–${n(f.high)}` : '?';
  return `${QUALIFIER_WORDS[f.qualifier]}${core}`;
}

/** The host name of a URL, or the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A side's label and tone come from the sides table (utils/schema/sides.json), one place for every surface. */
export { sideClass, sideLabel } from '../utils/schema/sides';

/** What each status means, in a reader's words (never "false"). */
export const STATUS_LABEL: Record<MatchStatus, string> = {
  diverges: 'Figures differ',
  agrees: 'Figures agree',
  single: 'Single source',
  related: 'Related figures',
  unmatched: 'No match',
};
