import type { PageClaim } from '../schema';

/** How far back a part's whole is looked for before the page's claims are indexed by id. */
const NEAR_WHOLE = 8;

/**
 * Finds a claim by id for the claim at `i` that refers to it: a whole is written just before
 * its part ("…137 drones, 63 of them…"), so the few claims before are looked at first, and the
 * page is indexed by id only when a reference reaches further.
 */
export function claimFinder(claims: readonly PageClaim[]): (i: number, id: string) => number | undefined {
  let byId: Map<string, number> | null = null;
  return (i, id) => {
    for (let k = i - 1; k >= 0 && k >= i - NEAR_WHOLE; k--) if ((claims[k] as PageClaim).id === id) return k;
    if (!byId) {
      byId = new Map();
      for (let k = 0; k < claims.length; k++) byId.set((claims[k] as PageClaim).id, k);
    }
    return byId.get(id);
  };
}
