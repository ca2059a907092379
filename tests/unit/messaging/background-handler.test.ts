import { describe, expect, it } from 'vitest';
import { createBackgroundHandler, type MatcherLike } from '../../../utils/messaging';
import { makeClaim, makeFrame, makeLoneMatch } from '../support/records';

const claim = makeClaim({ start: 0, end: 10, speaker: null, frame: makeFrame() });

const matcher: MatcherLike = {
  match: (claims) => claims.map((c) => makeLoneMatch({ claimId: c.id })),
  info: () => ({ claims: 1, claimants: 1, metrics: 1, sources: 1, from: null, to: null }),
};
const meta = { url: null, published: '2025-03-19', outlet: null, headline: null };

describe('background handler', () => {
  const handle = createBackgroundHandler(async () => matcher);

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
    const reply = await handle(raw);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toContain(fragment);
  });

  it('keeps serving after a malformed message', async () => {
    await handle({ type: 'match' });
    const reply = await handle({ type: 'match', article: meta, claims: [claim] });
    expect(reply).toEqual({
      ok: true,
      matches: [expect.objectContaining({ claimId: 'c0', status: 'single' })],
    });
  });

  it('extracts and matches an article sent for analysis, claims and matches in the same order', async () => {
    const reply = await handle({
      type: 'analyze',
      article: meta,
      text: "Ukraine's Air Force said Russia launched 145 drones overnight. It said 72 were shot down.",
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok || !('claims' in reply)) return;
    expect(reply.claims.map((c) => c.value)).toEqual([145, 72]);
    expect(reply.matches.map((m) => m.claimId)).toEqual(reply.claims.map((c) => c.id));
  });

  it('answers dataset-info', async () => {
    expect(await handle({ type: 'dataset-info' })).toMatchObject({ ok: true, info: { claims: 1 } });
  });

  it('turns a failing matcher into an error reply', async () => {
    const failing = createBackgroundHandler(async () => {
      throw new Error('dataset file claims.json: 404');
    });
    expect(await failing({ type: 'dataset-info' })).toEqual({
      ok: false,
      error: 'dataset file claims.json: 404',
    });
  });
});
