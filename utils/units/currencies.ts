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

/** The English name of a currency by its code ("CAD" → "Canadian Dollar", "BTC" → "Bitcoin"), or null. */
export function currencyName(code: string): string | null {
  return isoCode(code)?.currency ?? NON_ISO[code] ?? null;
}
