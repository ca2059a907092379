/** Figures, sides and statuses written for a reader, in the language in force: one place for every surface and export. */
import { formatNumber, t, tOfId, type MessageKey } from '../i18n/messages';
import type { Qualifier } from '../schema/claim';
import { MATCH_STATUSES } from '../schema/match';
import { sideLabel as tableSideLabel } from '../schema/sides';

export { formatNumber };

/** The messages that write a figure with its qualifier ("about {figure}"). */
type QualifierKey = Exclude<Extract<MessageKey, `qualifier.${string}`>, 'qualifier.range'>;

const QUALIFIER: Record<Qualifier, QualifierKey> = {
  '=': 'qualifier.exact',
  '~': 'qualifier.about',
  '>': 'qualifier.moreThan',
  '>=': 'qualifier.atLeast',
  '<': 'qualifier.fewerThan',
  '<=': 'qualifier.upTo',
};

/** A figure as a reader would say it: "about 200", "40–50", "up to 145" (in the language in force). */
export function formatFigure(f: {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
}): string {
  const figure =
    f.value !== null
      ? formatNumber(f.value)
      : f.low !== null && f.high !== null
        ? t('qualifier.range', { low: formatNumber(f.low), high: formatNumber(f.high) })
        : '?';
  return t(QUALIFIER[f.qualifier], { figure });
}

/** The host name of a URL, or the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A record whose values are read afresh on every access: labels in the language in force. */
function liveLabels<K extends string>(
  keys: readonly K[],
  label: (key: K) => string,
): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(record, key, { enumerable: true, get: () => label(key) });
  return record;
}

/** A side's tone comes from the sides table (utils/schema/sides.json), one place for every surface. */
export { sideClass } from '../schema/sides';

/**
 * A side's name in the language in force ("Україна"): the locale's `side.<id>` message
 * (`gaza-authorities` → `side.gazaAuthorities`), else the sides table's own label, so a side
 * the table gains reads in English until the locales name it.
 */
export function sideLabel(side: string | null | undefined): string {
  if (!side) return tableSideLabel(side);
  return tOfId('side', side === 'other' ? 'others' : side) ?? tableSideLabel(side);
}

/** What each status means, in a reader's words (never "false"), in the language in force. */
export const STATUS_LABEL = /* @__PURE__ */ liveLabels(MATCH_STATUSES, (s) => t(`status.${s}`));

/** Each status in a word or two, for a compact list (the side panel's notes). */
export const STATUS_SHORT = /* @__PURE__ */ liveLabels(MATCH_STATUSES, (s) => t(`statusShort.${s}`));

/** What each status means, in a sentence's words ("another side gives a compatible figure"). */
export const STATUS_HELP = /* @__PURE__ */ liveLabels(MATCH_STATUSES, (s) => t(`statusHelp.${s}`));

/** Who gave a figure, or "Unattributed": one honest wording wherever a speaker is missing. */
export function speakerOrUnattributed(speaker: string | null | undefined): string {
  return speaker || t('who.unattributed');
}
