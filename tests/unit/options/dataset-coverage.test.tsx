import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Coverage } from '../../../components/options/DatasetSection';
import { coverageStatement, summarizeFamilies } from '../../../utils/dataset';
import type { FamilySummary } from '../../../utils/schema';
import { bundled } from '../match/bundled';
import { mount, unmount } from '../support/mount';

let families: FamilySummary[];
beforeAll(async () => {
  families = summarizeFamilies(await bundled());
});
afterEach(unmount);

describe('what Tally knows, counted from the bundled data', () => {
  it('lists every source family under its conflict, with claimants, sides, measures, dates and counts', () => {
    const root = mount(<Coverage families={families} />);
    const conflicts = [...root.querySelectorAll('.conflict h4')].map((h) =>
      h.firstChild?.textContent?.trim(),
    );
    expect(conflicts).toEqual(['Russia–Ukraine war', 'Israel–Gaza and Lebanon wars']);
    const items = [...root.querySelectorAll('[data-testid="tally-dataset-family"]')];
    expect(items.map((e) => e.getAttribute('data-family'))).toEqual(families.map((f) => f.id));
    const gaza = root.querySelector('[data-family="gaza-casualties"]')?.textContent ?? '';
    expect(gaza).toContain('Ministry of Health in Gaza (Gaza authorities)');
    expect(gaza).toMatch(/[\d,]+ figures · \d+ October 2023 – \d+ August 2026/);
  });

  it('counts every claim in exactly one family', async () => {
    expect(families.reduce((n, f) => n + f.claims, 0)).toBe((await bundled()).claims.size);
  });

  it('says plainly what the data covers when none of a page’s figures is in it', () => {
    const text = coverageStatement(families, 9);
    expect(text).toMatch(
      /^None of the 9 figures on this page is in Tally's data\. It covers the Russia–Ukraine war, Feb 2022 – /,
    );
    expect(text).toContain('the Israel–Gaza and Lebanon wars, Oct 2023 – ');
    expect(text).toMatch(/still compared with each other\.$/);
    expect(coverageStatement([], 1)).toBe(
      "The figure on this page is not in Tally's data. Figures on the page are still compared with each other.",
    );
  });
});
