import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { JSX } from 'preact';
import { requestSiteSetting } from '../../utils/messaging';
import { getSiteSettings, isEnabledFor, siteSettingsItem, type SiteSettings } from '../../utils/settings';
import { NEWS_SITES } from '../../utils/sites/news-sites';
import { hostOfPattern } from '../../utils/sites/register-sites';
import { turnSiteOff, turnSiteOn } from '../popup/site-access';

/**
 * The host of what a person typed ("example.org", "https://www.example.org/news"), exactly as
 * the popup would see it, or null when it is not a web site's name.
 */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `https://${s}`;
  try {
    const u = new URL(s);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(u.hostname) ? u.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Hosts turned off that the built-in list does not show (a subdomain such as
 * edition.cnn.com, turned off from the popup), so they can be turned back on here.
 */
export function offElsewhere(settings: SiteSettings): string[] {
  return settings.disabled.filter((h) => !NEWS_SITES.includes(h)).sort();
}

/** Hosts with a host permission for exactly their origin (what a user-added site gets). */
async function grantedHosts(): Promise<Set<string>> {
  const origins = (await browser.permissions.getAll()).origins ?? [];
  return new Set(origins.map(hostOfPattern).filter((h): h is string => h !== null));
}

/** Options → Sites: built-in news sites with a switch each, sites the user added with Remove, and Add. */
export function SitesSection() {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [granted, setGranted] = useState<ReadonlySet<string>>(new Set());
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [retry, setRetry] = useState<{ host: string; on: boolean } | null>(null);

  useEffect(() => {
    const refresh = () => {
      void getSiteSettings().then(setSettings);
      void grantedHosts().then(setGranted);
    };
    refresh();
    const unwatch = siteSettingsItem.watch(refresh);
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      unwatch();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  if (!settings) return null;

  // The switch shows what is stored: a change the background could not store says why, with Retry.
  const toggleBuiltIn = (host: string, on: boolean) => {
    setMessage(null);
    setRetry(null);
    void requestSiteSetting(host, on).then(async (reply) => {
      if (reply.ok) return setSettings(reply.sites);
      setMessage(`Not saved: ${reply.error}`);
      setRetry({ host, on });
      setSettings(await getSiteSettings());
    });
  };

  const onAdd = (e: JSX.TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    setMessage(null);
    setRetry(null);
    const host = normaliseHost(draft);
    if (!host) {
      setMessage('Type a site’s address, like example.org.');
      return;
    }
    if (isEnabledFor(settings, host)) {
      setMessage(`Tally is already on for ${host}.`);
      return;
    }
    // Asks for the permission first thing, inside this submit.
    void turnSiteOn(`https://${host}/`, null).then(async (result) => {
      if (result.on) setDraft('');
      else setMessage(result.reason);
      setSettings(await getSiteSettings());
    });
  };

  return (
    <section aria-labelledby="sites-head" data-testid="tally-options-sites">
      <h2 id="sites-head">Sites</h2>
      <p class="intro">
        Tally reads these news sites without asking. Any other site needs your go-ahead: your browser asks you
        to let Tally read that site, and only that site.
      </p>
      <fieldset>
        <legend>Built-in news sites</legend>
        <ul class="site-grid">
          {NEWS_SITES.map((host) => (
            <li key={host}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={!settings.disabled.includes(host)}
                  onChange={(e) => toggleBuiltIn(host, e.currentTarget.checked)}
                  data-testid={`tally-site-${host}`}
                />
                {host}
              </label>
            </li>
          ))}
        </ul>
        {offElsewhere(settings).length > 0 ? (
          <div class="also-off" data-testid="tally-options-also-off">
            <span class="muted">Also turned off, from the popup:</span>
            <ul>
              {offElsewhere(settings).map((host) => (
                <li key={host}>
                  {host}{' '}
                  <button
                    type="button"
                    class="link-button"
                    aria-label={`Turn Tally back on for ${host}`}
                    onClick={() => toggleBuiltIn(host, true)}
                  >
                    turn back on
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Sites you added</legend>
        {settings.enabled.length === 0 ? (
          <p class="muted">None yet. Add one below, or turn Tally on from its popup on that site.</p>
        ) : (
          <ul class="added" data-testid="tally-options-added">
            {settings.enabled.map((host) => (
              <li key={host}>
                <span>
                  {host}
                  {granted.has(host) ? null : (
                    <span class="muted"> — not allowed in your browser, so Tally does not run there</span>
                  )}
                </span>
                <span class="row-actions">
                  {granted.has(host) ? null : (
                    <button
                      type="button"
                      class="button small"
                      aria-label={`Allow Tally on ${host}`}
                      onClick={() =>
                        void turnSiteOn(`https://${host}/`, null).then((r) => !r.on && setMessage(r.reason))
                      }
                    >
                      Allow
                    </button>
                  )}
                  <button
                    type="button"
                    class="button small"
                    aria-label={`Remove ${host}`}
                    onClick={() => void turnSiteOff(host).then(() => getSiteSettings().then(setSettings))}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <form class="add" onSubmit={onAdd}>
          <label for="add-site">Add a site</label>
          <input
            id="add-site"
            type="text"
            inputMode="url"
            placeholder="example.org"
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            autoComplete="off"
            spellcheck={false}
          />
          <button type="submit" class="button">
            Add
          </button>
        </form>
        {message ? (
          <p class="message" role="status" data-testid="tally-sites-message">
            {message}{' '}
            {retry ? (
              <button type="button" class="link-button" onClick={() => toggleBuiltIn(retry.host, retry.on)}>
                Retry
              </button>
            ) : null}
          </p>
        ) : null}
      </fieldset>
    </section>
  );
}
