import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule axe-core found broken, with the elements that break it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** What `axe.run` is given as context: a selector, or nested selectors into shadow roots. */
export type AxeContext = string | { include: string[][] };

/**
 * Runs axe-core (every rule it enables by default: WCAG 2.x A and AA and best practices) on a page
 * or a part of it, and lists the violations. The source is evaluated rather than added as a
 * script tag, so it runs on extension pages too (their CSP forbids inline scripts).
 */
export async function axeViolations(page: Page, context: AxeContext = 'html'): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(async (ctx) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(ctx, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    }));
  }, context);
}
