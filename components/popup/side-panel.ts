/**
 * Opening Tally's side panel (Chrome) or sidebar (Firefox). Both browsers open it only during
 * a user gesture, so `openSidePanel` makes the call synchronously: call it straight from a
 * click handler, with the window id looked up beforehand.
 */
import { browser } from 'wxt/browser';

/** The bits of the two browsers' APIs used here (neither is in every browser's types). */
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Whether this browser has a side panel or sidebar Tally can open. */
export function canOpenSidePanel(): boolean {
  const api = browser as unknown as PanelApis;
  return !!(api.sidePanel?.open || api.sidebarAction?.open);
}

/** Opens the side panel in `windowId` (Chrome) or the sidebar (Firefox). */
export function openSidePanel(windowId: number): Promise<void> {
  const api = browser as unknown as PanelApis;
  if (api.sidebarAction?.open) return api.sidebarAction.open();
  if (api.sidePanel?.open) return api.sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser has no side panel.'));
}
