import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

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
    unmatched: z.boolean(),
  }),
  style: HighlightStyle,
});
/** @see DisplaySettings */
export type DisplaySettings = z.infer<typeof DisplaySettings>;

/** Defaults: divergences and agreements shown, single-source figures barely there, unmatched hidden. */
export const DEFAULT_DISPLAY: DisplaySettings = {
  show: { diverges: true, agrees: true, single: true, unmatched: false },
  style: 'standard',
};

/** The stored display settings, versioned so later shapes can migrate. */
export const displaySettingsItem = storage.defineItem<DisplaySettings>('local:display', {
  fallback: DEFAULT_DISPLAY,
  version: 1,
});

/** Reads the display settings, validating them; a malformed record reads as the defaults. */
export async function getDisplaySettings(): Promise<DisplaySettings> {
  const parsed = DisplaySettings.safeParse(await displaySettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_DISPLAY;
}
