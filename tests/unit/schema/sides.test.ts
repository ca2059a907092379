import { describe, expect, it } from 'vitest';
import {
  CONFLICTS,
  SIDES,
  Side,
  conflictOf,
  isParty,
  opponentOf,
  opponentsOf,
  sideClass,
  sideLabel,
  sideOfText,
} from '../../../utils/schema';

describe('sides per conflict (utils/schema/sides.json)', () => {
  it('knows every side earlier versions stored, and the parties of the wars in Gaza and Lebanon', () => {
    for (const id of ['ukraine', 'russia', 'independent', 'international', 'other'])
      expect(Side.safeParse(id).success).toBe(true);
    for (const id of ['israel', 'gaza-authorities', 'hezbollah', 'lebanon', 'palestinian-authority'])
      expect(conflictOf(id)?.id).toBe('israel-gaza-lebanon');
    expect(Side.safeParse('atlantis').success).toBe(false);
  });

  it('links every side to a conflict and opponents that exist, with one tone per party of a conflict', () => {
    const ids = new Set(SIDES.map((s) => s.id));
    const tones = [
      'party-1',
      'party-2',
      'party-3',
      'party-4',
      'party-5',
      'independent',
      'international',
      'other',
    ];
    expect(ids.size).toBe(SIDES.length);
    for (const s of SIDES) {
      expect(s.id).toMatch(/^[a-z][a-z-]*$/);
      expect(tones).toContain(s.tone);
      expect(s.label.length).toBeGreaterThan(0);
      if (s.conflict !== null) expect(CONFLICTS.some((c) => c.id === s.conflict)).toBe(true);
      for (const o of s.opponents) expect(ids.has(o)).toBe(true);
    }
    for (const c of CONFLICTS) {
      const tones = SIDES.filter((s) => s.conflict === c.id).map((s) => s.tone);
      expect(new Set(tones).size).toBe(tones.length);
    }
  });

  it.each([
    ['ukraine', 'Ukraine', 'side-party-1', 'russia', true],
    ['russia', 'Russia', 'side-party-2', 'ukraine', true],
    ['gaza-authorities', 'Gaza authorities', 'side-party-2', 'israel', true],
    ['israel', 'Israel', 'side-party-1', null, true],
    ['international', 'International', 'side-international', null, false],
    ['no-such-side', 'no-such-side', 'side-other', null, false],
  ])('%s: label %s, class %s, the one opponent %s, a party: %s', (id, label, cls, opponent, party) => {
    expect(sideLabel(id)).toBe(label);
    expect(sideClass(id)).toBe(cls);
    expect(opponentOf(id)).toBe(opponent);
    expect(isParty(id)).toBe(party);
  });

  it('gives Israel both its opponents, and no single "other side"', () => {
    expect(opponentsOf('israel')).toEqual(['gaza-authorities', 'hezbollah']);
  });

  it.each([
    ['Russian forces', 'russia'],
    ['pro-Ukrainian partisans', 'ukraine'],
    ['the Kremlin', 'russia'],
    ['the Hamas-run health ministry', 'gaza-authorities'],
    ['the Israeli military', 'israel'],
    ['Russia and Ukraine', null],
    ['the city council', null],
  ])('the text "%s" names the side %s', (text, side) => {
    expect(sideOfText(text)).toBe(side);
  });
});
