/**
 * `npm run analyze -- FILE [--published YYYY-MM-DD] [--format text|json]`
 * `npm run analyze -- --jsonl [--memory FILE]` (stdin: {"id","text"|"html","published"?,"url"?,"outlet"?}
 * per line; stdout: {"id","claims"} per line). With `--memory FILE` a reading memory is kept in FILE
 * across the documents and across runs: a figure read in an earlier document is a cross-reference
 * with `origin: "memory"`.
 *
 * Runs the same extraction (and matching, when the dataset is there) as the
 * extension, on a .txt or .html article.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { readArticle } from '../utils/article';
import { extractSections, type DatedSection } from '../utils/extract';
import { createMatcher, loadBundledDataset, type Matcher } from '../utils/match';
import type { ArticleMeta, ClaimMatch, OtherFigure, PageClaim } from '../utils/schema';
import { documentUrl, openRunMemory, type RunMemory } from './analyze-memory';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One claim as the analyzer prints it: the extraction plus its match. */
export interface AnalyzedClaim {
  start: number;
  end: number;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: PageClaim['qualifier'];
  unit: string | null;
  concept: string | null;
  speaker: string | null;
  claimant: string | null;
  status: ClaimMatch['status'];
  topic: string | null;
  /** The topic's readable label (text format). */
  topicLabel: string | null;
  /** Other speakers' figures for the same quantity, each with where it comes from (`page`, `dataset`, later `memory`). */
  others: AnalyzedOther[];
  /** The same thing counted with another or an unknown scope or measure: listed, never compared. */
  related: AnalyzedOther[];
  vague: boolean;
  sameAs: string | null;
  id: string;
  frame: PageClaim['frame'];
}

/** A cross-reference as the analyzer prints it. */
export interface AnalyzedOther {
  /** The claimant's id, or the speaker's name as the page writes it. */
  claimant: string | null;
  side: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: PageClaim['qualifier'];
  source: { url: string; published: string | null; outlet: string | null } | null;
  origin: OtherFigure['origin'];
}

/** A cross-reference as printed. */
function toOther(o: OtherFigure): AnalyzedOther {
  return {
    claimant: o.claimant ?? o.name,
    side: o.side,
    value: o.value,
    low: o.low,
    high: o.high,
    qualifier: o.qualifier,
    source: o.source,
    origin: o.origin,
  };
}

/** What the analyzer prints for one article. */
export interface Analysis {
  article: ArticleMeta & { length: number };
  claims: AnalyzedClaim[];
}

function toAnalyzed(c: PageClaim, m: ClaimMatch | undefined): AnalyzedClaim {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    value: c.value,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    unit: c.unit,
    concept: c.concept,
    speaker: c.speaker,
    claimant: m?.claimant?.id ?? null,
    status: m?.status ?? 'unmatched',
    topic: m?.topic?.id ?? null,
    topicLabel: m?.topic?.label ?? null,
    others: (m?.others ?? []).map(toOther),
    related: (m?.related ?? []).map(toOther),
    vague: c.vague,
    sameAs: c.sameAs,
    id: c.id,
    frame: c.frame,
  };
}

let matcher: Promise<Matcher | null> | null = null;

/** The matcher over the bundled dataset in public/data, built once; null (all claims unmatched) if it cannot load. */
function bundledMatcher(): Promise<Matcher | null> {
  matcher ??= loadBundledDataset((f) => readFile(join(root, 'public/data', f), 'utf8')).then(
    (ds) => createMatcher(ds),
    (e: unknown) => {
      process.stderr.write(`analyze: dataset not loaded, claims stay unmatched (${(e as Error).message})\n`);
      return null;
    },
  );
  return matcher;
}

/** Analyzes plain text (offsets index `text` as given). */
export async function analyzeText(
  text: string,
  published: string | null,
  memory?: RunMemory,
  meta: Partial<ArticleMeta> = {},
): Promise<Analysis> {
  return analyzeArticle(text, { url: null, published, outlet: null, headline: null, ...meta }, [], memory);
}

/** Analyzes an HTML page: reads the article body and metadata first, as the content script does. */
export async function analyzeHtml(
  html: string,
  published: string | null,
  url: string | null = null,
  memory?: RunMemory,
  outlet: string | null = null,
): Promise<Analysis> {
  const { document } = parseHTML(html);
  const article = readArticle(document as unknown as Document, url);
  const meta: ArticleMeta = {
    ...article.meta,
    published: published ?? article.meta.published,
    outlet: outlet ?? article.meta.outlet,
  };
  return analyzeArticle(article.text, meta, article.sections, memory, article.lang);
}

async function analyzeArticle(
  text: string,
  meta: ArticleMeta,
  sections: readonly DatedSection[] = [],
  memory?: RunMemory,
  lang: string | null = null,
): Promise<Analysis> {
  const claims = extractSections(text, meta.published, sections, lang);
  const m = await bundledMatcher();
  let matches: ClaimMatch[] = [];
  try {
    matches = m ? m.match(claims, meta) : [];
  } catch (e) {
    // a matcher failure must not lose the extraction: the claims stay unmatched
    process.stderr.write(`analyze: matching failed, claims stay unmatched (${(e as Error).message})\n`);
  }
  if (memory) matches = await memory.recall(text, meta, claims, matches);
  const byId = new Map(matches.map((x) => [x.claimId, x]));
  return {
    article: { ...meta, length: text.length },
    claims: claims.map((c) => toAnalyzed(c, byId.get(c.id))),
  };
}

const fmtValue = (c: AnalyzedClaim): string => {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 3 });
  const v =
    c.value !== null ? n(c.value) : c.low !== null && c.high !== null ? `${n(c.low)}–${n(c.high)}` : '?';
  return (c.qualifier === '=' ? '' : `${c.qualifier} `) + v + (c.vague ? ' (vague)' : '');
};

/** The readable table of `--format text`: one line per claim, then a count by status. */
export function formatTable(a: Analysis): string {
  const rows: string[][] = [['#', 'figure', 'what', 'said by', 'status', 'topic', 'other figures']];
  a.claims.forEach((c, k) => {
    const others = c.others
      .filter((o) => o.claimant !== c.claimant || !near(o, c))
      .map(
        (o) =>
          `${o.claimant ?? '?'}${o.side ? ` (${o.side})` : ''} ${fmtValue({ ...c, ...o, vague: false })}`,
      )
      .join('; ');
    rows.push([
      String(k + 1),
      fmtValue(c),
      c.concept ?? c.unit ?? '—',
      c.speaker ?? '(the outlet)',
      c.sameAs ? `${c.status} (same measure)` : c.status,
      c.topicLabel ?? c.topic ?? '',
      others,
    ]);
  });
  const max = [4, 18, 24, 34, 22, 38, 60];
  const widths = (rows[0] as string[]).map((_, i) =>
    Math.min(max[i] ?? 40, Math.max(...rows.map((r) => (r[i] ?? '').length))),
  );
  const line = (r: string[]) =>
    r
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const s = cell.length > w ? `${cell.slice(0, w - 1)}…` : cell;
        return i === 0 || i === 1 ? s.padStart(w) : s.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  const m = a.article;
  const counts = new Map<string, number>();
  for (const c of a.claims) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const head = [
    m.headline,
    [m.outlet, m.published ? `published ${m.published}` : null, m.url].filter(Boolean).join(' · ') || null,
    `${a.claims.length} claim${a.claims.length === 1 ? '' : 's'} in ${m.length.toLocaleString('en-US')} characters` +
      (counts.size ? ` — ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}` : ''),
  ].filter((x): x is string => !!x);
  const body = rows.map(line);
  body.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return `${head.join('\n')}\n\n${body.join('\n')}\n`;
}

function near(
  o: { value: number | null; low: number | null; high: number | null },
  c: AnalyzedClaim,
): boolean {
  return o.value === c.value && o.low === c.low && o.high === c.high;
}

async function main(argv: string[]): Promise<number> {
  const opt = (name: string): string | null => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? null) : null;
  };
  if (argv.includes('--jsonl')) {
    const memoryFile = opt('--memory');
    let memory: RunMemory | undefined;
    try {
      memory = memoryFile ? openRunMemory(memoryFile) : undefined;
    } catch (e) {
      process.stderr.write(`analyze: cannot use ${memoryFile} as a memory: ${(e as Error).message}\n`);
      return 2;
    }
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      let row: {
        id?: unknown;
        text?: unknown;
        html?: unknown;
        published?: unknown;
        url?: unknown;
        outlet?: unknown;
      };
      try {
        row = JSON.parse(line) as typeof row;
      } catch {
        process.stderr.write(`analyze: not JSON: ${line.slice(0, 120)}\n`);
        return 2;
      }
      const id = typeof row.id === 'string' ? row.id : String(row.id ?? '');
      const published = typeof row.published === 'string' ? row.published : null;
      const outlet = typeof row.outlet === 'string' ? row.outlet : null;
      // with a memory, a document without an address is remembered under one made of its id
      const url = typeof row.url === 'string' ? row.url : memory ? documentUrl(id) : null;
      const a =
        typeof row.html === 'string'
          ? await analyzeHtml(row.html, published, url, memory, outlet)
          : await analyzeText(typeof row.text === 'string' ? row.text : '', published, memory, {
              url,
              outlet,
            });
      process.stdout.write(`${JSON.stringify({ id, claims: a.claims })}\n`);
    }
    return 0;
  }
  const file = argv.find(
    (a, i) => !a.startsWith('--') && !['--published', '--format'].includes(argv[i - 1] ?? ''),
  );
  if (!file) {
    process.stderr.write(
      'usage: npm run analyze -- FILE [--published YYYY-MM-DD] [--format text|json] | --jsonl [--memory FILE]\n',
    );
    return 2;
  }
  const format = opt('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`analyze: unknown format ${format} (text or json)\n`);
    return 2;
  }
  const published = opt('--published');
  if (published !== null && !/^\d{4}-\d{2}-\d{2}/.test(published)) {
    process.stderr.write(`analyze: --published wants YYYY-MM-DD, got ${published}\n`);
    return 2;
  }
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (e) {
    process.stderr.write(`analyze: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const a: Analysis = /\.html?$/i.test(file)
    ? await analyzeHtml(source, published, file)
    : await analyzeText(source, published);
  process.stdout.write(format === 'json' ? `${JSON.stringify(a, null, 2)}\n` : formatTable(a));
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`analyze: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}

export { main };
