import { isBoilerplate, isSkipped } from './boilerplate';

/** Length of paragraph-like text under `el`, leaving out boilerplate. */
function paragraphText(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p, li, blockquote, h2, h3')) {
    if (p.tagName === 'LI' && p.closest('nav, ol, ul')?.closest('aside, nav, footer')) continue;
    let skip = false;
    for (let a: Element | null = p; a && a !== el; a = a.parentElement) {
      if (isSkipped(a) || isBoilerplate(a)) {
        skip = true;
        break;
      }
    }
    if (!skip) n += (p.textContent ?? '').trim().length;
  }
  return n;
}

/** The element whose direct paragraphs hold the most text: a density fallback for div soup. */
function densest(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of doc.body?.querySelectorAll('p') ?? []) {
    const parent = p.parentElement;
    if (!parent) continue;
    let skip = false;
    for (let a: Element | null = p; a; a = a.parentElement) {
      if (isSkipped(a) || isBoilerplate(a)) {
        skip = true;
        break;
      }
    }
    if (skip) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
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
