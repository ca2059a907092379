import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEMORY_SETTINGS,
  memoryAccess,
  parseMemorySettings,
  type MemorySettings,
} from '../../../utils/memory';

const ON: MemorySettings = { ...DEFAULT_MEMORY_SETTINGS, enabled: true, excluded: ['bank.example'] };
const PAGE = 'https://news.example/story';

describe('what the memory may do on a page', () => {
  it.each<[string, MemorySettings, string | null, boolean, { lookup: boolean; remember: boolean }]>([
    ['off by default', DEFAULT_MEMORY_SETTINGS, PAGE, false, { lookup: false, remember: false }],
    ['on', ON, PAGE, false, { lookup: true, remember: true }],
    ['in a private window: shown, never remembered', ON, PAGE, true, { lookup: true, remember: false }],
    [
      'paused: shown, nothing new remembered',
      { ...ON, paused: true },
      PAGE,
      false,
      { lookup: true, remember: false },
    ],
    ['an excluded site', ON, 'https://bank.example/x', false, { lookup: true, remember: false }],
    [
      'a subdomain of an excluded site',
      ON,
      'https://my.bank.example/x',
      false,
      { lookup: true, remember: false },
    ],
    [
      'a site that only ends like an excluded one',
      ON,
      'https://notbank.example/x',
      false,
      { lookup: true, remember: true },
    ],
    ['a page with no address', ON, null, false, { lookup: true, remember: false }],
    ['a page that is not a web page', ON, 'file:///home/me/a.html', false, { lookup: true, remember: false }],
  ])('%s', (_name, settings, url, incognito, access) => {
    expect(memoryAccess(settings, { url, incognito })).toEqual(access);
  });

  it.each([
    ['nothing stored', undefined],
    ['a damaged record', { enabled: 'yes' }],
    ['a cap beyond the limit', { ...ON, cap: 10 }],
    ['a retention of no days', { ...ON, retentionDays: 0 }],
  ])('reads %s as the defaults (off)', (_name, raw) => {
    expect(parseMemorySettings(raw)).toEqual(DEFAULT_MEMORY_SETTINGS);
  });
});
