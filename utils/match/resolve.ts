import type { Claimant } from '../schema';
import { opposingSide } from './sides';
import { normName } from './words';

export { sideOfName } from './sides';

/** Words that refer back to someone named earlier ("the ministry added", "he said"). */
const BACK_REFERENCE =
  /^(?:it|he|she|they|its|his|her|ministry|military|army|agency|statement|office|service|command|administration|authorities|governor|president|spokesman|spokesperson|readout|air force|general staff|group|officials|commander|officer|defen[cs]e ministry|ministry of defen[cs]e)$/;

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
 * in the name as whole words. A bare back-reference ("the ministry", "he") resolves to the
 * latest claimant named before it that fits, when `recent` is given.
 */
export class ClaimantResolver {
  private readonly exact = new Map<string, Claimant>();
  private readonly patterns: { re: RegExp; len: number; c: Claimant }[] = [];
  private readonly cache = new Map<string, Claimant | null>();
  /** Each claimant's names, normalised once (back-references test them for every figure). */
  private readonly names = new Map<string, string[]>();

  /** Indexes the claimants' names and aliases. */
  constructor(claimants: readonly Claimant[]) {
    for (const c of claimants) {
      this.names.set(c.id, [c.name, ...c.aliases].map(normName));
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

  /** Speakers as written, normalised, and whether they refer back ("the ministry"): a page repeats them. */
  private readonly written = new Map<string, { n: string; head: string; back: boolean }>();

  /** The claimant a speaker's name refers to, or null. */
  resolve(speaker: string | null, recent: readonly Claimant[] = []): Claimant | null {
    if (!speaker) return null;
    let w = this.written.get(speaker);
    if (!w) {
      const n = normName(speaker);
      const head = n.replace(/^(?:a|an|this|that|the) /, '');
      w = { n, head, back: BACK_REFERENCE.test(head) && !this.exact.has(n) };
      if (this.written.size > 5000) this.written.clear();
      this.written.set(speaker, w);
    }
    const n = w.n;
    const back = w.back ? this.backReference(w.head, recent) : undefined;
    if (back !== undefined) return back;
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

  /** For a back-reference ("ministry", "he": its name without an article): the latest fitting claimant, or null. */
  private backReference(head: string, recent: readonly Claimant[]): Claimant | null {
    for (let i = recent.length - 1; i >= 0; i--) {
      const c = recent[i] as Claimant;
      if (head === 'he' || head === 'she' || head === 'his' || head === 'her') {
        if (c.kind === 'person') return c;
        continue;
      }
      if (head === 'it' || head === 'they' || head === 'its') {
        if (c.kind !== 'person') return c;
        continue;
      }
      const names = this.names.get(c.id) ?? [c.name, ...c.aliases].map(normName);
      if (names.some((a) => a.includes(head))) return c;
    }
    return null;
  }
}
