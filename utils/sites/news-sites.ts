/**
 * Built-in news sites Tally runs on without asking: outlets that report the
 * war's figures. Any other site needs the user to turn Tally on for it.
 */
export const NEWS_SITES: readonly string[] = [
  'apnews.com',
  'bbc.com',
  'bbc.co.uk',
  'cnn.com',
  'reuters.com',
  'theguardian.com',
  'nytimes.com',
  'washingtonpost.com',
  'aljazeera.com',
  'dw.com',
  'france24.com',
  'euronews.com',
  'kyivindependent.com',
  'pravda.com.ua',
  'ukrinform.net',
  'kyivpost.com',
  'themoscowtimes.com',
  'novayagazeta.eu',
  'meduza.io',
  'tass.com',
  'ria.ru',
  'rt.com',
  'interfax.com',
  'voanews.com',
  'rferl.org',
  'politico.eu',
  'ft.com',
  'economist.com',
  'npr.org',
  'abcnews.go.com',
  'cbsnews.com',
  'nbcnews.com',
  'independent.co.uk',
  'telegraph.co.uk',
  'lemonde.fr',
  'spiegel.de',
  // Ukrainian outlets and the bodies that publish the figures first
  'ukrinform.ua',
  'epravda.com.ua',
  'suspilne.media',
  'unian.ua',
  'unian.net',
  'interfax.com.ua',
  'rbc.ua',
  'liga.net',
  'nv.ua',
  'tsn.ua',
  'zn.ua',
  'lb.ua',
  'hromadske.ua',
  'censor.net',
  'radiosvoboda.org',
  'mil.gov.ua',
  // Russian outlets and the bodies that publish the figures first
  'tass.ru',
  'interfax.ru',
  'rbc.ru',
  'kommersant.ru',
  'iz.ru',
  'rg.ru',
  'lenta.ru',
  'vedomosti.ru',
  'gazeta.ru',
  'fontanka.ru',
  'novayagazeta.ru',
  'svoboda.org',
  'currenttime.tv',
  'mil.ru',
];

/** Match patterns (both schemes, any subdomain) for a list of hosts. */
export function matchPatternsFor(hosts: readonly string[]): string[] {
  return hosts.flatMap((h) => [`https://${h}/*`, `https://*.${h}/*`]);
}

/** Hosts the end-to-end build also runs on: the local test server. */
export const E2E_HOSTS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/** True when `host` is a built-in news site or one of its subdomains. */
export function isBuiltInNewsSite(host: string): boolean {
  const h = host.toLowerCase();
  return NEWS_SITES.some((site) => h === site || h.endsWith(`.${site}`));
}
