import type { OtherFigure } from '../../../utils/schema';
import { makeOther } from '../support/records';

/**
 * The dataset's record of the test note's own figure: its claimant (Ukraine's Air Force)
 * giving the same 145, with a source. Exports never list it among the other figures.
 */
export const OWN_RECORD: OtherFigure = makeOther({
  claimant: 'ua-air-force',
  name: "Ukraine's Air Force",
  side: 'ukraine',
  value: 145,
  source: { url: 'https://example.org/af/1', published: '2025-03-19', outlet: 'Air Force' },
});
