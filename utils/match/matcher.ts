import type { ArticleMeta, Claimant, ClaimMatch, DatasetInfo, OtherFigure, PageClaim } from '../schema';
import type { Dataset } from '../dataset/dataset';
import { summarizeFamilies } from '../dataset/families';
import { createContext } from './context';
import type { MatchContext, PageContext } from './context';
import { lookUp, ownsRecord } from './lookup';
import type { Reading } from './lookup';
import { readQuantity } from './read';
import type { Quantity } from './read';
import { articleCountry } from './scope';
import { pageSources } from './sources';
import type { Source } from './sources';
import { NO_RECORDS, decideStatus, recordEvidence } from './status';
import { pageTopicOf, topicOf } from './topic';
import { whatOf } from './what';
import { comparePage } from './within-page';
import type { PageFigure } from './within-page';

/** Matches a page's claims against the bundled dataset and packs, and against each other. */
export interface Matcher {
  /** One ClaimMatch per claim, in the same order. */
  match(claims: PageClaim[], meta: ArticleMeta): ClaimMatch[];
  /** What the dataset (with packs) holds. */
  info(): DatasetInfo;
}

/** A claimant as a match names it. */
function claimantRef(c: Claimant | null): ClaimMatch['claimant'] {
  return c ? { id: c.id, name: c.name, side: c.side } : null;
}

/**
 * Phase 2 for one figure: looks up the records of each metric reading; a tie is broken by the
 * speaker's own record. A weak reading (a metric taken with no cue) that no record of the
 * speaker's own confirms is dropped: the figure is then compared as the page names it.
 */
function readingOf(ctx: MatchContext, q: Quantity): Reading | null {
  // a part ("more than 40 of them") is never its whole's record
  if (q.part) return null;
  const readings = q.metrics.map((m) => lookUp(ctx, m));
  const owned = readings.filter(ownsRecord);
  const r = readings.length <= 1 ? (readings[0] ?? null) : owned.length === 1 ? (owned[0] as Reading) : null;
  return r && (r.comparable || ownsRecord(r)) ? r : null;
}

/** Speakers resolved in page order: "the ministry", "he" refer back to the latest fitting claimant. */
function resolveSpeakers(ctx: MatchContext, claims: readonly PageClaim[]): (Claimant | null)[] {
  const order = claims.map((_, i) => i).sort((a, b) => (claims[a]?.start ?? 0) - (claims[b]?.start ?? 0));
  const recent: Claimant[] = [];
  const out = new Array<Claimant | null>(claims.length).fill(null);
  let last: string | null = null;
  let lastClaimant: Claimant | null = null;
  for (const i of order) {
    const speaker = (claims[i] as PageClaim).speaker;
    // a speaker named again at once (a list of figures) is the same claimant
    const claimant: Claimant | null =
      speaker !== null && speaker === last ? lastClaimant : ctx.resolver.resolve(speaker, recent);
    last = speaker;
    lastClaimant = claimant;
    if (claimant && recent[recent.length - 1] !== claimant) {
      // Each claimant once, the latest named last: back-references search it from the end,
      // and on a long page it would otherwise hold one entry per figure.
      const at = recent.indexOf(claimant);
      if (at >= 0) recent.splice(at, 1);
      recent.push(claimant);
    }
    out[i] = claimant;
  }
  return out;
}

/**
 * Whether two claims read alike (phases 1 and 2): the same source and every field but their id
 * and place in the text. A long page repeats a few shapes many times (a live blog's recurring
 * lines), and each is read once.
 */
function sameShape(a: PageClaim, sa: Source, b: PageClaim, sb: Source): boolean {
  const f = a.frame;
  const g = b.frame;
  return (
    sa.key === sb.key &&
    a.text === b.text &&
    a.value === b.value &&
    a.low === b.low &&
    a.high === b.high &&
    a.qualifier === b.qualifier &&
    a.unit === b.unit &&
    a.concept === b.concept &&
    a.vague === b.vague &&
    f.action === g.action &&
    f.actor === g.actor &&
    f.target === g.target &&
    f.place === g.place &&
    f.period?.start === g.period?.start &&
    f.period?.end === g.period?.end &&
    f.timeForm === g.timeForm &&
    f.inferred === g.inferred &&
    f.measure === g.measure
  );
}

/** Shapes kept per text: a text read in more ways than this is read each time. */
const SHAPES_PER_TEXT = 8;

/**
 * Phases 1 and 2 for a page: every claim read as a quantity with its metric reading. A part
 * ("72 of them") or a figure set against another ("half of the 12,000") is read after the
 * figure it refers to; claims of one shape share one figure.
 */
function readPage(
  ctx: MatchContext,
  page: PageContext,
  claims: readonly PageClaim[],
  sources: readonly Source[],
): (PageFigure | null)[] {
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const out = new Array<PageFigure | null>(claims.length).fill(null);
  const shapes = new Map<string, { claim: PageClaim; source: Source; figure: PageFigure | null }[]>();
  const read = (i: number, linked: Quantity | null): PageFigure | null => {
    const q = readQuantity(ctx, page, claims[i] as PageClaim, i, sources[i] as Source, linked);
    return q ? { q, reading: readingOf(ctx, q) } : null;
  };
  const later: number[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as PageClaim;
    if (c.frame.partOf !== null || c.frame.versus !== null) {
      later.push(i);
      continue;
    }
    const source = sources[i] as Source;
    let seen = shapes.get(c.text);
    if (!seen) shapes.set(c.text, (seen = []));
    const same = seen.find((s) => sameShape(s.claim, s.source, c, source));
    if (same) {
      out[i] = same.figure;
      continue;
    }
    const figure = read(i, null);
    if (seen.length < SHAPES_PER_TEXT) seen.push({ claim: c, source, figure });
    out[i] = figure;
  }
  for (const i of later) {
    const f = (claims[i] as PageClaim).frame;
    const j = index.get(f.partOf ?? f.versus ?? '');
    out[i] = read(i, j === undefined ? null : (out[j]?.q ?? null));
  }
  return out;
}

/** Cross-references in another unit: a restatement ("77 sq mi" of "200 km²") shows them in its own. */
function inUnit(list: OtherFigure[], ratio: number): OtherFigure[] {
  if (ratio === 1) return list;
  const conv = (v: number | null) => (v === null ? null : Number((v / ratio).toPrecision(4)));
  return list.map((o) => ({ ...o, value: conv(o.value), low: conv(o.low), high: conv(o.high) }));
}

/** Phases 4 and 5 for one figure: its status, cross-references and topic. */
function matchOf(
  f: PageFigure,
  ev: NonNullable<ReturnType<typeof comparePage>[number]>,
): Omit<ClaimMatch, 'claimId'> {
  const r = f.reading;
  const d = decideStatus(r, r ? recordEvidence(r) : NO_RECORDS, ev);
  return {
    status: d.status,
    topic: d.status === 'unmatched' ? null : r ? topicOf(r) : pageTopicOf(f.q),
    claimant: claimantRef(r?.claimant ?? f.q.source.claimant),
    others: d.others,
    related: d.related,
  };
}

/**
 * Builds a matcher over the bundled dataset and any packs. Matching a page runs in phases,
 * each its own module, over an explicit page context: read each figure as a quantity
 * (read.ts), look up its records (lookup.ts), compare it within the page (within-page.ts),
 * decide its status (status.ts) and name its topic (topic.ts).
 */
export function createMatcher(dataset: Dataset, packs: Dataset[] = []): Matcher {
  const ctx = createContext(dataset, packs);
  return {
    match(claims: PageClaim[], meta: ArticleMeta): ClaimMatch[] {
      const claimants = resolveSpeakers(ctx, claims);
      const sources = pageSources(claims, claimants);
      const page: PageContext = { meta, country: articleCountry(claims) };
      const figures = readPage(ctx, page, claims, sources);
      const evidence = comparePage(figures, meta);
      const decided = new Map<PageFigure, Omit<ClaimMatch, 'claimId'>>();
      const byId = new Map<string, ClaimMatch>();
      const out = claims.map((c, i): ClaimMatch => {
        const f = figures[i];
        const ev = evidence[i];
        if (!f || !ev)
          return {
            claimId: c.id,
            status: 'unmatched',
            topic: null,
            claimant: claimantRef(claimants[i] ?? null),
            others: [],
            related: [],
          };
        let m = decided.get(f);
        if (!m) decided.set(f, (m = matchOf(f, ev)));
        const match = { claimId: c.id, ...m };
        byId.set(c.id, match);
        return match;
      });
      // "200 km² (77 sq mi)": the restatement is the first figure, its cross-references in its own unit
      const claimById = new Map(claims.map((c) => [c.id, c]));
      return out.map((m, i) => {
        const c = claims[i] as PageClaim;
        const first = c.sameAs ? byId.get(c.sameAs) : undefined;
        if (!first) return m;
        const a = whatOf(claimById.get(first.claimId) ?? c)?.factor ?? 1;
        const b = whatOf({ ...c, sameAs: null })?.factor ?? 1;
        const ratio = b / a;
        return {
          ...first,
          claimId: m.claimId,
          others: inUnit(first.others, ratio),
          related: inUnit(first.related, ratio),
        };
      });
    },
    info: () => {
      // source families are counted once, on the first request (options, popup), not on every load
      ctx.info.families ??= ctx.sets.flatMap((s) => summarizeFamilies(s.ds));
      return ctx.info;
    },
  };
}
