import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { turnSiteOff, turnSiteOn, needsNoPermission } from '../../../components/popup/site-access';
import { getSiteSettings, isEnabledFor, setEnabledFor } from '../../../utils/settings';
import type { SiteRegistrar } from '../../../utils/sites/register-sites';

// The background's side of `settings-site`: the settings writer, as the worker runs it.
const background = vi.hoisted(() => ({ fail: null as string | null }));
vi.mock('../../../utils/messaging', async (original) => {
  const { createSettingsWriter } = await import('../../../utils/settings');
  const writer = createSettingsWriter();
  return {
    ...(await original<object>()),
    requestSiteSetting: async (host: string, on: boolean) =>
      background.fail
        ? { ok: false, error: background.fail }
        : { ok: true, sites: await writer.site(host, on) },
  };
});

let granted: string[];
let answer: boolean;
const request = vi.fn();
const remove = vi.fn();
const registrar = (): SiteRegistrar & { inject: ReturnType<typeof vi.fn> } => ({
  set: vi.fn(async () => undefined),
  inject: vi.fn(async () => undefined),
});

beforeEach(() => {
  fakeBrowser.reset();
  background.fail = null;
  granted = [];
  answer = true;
  request.mockReset().mockImplementation(async ({ origins }: { origins: string[] }) => {
    if (answer) granted.push(...origins);
    return answer;
  });
  remove.mockReset().mockImplementation(async ({ origins }: { origins: string[] }) => {
    granted = granted.filter((o) => !origins.includes(o));
    return true;
  });
  Object.assign(fakeBrowser.permissions, {
    request,
    remove,
    getAll: async () => ({ origins: [...granted], permissions: [] }),
  });
  // No content script answers in the tab: the page has not been read.
  Object.assign(fakeBrowser.tabs, { sendMessage: async () => Promise.reject(new Error('no receiver')) });
});

describe('a setting the background could not store', () => {
  it('turns nothing on and says why', async () => {
    background.fail = 'QUOTA_BYTES quota exceeded';
    expect(await turnSiteOn('https://bbc.com/news/1', 4, registrar())).toEqual({
      on: false,
      reason: 'Not saved: QUOTA_BYTES quota exceeded',
    });
  });

  it('makes turning off fail with the reason', async () => {
    background.fail = 'QUOTA_BYTES quota exceeded';
    await expect(turnSiteOff('bbc.com')).rejects.toThrow('Not saved: QUOTA_BYTES quota exceeded');
  });
});

describe('turning a site on', () => {
  it('asks for the origin of the page only', async () => {
    await turnSiteOn('https://example.org/world/story?id=1', 4, registrar());
    expect(request).toHaveBeenCalledWith({ origins: ['https://example.org/*'] });
  });

  it('asks synchronously, inside the gesture that called it', async () => {
    const done = turnSiteOn('https://example.org/', 4, registrar());
    expect(request).toHaveBeenCalledTimes(1);
    await done;
  });

  it('stores the site and injects the content script when granted', async () => {
    const r = registrar();
    expect(await turnSiteOn('https://example.org/', 4, r)).toEqual({ on: true });
    expect(isEnabledFor(await getSiteSettings(), 'example.org')).toBe(true);
    expect(r.inject).toHaveBeenCalledWith(4);
  });

  it('does not inject where the content script already answers', async () => {
    Object.assign(fakeBrowser.tabs, {
      sendMessage: async () => ({
        ok: true,
        host: 'example.org',
        enabled: true,
        claims: 0,
        counts: { diverges: 0, agrees: 0, single: 0, related: 0, unmatched: 0 },
        divergences: [],
      }),
    });
    const r = registrar();
    await turnSiteOn('https://example.org/', 4, r);
    expect(r.inject).not.toHaveBeenCalled();
  });

  it('leaves the site off and says why when permission is refused', async () => {
    answer = false;
    const result = await turnSiteOn('https://example.org/', 4, registrar());
    expect(result).toEqual({ on: false, reason: expect.stringContaining('example.org') });
    expect(isEnabledFor(await getSiteSettings(), 'example.org')).toBe(false);
  });

  it.each([['https://www.bbc.co.uk/news'], ['http://127.0.0.1:4000/page.html']])(
    'turns %s back on without asking',
    async (url) => {
      const host = new URL(url).hostname;
      await setEnabledFor(host, false);
      expect(await turnSiteOn(url, 4, registrar())).toEqual({ on: true });
      expect(request).not.toHaveBeenCalled();
      expect(isEnabledFor(await getSiteSettings(), host)).toBe(true);
    },
  );

  it.each([['chrome://extensions'], ['nonsense']])('refuses %s', async (url) => {
    expect(await turnSiteOn(url, 4, registrar())).toMatchObject({ on: false });
    expect(request).not.toHaveBeenCalled();
  });
});

describe('turning a site off', () => {
  it('stores it off and gives back its host permissions', async () => {
    await turnSiteOn('https://example.org/', null, registrar());
    granted.push('https://cnn.com/*');
    await turnSiteOff('example.org');
    expect(isEnabledFor(await getSiteSettings(), 'example.org')).toBe(false);
    expect(granted).toEqual(['https://cnn.com/*']);
  });

  it('keeps the manifest permission of a built-in site', async () => {
    granted.push('https://cnn.com/*');
    await turnSiteOff('cnn.com');
    expect(remove).not.toHaveBeenCalled();
    expect(isEnabledFor(await getSiteSettings(), 'cnn.com')).toBe(false);
  });
});

describe('needsNoPermission', () => {
  it.each([
    ['edition.cnn.com', true],
    ['localhost', true],
    ['example.org', false],
  ])('%s → %s', (host, want) => {
    expect(needsNoPermission(host)).toBe(want);
  });
});
