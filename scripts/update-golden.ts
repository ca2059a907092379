/**
 * `npm run golden [-- --check]`: for every tests/fixtures/pages/<slug>/page.html,
 * loads the page as a browser would (its own scripts run, so a body that
 * arrives late is there), reads the article, extracts its claims, matches them
 * (status and topic of each), and writes <slug>/expected.json (mozilla/readability-style golden files).
 * Review each expected.json by eye before committing it. `--check` only
 * reports the pages whose output differs from their expected.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser } from 'happy-dom';
import { readArticle } from '../utils/article';
import { extractSections } from '../utils/extract';
import { createMatcher, loadBundledDataset, type Matcher } from '../utils/match';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../utils/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the golden pages live. */
export const pagesDir = join(root, 'tests/fixtures/pages');

/** One claim as a golden file keeps it: what a reader would check by eye. */
export interface GoldenClaim {
  text: string;
  value?: number;
  low?: number;
  high?: number;
  qualifier: PageClaim['qualifier'];
  unit: string | null;
  concept: string | null;
  /** What is counted in the matcher's words, for a page in another language ("дронів" → drones). */
  lemma?: string;
  speaker: string | null;
  /** Reported with doubt ("якобы", "нібито"). */
  doubted?: true;
  /** How the figure matches (status and topic id), against the bundled dataset and the page. */
  status: ClaimMatch['status'];
  topic: string | null;
}

/** A golden file: the article's metadata and its claims. */
export interface Golden {
  meta: ArticleMeta;
  claims: GoldenClaim[];
}

/** The fixture page slugs that have a page.html. */
export function goldenSlugs(): string[] {
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(pagesDir, d.name, 'page.html')))
    .map((d) => d.name)
    .sort();
}

/** Loads a page in happy-dom with its inline scripts running, and waits for its timers and load handlers. */
export async function loadPage(
  html: string,
  url: string,
): Promise<{ document: Document; close: () => Promise<void> }> {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      timer: { maxTimeout: 5000, maxIntervalTime: 5000, maxIntervalIterations: 20 },
    },
  });
  const page = browser.newPage();
  page.url = url;
  page.content = html;
  await page.waitUntilComplete();
  return { document: page.mainFrame.document as unknown as Document, close: () => browser.close() };
}

let matcher: Promise<Matcher> | null = null;

/** The matcher over the bundled dataset in public/data, built once. */
function bundledMatcher(): Promise<Matcher> {
  matcher ??= loadBundledDataset((f) => readFile(join(root, 'public/data', f), 'utf8')).then((ds) =>
    createMatcher(ds),
  );
  return matcher;
}

function compact(c: PageClaim, m: ClaimMatch | undefined): GoldenClaim {
  const figure =
    c.value !== null ? { value: c.value } : { low: c.low ?? undefined, high: c.high ?? undefined };
  return {
    text: c.text,
    ...figure,
    qualifier: c.qualifier,
    unit: c.unit,
    concept: c.concept,
    ...(c.lemma !== undefined ? { lemma: c.lemma } : {}),
    speaker: c.speaker,
    ...(c.doubted ? { doubted: true as const } : {}),
    status: m?.status ?? 'unmatched',
    topic: m?.topic?.id ?? null,
  };
}

/** Reads the article of a fixture page and extracts its claims, as the golden file records them. */
export async function goldenOf(slug: string): Promise<Golden> {
  const html = readFileSync(join(pagesDir, slug, 'page.html'), 'utf8');
  const { document, close } = await loadPage(html, `https://fixtures.tally.test/${slug}/`);
  try {
    const article = readArticle(document, null);
    const claims = extractSections(article.text, article.meta.published, article.sections, article.lang);
    const matches = (await bundledMatcher()).match(claims, article.meta);
    return { meta: article.meta, claims: claims.map((c, i) => compact(c, matches[i])) };
  } finally {
    await close();
  }
}

/** The golden file's text, as written to disk. */
export function serialize(g: Golden): string {
  return `${JSON.stringify(g, null, 2)}\n`;
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const slugs = goldenSlugs();
  if (slugs.length === 0) {
    console.error(`golden: no page.html under ${pagesDir}`);
    return 2;
  }
  let differ = 0;
  for (const slug of slugs) {
    const file = join(pagesDir, slug, 'expected.json');
    const next = serialize(await goldenOf(slug));
    const prev = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (prev === next) {
      console.log(`  same     ${slug}`);
      continue;
    }
    differ++;
    if (check) console.log(`  differs  ${slug}`);
    else {
      writeFileSync(file, next);
      console.log(
        `  wrote    ${slug}/expected.json (${(JSON.parse(next) as Golden).claims.length} claims) — review it`,
      );
    }
  }
  return check && differ ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
