/**
 * Sites the user turned on beyond the built-in news sites get the content script by dynamic
 * registration, never by a broad host permission in the manifest (least permission). The
 * registration follows `siteSettingsItem` and the host permissions actually granted.
 */
import { browser } from 'wxt/browser';
import { getSiteSettings, siteSettingsItem, type SiteSettings } from '../settings';
import { isBuiltInNewsSite } from './news-sites';

/** The id of the one dynamic registration that covers every site the user turned on. */
export const USER_SITES_SCRIPT_ID = 'tally-user-sites';
/** The built news content script (WXT's output path for `entrypoints/news.content`). */
export const CONTENT_SCRIPT_JS = 'content-scripts/news.js';
/** The built news content script's styles. */
export const CONTENT_SCRIPT_CSS = 'content-scripts/news.css';

/** Where registrations go: MV3 `scripting`, or Firefox MV2 `contentScripts`. */
export interface SiteRegistrar {
  /** Replaces the registration with one matching `patterns`; an empty list unregisters. */
  set(patterns: readonly string[]): Promise<void>;
  /** Runs the content script (and its styles) in one tab now. */
  inject(tabId: number): Promise<void>;
}

/** The part of MV3 `scripting` a registrar uses. */
export interface ScriptingLike {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  registerContentScripts(
    scripts: { id: string; matches: string[]; js: string[]; css: string[]; runAt: 'document_idle' }[],
  ): Promise<void>;
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  insertCSS(injection: { target: { tabId: number }; files: string[] }): Promise<void>;
}

/** The part of Firefox MV2 `contentScripts` and `tabs` a registrar uses. */
export interface ContentScriptsLike {
  register(options: {
    matches: string[];
    js: { file: string }[];
    css: { file: string }[];
    runAt: 'document_idle';
  }): Promise<{ unregister(): Promise<void> | void }>;
}

/** Firefox MV2's `tabs.executeScript`/`tabs.insertCSS`. */
export interface TabsInjectLike {
  executeScript(tabId: number, details: { file: string }): Promise<unknown>;
  insertCSS(tabId: number, details: { file: string }): Promise<void>;
}

/** True when two pattern lists hold the same patterns, in any order. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** A registrar over MV3 `scripting` (Chrome, Firefox MV3): one registration, replaced as a whole. */
export function scriptingRegistrar(scripting: ScriptingLike): SiteRegistrar {
  return {
    async set(patterns) {
      const ids = [USER_SITES_SCRIPT_ID];
      const [existing] = await scripting.getRegisteredContentScripts({ ids });
      // A worker wakes up often: leave a registration that is already right alone.
      if (existing && sameList(existing.matches ?? [], patterns)) return;
      if (existing) await scripting.unregisterContentScripts({ ids });
      if (patterns.length === 0) return;
      await scripting.registerContentScripts([
        {
          id: USER_SITES_SCRIPT_ID,
          matches: [...patterns],
          js: [CONTENT_SCRIPT_JS],
          css: [CONTENT_SCRIPT_CSS],
          runAt: 'document_idle',
        },
      ]);
    },
    async inject(tabId) {
      await scripting.insertCSS({ target: { tabId }, files: [CONTENT_SCRIPT_CSS] });
      await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_JS] });
    },
  };
}

/**
 * A registrar over Firefox MV2 `contentScripts`: registrations live as long as the background
 * page, so the handle is kept here and start-up registers again.
 */
export function contentScriptsRegistrar(api: ContentScriptsLike, tabs: TabsInjectLike): SiteRegistrar {
  let handle: { unregister(): Promise<void> | void } | null = null;
  return {
    async set(patterns) {
      const old = handle;
      handle = null;
      await old?.unregister();
      if (patterns.length === 0) return;
      handle = await api.register({
        matches: [...patterns],
        js: [{ file: `/${CONTENT_SCRIPT_JS}` }],
        css: [{ file: `/${CONTENT_SCRIPT_CSS}` }],
        runAt: 'document_idle',
      });
    },
    async inject(tabId) {
      await tabs.insertCSS(tabId, { file: `/${CONTENT_SCRIPT_CSS}` });
      await tabs.executeScript(tabId, { file: `/${CONTENT_SCRIPT_JS}` });
    },
  };
}

let defaultOne: SiteRegistrar | null = null;

/** The registrar for the running browser: `contentScripts` in MV2 builds, `scripting` otherwise. */
export function defaultRegistrar(): SiteRegistrar {
  if (defaultOne) return defaultOne;
  const api = browser as unknown as {
    scripting: ScriptingLike;
    contentScripts?: ContentScriptsLike;
    tabs: TabsInjectLike;
  };
  defaultOne =
    import.meta.env.MANIFEST_VERSION === 2 && api.contentScripts
      ? contentScriptsRegistrar(api.contentScripts, api.tabs)
      : scriptingRegistrar(api.scripting);
  return defaultOne;
}

/** Host of a match pattern of one exact origin ("https://example.org/*" → "example.org"), else null. */
export function hostOfPattern(pattern: string): string | null {
  const m = /^(?:https?|\*):\/\/([^/*]+)\/\*$/.exec(pattern);
  return m ? m[1]!.toLowerCase() : null;
}

/** The match pattern for every page of `url`'s origin ("https://example.org/*"), or null if not http(s). */
export function originPatternOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * What to register: the granted host permissions for one origin whose host the user turned
 * on. Built-in news sites are left out (the manifest covers them); sorted for a stable result.
 */
export function patternsToRegister(settings: SiteSettings, granted: readonly string[]): string[] {
  const on = new Set(settings.enabled.map((h) => h.toLowerCase()));
  const out = new Set<string>();
  for (const pattern of granted) {
    const host = hostOfPattern(pattern);
    if (host && on.has(host) && !isBuiltInNewsSite(host)) out.add(pattern);
  }
  return [...out].sort();
}

/** Every registration change goes through this chain: two overlapping syncs would race on the id. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the dynamic registration match the stored site settings and the granted permissions.
 * Returns the patterns now registered. Errors are reported, never thrown: the worker goes on.
 */
export function syncSiteRegistrations(registrar: SiteRegistrar = defaultRegistrar()): Promise<string[]> {
  const run = queue.then(async () => {
    const [settings, granted] = await Promise.all([getSiteSettings(), browser.permissions.getAll()]);
    const patterns = patternsToRegister(settings, granted.origins ?? []);
    await registrar.set(patterns);
    return patterns;
  });
  queue = run.catch(() => undefined);
  return run.catch((e: unknown) => {
    console.error('Tally: could not register the content script for your sites:', e);
    return [];
  });
}

/**
 * Syncs now and again whenever the site settings or the granted host permissions change.
 * Returns a function that stops watching.
 */
export function watchSiteRegistrations(registrar: SiteRegistrar = defaultRegistrar()): () => void {
  const sync = () => void syncSiteRegistrations(registrar);
  const unwatch = siteSettingsItem.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
  return () => {
    unwatch();
    browser.permissions.onAdded.removeListener(sync);
    browser.permissions.onRemoved.removeListener(sync);
  };
}
