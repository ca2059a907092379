import type { Token } from './tokenize';
import { NUM } from './tokenize';

// What a figure measures (its measure class) and how it stands to the figures beside it:
// a part of one ("63 of the 137", "of which", "including", "among them") or set against one
// ("half of the 12,000", "more than double the 16,064").

/** The measure classes and the words that name them (verbs, nouns and participles). */
const CLASSES: Record<string, string> = {
  killed:
    'killed kill kills killing dead died die dies dying death deaths fatalities fatality toll tolls perished eliminated lives',
  injured: 'injured injuring injure injures wounded wounding wound injuries injury hurt',
  casualties: 'casualties casualty',
  missing: 'missing',
  detained: 'arrested arrests arrest detained detention detentions detainees',
  evacuated: 'evacuated evacuees evacuation',
  attended: 'joined attended participated marched rallied protested demonstrated crowd crowds turnout',
  present:
    'staying stayed stranded accommodated housed sheltering sheltered camped camping remain remained remaining',
  launched: 'launched launching launch fired firing attacked attacking sent targeted targeting',
  'shot down': 'downed intercepted',
  // what a strike did to a thing: "shot down" only once the thing is known to fly (thingMeasure)
  destroyed: 'destroyed demolished razed neutralised neutralized',
  struck: 'struck hit',
  lost: 'lost lose losses loss',
  released: 'released freed returned handed exchanged swapped',
  captured: 'captured seized liberated regained recaptured retook',
  controls: 'controls controlled holds held occupies occupied',
  cases: 'cases infections infected',
  growth: 'growth grow grew expand expanded expansion',
  inflation: 'inflation',
  deficit: 'deficit deficits',
  unemployment: 'unemployment jobless',
  population: 'population inhabitants',
  votes: 'votes ballots voted',
  budget: 'budget budgets',
  cost: 'cost costs',
  debt: 'debt',
};

const MEASURE = new Map<string, string>();
for (const [cls, words] of Object.entries(CLASSES)) for (const w of words.split(' ')) MEASURE.set(w, cls);

/**
 * Heads of what is launched at a target and destroyed in flight: drones, missiles, bombs and
 * missile type names ("Kh-101s"). Aircraft and helicopters are also destroyed on the ground.
 */
const AERIAL =
  /^(?:drone|uav|shahed|geran|missile|rocket|bomb|munition|balloon|kalibr|iskander|kinzhal|(?:kh|x)-?\d+)/;

/**
 * The measure of a figure once what it counts is known (`head`: the counted noun, in English):
 * destroying a drone or a missile is shooting it down, the class its other counts take ("120
 * drones were destroyed" and "120 drones were shot down" are one count); destroying homes, tanks,
 * bridges or aircraft is not, and keeps its own class. Other classes stay as they are.
 */
export function thingMeasure(measure: string | null, head: string | null): string | null {
  if (measure !== 'destroyed' || head === null) return measure;
  return AERIAL.test(head.toLowerCase()) ? 'shot down' : measure;
}

/** How far from a figure its measure word is looked for (tokens): a long sentence costs no more per figure. */
const RADIUS = 48;
/** How far from a figure with a counted noun of its own its measure word is looked for. */
const NEAR = 12;

/** Whether a word names a measure or the economy it is of ("global growth", "the world economy"). */
export function isMeasureWord(l: string): boolean {
  return MEASURE.has(l) || l === 'economy' || l === 'output' || l === 'trade';
}

/** Words that make a figure a goal rather than a figure ("an export target of 4 per cent"). */
const TARGET = new Set(['target', 'targets', 'goal', 'aim']);

/** Words that end a clause inside a sentence: a figure's time and place do not reach across them. */
const CLAUSE_END = new Set(['while', 'whereas', 'whilst', 'although', 'though', 'but', 'along', ';']);

/** Whether token k ends a clause. */
export function endsClause(t: Token): boolean {
  return CLAUSE_END.has(t.lower);
}

/** "or wounded", "and dead": a conjunction at token x and a word of the class `other` at y. */
function joinedTo(tk: Token[], x: number, y: number, other: string): boolean {
  const c = tk[x]?.lower;
  return (c === 'or' || c === 'and') && MEASURE.get(tk[y]?.lower ?? '') === other;
}

/** The measure class token k names, or null ("shot" only with "down"). */
function measureAt(tk: Token[], k: number): string | null {
  const l = (tk[k] as Token).lower;
  if (l === 'shot' || l === 'shoot') return tk[k + 1]?.lower === 'down' ? 'shot down' : null;
  if (l === 'took' || l === 'take' || l === 'taking') return tk[k + 1]?.lower === 'part' ? 'attended' : null;
  if (l === 'turned') return tk[k + 1]?.lower === 'out' ? 'attended' : null;
  const cls = MEASURE.get(l) ?? null;
  // "killed or wounded", "dead and injured": one count of both, casualties
  if (cls === 'killed' || cls === 'injured') {
    const other = cls === 'killed' ? 'injured' : 'killed';
    if (joinedTo(tk, k + 1, k + 2, other) || joinedTo(tk, k - 1, k - 2, other)) return 'casualties';
  }
  return cls;
}

/** The token in [from, to) nearest to token i that names a measure, outside [i, ownEnd) (a word before wins a tie), or -1. */
function nearestMeasure(tk: Token[], from: number, to: number, i: number, ownEnd: number): number {
  let best = -1;
  let bestD = Infinity;
  for (let k = from; k < to; k++) {
    if (k >= i && k < ownEnd) continue;
    const d = Math.abs(k - i) + (k > i ? 0.5 : 0);
    if (d < bestD && measureAt(tk, k) !== null) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/**
 * The measure of the figure at tokens [i, end) in the sentence [a, b): the nearest measure
 * word in its clause (a word before the figure wins a tie: "shot down 38 drones launched from
 * Ukraine"); for a figure without a counted noun of its own (a rate, an elided count), else
 * the nearest in the sentence. " target" is added for a goal. [i, end) is the figure with its
 * counted noun, the noun last when `counted`.
 */
export function measureOf(
  tk: Token[],
  a: number,
  b: number,
  i: number,
  end: number,
  counted: boolean,
): string | null {
  // a counted noun's measure stands beside it ("6,000 operatives have been killed")
  const reach = counted ? NEAR : RADIUS;
  const from = Math.max(a, i - reach);
  const to = Math.min(b, end + reach);
  let lo = i;
  while (lo > from && !endsClause(tk[lo - 1] as Token)) lo--;
  let hi = end;
  while (hi < to && !endsClause(tk[hi] as Token)) hi++;
  // the figure's own words: its modifiers ("22 wounded prisoners") are no measure, its head noun is
  const ownEnd = counted ? end - 1 : end;
  let at = nearestMeasure(tk, lo, hi, i, ownEnd);
  if (at < 0 && !counted) at = nearestMeasure(tk, from, to, i, ownEnd);
  if (at < 0) return null;
  const cls = measureAt(tk, at) as string;
  const goal = [at - 1, at + 1, i - 2, i - 1].some(
    (k) => k >= a && k < b && TARGET.has((tk[k] as Token).lower),
  );
  return goal ? `${cls} target` : cls;
}

/**
 * How a figure is linked to another one beside it: a part of it, set against it, or another
 * version of it from its source (a revision, or the figure a revision replaced).
 */
export type Link = { kind: 'part' | 'versus' | 'revision'; whole: 'before' | 'after' };

/** Verbs that replace a figure given before ("raised it to 310", "revised the number … to 65"). */
const REVISE = new Set(
  'raised raises raising revised revises revising increased increases increasing lowered lowers lowering updated updates updating corrected corrects correcting adjusted adjusts adjusting upped'.split(
    ' ',
  ),
);
/** Words that mark a figure as the one a revision replaced ("a preliminary 150", "its earlier estimate of 52%"). */
const EARLIER = new Set(['preliminary', 'earlier', 'initial', 'previous', 'original', 'first']);
/** Words that may stand between "from" or "of" and the figure replaced ("up from a preliminary 150"). */
const LEADING = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', ...EARLIER]);
/** How far before "to" a revising verb may stand ("revised the number of dead from 40 to 65"). */
const REVISE_REACH = 8;

/**
 * Whether the figure at token i0 is one version of a count given beside it by the same source:
 * the new figure after a revising verb and "to" ("raised it to 310"), or the replaced one
 * ("up from a preliminary 150", "revising its earlier estimate of 52%"). Both pair with the
 * figure before them.
 */
function revisionAt(tk: Token[], a: number, i0: number): boolean {
  const p1 = lowerFrom(tk, i0 - 1, a);
  if (p1 === 'to') {
    for (let k = i0 - 2; k >= a && k >= i0 - REVISE_REACH; k--)
      if (REVISE.has(tk[k]?.lower ?? '')) return true;
    return false;
  }
  let k = i0 - 1;
  while (k >= a && k > i0 - 5 && LEADING.has(tk[k]?.lower ?? '')) k--;
  const w = lowerFrom(tk, k, a);
  // "up from a preliminary 150", "down from 60"
  if (w === 'from') {
    const before = lowerFrom(tk, k - 1, a);
    return before === 'up' || before === 'down';
  }
  // "its earlier estimate of 52%", "revising its estimate of 52%"
  if (w === 'of' && lowerFrom(tk, k - 1, a) === 'estimate') {
    for (let j = k - 2; j >= a && j >= k - 4; j--) {
      const l = tk[j]?.lower ?? '';
      if (EARLIER.has(l) || REVISE.has(l)) return true;
    }
  }
  return false;
}

/** Pronouns that stand for a figure named before ("72 of them", "35 of those", "of which 63"). */
const BACK = new Set(['them', 'those', 'these', 'which', 'whom']);
/** Words before a figure that set it against the figure before it ("half of the 12,000"). */
const VERSUS_BEFORE = new Set([
  'half',
  'third',
  'quarter',
  'double',
  'twice',
  'triple',
  'times',
  'versus',
  'vs',
]);

/** The lower-case word at token k when it lies at or after `a`. */
function lowerFrom(tk: Token[], k: number, a: number): string | undefined {
  return k >= a ? tk[k]?.lower : undefined;
}

/**
 * Whether the figure at tokens [i0, i1) is a part of another figure ("63 of the 137 drones",
 * "72 of them", "of which 63", "including 1,757", "among them 12"), set against one ("half of
 * the 12,000", "double the 16,064", "compared with 40") or a version of one (revisionAt), and
 * on which side that figure stands.
 */
export function linkOf(tk: Token[], a: number, i0: number, i1: number): Link | null {
  const after = tk[i1]?.lower;
  if (after === 'of') {
    const n1 = tk[i1 + 1];
    if (n1 && BACK.has(n1.lower)) return { kind: 'part', whole: 'before' };
    if (n1?.lower === 'the' && tk[i1 + 2]?.kind === NUM) return { kind: 'part', whole: 'after' };
  }
  const p1 = lowerFrom(tk, i0 - 1, a);
  const p2 = lowerFrom(tk, i0 - 2, a);
  if (p1 === 'including' || p1 === 'incl') return { kind: 'part', whole: 'before' };
  if ((p1 === 'which' || p1 === 'whom') && p2 === 'of') return { kind: 'part', whole: 'before' };
  if ((p1 === 'them' || p1 === 'whom') && p2 === 'among') return { kind: 'part', whole: 'before' };
  // "half of the 12,000", "more than double the 16,064", "compared with 40"
  const lead = p1 === 'the' ? i0 - 2 : i0 - 1;
  const l1 = lowerFrom(tk, lead, a);
  const l2 = lowerFrom(tk, lead - 1, a);
  if (l1 === 'of' && l2 !== undefined && VERSUS_BEFORE.has(l2)) return { kind: 'versus', whole: 'before' };
  if (l1 !== undefined && VERSUS_BEFORE.has(l1)) return { kind: 'versus', whole: 'before' };
  if ((l1 === 'with' || l1 === 'to') && (l2 === 'compared' || l2 === 'comparison'))
    return { kind: 'versus', whole: 'before' };
  if (revisionAt(tk, a, i0)) return { kind: 'revision', whole: 'before' };
  return null;
}
