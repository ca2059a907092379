import * as z from 'zod/mini';
import { siteOf } from './identity';

/** The most figures the reader may ask the memory to keep, and the fewest. */
export const CAP_RANGE = { min: 1_000, max: 1_000_000 } as const;
/** The longest and shortest retention the reader may choose, in days. */
export const RETENTION_RANGE = { min: 1, max: 3_650 } as const;

/** The reader's choices for the reading memory. Stored in `local:memory`. */
export const MemorySettings = z.object({
  /** Off until the reader turns it on. */
  enabled: z.boolean(),
  /** Paused: nothing new is remembered; what is remembered is still shown. */
  paused: z.boolean(),
  retentionDays: z.int().check(z.gte(RETENTION_RANGE.min), z.lte(RETENTION_RANGE.max)),
  cap: z.int().check(z.gte(CAP_RANGE.min), z.lte(CAP_RANGE.max)),
  /** Sites whose figures are never remembered (each covers its subdomains). */
  excluded: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(1000)),
});
/** @see MemorySettings */
export type MemorySettings = z.infer<typeof MemorySettings>;

/** Off, 90 days, 200,000 figures, no site excluded. */
export const DEFAULT_MEMORY_SETTINGS: MemorySettings = {
  enabled: false,
  paused: false,
  retentionDays: 90,
  cap: 200_000,
  excluded: [],
};

/** What the memory may do on one page: show what it remembers, and remember the page's figures. */
export interface MemoryAccess {
  lookup: boolean;
  remember: boolean;
}

/** Where a page is read: its address, and whether in a private window. */
export interface ReadingContext {
  url: string | null;
  incognito: boolean;
}

/** True when `site` is `excluded` or one of its subdomains. */
export function isExcluded(settings: MemorySettings, site: string): boolean {
  return settings.excluded.some((x) => {
    const e = x.toLowerCase().replace(/^www\./, '');
    return site === e || site.endsWith(`.${e}`);
  });
}

/**
 * What the memory may do on a page. Off: nothing. On: remembered figures are shown on any page;
 * the page's own figures are remembered unless the memory is paused, the window is private,
 * the site is excluded, or the page is not a web page (http or https).
 */
export function memoryAccess(settings: MemorySettings, where: ReadingContext): MemoryAccess {
  if (!settings.enabled) return { lookup: false, remember: false };
  const web = where.url !== null && /^https?:\/\//i.test(where.url);
  const site = where.url ? siteOf(where.url) : null;
  const remember =
    !settings.paused && !where.incognito && web && site !== null && !isExcluded(settings, site);
  return { lookup: true, remember };
}

/** Settings as stored, validated; a damaged record reads as the defaults (memory off). */
export function parseMemorySettings(raw: unknown): MemorySettings {
  const parsed = MemorySettings.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_MEMORY_SETTINGS;
}
