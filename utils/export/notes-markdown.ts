import { sideLabel, STATUS_LABEL } from '../../components/format';
import type { Note } from '../schema/notes';
import { groupByTopic, noteDate, outletOf, speakerOf } from '../notes/filter-notes';
import { otherFigureText } from './describe-note';

/** Escapes the characters Markdown would read as formatting. */
export function mdEscape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()<>#+\-!|~])/g, '\\$1');
}

/** A link to `url` when it is http(s) (parentheses and spaces encoded); otherwise the label alone. */
function link(label: string, url: string | null | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return mdEscape(label);
  const safe = url.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${mdEscape(label)}](${safe})`;
}

function noteMarkdown(n: Note): string[] {
  const who = speakerOf(n);
  const side = n.match.claimant ? ` (${sideLabel(n.match.claimant.side)})` : '';
  const lines = [
    `- **${mdEscape(n.quote.exact)}** — ${who ? mdEscape(who) : "the outlet's own figure"}${side} · ${STATUS_LABEL[n.match.status]}${n.manual ? ' · selected by hand' : ''}${n.anchor.state === 'orphaned' ? ' · text no longer on the page' : ''}`,
    `  - Source: ${link(`${outletOf(n)}${n.page.title ? `: ${n.page.title}` : ''}`, n.page.url)}, ${noteDate(n)}`,
  ];
  for (const o of n.match.others) {
    const src = o.source
      ? ` — ${link(o.source.outlet ?? 'source', o.source.url)}${o.source.published ? `, ${o.source.published.slice(0, 10)}` : ''}`
      : o.onPage
        ? ' — on the same page'
        : '';
    lines.push(`  - ${mdEscape(otherFigureText(o))}${src}`);
  }
  if (n.comment.trim()) lines.push(`  - Comment: ${mdEscape(n.comment.trim())}`);
  if (n.tags.length) lines.push(`  - Tags: ${n.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`);
  return lines;
}

/** The notes as a readable Markdown document, grouped by topic, with links to every source. */
export function notesToMarkdown(notes: readonly Note[], exported: Date = new Date()): string {
  const out = [
    '# Tally notes',
    '',
    `${notes.length} noted figure${notes.length === 1 ? '' : 's'}, exported ${exported.toISOString().slice(0, 10)}.`,
  ];
  for (const g of groupByTopic(notes)) {
    out.push('', `## ${mdEscape(g.label)}`, '');
    for (const n of g.notes) out.push(...noteMarkdown(n));
  }
  return `${out.join('\n')}\n`;
}
