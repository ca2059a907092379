import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSiteSettings, isEnabledFor, setEnabledFor, siteSettingsItem } from '../../../utils/settings';

describe('site settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['a built-in news site', 'www.bbc.co.uk', true],
    ['a subdomain of one', 'edition.cnn.com', true],
    ['any other site', 'example.org', false],
    ['a look-alike host', 'notcnn.com', false],
  ])('by default, %s is %s', async (_name, host, on) => {
    expect(isEnabledFor(await getSiteSettings(), host)).toBe(on);
  });

  it.each([
    ['turns a built-in site off', 'apnews.com', false],
    ['turns another site on', 'example.org', true],
  ])('%s', async (_name, host, on) => {
    await setEnabledFor(host, on);
    expect(isEnabledFor(await getSiteSettings(), host)).toBe(on);
  });

  it.each([
    ['turns off a subdomain', 'edition.cnn.com', false],
    ['turns off the www host', 'www.cnn.com', false],
    ['leaves another news site on', 'bbc.com', true],
  ])('turning cnn.com off %s', async (_name, host, enabled) => {
    await setEnabledFor('cnn.com', false);
    expect(isEnabledFor(await getSiteSettings(), host)).toBe(enabled);
  });

  it('reads a malformed stored record as the defaults', async () => {
    await fakeBrowser.storage.local.set({ sites: { disabled: 'everything' } });
    expect(await getSiteSettings()).toEqual({ disabled: [], enabled: [] });
  });

  it('turning a site back on removes it from the off list', async () => {
    await setEnabledFor('apnews.com', false);
    await setEnabledFor('apnews.com', true);
    expect(await siteSettingsItem.getValue()).toEqual({ disabled: [], enabled: [] });
  });
});
