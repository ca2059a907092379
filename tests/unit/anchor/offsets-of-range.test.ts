import { describe, expect, it } from 'vitest';
import { rangeFor, readArticle } from '../../../utils/article';
import { offsetsOfRange } from '../../../utils/anchor';
import { loadHtml } from '../support/dom';

const PAGE = `<html><head><title>t</title></head><body><article>
<h1>Night attack</h1>
<p>Russia launched <b>145 attack</b> and decoy drones overnight, the Air Force said.</p>
<p>Air defences shot down 98 of them.</p>
</article></body></html>`;

describe('offsetsOfRange', () => {
  it.each(['145 attack and decoy drones', '98 of them', 'attack and', 'said.\n\nAir defences'])(
    'gives back the article offsets a range for %j covers',
    (figure) => {
      const doc = loadHtml(PAGE);
      const article = readArticle(doc);
      const start = article.text.indexOf(figure);
      expect(start).toBeGreaterThanOrEqual(0);
      const range = rangeFor(article.map, start, start + figure.length)!;
      expect(offsetsOfRange(article.map, range)).toEqual({ start, end: start + figure.length });
    },
  );

  it('returns null for a range outside the article', () => {
    const doc = loadHtml(`${PAGE.replace('</body>', '<footer>Contact 555 1234</footer></body>')}`);
    const article = readArticle(doc);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('footer')!);
    expect(offsetsOfRange(article.map, range)).toBeNull();
  });
});
