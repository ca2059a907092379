/**
 * Currencies: ISO 4217 codes and names (currency-codes), and the symbols that
 * name one currency only (currency-symbol-map, inverted); "$", "£", "¥" and
 * "kr", which many currencies share, take the currency most news means by them.
 */
import { code as isoCode } from 'currency-codes';
import SYMBOL_OF from 'currency-symbol-map/map';

/** Symbols shared by several currencies: the one a news text most likely means. */
const PREFERRED: Record<string, string> = {
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₱': 'PHP',
  元: 'CNY',
};

/** Symbol → ISO code, for symbols of one currency and the preferred shared ones. */
const BY_SYMBOL = new Map<string, string>();
{
  const owners = new Map<string, string[]>();
  for (const [code, symbol] of Object.entries(SYMBOL_OF as Record<string, string>)) {
    // codes written as symbols ("BOV") and letters ("L", "KM") are words, not symbols
    if (/^[A-Za-z.\s]*$/.test(symbol)) continue;
    owners.set(symbol, [...(owners.get(symbol) ?? []), code]);
  }
  for (const [symbol, codes] of owners) if (codes.length === 1) BY_SYMBOL.set(symbol, codes[0] as string);
  for (const [symbol, code] of Object.entries(PREFERRED)) BY_SYMBOL.set(symbol, code);
}

/** The ISO code a currency symbol stands for ("€" → "EUR", "₾" → "GEL"), or null. */
export function currencyOfSymbol(symbol: string): string | null {
  return BY_SYMBOL.get(symbol) ?? null;
}

/** Currencies outside ISO 4217 that news prices things in, by their usual code: the English name. */
const NON_ISO: Record<string, string> = { BTC: 'Bitcoin' };

/** Is this an ISO 4217 code (upper case, "USD", "CHF"), or the usual code of a currency outside it ("BTC")? */
export function isCurrencyCode(code: string): boolean {
  return code.length === 3 && (isoCode(code) !== undefined || Object.hasOwn(NON_ISO, code));
}

/**
 * Minor units news prices things in: code → [the currency it divides, its
 * share of one unit, an English name]. "GBX" is the code exchanges give pence;
 * "¢" is a cent of a dollar or euro the text does not name, so it converts to
 * no currency.
 */
const MINOR: Record<string, [string | null, number, string]> = {
  GBX: ['GBP', 0.01, 'British penny'],
  '¢': [null, 0.01, 'cents'],
};

/** The English name of a currency by its code ("CAD" → "Canadian Dollar", "BTC" → "Bitcoin", "GBX" → "British penny"), or null. */
export function currencyName(code: string): string | null {
  return isoCode(code)?.currency ?? NON_ISO[code] ?? MINOR[code]?.[2] ?? null;
}

/**
 * A minor unit's currency and the factor that turns an amount in it into that
 * currency (470 "GBX" → 4.70 "GBP"), or null for a code that is no minor unit
 * or names no currency ("¢").
 */
export function minorCurrency(code: string): { currency: string; factor: number } | null {
  const row = Object.hasOwn(MINOR, code) ? MINOR[code] : undefined;
  return row && row[0] !== null ? { currency: row[0], factor: row[1] } : null;
}
