import type { PageClaim } from '../schema';
import { inBaseUnit } from '../units';
import { singular } from './words';

/**
 * What a figure counts, normalised so that "deaths", "the dead" and "people killed", or
 * "drones", "UAVs" and "Shaheds", read as one thing; and its measure ("killed", "launched"),
 * from the frame, with what the counted noun itself says ("37,107 deaths" are deaths). Shared
 * between claims of one wording: never changed.
 */
export interface What {
  /** The thing counted or the dimension measured: "person", "drone", "area", "percent", "USD". */
  readonly thing: string;
  /** Which people or things of that kind ("fighter", "migrant", "soldier"), "" for any. */
  readonly kind: string;
  /** The measure class ("killed", "launched", "growth"), "" when unsaid. */
  readonly measure: string;
  /** The factor that turns the figure into its dimension's base unit (km² for areas), 1 otherwise. */
  readonly factor: number;
}

/** Units of time: a duration is no quantity of the world to compare ("for 30 days"). */
const DURATION = new Set([
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'decades',
  'centuries',
]);

/** Nouns that count people without saying which ones. */
const ANY_PEOPLE = new Set('people person persons individual individuals human humans'.split(' '));
/** Nouns that are a measure of people in themselves, and the measure they name. */
const MEASURE_NOUNS: Record<string, string> = {
  death: 'killed',
  dead: 'killed',
  fatality: 'killed',
  toll: 'killed',
  casualty: 'casualties',
  injury: 'injured',
  wounded: 'injured',
  case: 'cases',
  infection: 'cases',
  arrest: 'detained',
  detainee: 'detained',
  evacuee: 'evacuated',
  crowd: 'attended',
};
/** People by role, with the words that name the same role. */
const ROLES: Record<string, string> = {
  soldier: 'soldier troop serviceman servicemen personnel',
  fighter: 'fighter militant operative combatant terrorist insurgent',
  civilian: 'civilian',
  child: 'child children kid minor',
  migrant: 'migrant asylum-seeker',
  refugee: 'refugee',
  protester: 'protester demonstrator marcher participant',
  prisoner: 'prisoner pow captive detainee',
  hostage: 'hostage',
  voter: 'voter',
  worker: 'worker employee',
  patient: 'patient',
  resident: 'resident inhabitant',
};
const ROLE = new Map<string, string>();
for (const [role, words] of Object.entries(ROLES)) for (const w of words.split(' ')) ROLE.set(w, role);
/** Things by kind, with the words that name them. */
const THINGS: Record<string, string> = {
  drone: 'drone uav shahed munition',
  missile: 'missile rocket',
};
const THING = new Map<string, string>();
for (const [thing, words] of Object.entries(THINGS)) for (const w of words.split(' ')) THING.set(w, thing);

/** A word that names a people ("Palestinians", "Russians", "Israelis"): capitalised, of a nation. */
function demonym(word: string): boolean {
  return /^[A-Z][a-z]+(?:ans?|ians?|is|ese|ish|ch|s)$/.test(word) && !/^[A-Z][a-z]+ss$/.test(word);
}

/** The capitalised words before a claim's head noun ("235 Israeli soldiers" → "israeli"): a narrower kind. */
function modifiers(text: string, head: string): string {
  const words = text.split(/\s+/).slice(1, -1);
  return words
    .filter((w) => /^[A-Z]/.test(w) && w.toLowerCase() !== head)
    .map((w) => w.toLowerCase())
    .join(' ');
}

/** A kind and its modifiers as one key. */
function kindKey(kind: string, mods: string): string {
  return mods ? `${mods} ${kind}`.trim() : kind;
}

/**
 * The measure of a claim: its frame's, read with what it counts ("lost 6,000 operatives" were
 * killed; "lost 56 drones" were lost), else the one its noun names ("37,107 deaths").
 */
function measureOf(frameMeasure: string | null, nounMeasure: string | null, person: boolean): string {
  if (frameMeasure === 'lost' && person) return 'killed';
  if (frameMeasure === null || frameMeasure === '') return nounMeasure ?? '';
  // "12,000 casualties reported": the noun is more precise than a reporting verb nearby
  if (nounMeasure && (frameMeasure === 'killed' || frameMeasure === 'injured')) {
    return nounMeasure === 'casualties' ? 'casualties' : frameMeasure;
  }
  return frameMeasure;
}

/** What claims count, by the fields it is read from: a page repeats a few wordings many times. */
const READ = new Map<string, What | null>();
/** How many readings are kept (a page of many wordings clears them, never grows unbounded). */
const READ_KEPT = 4096;

/** What a claim counts or measures, or null when it is no quantity to compare (a duration, nothing named). */
export function whatOf(claim: PageClaim): What | null {
  const key = `${claim.unit}\u0000${claim.frame.measure}\u0000${claim.concept}\u0000${claim.lemma}\u0000${claim.text}`;
  let what = READ.get(key);
  if (what === undefined) {
    what = readWhat(claim);
    if (READ.size >= READ_KEPT) READ.clear();
    READ.set(key, what);
  }
  return what;
}

/** `whatOf` for a wording not read before. */
function readWhat(claim: PageClaim): What | null {
  const unit = claim.unit;
  const measure = claim.frame.measure ?? '';
  if (unit !== null) {
    if (DURATION.has(unit)) return null;
    const base = inBaseUnit(unit);
    if (base) return { thing: base.dimension, kind: '', measure, factor: base.factor };
    if (unit === '%') return { thing: 'percent', kind: '', measure, factor: 1 };
    return { thing: unit, kind: '', measure, factor: 1 };
  }
  // a Russian or Ukrainian noun is read by its lemma, the matcher's word for it: "беспилотниками",
  // "беспилотников" and "БпЛА" are all drones, whatever their case or spelling
  const concept = claim.lemma ?? claim.concept;
  if (!concept) return null;
  const raw = concept.split(/\s+/).pop() ?? concept;
  const head = singular(raw.toLowerCase());
  const nounMeasure = MEASURE_NOUNS[head] ?? null;
  const role = ROLE.get(head);
  const person = ANY_PEOPLE.has(head) || nounMeasure !== null || role !== undefined || demonym(raw);
  const mods = modifiers(claim.text, raw.toLowerCase());
  if (person) {
    // a nation's people read as people: the place says whose they are
    const measure = measureOf(claim.frame.measure, nounMeasure, true);
    return { thing: 'person', kind: kindKey(role ?? '', mods), measure, factor: 1 };
  }
  const thing = THING.get(head) ?? head;
  return { thing, kind: kindKey('', mods), measure: measureOf(claim.frame.measure, null, false), factor: 1 };
}
