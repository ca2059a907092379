import type { ComponentChild } from 'preact';

/** A section of the first-run page that a feature adds: a heading and what goes under it. */
export interface WelcomeSection {
  id: string;
  title: () => string;
  body: () => ComponentChild;
}

/**
 * Choices a reader makes on first run, shown under "Your choices" when there are any. The
 * reading memory (opt-in, a later feature) puts its switch here; until then the page shows no
 * such section rather than a switch that does nothing.
 */
export const WELCOME_CHOICES: readonly WelcomeSection[] = [];
