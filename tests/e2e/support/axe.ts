import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { inTallyUi } from './tally-ui';

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
export async function axeViolations(
  page: Page | PuppeteerPage,
  context: AxeContext = 'html',
): Promise<AxeViolation[]> {
  // Playwright's and Puppeteer's `evaluate` take the same arguments here.
  page = page as Page;
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

/** The markup of an element's (shadow) root, stylesheet included: the source of a function taking it as `this`. */
export const ROOT_MARKUP = 'function () { return this.getRootNode().innerHTML; }';

/**
 * axe-core on a piece of Tally's UI on a page (the popover): it lives in a closed shadow root
 * no script of the page can reach, so its shadow root's markup and stylesheet are read over the
 * DevTools protocol and checked in an open shadow root of a blank page of the same size.
 */
export async function axeViolationsInTallyUi(page: Page, selector: string): Promise<AxeViolation[]> {
  const markup = await inTallyUi<string>(page, selector, ROOT_MARKUP);
  if (markup === null) throw new Error(`no ${selector} in Tally's UI on this page`);
  const copy = await page.context().newPage();
  try {
    await copy.setViewportSize(page.viewportSize() ?? { width: 1280, height: 900 });
    return await axeViolationsOfCopy(copy, markup, selector);
  } finally {
    await copy.close();
  }
}

/**
 * axe-core on a copy of a piece of Tally's UI: `markup` (its shadow root's markup and stylesheet)
 * is put in an open shadow root of `blank`, a page of its own, and `selector` checked there.
 */
export async function axeViolationsOfCopy(
  blank: Page | PuppeteerPage,
  markup: string,
  selector: string,
): Promise<AxeViolation[]> {
  // Playwright's and Puppeteer's `setContent` and `evaluate` take the same arguments here.
  const copy = blank as Page;
  await copy.setContent(
    '<!doctype html><html lang="en"><head><title>Tally UI</title></head><body></body></html>',
  );
  await copy.evaluate((html) => {
    const host = document.createElement('div');
    host.id = 'tally-ui';
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    document.body.append(host);
  }, markup);
  return axeViolations(copy, { include: [['#tally-ui', selector]] });
}
