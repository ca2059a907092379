import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the screenshot `name` of what a person sees goes (docs/screenshots, linked from the README). */
export function screenshotPath(name: string): string {
  const dir = resolve('docs/screenshots');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, name);
}
