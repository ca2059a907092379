/**
 * What a Russian or Ukrainian figure is about, in the frame the matcher reads: the action in
 * its English class ("сбиты", "збито" → shot down), who acted on whom (Russia, Ukraine), the
 * place in English ("над Курской областью" → Kursk region) and the time phrase, resolved.
 */
import type { Frame } from '../../../schema';
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import type { SlavicLexicon } from './lexicon';
import { latinOf, placeAt, sideOfWord } from './places';
import { writtenOf } from './quantity';
import { slavicTimes, type SlavicTime } from './time';
import { isAcronym, isCap, keyOf } from './words';

const { PUNCT, WORD } = tok;

/** Word starts of action verbs and nouns → the action's English class (the English extractor's). */
const ACTIONS: Array<[RegExp, string]> = [
  [
    /^(сбит|сбил|сбива|збит|збил|збива|перехват|перехвач|перехоп|подавл|подавил|нейтрализ|нейтраліз|знешкод|приземл|поражен|уражен|ліквідова|ликвидирова)/,
    'shot down',
  ],
  // destroyed: shot down only once what is counted is known to fly (thingMeasure, as in English)
  [/^(уничтож|знищ)/, 'destroyed'],
  [
    /^(запуст|выпуст|випуст|примени|применя|застосува|застосов|атакова|атакува|направи|направ|скерува|выпущен|випущен|запущен)/,
    'launched',
  ],
  [/^(обмен|обменя|обмін|обміня)/, 'exchanged'],
  [
    /^(вернул|вернули|возвращ|возвращен|повернул|повернен|повернуто|освобожден|звільнен|передал|передан|передано|передані)/,
    'released',
  ],
  [/^(погиб|погибл|убит|убил|загину|загинул|загибл|вбит|вбил|жертв)/, 'killed'],
  [/^(ранен|ранил|поранен|поранил|травмир|травмова|пострадал|постражда)/, 'injured'],
  [/^(контролир|контролю)/, 'controls'],
  [
    /^(захват|захвати|захопи|захопл|занял|заня|освободи|освобожд|звільни|взял|взяли|оккупир|окупува)/,
    'captured',
  ],
  [/^(потерял|потеря|утрач|утрат|втрати|втрат|втрач)/, 'lost'],
  [/^(эвакуир|евакуйов|евакуюва)/, 'evacuated'],
  [/^(пожар|пожеж|возгоран|загоран|загорі|горел|горіл)/, 'fire'],
];

/** Any action word start, to pass over the many words that are none in one test. */
const ANY_ACTION = new RegExp(
  ACTIONS.map(([re]) => re.source.slice(1))
    .join('|')
    .replace(/^/, '^(?:') + ')',
);

/** Prepositions before a place ("над", "в", "у", "під"). */
const PLACE_PREPOSITIONS = new Set([
  'над',
  'в',
  'во',
  'у',
  'на',
  'под',
  'під',
  'около',
  'біля',
  'возле',
  'поблизу',
  'по',
]);
/** Words after a preposition that say a place follows ("территорией", "районе", "области"). */
const PLACE_NOUNS = /^(территори|територі|район|област|регион|регіон|город|міст|сел|громад|акватори)/;

/** What frame-building needs from a sentence, read once for all its figures. */
export interface SlavicFrameContext {
  tk: Token[];
  a: number;
  b: number;
  uk: boolean;
  /** Action words: [token, class]. */
  actions: Array<[number, string]>;
  /** Places: [token, English name]. */
  places: Array<[number, string]>;
  /** Sides named: [token, side]. */
  sides: Array<[number, string]>;
  times: SlavicTime[];
  /** The time of the sentence before in the same paragraph, for a sentence that gives none. */
  inherited: SlavicTime | null;
}

/** Reads sentence [a, b) once: its actions, places, sides and times (`pub` a UTC day start). */
export function slavicFrameContext(
  tk: Token[],
  a: number,
  b: number,
  pub: number | null,
  before: SlavicFrameContext | null,
  lex: SlavicLexicon,
): SlavicFrameContext {
  const uk = lex.lang === 'uk';
  const actions: Array<[number, string]> = [];
  const places: Array<[number, string]> = [];
  const sides: Array<[number, string]> = [];
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    if (t.kind !== WORD) continue;
    const w = keyOf(t);
    // a verb opens many a sentence: "Збито 75 безпілотників"
    if ((!isCap(t) || (k === a && !isAcronym(t))) && ANY_ACTION.test(w)) {
      for (const [re, action] of ACTIONS) {
        if (re.test(w)) {
          actions.push([k, action]);
          break;
        }
      }
    }
    const side = sideOfWord(t, uk);
    if (side) sides.push([k, side]);
    const place = placeAt(tk, k);
    // a place after a preposition or with its region noun ("над Курской областью", "у Харкові"); "Киев заявил" is a side
    if (place && (place.end === k + 2 || (k > a && PLACE_PREPOSITIONS.has(keyOf(tk[k - 1] as Token))))) {
      places.push([k, place.name]);
      k = place.end - 1;
      continue;
    }
    // an unknown place after a preposition: "у Новоселицькій громаді" → in Latin letters
    if (
      isCap(t) &&
      PLACE_PREPOSITIONS.has(keyOf(tk[k - 1] ?? t)) &&
      tk[k + 1]?.kind === WORD &&
      PLACE_NOUNS.test(keyOf(tk[k + 1] as Token)) &&
      !side
    ) {
      places.push([k, latinOf(writtenOf(tk, k, k + 2))]);
      k++;
    }
  }
  const times = slavicTimes(tk, a, b, pub, lex);
  const inherited =
    times.length === 0 && before && !(tk[a] as Token).lineBefore
      ? (before.times[0] ?? before.inherited)
      : null;
  return { tk, a, b, uk, actions, places, sides, times, inherited };
}

/** The nearest entry of `list` to token i (ahead of it counts half a token more). */
function nearest<T>(list: Array<[number, T]>, i: number, skipFrom = -1, skipTo = -1): [number, T] | null {
  let best: [number, T] | null = null;
  let d = Infinity;
  for (const e of list) {
    if (e[0] >= skipFrom && e[0] <= skipTo) continue;
    const x = Math.abs(e[0] - i) + (e[0] > i ? 0.5 : 0);
    if (x < d) {
      d = x;
      best = e;
    }
  }
  return best;
}

/**
 * The frame of the figure at token i whose span ends at character `end`: the nearest action
 * outside its own noun phrase, the side of the counted noun or of the clause's subject as the
 * actor, the side after the action as its target, the nearest place and time.
 */
export function slavicFrameOf(ctx: SlavicFrameContext, i: number, end: number): Frame {
  const { tk } = ctx;
  let nounEnd = i;
  while (nounEnd + 1 < ctx.b && (tk[nounEnd + 1] as Token).end <= end) nounEnd++;
  const action = nearest(ctx.actions, i, i, nounEnd);
  // the actor: a side in the figure's own noun phrase ("украинских беспилотников"), else before the action
  let actor: string | null = null;
  for (const [k, side] of ctx.sides) if (k > i && k <= nounEnd) actor = side;
  let target: string | null = null;
  if (action) {
    const at = action[0];
    if (!actor) {
      for (const [k, side] of ctx.sides) if (k < at && k >= ctx.a && !clauseBetween(tk, k, at)) actor = side;
    }
    for (const [k, side] of ctx.sides) {
      // after the action, before the figure ("атаковали Украину 120 дронами") or after its noun
      const outsideFigure = k < i || k > nounEnd;
      if (k > at && outsideFigure && k < at + 8 && !clauseBetween(tk, at, k) && side !== actor) {
        target = side;
        break;
      }
    }
  }
  const place = nearest(ctx.places, i);
  const time = ctx.times.length
    ? (nearest(
        ctx.times.map((h) => [h.at, h] as [number, SlavicTime]),
        i,
      )?.[1] ?? null)
    : ctx.inherited;
  return {
    action: action?.[1] ?? null,
    actor,
    target,
    place: place?.[1] ?? null,
    timeText: time?.text ?? null,
    period: time?.period ?? null,
    timeForm: time?.form ?? 'none',
    inferred: false,
    // what is counted, as the English extractor classes it: the action beside the figure
    measure: action?.[1] ?? null,
    partOf: null,
    versus: null,
  };
}

/** Is there a clause boundary (";", ".", a colon) between tokens x and y? */
function clauseBetween(tk: Token[], x: number, y: number): boolean {
  for (let k = Math.min(x, y) + 1; k < Math.max(x, y); k++) {
    const t = tk[k] as Token;
    if (t.kind === PUNCT && (t.text === ';' || t.text === '.' || t.text === ':')) return true;
  }
  return false;
}
