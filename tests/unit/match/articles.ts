/** Running project-written articles through extraction and matching, for the match tests. */
import { extractClaims } from '../../../utils/extract';
import type { Matcher } from '../../../utils/match';
import type { ClaimMatch, PageClaim } from '../../../utils/schema';

/** Extracts and matches an article published on `published`, returning each claim with its match. */
export function runArticle(matcher: Matcher, text: string, published: string): [PageClaim, ClaimMatch][] {
  const claims = extractClaims(text, { published });
  const meta = { url: 'https://example.org/news', published, outlet: 'Example', headline: null };
  const matches = matcher.match(claims, meta);
  return claims.map((c, i) => [c, matches[i] as ClaimMatch]);
}

/** The match of the claim whose text starts with `text`. */
export function findMatch(rows: [PageClaim, ClaimMatch][], text: string): ClaimMatch {
  const row = rows.find(([c]) => c.text.startsWith(text));
  if (!row) throw new Error(`no claim "${text}" in ${rows.map(([c]) => c.text).join(' | ')}`);
  return row[1];
}
