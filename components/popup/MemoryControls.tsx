import { useEffect, useState } from 'preact/hooks';
import { memoryPageKey, siteOf } from '../../utils/memory/identity';
import { requestForget, requestMemorySettings } from '../../utils/memory/requests';
import type { MemorySettings } from '../../utils/memory/settings';

/**
 * The popup's reading memory: what it is in two sentences, the switch, and forgetting this page
 * or this site. Shown on web pages only.
 */
export function MemoryControls({ url }: { url: string }) {
  const [settings, setSettings] = useState<MemorySettings | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void requestMemorySettings().then((r) => r.ok && setSettings(r.settings));
  }, []);
  const site = /^https?:\/\//i.test(url) ? siteOf(url) : null;
  if (!settings || !site) return null;

  const toggle = async (enabled: boolean) => {
    const reply = await requestMemorySettings({ enabled });
    if (reply.ok) setSettings(reply.settings);
    setMessage(reply.ok ? null : `Not saved: ${reply.error}`);
  };
  const forget = async (scope: 'page' | 'site') => {
    const reply = await requestForget(
      scope === 'page' ? { kind: 'page', url: memoryPageKey(url) } : { kind: 'site', site },
    );
    setMessage(
      reply.ok
        ? `Forgot ${reply.forgotten} figure${reply.forgotten === 1 ? '' : 's'} of this ${scope}.`
        : `Could not forget: ${reply.error}`,
    );
  };

  return (
    <section class="memory" aria-label="Reading memory" data-testid="tally-popup-memory">
      <label class="check">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => void toggle(e.currentTarget.checked)}
          data-testid="tally-popup-memory-toggle"
        />
        <span>
          Remember figures I read
          <span class="hint">
            Tally keeps the figures of pages you read on this device, and shows them beside another side’s
            figure later. Private windows are never remembered.
          </span>
        </span>
      </label>
      {settings.enabled ? (
        <div class="actions">
          <button type="button" class="link" onClick={() => void forget('page')}>
            Forget this page
          </button>
          <button type="button" class="link" onClick={() => void forget('site')}>
            Forget {site}
          </button>
        </div>
      ) : null}
      {message ? (
        <p class="note small" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
