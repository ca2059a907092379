/**
 * `npx tsx scripts/make-fixtures.ts`: writes the generated test pages.
 *
 * Today that is `tests/fixtures/sites/long/page.html`, a 50,000-word article for the
 * speed and robustness tests. The text is assembled from the project's own sentence
 * templates with a seeded random generator, so every run writes the same bytes
 * (idempotent; the committed file is the output). The page is formatted with the
 * project's prettier config so `prettier --check .` stays clean.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** How many words the long article's paragraphs add up to, at least. */
const LONG_WORDS = 50_000;

/** A small deterministic PRNG (mulberry32), so the output never depends on the run. */
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers bound to one seeded generator. */
interface Dice {
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** Binds the helpers of {@link Dice} to a seed. */
function makeDice(seed: number): Dice {
  const next = makeRandom(seed);
  return {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (p) => next() < p,
  };
}

/** "12345" → "12,345", without depending on the runtime's locale data. */
function grouped(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–99 as English words ("forty-two"), the way news style spells small numbers. */
function words(n: number): string {
  if (n < 20) return ONES[n] ?? String(n);
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10] ?? ''}`;
}

/** Upper-cases the first letter. */
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Someone the text can attribute a figure to, with the short forms a reporter uses next. */
interface Speaker {
  /** As first named: "Ukraine's Air Force", "Mayor Iryna Sokil". */
  full: string;
  /** As named again: "the Air Force", "Sokil". */
  short: string;
  /** Subject pronoun. */
  pronoun: 'it' | 'he' | 'she' | 'they';
  /** Which side of the border the speaker reports from, to pick a fitting place. */
  side: 'ua' | 'ru' | 'other';
}

const MILITARY: readonly Speaker[] = [
  { full: "Ukraine's Air Force", short: 'the Air Force', pronoun: 'it', side: 'ua' },
  { full: "Russia's Defence Ministry", short: 'the ministry', pronoun: 'it', side: 'ru' },
  { full: "Ukraine's General Staff", short: 'the General Staff', pronoun: 'it', side: 'ua' },
  { full: 'Colonel Andriy Moroz, a brigade commander', short: 'Moroz', pronoun: 'he', side: 'ua' },
  { full: 'analysts at the Eastern Frontier Monitor', short: 'the analysts', pronoun: 'they', side: 'other' },
];
const CIVIL: readonly Speaker[] = [
  { full: 'the regional governor, Petro Halych', short: 'Halych', pronoun: 'he', side: 'ua' },
  { full: 'Mayor Iryna Sokil', short: 'Sokil', pronoun: 'she', side: 'ua' },
  { full: 'the Moscow-appointed governor, Viktor Salnikov', short: 'Salnikov', pronoun: 'he', side: 'ru' },
  { full: 'the state grid operator', short: 'the operator', pronoun: 'it', side: 'ua' },
  {
    full: 'a spokesperson for the UN monitoring mission',
    short: 'the spokesperson',
    pronoun: 'she',
    side: 'other',
  },
  { full: 'the local council', short: 'the council', pronoun: 'it', side: 'ua' },
  { full: 'the national statistics office', short: 'the office', pronoun: 'it', side: 'ua' },
];

const PLACES = [
  'Kharkiv',
  'Odesa',
  'Dnipro',
  'Zaporizhzhia',
  'Sumy',
  'Kherson',
  'Poltava',
  'Chernihiv',
  'Mykolaiv',
  'Kryvyi Rih',
  'Pokrovsk',
  'the Kursk region',
  'the Belgorod region',
  'the Bryansk region',
  'the Krasnodar region',
] as const;
const TIMES = [
  'overnight',
  'on Tuesday',
  'on Monday night',
  'over the weekend',
  'last week',
  'in the past 24 hours',
  'on 12 March',
  'on Sunday evening',
] as const;
const SINCE = [
  'since February 2022',
  'since last August',
  'since the start of 2024',
  'since the spring of 2023',
] as const;
const DRONE_MODELS = ['Shahed-136', 'Shahed-131', 'Geran-2', 'Lancet-3'] as const;
const MISSILE_MODELS = ['Kh-101', 'Iskander-M', 'Kalibr', 'S-300', 'Kh-22'] as const;
const QUALIFIERS = [
  '',
  '',
  '',
  'about ',
  'more than ',
  'at least ',
  'nearly ',
  'up to ',
  'some ',
  'roughly ',
  'fewer than ',
];
const FILLERS = [
  'The figures could not be independently verified.',
  'Neither side gave details of how the count was made.',
  'Officials said the work to clear the damage would take weeks.',
  'Residents described hearing explosions for more than an hour.',
  'The claim came as diplomats met to discuss a ceasefire.',
  'Emergency crews were still working at the scene by mid-morning.',
  'Air-raid sirens sounded across much of the country at 02:40.',
  'A similar attack in 2023 hit the same district twice in one week.',
];

/** The speaker as the subject of "said": an appositive ("X, a commander") is closed with a comma. */
function subject(s: Speaker): string {
  return s.full.includes(',') ? `${s.full},` : s.full;
}

/** A place on the speaker's side of the border (Ukrainian towns, or Russian regions). */
function placeFor(d: Dice, s: Speaker): string {
  return d.pick(s.side === 'ru' ? PLACES.slice(11) : PLACES.slice(0, 11));
}

/** First sentences of quotes, each carrying a figure. */
const QUOTE_OPENERS: readonly ((n: number) => string)[] = [
  (n) => `We counted ${n} explosions in a single night`,
  (n) => `At one point there were ${n} drones over the city`,
  (n) => `Our crews answered ${n} calls before dawn`,
  (n) => `We have ${n} families sleeping in the metro again`,
  (n) => `In my unit, ${n} men have not had a day off since the autumn`,
];
/** Second sentences of quotes, without figures. */
const QUOTE_CLOSERS = [
  'People here have stopped sleeping in their own beds.',
  'Nobody gets used to it, whatever they tell you.',
  'We need air defence, not more promises.',
  'The night was long, and it is not over.',
  'Everyone is tired, but nobody is leaving.',
];
/** Periods that fit monthly statistics. */
const MONTHS = [
  'in February',
  'last month',
  'in the first quarter',
  'over the winter',
  'in January',
] as const;

/** A verb phrase in the past tense, matching the subject pronoun. */
function said(p: Speaker['pronoun']): string {
  return p === 'they' ? 'they said' : `${p} said`;
}

/** One paragraph builder: given the dice, returns the paragraph's sentences. */
type Builder = (d: Dice) => string[];

/** Paragraph builders, each a different kind of report so the long text varies. */
const BUILDERS: readonly Builder[] = [
  (d) => {
    const s = d.pick(MILITARY.slice(0, 1));
    const launched = d.int(40, 220);
    const down = d.int(10, launched - 20);
    const lost = d.int(0, launched - down);
    return [
      `${cap(subject(s))} said Russia launched ${launched} attack and decoy drones at Ukraine ${d.pick(TIMES)}, along with ${words(d.int(2, 12))} ${d.pick(MISSILE_MODELS)} missiles.`,
      `${cap(s.pronoun)} said ${down} of the drones were shot down and ${lost} were lost to electronic warfare.`,
      `Most of them were ${d.pick(DRONE_MODELS)} drones, ${said(s.pronoun)}.`,
    ];
  },
  (d) => {
    const s = d.pick(MILITARY.slice(1, 2));
    const total = d.int(12, 160);
    const part = d.int(3, Math.max(4, Math.floor(total / 2)));
    return [
      `${cap(subject(s))} said its air defences had destroyed ${total} Ukrainian drones ${d.pick(TIMES)}, ${part} of those over ${d.pick(PLACES.slice(11))}.`,
      d.pick(FILLERS),
    ];
  },
  (d) => {
    const s = d.pick(CIVIL.slice(0, 3));
    const homes = d.int(5, 480);
    return [
      `In ${placeFor(d, s)}, ${d.pick(QUALIFIERS)}${homes} homes and ${words(d.int(2, 19))} schools were damaged, ${subject(s)} said ${d.pick(TIMES)}.`,
      `${cap(s.pronoun)} added that ${d.int(3, 90)} people had been injured and ${words(d.int(1, 15))} were still in hospital.`,
      d.pick(FILLERS),
    ];
  },
  (d) => {
    const s = d.pick(MILITARY);
    const km2 = d.int(20, 900);
    const mi2 = Math.round(km2 / 2.58999);
    const other = d.int(Math.round(km2 * 0.3), Math.round(km2 * 0.8));
    return [
      `${cap(subject(s))} said forces had taken ${d.pick(QUALIFIERS)}${grouped(km2)} square kilometres (${grouped(mi2)} square miles) near ${d.pick(PLACES)} ${d.pick(TIMES)}.`,
      `Independent mapping put the figure lower, at about ${other} sq km, and showed fighting around ${words(d.int(3, 14))} villages.`,
    ];
  },
  (d) => {
    const s = d.pick(CIVIL.slice(3, 4));
    const mw = d.int(150, 2400);
    const homes = d.int(10, 900) * 100;
    const cost = String(d.int(12, 480) / 10);
    return [
      `${cap(subject(s))} said ${grouped(mw)} MW of generating capacity was lost ${d.pick(TIMES)}, leaving ${d.pick(QUALIFIERS)}${grouped(homes)} households without power in ${d.pick(PLACES.slice(0, 11))}.`,
      `Repairs would cost about $${cost} million, ${s.short} estimated, or roughly ${d.int(2, 40)} per cent of the region's annual budget.`,
    ];
  },
  (d) => {
    const s = d.pick([...MILITARY.slice(3), ...CIVIL.slice(0, 2)]);
    const n = d.int(15, 300);
    const q = d.chance(0.5) ? ['“', '”'] : ['"', '"'];
    return [
      `${q[0]}${d.pick(QUOTE_OPENERS)(n)},${q[1]} said ${s.full}. ${q[0]}${d.pick(QUOTE_CLOSERS)}${q[1]}`,
      `${cap(s.pronoun)} added that the number was ${d.int(5, 70)}% higher than a month earlier.`,
    ];
  },
  (d) => {
    const a = d.int(2, 40) * 100;
    const b = a + d.int(1, 20) * 100;
    const c = d.int(10, 90);
    return [
      `Officials put the number of people evacuated from ${d.pick(PLACES.slice(0, 11))} ${d.pick(TIMES)} at between ${grouped(a)} and ${grouped(b)}.`,
      `Aid groups said another ${c}-${c + d.int(5, 40)} families were still waiting to leave, and that hundreds of pensioners had refused to go.`,
    ];
  },
  (d) => {
    const s = d.pick(CIVIL.slice(4, 5));
    const bn = (d.int(15, 60) / 10).toFixed(1);
    return [
      `The UN's appeal for ${d.pick(['2024', '2025'])} sought $${bn}bn, and only ${d.int(18, 74)} per cent of it had been funded, ${subject(s)} said.`,
      `${cap(s.pronoun)} said ${d.pick(['1.2 million', '3.6 million', '850,000', 'tens of thousands of'])} people in front-line areas needed food aid.`,
    ];
  },
  (d) => {
    const km = d.int(8, 60);
    const pop = d.int(20, 900) * 1000;
    return [
      `${cap(d.pick(PLACES.slice(0, 11)))} lies ${km} kilometres from the front line and had a pre-war population of about ${grouped(pop)}.`,
      `It has been shelled almost every day ${d.pick(SINCE)}, and a dozen of its schools now teach only online.`,
    ];
  },
  (d) => {
    const s = d.pick(MILITARY.slice(1, 3));
    const n = d.int(50, 390);
    return [
      `${cap(subject(s))} said ${n} prisoners of war had been returned in the latest exchange, the ${d.pick(['third', 'fourth', 'fifth', 'sixth'])} this year.`,
      `${cap(words(d.int(2, 30)))} of them were seriously wounded, ${said(s.pronoun)}.`,
    ];
  },
  (d) => {
    const s = d.pick(MILITARY.slice(2, 3));
    const total = 850_000 + d.int(0, 60_000);
    return [
      `${cap(subject(s))} said Russia had lost ${grouped(total)} troops ${d.pick(SINCE.slice(0, 1))}, including ${grouped(d.int(900, 1900))} in the past day.`,
      `${cap(s.pronoun)} also listed ${grouped(d.int(9800, 10500))} tanks and ${grouped(d.int(21000, 23500))} artillery systems.`,
      'Moscow does not publish its own figures.',
    ];
  },
  (d) => {
    const s = d.pick(CIVIL.slice(6, 7));
    const mt = (d.int(15, 60) / 10).toFixed(1);
    return [
      `Grain exports reached ${mt} million tonnes ${d.pick(MONTHS)}, ${subject(s)} said, up ${d.int(1, 9)} percentage points on the share a year earlier.`,
      `About ${d.int(60, 95)}% of the shipments left through Odesa's ports, according to ${s.short}.`,
    ];
  },
  (d) => {
    const s = d.pick(CIVIL.slice(5, 6));
    const uah = d.int(20, 900);
    const blocks = d.int(4, 40);
    return [
      `${cap(subject(s))} said it had set aside ${uah} million hryvnias ($${(uah / 41.5).toFixed(1)} million) to rebuild ${words(blocks)} apartment blocks.`,
      `Work on the first ${words(d.int(2, Math.min(9, blocks - 1)))} would start in April, ${said(s.pronoun)}, and take about 18 months.`,
    ];
  },
  (d) => [
    `Rescuers worked through the night at ${d.pick(['a nine-storey building', 'a warehouse', 'a railway depot', 'a market'])} in ${d.pick(PLACES.slice(0, 11))}, where ${words(d.int(2, 20))} people were pulled from the rubble.`,
    `A 61-year-old woman was among those rescued, the emergency service said, and ${d.int(2, 40)} others were treated at the scene.`,
    d.pick(FILLERS),
  ],
];

const SECTION_TITLES = [
  'The night in numbers',
  'Front-line towns',
  'Power and heat',
  'What the maps show',
  'Counting the cost',
  'Prisoners and the missing',
  'On the other side of the border',
  'The economy under fire',
  'Leaving home',
  'Claims and counter-claims',
];

/** Escapes text for HTML element content. */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Builds the long article's body: sections of paragraphs until {@link LONG_WORDS} is reached. */
function longBody(d: Dice): { html: string; words: number } {
  const parts: string[] = [];
  let count = 0;
  let section = 0;
  while (count < LONG_WORDS) {
    const title = `${SECTION_TITLES[section % SECTION_TITLES.length] ?? ''}: ${d.pick(PLACES)}`;
    parts.push(`<h2>${escapeHtml(title)}</h2>`);
    section += 1;
    const paragraphs = d.int(8, 14);
    for (let i = 0; i < paragraphs && count < LONG_WORDS; i += 1) {
      const sentences = d.pick(BUILDERS)(d);
      if (d.chance(0.35)) sentences.push(...d.pick(BUILDERS)(d));
      const text = sentences.join(' ');
      count += text.split(/\s+/).length;
      parts.push(`<p>${escapeHtml(text)}</p>`);
    }
  }
  return { html: parts.join('\n'), words: count };
}

/** The complete long page: a plain news shell around the generated body. */
function longPage(): { html: string; words: number } {
  const body = longBody(makeDice(20250319));
  const headline = 'A month of claims: the war in figures, town by town';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${headline} | The Long Read</title>
<link rel="icon" href="data:,">
<meta property="og:site_name" content="The Long Read">
<meta property="article:published_time" content="2025-03-19T06:00:00+02:00">
<script type="application/ld+json">
${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline,
  datePublished: '2025-03-19T06:00:00+02:00',
  publisher: { '@type': 'Organization', name: 'The Long Read' },
})}
</script>
<style>
body { margin: 0; background: #fdfcf9; color: #222; font-family: Georgia, 'DejaVu Serif', serif; }
header.site { padding: 1rem 1.5rem; border-bottom: 1px solid #e4e0d6; font-family: system-ui, 'DejaVu Sans', sans-serif; font-weight: 800; }
article { max-width: 680px; margin: 2rem auto 4rem; padding: 0 1.25rem; }
h1 { font-size: 2.2rem; line-height: 1.2; }
h2 { font-family: system-ui, 'DejaVu Sans', sans-serif; font-size: 1.2rem; margin-top: 2.5rem; }
p { font-size: 1.1rem; line-height: 1.7; }
.byline, .note { font-family: system-ui, 'DejaVu Sans', sans-serif; font-size: 0.85rem; color: #6b6658; }
footer { text-align: center; font-size: 0.8rem; color: #6b6658; padding: 1.5rem; }
</style>
</head>
<body>
<header class="site">The Long Read</header>
<main>
<article>
<h1>${headline}</h1>
<p class="byline">By the Long Read desk · <time datetime="2025-03-19T06:00:00+02:00">19 March 2025</time></p>
<p class="note">Generated by scripts/make-fixtures.ts for Tally's speed tests. The people named, the figures and the quotes are invented; this is not a news report.</p>
${body.html}
</article>
</main>
<footer>© 2025 The Long Read. Test page written for Tally's tests; the outlet is fictional.</footer>
</body>
</html>
`;
  return { html, words: body.words };
}

/** Formats with the project's prettier settings, so the committed output passes `prettier --check`. */
async function format(html: string, path: string): Promise<string> {
  const config = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(html, { ...config, parser: 'html', filepath: path });
}

/** Writes a file only when its content changed, and says which. */
function writeIfChanged(path: string, content: string): boolean {
  let old: string | undefined;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === content) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return true;
}

const longPath = join(root, 'tests/fixtures/sites/long/page.html');
const long = longPage();
const changed = writeIfChanged(longPath, await format(long.html, longPath));
console.log(
  `${changed ? 'wrote' : 'unchanged'} tests/fixtures/sites/long/page.html (${grouped(long.words)} words)`,
);
