import { storage } from 'wxt/utils/storage';
import { DEFAULT_MEMORY_SETTINGS, parseMemorySettings, type MemorySettings } from './settings';

/** The stored memory settings (`local:memory`), versioned so later shapes can migrate. */
export const memorySettingsItem = storage.defineItem<MemorySettings>('local:memory', {
  fallback: DEFAULT_MEMORY_SETTINGS,
  version: 1,
});

/** Reads the memory settings, validating them; a malformed record reads as the defaults (off). */
export async function getMemorySettings(): Promise<MemorySettings> {
  return parseMemorySettings(await memorySettingsItem.getValue());
}

/** Changes some memory settings, validating the result; returns the new settings. */
export async function setMemorySettings(patch: Partial<MemorySettings>): Promise<MemorySettings> {
  const next = parseMemorySettings({ ...(await getMemorySettings()), ...patch });
  await memorySettingsItem.setValue(next);
  return next;
}
