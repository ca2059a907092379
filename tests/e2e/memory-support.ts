import type { Page } from 'playwright-core';
import { inTallyUi } from './support/tally-ui';

/** The href of every remembered figure's link in the open popover (the reading memory's e2e tests). */
export function memoryLinks(page: Page): Promise<string[] | null> {
  return inTallyUi<string[]>(
    page,
    '.frame:not([hidden]) .pop',
    `function () {
      return [...this.querySelectorAll('.other')]
        .filter((li) => li.querySelector('[data-testid="tally-memory-seen"]'))
        .map((li) => li.querySelector('a.source')?.getAttribute('href') ?? '');
    }`,
  );
}
