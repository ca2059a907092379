import { z } from 'zod';

/** An article's metadata: what a matcher needs to place its figures in time. */
export const ArticleMeta = z.object({
  url: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) or date-time the article was published. */
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  headline: z.string().nullable(),
});
/** @see ArticleMeta */
export type ArticleMeta = z.infer<typeof ArticleMeta>;
