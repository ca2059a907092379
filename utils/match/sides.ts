import type { Side } from '../schema';

/**
 * Side logic in one place. Today's sides are the two parties of the Russia–Ukraine war plus
 * the non-parties; the dataset is generalising them to sides per conflict, and only this file
 * should need to change when it does.
 */

/** The party a figure about an attack or a loss opposes, or null for a non-party (or when unknown). */
export function opposingSide(side: Side | null): Side | null {
  if (side === 'ukraine') return 'russia';
  if (side === 'russia') return 'ukraine';
  return null;
}

/** Whether a side is a party to a conflict (its figures about attacks and losses have a direction). */
export function isParty(side: Side | null): boolean {
  return opposingSide(side) !== null;
}

/** The side a name points to ("Russia", "Ukrainian", "Kyiv", "the Kremlin"), or null if none or both. */
export function sideOfName(text: string | null | undefined): Side | null {
  if (!text) return null;
  const t = text.toLowerCase();
  const ua = /ukrain|kyiv|kiev|zelensk/.test(t);
  const ru = /russia|moscow|kremlin|putin/.test(t);
  return ua === ru ? null : ua ? 'ukraine' : 'russia';
}
