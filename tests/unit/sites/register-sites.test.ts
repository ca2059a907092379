import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteSettingsItem } from '../../../utils/settings';
import {
  CONTENT_SCRIPT_CSS,
  CONTENT_SCRIPT_JS,
  USER_SITES_SCRIPT_ID,
  contentScriptsRegistrar,
  hostOfPattern,
  originPatternOf,
  patternsToRegister,
  scriptingRegistrar,
  syncSiteRegistrations,
  watchSiteRegistrations,
  type ScriptingLike,
  type SiteRegistrar,
} from '../../../utils/sites/register-sites';

/** A `scripting` stand-in that keeps its registrations in a map, like the browser does. */
function fakeScripting() {
  const registered = new Map<string, { matches: string[]; js: string[]; css: string[] }>();
  const api: ScriptingLike & { registered: typeof registered } = {
    registered,
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      ids.filter((id) => registered.has(id)).map((id) => ({ id, matches: registered.get(id)!.matches })),
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) {
        if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    }),
    registerContentScripts: vi.fn(async (scripts) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, { matches: s.matches, js: s.js, css: s.css });
      }
    }),
    executeScript: vi.fn(async () => []),
    insertCSS: vi.fn(async () => undefined),
  };
  return api;
}

let granted: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  granted = ['https://*.cnn.com/*', 'https://cnn.com/*'];
  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({ origins: [...granted], permissions: [] }),
  });
});

describe('patterns', () => {
  it.each([
    ['https://example.org/*', 'example.org'],
    ['http://Example.org/*', 'example.org'],
    ['*://example.org/*', 'example.org'],
    ['https://*.cnn.com/*', null],
    ['https://*/*', null],
    ['https://example.org/news/*', null],
  ])('hostOfPattern(%s) is %s', (pattern, host) => {
    expect(hostOfPattern(pattern)).toBe(host);
  });

  it.each([
    ['https://example.org/a/b?c', 'https://example.org/*'],
    ['http://blog.example.org:8080/x', 'http://blog.example.org/*'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('originPatternOf(%s) is %s', (url, pattern) => {
    expect(originPatternOf(url)).toBe(pattern);
  });

  it.each([
    [
      'a granted site the user turned on',
      ['example.org'],
      ['https://example.org/*'],
      ['https://example.org/*'],
    ],
    ['a site turned on but not granted', ['example.org'], [], []],
    ['a granted site not turned on', [], ['https://example.org/*'], []],
    ['a built-in site (the manifest covers it)', ['cnn.com'], ['https://cnn.com/*'], []],
    [
      'both schemes, sorted',
      ['b.org', 'a.org'],
      ['https://b.org/*', 'http://a.org/*', 'https://a.org/*'],
      ['http://a.org/*', 'https://a.org/*', 'https://b.org/*'],
    ],
  ])('patternsToRegister: %s', (_name, enabled, origins, want) => {
    expect(patternsToRegister({ enabled, disabled: [] }, origins)).toEqual(want);
  });
});

describe('the scripting registrar', () => {
  it('registers the built content script and its css under one id', async () => {
    const scripting = fakeScripting();
    await scriptingRegistrar(scripting).set(['https://example.org/*']);
    expect(scripting.registered.get(USER_SITES_SCRIPT_ID)).toEqual({
      matches: ['https://example.org/*'],
      js: [CONTENT_SCRIPT_JS],
      css: [CONTENT_SCRIPT_CSS],
    });
  });

  it('replaces an earlier registration instead of failing on the duplicate id', async () => {
    const scripting = fakeScripting();
    const r = scriptingRegistrar(scripting);
    await r.set(['https://a.org/*']);
    await r.set(['https://b.org/*']);
    expect(scripting.registered.get(USER_SITES_SCRIPT_ID)?.matches).toEqual(['https://b.org/*']);
  });

  it('leaves a registration that is already right alone', async () => {
    const scripting = fakeScripting();
    const r = scriptingRegistrar(scripting);
    await r.set(['https://b.org/*', 'https://a.org/*']);
    await r.set(['https://a.org/*', 'https://b.org/*']);
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('unregisters when no site is left', async () => {
    const scripting = fakeScripting();
    const r = scriptingRegistrar(scripting);
    await r.set(['https://a.org/*']);
    await r.set([]);
    expect(scripting.registered.size).toBe(0);
  });

  it('injects css and script into a tab', async () => {
    const scripting = fakeScripting();
    await scriptingRegistrar(scripting).inject(7);
    expect(scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [CONTENT_SCRIPT_CSS] });
    expect(scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      files: [CONTENT_SCRIPT_JS],
    });
  });
});

describe('the Firefox MV2 contentScripts registrar', () => {
  it('registers with absolute file paths and unregisters the old handle first', async () => {
    const unregister = vi.fn();
    const register = vi.fn(async () => ({ unregister }));
    const r = contentScriptsRegistrar({ register }, { executeScript: vi.fn(), insertCSS: vi.fn() });
    await r.set(['https://a.org/*']);
    await r.set([]);
    expect(register).toHaveBeenCalledWith({
      matches: ['https://a.org/*'],
      js: [{ file: `/${CONTENT_SCRIPT_JS}` }],
      css: [{ file: `/${CONTENT_SCRIPT_CSS}` }],
      runAt: 'document_idle',
    });
    expect(unregister).toHaveBeenCalledTimes(1);
  });

  it('injects with tabs.executeScript', async () => {
    const executeScript = vi.fn(async () => []);
    const r = contentScriptsRegistrar({ register: vi.fn() }, { executeScript, insertCSS: vi.fn() });
    await r.inject(3);
    expect(executeScript).toHaveBeenCalledWith(3, { file: `/${CONTENT_SCRIPT_JS}` });
  });
});

describe('keeping registrations in step with the settings', () => {
  it('syncs the stored sites that have their permission', async () => {
    granted.push('https://example.org/*', 'https://other.net/*');
    await siteSettingsItem.setValue({ enabled: ['example.org'], disabled: [] });
    const scripting = fakeScripting();
    expect(await syncSiteRegistrations(scriptingRegistrar(scripting))).toEqual(['https://example.org/*']);
    expect(scripting.registered.get(USER_SITES_SCRIPT_ID)?.matches).toEqual(['https://example.org/*']);
  });

  it('reports a failing registrar and resolves to no patterns', async () => {
    const failing: SiteRegistrar = { set: () => Promise.reject(new Error('boom')), inject: vi.fn() };
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await syncSiteRegistrations(failing)).toEqual([]);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('serialises overlapping syncs so the id is never registered twice', async () => {
    granted.push('https://example.org/*');
    await siteSettingsItem.setValue({ enabled: ['example.org'], disabled: [] });
    const scripting = fakeScripting();
    const r = scriptingRegistrar(scripting);
    const results = await Promise.all([syncSiteRegistrations(r), syncSiteRegistrations(r)]);
    expect(results).toEqual([['https://example.org/*'], ['https://example.org/*']]);
  });

  it('registers a site when it is turned on and unregisters it when turned off', async () => {
    granted.push('https://example.org/*');
    const listeners = { add: vi.fn(), remove: vi.fn() };
    Object.assign(fakeBrowser.permissions, {
      onAdded: { addListener: listeners.add, removeListener: listeners.remove },
      onRemoved: { addListener: listeners.add, removeListener: listeners.remove },
    });
    const scripting = fakeScripting();
    const stop = watchSiteRegistrations(scriptingRegistrar(scripting));
    await siteSettingsItem.setValue({ enabled: ['example.org'], disabled: [] });
    await vi.waitFor(() => expect(scripting.registered.has(USER_SITES_SCRIPT_ID)).toBe(true));
    await siteSettingsItem.setValue({ enabled: [], disabled: [] });
    await vi.waitFor(() => expect(scripting.registered.size).toBe(0));
    stop();
    expect(listeners.remove).toHaveBeenCalledTimes(2);
  });

  it('syncs again when a permission is added or removed', async () => {
    const added: (() => void)[] = [];
    Object.assign(fakeBrowser.permissions, {
      onAdded: { addListener: (f: () => void) => added.push(f), removeListener: vi.fn() },
      onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
    });
    await siteSettingsItem.setValue({ enabled: ['example.org'], disabled: [] });
    const scripting = fakeScripting();
    watchSiteRegistrations(scriptingRegistrar(scripting));
    await vi.waitFor(() => expect(scripting.registerContentScripts).not.toHaveBeenCalled());
    granted.push('https://example.org/*');
    for (const f of added) f();
    await vi.waitFor(() =>
      expect(scripting.registered.get(USER_SITES_SCRIPT_ID)?.matches).toEqual(['https://example.org/*']),
    );
  });
});
