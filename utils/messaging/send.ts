import type * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { DisplaySettings } from '../settings/schemas';
import {
  DisplaySettingReply,
  SiteSettingReply,
  type ContentToBackground,
  type UiToBackground,
} from '../schema/messages';
import {
  DatasetInfoReply,
  FocusClaimReply,
  MatchReply,
  PacksChangedReply,
  PageSummaryReply,
  UiMessagesReply,
  type UiToContent,
} from '../schema/replies';
import {
  LedgerChanged,
  NoteReply,
  NotesContentReply,
  NotesImportReply,
  NotesReply,
  type AnchorReport,
  type Note,
  type NoteDraft,
  type NotePatch,
  type NotesRequest,
  type NotesToContent,
} from '../schema/notes';
import { describeError } from './describe-error';

/** Sends a message and validates its reply; a failure to send or a malformed reply is `{ok: false, error}`. */
export async function validated<S extends z.ZodMiniType>(schema: S, send: () => Promise<unknown>) {
  type Reply = z.infer<S>;
  try {
    const raw = await send();
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? (parsed.data as Reply)
      : ({ ok: false, error: `invalid reply: ${describeError(parsed.error)}` } as Reply);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) } as Reply;
  }
}

/** Asks the background to match a page's claims; the reply is validated too. */
export function requestMatches(msg: Extract<ContentToBackground, { type: 'match' }>): Promise<MatchReply> {
  return validated(MatchReply, () => browser.runtime.sendMessage(msg));
}

/** Asks the background what the loaded dataset holds. */
export function requestDatasetInfo(): Promise<DatasetInfoReply> {
  const msg: UiToBackground = { type: 'dataset-info' };
  return validated(DatasetInfoReply, () => browser.runtime.sendMessage(msg));
}

/** Asks a tab's content script what it found on its page. */
export function requestPageSummary(tabId: number): Promise<PageSummaryReply> {
  const msg: UiToContent = { type: 'page-summary' };
  return validated(PageSummaryReply, () => browser.tabs.sendMessage(tabId, msg));
}

/** Asks a tab's content script to scroll to a claim and open its popover. */
export function requestFocusClaim(tabId: number, claimId: string): Promise<FocusClaimReply> {
  const msg: UiToContent = { type: 'focus-claim', claimId };
  return validated(FocusClaimReply, () => browser.tabs.sendMessage(tabId, msg));
}

/** Sends a notes message to the background and validates the reply with `schema`. */
function toNotes<S extends z.ZodMiniType>(schema: S, msg: NotesRequest) {
  return validated(schema, () => browser.runtime.sendMessage(msg));
}

/** Notes a figure (serialized by the background); a figure already noted comes back with `duplicate`. */
export function requestAddNote(draft: NoteDraft): Promise<NoteReply> {
  return toNotes(NoteReply, { type: 'notes-add', draft });
}

/** Notes the reader's selection in one trip: the background parses, matches and stores it. */
export function requestAddSelectionNote(
  msg: Omit<Extract<NotesRequest, { type: 'notes-add-selection' }>, 'type'>,
): Promise<NoteReply> {
  return toNotes(NoteReply, { type: 'notes-add-selection', ...msg });
}

/** The notes taken on the page at `url`. */
export function requestPageNotes(url: string): Promise<NotesReply> {
  return toNotes(NotesReply, { type: 'notes-page', url });
}

/** Reports how a page's notes re-anchored; the reply lists the notes whose state changed. */
export function reportAnchors(results: AnchorReport[]): Promise<NotesReply> {
  return toNotes(NotesReply, { type: 'notes-anchored', results });
}

/** Every note in the ledger. */
export function requestNotes(): Promise<NotesReply> {
  return toNotes(NotesReply, { type: 'notes-list' });
}

/** Changes a note's comment, tags or speaker. */
export function requestUpdateNote(id: string, patch: NotePatch): Promise<NoteReply> {
  return toNotes(NoteReply, { type: 'notes-update', id, patch });
}

/** Deletes notes; the reply carries them so they can be put back (undo). */
export function requestDeleteNotes(ids: string[]): Promise<NotesReply> {
  return toNotes(NotesReply, { type: 'notes-delete', ids });
}

/** Adds whole notes (an import, or an undo); those already stored are skipped and named. */
export function requestImportNotes(notes: Note[]): Promise<NotesImportReply> {
  return toNotes(NotesImportReply, { type: 'notes-import', notes });
}

/** Tells a tab's notes module to note the reader's selection (the context menu's "Note this figure"). */
export function requestNoteSelection(
  tabId: number,
  frameId?: number,
  text?: string,
): Promise<NotesContentReply> {
  const msg: NotesToContent = { type: 'note-selection', ...(text !== undefined ? { text } : {}) };
  return validated(NotesContentReply, () =>
    browser.tabs.sendMessage(tabId, msg, frameId !== undefined ? { frameId } : undefined),
  );
}

/** Asks a tab's notes module to scroll to a note's figure. */
export function requestNoteFocus(tabId: number, id: string): Promise<NotesContentReply> {
  const msg: NotesToContent = { type: 'note-focus', id };
  return validated(NotesContentReply, () => browser.tabs.sendMessage(tabId, msg));
}

/** Tells the background that dataset packs were imported or removed, so it loads them again. */
export function requestPacksChanged(): Promise<PacksChangedReply> {
  const msg: UiToBackground = { type: 'packs-changed' };
  return validated(PacksChangedReply, () => browser.runtime.sendMessage(msg));
}

/** Asks the background for Tally's text in `language` (a content script cannot read `_locales`). */
export function requestUiMessages(
  language: Extract<ContentToBackground, { type: 'ui-messages' }>['language'],
) {
  const msg: ContentToBackground = { type: 'ui-messages', language };
  return validated(UiMessagesReply, () => browser.runtime.sendMessage(msg));
}

/** Turns Tally on or off for `host`; the reply is the site settings as stored, or why they were not. */
export function requestSiteSetting(host: string, on: boolean): Promise<SiteSettingReply> {
  const msg: UiToBackground = { type: 'settings-site', host, on };
  return validated(SiteSettingReply, () => browser.runtime.sendMessage(msg));
}

/** Stores the display settings; the reply is them as stored, or why they were not. */
export function requestDisplaySettings(display: DisplaySettings): Promise<DisplaySettingReply> {
  const msg: UiToBackground = { type: 'settings-display', display };
  return validated(DisplaySettingReply, () => browser.runtime.sendMessage(msg));
}

/** Calls `onChange` with each change the background reports to the ledger (extension pages only); returns the unwatch. */
export function watchLedger(onChange: (change: LedgerChanged) => void): () => void {
  const listener = (raw: unknown) => {
    const parsed = LedgerChanged.safeParse(raw);
    if (parsed.success) onChange(parsed.data);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
