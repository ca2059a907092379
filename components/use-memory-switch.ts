import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n/messages';
import { requestMemorySettings } from '../utils/memory/requests';
import type { MemorySettings } from '../utils/memory/settings';

/** The reading memory's on/off setting as a switch shows it, and what turning it reports. */
export interface MemorySwitchState {
  /** The memory's settings, null while they are read. */
  settings: MemorySettings | null;
  /** Turns the memory on or off; resolves to why the setting was not saved, or null when it was. */
  setEnabled(enabled: boolean): Promise<string | null>;
}

/** The one reading-memory setting the popup, the first-run page and the options share. */
export function useMemorySwitch(): MemorySwitchState {
  const [settings, setSettings] = useState<MemorySettings | null>(null);
  useEffect(() => {
    void requestMemorySettings().then((r) => r.ok && setSettings(r.settings));
  }, []);
  const setEnabled = async (enabled: boolean) => {
    const reply = await requestMemorySettings({ enabled });
    if (!reply.ok) return t('common.notSaved', { error: reply.error });
    setSettings(reply.settings);
    return null;
  };
  return { settings, setEnabled };
}
