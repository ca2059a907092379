import { useState } from 'preact/hooks';
import { t, tn } from '../../utils/i18n/messages';
import { memoryPageKey, siteOf } from '../../utils/memory/identity';
import { requestForget } from '../../utils/memory/requests';
import { useMemorySwitch } from '../use-memory-switch';

/**
 * The popup's reading memory: what it is in two sentences, the switch, and forgetting this page
 * or this site. Shown on web pages only.
 */
export function MemoryControls({ url }: { url: string }) {
  const { settings, setEnabled } = useMemorySwitch();
  const [message, setMessage] = useState<string | null>(null);
  const site = /^https?:\/\//i.test(url) ? siteOf(url) : null;
  if (!settings || !site) return null;

  const forget = async (scope: 'page' | 'site') => {
    const reply = await requestForget(
      scope === 'page' ? { kind: 'page', url: memoryPageKey(url) } : { kind: 'site', site },
    );
    setMessage(
      reply.ok
        ? tn(scope === 'page' ? 'memory.switch.forgotPage' : 'memory.switch.forgotSite', reply.forgotten)
        : t('memory.notForgotten', { error: reply.error }),
    );
  };

  return (
    <section class="memory" aria-label={t('memory.switch.label')} data-testid="tally-popup-memory">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => void setEnabled(e.currentTarget.checked).then(setMessage)}
          data-testid="tally-popup-memory-toggle"
        />
        <span class="track" aria-hidden="true" />
        <span>
          {t('memory.switch.title')}
          <span class="hint">{t('memory.switch.hint')}</span>
        </span>
      </label>
      {settings.enabled ? (
        <div class="actions">
          <button type="button" class="link" onClick={() => void forget('page')}>
            {t('memory.forgetPage')}
          </button>
          <button type="button" class="link" onClick={() => void forget('site')}>
            {t('memory.switch.forgetSite', { site })}
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
