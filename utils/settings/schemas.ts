import * as z from 'zod/mini';
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

/** No site turned on or off: built-in news sites only. */
export const DEFAULT_SITES: SiteSettings = { disabled: [], enabled: [] };

/** How loudly highlights are drawn: `standard` tints and underlines, `subtle` only underlines. */
export const HighlightStyle = z.enum(['standard', 'subtle']);
/** @see HighlightStyle */
export type HighlightStyle = z.infer<typeof HighlightStyle>;

/** Which statuses are highlighted and how. Stored in `local:display`. */
export const DisplaySettings = z.object({
  show: z.object({
    diverges: z.boolean(),
    agrees: z.boolean(),
    single: z.boolean(),
    /** Settings stored before the `related` status read as showing it (it has no colour). */
    related: z._default(z.boolean(), true),
    unmatched: z.boolean(),
  }),
  style: HighlightStyle,
});
/** @see DisplaySettings */
export type DisplaySettings = z.infer<typeof DisplaySettings>;

/** Defaults: divergences and agreements shown, single-source figures barely there, unmatched hidden. */
export const DEFAULT_DISPLAY: DisplaySettings = {
  show: { diverges: true, agrees: true, single: true, related: true, unmatched: false },
  style: 'standard',
};

/** True for the local hosts only the end-to-end build can reach: they count as turned on. */
function isLocalTestHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost';
}

/**
 * Whether Tally runs on `host`: built-in news sites unless turned off, other
 * sites only when turned on.
 */
export function isEnabledFor(settings: SiteSettings, host: string): boolean {
  const h = host.toLowerCase();
  // Turning a news site off covers its subdomains (cnn.com → edition.cnn.com).
  if (settings.disabled.some((d) => h === d || h.endsWith(`.${d}`))) return false;
  if (settings.enabled.includes(h)) return true;
  return isBuiltInNewsSite(h) || isLocalTestHost(h);
}

/** The settings with Tally turned on or off for `host`. */
export function withSite(settings: SiteSettings, host: string, on: boolean): SiteSettings {
  const h = host.toLowerCase();
  const next: SiteSettings = {
    disabled: settings.disabled.filter((x) => x !== h),
    enabled: settings.enabled.filter((x) => x !== h),
  };
  const builtIn = isBuiltInNewsSite(h) || isLocalTestHost(h);
  if (on && !builtIn) next.enabled.push(h);
  if (!on && builtIn) next.disabled.push(h);
  return next;
}
