import { describeSpan } from '../anchor/describe-span';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../schema';
import { emptyFrame } from '../schema/claim';
import type { NoteDraft } from '../schema/notes';
import { pageKey } from './page-key';

/** The longest selection that can become a manual claim (the quote selector's limit). */
export const MAX_MANUAL_LENGTH = 2000;

/**
 * A note draft for `claim` on the article whose text is `text`: the claim and
 * its match as they are now, the page, and the selectors that find it again.
 * The page's title is the article's headline, else `title` (the document's).
 */
export function noteDraft(
  article: { text: string; meta: ArticleMeta },
  pageUrl: string,
  title: string | null,
  claim: PageClaim,
  match: ClaimMatch,
  manual: boolean,
): NoteDraft {
  const { quote, position } = describeSpan(article.text, claim.start, claim.end);
  return {
    claim,
    match,
    manual,
    page: {
      url: pageKey(pageUrl),
      title: article.meta.headline ?? (title || null),
      outlet: article.meta.outlet,
      published: article.meta.published,
    },
    quote,
    position,
  };
}

/**
 * A reader's selection `text[start, end)` with the whitespace around it
 * trimmed; null for an empty or overlong selection.
 */
export function trimSelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end <= start || end - start > MAX_MANUAL_LENGTH ? null : { start, end };
}

/**
 * A claim made from a reader's selection (`span`, trimmed): its figure is the
 * first one the extractor `found` in the selected words (the background parses
 * them), the rest left for the reader (the speaker is editable in the side panel).
 */
export function manualClaim(
  text: string,
  span: { start: number; end: number },
  found: readonly PageClaim[],
): PageClaim {
  const { start, end } = span;
  const figure = found.find((c) => !c.vague) ?? found[0] ?? null;
  return {
    id: `manual-${start}-${end}`,
    start,
    end,
    text: text.slice(start, end),
    value: figure?.value ?? null,
    low: figure?.low ?? null,
    high: figure?.high ?? null,
    qualifier: figure?.qualifier ?? '=',
    unit: figure?.unit ?? null,
    concept: figure?.concept ?? null,
    speaker: figure?.speaker ?? null,
    vague: figure?.vague ?? false,
    sameAs: null,
    frame: figure?.frame ?? emptyFrame(),
  };
}
