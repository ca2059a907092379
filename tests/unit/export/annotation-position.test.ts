import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeFor, readArticle } from '../../../utils/article';
import { noteToAnnotation } from '../../../utils/export';
import { extractClaims } from '../../../utils/extract';
import { noteDraft } from '../../../utils/notes';
import { unmatchedMatch } from '../../../utils/schema/match';
import type { TextPositionSelector, TextQuoteSelector } from '../../../utils/schema/notes';
import { loadHtml } from '../support/dom';

/** Where a TextPositionSelector's start lands, and the text it covers. */
interface Resolved {
  text: string;
  node: Node | null;
  offset: number;
}

/**
 * An implementation of the W3C TextPositionSelector written apart from Tally's, as annotation
 * tools resolve it against `document.body`: the data of every text node under it (comments
 * and the like left out), in document order.
 */
function resolvePosition(root: Node, selector: TextPositionSelector): Resolved {
  let seen = 0;
  let text = '';
  let node: Node | null = null;
  let offset = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const at = stack.pop()!;
    if (at.nodeType === 3 || at.nodeType === 4) {
      const data = (at as CharacterData).data;
      if (node === null && seen + data.length > selector.start) {
        node = at;
        offset = selector.start - seen;
      }
      const from = Math.max(0, selector.start - seen);
      const to = Math.min(data.length, selector.end - seen);
      if (to > from) text += data.slice(from, to);
      seen += data.length;
    } else if (at.nodeType === 1 || at.nodeType === 11) {
      for (let i = at.childNodes.length - 1; i >= 0; i--) stack.push(at.childNodes[i]!);
    }
  }
  return { text, node, offset };
}

const pages = [
  ...readdirSync('tests/fixtures/pages').map((slug) => join('tests/fixtures/pages', slug, 'page.html')),
  'tests/fixtures/sites/notes/page.html',
  'tests/fixtures/sites/dark/page.html',
];

describe(
  'an exported annotation re-anchors on its page with an independent TextPositionSelector',
  { timeout: 30_000 },
  () => {
    it.each(pages)('%s', (file) => {
      const doc = loadHtml(readFileSync(file, 'utf8'));
      const article = readArticle(doc, 'https://news.example/a');
      const claims = extractClaims(article.text, { published: article.meta.published ?? undefined });
      expect(claims.length).toBeGreaterThan(0);
      // Twenty figures spread over the page (happy-dom's ranges are slow on long pages).
      const every = Math.ceil(claims.length / 20);
      for (const claim of claims.filter((_, i) => i % every === 0)) {
        const draft = noteDraft(
          article,
          'https://news.example/a',
          doc.title,
          claim,
          unmatchedMatch(claim.id),
          false,
        );
        const annotation = noteToAnnotation({
          ...draft,
          id: claim.id,
          noted: '2026-01-01T00:00:00.000Z',
          updated: '2026-01-01T00:00:00.000Z',
          comment: '',
          tags: [],
          anchor: { state: 'anchored', checked: '2026-01-01T00:00:00.000Z', text: null },
        });
        const [quote, position] = annotation.target.selector as [TextQuoteSelector, TextPositionSelector];
        expect(quote.type).toBe('TextQuoteSelector');
        expect(position?.type, claim.text).toBe('TextPositionSelector');
        const resolved = resolvePosition(doc.body, position);
        expect(resolved.text).toBe(quote.exact);
        expect(doc.body.textContent!.slice(position.start, position.end)).toBe(quote.exact);
        // …and at the very spot Tally painted, not the same words elsewhere on the page.
        const range = rangeFor(article.map, claim.start, claim.end)!;
        expect([resolved.node, resolved.offset]).toEqual([range.startContainer, range.startOffset]);
      }
    });
  },
);
