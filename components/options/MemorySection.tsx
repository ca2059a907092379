import { useEffect, useState } from 'preact/hooks';
import type { ForgetScope, MemoryStats } from '../../utils/memory/schema';
import { CAP_RANGE, RETENTION_RANGE, type MemorySettings } from '../../utils/memory/settings';
import { requestForget, requestMemorySettings, requestMemoryStats } from '../../utils/memory/requests';
import { formatDay } from '../../utils/i18n/format';
import { formatNumber, t, tn } from '../../utils/i18n/messages';
import { formatBytes } from '../memory-format';
import { MemoryExport } from '../sidepanel/MemoryExport';

const HOUR_MS = 3_600_000;

/** A time as the day the language in force writes ("18 March 2025"). */
function dayOf(at: number): string {
  return formatDay(new Date(at).toISOString()) ?? '';
}

/** What the memory holds, and its last drop, in a sentence or two. */
export function describeStats(stats: MemoryStats): string {
  const held = tn('memory.options.held', stats.figures, { size: formatBytes(stats.bytes) });
  const oldest = stats.oldest ? ` ${t('memory.options.oldest', { date: dayOf(stats.oldest) })}` : '';
  const d = stats.dropped;
  const dropped = d
    ? ` ${tn('memory.options.dropped', d.count, {
        date: dayOf(d.at),
        reason: d.reason === 'quota' ? t('memory.options.quota') : t('memory.options.full'),
      })}`
    : '';
  return held + oldest + dropped;
}

/** What a forgetting just did, as a sentence. */
type ForgotKey =
  | 'memory.options.forgotHour'
  | 'memory.options.forgotDay'
  | 'memory.options.forgotAll'
  | 'memory.options.forgotSite';

/** A host as typed ("https://www.tass.com/x" → "tass.com"), or null when it is none. */
export function hostTyped(text: string): string | null {
  const typed = text.trim().toLowerCase();
  if (!typed) return null;
  try {
    const host = new URL(typed.includes('://') ? typed : `https://${typed}`).hostname.replace(/^www\./, '');
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
      else setMessage({ text: t('memory.options.readFailed', { error: r.error }), error: true });
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
      setMessage({ text: t('common.notSaved', { error: reply.error }), error: true });
      const again = await requestMemorySettings();
      if (again.ok) setSettings(again.settings);
    }
  };
  const forget = async (scope: ForgetScope, done: ForgotKey, site = '') => {
    const reply = await requestForget(scope);
    setMessage(
      reply.ok
        ? {
            text:
              done === 'memory.options.forgotSite'
                ? tn(done, reply.forgotten, { site })
                : tn(done, reply.forgotten),
            error: false,
          }
        : { text: t('memory.notForgotten', { error: reply.error }), error: true },
    );
    await refresh();
  };
  const number = (value: string, range: { min: number; max: number }) => {
    const n = Math.round(Number(value));
    return Number.isFinite(n) && n >= range.min && n <= range.max ? n : null;
  };

  return (
    <section aria-labelledby="memory-head" data-testid="tally-options-memory">
      <h2 id="memory-head">{t('memory.options.title')}</h2>
      <p class="muted">{t('memory.options.lead')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => void save({ enabled: e.currentTarget.checked })}
          data-testid="tally-memory-enabled"
        />
        <span>{t('memory.options.enabled')}</span>
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
          {t('memory.options.paused')} <span class="muted">{t('memory.options.pausedHint')}</span>
        </span>
      </label>
      <div class="memory-limits">
        <label>
          <span>{t('memory.options.retention')}</span>
          <input
            type="number"
            min={RETENTION_RANGE.min}
            max={RETENTION_RANGE.max}
            value={settings.retentionDays}
            data-testid="tally-memory-retention"
            onChange={(e) => {
              const n = number(e.currentTarget.value, RETENTION_RANGE);
              if (n === null)
                setMessage({
                  text: t('memory.options.retentionRange', {
                    min: formatNumber(RETENTION_RANGE.min),
                    max: formatNumber(RETENTION_RANGE.max),
                  }),
                  error: true,
                });
              else void save({ retentionDays: n });
            }}
          />
        </label>
        <label>
          <span>{t('memory.options.cap')}</span>
          <input
            type="number"
            min={CAP_RANGE.min}
            max={CAP_RANGE.max}
            step={1000}
            value={settings.cap}
            data-testid="tally-memory-cap"
            onChange={(e) => {
              const n = number(e.currentTarget.value, CAP_RANGE);
              if (n === null)
                setMessage({
                  text: t('memory.options.capRange', {
                    min: formatNumber(CAP_RANGE.min),
                    max: formatNumber(CAP_RANGE.max),
                  }),
                  error: true,
                });
              else void save({ cap: n });
            }}
          />
        </label>
      </div>
      <fieldset>
        <legend>{t('memory.options.never')}</legend>
        <ul class="plain" data-testid="tally-memory-excluded">
          {settings.excluded.map((x) => (
            <li key={x}>
              {x}{' '}
              <button
                type="button"
                onClick={() => void save({ excluded: settings.excluded.filter((e) => e !== x) })}
              >
                {t('memory.options.remove')}
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = hostTyped(site);
            if (!host) return setMessage({ text: t('memory.options.notSite', { site }), error: true });
            setSite('');
            if (!settings.excluded.includes(host)) void save({ excluded: [...settings.excluded, host] });
          }}
        >
          <input
            type="text"
            aria-label={t('memory.options.neverSite')}
            placeholder="example.com"
            value={site}
            onInput={(e) => setSite(e.currentTarget.value)}
          />{' '}
          <button type="submit">{t('memory.options.add')}</button>
        </form>
      </fieldset>
      <p data-testid="tally-memory-stats" role="status">
        {stats ? describeStats(stats) : t('memory.options.counting')}
      </p>
      <fieldset>
        <legend>{t('memory.options.forget')}</legend>
        <div class="radios">
          <button
            type="button"
            onClick={() =>
              void forget({ kind: 'since', since: Date.now() - HOUR_MS }, 'memory.options.forgotHour')
            }
          >
            {t('memory.options.lastHour')}
          </button>
          <button
            type="button"
            onClick={() =>
              void forget({ kind: 'since', since: Date.now() - 24 * HOUR_MS }, 'memory.options.forgotDay')
            }
          >
            {t('memory.options.lastDay')}
          </button>
          <button
            type="button"
            data-testid="tally-memory-forget-all"
            onClick={() => {
              if (confirm(t('memory.options.confirmAll')))
                void forget({ kind: 'everything' }, 'memory.options.forgotAll');
            }}
          >
            {t('memory.options.everything')}
          </button>
        </div>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = hostTyped(forgetSite);
            if (!host)
              return setMessage({ text: t('memory.options.notSite', { site: forgetSite }), error: true });
            setForgetSite('');
            void forget({ kind: 'site', site: host }, 'memory.options.forgotSite', host);
          }}
        >
          <input
            type="text"
            aria-label={t('memory.options.siteToForget')}
            placeholder="example.com"
            value={forgetSite}
            onInput={(e) => setForgetSite(e.currentTarget.value)}
          />{' '}
          <button type="submit">{t('memory.options.forgetSite')}</button>
        </form>
      </fieldset>
      <p class="muted">{t('memory.export.lead')}</p>
      <MemoryExport />
      {message ? (
        <p class={message.error ? 'error' : 'status-line'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
