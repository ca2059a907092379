import type { Claimant, PageClaim } from '../schema';
import { claimFinder } from './claim-index';
import { isCountryName } from './scope';
import { whatOf } from './what';
import { normName } from './words';

/** Who gives a figure, as the matcher tells speakers apart on one page. */
export interface Source {
  /** One key per speaker on the page: a claimant's id, a name the page uses for one speaker, or "outlet". */
  key: string;
  /** The speaker as the page writes it (null for the outlet's own voice). */
  name: string | null;
  claimant: Claimant | null;
  /**
   * A description that may stand for any source ("officials", "researchers", "the study", a
   * pronoun nothing before it names): two vague sources may be one, so they are never set
   * against each other.
   */
  vague: boolean;
  /** Speaks for a region, city or district, not a country ("a district mayor", "Kharkiv governor"). */
  local: boolean;
}

/** The outlet's own voice: a figure no one is named for. */
export const OUTLET = 'outlet';

/** Words of a speaker's name that say what sort of speaker, not which one. */
const COMMON = new Set(
  `a an the of in at for on and from by with official officials authority authorities police researchers
  researcher scientists experts expert analysts analyst study studies report reports figures figure data
  statement sources source witnesses residents doctors medics rescuers activists observers monitors
  organizer organizers organiser organisers spokesperson spokespeople spokesman spokeswoman projections
  estimates survey count tally`.split(/\s+/),
);
/** Descriptions that may stand for any source: a name made only of these is vague. */
const VAGUE = new Set(
  `a an the this that these those some several many local senior unnamed official officials authority
  authorities sources source researchers researcher scientists experts expert analysts analyst study
  studies report reports figures figure data statement estimates estimate survey witnesses observers
  monitors projections count tally he she it they we i`.split(/\s+/),
);
/** Words of institutions' names shared by many of them ("Ministry", "Bank", "Force"). */
const INSTITUTION = new Set(
  `ministry department office agency government army military force forces air general staff defence defense
  health interior foreign national state federal international world bank fund united nations council
  committee commission service services guard border statistics statistical center centre group
  organization organisation association union party administration regional city mayor governor
  president prime minister deputy head chief director leader public opinion research institute
  university school development monetary human rights civil front spokesperson task`.split(/\s+/),
);
/** Roles that speak for a place below a country ("a district mayor", "the Kursk governor"). */
const LOCAL_ROLES = new Set(['mayor', 'mayors', 'governor', 'governors']);
/** Words that make a lower-case description local ("regional authorities"; "Regional Development Bank" is a name). */
const LOCAL_WORDS = new Set(
  'regional district municipal municipality local oblast province provincial county village town city'.split(
    ' ',
  ),
);

/** A word of a name that names a nation or its people ("Ukraine", "Ukrainian", "Russia's"). */
function nationWord(w: string): boolean {
  return isCountryName(w) || /^[A-Z][a-z]+(?:ian|ean|an|ish|ese|i)$/.test(w);
}

/** The words of a name that tell its speaker apart: proper nouns beyond the common ones, and acronyms. */
function distinctive(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u)) {
    if (!raw || !/^\p{Lu}/u.test(raw)) continue;
    const l = raw.toLowerCase();
    if (COMMON.has(l) || INSTITUTION.has(l) || nationWord(raw)) continue;
    out.push(l);
  }
  return out;
}

/** Whether a name is only a vague description ("officials", "the researchers", "it"). */
function isVague(name: string): boolean {
  const words = normName(name)
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => VAGUE.has(w));
}

/** Whether a name speaks for a place below a country. */
function isLocal(name: string): boolean {
  return name
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}]+/u)
    .some((w) => LOCAL_ROLES.has(w.toLowerCase()) || LOCAL_WORDS.has(w));
}

/**
 * The sources of a page's figures, in page order. A claimant resolved from a speaker's name is
 * that claimant; other names are one speaker when one's distinctive words are all in the
 * other's ("IMF projections" and "the International Monetary Fund (IMF)", "Zdanowicz" and
 * "Border Guard spokesperson Katarzyna Zdanowicz"): when unsure, two names are one speaker.
 * References ("he", "the ministry") are resolved once, in extraction: a claim's speaker is the
 * name the article gave before, and here names are only told apart.
 */
export function pageSources(claims: readonly PageClaim[], claimants: readonly (Claimant | null)[]): Source[] {
  const names = new Map<string, string[]>();
  for (let i = 0; i < claims.length; i++) {
    const sp = claims[i]?.speaker;
    if (!sp || claimants[i] || names.has(sp)) continue;
    names.set(sp, distinctive(sp));
  }
  const keyOf = clusterNames(names);
  // one Source per way a speaker is written: a long page names a few speakers many times
  const outlet: Source = { key: OUTLET, name: null, claimant: null, vague: false, local: false };
  const byClaimant = new Map<Claimant, Map<string | null, Source>>();
  const byName = new Map<string, Source>();
  // a sentence's figures share their speaker: the one before is looked at first
  let last: Source = outlet;
  return claims.map((c, i): Source => {
    const claimant = claimants[i] ?? null;
    const sp = c.speaker;
    if (sp === last.name && claimant === last.claimant) return last;
    return (last = sourceOf(claimant, sp));
  });

  function sourceOf(claimant: Claimant | null, sp: string | null): Source {
    if (claimant) {
      let named = byClaimant.get(claimant);
      if (!named) byClaimant.set(claimant, (named = new Map()));
      let s = named.get(sp);
      if (!s) {
        s = { key: claimant.id, name: sp, claimant, vague: false, local: claimant.kind === 'regional' };
        named.set(sp, s);
      }
      return s;
    }
    if (!sp) return outlet;
    let s = byName.get(sp);
    if (!s) {
      const key = keyOf.get(sp) ?? `page:${normName(sp)}`;
      s = { key, name: sp, claimant: null, vague: isVague(sp), local: isLocal(sp) };
      byName.set(sp, s);
    }
    return s;
  }
}

/** Groups names whose distinctive words are contained one in another; each group's key is its longest name's. */
function clusterNames(names: ReadonlyMap<string, string[]>): Map<string, string> {
  const list = [...names].sort((a, b) => b[1].length - a[1].length);
  const byWord = new Map<string, number[]>();
  list.forEach(([, words], i) => {
    for (const w of new Set(words)) {
      const ids = byWord.get(w) ?? [];
      // a word on many names tells none apart: the first few are enough to find a container
      if (ids.length < 16) ids.push(i);
      byWord.set(w, ids);
    }
  });
  const root = list.map((_, i) => i);
  list.forEach(([, words], i) => {
    if (!words.length) return;
    const set = new Set(words);
    for (const j of byWord.get(words[0] as string) ?? []) {
      if (j >= i) break;
      const other = new Set(list[j]?.[1]);
      if ([...set].every((w) => other.has(w))) {
        root[i] = root[j] as number;
        break;
      }
    }
  });
  const out = new Map<string, string>();
  list.forEach(([name, words], i) => {
    const r = list[root[i] as number] as [string, string[]];
    out.set(name, words.length ? `page:${r[1].join(' ')}` : `page:${normName(name)}`);
  });
  return out;
}

/**
 * Whether two sources are told apart: different speakers, not both vague descriptions
 * ("researchers" and "the study" may be one source; the outlet's own voice is neither).
 */
export function distinguishable(a: Source, b: Source): boolean {
  return a.key !== b.key && !(a.vague && b.vague);
}

/**
 * One source's versions of one count ("the ministry first put the toll at 250 … and later raised
 * it to 310"): a version written in the outlet's voice is its pair's source's, when the two
 * count the same thing. Then a revision is never set against its own source's earlier figure.
 */
export function shareRevisionSources(claims: readonly PageClaim[], sources: Source[]): Source[] {
  let find: ReturnType<typeof claimFinder> | null = null;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as PageClaim;
    const other = c.frame.revisionOf;
    if (other === undefined) continue;
    find ??= claimFinder(claims);
    const j = find(i, other);
    if (j === undefined) continue;
    const mine = sources[i] as Source;
    const theirs = sources[j] as Source;
    if ((mine.key === OUTLET) === (theirs.key === OUTLET)) continue;
    if (whatOf(c)?.thing !== whatOf(claims[j] as PageClaim)?.thing) continue;
    if (mine.key === OUTLET) sources[i] = theirs;
    else sources[j] = mine;
  }
  return sources;
}
