import * as z from 'zod/mini';

/** An article's metadata: what a matcher needs to place its figures in time. */
export const ArticleMeta = z.object({
  url: z.nullable(z.string()),
  /** ISO date (YYYY-MM-DD) or date-time the article was published. */
  published: z.nullable(z.string()),
  outlet: z.nullable(z.string()),
  headline: z.nullable(z.string()),
});
/** @see ArticleMeta */
export type ArticleMeta = z.infer<typeof ArticleMeta>;
