import { afterEach, describe, expect, it } from 'vitest';
import { createStatusPainter, STATUS_STYLE, statusCss } from '../../../utils/highlight';
import { MATCH_STATUSES } from '../../../utils/schema/match';
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

/** The Custom Highlight API as a page sees it: a registry of named sets of ranges. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');

function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

afterEach(() => {
  delete (window as { Highlight?: unknown }).Highlight;
  if (realCss) Object.defineProperty(window, 'CSS', realCss);
  document.adoptedStyleSheets = [];
});

describe('the status painter with the Custom Highlight API', () => {
  it('registers each status under a name the page cannot guess, different on every page', () => {
    const registry = installHighlightApi();
    const { d, p } = setup('They said 145 drones today.');
    createStatusPainter(d).paint([{ range: rangeOf(d, p, '145 drones'), status: 'diverges' }]);
    const first = [...registry.keys()];
    registry.clear();
    createStatusPainter(d).paint([{ range: rangeOf(d, p, '145 drones'), status: 'diverges' }]);
    const second = [...registry.keys()];
    expect(first).toHaveLength(MATCH_STATUSES.length);
    for (const name of first) expect(name).toMatch(/^tally-[a-z]+-[0-9a-z]{8,}$/);
    expect(first.some((n) => second.includes(n))).toBe(false);
  });

  it.each([
    [
      'adds ranges to a highlight',
      (h: FakeHighlight, _n: string, r: Map<string, FakeHighlight>, foreign: Range) => {
        h.add(foreign);
        void r;
      },
    ],
    [
      'replaces a highlight with its own',
      (_h: FakeHighlight, name: string, r: Map<string, FakeHighlight>, foreign: Range) =>
        void r.set(name, new FakeHighlight(foreign)),
    ],
  ])('paints only its own ranges after the page %s', (_how, attack) => {
    const registry = installHighlightApi();
    const { d, p } = setup('They said 145 drones and 72 were shot down, the mayor added.');
    const painter = createStatusPainter(d);
    const mine = rangeOf(d, p, '145 drones');
    painter.paint([{ range: mine, status: 'diverges' }]);
    const name = [...registry.keys()].find((n) => n.startsWith('tally-diverges-'))!;
    attack(registry.get(name)!, name, registry, rangeOf(d, p, 'the mayor'));
    painter.paint([{ range: mine, status: 'diverges' }]);
    expect([...registry.get(name)!]).toEqual([mine]);
  });

  it('takes away what is no longer listed and moves a figure whose status changed', () => {
    const registry = installHighlightApi();
    const { d, p } = setup('They said 145 drones and 72 were shot down.');
    const painter = createStatusPainter(d);
    const drones = rangeOf(d, p, '145 drones');
    const down = rangeOf(d, p, '72');
    painter.paint([
      { range: drones, status: 'diverges' },
      { range: down, status: 'single' },
    ]);
    painter.paint([{ range: drones, status: 'agrees' }]);
    const of = (status: string) => [...registry].find(([n]) => n.startsWith(`tally-${status}-`))![1].size;
    expect([of('diverges'), of('agrees'), of('single')]).toEqual([0, 1, 0]);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('status styles', () => {
  it('tell every status apart by the shape of its underline, not by colour', () => {
    const shapes = MATCH_STATUSES.map((s) => STATUS_STYLE[s].underline.split(' ')[1]);
    expect(new Set(shapes).size).toBe(MATCH_STATUSES.length);
  });

  it('drop the tints in the subtle style and keep the underlines', () => {
    const name = (s: string) => `tally-${s}-x`;
    expect(statusCss(name, false)).toContain('background-color');
    expect(statusCss(name, true)).not.toContain('background-color');
    expect(statusCss(name, true).match(/text-decoration:/g)).toHaveLength(MATCH_STATUSES.length);
  });
});

describe('the status painter without the Custom Highlight API', () => {
  it.each([
    ['diverges', '145 drones'],
    ['agrees', '175 servicemen'],
  ] as const)('wraps a %s figure in <tally-mark>', (status, text) => {
    const { d, p } = setup(`They said ${text} today.`);
    const painter = createStatusPainter(d, false, true);
    painter.paint([{ range: rangeOf(d, p, text), status }]);
    expect(painter.native).toBe(false);
    const mark = p.querySelector('tally-mark');
    expect(mark?.getAttribute('data-status')).toBe(status);
    expect(mark?.textContent).toBe(text);
  });

  it('clear() restores the original DOM', () => {
    const { d, p } = setup('They said 145 drones and 72 were shot down.');
    const before = p.innerHTML;
    const painter = createStatusPainter(d, false, true);
    painter.paint([
      { range: rangeOf(d, p, '145 drones'), status: 'diverges' },
      { range: rangeOf(d, p, '72'), status: 'single' },
    ]);
    expect(p.querySelectorAll('tally-mark')).toHaveLength(2);
    painter.clear();
    expect(p.innerHTML).toBe(before);
    expect(p.childNodes).toHaveLength(1);
  });
});
