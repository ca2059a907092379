import { describe, expect, it } from 'vitest';
import { CLAIMANTS } from '../../../scripts/dataset/registry';
import { ClaimantResolver } from '../../../utils/match';

const resolver = new ClaimantResolver(CLAIMANTS);

describe('speakers resolve to claimants with their side', () => {
  it.each([
    ["Ukraine's Air Force", 'ua-air-force', 'ukraine'],
    ['Ukraine’s Air Force', 'ua-air-force', 'ukraine'],
    ['the air force', 'ua-air-force', 'ukraine'],
    ["Russia's defense ministry", 'ru-mod', 'russia'],
    ['the Russian Defence Ministry', 'ru-mod', 'russia'],
    ['the Kremlin', 'kremlin', 'russia'],
    ['Kremlin spokesman Dmitry Peskov', 'dmitry-peskov', 'russia'],
    ['Zelensky', 'ua-president', 'ukraine'],
    ['Zelenskyy', 'ua-president', 'ukraine'],
    ['Ukrainian President Volodymyr Zelensky', 'ua-president', 'ukraine'],
    ['Kyiv', 'ua-government', 'ukraine'],
    ['Moscow', 'ru-government', 'russia'],
    ['Krasnodar authorities', 'ru-krasnodar-admin', 'russia'],
    ['Authorities in the southern Russian region of Krasnodar', 'ru-krasnodar-admin', 'russia'],
    ['the Black Bird Group', 'black-bird-group', 'independent'],
    ["Ukraine's military", 'ua-armed-forces', 'ukraine'],
    ['the Russian army', 'ru-mod', 'russia'],
  ])('"%s" → %s (%s)', (speaker, id, side) => {
    const c = resolver.resolve(speaker);
    expect(c?.id).toBe(id);
    expect(c?.side).toBe(side);
  });

  it.each([
    ['a local resident'],
    ['the newspaper'],
    [''],
    ['Russia and Ukraine'],
    ['Kyiv and Moscow'],
    ['the mayor of Kyiv'],
  ])('"%s" resolves to no one', (speaker) => {
    expect(resolver.resolve(speaker)).toBeNull();
  });

  it.each([['the ministry'], ['he'], ['it']])(
    '"%s" alone resolves to no one: extraction gives the name it refers back to',
    (speaker) => {
      expect(resolver.resolve(speaker)).toBeNull();
    },
  );
});
