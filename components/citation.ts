import { formatDay } from '../utils/i18n/format';
import { t } from '../utils/i18n/messages';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../utils/schema';
import { sideLabel, formatFigure } from './format';

/**
 * A plain-text citation of a figure, in the language in force: what was said, by whom, where it
 * was read, and the other sides' figures with their sources.
 */
export function citationText(claim: PageClaim, match: ClaimMatch, meta: ArticleMeta): string {
  const who = match.claimant
    ? t('citation.whoSide', { who: match.claimant.name, side: sideLabel(match.claimant.side) })
    : (claim.speaker ?? t('who.unattributedLower'));
  // A date ends with "р." or "г." in Ukrainian and Russian: the sentence's own full stop is not doubled.
  const where = [meta.outlet, formatDay(meta.published), meta.url]
    .filter(Boolean)
    .join(', ')
    .replace(/\.$/, '');
  const lines = [
    where
      ? t('citation.quoteWhere', { quote: claim.text, who, where })
      : t('citation.quote', { quote: claim.text, who }),
  ];
  if (match.topic) lines.push(t('citation.topic', { topic: match.topic.label }));
  for (const o of match.others) {
    const name = o.side ? t('citation.whoSide', { who: o.name, side: sideLabel(o.side) }) : o.name;
    const source =
      o.origin === 'page' ? t('citation.sameArticle') : (o.source?.url ?? t('citation.noSource'));
    lines.push(t('citation.otherFigure', { name, figure: formatFigure(o), source }));
  }
  return lines.join('\n');
}
