import { render } from 'preact';
import type { ComponentChild } from 'preact';

/** Renders a component into a fresh root under <body> and returns the root. */
export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  return root;
}

/** Unmounts what `mount` rendered (for afterEach). */
export function unmount(): void {
  render(null, document.body.firstElementChild ?? document.body);
}
