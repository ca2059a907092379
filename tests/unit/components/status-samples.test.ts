import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_STYLE } from '../../../utils/highlight/status-style';
import { MATCH_STATUSES } from '../../../utils/schema';

const css = readFileSync(resolve('components/status-samples.css'), 'utf8');

/** The underline shape and thickness of a rule's `text-decoration`. */
const shapeOf = (decoration: string) => {
  const m = /underline (\w+) \S+ (\d+px)/.exec(decoration);
  return m ? { shape: m[1], width: m[2] } : null;
};

describe('the status samples of the extension’s own pages', () => {
  it.each(MATCH_STATUSES)('draw %s with the page’s underline shape and thickness', (status) => {
    const rule = new RegExp(`\\.sample\\.${status} \\{[^}]*text-decoration: ([^;]+);`).exec(css);
    expect(shapeOf(rule?.[1] ?? '')).toEqual(shapeOf(STATUS_STYLE[status].underline));
  });
});
