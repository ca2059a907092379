import { describe, expect, it } from 'vitest';
import {
  figureId,
  memoryPageKey,
  quantityKey,
  siteKey,
  siteOf,
  siteRange,
  sourceKey,
  speakerKey,
  type Quantity,
} from '../../../utils/memory';
import { NIGHT, quantity } from './support';

const KYIV = { claimant: 'ua-air-force', name: "Ukraine's Air Force" };
const PAGE = 'https://kyiv.example/news';

describe('same-quantity identity', () => {
  it.each<[string, Partial<Quantity>]>([
    ['case and spacing of what is counted', { counted: ' Drone ' }],
    ['case of the measure', { measure: 'LAUNCHED' }],
    ['the time (kept apart from the key, compared as a range)', { start: NIGHT + 1, end: NIGHT + 2 }],
    ['whether the time was inferred', { inferred: true }],
  ])('ignores %s', (_name, over) => {
    expect(quantityKey(quantity(over))).toBe(quantityKey(quantity()));
  });

  it.each<[string, Partial<Quantity>]>([
    ['what is counted', { counted: 'missile' }],
    ['the unit', { unit: 'km2' }],
    ['the measure', { measure: 'shot down' }],
    ['the scope', { scope: 'kyiv' }],
    ['the direction', { direction: 'ukraine>russia' }],
  ])('tells quantities apart by %s', (_name, over) => {
    expect(quantityKey(quantity(over))).not.toBe(quantityKey(quantity()));
  });

  it('never lets one field run into the next', () => {
    const a = quantity({ counted: 'drone', measure: 'shot down' });
    const b = quantity({ counted: 'drone","shot', measure: 'down' });
    expect(quantityKey(a)).not.toBe(quantityKey(b));
    expect(quantityKey(quantity({ scope: null }))).toBe(quantityKey(quantity({ scope: '' })));
  });

  it.each([
    ['the same page however it was reached', `${PAGE}?utm_source=feed#comments`, KYIV, true],
    ['another page', 'https://kyiv.example/other', KYIV, false],
    ['another speaker', PAGE, { claimant: 'ru-mod', name: "Russia's Defence Ministry" }, false],
    ['the same claimant named otherwise', PAGE, { claimant: 'ua-air-force', name: 'the Air Force' }, true],
  ])('gives one figure id for %s: %s', (_name, url, speaker, same) => {
    const id = figureId(memoryPageKey(url), quantity(), speaker);
    expect(id === figureId(memoryPageKey(PAGE), quantity(), KYIV)).toBe(same);
  });

  it.each([
    [{ claimant: 'ru-mod', name: 'x' }, 'c:ru-mod'],
    [{ claimant: null, name: '  The  Red Crescent ' }, 's:the red crescent'],
    [{ claimant: null, name: null }, 'o:'],
  ])('keys the speaker %j as %s', (speaker, key) => {
    expect(speakerKey(speaker)).toBe(key);
  });
});

describe('source identity (a republished story is one source)', () => {
  const quote = { prefix: 'Air defences destroyed ', exact: '57 drones', suffix: ', the ministry said.' };
  it.each([
    [
      'restyled punctuation, case and spaces',
      { prefix: 'AIR  defences destroyed', exact: '57 drones', suffix: ' — the Ministry said' },
      true,
    ],
    ['another figure', { ...quote, exact: '58 drones' }, false],
    [
      'Russian quotes and dashes restyled',
      { prefix: '«ПВО сбили', exact: '57 дронов', suffix: '» — заявили в министерстве' },
      true,
      { prefix: '"ПВО  сбили ', exact: '57 ДРОНОВ', suffix: '", заявили в министерстве.' },
    ],
    ['other words around it', { ...quote, prefix: 'Ukraine said ' }, false],
  ])('%s', (_name, other, same, base = quote) => {
    const speaker = { claimant: 'ru-mod', name: null };
    expect(sourceKey(speaker, other) === sourceKey(speaker, base)).toBe(same);
  });

  it('keeps the same words from two speakers apart', () => {
    expect(sourceKey({ claimant: 'ru-mod', name: null }, quote)).not.toBe(
      sourceKey({ claimant: null, name: 'a Russian official' }, quote),
    );
  });
});

describe('sites', () => {
  it.each([
    ['https://www.TASS.com/politics/1', 'tass.com'],
    ['https://edition.cnn.com/x', 'edition.cnn.com'],
    ['http://127.0.0.1:8080/p', '127.0.0.1'],
    ['not a url', null],
  ])('reads the site of %s as %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('covers a site and its subdomains with one key range, and nothing else', () => {
    const { lower, upper } = siteRange('cnn.com');
    const inRange = (site: string) => siteKey(site) >= lower && siteKey(site) < upper;
    expect(['cnn.com', 'edition.cnn.com', 'www.cnn.com', 'a.b.cnn.com'].every(inRange)).toBe(true);
    expect(['notcnn.com', 'cnn.com.evil.example', 'cnn.co'].some(inRange)).toBe(false);
  });
});
