/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * Parses an ISO date or date-time into epoch milliseconds. A date without a zone is read as
 * UTC, so "2025-03-19" and "2025-03-19T00:00" give the same instant everywhere. NaN if invalid.
 */
export function parseInstant(text: string): number {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return Date.parse(`${t}T00:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(t)) return Date.parse(`${t}Z`);
  return Date.parse(t);
}

/** A time as the matcher uses it: a period [start, end) or an as-of instant (start === end). */
export interface TimeSpan {
  text: string;
  start: number;
  end: number;
  asOf: boolean;
}

/** Parses a stored time: "start/end" (period) or "YYYY-MM-DD" (as-of). */
export function parseTimeText(text: string): TimeSpan {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const t = parseInstant(text);
    return { text, start: t, end: t, asOf: true };
  }
  return {
    text,
    start: parseInstant(text.slice(0, slash)),
    end: parseInstant(text.slice(slash + 1)),
    asOf: false,
  };
}

/** The last Sunday of a month (0-based month) as a UTC day number. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * Kyiv's UTC offset in hours at a local wall-clock time: +3 in summer (from the last Sunday of
 * March, 03:00 local, to the last Sunday of October, 04:00 local), +2 otherwise (EU rules).
 */
export function kyivOffsetHours(year: number, month: number, day: number, hour: number): number {
  const afterStart =
    month > 2 || (month === 2 && (day > lastSunday(year, 2) || (day === lastSunday(year, 2) && hour >= 3)));
  const beforeEnd =
    month < 9 || (month === 9 && (day < lastSunday(year, 9) || (day === lastSunday(year, 9) && hour < 4)));
  return afterStart && beforeEnd ? 3 : 2;
}

/** Formats a Kyiv wall-clock time "YYYY-MM-DD hh:mm" (or a date) as ISO with its offset. */
export function kyivIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const hour = h === undefined ? 0 : Number(h);
  const off = kyivOffsetHours(Number(y), Number(mo) - 1, Number(d), hour);
  return `${y}-${mo}-${d}T${String(hour).padStart(2, '0')}:${mi ?? '00'}+0${off}:00`;
}

/** The UTC calendar date (YYYY-MM-DD) of an instant. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
