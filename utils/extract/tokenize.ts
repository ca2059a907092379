import { wordClass } from './wordClass';

/** Token kinds: a run of letters, a number, or one punctuation character. */
export const WORD = 1;
/** @see WORD */
export const NUM = 2;
/** @see WORD */
export const PUNCT = 3;

/** One token of the article text, with its UTF-16 offsets. */
export interface Token {
  /** WORD, NUM or PUNCT. */
  readonly kind: number;
  /** Start offset (inclusive). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** The text as written ("’" folded to "'"). */
  readonly text: string;
  /** Lower case of `text`. */
  readonly lower: string;
  /** Whitespace comes before this token. */
  readonly spaceBefore: boolean;
  /** A line break comes before this token (a block boundary). */
  readonly lineBefore: boolean;
  /** Word class bits of `lower` (W_* in wordClass.ts). */
  readonly wordClass: number;
}

const SP = 4;
const NL = 8;
/** Where the word class bits start in PackedToken.packed. */
const W_SHIFT = 4;

/**
 * A Token with its kind and the two flags packed in one field: a long article
 * has tens of thousands of tokens, and smaller objects mean less work for the
 * garbage collector. Its fields are rewritten when the object is reused (see
 * POOL); to every reader it is a read-only Token.
 */
class PackedToken implements Token {
  constructor(
    /** Kind | SP | NL | word class << W_SHIFT. */
    public packed: number,
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
  ) {}

  get kind(): number {
    return this.packed & 3;
  }

  get spaceBefore(): boolean {
    return (this.packed & SP) !== 0;
  }

  get lineBefore(): boolean {
    return (this.packed & NL) !== 0;
  }

  get wordClass(): number {
    return this.packed >>> W_SHIFT;
  }

  /** Makes this object the token given, reusing it. */
  set(packed: number, start: number, end: number, text: string, lower: string): void {
    this.packed = packed;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
  }
}

/**
 * Token objects kept from one tokenize call to the next and rewritten in
 * place: tokens live only while one text is read (extraction is synchronous
 * and no token outlives it), and reusing them spares the garbage collector
 * copying tens of thousands of fresh objects per article, a large share of
 * the time on long articles.
 */
const POOL: PackedToken[] = [];
/** The most tokens POOL keeps between calls (about 4 MB), so that one huge text does not hold memory for good. */
const POOL_MAX = 1 << 17;

/** One-character strings for ASCII punctuation, shared by all tokens. */
const ASCII: string[] = [];
for (let c = 0; c < 128; c++) ASCII.push(String.fromCharCode(c));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters: ASCII, Latin-1 and beyond, but not the general punctuation block. */
function isLetter(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return c === 0xb2 || c === 0xb3;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c === 0xfeff || (c >= 0xff00 && c <= 0xff20)) return false;
  return true;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12
  );
}

/** Is this a group of exactly three digits at i, not followed by another digit? */
function group3(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    !isDigit(text.charCodeAt(i + 3))
  );
}

/**
 * Thousands separated by spaces ("40 000" with a no-break or thin space, "1 234 567"
 * with plain spaces when there are two groups or more): returns the end of the number.
 */
function thousandsGroups(text: string, e: number): number {
  let end = e;
  let groups = 0;
  let plain = false;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c === 0xa0 || c === 0x202f || c === 0x2009 || c === 32) && group3(text, end + 1)) {
      if (c === 32) plain = true;
      end += 4;
      groups++;
    } else break;
  }
  // plain spaces: two groups or more ("1 234 567"), or one that starts with 0 ("40 000")
  if (groups === 0 || (plain && groups < 2 && text.charCodeAt(e + 1) !== 48)) return e;
  // a decimal part after the last group
  if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
    end++;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  return end;
}

/**
 * A table of the token strings seen so far, so that a word repeated through
 * an article is one string rather than a fresh slice each time: far fewer
 * allocations, and equal words compare and hash as the same string.
 */
class Interner {
  private readonly texts: Array<string | undefined>;
  private readonly lowers: string[];
  private readonly classes: Int32Array;
  private readonly mask: number;
  private free: number;

  constructor(size: number) {
    // left holey: an empty slot reads as undefined, and filling costs more than it saves
    this.texts = new Array<string | undefined>(size);
    this.lowers = new Array<string>(size);
    this.classes = new Int32Array(size);
    this.mask = size - 1;
    // keep the table at most three quarters full, so that probes stay short
    this.free = (size * 3) >> 2;
  }

  /** No room left: slotOf answers -1 from now on. */
  full(): boolean {
    return this.free === 0;
  }

  /**
   * The slot holding text[s, e), or the empty slot where it belongs (-1 - slot);
   * there is always one, as the table is never more than three quarters full.
   */
  private find(text: string, s: number, e: number): number {
    let h = 0;
    for (let k = s; k < e; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    const len = e - s;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const t = this.texts[slot];
      if (t === undefined) return -1 - slot;
      if (t.length !== len) continue;
      if (text.startsWith(t, s)) return slot;
    }
  }

  /** Stores text[s, e) (with its lower case if `upper`) and returns its slot, or -1 when full. */
  slotOf(text: string, s: number, e: number, upper: boolean): number {
    if (this.free === 0) return -1;
    const found = this.find(text, s, e);
    if (found >= 0) return found;
    const slot = -1 - found;
    const t = text.slice(s, e);
    this.texts[slot] = t;
    const l = upper ? t.toLowerCase() : t;
    this.lowers[slot] = l;
    this.classes[slot] = wordClass(l);
    this.free--;
    return slot;
  }

  /** The text in a slot from slotOf. */
  text(slot: number): string {
    return this.texts[slot] as string;
  }

  /** The lower case of the text in a slot from slotOf. */
  lower(slot: number): string {
    return this.lowers[slot] as string;
  }

  /** The word class bits of the lower case in a slot from slotOf. */
  wordClass(slot: number): number {
    return this.classes[slot] as number;
  }
}

/** Slots in STRINGS: a power of two, room for 12,288 distinct strings. */
const STRINGS_SIZE = 1 << 14;
/**
 * The token strings, kept from one call to the next (a fresh table once it
 * is full): articles share most of their words, and strings that outlive a
 * call are cheap for the garbage collector to leave in reused tokens.
 */
let STRINGS = new Interner(STRINGS_SIZE);

/**
 * Splits text into tokens in one pass. Words keep inner apostrophes
 * ("Ukraine’s"); numbers keep inner separators ("1,376", "0.65"); a letter run
 * glued to digits becomes two tokens with `sp` false ("G7", "10km").
 *
 * The tokens are valid until the next call: their objects are reused (see
 * POOL), so read them before tokenizing another text and do not keep them.
 */
export function tokenize(text: string): Token[] {
  let count = 0;
  const n = text.length;
  if (STRINGS.full()) STRINGS = new Interner(STRINGS_SIZE);
  const strings = STRINGS;
  let i = 0;
  let sp = true;
  let nl = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      sp = true;
      if (c === 10 || c === 13) nl = true;
      i++;
      continue;
    }
    const s = i;
    let k: number;
    let upper = false;
    let curly = false;
    if (isDigit(c)) {
      k = NUM;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      if (i - s <= 3) i = thousandsGroups(text, i);
    } else if (isLetter(c)) {
      k = WORD;
      upper = c < 97 || c > 127;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d)) {
          if (d < 97 || d > 127) upper = true;
          i++;
        } else if ((d === 39 || d === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
          if (d === 0x2019) curly = true;
          i += 2;
        } else break;
      }
    } else {
      k = PUNCT;
      i++;
    }
    let t: string;
    let l: string;
    let w = 0;
    // ASCII punctuation: a shared one-character string, and no word class
    if (k === PUNCT && c < 128) t = l = ASCII[c] as string;
    else {
      // a curly apostrophe is folded, so the token is not the text as written: not shared
      const slot = curly ? -1 : strings.slotOf(text, s, i, upper);
      if (slot >= 0) {
        t = strings.text(slot);
        l = strings.lower(slot);
        w = strings.wordClass(slot);
      } else {
        t = text.slice(s, i);
        if (curly) t = t.replace(/’/g, "'");
        l = upper ? t.toLowerCase() : t;
        w = wordClass(l);
      }
    }
    const f = k | (sp ? SP : 0) | (nl ? NL : 0) | (w << W_SHIFT);
    const token = POOL[count];
    if (token !== undefined) token.set(f, s, i, t, l);
    else POOL.push(new PackedToken(f, s, i, t, l));
    count++;
    sp = false;
    nl = false;
  }
  // one copy of the right length rather than an array grown token by token
  const out: Token[] = POOL.slice(0, count);
  if (POOL.length > POOL_MAX) POOL.length = POOL_MAX;
  return out;
}

/** Is this token a word with a capital letter ("Kyiv", "UN", "McDonald")? The one test of capitals the grammar uses. */
export function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === WORD && t.text !== t.lower;
}
