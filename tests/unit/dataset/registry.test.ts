import { describe, expect, it } from 'vitest';
import { CLAIMANTS, METRICS, expand } from '../../../scripts/dataset/registry';
import { CuratedFile, MetricsFile } from '../../../scripts/dataset/schema';

describe('the registry the dataset is built from (scripts/dataset/registry)', () => {
  it('has unique claimant and metric ids', () => {
    expect(new Set(CLAIMANTS.map((c) => c.id)).size).toBe(CLAIMANTS.length);
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
  });

  it('expands shared word lists, and names a missing one', () => {
    expect(expand(['@drones', 'glider'], { drones: ['drone', 'uav'] }, 'x')).toEqual([
      'drone',
      'uav',
      'glider',
    ]);
    expect(() => expand(['@nothing'], {}, 'm concepts')).toThrow(/m concepts: no word list "nothing"/);
  });

  it.each([
    ['a metric kind that does not exist', { words: {}, metrics: [{ kind: 'level' }] }],
    ['a metric without concepts', { words: {}, metrics: [{ id: 'a', concepts: [] }] }],
  ])('rejects %s', (_what, data) => {
    expect(MetricsFile.safeParse(data).success).toBe(false);
  });

  it('rejects a curated row with an unknown side', () => {
    const rows = { r1: { metric: 'a', claimant: 'b', actor: 'atlantis' } };
    expect(CuratedFile.safeParse({ outlets: {}, rows }).success).toBe(false);
  });
});
