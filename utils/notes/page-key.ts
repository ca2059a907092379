/** Query parameters that only track where a reader came from; the same article either way. */
const TRACKING =
  /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|at_medium|at_campaign)$/i;

/**
 * The key notes are filed under for a page: its URL without the fragment and
 * without tracking parameters, so a note re-anchors however the reader arrived.
 */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    u.searchParams.sort();
    return u.href;
  } catch {
    return url.split('#')[0]!;
  }
}
