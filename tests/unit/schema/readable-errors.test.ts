import { beforeAll, describe, expect, it } from 'vitest';
import { createBackgroundHandler, type MatcherLike } from '../../../utils/messaging';
import { useReadableErrors } from '../../../utils/schema/readable-errors';
import { makeClaim, makeLoneMatch } from '../support/records';
import { contentScript } from '../support/senders';

const matcher: MatcherLike = {
  match: (claims) => claims.map((c) => makeLoneMatch({ claimId: c.id })),
  info: () => ({ claims: 0, claimants: 0, metrics: 0, sources: 0, from: null, to: null }),
};
const meta = { url: null, published: null, outlet: null, headline: null };

describe('readable errors (background and pages)', () => {
  beforeAll(() => useReadableErrors());

  it.each([
    [
      'a word where a number belongs',
      { value: 'many' },
      'claims.0.value: Invalid input: expected number, received string',
    ],
    ['an unknown qualifier', { qualifier: '≈' }, 'claims.0.qualifier: Invalid option: expected one of'],
  ])('say what was expected for %s', async (_name, bad, fragment) => {
    const handle = createBackgroundHandler({ getMatcher: async () => matcher });
    const reply = await handle(
      { type: 'match', article: meta, claims: [{ ...makeClaim(), ...bad }] },
      contentScript(),
    );
    expect(reply.ok ? '' : reply.error).toContain(fragment);
  });
});
