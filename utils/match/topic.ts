import { DAY_MS } from '../dataset/time';
import type { Hit, Reading } from './lookup';
import type { Quantity } from './read';
import type { TopicParts } from '../schema/match';
import { topicLabel } from '../i18n/topic/render';

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

/**
 * Phase 5: names a reading's topic: an id that is the same for every figure of the same
 * quantity (metric, period or as-of day, place, direction), its parts, and an English label
 * written from them ("Drones launched · night of 18–19 Mar 2025 · Russia → Ukraine"); the
 * worker writes it again in the reader's language (utils/i18n/topic).
 */
export function topicOf(r: Reading): {
  id: string;
  label: string;
  definition: string | null;
  parts: TopicParts;
} {
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
  const arrow = dir.indexOf('>');
  const loss = arrow < 0 && r.metric.direction === 'loss';
  const parts: TopicParts = {
    metric: r.metric.id,
    what: null,
    period: { start: ts, end: te, asOf: stock },
    place: place || null,
    actor: arrow >= 0 ? dir.slice(0, arrow) : dir && !loss ? dir : null,
    target: arrow >= 0 ? dir.slice(arrow + 1) : loss && dir ? dir : null,
    part: false,
  };
  return {
    id: `${r.metric.id}@${when}${place ? `#${place}` : ''}${dir ? `/${dir}` : ''}`,
    label: topicLabel(parts, 'en', r.metric.label),
    definition: r.metric.definition,
    parts,
  };
}

/**
 * Phase 5 for a figure the dataset's metrics do not read: its topic on the page, named by what
 * is counted, the measure, the time and the scope ("Fighter killed · 18 Feb 2024 · Gaza").
 */
export function pageTopicOf(q: Quantity): { id: string; label: string; parts: TopicParts } | null {
  const span = q.span;
  if (!span) return null;
  const w = q.what;
  const when = span.total
    ? `asof:${isoDay(span.end - DAY_MS)}`
    : `${isoMinute(span.start)}/${isoMinute(span.end)}`;
  const id = `page:${[w.thing, w.kind, w.measure].filter(Boolean).join('.')}@${when}${q.scope ? `#${q.scope}` : ''}${q.part ? '/part' : ''}`;
  const parts: TopicParts = {
    metric: null,
    what: { thing: w.thing, kind: w.kind, measure: w.measure },
    period: span.total
      ? { start: span.end - DAY_MS, end: span.end, asOf: true }
      : { start: span.start, end: span.end, asOf: false },
    place: q.scope || null,
    actor: null,
    target: null,
    part: q.part,
  };
  return { id: id.replace(/\s+/g, '-'), label: topicLabel(parts, 'en', null), parts };
}
