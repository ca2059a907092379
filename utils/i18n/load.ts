import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { MessagesLoader } from './apply';

/** A WebExtension messages file (`_locales/<language>/messages.json`), as far as Tally reads it. */
export const MessagesFile = z.record(z.string(), z.object({ message: z.string() }));

/** `{key: message}` from a messages file's parsed JSON; throws a readable error when it is not one. */
export function messagesOf(raw: unknown): Record<string, string> {
  const parsed = MessagesFile.safeParse(raw);
  if (!parsed.success) throw new Error('not a messages file');
  return Object.fromEntries(Object.entries(parsed.data).map(([key, m]) => [key, m.message]));
}

/** Reads a language's messages from the extension's own package (extension pages and the background). */
export const fetchMessages: MessagesLoader = async (language) => {
  const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${language}/messages.json`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`messages for ${language}: ${res.status}`);
  return messagesOf(await res.json());
};
