import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/messages';
import { requestDisplaySettings } from '../../utils/messaging';
import { MATCH_STATUSES, type MatchStatus } from '../../utils/schema';
import {
  DEFAULT_DISPLAY,
  getDisplaySettings,
  type DisplaySettings,
  type HighlightStyle,
} from '../../utils/settings';
import { STATUS_HELP, STATUS_LABEL } from '../format';

const STATUSES: readonly MatchStatus[] = MATCH_STATUSES;

const STYLES: { style: HighlightStyle; label: () => string; help: () => string }[] = [
  {
    style: 'standard',
    label: () => t('options.display.standard'),
    help: () => t('options.display.standardHelp'),
  },
  { style: 'subtle', label: () => t('options.display.subtle'), help: () => t('options.display.subtleHelp') },
];

/** The settings with one status shown or hidden. */
export function withStatus(settings: DisplaySettings, status: MatchStatus, show: boolean): DisplaySettings {
  return { ...settings, show: { ...settings.show, [status]: show } };
}

/** Options → Highlights: which statuses are highlighted on pages, and how loudly. */
export function DisplaySection() {
  const [settings, setSettings] = useState<DisplaySettings | null>(null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<{ next: DisplaySettings; error: string } | null>(null);

  useEffect(() => {
    void getDisplaySettings().then(setSettings);
  }, []);

  if (!settings) return null;

  // Shown as chosen while the background stores it; if it could not, what is stored comes
  // back, with why and a Retry.
  const save = (next: DisplaySettings) => {
    setSettings(next);
    setSaving(true);
    setFailed(null);
    void requestDisplaySettings(next).then(async (reply) => {
      if (reply.ok) setSettings(reply.display);
      else {
        setFailed({ next, error: reply.error });
        setSettings(await getDisplaySettings());
      }
      setSaving(false);
    });
  };

  return (
    <section aria-labelledby="display-head" data-testid="tally-options-display">
      <h2 id="display-head">{t('options.display.title')}</h2>
      <fieldset>
        <legend>{t('options.display.which')}</legend>
        <ul class="plain">
          {STATUSES.map((status) => (
            <li key={status}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={settings.show[status]}
                  onChange={(e) => save(withStatus(settings, status, e.currentTarget.checked))}
                  data-testid={`tally-show-${status}`}
                />
                <span class={`sample ${status} ${settings.style}`} aria-hidden="true">
                  145
                </span>
                <span>
                  {STATUS_LABEL[status]} <span class="muted">— {STATUS_HELP[status]}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('options.display.style')}</legend>
        <div class="radios">
          {STYLES.map(({ style, label, help }) => (
            <label class="check" key={style}>
              <input
                type="radio"
                name="style"
                value={style}
                checked={settings.style === style}
                onChange={() => save({ ...settings, style })}
                data-testid={`tally-style-${style}`}
              />
              <span>
                {label()} <span class="muted">— {help()}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="button" class="link-button" onClick={() => save(DEFAULT_DISPLAY)}>
        {t('options.display.defaults')}
      </button>
      {saving ? (
        <p class="message" role="status">
          {t('common.saving')}
        </p>
      ) : null}
      {failed ? (
        <p class="message" role="alert" data-testid="tally-display-failed">
          {t('common.notSaved', { error: failed.error })}{' '}
          <button type="button" class="link-button" onClick={() => save(failed.next)}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
