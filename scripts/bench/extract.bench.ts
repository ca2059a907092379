/**
 * Extraction speed: the demo article and a 50,000-word article, for Tally, for
 * one regex pass over the same text (the floor) and for compromise (the common
 * JS NLP library).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../utils/article';
import { extractClaims } from '../../utils/extract';
import { timeMedian, type BenchSection, type Figure } from './section';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Sentences written for the bench (not taken from any article), with figures, quotes and speakers. */
const SENTENCES = [
  'The regional governor said 43 drones were shot down over the northern district overnight.',
  'About 1,200 residents were evacuated from three villages near the river, officials said.',
  '“We lost power in 17 substations, but crews restored most of them by noon,” the energy minister told reporters on Monday.',
  'According to the coast guard, more than 60 fishing boats stayed in port for a second day.',
  'The company reported revenue of $2.4 billion for the quarter, up 6.5% from a year earlier.',
  'Flooding covered roughly 350 square kilometers (135 square miles) of farmland in the valley.',
  'Two hospitals and one school were damaged, and 14 people were injured, the mayor wrote on Telegram.',
  'The ministry added that 25 of those were treated on site and released.',
  'Prices rose by 0.4 percentage points in March, the statistics office estimated.',
  'Between 300 and 400 volunteers joined the search, which lasted for six days.',
  'Engineers installed 120 MW of new solar capacity, the operator announced in a statement.',
  'The S-300 battery fired 4 missiles at 8:45pm on 12 May, the army spokesman claimed.',
  'Up to 5,000 spectators are expected at the stadium, which seats 30,000 people.',
  'Police detained dozens of protesters and fined 18 drivers, a police source said.',
  'The report, published in 2024, counted 2.5 million displaced people across the region.',
  'Nearly half of the 900 workers at the plant signed the petition, union leader Maria Costa said.',
];

/** A deterministic article of `words` words built from `sentences` (paragraphs of four sentences). */
export function generatedArticle(words: number, sentences: readonly string[] = SENTENCES): string {
  const paras: string[] = [];
  let para: string[] = [];
  let count = 0;
  let seed = 7;
  while (count < words) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    // the high bits: the low bits of this generator repeat with a short period
    const s = sentences[(seed >>> 16) % sentences.length] as string;
    para.push(s);
    count += s.split(' ').length;
    if (para.length === 4) {
      paras.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) paras.push(para.join(' '));
  return paras.join('\n\n');
}

function demoText(): string {
  const file = join(root, 'tests/fixtures/pages/demo/page.html');
  if (!existsSync(file)) return generatedArticle(800);
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return readArticle(document as unknown as Document).text;
}

/** The floor: one regex pass that only finds digit runs and number words. */
const FLOOR = /\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million)\b/gi;

const bench: BenchSection = async () => {
  const demo = demoText();
  const big = generatedArticle(50_000);
  const extractDemo = timeMedian(() => extractClaims(demo, { published: '2025-03-19' }), 31, 5);
  const extract50k = timeMedian(() => extractClaims(big, { published: '2025-03-19' }), 25, 5);
  const floor50k = timeMedian(() => big.match(FLOOR)?.length ?? 0, 15, 3);
  const nlp = (await import('compromise')).default;
  const compromise50k = timeMedian(() => nlp(big).numbers().json().length, 2, 0);
  const figures: Figure[] = [
    { key: 'extract_demo_ms', label: 'extract the demo article', value: extractDemo, unit: 'ms' },
    {
      key: 'extract_50k_ms',
      label: 'extract a 50,000-word article',
      value: extract50k,
      unit: 'ms',
      goal: '< 25 ms',
    },
    {
      key: 'floor_50k_ms',
      label: 'one regex pass over the 50,000 words (floor)',
      value: floor50k,
      unit: 'ms',
    },
    {
      key: 'compromise_50k_ms',
      label: 'compromise nlp(text).numbers() on the 50,000 words',
      value: compromise50k,
      unit: 'ms',
    },
    {
      key: 'extract_speedup_vs_compromise',
      label: 'Tally vs compromise speed ratio',
      value: compromise50k / extract50k,
      unit: '×',
      goal: '≥ 100×',
    },
    {
      key: 'extract_50k_claims',
      label: 'claims found in the 50,000-word article',
      value: extractClaims(big).length,
      unit: 'claims',
    },
  ];
  return figures;
};

export default bench;
