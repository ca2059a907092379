import type { ArticleMeta, ClaimMatch, PageClaim } from '../utils/schema';
import { sideLabel, formatFigure } from './format';

/**
 * A plain-text citation of a figure: what was said, by whom, where it was
 * read, and the other sides' figures with their sources.
 */
export function citationText(claim: PageClaim, match: ClaimMatch, meta: ArticleMeta): string {
  const who = match.claimant
    ? `${match.claimant.name} (${sideLabel(match.claimant.side)})`
    : (claim.speaker ?? 'unattributed');
  const where = [meta.outlet, meta.published?.slice(0, 10), meta.url].filter(Boolean).join(', ');
  const lines = [`“${claim.text}” — ${who}${where ? `, as reported in ${where}` : ''}.`];
  if (match.topic) lines.push(`Topic: ${match.topic.label}.`);
  for (const o of match.others) {
    const side = o.side ? ` (${sideLabel(o.side)})` : '';
    const src = o.origin === 'page' ? 'same article' : (o.source?.url ?? 'no source');
    lines.push(`- ${o.name}${side}: ${formatFigure(o)} — ${src}`);
  }
  return lines.join('\n');
}
