import type { DatasetClaim } from '../../schema';

/** What a claim row holds when its source says no more: an exact figure, no time, place, direction or quote. */
export const ROW_DEFAULTS: Pick<
  DatasetClaim,
  'qualifier' | 'period' | 'asOf' | 'place' | 'actor' | 'target' | 'quote'
> = {
  qualifier: '=',
  period: null,
  asOf: null,
  place: null,
  actor: null,
  target: null,
  quote: null,
};
