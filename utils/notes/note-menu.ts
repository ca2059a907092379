import { browser } from 'wxt/browser';
import { t } from '../i18n/messages';
import { requestNoteSelection } from '../messaging/send';

/** The id of the context-menu entry "Note this figure". */
export const NOTE_MENU_ID = 'tally-note-selection';

/**
 * Adds "Note this figure" to the context menu of a selection (background only).
 * A click asks the tab's notes module to note the selection; pages without
 * Tally's content script simply do not answer.
 */
export function setupNoteMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: NOTE_MENU_ID,
        title: t('menu.noteFigure'),
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== NOTE_MENU_ID || tab?.id === undefined) return;
    void requestNoteSelection(tab.id, info.frameId, info.selectionText);
  });
}

/** Writes the menu entry again in the language in force (after the reader chose another). */
export function retitleNoteMenu(): void {
  void Promise.resolve(browser.contextMenus.update(NOTE_MENU_ID, { title: t('menu.noteFigure') })).catch(
    () => undefined,
  );
}
