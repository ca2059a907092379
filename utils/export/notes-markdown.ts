import { sideLabel, STATUS_LABEL } from '../format';
import { QUOTE_CONTEXT } from '../anchor/describe-span';
import { groupByTopic, outletOf, speakerOf } from '../notes/filter-notes';
import type { OtherFigure } from '../schema';
import type { Note } from '../schema/notes';
import { UNATTRIBUTED, isOwnFigure, otherFigureText } from './describe-note';
import type { ExportScope } from './file-name';
import { linkUrl } from './link-url';
import { markdownLink, markdownText } from './markdown-text';

const SCOPE_TEXT: Record<ExportScope, string> = { all: '', filtered: ' (filtered)', selected: ' (selected)' };

/** A label linked to `url` when it is http(s), else the label as text. */
export function linked(label: string, url: string | null | undefined): string {
  const href = linkUrl(url);
  return href ? markdownLink(label, href) : markdownText(label);
}

/** An ISO date or date-time ("2025-03-19T21:00:00+02:00"): shown as its day. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO date's day ("2025-03-19"); any other text as it is (escaped by the caller). */
export function dayOf(date: string): string {
  return ISO_DATE.test(date.trim()) ? date.trim().slice(0, 10) : date;
}

/** CommonMark punctuation (a delimiter run next to it only opens or closes beside space or punctuation). */
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** `**text**` when the asterisks would read as bold between `before` and `after`, else the text alone. */
export function bold(before: string, text: string, after: string): string {
  const first = text[0] ?? ' ';
  const last = text[text.length - 1] ?? ' ';
  const prev = before[before.length - 1] ?? ' ';
  const next = after[0] ?? ' ';
  const opens = !/\s/.test(first) && (!PUNCTUATION.test(first) || /\s/.test(prev) || PUNCTUATION.test(prev));
  const closes = !/\s/.test(last) && (!PUNCTUATION.test(last) || /\s/.test(next) || PUNCTUATION.test(next));
  return opens && closes ? `**${text}**` : text;
}

/**
 * The figure in the words around it, as far as its paragraph goes: "…with **145 drones**
 * overnight…" (a context cut mid-word starts or ends at the next whole word). Null when the
 * quote has no context to add.
 */
export function inContext(quote: { prefix: string; exact: string; suffix: string }): string | null {
  const { prefix, exact, suffix } = quote;
  const para = prefix.split('\n');
  let before = para[para.length - 1]!;
  let after = suffix.split('\n')[0]!;
  const cutBefore = para.length === 1 && prefix.length >= QUOTE_CONTEXT && /\S\s/.test(before);
  const cutAfter = !suffix.includes('\n') && suffix.length >= QUOTE_CONTEXT && /\s\S/.test(after);
  if (cutBefore) before = before.replace(/^\S*\s+/, '');
  if (cutAfter) after = after.replace(/\s+\S*$/, '');
  if (!before.trim() && !after.trim()) return null;
  const left = `${cutBefore ? '…' : ''}${markdownText(before)}${/\s$/.test(before) ? ' ' : ''}`;
  const right = `${/^\s/.test(after) ? ' ' : ''}${markdownText(after)}${cutAfter ? '…' : ''}`;
  return `“${left}${bold(left, markdownText(exact), right)}${right}”`;
}

/** Another figure's source, linked, with its date. */
function sourceLink(source: NonNullable<OtherFigure['source']>): string {
  const date = source.published ? `, ${markdownText(dayOf(source.published))}` : '';
  return `${linked(source.outlet ?? 'source', source.url)}${date}`;
}

/** Where another figure comes from: its source, or "in the same article". */
function sourceOf(o: OtherFigure): string {
  if (o.source) return ` — ${sourceLink(o.source)}`;
  return o.origin === 'page' ? ' — in the same article' : '';
}

function noteMarkdown(n: Note): string[] {
  const who = speakerOf(n);
  const side = n.match.claimant ? ` (${sideLabel(n.match.claimant.side)})` : '';
  const flags = [
    STATUS_LABEL[n.match.status],
    ...(n.manual ? ['selected by hand'] : []),
    ...(n.anchor.state === 'orphaned' ? ['text no longer on the page'] : []),
  ];
  const title = n.page.title ? `${outletOf(n)}: ${n.page.title}` : outletOf(n);
  const date = n.page.published
    ? `published ${markdownText(dayOf(n.page.published))}`
    : `noted ${n.noted.slice(0, 10)}`;
  const lines = [
    `- ${bold(' ', markdownText(n.quote.exact), ' ')} — ${who ? markdownText(who) : UNATTRIBUTED}${side} · ${flags.join(' · ')}`,
  ];
  const context = inContext(n.quote);
  if (context) lines.push(`  - ${context}`);
  lines.push(`  - Page: ${linked(title, n.page.url)}, ${date}`);
  const own = n.match.others.filter((o) => isOwnFigure(n, o));
  const others = n.match.others.filter((o) => !isOwnFigure(n, o));
  if (others.length) {
    lines.push('  - Other figures:');
    for (const o of others) lines.push(`    - ${markdownText(otherFigureText(o))}${sourceOf(o)}`);
  }
  if (n.match.related.length) {
    lines.push('  - Related figures (another scope or measure, not compared):');
    for (const o of n.match.related) lines.push(`    - ${markdownText(otherFigureText(o))}${sourceOf(o)}`);
  }
  const recorded = own.flatMap((o) => (o.source ? [sourceLink(o.source)] : []));
  if (recorded.length) lines.push(`  - Also recorded in: ${recorded.join('; ')}`);
  if (n.comment.trim()) lines.push(`  - Comment: ${markdownText(n.comment)}`);
  if (n.tags.length) lines.push(`  - Tags: ${n.tags.map((t) => markdownText(t)).join(', ')}`);
  return lines;
}

/**
 * The notes as a Markdown document that reads cleanly as text too: grouped by topic, each
 * figure with who gave it, its status, the words around it, its page and the other figures
 * with links to their sources. Every field from a page, a pack or the reader is escaped
 * for Markdown (markdown-text.ts); only http(s) addresses become links.
 */
export function notesToMarkdown(
  notes: readonly Note[],
  exported: Date = new Date(),
  scope: ExportScope = 'all',
): string {
  const count = `${notes.length} noted figure${notes.length === 1 ? '' : 's'}${SCOPE_TEXT[scope]}`;
  const out = ['# Tally notes', '', `${count}, exported ${exported.toISOString().slice(0, 10)}.`];
  for (const g of groupByTopic(notes)) {
    out.push('', `## ${markdownText(g.label, { heading: true })}`, '');
    for (const n of g.notes) out.push(...noteMarkdown(n));
  }
  return `${out.join('\n')}\n`;
}
