import type { Side } from '../schema';

/** A known place: its key, the side whose territory it is, its parent region, spellings. */
interface Place {
  key: string;
  side: Side | null;
  parent?: string;
  names: string[];
}

const UA = 'ukraine' as const;
const RU = 'russia' as const;

/** Places articles and sources name, with the spellings they use (lower case). */
const PLACES: Place[] = [
  ...[
    ['kyiv', ['kyiv', 'kiev']],
    ['kharkiv', ['kharkiv', 'kharkov']],
    ['odesa', ['odesa', 'odessa']],
    ['sumy', ['sumy']],
    ['poltava', ['poltava']],
    ['dnipropetrovsk', ['dnipropetrovsk', 'dnipropetrovska']],
    ['dnipro', ['dnipro', 'dnepr']],
    ['kryvyi rih', ['kryvyi rih', 'kryvyi rig', 'krivoy rog']],
    ['chernihiv', ['chernihiv', 'chernigov']],
    ['zaporizhzhia', ['zaporizhzhia', 'zaporizhia', 'zaporozhye']],
    ['kherson', ['kherson']],
    ['mykolaiv', ['mykolaiv', 'nikolaev']],
    ['donetsk', ['donetsk']],
    ['luhansk', ['luhansk', 'lugansk']],
    ['lviv', ['lviv', 'lvov']],
    ['zhytomyr', ['zhytomyr']],
    ['vinnytsia', ['vinnytsia']],
    ['khmelnytskyi', ['khmelnytskyi', 'khmelnytskyi']],
    ['starokostiantyniv', ['starokostiantyniv']],
    ['rivne', ['rivne']],
    ['volyn', ['volyn']],
    ['ternopil', ['ternopil']],
    ['ivano-frankivsk', ['ivano-frankivsk']],
    ['chernivtsi', ['chernivtsi']],
    ['zakarpattia', ['zakarpattia', 'transcarpathia']],
    ['cherkasy', ['cherkasy']],
    ['kirovohrad', ['kirovohrad', 'kropyvnytskyi']],
    ['south', ['south', 'southern ukraine']],
    ['east', ['east', 'eastern ukraine']],
    ['west', ['west', 'western ukraine']],
    ['center', ['center', 'centre', 'central ukraine']],
  ].map(([key, names]) => ({ key: key as string, side: UA, names: names as string[] })),
  ...[
    ['kursk', ['kursk']],
    ['sudzha', ['sudzha'], 'kursk'],
    ['belgorod', ['belgorod']],
    ['bryansk', ['bryansk']],
    ['krasnodar', ['krasnodar', 'kuban']],
    ['kavkazskaya', ['kavkazskaya', 'kavkazskaya station'], 'krasnodar'],
    ['rostov', ['rostov']],
    ['voronezh', ['voronezh']],
    ['oryol', ['oryol', 'orel']],
    ['moscow region', ['moscow region', 'moscow oblast']],
    ['tula', ['tula']],
    ['kaluga', ['kaluga']],
    ['smolensk', ['smolensk']],
    ['lipetsk', ['lipetsk']],
    ['tambov', ['tambov']],
    ['saratov', ['saratov']],
    ['tatarstan', ['tatarstan']],
  ].map(([key, names, parent]) => ({
    key: key as string,
    side: RU,
    names: names as string[],
    ...(parent ? { parent: parent as string } : {}),
  })), // Gaza, the West Bank and Lebanon: the places their casualty series are about (no side: whose
  // territory they are is itself disputed, and their series need no direction)
  ...[
    ['gaza', ['gaza', 'gaza strip']],
    ['gaza city', ['gaza city'], 'gaza'],
    ['khan younis', ['khan younis', 'khan yunis'], 'gaza'],
    ['rafah', ['rafah'], 'gaza'],
    ['deir al-balah', ['deir al-balah', 'deir el-balah'], 'gaza'],
    ['jabalia', ['jabalia', 'jabaliya'], 'gaza'],
    ['beit lahia', ['beit lahia', 'beit lahiya'], 'gaza'],
    ['nuseirat', ['nuseirat'], 'gaza'],
    ['west bank', ['west bank', 'occupied west bank']],
    ['jenin', ['jenin'], 'west bank'],
    ['tulkarm', ['tulkarm', 'tulkarem'], 'west bank'],
    ['nablus', ['nablus'], 'west bank'],
    ['hebron', ['hebron'], 'west bank'],
    ['ramallah', ['ramallah'], 'west bank'],
    ['tubas', ['tubas'], 'west bank'],
    ['qalqilya', ['qalqilya', 'qalqiliya'], 'west bank'],
    ['bethlehem', ['bethlehem'], 'west bank'],
    ['jericho', ['jericho'], 'west bank'],
    ['lebanon', ['lebanon']],
    ['beirut', ['beirut'], 'lebanon'],
    ['southern lebanon', ['southern lebanon', 'south lebanon'], 'lebanon'],
    ['tyre', ['tyre'], 'lebanon'],
    ['sidon', ['sidon'], 'lebanon'],
    ['nabatieh', ['nabatieh', 'nabatiyeh'], 'lebanon'],
    ['baalbek', ['baalbek'], 'lebanon'],
    ['bekaa', ['bekaa', 'beqaa'], 'lebanon'],
  ].map(([key, names, parent]) => ({
    key: key as string,
    side: null,
    names: names as string[],
    ...(parent ? { parent: parent as string } : {}),
  })),
];

const BY_KEY = new Map(PLACES.map((p) => [p.key, p]));
/** Spellings, longest first, so "moscow region" wins over a shorter name inside it. */
const SPELLINGS = PLACES.flatMap((p) => p.names.map((n) => [n, p] as const))
  .sort((a, b) => b[0].length - a[0].length)
  .map(([n, p]) => [new RegExp(`[^a-z]${n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}[^a-z]`), n, p] as const);
/** Places already read, by their text (articles repeat them). */
const CACHE = new Map<string, PlaceKey>();
const COUNTRY = /^(?:the\s+)?(?:ukraine|ukrainian territory|russia|russian territory|russian federation)$/;

/** The result of reading a place: a known or free-text key, `null` for a whole country, or a list. */
export type PlaceKey = string | null;

/** A key that never equals a dataset place: a list of several regions. */
export const MANY_PLACES = '*many*';

/**
 * Normalises a place as written ("over Russia's Kursk border region", "Odesa oblast",
 * "the village of Kavkazskaya in the Krasnodar region") to a key ("kursk", "odesa",
 * "kavkazskaya": the most specific known place). A country alone gives null (country-wide);
 * several regions give MANY_PLACES; an unknown name gives its lower-cased words.
 */
export function placeKey(text: string | null | undefined): PlaceKey {
  if (!text) return null;
  const hit = CACHE.get(text);
  if (hit !== undefined) return hit;
  const key = readPlace(text);
  if (CACHE.size > 5000) CACHE.clear();
  CACHE.set(text, key);
  return key;
}

/** placeKey without the cache. */
function readPlace(text: string): PlaceKey {
  const t = text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || COUNTRY.test(t)) return null;
  const found: Place[] = [];
  let rest = ` ${t} `;
  for (const [re, name, p] of SPELLINGS) {
    if (!rest.includes(name)) continue;
    if (re.test(rest)) {
      if (!found.includes(p)) found.push(p);
      rest = rest.replace(re, ' ');
    }
  }
  if (found.length === 1) return (found[0] as Place).key;
  if (found.length > 1) {
    const leaves = found.filter((p) => !found.some((q) => q.parent === p.key));
    return leaves.length === 1 ? (leaves[0] as Place).key : MANY_PLACES;
  }
  const words = t
    .replace(
      /\b(the|region|regions|oblast|oblasts|krai|province|border|area|village|city|town|of|near|over|in|district|raion)\b/g,
      ' ',
    )
    .replace(/[^a-z0-9 -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!words || COUNTRY.test(words)) return null;
  return /\band\b|,/.test(t) ? MANY_PLACES : words;
}

/** Whose territory a place key is (null when unknown). */
export function placeSide(key: PlaceKey): Side | null {
  return key ? (BY_KEY.get(key)?.side ?? null) : null;
}

/** The region a place belongs to ("kavkazskaya" → "krasnodar"), if known. */
export function placeParent(key: PlaceKey): string | null {
  return key ? (BY_KEY.get(key)?.parent ?? null) : null;
}
