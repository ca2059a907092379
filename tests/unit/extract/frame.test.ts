import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';

// 2026-03-18 is a Wednesday
const frameOf = (text: string, published: string | null = '2026-03-18') => {
  const c = extractClaims(text, { published })[0];
  expect(c).toBeDefined();
  return c!.frame;
};

describe('frame: time resolved against the published date', () => {
  it.each([
    [
      'Overnight, the army shot down 40 drones.',
      'Overnight',
      { start: '2026-03-17T19:00', end: '2026-03-18T08:00' },
    ],
    [
      'The army shot down 40 drones last night.',
      'last night',
      { start: '2026-03-17T19:00', end: '2026-03-18T08:00' },
    ],
    ['The army shot down 40 drones on Monday.', 'on Monday', { start: '2026-03-16', end: '2026-03-17' }],
    [
      'The army shot down 40 drones on Wednesday.',
      'on Wednesday',
      { start: '2026-03-18', end: '2026-03-19' },
    ],
    ['The army shot down 40 drones yesterday.', 'yesterday', { start: '2026-03-17', end: '2026-03-18' }],
    ['The army shot down 40 drones last August.', 'last August', { start: '2025-08-01', end: '2025-09-01' }],
    [
      'The army has shot down 40 drones since February 2022.',
      'since February 2022',
      { start: '2022-02-01', end: '2026-03-19' },
    ],
    ['The army shot down 40 drones on 2 March.', '2 March', { start: '2026-03-02', end: '2026-03-03' }],
    [
      'The army shot down 40 drones on the night of 9-10 March.',
      'night of 9-10 March',
      { start: '2026-03-09T19:00', end: '2026-03-10T08:00' },
    ],
    [
      'The ministry said 300 homes had been destroyed since 7 October.',
      'since 7 October',
      { start: '2025-10-07', end: '2026-03-19' },
    ],
    [
      'The ministry said 300 homes had been destroyed since February 24, 2022.',
      'since February 24, 2022',
      { start: '2022-02-24', end: '2026-03-19' },
    ],
    [
      'The ministry said 30 homes had been destroyed in the past 48 hours.',
      'in the past 48 hours',
      { start: '2026-03-16', end: '2026-03-18' },
    ],
    [
      'The army said it had lost 900 soldiers since the start of the full-scale invasion.',
      'since the start of the full-scale invasion',
      { start: '2026-03-18', end: '2026-03-19' },
    ],
  ])('%s', (text, timeText, period) => {
    const f = frameOf(text);
    expect(f.timeText).toBe(timeText);
    expect(f.period).toEqual(period);
  });

  it('keeps the phrase but no period when the published date is unknown', () => {
    const f = frameOf('The army shot down 40 drones overnight.', null);
    expect([f.timeText, f.period]).toEqual(['overnight', null]);
  });

  it('prefers the time of the event over the time of the statement', () => {
    const f = frameOf('The army said on Tuesday it had shot down 40 drones overnight.');
    expect(f.timeText).toBe('overnight');
  });

  it('carries the time of the sentence before into one that gives none', () => {
    const text =
      'Overnight, the enemy launched 90 drones. Most of them were shot down, and 61 fell in fields.';
    const second = extractClaims(text, { published: '2026-03-18' })[1];
    expect(second?.frame.timeText).toBe('Overnight');
  });
});

describe('frame: action, actor, target, place', () => {
  it('reads "X attacked Y with N"', () => {
    const f = frameOf('Russia attacked Ukraine with 90 drones.');
    expect([f.action, f.actor, f.target]).toEqual(['attacked', 'Russia', 'Ukraine']);
  });

  it('reads "N … launched by X" and the place', () => {
    const f = frameOf('The army downed 30 drones launched by Ukraine over the Bryansk region.');
    expect([f.action, f.actor, f.place]).toEqual(['shot down', 'Ukraine', 'the Bryansk region']);
  });

  it.each([
    ['The sides exchanged 200 prisoners.', 'exchanged'],
    ['Kyiv controls about 50 square kilometres of the region.', 'controls'],
    ['The strike killed 4 people.', 'killed'],
  ])('%s → %s', (text, action) => {
    expect(frameOf(text).action).toBe(action);
  });
});

describe('frame: what a figure measures, and a part named after its whole', () => {
  it.each([
    ['The army said 400 soldiers were killed or wounded last week.', 'casualties'],
    ['The army said 400 soldiers were wounded and killed last week.', 'casualties'],
    ['The army said 400 soldiers were killed last week.', 'killed'],
  ])('%s', (text, measure) => {
    expect(frameOf(text).measure).toBe(measure);
  });

  it('gives "including 60 over the past day" the action and measure of the total it is part of', () => {
    const claims = extractClaims(
      'The army said the enemy had lost 9,000 soldiers since the war began, including 60 over the past day.',
      { published: '2026-03-18' },
    );
    const [whole, part] = claims;
    expect(part?.frame.partOf).toBe(whole?.id);
    expect([part?.frame.action, part?.frame.measure]).toEqual([whole?.frame.action, whole?.frame.measure]);
    expect(part?.frame.timeForm).toBe('past-day');
  });

  it('keeps the own action of a part named before its link words ("shot down 12 of them")', () => {
    const claims = extractClaims('Russia launched 40 drones overnight. Air defences shot down 12 of them.', {
      published: '2026-03-18',
    });
    expect(claims[1]?.frame.measure).toBe('shot down');
  });
});
