import { describe, expect, it, vi } from 'vitest';

/** Written for this test: figures, a quotation and a speaker, long enough to fill many tokens. */
const LONG = Array.from(
  { length: 40 },
  (_, k) =>
    `Officials said ${k + 3} drones were shot down over the district overnight. “We evacuated about ${
      (k + 1) * 120
    } residents,” the mayor told reporters on Monday.`,
).join('\n\n');
const SHORT = 'The Ministry said 12 missiles were fired.';
const OPTIONS = { published: '2025-03-19' };

/** extractClaims from a freshly loaded module: no token objects left from earlier calls. */
async function freshExtract() {
  vi.resetModules();
  return (await import('../../../utils/extract')).extractClaims;
}

describe('token objects reused between calls', () => {
  it.each([
    ['a long text after a short one', LONG, SHORT],
    ['a short text after a long one', SHORT, LONG],
  ])('%s gives the same claims as in a fresh module', async (_, text, before) => {
    const want = JSON.stringify((await freshExtract())(text, OPTIONS));
    const extract = await freshExtract();
    extract(before, OPTIONS);
    expect(JSON.stringify(extract(text, OPTIONS))).toBe(want);
  });
});
