import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * Turns on zod's English messages in this context ("expected number, received
 * string" instead of "Invalid input"), for the reports people read: rejected
 * messages, dataset packs and note imports. The content script leaves it off:
 * the locale is not worth its size there, where errors are only reported back.
 */
export function useReadableErrors(): void {
  z.config(en());
}
