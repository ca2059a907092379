import { describe, expect, it } from 'vitest';
import { createMapBackend, createMemory } from '../../../utils/memory';
import { filterRead, groupRead, NO_READ_FILTER, readFacets } from '../../../utils/memory/read-filter';
import { figure, moscow, page, ROOMY } from './support';

/** Two pages read: Kyiv's 145 drones on 19 March, Moscow's 57 on 20 March. */
async function pagesRead() {
  let now = Date.UTC(2025, 2, 19, 9);
  const memory = createMemory(createMapBackend(), () => now);
  await memory.remember(page('https://kyiv.example/a'), [figure()], ROOMY);
  now = Date.UTC(2025, 2, 20, 9);
  await memory.remember(page('https://moscow.example/b', { outlet: 'Moscow Daily' }), [moscow()], ROOMY);
  return memory.pages(['https://kyiv.example/a', 'https://moscow.example/b']);
}

describe('the "Read" view', () => {
  it.each([
    ['no filter: newest first', {}, [57, 145]],
    ['a side', { side: 'ukraine' as const }, [145]],
    ['an outlet', { outlet: 'Moscow Daily' }, [57]],
    ['read from a day', { from: '2025-03-20' }, [57]],
    ['read up to a day', { to: '2025-03-19' }, [145]],
    ['a search in the words around the figure', { search: 'the ministry' }, [57]],
    ['a search in the page title', { search: 'kyiv.example' }, [145]],
    ['a search nothing has', { search: 'tanks' }, []],
  ])('filters by %s', async (_name, over, values) => {
    const shown = filterRead(await pagesRead(), { ...NO_READ_FILTER, ...over });
    expect(shown.map((f) => f.value)).toEqual(values);
  });

  it('groups figures by topic, and those without one by what they count', async () => {
    const pages = await pagesRead();
    expect(groupRead(filterRead(pages, NO_READ_FILTER)).map((g) => [g.label, g.figures.length])).toEqual([
      ['Other figures: drones', 2],
    ]);
    expect(readFacets(pages)).toEqual({
      sides: ['russia', 'ukraine'],
      outlets: ['Moscow Daily', 'kyiv.example'],
    });
  });
});
