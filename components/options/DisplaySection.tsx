import { useEffect, useState } from 'preact/hooks';
import { requestDisplaySettings } from '../../utils/messaging';
import type { MatchStatus } from '../../utils/schema';
import {
  DEFAULT_DISPLAY,
  getDisplaySettings,
  type DisplaySettings,
  type HighlightStyle,
} from '../../utils/settings';

const STATUSES: { status: MatchStatus; label: string; help: string }[] = [
  { status: 'diverges', label: 'Figures differ', help: 'another side gives a different figure' },
  { status: 'agrees', label: 'Figures agree', help: 'another side gives a compatible figure' },
  { status: 'single', label: 'Single source', help: 'only this claimant’s own figure is known' },
  {
    status: 'related',
    label: 'Related figures',
    help: 'the same thing counted for another place, part or measure; never coloured',
  },
  { status: 'unmatched', label: 'No match', help: 'a figure the dataset has nothing on' },
];

const STYLES: { style: HighlightStyle; label: string; help: string }[] = [
  { style: 'standard', label: 'Standard', help: 'tint and underline' },
  { style: 'subtle', label: 'Subtle', help: 'underline only' },
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
      <h2 id="display-head">Highlights</h2>
      <fieldset>
        <legend>Highlight these figures</legend>
        <ul class="plain">
          {STATUSES.map(({ status, label, help }) => (
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
                  {label} <span class="muted">— {help}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Style</legend>
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
                {label} <span class="muted">— {help}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="button" class="link-button" onClick={() => save(DEFAULT_DISPLAY)}>
        Restore defaults
      </button>
      {saving ? (
        <p class="message" role="status">
          Saving…
        </p>
      ) : null}
      {failed ? (
        <p class="message" role="alert" data-testid="tally-display-failed">
          Not saved: {failed.error}{' '}
          <button type="button" class="link-button" onClick={() => save(failed.next)}>
            Retry
          </button>
        </p>
      ) : null}
    </section>
  );
}
