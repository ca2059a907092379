import { MANY_PLACES } from '../../dataset/place';
import { scopeLabel } from '../../match/scope';
import type { ClaimMatch, TopicParts } from '../../schema/match';
import { INTL_LOCALE, type Language } from '../languages';
import { metricText, type MetricLanguage } from './metrics';
import { SIDE_NAMES, kindName, measureName, placeName, thingName } from './words';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const cap = (text: string) => text.replace(/\b\w/g, (x) => x.toUpperCase());

/** Day-month-year in English labels ("19 Mar 2025"). */
function englishDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The day format of a language ("19 березня 2025 р."), made once. */
function dayFormat(language: MetricLanguage): Intl.DateTimeFormat {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(language, format);
  }
  return format;
}

/** The UTC calendar day of an instant, to tell a night from a day. */
const utcDay = (ms: number) => Math.floor(ms / 86_400_000);

/** What the period words are in each language. */
const PERIOD_WORDS: Record<MetricLanguage, { asOf: string; night: string }> = {
  uk: { asOf: 'станом на', night: 'ніч на' },
  ru: { asOf: 'на', night: 'ночь на' },
};

/**
 * A period as a label names it: "as of 19 Mar 2025", "night of 18–19 Mar 2025", a day, or a
 * span of days; in Ukrainian and Russian "станом на 19 березня 2025 р.", "ніч на 19 березня…".
 */
export function periodLabel(period: TopicParts['period'], language: Language): string {
  const { start, end, asOf } = period;
  const night = end - start <= 30 * 3_600_000 && utcDay(start) !== utcDay(end - 1);
  if (language === 'en') {
    if (asOf) return `as of ${englishDay(start)}`;
    if (night) return `night of ${new Date(start).getUTCDate()}–${englishDay(end - 1)}`;
    if (end - start <= 86_400_000) return englishDay(start);
    return `${englishDay(start)} – ${englishDay(end - 1)}`;
  }
  const format = dayFormat(language);
  const words = PERIOD_WORDS[language];
  if (asOf) return `${words.asOf} ${format.format(start)}`;
  if (night) return `${words.night} ${format.format(end - 1)}`;
  if (end - start <= 86_400_000) return format.format(start);
  // Intl puts a no-break space before "р." in ranges only: one spacing for every label
  return format.formatRange(start, end - 1).replace(/[\u00a0\u202f]/g, ' ');
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name from its ISO code in a language ("UA" → "Україна"), or null. */
function countryName(code: string, language: MetricLanguage): string | null {
  if (!/^[A-Z]{2}$/.test(code)) return null;
  let names = regionNames.get(language);
  if (!names)
    regionNames.set(language, (names = new Intl.DisplayNames([INTL_LOCALE[language]], { type: 'region' })));
  return names.of(code) ?? null;
}

const MANY: Record<Language, string> = { en: 'several places', uk: 'кілька місць', ru: 'несколько мест' };
const WORLD: Record<MetricLanguage, string> = { uk: 'Світ', ru: 'Мир' };

/** A topic's place: a dataset place key for a metric's topic, a page scope otherwise. */
function placeLabel(parts: TopicParts, language: Language): string | null {
  const place = parts.place;
  if (!place) return null;
  if (place === MANY_PLACES) return MANY[language];
  if (parts.metric !== null)
    return language === 'en' ? cap(place) : (placeName(place, language) ?? cap(place));
  if (language === 'en') return scopeLabel(place);
  if (place === 'world') return WORLD[language];
  const colon = place.indexOf(':');
  const [kind, key] = [place.slice(0, colon), place.slice(colon + 1)];
  const named = kind === 'country' ? countryName(key, language) : placeName(key, language);
  return named ?? scopeLabel(place);
}

const LOSSES: Record<MetricLanguage, string> = { uk: 'втрати', ru: 'потери' };
const SIDE: Record<MetricLanguage, string> = { uk: 'сторона:', ru: 'сторона:' };

/** The sides: "Russia → Ukraine", "losses of Russia", "by Russia" (and as each language says them). */
function sidesLabel(parts: TopicParts, language: Language): string | null {
  const { actor, target } = parts;
  if (!actor && !target) return null;
  if (language === 'en') {
    if (actor && target) return `${cap(actor)} → ${cap(target)}`;
    return target ? `losses of ${cap(target)}` : `by ${cap(actor ?? '')}`;
  }
  const names = SIDE_NAMES[language];
  const nominative = (side: string) => names[side]?.nominative ?? cap(side);
  if (actor && target) return `${nominative(actor)} → ${nominative(target)}`;
  if (target) return `${LOSSES[language]} ${names[target]?.genitive ?? cap(target)}`;
  return `${SIDE[language]} ${nominative(actor ?? '')}`;
}

/** English names of what a page figure counts, by the matcher's thing. */
const ENGLISH_THINGS: Record<string, string> = {
  person: 'People',
  percent: 'Rate (%)',
  area: 'Area',
  length: 'Length',
};

/** What a page topic counts: "Fighter killed", "Drone launched", "Growth (%)"; "Дрони: запущені". */
function whatLabel(what: NonNullable<TopicParts['what']>, language: Language): string {
  const { thing, kind, measure } = what;
  if (language === 'en') {
    if (thing === 'percent' && measure) return `${cap(measure)} (%)`;
    const head = kind ? cap(kind) : (ENGLISH_THINGS[thing] ?? cap(thing));
    return `${head}${measure ? ` ${measure}` : ''}`;
  }
  const measured = measure ? (measureName(measure, language) ?? measure) : '';
  if (thing === 'percent' && measured) return `${measured.charAt(0).toUpperCase()}${measured.slice(1)} (%)`;
  const head = (kind ? kindName(kind, language) : null) ?? thingName(thing, language) ?? cap(kind || thing);
  return measured ? `${head}: ${measured}` : head;
}

const PART: Record<Language, string> = {
  en: 'part of a larger figure',
  uk: 'частина більшої цифри',
  ru: 'часть большей цифры',
};

/**
 * A topic's label in a language, from its parts: what is counted (the metric's label, given in
 * that language, or what a page figure counts), the period, the place and the sides, joined by
 * " · " ("Drones launched · night of 18–19 Mar 2025 · Russia → Ukraine").
 */
export function topicLabel(parts: TopicParts, language: Language, metricLabel: string | null): string {
  const what = metricLabel ?? (parts.what ? whatLabel(parts.what, language) : '');
  const out = [what, periodLabel(parts.period, language)];
  const place = placeLabel(parts, language);
  if (place) out.push(place);
  const sides = sidesLabel(parts, language);
  if (sides) out.push(sides);
  if (parts.part) out.push(PART[language]);
  return out.join(' · ');
}

/** A match's topic. */
type Topic = NonNullable<ClaimMatch['topic']>;

/**
 * A topic named in the reader's language: its label written again from its parts, and its
 * metric's definition in that language. English, a topic with no parts (a note made before
 * them) and a metric with no text in that language (a pack's own) are left as they are.
 */
export function localiseTopic(topic: Topic, language: Language): Topic {
  const parts = topic.parts;
  if (language === 'en' || !parts) return topic;
  if (parts.metric === null) return { ...topic, label: topicLabel(parts, language, null) };
  const text = metricText(parts.metric, language);
  if (!text) return topic;
  return { ...topic, label: topicLabel(parts, language, text.label), definition: text.definition };
}

/** Every topic of a page's matches named in the reader's language (see {@link localiseTopic}). */
export function localiseMatches(matches: readonly ClaimMatch[], language: Language): ClaimMatch[] {
  if (language === 'en') return [...matches];
  // a page's figures share a few topics: each is written once
  const done = new Map<Topic, Topic>();
  return matches.map((m) => {
    if (!m.topic) return m;
    let topic = done.get(m.topic);
    if (!topic) done.set(m.topic, (topic = localiseTopic(m.topic, language)));
    return { ...m, topic };
  });
}
