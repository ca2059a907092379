import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackApi, PackSummary } from '../../../components/options/packs';
import { PacksSection } from '../../../components/options/PacksSection';
import type { StoredPack } from '../../../utils/schema';

const PACK: StoredPack = {
  version: 2,
  id: 'pack-1',
  name: 'Regional reports',
  added: '2026-11-25T01:00:00.000Z',
  counts: { claims: 2, claimants: 1, metrics: 0 },
  claimants: [],
  metrics: [],
  claims: [],
};

/** A pack API over an array, with `parse` answering what the test says. */
function fakeApi(parse: PackApi['parse']): PackApi & { stored: PackSummary[] } {
  const stored: PackSummary[] = [];
  return {
    stored,
    parse,
    list: async () => [...stored],
    add: async (p, replace = []) => {
      if (stored.some((s) => s.id === p.id) && !replace.includes(p.id)) throw new Error('already imported');
      stored.splice(0, stored.length, ...stored.filter((s) => !replace.includes(s.id)), p);
    },
    remove: async (id) =>
      void stored.splice(
        stored.findIndex((p) => p.id === id),
        1,
      ),
    changed: vi.fn(async () => undefined),
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(api: PackApi | null, onChanged = vi.fn()) {
  await act(async () => render(<PacksSection api={api} onChanged={onChanged} />, root));
}

/** Picks `text` as the file `name` in the section's file input. */
async function pick(name: string, text: string) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect(root.textContent).not.toContain('Checking'));
}

describe('the dataset packs section', () => {
  it('reports each problem of a rejected pack by row and field, and keeps nothing', async () => {
    const api = fakeApi(() => ({
      ok: false,
      errors: [
        { row: 2, field: 'value', message: 'expected a number' },
        { row: 5, field: 'claimant', message: 'unknown claimant "nobody"' },
      ],
    }));
    await show(api);
    await pick('bad.csv', 'record,id\n');
    const rows = [...root.querySelectorAll('[data-testid=tally-pack-report] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['Row 2, field “value”', 'expected a number'],
      ['Row 5, field “claimant”', 'unknown claimant "nobody"'],
    ]);
    expect(api.stored).toEqual([]);
    expect(api.changed).not.toHaveBeenCalled();
  });

  it('keeps a valid pack, tells the background, and lists it', async () => {
    const onChanged = vi.fn();
    const api = fakeApi(() => ({ ok: true, pack: PACK }));
    await show(api, onChanged);
    await pick('good.json', '{}');
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid=tally-pack-list]')?.textContent).toContain(PACK.name),
    );
    expect(api.changed).toHaveBeenCalledTimes(1);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid=tally-pack-imported]')?.textContent).toContain('2 claims');
  });

  describe('an import that would replace a stored pack', () => {
    const NEWER: StoredPack = { ...PACK, id: 'pack-2', counts: { claims: 5, claimants: 1, metrics: 0 } };
    /** Shows the section with PACK stored, and picks a file that parses as `pack`. */
    const importOver = async (pack: StoredPack) => {
      const api = fakeApi(() => ({ ok: true, pack }));
      api.stored.push(PACK);
      await show(api);
      await pick('regional.json', '{}');
      return api;
    };
    const click = (testId: string) =>
      act(async () => root.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!.click());

    it('says a pack of that name is there and asks; Replace puts the new one in its place', async () => {
      const api = await importOver(NEWER);
      const question = root.querySelector('[data-testid=tally-pack-confirm]');
      expect(question?.textContent).toContain(
        '“Regional reports” (2 claims, 1 claimant, 0 metrics, added 2026-11-25)',
      );
      expect(question?.contains(document.activeElement)).toBe(true);
      expect(api.stored).toEqual([PACK]);
      expect(api.changed).not.toHaveBeenCalled();
      await click('tally-pack-replace');
      await vi.waitFor(() => expect(api.stored).toEqual([NEWER]));
      expect(api.changed).toHaveBeenCalledTimes(1);
      expect(root.querySelector('[data-testid=tally-pack-imported]')?.textContent).toContain('Replaced with');
    });

    it('keeps both when asked to', async () => {
      const api = await importOver(NEWER);
      await click('tally-pack-keep-both');
      await vi.waitFor(() => expect(api.stored).toEqual([PACK, NEWER]));
    });

    it('changes nothing on Cancel', async () => {
      const api = await importOver(NEWER);
      await click('tally-pack-cancel');
      expect(root.querySelector('[data-testid=tally-pack-confirm]')).toBeNull();
      expect(api.stored).toEqual([PACK]);
      expect(api.changed).not.toHaveBeenCalled();
    });

    it('offers only to import the very same pack again in its place, never to keep two', async () => {
      await importOver(PACK);
      expect(root.querySelector('[data-testid=tally-pack-confirm]')?.textContent).toContain(
        'already imported, with the same content',
      );
      expect(root.querySelector('[data-testid=tally-pack-keep-both]')).toBeNull();
    });
  });

  it('removes a pack', async () => {
    const api = fakeApi(() => ({ ok: true, pack: PACK }));
    api.stored.push(PACK);
    await show(api);
    await vi.waitFor(() => expect(root.querySelector('[data-testid=tally-pack-list]')).not.toBeNull());
    await act(async () => root.querySelector<HTMLButtonElement>('.packs button')!.click());
    await vi.waitFor(() => expect(root.textContent).toContain('No packs imported'));
    expect(api.stored).toEqual([]);
  });

  it('turns a parser that throws into a report instead of failing silently', async () => {
    const api = fakeApi(() => {
      throw new Error('unexpected end of file');
    });
    await show(api);
    await pick('cut.json', '{');
    expect(root.querySelector('[data-testid=tally-pack-report]')?.textContent).toContain(
      'unexpected end of file',
    );
  });

  it('says so when this build cannot import packs', async () => {
    await show(null);
    expect(root.querySelector('input[type=file]')).toBeNull();
    expect(root.textContent).toContain('not available');
  });
});
