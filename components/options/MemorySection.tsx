import { useEffect, useState } from 'preact/hooks';
import type { ForgetScope, MemoryStats } from '../../utils/memory/schema';
import { CAP_RANGE, RETENTION_RANGE, type MemorySettings } from '../../utils/memory/settings';
import { requestForget, requestMemorySettings, requestMemoryStats } from '../../utils/memory/requests';
import { formatNumber } from '../format';

const HOUR_MS = 3_600_000;

/** Bytes as the reader reads them ("1.4 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1_048_576) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** What the memory holds, and its last drop, in a sentence or two. */
export function describeStats(stats: MemoryStats): string {
  const held = `${formatNumber(stats.figures)} figures remembered, about ${formatBytes(stats.bytes)}.`;
  const oldest = stats.oldest
    ? ` The oldest was read on ${new Date(stats.oldest).toLocaleDateString()}.`
    : '';
  const d = stats.dropped;
  const dropped = d
    ? ` On ${new Date(d.at).toLocaleDateString()} ${formatNumber(d.count)} of the oldest figures were dropped: ${
        d.reason === 'quota' ? 'the browser’s storage was full' : 'the memory reached its size limit'
      }.`
    : '';
  return held + oldest + dropped;
}

/** A host as typed ("https://www.tass.com/x" → "tass.com"), or null when it is none. */
export function hostTyped(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  try {
    const host = new URL(t.includes('://') ? t : `https://${t}`).hostname.replace(/^www\./, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/**
 * Options → Reading memory: the switch, pause, retention and size limit, sites never remembered,
 * how much it holds, and forgetting (the last hour, day, a site, everything).
 */
export function MemorySection() {
  const [settings, setSettings] = useState<MemorySettings | null>(null);
  const [stats, setStats] = useState<MemoryStats | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [site, setSite] = useState('');
  const [forgetSite, setForgetSite] = useState('');

  const refresh = async () => {
    const reply = await requestMemoryStats();
    if (reply.ok) setStats(reply.stats);
  };
  useEffect(() => {
    void requestMemorySettings().then((r) => {
      if (r.ok) setSettings(r.settings);
      else setMessage({ text: `Could not read the memory settings: ${r.error}`, error: true });
    });
    void refresh();
  }, []);

  if (!settings) return message ? <p class="error">{message.text}</p> : null;

  const save = async (patch: Partial<MemorySettings>) => {
    setSettings({ ...settings, ...patch });
    const reply = await requestMemorySettings(patch);
    if (reply.ok) {
      setSettings(reply.settings);
      setMessage(null);
      await refresh();
    } else {
      setMessage({ text: `Not saved: ${reply.error}`, error: true });
      const again = await requestMemorySettings();
      if (again.ok) setSettings(again.settings);
    }
  };
  const forget = async (scope: ForgetScope, what: string) => {
    const reply = await requestForget(scope);
    setMessage(
      reply.ok
        ? { text: `Forgot ${formatNumber(reply.forgotten)} figures (${what}).`, error: false }
        : { text: `Could not forget ${what}: ${reply.error}`, error: true },
    );
    await refresh();
  };
  const number = (value: string, range: { min: number; max: number }) => {
    const n = Math.round(Number(value));
    return Number.isFinite(n) && n >= range.min && n <= range.max ? n : null;
  };

  return (
    <section aria-labelledby="memory-head" data-testid="tally-options-memory">
      <h2 id="memory-head">Reading memory</h2>
      <p class="muted">
        Tally can remember the figures of the pages you read, on this device only, and show them beside
        another side’s figure on a later page. Nothing is sent anywhere; private windows are never remembered.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => void save({ enabled: e.currentTarget.checked })}
          data-testid="tally-memory-enabled"
        />
        <span>Remember the figures of pages I read</span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.paused}
          disabled={!settings.enabled}
          onChange={(e) => void save({ paused: e.currentTarget.checked })}
          data-testid="tally-memory-paused"
        />
        <span>
          Pause <span class="muted">— remember nothing new; keep showing what is remembered</span>
        </span>
      </label>
      <div class="memory-limits">
        <label>
          <span>Forget figures after (days)</span>
          <input
            type="number"
            min={RETENTION_RANGE.min}
            max={RETENTION_RANGE.max}
            value={settings.retentionDays}
            data-testid="tally-memory-retention"
            onChange={(e) => {
              const n = number(e.currentTarget.value, RETENTION_RANGE);
              if (n === null) setMessage({ text: 'Retention: 1 to 3,650 days.', error: true });
              else void save({ retentionDays: n });
            }}
          />
        </label>
        <label>
          <span>Keep at most (figures)</span>
          <input
            type="number"
            min={CAP_RANGE.min}
            max={CAP_RANGE.max}
            step={1000}
            value={settings.cap}
            data-testid="tally-memory-cap"
            onChange={(e) => {
              const n = number(e.currentTarget.value, CAP_RANGE);
              if (n === null) setMessage({ text: 'Size limit: 1,000 to 1,000,000 figures.', error: true });
              else void save({ cap: n });
            }}
          />
        </label>
      </div>
      <fieldset>
        <legend>Never remember these sites</legend>
        <ul class="plain" data-testid="tally-memory-excluded">
          {settings.excluded.map((x) => (
            <li key={x}>
              {x}{' '}
              <button
                type="button"
                onClick={() => void save({ excluded: settings.excluded.filter((e) => e !== x) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = hostTyped(site);
            if (!host) return setMessage({ text: `“${site}” is not a site.`, error: true });
            setSite('');
            if (!settings.excluded.includes(host)) void save({ excluded: [...settings.excluded, host] });
          }}
        >
          <input
            type="text"
            aria-label="Site never to remember"
            placeholder="example.com"
            value={site}
            onInput={(e) => setSite(e.currentTarget.value)}
          />{' '}
          <button type="submit">Add</button>
        </form>
      </fieldset>
      <p data-testid="tally-memory-stats" role="status">
        {stats ? describeStats(stats) : 'Counting…'}
      </p>
      <fieldset>
        <legend>Forget</legend>
        <div class="radios">
          <button
            type="button"
            onClick={() => void forget({ kind: 'since', since: Date.now() - HOUR_MS }, 'the last hour')}
          >
            The last hour
          </button>
          <button
            type="button"
            onClick={() => void forget({ kind: 'since', since: Date.now() - 24 * HOUR_MS }, 'the last day')}
          >
            The last day
          </button>
          <button
            type="button"
            data-testid="tally-memory-forget-all"
            onClick={() => {
              if (confirm('Forget every figure Tally remembers?'))
                void forget({ kind: 'everything' }, 'everything');
            }}
          >
            Everything
          </button>
        </div>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = hostTyped(forgetSite);
            if (!host) return setMessage({ text: `“${forgetSite}” is not a site.`, error: true });
            setForgetSite('');
            void forget({ kind: 'site', site: host }, host);
          }}
        >
          <input
            type="text"
            aria-label="Site to forget"
            placeholder="example.com"
            value={forgetSite}
            onInput={(e) => setForgetSite(e.currentTarget.value)}
          />{' '}
          <button type="submit">Forget this site</button>
        </form>
      </fieldset>
      {message ? (
        <p class={message.error ? 'error' : 'status-line'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
