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
import { claimFinder } from './claim-index';
import { pageSources, shareRevisionSources } from './sources';
import type { Source } from './sources';
import { NO_RECORDS, decideStatus, recordEvidence } from './status';
import { pageTopicOf, topicOf } from './topic';
import { whatOf } from './what';
import { comparePage } from './within-page';
import type { PageEvidence, PageFigure } from './within-page';

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

/** The claims' indices in page order (extraction gives them so: then no sort). */
function pageOrder(claims: readonly PageClaim[]): number[] {
  const order = claims.map((_, i) => i);
  let sorted = true;
  for (let i = 1; i < claims.length && sorted; i++)
    sorted = (claims[i - 1] as PageClaim).start <= (claims[i] as PageClaim).start;
  return sorted
    ? order
    : order.sort((a, b) => (claims[a] as PageClaim).start - (claims[b] as PageClaim).start);
}

/** Speakers resolved to claimants ("the ministry", "he" come resolved from extraction). */
function resolveSpeakers(ctx: MatchContext, claims: readonly PageClaim[]): (Claimant | null)[] {
  const out = new Array<Claimant | null>(claims.length).fill(null);
  let last: string | null = null;
  let lastClaimant: Claimant | null = null;
  for (const i of pageOrder(claims)) {
    const speaker = (claims[i] as PageClaim).speaker;
    // a speaker named again at once (a list of figures) is the same claimant
    const claimant: Claimant | null =
      speaker !== null && speaker === last ? lastClaimant : ctx.resolver.resolve(speaker);
    last = speaker;
    lastClaimant = claimant;
    out[i] = claimant;
  }
  return out;
}

/**
 * Whether two claims read alike (phases 1 and 2): every field but their id and place in the
 * text. A long page repeats a few shapes many times (a live blog's recurring lines).
 */
function sameShape(a: PageClaim, b: PageClaim): boolean {
  const f = a.frame;
  const g = b.frame;
  // the fields that most often tell two claims of one text apart come first
  return (
    f.period?.start === g.period?.start &&
    a.concept === b.concept &&
    f.period?.end === g.period?.end &&
    a.text === b.text &&
    a.value === b.value &&
    a.low === b.low &&
    a.high === b.high &&
    a.qualifier === b.qualifier &&
    a.unit === b.unit &&
    a.concept === b.concept &&
    a.vague === b.vague &&
    (a.sameAs === null) === (b.sameAs === null) &&
    f.action === g.action &&
    f.actor === g.actor &&
    f.target === g.target &&
    f.place === g.place &&
    f.timeText === g.timeText &&
    f.timeForm === g.timeForm &&
    f.inferred === g.inferred &&
    f.measure === g.measure &&
    (f.partOf === null) === (g.partOf === null) &&
    (f.versus === null) === (g.versus === null)
  );
}

/** One shape read: a claim of it, its source, the figure it is linked to, and the figure read (its slot, -1 for none). */
interface Shape {
  claim: PageClaim;
  source: Source;
  linked: Quantity | null;
  slot: number;
}

/** Shapes kept per text: a text read in more ways than this (a hostile page) is read each time. */
const SHAPES_PER_TEXT = 128;

/**
 * The figures read so far, by shape: claims of the same text, source, fields and linked figure
 * share one. Looked up by text, then compared field by field (no key is built per claim).
 */
class Shapes {
  private readonly byText = new Map<string, Shape[]>();

  /** The slot of the figure read for a claim of this shape (-1 for none), or undefined when none was read. */
  find(claim: PageClaim, source: Source, linked: Quantity | null): number | undefined {
    const list = this.byText.get(claim.text);
    if (!list) return undefined;
    for (const s of list)
      if (s.source === source && s.linked === linked && sameShape(s.claim, claim)) return s.slot;
    return undefined;
  }

  /** Remembers the figure read for a claim's shape. */
  add(shape: Shape): void {
    let list = this.byText.get(shape.claim.text);
    if (!list) this.byText.set(shape.claim.text, (list = []));
    if (list.length < SHAPES_PER_TEXT) list.push(shape);
  }
}

/** A page read as quantities: its distinct figures, and the one each claim reads as. */
interface PageRead {
  /** Each distinct figure once: claims of one shape share it. */
  figures: PageFigure[];
  /** For each claim, its figure's index in `figures`, or -1 when it reads as no quantity. */
  slotOf: Int32Array;
}

/**
 * Phases 1 and 2 for a page: every claim read as a quantity with its metric reading. A part
 * ("72 of them") or a figure set against another ("half of the 12,000") is read after the
 * figure it refers to; claims of one shape (the same source, fields and linked figure) share
 * one figure, read once, and the later phases work on the distinct figures.
 */
function readPage(
  ctx: MatchContext,
  page: PageContext,
  claims: readonly PageClaim[],
  sources: readonly Source[],
): PageRead {
  const figures: PageFigure[] = [];
  const slotOf = new Int32Array(claims.length).fill(-1);
  const shapes = new Shapes();
  const read = (i: number, linked: Quantity | null): number => {
    const claim = claims[i] as PageClaim;
    const source = sources[i] as Source;
    const seen = shapes.find(claim, source, linked);
    if (seen !== undefined) return seen;
    const q = readQuantity(ctx, page, claim, i, source, linked);
    const slot = q ? figures.push({ q, reading: readingOf(ctx, q) }) - 1 : -1;
    shapes.add({ claim, source, linked, slot });
    return slot;
  };
  const later: number[] = [];
  for (let i = 0; i < claims.length; i++) {
    const f = (claims[i] as PageClaim).frame;
    if (f.partOf !== null || f.versus !== null) later.push(i);
    else slotOf[i] = read(i, null);
  }
  if (later.length === 0) return { figures, slotOf };
  const find = claimFinder(claims);
  const links = new LinkedFigures();
  for (const i of later) {
    const f = (claims[i] as PageClaim).frame;
    const j = find(i, f.partOf ?? f.versus ?? '');
    const whole = j === undefined ? -1 : (slotOf[j] as number);
    slotOf[i] = read(i, whole < 0 ? null : links.of(whole, (figures[whole] as PageFigure).q));
  }
  return inPageOrder(figures, slotOf);
}

/**
 * The figure a part or a comparison is read against, one per way it can be read: reading a part
 * uses only what its whole counts, its scope, whether it is a running total and its source
 * (read.ts), so wholes alike in those are one, and parts of them share one shape.
 */
class LinkedFigures {
  private readonly bySlot = new Map<number, Quantity>();
  private readonly byKey = new Map<string, Quantity>();

  /** The figure read in place of the whole `q` (of slot `slot`): the first whole read alike. */
  of(slot: number, q: Quantity): Quantity {
    let got = this.bySlot.get(slot);
    if (got) return got;
    const w = q.what;
    const key = `${w.thing}\u0000${w.kind}\u0000${w.measure}\u0000${q.scope}\u0000${q.span?.total ?? false}\u0000${q.source.key}`;
    got = this.byKey.get(key);
    if (!got) this.byKey.set(key, (got = q));
    this.bySlot.set(slot, got);
    return got;
  }
}

/** The figures in the order of their first claims (parts are read last, but compared in page order). */
function inPageOrder(figures: PageFigure[], slotOf: Int32Array): PageRead {
  const order = figures
    .map((_, k) => k)
    .sort((x, y) => (figures[x] as PageFigure).q.index - (figures[y] as PageFigure).q.index);
  const moved = new Int32Array(figures.length);
  order.forEach((k, at) => (moved[k] = at));
  for (let i = 0; i < slotOf.length; i++) {
    const k = slotOf[i] as number;
    if (k >= 0) slotOf[i] = moved[k] as number;
  }
  return { figures: order.map((k) => figures[k] as PageFigure), slotOf };
}

/** Cross-references in another unit: a restatement ("77 sq mi" of "200 km²") shows them in its own. */
function inUnit(list: OtherFigure[], ratio: number): OtherFigure[] {
  if (ratio === 1) return list;
  const conv = (v: number | null) => (v === null ? null : Number((v / ratio).toPrecision(4)));
  return list.map((o) => ({ ...o, value: conv(o.value), low: conv(o.low), high: conv(o.high) }));
}

/** Phases 4 and 5 for one figure: its status, cross-references and topic. */
function matchOf(f: PageFigure, ev: PageEvidence): Omit<ClaimMatch, 'claimId'> {
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
 * Phases 4 and 5 for a page: each claim's match. Claims of one shape share a figure, and its
 * status, cross-references and topic are decided once.
 */
function matchesOf(
  claims: readonly PageClaim[],
  claimants: readonly (Claimant | null)[],
  read: PageRead,
  evidence: readonly PageEvidence[],
): ClaimMatch[] {
  const decided = read.figures.map((f, k) => matchOf(f, evidence[k] as PageEvidence));
  const out = new Array<ClaimMatch>(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const claimId = (claims[i] as PageClaim).id;
    const m = decided[read.slotOf[i] as number];
    if (!m) {
      const claimant = claimantRef(claimants[i] ?? null);
      out[i] = { claimId, status: 'unmatched', topic: null, claimant, others: [], related: [] };
      continue;
    }
    out[i] = {
      claimId,
      status: m.status,
      topic: m.topic,
      claimant: m.claimant,
      others: m.others,
      related: m.related,
    };
  }
  return out;
}

/**
 * "200 km² (77 sq mi)": a restatement takes the match of the figure it restates (when that one
 * was `read` as a quantity), its cross-references in its own unit.
 */
function restate(
  claims: readonly PageClaim[],
  matches: ClaimMatch[],
  read: (i: number) => boolean,
): ClaimMatch[] {
  let byId: Map<string, number> | null = null;
  // a restatement follows what it restates: the claim before it, else looked up by id
  const indexOf = (i: number, id: string): number | undefined => {
    if (claims[i - 1]?.id === id) return i - 1;
    if (!byId) {
      byId = new Map();
      for (let k = 0; k < claims.length; k++) byId.set((claims[k] as PageClaim).id, k);
    }
    return byId.get(id);
  };
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as PageClaim;
    if (c.sameAs === null) continue;
    const at = indexOf(i, c.sameAs);
    const first = at === undefined ? undefined : matches[at];
    if (at === undefined || !first || !read(at)) continue;
    const ratio = (whatOf(c)?.factor ?? 1) / (whatOf(claims[at] as PageClaim)?.factor ?? 1);
    matches[i] = {
      ...first,
      claimId: c.id,
      others: inUnit(first.others, ratio),
      related: inUnit(first.related, ratio),
    };
  }
  return matches;
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
      const sources = shareRevisionSources(claims, pageSources(claims, claimants));
      const page: PageContext = { meta, country: articleCountry(claims) };
      const read = readPage(ctx, page, claims, sources);
      const evidence = comparePage(read.figures, meta);
      const matches = matchesOf(claims, claimants, read, evidence);
      return restate(claims, matches, (i) => (read.slotOf[i] as number) >= 0);
    },
    info: () => {
      // source families are counted once, on the first request (options, popup), not on every load
      ctx.info.families ??= ctx.sets.flatMap((s) => summarizeFamilies(s.ds));
      return ctx.info;
    },
  };
}
