import type { Side } from '../schema';
import { isParty as partyInTable, opponentOf, opponentsOf, sideOfText } from '../schema/sides';

/**
 * Side logic in one place, over the sides table (utils/schema/sides.json): sides per conflict,
 * each with its opponents, so nothing here is written for two sides.
 */

/** The one side a party's figures about an attack or a loss oppose, or null (a non-party, several opponents, unknown). */
export function opposingSide(side: Side | null): Side | null {
  return opponentOf(side);
}

/** Whether a side is a party to a conflict (its figures about attacks and losses have a direction). */
export function isParty(side: Side | null): boolean {
  return partyInTable(side);
}

/** The one side a name points to ("Russia", "Ukrainian", "Kyiv", "Hamas-run"), or null if none or several. */
export function sideOfName(text: string | null | undefined): Side | null {
  return sideOfText(text);
}

/** Whether two sides are opponents in one conflict ("israel" and "gaza-authorities"). */
export function opposed(a: Side | null, b: Side | null): boolean {
  return a !== null && b !== null && opponentsOf(a).includes(b);
}
