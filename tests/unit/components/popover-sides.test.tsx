import { afterEach, describe, expect, it } from 'vitest';
import { FigureStrip } from '../../../components/FigureStrip';
import { Popover } from '../../../components/Popover';
import type { ArticleMeta } from '../../../utils/schema';
import { mount, unmount } from '../support/mount';
import { makeClaim, makeMatch, makeOther } from '../support/records';

const meta: ArticleMeta = {
  url: 'https://news.example/g',
  published: '2024-08-12',
  outlet: 'The Ledger',
  headline: null,
};

afterEach(unmount);

const gaza = makeMatch({
  claimId: 'c10',
  status: 'diverges',
  topic: {
    id: 'casualties.killed.total@asof:2023-10-20#west bank',
    label: 'People killed, cumulative · as of 20 Oct 2023 · West Bank',
    definition: 'People reported killed in a place since the war’s start, as of a day.',
  },
  claimant: { id: 'un-ocha', name: 'UN OCHA', side: 'international' },
  others: [
    makeOther({
      claimant: 'ps-moh',
      name: 'Palestinian Ministry of Health',
      side: 'palestinian-authority',
      value: 84,
    }),
    makeOther({ claimant: 'idf', name: 'Israel Defense Forces', side: 'israel', value: 70 }),
  ],
});

describe('sides beyond two, and what a metric counts, in the popover', () => {
  it("shows the topic's definition", () => {
    const root = mount(
      <Popover claim={makeClaim({ id: 'c10' })} match={gaza} meta={meta} onClose={() => {}} />,
    );
    expect(root.querySelector('[data-testid="tally-popover-definition"]')?.textContent).toContain(
      'since the war’s start',
    );
  });

  it('labels and tones each side from the sides table', () => {
    const root = mount(
      <Popover claim={makeClaim({ id: 'c10' })} match={gaza} meta={meta} onClose={() => {}} />,
    );
    const sides = [...root.querySelectorAll('.side')].map((e) => [e.textContent, e.className]);
    expect(sides).toEqual([
      ['International', 'side side-international'],
      ['Palestinian Authority', 'side side-party-3'],
      ['Israel', 'side side-party-1'],
    ]);
  });

  it('draws every side of the strip in its own tone, with its label in the legend', () => {
    const root = mount(
      <FigureStrip
        claim={makeClaim({ id: 'c10', value: 88 })}
        speaker="UN OCHA"
        side="international"
        others={gaza.others}
      />,
    );
    expect([...root.querySelectorAll('.legend .key')].map((k) => [k.textContent, k.className])).toEqual([
      ['International', 'key side-international'],
      ['Palestinian Authority', 'key side-party-3'],
      ['Israel', 'key side-party-1'],
      ['this page', 'key page'],
    ]);
  });
});
