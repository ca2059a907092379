import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandler, type MatcherLike } from '../../../utils/messaging';
import { EXTENSION_PAGE } from '../support/senders';

const matcher: MatcherLike = {
  match: () => [],
  info: () => ({ claims: 0, claimants: 0, metrics: 0, sources: 0, from: null, to: null }),
};

describe('the packs-changed message', () => {
  it('calls the background’s reload callback and answers ok', async () => {
    const reload = vi.fn();
    const handle = createBackgroundHandler({ getMatcher: async () => matcher, onPacksChanged: reload });
    expect(await handle({ type: 'packs-changed' }, EXTENSION_PAGE)).toEqual({ ok: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not load the matcher to do so', async () => {
    const getMatcher = vi.fn(async () => matcher);
    await createBackgroundHandler({ getMatcher, onPacksChanged: vi.fn() })(
      { type: 'packs-changed' },
      EXTENSION_PAGE,
    );
    expect(getMatcher).not.toHaveBeenCalled();
  });

  it('reports a failing reload as {ok:false}', async () => {
    const handle = createBackgroundHandler({
      getMatcher: async () => matcher,
      onPacksChanged: () => {
        throw new Error('IndexedDB is closed');
      },
    });
    expect(await handle({ type: 'packs-changed' }, EXTENSION_PAGE)).toEqual({
      ok: false,
      error: 'IndexedDB is closed',
    });
  });
});
