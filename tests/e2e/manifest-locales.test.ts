import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built manifests `npm run build:e2e` writes, by browser. */
const BUILDS = [
  ['Chrome (MV3)', resolve('.output-e2e/chrome-mv3')],
  ['Firefox (MV2)', resolve('.output-e2e/firefox-mv2')],
] as const;

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** A `__MSG_name__` reference's name, or null for plain text. */
const messageName = (text: string) => /^__MSG_(\w+)__$/.exec(text)?.[1] ?? null;

describe.each(BUILDS)('the built manifest for %s', (_browser, dir) => {
  const manifest = read(resolve(dir, 'manifest.json')) as {
    default_locale?: string;
    description?: string;
    commands?: Record<string, { description?: string }>;
  };
  /** Each language's messages as the build wrote them. */
  const locales = Object.fromEntries(
    ['en', 'uk', 'ru'].map((language) => {
      const file = resolve(dir, '_locales', language, 'messages.json');
      return [language, existsSync(file) ? (read(file) as Record<string, { message: string }>) : {}];
    }),
  );

  it('describes each command by a message every language writes in its own words', () => {
    const commands = Object.entries(manifest.commands ?? {});
    expect(commands.map(([name]) => name).sort()).toEqual([
      'next-figure',
      'previous-figure',
      'toggle-highlights',
    ]);
    for (const [, command] of commands) {
      const name = messageName(command.description ?? '');
      expect(name, command.description).not.toBeNull();
      const texts = Object.values(locales).map((messages) => messages[name ?? '']?.message ?? '');
      expect(texts.every((text) => text.trim() !== '')).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('describes the extension by a message too, English being the default', () => {
    expect(manifest.default_locale).toBe('en');
    const name = messageName(manifest.description ?? '');
    expect(name).not.toBeNull();
    for (const messages of Object.values(locales)) expect(messages[name ?? '']?.message).toBeTruthy();
  });
});
