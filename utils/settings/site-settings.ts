import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { isBuiltInNewsSite } from '../sites/news-sites';

/** Which sites Tally runs on, beyond the built-in news sites. Stored in `local:sites`. */
export const SiteSettings = z.object({
  /** Built-in news sites the user turned off. */
  disabled: z.array(z.string()),
  /** Other sites the user turned on (and granted permission for). */
  enabled: z.array(z.string()),
});
/** @see SiteSettings */
export type SiteSettings = z.infer<typeof SiteSettings>;

const EMPTY: SiteSettings = { disabled: [], enabled: [] };

/** The stored site settings, versioned so later shapes can migrate. */
export const siteSettingsItem = storage.defineItem<SiteSettings>('local:sites', {
  fallback: EMPTY,
  version: 1,
});

/** Reads the site settings, validating them; a malformed record reads as the defaults. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const parsed = SiteSettings.safeParse(await siteSettingsItem.getValue());
  return parsed.success ? parsed.data : EMPTY;
}

/**
 * Whether Tally runs on `host`: built-in news sites unless turned off, other
 * sites only when turned on. Local test hosts count as turned on: only the
 * end-to-end build can reach them.
 */
export function isEnabledFor(settings: SiteSettings, host: string): boolean {
  const h = host.toLowerCase();
  if (settings.disabled.includes(h)) return false;
  if (settings.enabled.includes(h)) return true;
  return isBuiltInNewsSite(h) || h === '127.0.0.1' || h === 'localhost';
}

/** Turns Tally on or off for `host`, returning the new settings. */
export async function setEnabledFor(host: string, on: boolean): Promise<SiteSettings> {
  const h = host.toLowerCase();
  const cur = await getSiteSettings();
  const next: SiteSettings = {
    disabled: cur.disabled.filter((x) => x !== h),
    enabled: cur.enabled.filter((x) => x !== h),
  };
  const builtIn = isBuiltInNewsSite(h) || h === '127.0.0.1' || h === 'localhost';
  if (on && !builtIn) next.enabled.push(h);
  if (!on && builtIn) next.disabled.push(h);
  await siteSettingsItem.setValue(next);
  return next;
}
