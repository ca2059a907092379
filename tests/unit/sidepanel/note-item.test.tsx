import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteItem } from '../../../components/sidepanel/NoteItem';
import { makeMatch, makeNote, makeOther } from '../support/records';

/** Mounts a note and opens it: its page and the other figures' sources show when expanded. */
function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  act(() => root.querySelector<HTMLButtonElement>('[data-testid="tally-note-expand"]')!.click());
  return root;
}

afterEach(() => render(null, document.body.firstElementChild ?? document.body));

const noop = () => undefined;
const HANDLERS = { selected: false, actions: { select: noop, save: noop, remove: noop, jump: noop } };

describe('NoteItem links', () => {
  it('links the page and the other figures’ sources when they are web addresses', () => {
    const root = mount(<NoteItem note={makeNote()} {...HANDLERS} />);
    expect([...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).toEqual([
      'https://news.example/a',
      'https://example.org/ru-mod/1',
    ]);
  });

  it('shows javascript: and data: addresses from an imported note as text, never as links', () => {
    const note = makeNote({
      page: { ...makeNote().page, url: 'javascript:alert(1)' },
      match: makeMatch({
        others: [makeOther({ source: { url: 'data:text/html,<b>x</b>', published: null, outlet: 'Evil' } })],
      }),
    });
    const root = mount(<NoteItem note={note} {...HANDLERS} />);
    expect(root.querySelectorAll('a[href]')).toHaveLength(0);
    expect(root.textContent).toContain('Evil');
  });
});
