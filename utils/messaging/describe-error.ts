import type * as z from 'zod/mini';

/** Readable reason a message was rejected, naming the path of each bad field. */
export function describeError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(message)'}: ${i.message}`)
    .join('; ');
}
