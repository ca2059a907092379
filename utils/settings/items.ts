import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_DISPLAY,
  DEFAULT_SITES,
  DisplaySettings,
  SiteSettings,
  withSite,
  type DisplaySettings as Display,
  type SiteSettings as Sites,
} from './schemas';

/** The stored site settings (`local:sites`), versioned so later shapes can migrate. */
export const siteSettingsItem = storage.defineItem<Sites>('local:sites', {
  fallback: DEFAULT_SITES,
  version: 1,
});

/** The stored display settings (`local:display`), versioned so later shapes can migrate. */
export const displaySettingsItem = storage.defineItem<Display>('local:display', {
  fallback: DEFAULT_DISPLAY,
  version: 1,
});

/** Reads the site settings, validating them; a malformed record reads as the defaults. */
export async function getSiteSettings(): Promise<Sites> {
  const parsed = SiteSettings.safeParse(await siteSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SITES;
}

/** Reads the display settings, validating them; a malformed record reads as the defaults. */
export async function getDisplaySettings(): Promise<Display> {
  const parsed = DisplaySettings.safeParse(await displaySettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_DISPLAY;
}

/** Turns Tally on or off for `host`, returning the new settings. */
export async function setEnabledFor(host: string, on: boolean): Promise<Sites> {
  const next = withSite(await getSiteSettings(), host, on);
  await siteSettingsItem.setValue(next);
  return next;
}
