import type { Claimant } from '../schema';
import { opposingSide } from './sides';
import { normName } from './words';

export { sideOfName } from './sides';

/**
 * Aliases matched only as the speaker's whole name: place names, and bare names both sides'
 * bodies are called ("Минобороны", "Генштаб": "Минобороны Украины" is not Russia's).
 */
const PLACE_NAME =
  /^(?:kyiv|kiev|moscow|ukraine|russia|krasnodar|kursk|belgorod|київ|киев|москва|україна|украина|росія|россия|минобороны|генштаб)$/;

/** Escapes a string for a regular expression. */
function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Resolves how an article names a speaker ("Kremlin spokesman Dmitry Peskov", "Russia’s
 * defense ministry", "Zelenskyy") to a claimant: an exact alias, else the longest alias found
 * in the name as whole words. Back-references ("the ministry", "he") are resolved by
 * extraction (`SpeakerMemory`), which gives the name the article used before.
 */
export class ClaimantResolver {
  private readonly exact = new Map<string, Claimant>();
  private readonly patterns: { re: RegExp; len: number; c: Claimant }[] = [];
  private readonly cache = new Map<string, Claimant | null>();

  /** Indexes the claimants' names and aliases. */
  constructor(claimants: readonly Claimant[]) {
    for (const c of claimants) {
      for (const a of [c.name, ...c.aliases]) {
        const n = normName(a);
        if (!n) continue;
        if (!this.exact.has(n)) this.exact.set(n, c);
        // "Kyiv" is the government only as the whole name: "the mayor of Kyiv" is not
        if (PLACE_NAME.test(n)) continue;
        // word edges in any script: "киев" is not inside "киева"
        this.patterns.push({
          re: new RegExp(`(?:^|[^\\p{L}\\p{N}'])${esc(n)}(?:$|[^\\p{L}\\p{N}])`, 'u'),
          len: n.length,
          c,
        });
      }
    }
    this.patterns.sort((a, b) => b.len - a.len);
  }

  /** Speakers as written, normalised: a page repeats them. */
  private readonly written = new Map<string, string>();

  /** The claimant a speaker's name refers to, or null. */
  resolve(speaker: string | null): Claimant | null {
    if (!speaker) return null;
    let n = this.written.get(speaker);
    if (n === undefined) {
      n = normName(speaker);
      if (this.written.size > 5000) this.written.clear();
      this.written.set(speaker, n);
    }
    const hit = this.cache.get(n);
    if (hit !== undefined) return hit;
    let found = this.exact.get(n) ?? null;
    if (!found) {
      for (const p of this.patterns) {
        const m = p.re.exec(n);
        if (!m) continue;
        found = p.c;
        // "Russia and Ukraine": a joint statement is no one side's
        const rest = n.slice(0, m.index) + ' ' + n.slice(m.index + m[0].length);
        const other = opposingSide(found.side);
        if (other && this.patterns.some((q) => q.c.side === other && q.re.test(rest))) found = null;
        break;
      }
    }
    this.cache.set(n, found);
    return found;
  }
}
