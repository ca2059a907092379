/**
 * `npm run peer-tests [-- --verbose]`: runs the extractor over other projects'
 * test data in ../shared/peer-tests (for measuring only; the cases are not
 * copied into the project) and prints the share passed:
 * - Recognizers-Text NumberModel (cases its JavaScript port supports) and PercentModel: values found;
 * - quantulum3 quantities.json: values found;
 * - pySBD English golden rules: sentence splits that match exactly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims, splitSentences } from '../utils/extract';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peer = join(root, '..', 'shared', 'peer-tests');
const verbose = process.argv.includes('--verbose');

interface RecognizersCase {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; Resolution: { value?: string | null } }>;
}

interface QuantulumCase {
  req: string;
  res: Array<{ value: number; unit: string; surface: string }>;
}

interface SbdCase {
  input: string;
  sentences: string[];
}

/** A share: passed of total, printed as a percentage. */
interface Share {
  name: string;
  passed: number;
  total: number;
}

const near = (a: number, b: number) =>
  Math.abs(a - b) <= Math.max(1e-9, 0.001 * Math.max(Math.abs(a), Math.abs(b)));

/** The values the extractor reports for a text (single values and both ends of ranges). */
function valuesOf(text: string): number[] {
  const out: number[] = [];
  for (const c of extractClaims(text)) {
    if (c.value !== null) out.push(c.value);
    if (c.low !== null) out.push(c.low);
    if (c.high !== null) out.push(c.high);
    // quantulum3 reports a range by its midpoint
    if (c.low !== null && c.high !== null) out.push((c.low + c.high) / 2);
  }
  return out;
}

function load<T>(...parts: string[]): T | null {
  const file = join(peer, ...parts);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Share of expected values found, over cases with at least one numeric expectation. */
function valueShare(name: string, cases: Array<{ text: string; values: number[] }>): Share {
  let passed = 0;
  let total = 0;
  for (const c of cases) {
    const got = valuesOf(c.text);
    for (const v of c.values) {
      total++;
      const k = got.findIndex((g) => near(g, v));
      if (k >= 0) {
        passed++;
        got.splice(k, 1);
      } else if (verbose) console.log(`  ${name}: missed ${v} in ${JSON.stringify(c.text)}`);
    }
  }
  return { name, passed, total };
}

function recognizers(file: string, name: string): Share | null {
  const cases = load<RecognizersCase[]>('recognizers-text', 'Number', 'English', file);
  if (!cases) return null;
  const supported = cases.filter((c) => !(c.NotSupported ?? '').includes('javascript'));
  return valueShare(
    name,
    supported.map((c) => ({
      text: c.Input,
      values: c.Results.map((r) => Number(String(r.Resolution.value ?? '').replace(/%$/, ''))).filter((v) =>
        Number.isFinite(v),
      ),
    })),
  );
}

function quantulum(): Share | null {
  const cases = load<QuantulumCase[]>('quantulum3', 'quantities.json');
  if (!cases) return null;
  return valueShare(
    'quantulum3 quantities.json: values found',
    cases.map((c) => ({ text: c.req, values: c.res.map((r) => r.value) })),
  );
}

function pysbd(): Share | null {
  const cases = load<SbdCase[]>('pysbd', 'golden-rules-en.json');
  if (!cases) return null;
  let passed = 0;
  for (const c of cases) {
    const got = splitSentences(c.input).map((s) => c.input.slice(s.start, s.end).trim());
    const want = c.sentences.map((s) => s.trim());
    const ok = got.length === want.length && got.every((s, i) => s === want[i]);
    if (ok) passed++;
    else if (verbose)
      console.log(
        `  pySBD: ${JSON.stringify(c.input)}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`,
      );
  }
  return { name: 'pySBD golden rules (en): cases passed', passed, total: cases.length };
}

const shares = [
  recognizers('NumberModel.json', 'Recognizers-Text NumberModel (supported): values found'),
  recognizers('PercentModel.json', 'Recognizers-Text PercentModel (supported): values found'),
  quantulum(),
  pysbd(),
].filter((s): s is Share => s !== null);

if (shares.length === 0) {
  console.error(`peer-tests: nothing found in ${peer}`);
  process.exit(2);
}
for (const s of shares) {
  const pct = s.total ? (100 * s.passed) / s.total : 0;
  console.log(
    `${s.name.padEnd(60)} ${String(s.passed).padStart(4)}/${String(s.total).padEnd(4)} ${pct.toFixed(1)}%`,
  );
}
