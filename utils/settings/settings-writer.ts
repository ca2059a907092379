import { DisplaySettings, type SiteSettings } from './schemas';
import { displaySettingsItem, setEnabledFor } from './items';

/** Writes settings for the extension's pages (in the background only), one change at a time. */
export interface SettingsWriter {
  /** Turns Tally on or off for `host`; resolves with the settings as stored. */
  site(host: string, on: boolean): Promise<SiteSettings>;
  /** Stores the display settings; resolves with them as stored. */
  display(next: DisplaySettings): Promise<DisplaySettings>;
}

/**
 * The one writer of the settings: changes from the popup and the options page run one after
 * another (a read-change-write of the site list never loses another's change), each resolving
 * only once storage has taken it and rejecting when it did not (a full storage, say).
 */
export function createSettingsWriter(): SettingsWriter {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    site: (host, on) => serial(() => setEnabledFor(host, on)),
    display: (next) =>
      serial(async () => {
        const valid = DisplaySettings.parse(next);
        await displaySettingsItem.setValue(valid);
        return valid;
      }),
  };
}
