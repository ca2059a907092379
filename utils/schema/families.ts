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
  claimants: z.array(z.object({ id: z.string(), name: z.string(), side: Side })),
  metrics: z.array(z.object({ id: z.string(), label: z.string() })),
});
/** @see FamilySummary */
export type FamilySummary = z.infer<typeof FamilySummary>;
