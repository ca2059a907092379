import type { Metric, PageClaim, TimeForm } from '../schema';
import { unitFactor } from '../units';
import { hasPhrase, wordsOf } from './words';

/** The factor that turns a page unit into a metric's unit, or null when they do not compare (the units table's). */
export { unitFactor };

/** A metric prepared for selection: its concept and cue phrases as word lists. */
interface Prepared {
  m: Metric;
  i: number;
  concepts: string[][];
  cues: string[];
}

/** The metrics a figure may measure (more than one = a tie to break) and whether a cue chose them; shared between claims of one wording. */
export interface MetricChoice {
  readonly metrics: readonly Metric[];
  readonly cued: boolean;
}

/** How many choices a selector remembers (a page of many wordings clears them, never grows unbounded). */
const CHOICES_KEPT = 4096;

/**
 * Chooses the metric a page figure measures: the most specific concept phrase found in the
 * figure's text or counted noun ("ballistic missile" over "missile"), a unit that converts,
 * a time form the metric accepts, then the action's cue ("shot down" → shot-down metrics).
 * With no cue, only a `bare` metric may take it. Two equally good metrics = no choice (say less).
 */
export class MetricSelector {
  private readonly prepared: Prepared[];
  /** Concept phrases by their first word, to look up only the metrics a figure's words can name. */
  private readonly byFirst = new Map<string, { p: Prepared; phrase: string[]; len: number }[]>();

  /** Prepares the metrics' phrases. */
  constructor(metrics: readonly Metric[]) {
    this.prepared = metrics.map((m, i) => ({
      m,
      i,
      concepts: m.concepts.map((c) => wordsOf(c)).filter((w) => w.length > 0),
      cues: m.cues.map((c) => c.toLowerCase()),
    }));
    for (const p of this.prepared) {
      for (const phrase of p.concepts) {
        const first = phrase[0] as string;
        const list = this.byFirst.get(first) ?? [];
        list.push({ p, phrase, len: phrase.join(' ').length });
        this.byFirst.set(first, list);
      }
    }
  }

  /** Whether a metric takes figures stated with this unit and time form. */
  private fits(p: Prepared, unit: string | null, form: TimeForm): boolean {
    if (unitFactor(unit, p.m.unit) === null) return false;
    if (p.m.span === 'cumulative' && (form === 'night' || form === 'past-day')) return false;
    if (p.m.span === 'day' && form !== 'past-day') return false;
    return !(p.m.span === 'any' && form === 'cumulative');
  }

  /** Choices made, by what they read: a page repeats a few figures' wording many times. */
  private readonly chosen = new Map<string, MetricChoice | null>();

  /** The metric(s) of a page claim given its time form, or null. */
  choose(claim: PageClaim, form: TimeForm): MetricChoice | null {
    const f = claim.frame;
    const key = `${claim.text}\u0000${claim.concept}\u0000${claim.lemma}\u0000${claim.unit}\u0000${f.action}\u0000${f.measure}\u0000${form}`;
    let choice = this.chosen.get(key);
    if (choice === undefined) {
      choice = this.chooseNew(claim, form);
      if (this.chosen.size >= CHOICES_KEPT) this.chosen.clear();
      this.chosen.set(key, choice);
    }
    return choice;
  }

  /** `choose` for a wording not seen before. */
  private chooseNew(claim: PageClaim, form: TimeForm): MetricChoice | null {
    // a Russian or Ukrainian figure's noun reaches the metrics through its English lemma ("дронів" → drones)
    const words = wordsOf(claim.text).concat(wordsOf(claim.concept), wordsOf(claim.lemma));
    // the action beside the figure, else the measure its clause names ("forces held about 77 km²")
    const action = (claim.frame.action ?? claim.frame.measure ?? '').toLowerCase();
    const lens = new Map<Prepared, number>();
    for (const w of words) {
      const cut = w.search(/[-/]/);
      for (const key of cut > 0 ? [w, w.slice(0, cut)] : [w]) {
        for (const e of this.byFirst.get(key) ?? []) {
          if (e.len > (lens.get(e.p) ?? 0) && hasPhrase(words, e.phrase)) lens.set(e.p, e.len);
        }
      }
    }
    if (claim.unit !== null) {
      for (const p of this.prepared) if (p.m.unit !== null && !lens.has(p)) lens.set(p, 1);
    }
    let bestLen = 0;
    let cands: Prepared[] = [];
    for (const [p, len] of lens) {
      if (!this.fits(p, claim.unit, form)) continue;
      if (len > bestLen) {
        bestLen = len;
        cands = [p];
      } else if (len === bestLen) cands.push(p);
    }
    cands.sort((x, y) => x.i - y.i);
    if (!cands.length) return null;
    let bestCue = 0;
    let cued: Prepared[] = [];
    if (action) {
      for (const p of cands) {
        let len = 0;
        for (const cue of p.cues) if (cue.length > len && action.includes(cue)) len = cue.length;
        if (len === 0) continue;
        if (len > bestCue) {
          bestCue = len;
          cued = [p];
        } else if (len === bestCue) cued.push(p);
      }
    }
    if (cued.length) return { metrics: cued.map((p) => p.m), cued: true };
    // no cue: a bare count may still say it ("150 drones overnight"), but not when the sentence's
    // verb is about something else ("200 soldiers killed" is not an exchange); a measure with
    // one possible metric is taken whatever verb stood nearby
    if (action !== '' && !(claim.unit !== null && cands.length === 1)) return null;
    const bare = cands.filter((p) => p.m.bare);
    return bare.length ? { metrics: bare.map((p) => p.m), cued: false } : null;
  }
}
