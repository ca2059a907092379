/**
 * Russian and Ukrainian time phrases, resolved against the published date: "ночью", "в ночь
 * на 19 марта", "уночі", "у ніч на 20 березня", "за сутки", "за добу", "вчера", "в понедельник",
 * "19 марта 2025 года", "в марте", "с начала вторжения", "з початку року", "станом на …".
 */
import type { Period } from '../../../schema';
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import type { SlavicLexicon } from './lexicon';
import { writtenOf } from './quantity';
import { keyOf } from './words';

const { NUM, WORD } = tok;

const DAY = 86400000;

/** How a time phrase states its time (the matcher's forms). */
export type SlavicTimeForm = 'night' | 'past-day' | 'day' | 'period' | 'cumulative' | 'other';

/** A time phrase found in a sentence. */
export interface SlavicTime {
  at: number;
  end: number;
  text: string;
  period: Period | null;
  form: SlavicTimeForm;
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function night(day: number | null): Period | null {
  return day === null ? null : { start: `${iso(day - DAY)}T19:00`, end: `${iso(day)}T08:00` };
}

function dayPeriod(t: number | null): Period | null {
  return t === null ? null : { start: iso(t), end: iso(t + DAY) };
}

/** A month without a year: the latest such month not after the published one. */
function yearFor(pub: number, month: number): number {
  const d = new Date(pub);
  return month <= d.getUTCMonth() ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

/** Words of the night ("ночью", "уночі", "ночь", "ніч") and of a day and night ("сутки", "доба"). */
const NIGHT_ADVERBS = new Set(['ночью', 'уночі', 'вночі']);
const NIGHT_NOUNS = new Set(['ночь', 'ночи', 'ніч', 'ночі']);
const NIGHT_ADJECTIVES = new Set([
  'этой',
  'минувшей',
  'прошлой',
  'прошедшей',
  'цієї',
  'минулої',
  'минулу',
  'минувшую',
  'прошлую',
  'цю',
]);
const DAY_NOUNS = new Set(['сутки', 'суток', 'добу', 'доби', 'доба']);
const DAY_ADJECTIVES = new Set([
  'минувшие',
  'последние',
  'прошедшие',
  'прошлые',
  'минулу',
  'останню',
  'минулої',
  'останньої',
  'прошедших',
  'последних',
  'минувших',
]);
const FOR = new Set(['за', 'в', 'у', 'протягом', 'впродовж', 'течение', 'продовж']);
const SINCE = new Set(['с', 'со', 'з', 'із', 'від']);
const AS_OF = new Set(['состоянию', 'станом']);
/** Words naming a war's start ("с начала вторжения", "з початку повномасштабного вторгнення"). */
const START = new Set(['начала', 'початку']);
const WAR =
  /^(вторжени|войн|війн|вторгненн|сво|специальн|спецоперац|агресси|агресі|конфликт|конфлікт|оккупац|окупац)/;
const YEAR_WORDS = /^(года|году|год|г|року|році|рік|р)$/;

/** The day `day` of `month` with the year after it ("2025 года") or the latest one not after the published date. */
function dated(
  tk: Token[],
  k: number,
  pub: number | null,
  day: number,
  month: number,
): { t: number | null; end: number } {
  let end = k;
  const y = tk[end];
  let year: number | null = null;
  if (y?.kind === NUM && /^\d{4}$/.test(y.text)) {
    year = Number(y.text);
    end++;
    if (tk[end]?.kind === WORD && YEAR_WORDS.test(keyOf(tk[end] as Token))) end++;
    if (tk[end]?.text === '.' && !tk[end]?.spaceBefore) end++;
  }
  if (year === null && pub === null) return { t: null, end };
  return { t: Date.UTC(year ?? yearFor(pub as number, month), month, day), end };
}

/** Words a time phrase can start with (a number apart): timeAt is asked only at these. */
const FIRST_WORDS = new Set([
  ...NIGHT_ADVERBS,
  ...NIGHT_ADJECTIVES,
  ...FOR,
  ...SINCE,
  'во',
  'сегодня',
  'сьогодні',
  'вчера',
  'вчора',
  'учора',
  'позавчера',
  'позавчора',
  'минулого',
  'прошлого',
  'минувшего',
  'прошлом',
  'минулому',
]);

/** The time phrase of tokens [from, end). */
function phraseOf(
  tk: Token[],
  from: number,
  end: number,
  period: Period | null,
  form: SlavicTimeForm,
): SlavicTime {
  return { at: from, end, text: writtenOf(tk, from, end), period, form };
}

/** A time phrase starting at token i (before `b`), or null. */
function timeAt(
  tk: Token[],
  i: number,
  b: number,
  pub: number | null,
  lex: SlavicLexicon,
): SlavicTime | null {
  const t = tk[i] as Token;
  if (t.kind === WORD && !FIRST_WORDS.has(keyOf(t))) return null;
  const hit = (end: number, period: Period | null, form: SlavicTimeForm, from = i): SlavicTime =>
    phraseOf(tk, from, end, period, form);
  if (t.kind === NUM) {
    // "19 марта", "20 березня 2025 року"
    const m = tk[i + 1];
    const month = m && m.kind === WORD ? lex.months[keyOf(m)] : undefined;
    if (month !== undefined && /^\d{1,2}$/.test(t.text)) {
      const d = dated(tk, i + 2, pub, Number(t.text), month);
      const since = tk[i - 1]?.kind === WORD && SINCE.has(keyOf(tk[i - 1] as Token));
      const asOf =
        tk[i - 1]?.kind === WORD && keyOf(tk[i - 1] as Token) === 'на' && AS_OF.has(keyOf(tk[i - 2] ?? t));
      if (since)
        return hit(
          d.end,
          d.t === null ? null : { start: iso(d.t), end: pub === null ? iso(d.t + DAY) : iso(pub + DAY) },
          'cumulative',
          i - 1,
        );
      if (asOf) return hit(d.end, dayPeriod(d.t), 'cumulative', i - 2);
      return hit(d.end, dayPeriod(d.t), 'day');
    }
    return null;
  }
  if (t.kind !== WORD) return null;
  const w = keyOf(t);
  const next = tk[i + 1];
  const nw = next?.kind === WORD ? keyOf(next) : '';
  if (NIGHT_ADVERBS.has(w)) {
    // "ночью 9 июня", "уночі 10 червня": the night whose morning is that day
    const day = tk[i + 1];
    const month = tk[i + 2]?.kind === WORD ? lex.months[keyOf(tk[i + 2] as Token)] : undefined;
    if (day?.kind === NUM && /^\d{1,2}$/.test(day.text) && month !== undefined) {
      const d = dated(tk, i + 3, pub, Number(day.text), month);
      return hit(d.end, night(d.t), 'night');
    }
    return hit(i + 1, night(pub), 'night');
  }
  if (NIGHT_ADJECTIVES.has(w) && NIGHT_NOUNS.has(nw)) return hit(i + 2, night(pub), 'night');
  // "в ночь на 19 марта", "у ніч проти 20 березня", "в ночь с 18 на 19 марта"
  if ((w === 'в' || w === 'у') && NIGHT_NOUNS.has(nw)) {
    let k = i + 2;
    if (tk[k]?.kind === WORD && SINCE.has(keyOf(tk[k] as Token)) && tk[k + 1]?.kind === NUM) k += 2;
    const on = tk[k]?.kind === WORD ? keyOf(tk[k] as Token) : '';
    const day = tk[k + 1];
    const month = tk[k + 2]?.kind === WORD ? lex.months[keyOf(tk[k + 2] as Token)] : undefined;
    if ((on === 'на' || on === 'проти') && day?.kind === NUM && month !== undefined) {
      const d = dated(tk, k + 3, pub, Number(day.text), month);
      return hit(d.end, night(d.t), 'night');
    }
    const wd = lex.weekdays[on];
    if (on === 'на' && wd !== undefined && pub !== null) {
      const target = pub - ((new Date(pub).getUTCDay() - wd + 7) % 7) * DAY;
      return hit(k + 2, night(target), 'night');
    }
    return hit(i + 2, night(pub), 'night');
  }
  if ((w === 'за' || w === 'протягом' || w === 'впродовж') && NIGHT_NOUNS.has(nw))
    return hit(i + 2, night(pub), 'night');
  // "за сутки", "за минувшие сутки", "протягом доби", "в течение суток"
  if (FOR.has(w)) {
    let k = i + 1;
    if (keyOf(tk[k] ?? t) === 'течение') k++;
    if (tk[k]?.kind === WORD && DAY_ADJECTIVES.has(keyOf(tk[k] as Token))) k++;
    if (tk[k]?.kind === WORD && DAY_NOUNS.has(keyOf(tk[k] as Token)) && k > i)
      return hit(k + 1, pub === null ? null : { start: iso(pub - DAY), end: iso(pub) }, 'past-day');
  }
  if (w === 'сегодня' || w === 'сьогодні') return hit(i + 1, dayPeriod(pub), 'day');
  if (w === 'вчера' || w === 'вчора' || w === 'учора')
    return hit(i + 1, pub === null ? null : dayPeriod(pub - DAY), 'day');
  if (w === 'позавчера' || w === 'позавчора')
    return hit(i + 1, pub === null ? null : dayPeriod(pub - 2 * DAY), 'day');
  // "в понедельник", "у понеділок"
  const wd = lex.weekdays[nw];
  if ((w === 'в' || w === 'во' || w === 'у') && wd !== undefined) {
    const target = pub === null ? null : pub - ((new Date(pub).getUTCDay() - wd + 7) % 7) * DAY;
    return hit(i + 2, dayPeriod(target), 'day');
  }
  // "в марте 2025 года", "у березні"
  const month = lex.months[nw];
  if ((w === 'в' || w === 'у') && month !== undefined && tk[i + 1]?.kind === WORD) {
    const d = dated(tk, i + 2, pub, 1, month);
    if (d.t === null) return hit(d.end, null, 'period');
    const first = new Date(d.t);
    const endT = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
    return hit(d.end, { start: iso(d.t), end: iso(endT) }, 'period');
  }
  // "минулого місяця", "в прошлом месяце": the month before the published one
  if (
    pub !== null &&
    /^(минулого|прошлого|минувшего|прошлом|минулому)$/.test(w) &&
    /^(місяця|месяца|месяце|місяці)$/.test(nw)
  ) {
    const d = new Date(pub);
    const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1);
    const to = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    return hit(i + 2, { start: iso(from), end: iso(to) }, 'period');
  }
  // "в 2024 году", "у 2024 році"
  if (
    (w === 'в' || w === 'у') &&
    next?.kind === NUM &&
    /^\d{4}$/.test(next.text) &&
    YEAR_WORDS.test(keyOf(tk[i + 2] ?? t))
  ) {
    const y = Number(next.text);
    return hit(i + 3, { start: `${y}-01-01`, end: `${y + 1}-01-01` }, 'period');
  }
  // "с начала вторжения", "з початку року", "с начала года"
  if (SINCE.has(w) && START.has(nw)) {
    let k = i + 2;
    for (; k < b && k < i + 6; k++) {
      const x = tk[k] as Token;
      if (x.kind !== WORD) break;
      const xw = keyOf(x);
      if (/^(года|року)$/.test(xw) && pub !== null) {
        const y = new Date(pub).getUTCFullYear();
        return hit(k + 1, { start: `${y}-01-01`, end: iso(pub + DAY) }, 'cumulative');
      }
      if (WAR.test(xw)) return hit(k + 1, null, 'cumulative');
    }
  }
  return null;
}

/** Every time phrase of tokens [a, b), in order. */
export function slavicTimes(
  tk: Token[],
  a: number,
  b: number,
  pub: number | null,
  lex: SlavicLexicon,
): SlavicTime[] {
  const out: SlavicTime[] = [];
  for (let i = a; i < b; i++) {
    const h = timeAt(tk, i, b, pub, lex);
    if (h) {
      out.push(h);
      i = h.end - 1;
    }
  }
  return out;
}
