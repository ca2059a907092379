import { describe, expect, it } from 'vitest';
import { createBackgroundHandler, type MatcherLike } from '../../../utils/messaging';
import { makeClaim, makeFrame, makeLoneMatch } from '../support/records';
import { EXTENSION_PAGE, contentScript } from '../support/senders';

const claim = makeClaim({ start: 0, end: 10, speaker: null, frame: makeFrame() });

const matcher: MatcherLike = {
  match: (claims) => claims.map((c) => makeLoneMatch({ claimId: c.id })),
  info: () => ({ claims: 1, claimants: 1, metrics: 1, sources: 1, from: null, to: null }),
};
const meta = { url: null, published: '2025-03-19', outlet: null, headline: null };

describe('background handler', () => {
  const handle = createBackgroundHandler({ getMatcher: async () => matcher });
  const PAGE = contentScript();

  it.each([
    ['not an object', 42, 'invalid message'],
    ['an unknown type', { type: 'nuke' }, 'type'],
    [
      'a claim without a value field',
      { type: 'match', article: meta, claims: [{ ...claim, value: undefined }] },
      'claims.0.value',
    ],
    [
      'a bad qualifier',
      { type: 'match', article: meta, claims: [{ ...claim, qualifier: '≈' }] },
      'claims.0.qualifier',
    ],
    ['an analyze without text', { type: 'analyze', article: meta }, 'text'],
    ['an analyze whose article has no metadata', { type: 'analyze', text: 'x' }, 'article'],
  ])('rejects %s with a precise error', async (_name, raw, fragment) => {
    const reply = await handle(raw, PAGE);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toContain(fragment);
  });

  it('keeps serving after a malformed message', async () => {
    await handle({ type: 'match' }, PAGE);
    const reply = await handle({ type: 'match', article: meta, claims: [claim] }, PAGE);
    expect(reply).toEqual({
      ok: true,
      matches: [expect.objectContaining({ claimId: 'c0', status: 'single' })],
    });
  });

  it('extracts and matches an article sent for analysis, claims and matches in the same order', async () => {
    const reply = await handle(
      {
        type: 'analyze',
        article: meta,
        text: "Ukraine's Air Force said Russia launched 145 drones overnight. It said 72 were shot down.",
      },
      PAGE,
    );
    expect(reply.ok).toBe(true);
    if (!reply.ok || !('claims' in reply)) return;
    expect(reply.claims.map((c) => c.value)).toEqual([145, 72]);
    expect(reply.matches.map((m) => m.claimId)).toEqual(reply.claims.map((c) => c.id));
  });

  it('answers dataset-info', async () => {
    expect(await handle({ type: 'dataset-info' }, EXTENSION_PAGE)).toMatchObject({
      ok: true,
      info: { claims: 1 },
    });
  });

  it('turns a failing matcher into an error reply', async () => {
    const failing = createBackgroundHandler({
      getMatcher: async () => {
        throw new Error('dataset file claims-1.json: 404');
      },
    });
    expect(await failing({ type: 'dataset-info' }, EXTENSION_PAGE)).toEqual({
      ok: false,
      error: 'dataset file claims-1.json: 404',
    });
  });
});

describe('reading long articles in the background', () => {
  const sentence = "Ukraine's Air Force said Russia launched 145 drones overnight.";
  /** An article of `n` paragraphs of one sentence (9 words each). */
  const article = (n: number) => Array.from({ length: n }, () => sentence).join('\n\n');

  it('says how much it read: all of a short article', async () => {
    const handle = createBackgroundHandler({ getMatcher: async () => matcher });
    const reply = await handle({ type: 'analyze', article: meta, text: article(3) }, contentScript());
    expect(reply).toMatchObject({ ok: true, read: { words: 27, total: 27 } });
  });

  it('reads a long article up to its limit, at a paragraph end, and says so', async () => {
    const limits = { maxWords: 100, chunkWords: 30 };
    const handle = createBackgroundHandler({ getMatcher: async () => matcher, limits });
    const reply = await handle({ type: 'analyze', article: meta, text: article(50) }, contentScript());
    if (!reply.ok || !('read' in reply)) throw new Error('no read extent');
    expect(reply.read).toEqual({ words: 99, total: 450 });
    expect(reply.claims).toHaveLength(11);
    expect(Math.max(...reply.claims.map((c) => c.end))).toBeLessThan(article(11).length + 1);
  });

  it('finds in pieces exactly what it finds in one go, with ids and offsets into the whole text', async () => {
    const text = article(40);
    const whole = await createBackgroundHandler({ getMatcher: async () => matcher })(
      { type: 'analyze', article: meta, text },
      contentScript(),
    );
    const pieces = await createBackgroundHandler({
      getMatcher: async () => matcher,
      limits: { maxWords: 1000, chunkWords: 16 },
    })({ type: 'analyze', article: meta, text }, contentScript());
    expect(pieces).toEqual(whole);
  });

  it('answers another message while a long article is being read', async () => {
    const handle = createBackgroundHandler({
      getMatcher: async () => matcher,
      limits: { maxWords: 100_000, chunkWords: 50 },
    });
    const order: string[] = [];
    const analysis = handle({ type: 'analyze', article: meta, text: article(400) }, contentScript()).then(
      () => order.push('analyze'),
    );
    // Sent just after the analysis started: answered between two of its pieces, not after it.
    await new Promise((ok) => setTimeout(ok, 0));
    await handle({ type: 'dataset-info' }, EXTENSION_PAGE).then(() => order.push('dataset-info'));
    await analysis;
    expect(order).toEqual(['dataset-info', 'analyze']);
  });

  it('shows the count of diverging figures for the tab whose page it analysed', async () => {
    const shown: [number, number][] = [];
    const diverging: MatcherLike = {
      ...matcher,
      match: (claims) =>
        claims.map((c, i) => makeLoneMatch({ claimId: c.id, status: i ? 'single' : 'diverges' })),
    };
    const handle = createBackgroundHandler({
      getMatcher: async () => diverging,
      onAnalyzed: (tabId, matches) =>
        shown.push([tabId, matches.filter((m) => m.status === 'diverges').length]),
    });
    await handle(
      { type: 'analyze', article: meta, text: article(2) },
      contentScript('https://news.example/a', 9),
    );
    await handle({ type: 'analyze', article: meta, text: article(2) }, EXTENSION_PAGE);
    expect(shown).toEqual([[9, 1]]);
  });
});
