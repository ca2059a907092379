import en from 'i18n-iso-countries/langs/en.json';
import type { PageClaim } from '../schema';
import { placeKey } from '../dataset/place';
import type { Source } from './sources';

/** Country names (ISO 3166, with their common short forms) in lower case, to the country's code. */
const COUNTRIES = new Map<string, string>();
for (const [code, names] of Object.entries(en.countries as Record<string, string | string[]>))
  for (const n of Array.isArray(names) ? names : [names]) COUNTRIES.set(n.toLowerCase(), code);

/** Country codes to their first (official) English name. */
const COUNTRY_NAMES = new Map<string, string>();
for (const [code, names] of Object.entries(en.countries as Record<string, string | string[]>))
  COUNTRY_NAMES.set(code, Array.isArray(names) ? (names[names.length - 1] as string) : names);

/** The scope "the whole world" ("global growth"). */
export const WORLD = 'world';

/** A place as written, without "the", a possessive or a trailing "region"/"border". */
function bare(place: string): string {
  return place
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/^the\s+/, '')
    .trim();
}

/** Whether a word or name is a country's ("Bangladesh", "Puerto Rico", "the United States"). */
export function isCountryName(name: string): boolean {
  return COUNTRIES.has(bare(name));
}

/**
 * The scope of a place as written: "world", "country:XX" for a country, "local:key" for a
 * place below a country (a region, a city, a street), or null when none is named.
 */
export function scopeOfPlace(place: string | null): string | null {
  if (!place) return null;
  const b = bare(place);
  if (b === 'world') return WORLD;
  const code = COUNTRIES.get(b);
  if (code) return `country:${code}`;
  const key = placeKey(place);
  // placeKey reads "Ukraine", "Russian territory" as the whole country
  if (key === null) return `country:${b}`;
  return `local:${key}`;
}

/** A scope as a reader would name it ("Bangladesh", "Kyiv", "World"), or null for an unsaid one. */
export function scopeLabel(scope: string): string | null {
  if (!scope) return null;
  if (scope === WORLD) return 'World';
  const [kind, key] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1)];
  // a local speaker's own place, unnamed ("a district mayor")
  if (key.startsWith('@')) return null;
  const name = kind === 'country' ? (COUNTRY_NAMES.get(key) ?? key) : key;
  return name.replace(/\b\p{L}/gu, (x) => x.toUpperCase());
}

/**
 * The country an article is about, for figures that name no place: the first country its
 * figures name, or null. A figure with no place is then taken as that country's.
 */
export function articleCountry(claims: readonly PageClaim[]): string | null {
  // a page names a few places many times: each is read once
  const seen = new Set<string>();
  for (const c of claims) {
    const place = c.frame.place;
    if (!place || seen.has(place)) continue;
    seen.add(place);
    const s = scopeOfPlace(place);
    if (s?.startsWith('country:')) return s;
  }
  return null;
}

/**
 * The scope of a figure: its place's; for one with no place, its local speaker's ("a district
 * mayor" speaks of the district), else the article's country, else "" (country-wide, unsaid).
 */
export function scopeOf(claim: PageClaim, source: Source, country: string | null): string {
  const s = scopeOfPlace(claim.frame.place);
  if (s !== null) return s;
  if (source.local) return `local:@${source.key}`;
  return country ?? '';
}
