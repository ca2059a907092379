/**
 * Speakers' names in Russian and Ukrainian: the noun phrase that names one (before a verb,
 * after "по данным", inside "в Минобороны"), and that name in the nominative ("по словам
 * Ивана Петренко" → "Иван Петренко", "в Повітряних силах" → "Повітряні сили").
 */
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import type { SlavicLexicon } from './lexicon';
import { placeAt, sideOfWord } from './places';
import { isAcronym, isCap, keyOf, startsWithAny } from './words';

const { PUNCT, WORD } = tok;

/** The case a name is written in. */
export type NameCase = 'nom' | 'gen' | 'prep' | 'instr';

/** Is this a role word ("министр", "речника") or a body word ("штаба", "експерти")? */
export function isRoleOrBody(w: string, lex: SlavicLexicon): boolean {
  return startsWithAny(w, lex.speech.personRoles) || startsWithAny(w, lex.speech.bodies);
}

/** Is this word a person's role ("губернатора", "речник")? */
export function isPersonRole(w: string, lex: SlavicLexicon): boolean {
  return startsWithAny(w, lex.speech.personRoles);
}

/** A word that can be part of a speaker's name: capitalised, an abbreviation, a role or a body. */
function namePart(t: Token | undefined, lex: SlavicLexicon): boolean {
  if (!t || t.kind !== WORD) return false;
  if (isCap(t)) return (!lex.speech.notSpeakers.has(keyOf(t)) && !lex.stops.has(keyOf(t))) || isAcronym(t);
  return isRoleOrBody(keyOf(t), lex);
}

/** A lower-case adjective ("обласної", "митні") that can stand inside a name. */
function innerAdjective(t: Token | undefined, lex: SlavicLexicon): boolean {
  if (!t || t.kind !== WORD || isCap(t)) return false;
  const w = keyOf(t);
  if (lex.stops.has(w)) return false;
  return /(?:ого|его|ому|ой|ей|ых|их|ые|ие|ая|яя|ый|ий|ої|ій|і|а|е|ні|ні|ьк[аі])$/.test(w) && w.length > 3;
}

/** A lower-case noun in the genitive that can sit inside a name ("развития", "обороны"). */
function innerNoun(t: Token | undefined, lex: SlavicLexicon): boolean {
  if (!t || t.kind !== WORD || isCap(t)) return false;
  const w = keyOf(t);
  return !lex.stops.has(w) && w.length > 3 && /(?:ия|ии|ы|и|а|я|у|ів|ов)$/.test(w);
}

/** Is token k inside a short quoted name ("«Укрэнерго»", "„Сили оборони“")? */
function quotedName(tk: Token[], k: number): boolean {
  const t = tk[k];
  return (
    t !== undefined &&
    t.kind === PUNCT &&
    (t.text === '«' || t.text === '»' || t.text === '„' || t.text === '“' || t.text === '"')
  );
}

/**
 * The start of the name that ends at token `e` (exclusive), reading backward no further than
 * `floor`: capitalised words, roles and bodies, the adjectives and genitives inside them
 * ("Министерство цифрового развития России", "обласна влада та митні органи").
 * Returns `e` when no name ends there.
 */
export function nameBackward(tk: Token[], e: number, floor: number, lex: SlavicLexicon): number {
  let a = e;
  let k = e - 1;
  while (k >= floor) {
    const t = tk[k] as Token;
    // a name never runs across a line break (a heading above a paragraph)
    if (a < e && (tk[a] as Token).lineBefore) break;
    if (namePart(t, lex)) {
      a = k;
      k--;
      continue;
    }
    if (t.kind === WORD && a < e) {
      const w = keyOf(t);
      // "та", "и": two bodies speaking together
      if (
        (w === 'и' || w === 'і' || w === 'та' || w === 'й') &&
        (namePart(tk[k - 1], lex) || (innerAdjective(tk[k - 1], lex) && namePart(tk[k - 2], lex)))
      ) {
        a = k;
        k--;
        continue;
      }
      if (innerAdjective(t, lex) || innerNoun(t, lex)) {
        // inside a name only when a name word stands before it ("Полтавської обласної ради")
        let m = k - 1;
        while (m >= floor && m > k - 4 && (innerAdjective(tk[m], lex) || innerNoun(tk[m], lex))) m--;
        if (m >= floor && namePart(tk[m], lex)) {
          a = m;
          k = m - 1;
          continue;
        }
        // "митні органи": adjectives before a body word
        if (innerAdjective(t, lex) && !isCap(tk[a]) && isRoleOrBody(keyOf(tk[a] as Token), lex)) {
          a = k;
          k--;
          continue;
        }
      }
    }
    // "Середино-Будська", "пресс-служба"
    if (
      (t.text === '-' || t.text === '–') &&
      !t.spaceBefore &&
      a === k + 1 &&
      !tk[a]?.spaceBefore &&
      tk[k - 1]?.kind === WORD
    ) {
      a = k - 1;
      k -= 2;
      continue;
    }
    if (quotedName(tk, k) && a === k + 1 && (t.text === '»' || t.text === '“' || t.text === '"')) {
      let m = k - 1;
      while (m >= floor && m > k - 6 && !quotedName(tk, m)) m--;
      if (m >= floor && quotedName(tk, m) && m < k - 1) {
        a = m;
        k = m - 1;
        continue;
      }
    }
    break;
  }
  // leading lower-case adjectives belong only before a body word ("митні органи", not "уверенный Минфин")
  while (
    a < e &&
    innerAdjective(tk[a], lex) &&
    !(tk[a + 1] && !isCap(tk[a + 1]) && isRoleOrBody(keyOf(tk[a + 1] as Token), lex))
  )
    a++;
  while (a < e && tk[a]?.kind === WORD && ['и', 'і', 'та', 'й'].includes(keyOf(tk[a] as Token))) a++;
  return a;
}

/**
 * The end of the name that starts at token `a`, reading forward before `limit`: a role and a
 * body with their genitives, then the person's name ("голова Полтавської обласної ради
 * Петро Коваль"). Returns `a` when no name starts there.
 */
export function nameForward(tk: Token[], a: number, limit: number, lex: SlavicLexicon): number {
  let k = a;
  while (k < limit) {
    const t = tk[k] as Token;
    if (k > a && t.lineBefore) break;
    if (namePart(t, lex)) {
      k++;
      continue;
    }
    if (t.kind === WORD && !isCap(t) && (innerAdjective(t, lex) || innerNoun(t, lex))) {
      // adjectives and genitives run on only into more of the name
      let m = k;
      while (
        m < limit &&
        m < k + 4 &&
        !namePart(tk[m], lex) &&
        (innerAdjective(tk[m], lex) || innerNoun(tk[m], lex))
      )
        m++;
      if (m < limit && namePart(tk[m], lex)) {
        k = m;
        continue;
      }
      // "оперштаб Краснодарского края": a region's noun after its capitalised adjective
      if (k > a && isCap(tk[k - 1]) && /^(област|край|крає|края|регион|регіон|район|округ)/.test(keyOf(t))) {
        k++;
        continue;
      }
      // "сенатора Совфеда": a genitive noun right after a role ends the name there
      if (k > a && innerNoun(t, lex) && isRoleOrBody(keyOf(tk[k - 1] as Token), lex)) {
        k++;
        continue;
      }
      break;
    }
    if (
      (t.text === '-' || t.text === '–') &&
      !t.spaceBefore &&
      k > a &&
      !tk[k + 1]?.spaceBefore &&
      tk[k + 1]?.kind === WORD
    ) {
      k += 2;
      continue;
    }
    if ((t.text === '«' || t.text === '„' || (t.text === '"' && k > a)) && k > a) {
      let m = k + 1;
      while (m < limit && m < k + 6 && !quotedName(tk, m)) m++;
      if (m < limit && quotedName(tk, m) && m > k + 1) {
        k = m + 1;
        continue;
      }
    }
    break;
  }
  // a name never ends in a lone "и"/"та"
  while (k > a && tk[k - 1]?.kind === WORD && ['и', 'і', 'та', 'й'].includes(keyOf(tk[k - 1] as Token))) k--;
  return k;
}

/** Tokens [a, b) as written. */
export function spanText(text: string, tk: Token[], a: number, b: number): string {
  return text.slice((tk[a] as Token).start, (tk[b - 1] as Token).end).replace(/\s+/g, ' ');
}

const SIBILANT = /[кгхжшчщ]$/;

/** A capitalised word keeps its first capital. */
function like(model: string, word: string): string {
  return model[0] !== model[0]?.toLowerCase() ? (word[0] as string).toUpperCase() + word.slice(1) : word;
}

/** One adjective in the nominative, by its ending in `c`. */
function adjectiveNom(w: string, c: NameCase, uk: boolean): string | null {
  if (uk) {
    if (/(ого|ому|им|ім)$/.test(w) && c !== 'nom') return w.replace(/(ого|ому|им|ім)$/, 'ий');
    if (/(ої|ій|ою)$/.test(w)) return w.replace(/(ої|ій|ою)$/, 'а');
    if (/(их|ими)$/.test(w)) return w.replace(/(их|ими)$/, 'і');
    return null;
  }
  if (/(ского|цкого|ского)$/.test(w)) return w.replace(/ого$/, 'ий');
  if (/(ого|ом|ым)$/.test(w))
    return w.replace(/(ого|ом|ым)$/, SIBILANT.test(w.replace(/(ого|ом|ым)$/, '')) ? 'ий' : 'ый');
  if (/(его|ем|им)$/.test(w)) return w.replace(/(его|ем|им)$/, 'ий');
  if (/ой$/.test(w)) return w.replace(/ой$/, 'ая');
  if (/ей$/.test(w) && w.length > 5) return w.replace(/ей$/, 'яя');
  if (/(ых|ыми)$/.test(w)) return w.replace(/(ых|ыми)$/, 'ые');
  if (/(их|ими)$/.test(w)) return w.replace(/(их|ими)$/, 'ие');
  return null;
}

/** One noun in the nominative singular, by its ending in `c` (a guess where endings are shared). */
function nounNom(w: string, c: NameCase, uk: boolean): string {
  if (c === 'gen') {
    if (/(ства|тва)$/.test(w)) return w.slice(0, -1) + 'о';
    if (/ния$/.test(w)) return w.slice(0, -1) + 'е';
    if (/ння$/.test(w)) return w;
    if (/(ии|ії)$/.test(w)) return w.slice(0, -1) + 'я';
    if (/ы$/.test(w)) return w.slice(0, -1) + 'а';
    if (/[кгхжшчщ]и$/.test(w)) return w.slice(0, -1) + 'а';
    if (uk && /и$/.test(w)) return w.slice(0, -1) + 'а';
    if (/ти$|сти$/.test(w) || (uk && /ті$/.test(w))) return w.slice(0, -1) + 'ь';
    if (/[ое]я$/.test(w) || /ия$/.test(w) || /ія$/.test(w)) return w.slice(0, -1) + 'й';
    if (/ля$/.test(w) || /ря$/.test(w)) return uk && /ря$/.test(w) ? w.slice(0, -1) : w.slice(0, -1) + 'ь';
    if (/[^аеиоуыэюяіїє]а$/.test(w)) return w.slice(0, -1);
    if (uk && /[^аеиоуіїєюя]у$/.test(w)) return w.slice(0, -1);
    return w;
  }
  if (c === 'prep') {
    if (/(стве|стві|тві)$/.test(w)) return w.slice(0, -1) + 'о';
    if (/(ии|ії)$/.test(w)) return w.slice(0, -1) + 'я';
    if (/нии$/.test(w)) return w.slice(0, -1) + 'е';
    if (/ле$/.test(w)) return w.slice(0, -1) + 'ь';
    if (/[^аеиоуыэюяіїє][еі]$/.test(w)) return w.slice(0, -1);
    return w;
  }
  if (c === 'instr') {
    if (/(ством|ством)$/.test(w)) return w.slice(0, -2) + 'о';
    if (/[^аеиоуыэюяіїє]ом$/.test(w)) return w.slice(0, -2);
    if (/(ой|ою)$/.test(w)) return w.slice(0, -2) + 'а';
    return w;
  }
  return w;
}

/** A surname or first name (capitalised) in the nominative, by its ending in `c`. */
function personNom(w: string, c: NameCase, uk: boolean): string {
  if (c === 'nom') return w;
  if (c === 'gen') {
    if (/(ского|цкого|ського|цького)$/.test(w)) return w.replace(/ого$/, uk ? 'ий' : 'ий');
    if (/(овой|евой|ёвой|иной|ыной)$/.test(w)) return w.slice(0, -2) + 'а';
    if (/(ської|цької)$/.test(w)) return w.replace(/ої$/, 'а');
    if (/(ова|ева|ёва|іна|ина|ына)$/.test(w)) return w.slice(0, -1);
    if (/[ео]я$/.test(w) || /[иі]я$/.test(w)) return w.slice(0, -1) + 'й';
    if (/ря$/.test(w)) return uk ? w.slice(0, -1) : w.slice(0, -1) + 'ь';
    if (/[кгх]и$/.test(w) || /ы$/.test(w)) return w.slice(0, -1) + 'а';
    if (/ии$/.test(w) || /ії$/.test(w)) return w.slice(0, -1) + 'я';
    if (/[^аеиоуыэюяіїє]а$/.test(w)) return w.slice(0, -1);
    return w;
  }
  if (c === 'instr') {
    if (/(овим|евим|іним|овым|евым|иным)$/.test(w)) return w.slice(0, -2);
    if (/[^аеиоуыэюяіїє]ом$/.test(w)) return w.slice(0, -2);
  }
  return w;
}

/** Is the name [a, b) a body rather than a person (its words are bodies, abbreviations or places)? */
export function namesBody(tk: Token[], a: number, b: number, lex: SlavicLexicon): boolean {
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    if (t.kind === WORD && startsWithAny(keyOf(t), lex.speech.bodies)) return true;
  }
  return false;
}

/** Words written the same in every case: "Минобороны", "Минфина", "Міноборони". */
function indeclinable(t: Token): boolean {
  const w = keyOf(t);
  return isCap(t) && (w.startsWith('мин') || w.startsWith('мін')) && /(ы|и|ия|ія)$/.test(w);
}

/** One word of a name in the nominative: a person's name, an adjective, a body or role noun. */
function wordNom(t: Token, c: NameCase, lex: SlavicLexicon, asPerson: boolean): string {
  if (t.kind !== WORD || isAcronym(t) || indeclinable(t) || /[a-z]/i.test(t.text)) return t.text;
  const w = keyOf(t);
  const uk = lex.lang === 'uk';
  const plural = lex.speech.plurals[w];
  if (plural) return like(t.text, plural);
  if (asPerson) return like(t.text, personNom(w, c, uk));
  return like(t.text, adjectiveNom(w, c, uk) ?? nounNom(w, c, uk));
}

/**
 * The name [a, b) in the nominative: its leading adjectives and head noun, and a person's
 * name closing it, take the nominative; genitives between them stay ("министра финансов
 * Игоря Орлова" → "министр финансов Игорь Орлов"). Abbreviations and indeclinable
 * words ("Минобороны") stay as written.
 */
export function nominative(
  text: string,
  tk: Token[],
  a: number,
  b: number,
  c: NameCase,
  lex: SlavicLexicon,
): string {
  if (c === 'nom' || b <= a) return b > a ? spanText(text, tk, a, b) : '';
  const uk = lex.lang === 'uk';
  // the head: adjectives up to the first noun (the last part of a hyphenated one: "пресс-службе")
  let head = a;
  while (head < b - 1) {
    const t = tk[head] as Token;
    if (t.kind === WORD && !isAcronym(t) && !isCap(t) && adjectiveNom(keyOf(t), c, uk) !== null) head++;
    else if (
      t.kind === WORD &&
      isCap(t) &&
      !isAcronym(t) &&
      !indeclinable(t) &&
      adjectiveNom(keyOf(t), c, uk) !== null &&
      tk[head + 1]?.kind === WORD &&
      !isCap(tk[head + 1])
    )
      head++;
    else break;
  }
  while (tk[head + 1]?.text === '-' && !tk[head + 1]?.spaceBefore && head + 2 < b) head += 2;
  // a person's name closing the phrase (at most two capitalised words that are no body)
  let tail = b;
  while (
    tail > head + 1 &&
    b - tail < 2 &&
    isCap(tk[tail - 1]) &&
    !isAcronym(tk[tail - 1]) &&
    // "Міноборони Росії", "губернатора Курской области": a country or place is the owner, left as written
    placeAt(tk, tail - 1) === null &&
    sideOfWord(tk[tail - 1], uk) === null &&
    !namesBody(tk, tail - 1, tail, lex) &&
    !indeclinable(tk[tail - 1] as Token)
  )
    tail--;
  const headIsName = isCap(tk[head]) && !isAcronym(tk[head]) && !isRoleOrBody(keyOf(tk[head] as Token), lex);
  let s = '';
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    const convert = k <= head || k >= tail;
    const w =
      convert && t.kind === WORD ? wordNom(t, c, lex, (k === head && headIsName) || k >= tail) : t.text;
    s += k > a && t.spaceBefore ? ` ${w}` : w;
  }
  return s;
}

/** A speaker named in the article, as remembered for back-references. */
interface Known {
  name: string;
  words: string[];
  person: boolean;
}

/** Do two words share their stem (a case ending apart: "Орлова" and "Орлов")? */
export function sameStem(x: string, y: string): boolean {
  const n = Math.min(x.length, y.length);
  if (n < 3) return x === y;
  let p = 0;
  while (p < n && x.charCodeAt(p) === y.charCodeAt(p)) p++;
  return p >= Math.max(3, Math.max(x.length, y.length) - 3) && p >= n - 2;
}

/**
 * The speakers named so far in a Russian or Ukrainian article, newest last: a pronoun, a role
 * ("мэр"), a body ("ведомство") or a surname in any case resolves to the full name given before.
 */
export class SlavicSpeakers {
  private readonly known: Known[] = [];

  constructor(private readonly lex: SlavicLexicon) {}

  /** Remembers a speaker. */
  remember(name: string, person: boolean): void {
    const words = name
      .toLowerCase()
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter(Boolean);
    this.known.push({ name, words, person });
    if (this.known.length > 48) this.known.splice(0, 24);
  }

  /** The last person named, or null. */
  lastPerson(): string | null {
    for (let k = this.known.length - 1; k >= 0; k--)
      if ((this.known[k] as Known).person) return (this.known[k] as Known).name;
    return null;
  }

  /** The last body named, or null. */
  lastBody(): string | null {
    for (let k = this.known.length - 1; k >= 0; k--)
      if (!(this.known[k] as Known).person) return (this.known[k] as Known).name;
    return null;
  }

  /**
   * Resolves a name (as written, and its nominative): a pronoun to the last person or body; a
   * name whose words all share their stems with a longer one named before to that one; a new
   * name is remembered and returned in the nominative.
   */
  resolve(written: string, nominativeName: string, person: boolean): string | null {
    const words = written
      .toLowerCase()
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter(Boolean);
    if (words.length === 0) return null;
    const speech = this.lex.speech;
    if (words.length === 1) {
      const w = words[0] as string;
      if (speech.personPronouns.has(w)) return this.lastPerson();
      if (speech.groupPronouns.has(w)) return this.lastBody() ?? this.lastPerson();
    }
    for (let k = this.known.length - 1; k >= 0; k--) {
      const sp = this.known[k] as Known;
      if (sp.words.length < words.length) continue;
      if (words.every((w) => sp.words.some((v) => sameStem(v, w)))) return sp.name;
    }
    // "ведомство", "відомство": the body that spoke last
    if (words.length === 1 && /^(ведомств|відомств|министерств|міністерств)/.test(words[0] as string)) {
      const body = this.lastBody();
      if (body) return body;
    }
    this.remember(nominativeName, person);
    return nominativeName;
  }
}
