import { describe, expect, it } from 'vitest';
import { paintHighlights } from '../../../utils/highlight';
import { loadHtml } from '../support/dom';

function setup(html: string) {
  const d = loadHtml(`<p id="p">${html}</p>`);
  const p = d.getElementById('p')!;
  return { d, p };
}

function rangeOf(d: Document, p: Element, text: string): Range {
  const node = p.firstChild as Text;
  const i = node.data.indexOf(text);
  const r = d.createRange();
  r.setStart(node, i);
  r.setEnd(node, i + text.length);
  return r;
}

describe('paintHighlights fallback', () => {
  it.each([
    ['diverges', '145 drones'],
    ['agrees', '175 servicemen'],
  ] as const)('wraps a %s figure in <tally-mark>', (status, text) => {
    const { d, p } = setup(`They said ${text} today.`);
    const handle = paintHighlights(d, [{ range: rangeOf(d, p, text), status }], true);
    expect(handle.native).toBe(false);
    const mark = p.querySelector('tally-mark');
    expect(mark?.getAttribute('data-status')).toBe(status);
    expect(mark?.textContent).toBe(text);
  });

  it('clear() restores the original DOM', () => {
    const { d, p } = setup('They said 145 drones and 72 were shot down.');
    const before = p.innerHTML;
    const handle = paintHighlights(
      d,
      [
        { range: rangeOf(d, p, '145 drones'), status: 'diverges' },
        { range: rangeOf(d, p, '72'), status: 'single' },
      ],
      true,
    );
    expect(p.querySelectorAll('tally-mark')).toHaveLength(2);
    handle.clear();
    expect(p.innerHTML).toBe(before);
    expect(p.childNodes).toHaveLength(1);
  });
});
