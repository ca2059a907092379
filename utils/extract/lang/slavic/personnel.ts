/**
 * Persons counted as an army's losses: "1 250 осіб особового складу", "потери противника
 * составили 1 300 человек", "втрати ворога — 940 осіб" count personnel (the General Staff's
 * killed and wounded), not people at large; "загинули 12 осіб" in a shelled town stays people.
 */
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import { keyOf, startsWithAny } from './words';

const { WORD } = tok;

/** "особового складу", "личного состава": personnel, by the two words' stems. */
const PERSONNEL = [
  ['особов', 'склад'],
  ['личн', 'состав'],
] as const;
/** Nouns and verbs of losses ("потери", "втрат", "потерял", "втратили"). */
const LOSS = ['потер', 'потеря', 'втрат'];
/** Who loses soldiers: an army, the enemy, a side's forces (in either language, any case). */
const MILITARY = [
  'ворог',
  'противник',
  'окупант',
  'оккупант',
  'загарбник',
  'армі',
  'арми',
  'військ',
  'войск',
  'угрупован',
  'группировк',
  'всу',
  'зсу',
  'збройн',
  'вооружен',
];
/** Words that put civilians in the sentence: its persons are then not soldiers. */
const CIVILIAN = [
  'мирн',
  'цивільн',
  'гражданск',
  'граждан',
  'жител',
  'мешкан',
  'дет',
  'діт',
  'ребен',
  'дитин',
  'пострадал',
  'постраждал',
];

/** Whether the words at token k are "особового складу" / "личного состава". */
function personnelAt(tk: Token[], k: number): boolean {
  const [first, second] = [tk[k], tk[k + 1]];
  if (!first || !second || first.kind !== WORD || second.kind !== WORD) return false;
  return PERSONNEL.some(([a, b]) => keyOf(first).startsWith(a) && keyOf(second).startsWith(b));
}

/**
 * Whether persons counted at [i0, i1) in the sentence [a, b) are an army's personnel: the
 * noun is followed by "особового складу", or the sentence speaks of a military side's losses
 * and of no civilians.
 */
export function personsArePersonnel(tk: Token[], i1: number, a: number, b: number): boolean {
  if (personnelAt(tk, i1) || personnelAt(tk, i1 + 1)) return true;
  let loss = false;
  let military = false;
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    if (t.kind !== WORD) continue;
    const w = keyOf(t);
    if (startsWithAny(w, CIVILIAN)) return false;
    loss ||= startsWithAny(w, LOSS);
    military ||= startsWithAny(w, MILITARY);
  }
  return loss && military;
}
