import { existsSync } from 'node:fs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function find(kind: string, env: string | undefined, candidates: string[], install: string): string {
  const path = env ?? candidates.find((c) => existsSync(c));
  if (!path || !existsSync(path)) {
    throw new Error(
      `${kind} not found (looked in ${env ?? candidates.join(', ')}). Install it with: ${install}`,
    );
  }
  return path;
}

/** Path of the Chromium to test with (`CHROMIUM_PATH` overrides); throws how to install it when missing. */
export function chromiumPath(): string {
  return find('Chromium', process.env.CHROMIUM_PATH, CHROMIUM, 'sudo apt-get install -y chromium');
}

/** Path of the Firefox to test with (`FIREFOX_PATH` overrides); throws how to install it when missing. */
export function firefoxPath(): string {
  return find('Firefox', process.env.FIREFOX_PATH, FIREFOX, 'sudo apt-get install -y firefox-esr');
}
