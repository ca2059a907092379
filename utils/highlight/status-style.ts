import type { MatchStatus } from '../schema/match';

/** How a status is painted: an underline whose shape alone tells it apart, and a tint where it has one. */
interface StatusStyle {
  /** The underline: its shape differs for every status, so colour is never needed to tell them apart. */
  underline: string;
  /** A background tint (left out in the subtle style). */
  tint: string | null;
}

/**
 * Each status by underline shape first (wavy, solid, dashed, double, dotted),
 * colour second: a reader who does not see colour, or sees little contrast,
 * still tells "figures differ" from "single source" from "no match". The grey
 * of the quiet statuses keeps 4.5:1 on white; none of them is told apart by opacity.
 */
export const STATUS_STYLE: Record<MatchStatus, StatusStyle> = {
  diverges: { underline: 'underline wavy #c2410c 2px', tint: 'rgba(255, 140, 0, 0.28)' },
  agrees: { underline: 'underline solid #2f7d0c 2px', tint: 'rgba(56, 158, 13, 0.12)' },
  single: { underline: 'underline dashed #5c6370 2px', tint: null },
  related: { underline: 'underline double #5c6370 3px', tint: null },
  unmatched: { underline: 'underline dotted #5c6370 2px', tint: null },
};

/** The `::highlight()` rules for every status, under the names `nameOf` gives. */
export function statusCss(nameOf: (status: MatchStatus) => string, subtle: boolean): string {
  return (Object.keys(STATUS_STYLE) as MatchStatus[])
    .map((status) => {
      const { underline, tint } = STATUS_STYLE[status];
      const background = tint && !subtle ? `background-color:${tint};` : '';
      return `::highlight(${nameOf(status)}){${background}text-decoration:${underline};text-underline-offset:3px}`;
    })
    .join('\n');
}
