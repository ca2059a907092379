import { DAY_MS } from '../dataset/time';
import type { Hit, Reading } from './lookup';
import type { Quantity } from './read';
import { scopeLabel } from './scope';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Day-month-year for labels ("19 Mar 2025"). */
function dayLabel(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

const minutes = new Map<number, string>();
/** YYYY-MM-DDTHH:MM of an instant, memoised: a page's figures share a few instants, and formatting is slow. */
function isoMinute(ms: number): string {
  let s = minutes.get(ms);
  if (s === undefined) {
    s = new Date(ms).toISOString().slice(0, 16);
    if (minutes.size >= 4096) minutes.clear();
    minutes.set(ms, s);
  }
  return s;
}

/** The UTC calendar date (YYYY-MM-DD) of an instant. */
function isoDay(ms: number): string {
  return isoMinute(ms).slice(0, 10);
}

/** A short label for a period or an as-of day. */
export function timeLabel(start: number, end: number, stock: boolean): string {
  if (stock) return `as of ${dayLabel(start)}`;
  const dur = end - start;
  if (dur <= 30 * 3_600_000 && isoDay(start) !== isoDay(end - 1)) {
    const a = new Date(start);
    return `night of ${a.getUTCDate()}–${dayLabel(end - 1)}`;
  }
  if (dur <= DAY_MS) return dayLabel(start);
  return `${dayLabel(start)} – ${dayLabel(end - 1)}`;
}

const cap = (t: string) => t.replace(/\b\w/g, (x) => x.toUpperCase());

/**
 * Phase 5: names a reading's topic: an id that is the same for every figure of the same
 * quantity (metric, period or as-of day, place, direction) and a label a reader can follow
 * ("Drones launched · night of 18–19 Mar 2025 · Russia → Ukraine").
 */
export function topicOf(r: Reading): { id: string; label: string; definition: string | null } {
  const anchor = r.hits.reduce<Hit | null>((a, h) => (!a || h.fit > a.fit ? h : a), null);
  const stock = r.metric.kind === 'stock';
  let ts = r.time.start;
  let te = r.time.end;
  if (anchor && !stock) {
    ts = anchor.time;
    te = anchor.end;
  }
  const when = stock ? `asof:${isoDay(ts)}` : `${isoMinute(ts)}/${isoMinute(te)}`;
  const place = r.topicPlace;
  const dir = r.direction;
  const labelParts = [r.metric.label, timeLabel(ts, te, stock)];
  if (place) labelParts.push(cap(place));
  if (dir.includes('>')) labelParts.push(cap(dir.replace('>', ' → ')));
  else if (dir) labelParts.push(r.metric.direction === 'loss' ? `losses of ${cap(dir)}` : `by ${cap(dir)}`);
  return {
    id: `${r.metric.id}@${when}${place ? `#${place}` : ''}${dir ? `/${dir}` : ''}`,
    label: labelParts.join(' · '),
    definition: r.metric.definition,
  };
}

/** Plural-ish names of what is counted, for labels. */
const THING_LABEL: Record<string, string> = {
  person: 'People',
  percent: 'Rate (%)',
  area: 'Area',
  length: 'Length',
};

/**
 * Phase 5 for a figure the dataset's metrics do not read: its topic on the page, named by what
 * is counted, the measure, the time and the scope ("Fighter killed · 18 Feb 2024 · Gaza").
 */
export function pageTopicOf(q: Quantity): { id: string; label: string } | null {
  const span = q.span;
  if (!span) return null;
  const w = q.what;
  const when = span.total
    ? `asof:${isoDay(span.end - DAY_MS)}`
    : `${isoMinute(span.start)}/${isoMinute(span.end)}`;
  const id = `page:${[w.thing, w.kind, w.measure].filter(Boolean).join('.')}@${when}${q.scope ? `#${q.scope}` : ''}${q.part ? '/part' : ''}`;
  const thing = w.kind ? cap(w.kind) : (THING_LABEL[w.thing] ?? cap(w.thing));
  const what =
    w.thing === 'percent' && w.measure
      ? `${cap(w.measure)} (%)`
      : `${thing}${w.measure ? ` ${w.measure}` : ''}`;
  const parts = [
    what,
    span.total ? `as of ${dayLabel(span.end - DAY_MS)}` : timeLabel(span.start, span.end, false),
  ];
  const where = scopeLabel(q.scope);
  if (where) parts.push(where);
  if (q.part) parts.push('part of a larger figure');
  return { id: id.replace(/\s+/g, '-'), label: parts.join(' · ') };
}
