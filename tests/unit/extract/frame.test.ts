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
