/**
 * Sides, per conflict: who a claimant speaks for. A side is a party to one conflict (Russia–Ukraine:
 * ukraine, russia; Israel–Gaza and Lebanon: israel, the Gaza authorities, Hezbollah, …) or stands
 * outside every conflict (independent, international, other). The table is data (sides.json); the
 * matcher and every surface ask this module for a side's label, conflict, opponents and tone, so
 * no code is written for two sides, and a new war is new rows.
 */
import * as z from 'zod/mini';
import table from './sides.json';

/** A conflict: its parties are the sides that name it. */
export interface Conflict {
  id: string;
  name: string;
  /** The day it began (what "since the start of the war" means for its series). */
  since: string;
}

/** How a side is drawn: one of a conflict's party colours, or the colour of a non-party. */
export type SideTone =
  'party-1' | 'party-2' | 'party-3' | 'party-4' | 'party-5' | 'independent' | 'international' | 'other';

/** One side: its label, the conflict it is a party to (null for a non-party), and its opponents. */
export interface SideInfo {
  id: string;
  label: string;
  conflict: string | null;
  opponents: string[];
  tone: SideTone;
  /** Word starts that name the side in a text ("ukrain", "kremlin"). */
  names: string[];
}

// The table is checked by tests/unit/schema/sides.test.ts, not here: this module is in the
// content script, and a schema for a file that ships with the extension would only add weight.
const parsed = table as { conflicts: Conflict[]; sides: SideInfo[] };

/** Every conflict Tally knows. */
export const CONFLICTS: readonly Conflict[] = parsed.conflicts;
/** Every side, parties first, in the table's order. */
export const SIDES: readonly SideInfo[] = parsed.sides;

const BY_ID = new Map(SIDES.map((s) => [s.id, s]));
const IDS = SIDES.map((s) => s.id) as [string, ...string[]];

/** A side's id ("ukraine", "gaza-authorities", "independent"): one of the table's. */
export const Side = z.enum(IDS);
/** @see Side */
export type Side = string;

/** The side's entry, or undefined for an id the table does not know. */
export function sideInfo(side: string | null | undefined): SideInfo | undefined {
  return side ? BY_ID.get(side) : undefined;
}

/** How a reader sees a side's name ("Gaza authorities"); an unknown id as written. */
export function sideLabel(side: string | null | undefined): string {
  return sideInfo(side)?.label ?? side ?? 'Unknown';
}

/** The tone a side is drawn in (unknown or null: "other"). */
export function sideTone(side: string | null | undefined): SideTone {
  return sideInfo(side)?.tone ?? 'other';
}

/** The CSS class of a side's tone ("side-party-1"), the same in every surface. */
export function sideClass(side: string | null | undefined): string {
  return `side-${sideTone(side)}`;
}

/** The conflict a side is a party to, or null for a non-party. */
export function conflictOf(side: string | null | undefined): Conflict | null {
  const id = sideInfo(side)?.conflict;
  return (id && CONFLICTS.find((c) => c.id === id)) || null;
}

/** Whether a side is a party to a conflict (not independent, international or other). */
export function isParty(side: string | null | undefined): boolean {
  return conflictOf(side) !== null;
}

/** The sides a side fights. */
export function opponentsOf(side: string | null | undefined): readonly string[] {
  return sideInfo(side)?.opponents ?? [];
}

/** The one side a side fights, or null when it fights none or several (then "the other side" says nothing). */
export function opponentOf(side: string | null | undefined): string | null {
  const o = opponentsOf(side);
  return o.length === 1 ? (o[0] as string) : null;
}

const NAMES = SIDES.flatMap((s) => s.names.map((n) => [new RegExp(`(?:^|[^a-z])${n}`), s.id] as const));

/** The one side a text names ("Russian", "Kyiv", "Hamas-run"), or null when it names none or several. */
export function sideOfText(text: string | null | undefined): Side | null {
  if (!text) return null;
  const t = text.toLowerCase();
  let found: string | null = null;
  for (const [re, id] of NAMES) {
    if (!re.test(t) || found === id) continue;
    if (found !== null) return null;
    found = id;
  }
  return found;
}
