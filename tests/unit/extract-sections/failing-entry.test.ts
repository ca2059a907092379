import { describe, expect, it, vi } from 'vitest';

// an extractor that fails on one entry's text, as a bug would
vi.mock('../../../utils/extract/extractClaims', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/extract/extractClaims')>();
  return {
    ...real,
    extractClaims: (text: string, options?: { published?: string | null }) => {
      if (text.includes('BROKEN')) throw new Error('boom');
      return real.extractClaims(text, options);
    },
  };
});

const { extractSections } = await import('../../../utils/extract');

describe('extractSections with an entry the extractor fails on', () => {
  it('keeps the other entries’ claims', () => {
    const good = 'The port authority said 14 ships were waiting.';
    const bad = 'BROKEN entry with 9 barges.';
    const text = `${good}\n\n${bad}`;
    const sections = [
      { start: 0, end: good.length, published: '2025-03-19' },
      { start: good.length + 2, end: text.length, published: '2025-03-20' },
    ];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(extractSections(text, null, sections).map((c) => c.value)).toEqual([14]);
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});
