import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/messages';
import type { MatchStatus } from '../../utils/schema';
import { DEFAULT_DISPLAY } from '../../utils/settings/schemas';
import { STATUS_HELP, STATUS_LABEL } from '../format';
import { DatasetCoverage } from './DatasetCoverage';
import { MemorySwitch } from './MemorySwitch';
import { openShortcutSettings, readShortcuts, type Shortcut } from './shortcuts';

const STATUSES: MatchStatus[] = ['diverges', 'agrees', 'single', 'related', 'unmatched'];

/** The keys in force, or null while they are read (or when the browser has no commands API). */
function useShortcuts(): Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => void readShortcuts().then(setShortcuts, () => setShortcuts([])), []);
  return shortcuts;
}

/** The shortcuts in force, then the keys on a highlight the keyboard moved to. */
function Shortcuts({ shortcuts }: { shortcuts: Shortcut[] | null }) {
  if (shortcuts === null) return <p class="muted">{t('common.loading')}</p>;
  return (
    <table class="keys">
      <tbody>
        {shortcuts.map((s) => (
          <tr key={s.name} data-command={s.name}>
            <td>{s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">{t('welcome.shortcuts.none')}</span>}</td>
            <td>{s.description}</td>
          </tr>
        ))}
        <tr>
          <td>
            <kbd>Enter</kbd>
          </td>
          <td>{t('welcome.shortcuts.enter')}</td>
        </tr>
        <tr>
          <td>
            <kbd>Tab</kbd> <kbd>Shift+Tab</kbd>
          </td>
          <td>{t('welcome.shortcuts.tab')}</td>
        </tr>
        <tr>
          <td>
            <kbd>Esc</kbd>
          </td>
          <td>{t('welcome.shortcuts.escape')}</td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * The first-run page (welcome.html, opened once on install, linked from the options): on one
 * screen, what the highlight colours mean, what the bundled data covers, that nothing leaves the
 * device, the reading memory with its switch (off until the reader turns it on), and the keyboard
 * shortcuts in force.
 */
export function WelcomeApp() {
  const shortcuts = useShortcuts();
  const onSettings = (e: MouseEvent) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  };
  return (
    <main class="welcome">
      <header>
        <div>
          <h1>{t('welcome.title')}</h1>
          <p class="lead">{t('welcome.lead')}</p>
        </div>
        <section aria-labelledby="w-private" data-testid="tally-welcome-private">
          <h2 id="w-private">{t('welcome.private.title')}</h2>
          <p>{t('welcome.private.body')}</p>
        </section>
      </header>
      <div class="grid">
        <div class="column">
          <section aria-labelledby="w-colours" data-testid="tally-welcome-colours">
            <h2 id="w-colours">{t('welcome.colours.title')}</h2>
            <ul class="legend">
              {STATUSES.map((s) => (
                <li key={s}>
                  <span class={`sample ${s} standard`} aria-hidden="true">
                    145
                  </span>
                  <span>
                    <strong>{STATUS_LABEL[s]}</strong> — {STATUS_HELP[s]}
                    {DEFAULT_DISPLAY.show[s] ? null : (
                      <span class="muted"> {t('welcome.colours.hidden')}</span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
            <p class="muted">{t('welcome.colours.never')}</p>
          </section>
          <section aria-labelledby="w-memory">
            <h2 id="w-memory">{t('welcome.memory.title')}</h2>
            <p data-testid="tally-welcome-memory">{t('welcome.memory.body')}</p>
            <MemorySwitch />
          </section>
        </div>
        <div class="column">
          <section aria-labelledby="w-data" data-testid="tally-welcome-coverage">
            <h2 id="w-data">{t('welcome.data.title')}</h2>
            <DatasetCoverage />
          </section>
          <section aria-labelledby="w-keys" data-testid="tally-welcome-shortcuts">
            <h2 id="w-keys">{t('welcome.shortcuts.title')}</h2>
            <Shortcuts shortcuts={shortcuts} />
            <p class="links">
              <button type="button" class="button" onClick={() => void openShortcutSettings()}>
                {t('welcome.shortcuts.change')}
              </button>
              <a href="/options.html" onClick={onSettings}>
                {t('welcome.settings')}
              </a>
            </p>
          </section>
        </div>
      </div>
    </main>
  );
}
