import * as lex from './lexicon';

import type { Token } from './tokenize';
import * as tok from './tokenize';
import { W_ATTRIBUTION_CUE, W_REPORT } from './wordClass';

// local bindings: hot loops read them without going through module accessors
const { MONTHS, NP_STOP, ORG_HEADS, PARTICIPLES, REPORT, ROLE_WORDS, WEEKDAYS } = lex;
const { NUM, PUNCT, WORD } = tok;

/** Who asserts the figure at a token, after the whole text has been read. */
export interface Attribution {
  /** The speaker of a figure starting at token `i` in sentence `s`, or null (the outlet's voice). */
  speakerAt(i: number, s: number): string | null;
  /** Is token `i` part of a speaker's name ("two industry sources told")? Such a number is not a claim. */
  inSpeaker(i: number): boolean;
}

interface Speaker {
  name: string;
  words: string[];
  person: boolean;
}

interface Verb {
  v: number;
  speaker: string | null;
  /** The subject sits after the figure's position when it is at or after this token. */
  subjStart: number;
  participle: boolean;
  /** A reporting clause closing the figure's clause (", the ministry said", "… that Putin had promised"). */
  post: boolean;
}

interface SentenceInfo {
  verbs: Verb[];
  according: Array<{ at: number; speaker: string }>;
  subject: string | null;
  /** "its forecast", "its estimate": the sentence's subject owns the figures. */
  owns: boolean;
}

const OPEN_Q = new Set(['“', '«', '„']);
const CLOSE_Q = new Set(['”', '»']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them']);
const SKIP_BACK = new Set(
  'also still previously reportedly repeatedly further later earlier had has have would will could may might then now separately once again recently already publicly officially initially originally subsequently meanwhile themselves itself himself herself just had.'.split(
    ' ',
  ),
);
const TITLES = new Set('mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep st'.split(' '));
/** Single-word places and bodies that "he" or "she" never refers to. */
const NOT_PEOPLE = new Set(
  'russia ukraine moscow kyiv kiev washington israel iran china beijing london paris berlin brussels gaza hamas hezbollah kremlin nato europe america britain france germany poland belarus minsk tehran turkey ankara syria lebanon japan india'.split(
    ' ',
  ),
);
/** Reporting words that are nouns too ("estimate", "reports"): as verbs they need a clause after them. */
const NOUNISH = new Set(
  'estimate estimates forecast forecasts report reports claim claims note notes state states count counts record records post posts show shows update updates list lists tally project projects promise promises tweet tweets warning warnings puts'.split(
    ' ',
  ),
);
const CLAUSE_NEXT = new Set(
  'that the a an it they he she we there its their his her about around nearly some more over up at as almost roughly approximately between fewer less this these those only'.split(
    ' ',
  ),
);
const WEEKDAY_SET = new Set(WEEKDAYS);
const SUBORDINATORS = new Set(
  'while when as after if although though since because but and so yet meanwhile however once unless whereas'.split(
    ' ',
  ),
);
const DOCUMENTS = new Set(['report', 'statement', 'readout', 'update', 'bulletin', 'data', 'figures']);
const DAY_PARTS = new Set(['morning', 'night', 'evening', 'afternoon']);
const ADJ_OK = new Set(
  'southern northern eastern western central local senior top former acting deputy chief russian-installed russian-backed pro-russian pro-kremlin independent official unnamed anonymous several two three some many other private ukrainian russian'.split(
    ' ',
  ),
);
const CLAIM_NOUNS =
  /^(forecasts?|estimates?|projections?|figures?|assessments?|tally|count|toll|data|numbers?|statistics)$/;
/** Words that open an introductory phrase before a sentence's subject ("In March, …", "Overall, …"). */
const INTRO = new Set(
  'in on at earlier later meanwhile last as since for after following before during however overall separately according regarding but and also by from this yesterday today overnight then'.split(
    ' ',
  ),
);
/** Determiners and possessives that may open a sentence's subject ("The ministry", "Its data"). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Words before a reporting word that make it a noun ("the report", "was said", "new estimates"). */
const NOT_BEFORE_VERB = new Set(
  'the a an its their his her our this that these those was were been be is are being media news latest new first initial further more earlier official unconfirmed to'.split(
    ' ',
  ),
);

/** Drops a final possessive "'s" or "’s" (what `.replace(/[’']s$/, '')` does, without a regex). */
function dropPossessive(s: string): string {
  const n = s.length;
  const q = s.charCodeAt(n - 2);
  return s.charCodeAt(n - 1) === 115 && (q === 39 || q === 0x2019) ? s.slice(0, -2) : s;
}

const isCap = (t: Token | undefined): boolean => t !== undefined && t.kind === WORD && t.text !== t.lower;
/** A preposition that may sit inside a name ("Ministry of Health"), so a name does not start after it. */
const isPlainStop = (t: Token): boolean =>
  t.kind === WORD && (t.lower === 'of' || t.lower === 'in' || t.lower === 'for');
const nameish = (x: Token): boolean => isCap(x) || isRole(x.lower);
/** A role or body word, singular or plural ("official", "governments"). */
function isRole(l: string): boolean {
  return ROLES.has(l);
}
/** Role words that name a person ("he" or "she" can refer back to them). */
const PERSON_ROLES = new Set(
  'spokesman spokeswoman spokesperson minister president premier chancellor commander officer operator official governor mayor analyst expert adviser advisor chief head deputy envoy ambassador diplomat soldier resident witness doctor lawmaker leader general colonel prosecutor ombudsman commissioner secretary correspondent reporter blogger source pilot engineer driver farmer volunteer activist researcher economist'.split(
    ' ',
  ),
);
/**
 * What isRole accepts, built once: the role words and, for those of three
 * letters or more, their plural in "s" (a lookup per word instead of a slice).
 */
const ROLES = new Set<string>();
for (const w of [...ROLE_WORDS, ...PERSON_ROLES]) {
  ROLES.add(w);
  if (w.length >= 3) ROLES.add(`${w}s`);
}
/** A lower-case word that may sit inside a name ("harbour" in "the harbour office"). */
const isPlain = (t: Token): boolean =>
  t.kind === WORD &&
  t.text === t.lower &&
  !NP_STOP.has(t.lower) &&
  !REPORT.has(t.lower) &&
  !t.lower.endsWith('ed') &&
  !t.lower.endsWith('ly');
const isQuote = (t: Token): boolean => t.text === '"' || OPEN_Q.has(t.text) || CLOSE_Q.has(t.text);

/** Reads the quotations and reporting clauses of a text and resolves their speakers. */
export function attribute(text: string, tk: Token[], starts: number[]): Attribution {
  const n = tk.length;
  // quotation spans (token index of the opening and closing marks), per block
  const quoteOf = new Int32Array(n).fill(-1);
  const quotes: Array<{ a: number; b: number; speaker: string | null }> = [];
  let open = -1;
  let single = false;
  for (let i = 0; i < n; i++) {
    const t = tk[i] as Token;
    if (t.lineBefore && open >= 0) {
      quotes.push({ a: open, b: i - 1, speaker: null });
      open = -1;
    }
    if (t.kind !== PUNCT) {
      if (open >= 0) quoteOf[i] = quotes.length;
      continue;
    }
    if (open < 0 && (OPEN_Q.has(t.text) || (t.text === '"' && !isQuoteCloseLike(tk, i)))) {
      open = i;
      single = false;
      quoteOf[i] = quotes.length;
    } else if (open < 0 && singleOpens(tk, i)) {
      // 'single quotes' count only when they close within the paragraph ("the '90s" does not open one)
      open = i;
      single = true;
      quoteOf[i] = quotes.length;
    } else if (open >= 0 && (single ? singleCloses(tk, i) : CLOSE_Q.has(t.text) || t.text === '"')) {
      quoteOf[i] = quotes.length;
      quotes.push({ a: open, b: i, speaker: null });
      open = -1;
    } else if (open >= 0) quoteOf[i] = quotes.length;
  }
  if (open >= 0) quotes.push({ a: open, b: n - 1, speaker: null });
  const inQuote = (i: number) => quoteOf[i] !== -1;
  const speakerTokens = new Uint8Array(n);
  const markSpeaker = (a: number, b: number) => {
    for (let k = a; k < b && k < n; k++) speakerTokens[k] = 1;
  };

  const sentenceOf = new Int32Array(n);
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s] as number;
    const b = s + 1 < starts.length ? (starts[s + 1] as number) : n;
    for (let i = a; i < b; i++) sentenceOf[i] = s;
  }
  const bounds = (s: number): [number, number] => [
    starts[s] as number,
    s + 1 < starts.length ? (starts[s + 1] as number) : n,
  ];

  const known: Speaker[] = [];
  /** The current sentence's subject, for "it" or "he" later in the same sentence. */
  let curSubject: [number, number] | null = null;
  let lastSpokenQuote: { b: number; speaker: string | null } | null = null;
  const span = (a: number, b: number) => text.slice((tk[a] as Token).start, (tk[b - 1] as Token).end);

  function remember(name: string, person: boolean, alias: string | null = null): void {
    const words = (alias ? `${name} ${alias}` : name)
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    known.push({ name, words, person });
    if (known.length > 64) known.splice(0, 32);
  }

  /** Resolves "he", "the ministry", "Peskov" to the speaker named earlier; registers new names. */
  function resolve(a: number, b: number, alias?: [number, number]): string | null {
    if (b <= a) return null;
    let a2 = a;
    while (a2 < b && (tk[a2] as Token).lower === 'the') a2++;
    if (a2 >= b) return null;
    const first = tk[a2] as Token;
    // "he", "she" → the last person; "it", "its figures", "their data" → the last body
    if ((b - a2 === 1 && PRONOUNS.has(first.lower)) || first.lower === 'its' || first.lower === 'their') {
      const wantPerson =
        first.lower === 'he' || first.lower === 'she' || first.lower === 'him' || first.lower === 'her';
      // "The central bank kept its rate at 21%, it said": the sentence's own subject comes first
      if (curSubject && curSubject[1] <= a) {
        const [sa, se] = curSubject;
        const last = tk[se - 1] as Token;
        const subjectIsPerson = isCap(last) && isCap(tk[se - 2]) && !ORG_HEADS.has(last.lower);
        const plural = /[^s]s$/.test(last.lower) && (!isCap(last) || se - 1 === sa);
        const number =
          wantPerson ||
          plural === (first.lower === 'they' || first.lower === 'their' || first.lower === 'them');
        if (
          subjectIsPerson === wantPerson &&
          number &&
          !/^(its|their|he|she|it|they)$/.test((tk[sa] as Token).lower)
        ) {
          curSubject = null;
          return resolve(sa, se);
        }
      }
      for (let k = known.length - 1; k >= 0; k--) {
        const sp = known[k] as Speaker;
        if (sp.person === wantPerson) return sp.name;
      }
      if (wantPerson) {
        // "Peskov said … He added": a one-word name that is not a place or a body
        for (let k = known.length - 1; k >= 0; k--) {
          const sp = known[k] as Speaker;
          const w = sp.words[0] as string;
          if (
            sp.words.length === 1 &&
            !NOT_PEOPLE.has(w) &&
            sp.name !== sp.name.toUpperCase() &&
            !ORG_HEADS.has(w)
          )
            return sp.name;
        }
      }
      return null;
    }
    if (first.lower === 'i' || first.lower === 'we' || first.lower === 'you') return null;
    const name = dropPossessive(span(a2, b));
    const last = tk[b - 1] as Token;
    const caps = countCaps(a2, b);
    // short references: "the ministry", "the air force", "the Fund", "Peskov"
    const definite = a2 > a;
    if ((definite && caps <= 1) || (caps === 1 && b - a2 === 1)) {
      const head = dropPossessive(last.lower);
      for (let k = known.length - 1; k >= 0; k--) {
        const sp = known[k] as Speaker;
        if (sp.words.includes(head) && sp.words.length > 1) return sp.name;
      }
    }
    if (definite && caps === 0 && DOCUMENTS.has(last.lower)) {
      // "the report", "the statement": the body that spoke last
      for (let k = known.length - 1; k >= 0 && k >= known.length - 3; k--) {
        const sp = known[k] as Speaker;
        if (!sp.person) return sp.name;
      }
    }
    const person =
      isCap(last) &&
      !ORG_HEADS.has(last.lower) &&
      caps >= 2 &&
      isCap(tk[b - 2] as Token) &&
      !/^(a|an|the)$/.test((tk[b - 2] as Token).lower) &&
      !MONTHS[last.lower];
    const personHead = !isCap(last) && PERSON_ROLES.has(last.lower);
    const personByRole =
      isCap(last) && !ORG_HEADS.has(last.lower) && b - a2 >= 2 && ROLE_WORDS.has((tk[b - 2] as Token).lower);
    remember(name, person || personByRole || personHead, alias ? span(alias[0], alias[1]) : null);
    return name;
  }

  function countCaps(a: number, b: number): number {
    let c = 0;
    for (let k = a; k < b; k++) if (isCap(tk[k] as Token)) c++;
    return c;
  }

  /** Collects the noun phrase that ends at token `e` (exclusive), going backward. */
  function npBackward(e: number, floor: number): number {
    let k = e - 1;
    let a = e;
    while (k >= floor) {
      const t = tk[k] as Token;
      if (inQuote(k)) break;
      if (t.kind === WORD) {
        const l = t.lower;
        const poss = l.endsWith("'s");
        // a capitalised function word opening the sentence ("While Kyiv put …") is not part of a name
        if (isCap(t) && k === floor && SUBORDINATORS.has(l)) break;
        if (isCap(t) || isRole(l) || poss || ADJ_OK.has(l)) {
          if (isCap(t) && (WEEKDAY_SET.has(l) || (MONTHS[l] !== undefined && l.length > 3))) break;
          a = k;
          k--;
          continue;
        }
        if (
          (l === 'of' || l === 'and' || l === 'for' || l === 'in' || l === 'on') &&
          a < e &&
          k - 1 >= floor
        ) {
          // "Ministry of Health", "ministry of defence", "mission in Ukraine", "Russia and Ukraine"
          const left = tk[k - 1] as Token;
          const right = tk[a] as Token;
          const ok =
            l === 'and'
              ? isCap(left) && isCap(right)
              : nameish(left) && nameish(right) && (l !== 'in' || ROLE_WORDS.has(left.lower));
          if (ok) {
            a = k;
            k--;
            continue;
          }
        }
        if (l === 'the' && a < e && isCap(tk[a] as Token) && k - 2 >= floor) {
          // "the Institute for the Study of War": "for the" inside a name
          const p = tk[k - 1] as Token;
          if ((p.lower === 'for' || p.lower === 'of') && isCap(tk[k - 2] as Token)) {
            a = k - 1;
            k -= 2;
            continue;
          }
        }
        if (l === 'the' || l === 'a' || l === 'an') {
          if (a < e) a = k;
          break;
        }
        if (!NP_STOP.has(l) && (a < e || (!l.endsWith('ed') && !l.endsWith('ing')))) {
          // "the port authority": plain nouns between a determiner and the head
          let m = k;
          while (
            m >= floor &&
            m > k - 4 &&
            (tk[m] as Token).kind === WORD &&
            !isCap(tk[m] as Token) &&
            !NP_STOP.has((tk[m] as Token).lower)
          )
            m--;
          const d = tk[m];
          if (d && m >= floor && isCap(d) && !(m === floor)) {
            // "the UN human rights monitoring mission": a capitalised modifier before plain nouns
            a = m;
            k = m - 1;
            continue;
          }
          if (
            m < floor ||
            (d && (d.kind === PUNCT || (NP_STOP.has(d.lower) && !/^(the|a|an)$/.test(d.lower))))
          ) {
            // "…,” district chief Marta Kolar said": plain nouns from a clause boundary
            a = m + 1;
            break;
          }
          if (
            m >= floor &&
            d &&
            (d.lower === 'the' || d.lower === 'a' || d.lower === 'an' || d.lower.endsWith("'s"))
          ) {
            a = d.lower.endsWith("'s") ? m + 1 : m;
            if (d.lower.endsWith("'s")) {
              k = m;
              continue;
            }
          }
          break;
        }
        if (PRONOUNS.has(l) && a === e) {
          a = k;
        }
        break;
      }
      if (
        t.text === '.' &&
        !t.spaceBefore &&
        k - 1 >= floor &&
        TITLES.has((tk[k - 1] as Token).lower) &&
        a === k + 1
      ) {
        // "Col. Yuriy Ihnat"
        a = k - 1;
        k -= 2;
        continue;
      }
      if (
        (t.text === '-' || t.text === '–') &&
        !t.spaceBefore &&
        k - 1 >= floor &&
        !(tk[k + 1] as Token | undefined)?.spaceBefore &&
        a === k + 1
      ) {
        a = k;
        k--;
        continue;
      }
      if (
        t.text === ')' &&
        a === k + 1 &&
        (tk[k - 2] as Token | undefined)?.text === '(' &&
        isCap(tk[k - 1])
      ) {
        // "the United Nations' humanitarian office (OCHA) said"
        a = k - 2;
        k -= 3;
        continue;
      }
      if (
        (t.text === "'" || t.text === '’') &&
        !t.spaceBefore &&
        a === k + 1 &&
        (tk[k - 1] as Token | undefined)?.lower.endsWith('s')
      ) {
        // a plural possessive: "the United Nations' office"
        a = k;
        k--;
        continue;
      }
      if (t.text === ')' && a === k + 1) break;
      break;
    }
    return a;
  }

  /** Collects a name going forward from `a` ("said Kremlin spokesman Dmitry Peskov"). */
  function npForward(a: number, limit: number, plainTail = true): number {
    let k = a;
    while (k < limit) {
      const t = tk[k] as Token;
      if (
        t.kind === WORD &&
        (isCap(t) ||
          isRole(t.lower) ||
          ADJ_OK.has(t.lower) ||
          (k === a && /^(the|a|an|its|their|both|all)$/.test(t.lower)))
      ) {
        if (WEEKDAY_SET.has(t.lower)) break;
        k++;
        continue;
      }
      if (t.text === '.' && !t.spaceBefore && k > a && TITLES.has((tk[k - 1] as Token).lower)) {
        k++;
        continue;
      }
      if (t.kind === WORD && !NP_STOP.has(t.lower) && !isCap(t)) {
        // "harbour master Ana Lis", "the harbour office": plain nouns before a role or a name
        let m = k;
        let role = -1;
        while (m < limit && m < k + 3 && isPlain(tk[m] as Token)) {
          if (isRole((tk[m] as Token).lower)) role = m;
          m++;
        }
        const h = tk[m];
        if (m > k && h && m < limit && (isCap(h) || isRole(h.lower))) {
          k = m;
          continue;
        }
        if (role >= 0) {
          // "A Ukrainian drone operator who …": up to the role word
          k = role + 1;
          continue;
        }
        if (k > a && isRole(t.lower)) {
          k++;
          continue;
        }
        if (
          plainTail &&
          m > k &&
          (tk[a] as Token).lower === 'the' &&
          (m >= limit || !isPlain(tk[m] as Token))
        ) {
          k = m;
          break;
        }
      }
      if (t.kind === WORD && (t.lower === 'of' || t.lower === 'for') && k > a && isCap(tk[k - 1] as Token)) {
        // "Ministry of Health", "Institute for the Study of War"
        const nx = tk[k + 1];
        if (nx && isCap(nx)) {
          k++;
          continue;
        }
        if (nx?.lower === 'the' && tk[k + 2] && isCap(tk[k + 2] as Token)) {
          k += 2;
          continue;
        }
      }
      if (
        (t.text === '-' || t.text === '–') &&
        !t.spaceBefore &&
        k > a &&
        !(tk[k + 1] as Token | undefined)?.spaceBefore
      ) {
        k++;
        continue;
      }
      if (
        t.text === '(' &&
        k > a &&
        isCap(tk[k + 1] as Token) &&
        (tk[k + 2] as Token | undefined)?.text === ')'
      ) {
        k += 3;
        continue;
      }
      break;
    }
    return k;
  }

  /** Does a figure follow the verb at v in its sentence ("Moscow said only 57 …": the verb has its own figures)? */
  function figureAfter(v: number, b: number): boolean {
    for (let k = v + 1; k < b && k < v + 40; k++) if ((tk[k] as Token).kind === NUM) return true;
    return false;
  }

  /** Is the subject starting at `a` the start of a closing reporting clause? */
  function postClause(a: number): boolean {
    const p = tk[a - 1];
    if (!p) return false;
    return (
      p.text === ',' ||
      p.text === '"' ||
      p.text === "'" ||
      CLOSE_Q.has(p.text) ||
      p.lower === 'that' ||
      p.lower === 'which'
    );
  }

  /** The subject of a reporting verb at v: backward, skipping adverbs and time, or an appositive. */
  function subjectOf(
    v: number,
    floor: number,
    subjA: number,
    subjE: number,
  ): { a: number; b: number; alias?: [number, number] } | null {
    let k = v - 1;
    for (let guard = 0; guard < 6 && k >= floor; guard++) {
      const t = tk[k] as Token;
      if (t.kind !== WORD) break;
      if (SKIP_BACK.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && !isCap(t))) {
        k--;
        continue;
      }
      if (WEEKDAY_SET.has(t.lower) || DAY_PARTS.has(t.lower)) {
        k--;
        if (k >= floor && (tk[k] as Token).lower === 'on') k--;
        continue;
      }
      break;
    }
    if (k < floor) return null;
    const t = tk[k] as Token;
    if (t.text === ',' && k - 1 >= floor) {
      // appositive: "Oren Marmorstein, a ministry spokesperson, said"; "DeepState, a mapping project …, estimated"
      let c1 = k - 1;
      while (c1 >= floor && !((tk[c1] as Token).text === ',' && !inQuote(c1))) c1--;
      if (c1 > floor) {
        const xa = npBackward(c1, floor);
        if (xa < c1 && isCap(tk[c1 - 1] as Token) && (xa === floor || !isPlainStop(tk[xa - 1] as Token))) {
          return { a: xa, b: c1, alias: [c1 + 1, k] };
        }
      }
      // "The governor of the region, Vyacheslav Gladkov, said": the name between the commas
      if (c1 > floor && k - c1 >= 3 && countCaps(c1 + 1, k) === k - c1 - 1) {
        return { a: c1 + 1, b: k, alias: [subjA >= 0 && subjA < c1 ? subjA : c1, c1] };
      }
      // "A Ukrainian officer serving in Kursk, who spoke on condition of anonymity, said"
      if (c1 > floor && subjE > subjA && subjE <= c1 + 1) return { a: subjA, b: subjE };
      const ya = npBackward(k, floor);
      if (ya < k && countCaps(ya, k) === k - ya) return { a: ya, b: k };
      return null;
    }
    const a = npBackward(k + 1, floor);
    if (a > k) return null;
    return { a, b: k + 1 };
  }

  function isVerb(i: number, a: number): boolean {
    const t = tk[i] as Token;
    if (
      (t.lower === 'spoke' || t.lower === 'spoken') &&
      tk[i + 1]?.lower === 'of' &&
      tk[i - 1]?.kind === WORD
    )
      return true;
    if (t.kind !== WORD || (t.wordClass & W_REPORT) === 0 || isCap(t)) return false;
    const p = tk[i - 1];
    if (!p || i === a) return PARTICIPLES.has(t.lower);
    if (t.lower.endsWith('ing') && p.text !== ',') return false;
    if (p.kind === NUM) return false;
    const pl = p.lower;
    if (NOT_BEFORE_VERB.has(pl)) return false;
    if (pl.endsWith("'s")) return false;
    const nx = tk[i + 1];
    if (nx && nx.kind === WORD && REPORT.has(nx.lower)) return false;
    if (NOUNISH.has(t.lower) && !((isCap(p) && MONTHS[pl] === undefined) || ROLE_WORDS.has(pl))) {
      // "estimate", "reports", "forecast" are nouns too: as verbs a clause, a figure or a full stop follows
      if (!nx || nx.kind === NUM || nx.lineBefore) return true;
      if (nx.kind === PUNCT) return nx.text === ',' || nx.text === '.' || nx.text === ':' || nx.text === ';';
      return isCap(nx) || CLAUSE_NEXT.has(nx.lower);
    }
    return true;
  }

  // pass over sentences in order, so that references resolve to what came before
  const info: SentenceInfo[] = [];
  for (let s = 0; s < starts.length; s++) {
    const [a, b] = bounds(s);
    const si: SentenceInfo = { verbs: [], according: [], subject: null, owns: false };
    // sentence subject: after an introductory phrase
    let subjA = a;
    if (isQuote(tk[a] as Token) || (tk[a] as Token).text === '(') subjA = -1;
    else {
      const t0 = tk[a] as Token;
      if (INTRO.has(t0.lower) || (NP_STOP.has(t0.lower) && !SUBJECT_OPENERS.has(t0.lower))) {
        subjA = -1;
        for (let k = a; k < Math.min(b, a + 12); k++) {
          if ((tk[k] as Token).text === ',') {
            subjA = k + 1;
            break;
          }
        }
      }
    }
    let subjE = -1;
    if (subjA >= 0) {
      subjE = npForward(subjA, b, false);
      if (subjE === subjA + 1 && /^(a|an|the)$/.test((tk[subjA] as Token).lower)) subjE = -1;
      if (subjE > subjA && countCaps(subjA, subjE) === 0) subjE = -1;
    }
    if (subjE > subjA && subjE - subjA <= 8) {
      // a person named as a subject ("Harbour master Ana Lis spoke…") can be "she" later
      const last = tk[subjE - 1] as Token;
      const prev = tk[subjE - 2] as Token | undefined;
      if (
        prev &&
        isCap(last) &&
        isCap(prev) &&
        !/^(a|an|the)$/.test(prev.lower) &&
        !ORG_HEADS.has(last.lower) &&
        !MONTHS[last.lower] &&
        countCaps(subjA, subjE) <= 4
      ) {
        remember(span(subjA, subjE).replace(/^the /i, ''), true);
      }
    }
    curSubject = subjE > subjA && subjA >= 0 ? [subjA, subjE] : null;
    let firstFinite: Verb | null = null;
    for (let i = a; i < b; i++) {
      const t = tk[i] as Token;
      if (t.kind !== WORD || inQuote(i)) continue;
      // only reporting verbs and the attribution cues do anything below
      if ((t.wordClass & (W_REPORT | W_ATTRIBUTION_CUE)) === 0) continue;
      if (t.lower === 'according' && tk[i + 1]?.lower === 'to' && PRONOUNS.has(tk[i + 2]?.lower ?? '')) {
        // "according to him"
        const sp = resolve(i + 2, i + 3);
        if (sp) si.according.push({ at: i, speaker: sp });
        i += 2;
        continue;
      }
      if (t.lower === 'according' && tk[i + 1]?.lower === 'to') {
        const e = npForward(i + 2, b);
        let nameA = i + 2;
        let nameE = e;
        // "according to the Fund's projections": the possessor speaks
        for (let k = nameA; k < nameE; k++) {
          const w = tk[k] as Token;
          if (w.lower.endsWith("'s") && k + 1 < nameE && CLAIM_NOUNS.test((tk[nameE - 1] as Token).lower)) {
            nameE = k + 1;
            break;
          }
        }
        const via = tk[nameE];
        if (
          nameE > nameA &&
          via &&
          /^(from|by|of)$/.test(via.lower) &&
          /^(statements?|data|figures|reports?|estimates?)$/.test((tk[nameE - 1] as Token).lower)
        ) {
          // "according to statements from both governments"
          const e2 = npForward(nameE + 1, b);
          if (e2 > nameE + 1) {
            nameA = nameE + 1;
            nameE = e2;
          }
        }
        if (nameE > nameA) {
          markSpeaker(nameA, nameE);
          const sp = resolve(nameA, nameE);
          if (sp) si.according.push({ at: i, speaker: sp });
        }
        i = Math.max(i, e - 1);
        continue;
      }
      if (t.lower === 'quoted' || t.lower === 'cited') {
        // "TASS quoted Peskov as saying …": the one quoted speaks
        const e = npForward(i + 1, b);
        if (e > i + 1 && tk[e]?.lower === 'as' && /^(saying|telling|stating)$/.test(tk[e + 1]?.lower ?? '')) {
          si.verbs.push({
            v: i,
            speaker: resolve(i + 1, e),
            subjStart: i + 1,
            participle: false,
            post: true,
          });
          i = e + 1;
          continue;
        }
      }
      if (tk[i + 1]?.lower === 'by' && REPORT.has(t.lower) && t.lower.endsWith('ed')) {
        // passive with an agent: "as reported by the BBC", "figures confirmed by the ministry"
        const e = npForward(i + 2, b);
        const agent =
          e > i + 2 &&
          (countCaps(i + 2, e) > 0 ||
            isRole((tk[e - 1] as Token).lower) ||
            (tk[i + 2] as Token).lower === 'the');
        if (agent) {
          si.verbs.push({
            v: i,
            speaker: resolve(i + 2, e),
            subjStart: i + 2,
            participle: false,
            post: true,
          });
          i = e - 1;
          continue;
        }
      }
      if (!isVerb(i, a)) continue;
      if (PARTICIPLES.has(t.lower) && (i === a || tk[i - 1]?.text === ',')) {
        const sp = firstFinite?.speaker ?? (subjE > subjA ? resolve(subjA, subjE) : null);
        si.verbs.push({ v: i, speaker: sp, subjStart: i, participle: true, post: false });
        continue;
      }
      const sub = subjectOf(i, a, subjA, subjE);
      let verb: Verb | null = null;
      if (sub) {
        const speaker = resolve(sub.a, sub.b, sub.alias);
        markSpeaker(sub.a, sub.b);
        verb = {
          v: i,
          speaker,
          subjStart: sub.a,
          participle: false,
          post: postClause(sub.a) && !figureAfter(i, b),
        };
      } else {
        // inversion: "…,” said Dmitry Peskov"
        const p = tk[i - 1] as Token;
        if (p.text === ',' || CLOSE_Q.has(p.text) || p.text === '"' || p.text === "'" || p.text === '’') {
          const e = npForward(i + 1, b);
          if (e > i + 1 && countCaps(i + 1, e) > 0)
            verb = { v: i, speaker: resolve(i + 1, e), subjStart: i + 1, participle: false, post: true };
        }
      }
      if (verb) {
        si.verbs.push(verb);
        if (!firstFinite && verb.speaker) firstFinite = verb;
      }
    }
    // "X lowered its forecast to 1%": the subject owns the figures
    if (si.verbs.length === 0 && si.according.length === 0 && subjE > subjA) {
      for (let i = a; i < b - 1; i++) {
        const w = tk[i] as Token;
        if ((w.lower === 'its' || w.lower === 'their') && !inQuote(i)) {
          for (let k = i + 1; k < Math.min(b, i + 6); k++) {
            const x = tk[k] as Token;
            if (x.kind !== WORD && x.kind !== NUM) break;
            if (CLAIM_NOUNS.test(x.lower)) {
              si.owns = true;
              break;
            }
          }
        }
        if (si.owns) break;
      }
      if (si.owns) si.subject = resolve(subjA, subjE);
    }
    info.push(si);
    // quotations closing in this sentence: their speaker
    for (let i = a; i < b; i++) {
      const qi = quoteOf[i] as number;
      if (qi < 0) continue;
      const q = quotes[qi];
      if (!q || q.b !== i) continue;
      q.speaker = quoteSpeaker(q.a, q.b, si, s);
      if (q.speaker !== null) lastSpokenQuote = q;
    }
  }

  function blockBreakBetween(a: number, b: number): boolean {
    for (let k = a + 1; k <= b; k++) if ((tk[k] as Token).lineBefore) return true;
    return false;
  }

  function quoteSpeaker(qa: number, qb: number, si: SentenceInfo, s: number): string | null {
    // after the closing mark, in its sentence: "…,” he said."
    for (const v of si.verbs) if (v.v > qb && !v.participle) return v.speaker;
    // before the opening mark, in its sentence: "Zelensky said: “…”", "Quote from X: “…”"
    const so = sentenceOf[qa] as number;
    const [a] = bounds(so);
    const before = so === s ? si : info[so];
    if (before) {
      for (let k = before.verbs.length - 1; k >= 0; k--) {
        const v = before.verbs[k] as Verb;
        if (v.v < qa) return v.speaker;
      }
    }
    const p = tk[qa - 1];
    if (p && p.text === ':' && qa - 1 > a) {
      const na = npBackward(qa - 1, a);
      if (na < qa - 1) return resolve(na, qa - 1);
    }
    // a quotation opening a block right after another speaker's quotation continues it
    const prevQ = lastSpokenQuote;
    if (prevQ && qa - prevQ.b < 60 && ((tk[qa] as Token).lineBefore || !blockBreakBetween(prevQ.b, qa)))
      return prevQ.speaker;
    return null;
  }

  return {
    inSpeaker(i: number): boolean {
      return speakerTokens[i] === 1;
    },
    speakerAt(i: number, s: number): string | null {
      const qi = quoteOf[i] as number;
      if (qi >= 0) return quotes[qi]?.speaker ?? null;
      const si = info[s];
      if (!si) return null;
      // the nearest attribution: "according to X", a verb before the figure, or a closing clause after it
      let best: string | null = null;
      let bestD = Infinity;
      for (const ac of si.according) {
        const d = Math.abs(ac.at - i);
        if (d < bestD) {
          bestD = d;
          best = ac.speaker;
        }
      }
      for (const v of si.verbs) {
        if (!v.speaker) continue;
        const d = v.v < i ? i - v.v : v.post && v.subjStart > i ? v.subjStart - i : Infinity;
        if (d < bestD) {
          bestD = d;
          best = v.speaker;
        }
      }
      if (best) return best;
      for (const v of si.verbs) if (v.speaker && v.v > i && v.subjStart > i) return v.speaker;
      if (si.owns) return si.subject;
      return null;
    },
  };
}

/** A single quotation mark that closes: glued to what it closes, and followed by a space or punctuation. */
function singleCloses(tk: Token[], i: number): boolean {
  const t = tk[i] as Token;
  if ((t.text !== "'" && t.text !== '’') || t.spaceBefore) return false;
  const nx = tk[i + 1];
  return !nx || nx.spaceBefore || nx.lineBefore || nx.kind === PUNCT;
}

/** A single quotation mark that opens a quotation closed later in the same paragraph. */
function singleOpens(tk: Token[], i: number): boolean {
  const t = tk[i] as Token;
  if (t.text !== "'" && t.text !== '‘') return false;
  const nx = tk[i + 1];
  if (
    !nx ||
    nx.spaceBefore ||
    nx.kind === PUNCT ||
    !(t.spaceBefore || t.lineBefore || i === 0 || (tk[i - 1] as Token).text === '(')
  )
    return false;
  for (let k = i + 2; k < tk.length && k < i + 300; k++) {
    const u = tk[k] as Token;
    if (u.lineBefore) return false;
    if (singleCloses(tk, k)) return true;
  }
  return false;
}

/** A straight double quote that follows a word or punctuation without a space closes rather than opens. */
function isQuoteCloseLike(tk: Token[], i: number): boolean {
  const t = tk[i] as Token;
  return !t.spaceBefore && i > 0 && !(tk[i - 1] as Token).lineBefore && (tk[i - 1] as Token).kind !== PUNCT;
}
