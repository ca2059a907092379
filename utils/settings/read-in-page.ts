import type * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { DEFAULT_DISPLAY, DEFAULT_SITES, DisplaySettings, SiteSettings } from './schemas';

// The content script reads settings straight from storage.local instead of
// through `storage.defineItem` (items.ts): it is injected into every article,
// and the storage wrapper would add to its size for two reads and a watch.
// Keys are the ones items.ts defines (`local:sites` → "sites").

interface Setting<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: T;
}

const SITES: Setting<SiteSettings> = { key: 'sites', schema: SiteSettings, fallback: DEFAULT_SITES };
const DISPLAY: Setting<DisplaySettings> = {
  key: 'display',
  schema: DisplaySettings,
  fallback: DEFAULT_DISPLAY,
};

function parse<T>(setting: Setting<T>, raw: unknown): T {
  const parsed = setting.schema.safeParse(raw);
  return parsed.success ? parsed.data : setting.fallback;
}

async function read<T>(setting: Setting<T>): Promise<T> {
  const got = await browser.storage.local.get(setting.key);
  return parse(setting, got[setting.key] ?? setting.fallback);
}

function watch<T>(setting: Setting<T>, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[setting.key];
    if (area === 'local' && change) onChange(parse(setting, change.newValue ?? setting.fallback));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The site settings, validated (content script side). */
export const readSiteSettings = () => read(SITES);
/** The display settings, validated (content script side). */
export const readDisplaySettings = () => read(DISPLAY);
/** Calls back with the new site settings whenever they change; returns the unwatch function. */
export const watchSiteSettings = (cb: (s: SiteSettings) => void) => watch(SITES, cb);
/** Calls back with the new display settings whenever they change; returns the unwatch function. */
export const watchDisplaySettings = (cb: (s: DisplaySettings) => void) => watch(DISPLAY, cb);
