import type { OtherFigure, PageClaim, Side } from '../utils/schema';
import { sideClass, sideLabel, formatFigure, formatNumber } from './format';

/** One mark on the strip: a claimant's figure, a point or a range. */
interface Mark {
  name: string;
  side: Side | null;
  low: number;
  high: number;
  label: string;
  page: boolean;
  /** A figure the reader read on another page (the reading memory). */
  memory: boolean;
}

function toMark(
  f: Pick<OtherFigure, 'value' | 'low' | 'high' | 'qualifier'>,
  name: string,
  side: Side | null,
  page: boolean,
  memory = false,
): Mark | null {
  const low = f.value ?? f.low;
  const high = f.value ?? f.high;
  if (low === null || high === null || !Number.isFinite(low) || !Number.isFinite(high)) return null;
  const label = `${name}: ${formatFigure(f)}${memory ? ' (read earlier)' : ''}`;
  return { name, side, low, high, page, memory, label };
}

const W = 300;
const H = 56;
const PAD = 14;

/**
 * Every claimant's figure for a topic on one axis, sides coloured and the
 * page's figure ringed, so the spread shows at a glance.
 */
export function FigureStrip({
  claim,
  speaker,
  side,
  others,
}: {
  claim: PageClaim;
  speaker: string;
  side: Side | null;
  others: readonly OtherFigure[];
}) {
  const marks = [
    toMark(claim, speaker, side, true),
    ...others.map((o) => toMark(o, o.name, o.side, false, o.origin === 'memory')),
  ].filter((m): m is Mark => m !== null);
  if (marks.length < 2) return null;
  const min = Math.min(...marks.map((m) => m.low));
  const max = Math.max(...marks.map((m) => m.high));
  const lo = min === max ? min - 1 : min - (max - min) * 0.05;
  const hi = min === max ? max + 1 : max + (max - min) * 0.05;
  const x = (v: number) => PAD + ((v - lo) / (hi - lo)) * (W - 2 * PAD);
  const summary = marks.map((m) => m.label).join('; ');
  return (
    <figure class="strip">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`Figures on one axis: ${summary}`}>
        <line x1={PAD} x2={W - PAD} y1={28} y2={28} class="axis" />
        {marks.map((m, i) => {
          const cls = `mark ${sideClass(m.side)}${m.page ? ' page' : ''}${m.memory ? ' memory' : ''}`;
          return m.low === m.high ? (
            <circle key={i} cx={x(m.low)} cy={28} r={m.page ? 7 : 5} class={cls}>
              <title>{m.label}</title>
            </circle>
          ) : (
            <rect
              key={i}
              x={x(m.low)}
              y={23}
              width={Math.max(2, x(m.high) - x(m.low))}
              height={10}
              rx={3}
              class={cls}
            >
              <title>{m.label}</title>
            </rect>
          );
        })}
        <text x={PAD} y={H - 4} class="tick">
          {formatNumber(min)}
        </text>
        <text x={W - PAD} y={H - 4} class="tick end">
          {formatNumber(max)}
        </text>
      </svg>
      <figcaption class="legend">
        {[...new Set(marks.map((m) => m.side ?? 'other'))].map((s) => (
          <span key={s} class={`key ${sideClass(s)}`}>
            {sideLabel(s)}
          </span>
        ))}
        <span class="key page">this page</span>
        {marks.some((m) => m.memory) ? <span class="key memory">read earlier</span> : null}
      </figcaption>
    </figure>
  );
}
