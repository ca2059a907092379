import { isBoilerplate, isSkipped } from './boilerplate';

const PARAGRAPH_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H2', 'H3']);

/**
 * Length of paragraph-like text under `el`, leaving out boilerplate: one walk
 * that skips navigation, asides and ads whole, and stops at each paragraph.
 */
function paragraphText(el: Element): number {
  let n = 0;
  const walk = (e: Element) => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      if (isSkipped(c) || isBoilerplate(c)) continue;
      if (PARAGRAPH_TAGS.has(c.tagName.toUpperCase())) n += (c.textContent ?? '').trim().length;
      else walk(c);
    }
  };
  walk(el);
  return n;
}

/** Inline elements whose text belongs to the paragraph around them. */
const INLINE = /^(A|B|I|EM|STRONG|SPAN|SMALL|SUB|SUP|ABBR|CITE|Q|TIME|MARK|U|S|CODE|BR|FONT|DFN|DATA)$/;

/** Text of `el` outside its block children: what it shows as one paragraph. */
function inlineTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c as Text).data.trim().length;
    else if (c.nodeType === 1 && INLINE.test((c as Element).tagName.toUpperCase()))
      n += (c.textContent ?? '').trim().length;
  }
  return n;
}

/** Paragraph-like: long enough and written in sentences, unlike a menu, a price list or a headline. */
const SENTENCE_END = /[.!?]["”’)]?(\s|$)/;

/**
 * The element holding the most paragraph-like text, counted for each block's
 * parent (and half for its grandparent), as readability does: a density
 * fallback for div soup without `<article>`, `<main>` or even `<p>`.
 */
function densest(doc: Document): Element | null {
  const score = new Map<Element, number>();
  const add = (el: Element | null, n: number) => el && score.set(el, (score.get(el) ?? 0) + n);
  const walk = (e: Element) => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      if (isSkipped(c) || isBoilerplate(c)) continue;
      const own = inlineTextLength(c);
      if (own >= 80 && SENTENCE_END.test(c.textContent ?? '')) {
        add(c.parentElement, own);
        add(c.parentElement?.parentElement ?? null, own / 2);
      }
      walk(c);
    }
  };
  if (doc.body) walk(doc.body);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Finds the element holding the article body: a marked article body, the
 * `<article>` with most text (their container when several share it, as on a
 * live blog), `<main>`, then the densest block of paragraphs.
 */
export function findArticleRoot(doc: Document): Element | null {
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked && paragraphText(marked) > 0) return marked;

  const articles = [...doc.querySelectorAll('article')].filter((a) => !isSkipped(a) && !isBoilerplate(a));
  const scored = articles.map((a) => ({ el: a, text: paragraphText(a) })).filter((a) => a.text > 0);
  scored.sort((x, y) => y.text - x.text);
  const main = doc.querySelector('main, [role="main"]');
  const mainText = main ? paragraphText(main) : 0;
  const top = scored[0];
  if (top) {
    // Several articles of similar weight under one container: a live blog.
    const siblings = scored.filter((a) => a.el.parentElement === top.el.parentElement && a.el !== top.el);
    if (siblings.length > 0 && top.el.parentElement && siblings[0]!.text > top.text * 0.2) {
      return top.el.parentElement;
    }
    if (!main || top.text >= mainText * 0.5 || main.contains(top.el)) return top.el;
  }
  if (main && mainText > 0) return main;
  return densest(doc) ?? doc.body;
}
