import Papa from 'papaparse';
import { sideLabel } from '../format';
import { groupRead, outletOfFigure } from '../memory/read-filter';
import type { RememberedFigure } from '../memory/schema';
import type { Side } from '../schema';
import { QUALIFIER_WORDS, UNATTRIBUTED } from './describe-note';
import { EXPORT_TYPES, exportFileName, type ExportFormat } from './file-name';
import { linkUrl } from './link-url';
import { markdownText } from './markdown-text';
import { ANNOTATION_CONTEXT, figureTerms, type FigureTerms, type TextualBody } from './notes-annotations';
import { FORMULA_START } from './notes-csv';
import type { ExportFile } from './export-notes';
import { bold, dayOf, inContext, linked } from './notes-markdown';

/** The format tag of the reading memory's JSON export. */
export const MEMORY_FORMAT = 'tally-memory/1';

/** Which remembered figures a file holds: all of them, or those the Read view's filters show. */
export type MemoryExportScope = 'all' | 'filtered';

/**
 * The CSV columns of the memory, one row per remembered figure:
 * - `id`: the record's id (the page's address, then a hash of quantity, time and speaker)
 * - `read`: when it was read (ISO date-time, UTC)
 * - `figure`: the figure as written on the page; `value`, `low`, `high`, `qualifier`, `unit`,
 *   `concept` as in the notes' CSV
 * - `speaker`: who gave it (the matched claimant's name, else the speaker the page named);
 *   `side`: the claimant's side
 * - `topic`: the matched topic's label
 * - `time_from`, `time_to`: the time the figure is about (ISO, UTC); `time_inferred`: yes when
 *   it was taken from the article's date rather than stated
 * - `page_url`, `page_title`, `outlet`, `site`, `published`: the page it was read on
 * - `quote_prefix`, `quote_suffix`: the words just before and after it
 */
export const MEMORY_CSV_COLUMNS = [
  'id',
  'read',
  'figure',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'concept',
  'speaker',
  'side',
  'topic',
  'time_from',
  'time_to',
  'time_inferred',
  'page_url',
  'page_title',
  'outlet',
  'site',
  'published',
  'quote_prefix',
  'quote_suffix',
] as const;

/** Who gave a remembered figure, as the notes name a speaker; null in the outlet's own voice. */
function speakerOfFigure(f: RememberedFigure): string | null {
  return f.claimant?.name ?? f.speaker;
}

const iso = (at: number) => new Date(at).toISOString();

function csvRow(f: RememberedFigure): (string | number | null)[] {
  const row: Record<(typeof MEMORY_CSV_COLUMNS)[number], string | number | null> = {
    id: f.id,
    read: iso(f.readAt),
    figure: f.quote.exact,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: QUALIFIER_WORDS[f.qualifier],
    unit: f.unit,
    concept: f.concept,
    speaker: speakerOfFigure(f),
    side: f.claimant ? sideLabel(f.claimant.side) : null,
    topic: f.topic?.label ?? null,
    time_from: iso(f.from),
    time_to: iso(f.to),
    time_inferred: f.inferred ? 'yes' : 'no',
    page_url: f.url,
    page_title: f.page.title,
    outlet: f.page.outlet,
    site: f.page.site,
    published: f.page.published,
    quote_prefix: f.quote.prefix,
    quote_suffix: f.quote.suffix,
  };
  return MEMORY_CSV_COLUMNS.map((c) => row[c]);
}

/** The remembered figures as CSV (RFC 4180, CRLF, a header row), safe to open in a spreadsheet. */
export function memoryToCsv(figures: readonly RememberedFigure[]): string {
  return Papa.unparse(
    { fields: [...MEMORY_CSV_COLUMNS], data: figures.map(csvRow) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/** The memory's JSON export: every figure exactly as remembered. */
export interface MemoryFile {
  format: typeof MEMORY_FORMAT;
  exported: string;
  figures: RememberedFigure[];
}

/** The remembered figures as JSON, pretty-printed (lossless). */
export function memoryToJson(figures: readonly RememberedFigure[], exported: Date = new Date()): string {
  const file: MemoryFile = { format: MEMORY_FORMAT, exported: exported.toISOString(), figures: [...figures] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One remembered figure in Markdown: the figure and who gave it, its words, its page and when it was read. */
function figureMarkdown(f: RememberedFigure): string[] {
  const who = speakerOfFigure(f);
  const side = f.claimant ? ` (${sideLabel(f.claimant.side)})` : '';
  const title = f.page.title ? `${outletOfFigure(f)}: ${f.page.title}` : outletOfFigure(f);
  const published = f.page.published ? `, published ${markdownText(dayOf(f.page.published))}` : '';
  const lines = [
    `- ${bold(' ', markdownText(f.quote.exact), ' ')} — ${who ? markdownText(who) : UNATTRIBUTED}${side} · read ${iso(f.readAt).slice(0, 16).replace('T', ' ')} UTC`,
  ];
  const context = inContext(f.quote);
  if (context) lines.push(`  - ${context}`);
  lines.push(`  - Page: ${linked(title, f.url)}${published}`);
  return lines;
}

/**
 * The remembered figures as a Markdown document, grouped by topic as the Read view groups them.
 * Every field from a page is escaped for Markdown; only http(s) addresses become links.
 */
export function memoryToMarkdown(
  figures: readonly RememberedFigure[],
  exported: Date = new Date(),
  scope: MemoryExportScope = 'all',
): string {
  const count = `${figures.length} figure${figures.length === 1 ? '' : 's'} read${scope === 'filtered' ? ' (filtered)' : ''}`;
  const out = ['# Tally reading memory', '', `${count}, exported ${exported.toISOString().slice(0, 10)}.`];
  for (const g of groupRead(figures)) {
    out.push('', `## ${markdownText(g.label, { heading: true })}`, '');
    for (const f of g.figures) out.push(...figureMarkdown(f));
  }
  return `${out.join('\n')}\n`;
}

/** A remembered figure as a machine reads it (purpose `identifying`, origin `memory`). */
export interface RememberedBody extends FigureTerms {
  type: 'tally:Figure';
  purpose: 'identifying';
  'tally:text': string;
  'tally:unit'?: string;
  'tally:concept'?: string;
  'tally:speaker'?: string;
  'tally:claimant'?: string;
  'tally:side'?: Side;
  'tally:topic'?: { id: string; 'tally:label': string };
  'tally:origin': 'memory';
  /** When it was read (ISO date-time). */
  'tally:read': string;
}

/** One remembered figure as a W3C Web Annotation. */
export interface MemoryAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  created: string;
  generator: { type: 'Software'; name: string };
  body: (TextualBody | RememberedBody)[];
  target: {
    source: string;
    selector: [{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }];
  };
}

/** A sentence saying what was read: "57 drones — Ministry of Defence of Russia (Russia), read on tass.com". */
function summary(f: RememberedFigure): string {
  const who = speakerOfFigure(f) ?? UNATTRIBUTED;
  const side = f.claimant ? ` (${sideLabel(f.claimant.side)})` : '';
  return `${f.quote.exact} — ${who}${side}, read on ${outletOfFigure(f)}`;
}

/** One remembered figure as an annotation on the page it was read on, found by its words. */
export function figureToAnnotation(f: RememberedFigure): MemoryAnnotation {
  const speaker = speakerOfFigure(f);
  const source = linkUrl(f.url) ?? f.url;
  return {
    id: `urn:tally:memory:${encodeURIComponent(f.id)}`,
    type: 'Annotation',
    motivation: 'identifying',
    created: iso(f.readAt),
    generator: { type: 'Software', name: 'Tally' },
    body: [
      { type: 'TextualBody', purpose: 'describing', value: summary(f), format: 'text/plain', language: 'en' },
      {
        type: 'tally:Figure',
        purpose: 'identifying',
        'tally:text': f.quote.exact,
        ...figureTerms(f),
        ...(f.unit !== null ? { 'tally:unit': f.unit } : {}),
        ...(f.concept !== null ? { 'tally:concept': f.concept } : {}),
        ...(speaker !== null ? { 'tally:speaker': speaker } : {}),
        ...(f.claimant ? { 'tally:claimant': f.claimant.id, 'tally:side': f.claimant.side } : {}),
        ...(f.topic
          ? {
              'tally:topic': {
                id: `urn:tally:topic:${encodeURIComponent(f.topic.id)}`,
                'tally:label': f.topic.label,
              },
            }
          : {}),
        'tally:origin': 'memory',
        'tally:read': iso(f.readAt),
      },
    ],
    target: { source, selector: [{ type: 'TextQuoteSelector', ...f.quote }] },
  };
}

/** The remembered figures as a W3C Web Annotation `AnnotationCollection` (JSON-LD). */
export function memoryToAnnotations(
  figures: readonly RememberedFigure[],
  exported: Date = new Date(),
  id = `urn:uuid:${crypto.randomUUID()}`,
  scope: MemoryExportScope = 'all',
) {
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection' as const,
    label: `Tally reading memory${scope === 'filtered' ? ' (filtered)' : ''}, exported ${exported.toISOString().slice(0, 10)}`,
    total: figures.length,
    first: {
      id: `${id}:page-1`,
      type: 'AnnotationPage' as const,
      startIndex: 0 as const,
      items: figures.map(figureToAnnotation),
    },
  };
}

/**
 * The remembered figures in `format` (the notes' four), named
 * `tally-memory-YYYY-MM-DD[-filtered].<ext>`.
 */
export function exportMemory(
  figures: readonly RememberedFigure[],
  format: ExportFormat,
  options: { now?: Date; scope?: MemoryExportScope } = {},
): ExportFile {
  const { now = new Date(), scope = 'all' } = options;
  const text =
    format === 'csv'
      ? memoryToCsv(figures)
      : format === 'json'
        ? memoryToJson(figures, now)
        : format === 'markdown'
          ? memoryToMarkdown(figures, now, scope)
          : `${JSON.stringify(memoryToAnnotations(figures, now, undefined, scope), null, 2)}\n`;
  return { name: exportFileName(format, now, scope, 'memory'), type: EXPORT_TYPES[format], text };
}
