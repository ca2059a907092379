import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { openRunMemory } from '../../../scripts/analyze-memory';
import { analyzeHtml } from '../../../scripts/analyze';
import { readArticle } from '../../../utils/article';
import { extractClaims } from '../../../utils/extract/extractClaims';
import { quantityOf } from '../../../utils/memory/from-claims';
import { quantityKey } from '../../../utils/memory/identity';

/** One night as each side reports it (issue 15): the Ministry's page in Russian, the Air Force's in Ukrainian. */
const SITES = join(__dirname, '../../fixtures/sites/cross-language');
const RU = readFileSync(join(SITES, 'ru-mod.html'), 'utf8');
const UK = readFileSync(join(SITES, 'uk-air-force.html'), 'utf8');

/** The memory keys of a page's figures, read as the content script reads the page. */
function keysOf(html: string): string[] {
  const { document } = parseHTML(html);
  const article = readArticle(document as unknown as Document, null);
  const claims = extractClaims(article.text, { published: article.meta.published, lang: article.lang });
  return claims.flatMap((c) => {
    const q = quantityOf(c, article.meta.published);
    return q ? [quantityKey(q)] : [];
  });
}

describe('a figure read in one language, recalled in another', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('reads the Russian and the Ukrainian counts of drones as one quantity, whatever the word or its case', () => {
    const [ru] = keysOf(RU);
    const [uk] = keysOf(UK);
    expect(ru).toBeDefined();
    expect(uk).toBe(ru);
    expect(JSON.parse(ru as string)).toEqual(['drone', '', 'launched', '', '']);
  });

  it('shows the Ministry’s figure, read earlier in Russian, on the Air Force’s page in Ukrainian', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-cross-language-'));
    dirs.push(dir);
    const memory = openRunMemory(join(dir, 'memory.jsonl'));
    await analyzeHtml(RU, null, 'https://ru.example/night', memory);
    const uk = await analyzeHtml(UK, null, 'https://uk.example/night', memory);
    const [claim] = uk.claims;
    expect(claim?.status).toBe('diverges');
    expect(claim?.others).toContainEqual(
      expect.objectContaining({
        value: 120,
        origin: 'memory',
        source: expect.objectContaining({ url: 'https://ru.example/night' }),
      }),
    );
  });
});
