import { describe, expect, it } from 'vitest';
import { readArticle, rangeFor } from '../../../utils/article';
import { loadHtml as doc } from '../support/dom';

const SHELL = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> 24 hours</nav>
  <aside class="most-read"><ol><li>5 things to know</li><li>3,000 jobs cut</li></ol></aside>
  ${body}
  <footer>Call 555 0100. © 2025</footer></body></html>`;

describe('readArticle', () => {
  it.each([
    ['an <article>', '<article><h1>Title</h1><p>Officials said 145 drones were launched.</p></article>'],
    ['a <main>', '<main><p>Officials said 145 drones were launched.</p></main>'],
    [
      'itemprop articleBody',
      '<div itemprop="articleBody"><p>Officials said 145 drones were launched.</p></div>',
    ],
    [
      'div soup, by density',
      '<div class="x"><div class="y"><p>Officials said 145 drones were launched overnight across the country.</p><p>Another paragraph of the story follows here.</p></div></div>',
    ],
    [
      'div soup without <p>, by density',
      '<div class="l"><div class="row">EUR 3,000 +0.6%</div><div class="row">Kyiv 6°C</div></div>' +
        '<div class="m"><div class="t">Officials said 145 drones were launched overnight across the country, and most were shot down.</div>' +
        '<div class="t">A second paragraph of the story follows here, long enough to read as prose rather than a menu.</div></div>',
    ],
  ])('finds the body in %s and leaves out the shell', (_name, body) => {
    const a = readArticle(doc(SHELL(body)));
    expect(a.text).toContain('145 drones');
    expect(a.text).not.toContain('3,000');
    expect(a.text).not.toContain('555');
  });

  it.each([
    ['script', '<script>var n = 99;</script>'],
    ['form', '<form><label>99 options</label></form>'],
    ['ad slot', '<div class="ad-slot">99% off</div>'],
    ['figure credit', '<figure><img alt=""><figcaption>Photo: 99 Agency</figcaption></figure>'],
    ['hidden', '<p hidden>99 hidden</p>'],
    ["Tally's own UI", '<tally-popover>99 drones</tally-popover>'],
  ])('leaves out a %s inside the article', (_name, inner) => {
    const a = readArticle(doc(`<article><p>Officials said 145 drones were launched.</p>${inner}</article>`));
    expect(a.text).not.toContain('99');
  });

  it('separates paragraphs with a blank line and collapses whitespace', () => {
    const a = readArticle(doc('<article><p>One   <b>two</b>\n three.</p><p>Four.</p></article>'));
    expect(a.text).toBe('One two three.\n\nFour.');
    expect(a.blocks).toEqual([
      { start: 0, end: 14 },
      { start: 16, end: 21 },
    ]);
  });

  it('takes the container of several entries on a live blog', () => {
    const a = readArticle(
      doc(
        '<main><div class="feed"><article><p>First entry with 10 drones reported by officials.</p></article><article><p>Second entry with 20 missiles reported by officials.</p></article></div></main>',
      ),
    );
    expect(a.text).toContain('10 drones');
    expect(a.text).toContain('20 missiles');
  });
});

describe('readMeta', () => {
  it.each([
    [
      'JSON-LD NewsArticle',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2025-03-19T09:00:00Z","publisher":{"@type":"Organization","name":"Ledger"}}</script>',
      { published: '2025-03-19T09:00:00Z', outlet: 'Ledger', headline: 'H' },
    ],
    [
      'JSON-LD @graph',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"G","datePublished":"2025-03-18"}]}</script>',
      { published: '2025-03-18', headline: 'G' },
    ],
    [
      'meta tags',
      '<meta property="article:published_time" content="2025-03-17"><meta property="og:site_name" content="Site">',
      { published: '2025-03-17', outlet: 'Site' },
    ],
    [
      'a malformed JSON-LD block',
      '<script type="application/ld+json">{not json</script>',
      { published: null },
    ],
  ])('reads %s', (_name, head, expected) => {
    const a = readArticle(
      doc(`<html><head>${head}</head><body><article><p>Text 5 drones.</p></article></body></html>`),
    );
    expect(a.meta).toMatchObject(expected);
  });

  it('falls back on <time datetime> in the article', () => {
    const a = readArticle(doc('<article><time datetime="2025-03-16">16 March</time><p>Text.</p></article>'));
    expect(a.meta.published).toBe('2025-03-16');
  });
});

describe('rangeFor', () => {
  it.each([
    ['inside one node', '<article><p>They said 145 drones flew.</p></article>', '145 drones'],
    [
      'across inline elements',
      '<article><p>They said <b>145</b> <i>attack</i> drones flew.</p></article>',
      '145 attack drones',
    ],
    [
      'after collapsed whitespace',
      '<article><p>They   said\n\n   145    drones flew.</p></article>',
      '145    drones',
    ],
    [
      'past a whitespace-only inline element',
      '<article><p>They said <b> </b> 145 <i>drones</i> flew.</p></article>',
      '145 drones',
    ],
    [
      'in a node that starts with whitespace',
      '<article><p><span>  145 drones</span> flew.</p></article>',
      '145 drones',
    ],
  ])('maps text offsets back to the DOM %s', (_name, html, expected) => {
    const a = readArticle(doc(html));
    const wanted = expected.replace(/\s+/g, ' ');
    const start = a.text.indexOf(wanted);
    const range = rangeFor(a.map, start, start + wanted.length);
    expect(range?.toString()).toBe(expected);
  });

  it('returns null once the page removed the text', () => {
    const d = doc('<article><p>They said 145 drones flew.</p></article>');
    const a = readArticle(d);
    d.querySelector('p')!.remove();
    expect(rangeFor(a.map, 10, 20)).toBeNull();
  });
});

describe('entry sections of a live blog', () => {
  const BLOG = `<main><div class="feed">
    <article><time datetime="2025-03-20T08:45:00+02:00">08:45</time><p>The Air Force said 171 drones were launched overnight.</p></article>
    <article><time datetime="2025-03-19T08:30:00+02:00">08:30</time><p>The Air Force said 145 drones were launched overnight.</p></article>
  </div></main>`;

  it('gives each entry its own date, covering its text', () => {
    const a = readArticle(doc(BLOG));
    expect(a.sections.map((s) => s.published)).toEqual([
      '2025-03-20T08:45:00+02:00',
      '2025-03-19T08:30:00+02:00',
    ]);
    expect(a.sections.map((s) => a.text.slice(s.start, s.end))).toEqual([
      '08:45\n\nThe Air Force said 171 drones were launched overnight.',
      '08:30\n\nThe Air Force said 145 drones were launched overnight.',
    ]);
  });

  it('finds none in an ordinary article', () => {
    const a = readArticle(
      doc('<article><time datetime="2025-03-19">19 March</time><p>They said 145 drones.</p></article>'),
    );
    expect(a.sections).toEqual([]);
  });
});
