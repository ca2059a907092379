import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n/messages';
import { useMemorySwitch } from '../use-memory-switch';

/**
 * The reading memory's switch on the first-run page: the same setting the popup and the options
 * turn on and off. A write that fails says so and leaves the switch as it was.
 */
export function MemorySwitch() {
  const { settings, setEnabled } = useMemorySwitch();
  const [failed, setFailed] = useState<string | null>(null);
  if (!settings) return null;
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => void setEnabled(e.currentTarget.checked).then(setFailed)}
          data-testid="tally-welcome-memory-toggle"
        />
        <span>{t('memory.switch.title')}</span>
      </label>
      {failed ? (
        <p class="message" role="alert">
          {failed}
        </p>
      ) : null}
    </>
  );
}
