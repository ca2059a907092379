import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { citationText } from '../../../components/citation';
import { FigureStrip } from '../../../components/FigureStrip';
import { Popover } from '../../../components/Popover';
import type { ArticleMeta, OtherFigure } from '../../../utils/schema';
import { makeClaim, makeMatch, makeOther } from '../support/records';

const claim = makeClaim({ id: 'c10' });

const other = (name: string, value: number, side: OtherFigure['side'], onPage = false): OtherFigure =>
  makeOther({
    claimant: name.toLowerCase(),
    name,
    side,
    value,
    source: onPage
      ? null
      : { url: 'https://example.org/report', published: '2025-03-19', outlet: 'Example Wire' },
    origin: onPage ? 'page' : 'dataset',
  });

const match = makeMatch({
  claimId: 'c10',
  topic: { id: 't1', label: 'Drones launched at Ukraine, night of 18–19 March 2025' },
  others: [
    other('Volodymyr Zelensky', 150, 'ukraine', true),
    other('Russian Defence Ministry', 57, 'russia'),
  ],
});

const meta: ArticleMeta = {
  url: 'https://news.example/a',
  published: '2025-03-19',
  outlet: 'The Ledger',
  headline: 'H',
};

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  return root;
}

afterEach(() => render(null, document.body.firstElementChild ?? document.body));

describe('Popover', () => {
  it.each([
    ['the status', '.status', 'Figures differ'],
    ['the figure as written', '.figure strong', '145 drones'],
    ['the topic', '.topic', 'night of 18–19 March 2025'],
    ["the speaker's side", '.who .side', 'Ukraine'],
  ])('shows %s', (_name, selector, text) => {
    const root = mount(<Popover claim={claim} match={match} meta={meta} onClose={() => {}} />);
    expect(root.querySelector(selector)?.textContent).toContain(text);
  });

  it('lists every other figure, a dataset one with its source link', () => {
    const root = mount(<Popover claim={claim} match={match} meta={meta} onClose={() => {}} />);
    expect([...root.querySelectorAll('.other-value')].map((e) => e.textContent)).toEqual(['150', '57']);
    const link = root.querySelector<HTMLAnchorElement>('a.source');
    expect(link?.href).toBe('https://example.org/report');
    expect(link?.rel).toBe('noopener noreferrer');
  });

  it('names an on-page source as the page writes it, and says it is in this article', () => {
    const onPage = makeOther({
      claimant: null,
      name: 'the Red Crescent',
      side: null,
      value: 2400,
      origin: 'page',
      source: null,
    });
    const root = mount(
      <Popover claim={claim} match={makeMatch({ others: [onPage] })} meta={meta} onClose={() => {}} />,
    );
    expect(root.querySelector('.other-name')?.textContent).toBe('the Red Crescent');
    expect(root.querySelector('span.source')?.textContent).toBe('Also in this article');
  });

  it('lists related figures in their own section, apart from the compared ones', () => {
    const region = makeOther({
      claimant: null,
      name: 'the regional governor',
      side: null,
      value: 40,
      origin: 'page',
      source: null,
    });
    const related = makeMatch({ status: 'related', others: [], related: [region] });
    const root = mount(<Popover claim={claim} match={related} meta={meta} onClose={() => {}} />);
    expect(root.querySelector('.status')?.textContent).toBe('Related figures');
    const section = root.querySelector('section.related');
    expect(section?.querySelector('h3')?.textContent).toBe('Related figures');
    expect([...(section?.querySelectorAll('.other-value') ?? [])].map((e) => e.textContent)).toEqual(['40']);
    expect(root.querySelectorAll('ul.others')).toHaveLength(1);
    expect(root.querySelector('.strip')).toBeNull();
  });

  it('shows a source whose address is not http(s) (a page can claim any canonical URL) as text, not a link', () => {
    const evil = makeMatch({
      ...match,
      others: [
        makeOther({ source: { url: 'javascript:alert(1)', published: null, outlet: 'Earlier page' } }),
      ],
    });
    const root = mount(<Popover claim={claim} match={evil} meta={meta} onClose={() => {}} />);
    expect(root.querySelector('a.source')?.hasAttribute('href')).toBe(false);
    expect(root.querySelector('a.source')?.textContent).toBe('Earlier page');
  });

  it('shows the Note button only when noting is wired, and calls it', async () => {
    expect(
      mount(<Popover claim={claim} match={match} meta={meta} onClose={() => {}} />).querySelector(
        '[data-testid="tally-note"]',
      ),
    ).toBeNull();
    const onNote = vi.fn();
    const root = mount(
      <Popover claim={claim} match={match} meta={meta} onClose={() => {}} onNote={onNote} />,
    );
    root.querySelector<HTMLButtonElement>('[data-testid="tally-note"]')!.click();
    expect(onNote).toHaveBeenCalledOnce();
  });

  it('says Saving… until the note is acknowledged, then Noted', async () => {
    let acknowledge = () => {};
    const onNote = () => new Promise<void>((ok) => (acknowledge = ok));
    const root = mount(
      <Popover claim={claim} match={match} meta={meta} onClose={() => {}} onNote={onNote} />,
    );
    const button = root.querySelector<HTMLButtonElement>('[data-testid="tally-note"]')!;
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Saving…'));
    acknowledge();
    await vi.waitFor(() => expect(button.textContent).toBe('Noted'));
  });

  it('says a note was not saved, and why, and saves it on Retry', async () => {
    const onNote = vi
      .fn()
      .mockRejectedValueOnce(new Error('the worker stopped'))
      .mockResolvedValueOnce(undefined);
    const root = mount(
      <Popover claim={claim} match={match} meta={meta} onClose={() => {}} onNote={onNote} />,
    );
    const button = root.querySelector<HTMLButtonElement>('[data-testid="tally-note"]')!;
    button.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="tally-note-failed"]')).not.toBeNull());
    expect([button.textContent, root.querySelector('[role="alert"]')!.textContent]).toEqual([
      'Retry',
      'Not saved: the worker stopped',
    ]);
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Noted'));
    expect(root.querySelector('[data-testid="tally-note-failed"]')).toBeNull();
  });

  it('calls onClose from the close button', () => {
    const onClose = vi.fn();
    mount(<Popover claim={claim} match={match} meta={meta} onClose={onClose} />)
      .querySelector<HTMLButtonElement>('.close')!
      .click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('renders hostile text as text', () => {
    const hostile = { ...claim, text: '<img src=x onerror=alert(1)> 7 drones' };
    const root = mount(<Popover claim={hostile} match={match} meta={meta} onClose={() => {}} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.figure strong')?.textContent).toBe(hostile.text);
  });
});

describe('FigureStrip', () => {
  it.each([
    ['one mark per figure, the page ringed', match.others, 3],
    ['nothing when there is nothing to compare', [], 0],
  ])('draws %s', (_name, others, marks) => {
    const root = mount(<FigureStrip claim={claim} speaker="Air Force" side="ukraine" others={others} />);
    expect(root.querySelectorAll('.mark')).toHaveLength(marks);
    if (marks) expect(root.querySelectorAll('.mark.page')).toHaveLength(1);
  });
});

describe('citationText', () => {
  it.each([
    ['the figure and its speaker', "“145 drones” — Ukraine's Air Force (Ukraine)"],
    ['where it was read', 'as reported in The Ledger, 2025-03-19, https://news.example/a'],
    ['the topic', 'Topic: Drones launched at Ukraine'],
    ['a figure from the same page', '- Volodymyr Zelensky (Ukraine): 150 — same article'],
    [
      'a dataset figure with its source',
      '- Russian Defence Ministry (Russia): 57 — https://example.org/report',
    ],
  ])('cites %s', (_name, fragment) => {
    expect(citationText(claim, match, meta)).toContain(fragment);
  });
});
