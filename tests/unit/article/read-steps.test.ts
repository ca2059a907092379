import { describe, expect, it } from 'vitest';
import { readArticle, readArticleSteps } from '../../../utils/article';
import { loadHtml as doc } from '../support/dom';

/** A live blog of `entries` entries, each with nested inline markup and a figure. */
function blog(entries: number): string {
  const entry = (i: number) =>
    `<article class="entry"><time datetime="2025-03-20T08:${String(i % 60).padStart(2, '0')}:00Z">08:${i % 60}</time>` +
    `<h2>Update ${i}</h2><p>Officials <b>said</b> ${i + 10} drones were <i>launched</i> overnight.</p>` +
    `<ul><li>One point</li><li>Another, <a href="#x">with a link</a></li></ul></article>`;
  return `<!doctype html><html><head><title>Live</title></head><body><main>${Array.from({ length: entries }, (_, i) => entry(i)).join('')}</main></body></html>`;
}

/** Reads in steps, pausing at every chance; returns the article and how many times it paused. */
function readPausing(d: Document): { article: ReturnType<typeof readArticle>; pauses: number } {
  const steps = readArticleSteps(d, null, () => true);
  let pauses = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { article: step.value, pauses };
    pauses++;
  }
}

// Building a long page in a fake DOM is slow on a busy machine.
describe('reading an article in steps', { timeout: 30_000 }, () => {
  it.each([
    ['a short article', '<article><p>Officials said 145 drones were launched.</p><p>Next.</p></article>'],
    ['a live blog of 150 entries', blog(150)],
  ])('gives %s exactly as one reading does', (_name, html) => {
    const d = doc(html);
    const whole = readArticle(d);
    const { article } = readPausing(d);
    expect(article.text).toBe(whole.text);
    expect(article.blocks).toEqual(whole.blocks);
    expect(article.sections).toEqual(whole.sections);
    expect(article.map.segments.map((s) => [s.node, s.start, s.length])).toEqual(
      whole.map.segments.map((s) => [s.node, s.start, s.length]),
    );
  });

  it('pauses every so often on a long page, and only when asked', () => {
    const d = doc(blog(150));
    expect(readPausing(d).pauses).toBeGreaterThan(10);
    const steps = readArticleSteps(d, null, () => false);
    expect(steps.next().done).toBe(true);
  });
});
