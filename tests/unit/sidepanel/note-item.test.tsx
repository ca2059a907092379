import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteItem } from '../../../components/sidepanel/NoteItem';
import { makeMatch, makeNote, makeOther } from '../support/records';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  return root;
}

afterEach(() => render(null, document.body.firstElementChild ?? document.body));

const noop = () => undefined;

describe('NoteItem links', () => {
  it('links the page and the other figures’ sources when they are web addresses', () => {
    const root = mount(<NoteItem note={makeNote()} onSave={noop} onDelete={noop} onJump={noop} />);
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
    const root = mount(<NoteItem note={note} onSave={noop} onDelete={noop} onJump={noop} />);
    expect(root.querySelectorAll('a[href]')).toHaveLength(0);
    expect(root.textContent).toContain('Evil');
  });
});
