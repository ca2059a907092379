import type * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../utils/messaging';
import { ContentToBackground, PROTOCOL, TO_CONTENT, UiToBackground } from '../../../utils/schema/messages';

/** The message types a discriminated union accepts. */
function typesOf(union: z.ZodMiniType): string[] {
  const options = (union as unknown as { _zod: { def: { options?: z.ZodMiniType[] } } })._zod.def.options ?? [
    union,
  ];
  return options.map(
    (o) =>
      (o as unknown as { _zod: { def: { shape: { type: { _zod: { def: { values: string[] } } } } } } })._zod
        .def.shape.type._zod.def.values[0]!,
  );
}

const listed = (direction: string) =>
  Object.entries(PROTOCOL)
    .filter(([, m]) => m.direction === direction)
    .map(([type]) => type)
    .sort();

describe('the message protocol', () => {
  it.each([
    ['content→background', [ContentToBackground]],
    ['ui→background', [UiToBackground]],
  ] as const)('lists exactly the %s messages the background accepts', (direction, unions) => {
    expect(unions.flatMap(typesOf).sort()).toEqual(listed(direction));
  });

  it('lists exactly the messages a content script receives', () => {
    expect(TO_CONTENT.flatMap(typesOf).sort()).toEqual(
      [...listed('background→content'), ...listed('ui→content')].sort(),
    );
  });
});

describe('classifying a sender', () => {
  const ID = 'abcdefghijklmnop';
  const BASE = `chrome-extension://${ID}/`;
  it.each([
    ['the side panel', { id: ID, url: `${BASE}sidepanel.html` }, 'extension-page'],
    [
      'the options page opened in a tab',
      { id: ID, url: `${BASE}options.html`, tab: { id: 3 } },
      'extension-page',
    ],
    [
      'a content script',
      { id: ID, url: 'https://news.example/a', tab: { id: 3, url: 'https://news.example/a' }, frameId: 0 },
      'content',
    ],
    [
      'a content script claiming an extension URL in its tab',
      { id: ID, url: 'https://evil.example/', tab: { id: 3, url: `${BASE}options.html` } },
      'content',
    ],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, 'unknown'],
    ['a sender without a URL', { id: ID }, 'unknown'],
    ['a web page without a tab', { id: ID, url: 'https://news.example/a' }, 'unknown'],
  ])('takes %s for what it is', (_name, sender, kind) => {
    expect(classifySender(sender, ID, BASE).kind).toBe(kind);
  });

  it('keeps the page URL the browser reported for a content script', () => {
    expect(
      classifySender({ id: ID, url: 'https://news.example/a#x', tab: { id: 4 }, frameId: 2 }, ID, BASE),
    ).toEqual({
      kind: 'content',
      tabId: 4,
      frameId: 2,
      pageUrl: 'https://news.example/a#x',
      incognito: false,
    });
  });

  it('says when a content script runs in a private window (the memory keeps nothing of it)', () => {
    const sender = { id: ID, url: 'https://news.example/a', tab: { id: 4, incognito: true } };
    expect(classifySender(sender, ID, BASE)).toMatchObject({ kind: 'content', incognito: true });
  });
});
