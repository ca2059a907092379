/**
 * The language of a text: English, Russian or Ukrainian, from the page's `lang` where the
 * text agrees with it, else from the text's script and letters.
 */

/** A language Tally reads. */
export type Lang = 'en' | 'ru' | 'uk';

/** How many characters of a text are looked at: enough to tell, bounded for long pages. */
const SAMPLE = 12_000;

/** Letters only Ukrainian writes (і ї є ґ, either case). */
function ukrainianOnly(c: number): boolean {
  return (
    c === 0x456 ||
    c === 0x457 ||
    c === 0x454 ||
    c === 0x491 ||
    c === 0x406 ||
    c === 0x407 ||
    c === 0x404 ||
    c === 0x490
  );
}

/** Letters only Russian writes (ы э ъ ё, either case). */
function russianOnly(c: number): boolean {
  return (
    c === 0x44b ||
    c === 0x44d ||
    c === 0x44a ||
    c === 0x451 ||
    c === 0x42b ||
    c === 0x42d ||
    c === 0x42a ||
    c === 0x401
  );
}

/** Counts of a text's letters by script and of the letters that tell Russian from Ukrainian. */
export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  ukrainian: number;
  russian: number;
}

/** Counts the letters of up to SAMPLE characters of `text`, taken from its start, middle and end. */
export function scriptCounts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, ukrainian: 0, russian: 0 };
  const n = text.length;
  const part = Math.floor(SAMPLE / 3);
  const spans: Array<[number, number]> =
    n <= SAMPLE
      ? [[0, n]]
      : [
          [0, part],
          [Math.floor(n / 2) - part / 2, Math.floor(n / 2) + part / 2],
          [n - part, n],
        ];
  for (const [a, b] of spans) {
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) counts.latin++;
      else if (c >= 0x400 && c <= 0x4ff) {
        counts.cyrillic++;
        if (ukrainianOnly(c)) counts.ukrainian++;
        else if (russianOnly(c)) counts.russian++;
      }
    }
  }
  return counts;
}

/** The language a page's `lang` attribute names ("uk-UA" → uk, "ru" → ru, "en-GB" → en), or null. */
export function langOfTag(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'ru') return 'ru';
  // "ua" is the country code, often written where the language "uk" is meant
  if (primary === 'uk' || primary === 'ua') return 'uk';
  return null;
}

/** Russian or Ukrainian by the letters only one of them writes; null when they do not tell. */
function cyrillicLang(c: ScriptCounts): Lang | null {
  if (c.ukrainian === 0 && c.russian === 0) return null;
  // neither language ever writes the other's own letters: one side alone decides, even once
  if (c.russian === 0) return 'uk';
  if (c.ukrainian === 0) return 'ru';
  // Ukrainian writes "і" in most sentences; Russian "ы" as often: a clear lead decides
  if (c.ukrainian >= 2 * c.russian + 2) return 'uk';
  if (c.russian >= 2 * c.ukrainian + 2) return 'ru';
  return null;
}

/**
 * The language of `text`. The page's `lang` (`hint`) is taken when the text's script agrees
 * with it and, for Russian and Ukrainian, its letters do not clearly say the other; otherwise
 * the script and letters decide. Text in neither script is English.
 */
export function detectLanguage(text: string, hint: string | null = null): Lang {
  const tagged = langOfTag(hint);
  const c = scriptCounts(text);
  const letters = c.latin + c.cyrillic;
  const cyrillic = letters > 0 && c.cyrillic >= 0.4 * letters;
  if (!cyrillic) return 'en';
  const byLetters = cyrillicLang(c);
  if (tagged === 'ru' || tagged === 'uk') return byLetters ?? tagged;
  return byLetters ?? commonWords(text.slice(0, SAMPLE));
}

/** Words common in one language and absent from the other. */
const RU_WORDS =
  /(?:^|[^\p{L}])(?:что|это|как|который|которые|было|были|также|ещё|еще|или|его|если)(?=[^\p{L}]|$)/giu;
const UK_WORDS = /(?:^|[^\p{L}])(?:що|це|як|який|які|було|були|також|ще|або|та|його|якщо)(?=[^\p{L}]|$)/giu;

/** Russian or Ukrainian by their common words (for a short text whose letters do not tell). */
function commonWords(sample: string): Lang {
  const ru = sample.match(RU_WORDS)?.length ?? 0;
  const uk = sample.match(UK_WORDS)?.length ?? 0;
  return uk > ru ? 'uk' : 'ru';
}
