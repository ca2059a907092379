import type { ArticleMeta, Claimant, ClaimMatch, DatasetInfo, PageClaim } from '../schema';
import type { Dataset } from '../dataset/dataset';
import { summarizeFamilies } from '../dataset/families';
import { createContext } from './context';
import type { MatchContext, PageContext } from './context';
import { lookUp, ownsRecord } from './lookup';
import type { Reading } from './lookup';
import { readQuantities } from './read';
import { decideStatus, recordEvidence } from './status';
import { topicOf } from './topic';
import { bucketKey, bucketsOf, doubt, pageEvidence } from './within-page';

/** Matches a page's claims against the bundled dataset and packs. */
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
 * Reads one claim (phase 1) and looks up its records (phase 2); a tie between metrics is
 * broken by the speaker's own record, and stays unread when that cannot break it.
 */
function readClaim(
  ctx: MatchContext,
  page: PageContext,
  claim: PageClaim,
  index: number,
  claimant: Claimant | null,
): Reading | null {
  const readings = readQuantities(ctx, page, claim, index, claimant).map((q) => lookUp(ctx, q));
  if (readings.length <= 1) return readings[0] ?? null;
  const owned = readings.filter(ownsRecord);
  return owned.length === 1 ? (owned[0] as Reading) : null;
}

/** Speakers resolved in page order: "the ministry", "he" refer back to the latest fitting claimant. */
function resolveSpeakers(ctx: MatchContext, claims: readonly PageClaim[]): (Claimant | null)[] {
  const order = claims.map((_, i) => i).sort((a, b) => (claims[a]?.start ?? 0) - (claims[b]?.start ?? 0));
  const recent: Claimant[] = [];
  const out = new Array<Claimant | null>(claims.length).fill(null);
  for (const i of order) {
    const claimant = ctx.resolver.resolve((claims[i] as PageClaim).speaker, recent);
    if (claimant) {
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
 * Builds a matcher over the bundled dataset and any packs. Matching a page runs in phases,
 * each its own module: read each figure as a quantity (read.ts), look up its records
 * (lookup.ts), compare it within the page (within-page.ts), decide its status (status.ts)
 * and name its topic (topic.ts).
 */
export function createMatcher(dataset: Dataset, packs: Dataset[] = []): Matcher {
  const ctx = createContext(dataset, packs);
  return {
    match(claims: PageClaim[], meta: ArticleMeta): ClaimMatch[] {
      const page: PageContext = { meta };
      const speakers = resolveSpeakers(ctx, claims);
      const readings = claims.map((c, i) => readClaim(ctx, page, c, i, speakers[i] ?? null));
      doubt(readings);
      const buckets = bucketsOf(readings.filter((r): r is Reading => r !== null));
      const byId = new Map<string, ClaimMatch>();
      const out = claims.map((c, i): ClaimMatch => {
        const r = readings[i];
        const unmatched: ClaimMatch = {
          claimId: c.id,
          status: 'unmatched',
          topic: null,
          claimant: claimantRef(speakers[i] ?? null),
          others: [],
          related: [],
        };
        let m = unmatched;
        if (r) {
          const records = recordEvidence(r);
          const onPage = pageEvidence(r, buckets.get(bucketKey(r) ?? '') ?? [], meta, records.others);
          const { status, shown } = decideStatus(r, records, onPage);
          m =
            status === 'unmatched'
              ? { ...unmatched, claimant: claimantRef(r.claimant) }
              : {
                  claimId: c.id,
                  status,
                  topic: topicOf(r),
                  claimant: claimantRef(r.claimant),
                  others: shown,
                  related: [],
                };
        }
        byId.set(c.id, m);
        return m;
      });
      // "200 km² (77 sq mi)": the restatement shares the first figure's match
      return out.map((m, i) => {
        const same = claims[i]?.sameAs;
        const first = same ? byId.get(same) : undefined;
        return first ? { ...first, claimId: m.claimId } : m;
      });
    },
    info: () => {
      // source families are counted once, on the first request (options, popup), not on every load
      ctx.info.families ??= ctx.sets.flatMap((s) => summarizeFamilies(s.ds));
      return ctx.info;
    },
  };
}
