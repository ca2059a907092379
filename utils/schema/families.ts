import * as z from 'zod/mini';
import { Side } from './sides';

/** What one source family holds, counted from the loaded claims (options → "What Tally knows"). */
export const FamilySummary = z.object({
  id: z.string(),
  name: z.string(),
  credit: z.string(),
  claims: z.int(),
  /** First and last day its claims are about. */
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  /** Who gives its figures, most figures first, with how many each. */
  claimants: z.array(z.object({ id: z.string(), name: z.string(), side: Side, claims: z.int() })),
  /** The conflicts its figures are about (from its claimants' sides and its claims' parties). */
  conflicts: z.array(z.string()),
  metrics: z.array(z.object({ id: z.string(), label: z.string() })),
});
/** @see FamilySummary */
export type FamilySummary = z.infer<typeof FamilySummary>;
