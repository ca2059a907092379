import { bodySelectors } from '../anchor/body-selectors';
import { describeSpan } from '../anchor/describe-span';
import { rangeFor, type TextMap } from '../article/text-map';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../schema';
import { emptyFrame } from '../schema/claim';
import type { NoteDraft, NotePage } from '../schema/notes';
import { pageKey } from './page-key';

/** The longest selection that can become a manual claim (the quote selector's limit). */
export const MAX_MANUAL_LENGTH = 2000;

/** The page a note is filed under: the URL as a page key, the headline (else `title`), outlet and date. */
export function notePage(meta: ArticleMeta, pageUrl: string, title: string | null): NotePage {
  return {
    url: pageKey(pageUrl),
    title: meta.headline ?? (title || null),
    outlet: meta.outlet,
    published: meta.published,
  };
}

/**
 * A note draft for `claim` on the article whose text is `text`: the claim and
 * its match as they are now, the page, and the selectors that find it again.
 * The page's title is the article's headline, else `title` (the document's). With the
 * article's text `map` (in the page), its selectors in the body's text are kept too.
 */
export function noteDraft(
  article: { text: string; meta: ArticleMeta; map?: TextMap },
  pageUrl: string,
  title: string | null,
  claim: PageClaim,
  match: ClaimMatch,
  manual: boolean,
): NoteDraft {
  const { quote, position } = describeSpan(article.text, claim.start, claim.end);
  const range = article.map ? rangeFor(article.map, claim.start, claim.end) : null;
  const bodyText = range ? bodySelectors(range) : null;
  return {
    claim,
    match,
    manual,
    page: notePage(article.meta, pageUrl, title),
    quote,
    position,
    ...(bodyText ? { bodyText } : {}),
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
 * A claim made from the words a reader selected (`selected`, trimmed), found at `span`
 * in the article text: its figure is the first one the extractor `found` in those words
 * (the background parses them), the rest left for the reader (the speaker is editable in
 * the side panel).
 */
export function manualClaim(
  selected: string,
  span: { start: number; end: number },
  found: readonly PageClaim[],
): PageClaim {
  const { start, end } = span;
  const figure = found.find((c) => !c.vague) ?? found[0] ?? null;
  return {
    id: `manual-${start}-${end}`,
    start,
    end,
    text: selected,
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
