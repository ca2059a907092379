import * as z from 'zod/mini';
import { ArticleMeta } from './article';
import { PageClaim } from './claim';

import { DisplaySettings, SiteSettings } from '../settings/schemas';
import {
  MEMORY_FROM_UI,
  MemoryForgetReply,
  MemoryPagesReply,
  MemorySettingsReply,
  MemoryStatsReply,
} from './memory';
import {
  NoteReply,
  NotesContentReply,
  NotesFromContent,
  NotesFromUi,
  NotesImportReply,
  NotesReply,
  NotesToContent,
  PageNotesChanged,
} from './notes';
import {
  AnalyzeReply,
  DatasetInfoReply,
  FocusClaimReply,
  Failure,
  MatchReply,
  PacksChangedReply,
  PageSummaryReply,
  UiToContent,
} from './replies';

/** `match`: a content script asks for its page's claims to be matched. */
export const MatchRequest = z.object({
  type: z.literal('match'),
  article: ArticleMeta,
  claims: z.array(PageClaim).check(z.maxLength(20000)),
});
/** @see MatchRequest */
export type MatchRequest = z.infer<typeof MatchRequest>;

/** The longest article text the background will analyze (about a million words). */
export const MAX_ARTICLE_CHARS = 8_000_000;

/**
 * `analyze`: a content script sends its article's text; the background extracts the
 * claims and matches them. Extraction runs in the worker, off the page's main thread,
 * and keeps the grammar out of the script injected into every article.
 */
export const AnalyzeRequest = z.object({
  type: z.literal('analyze'),
  article: ArticleMeta,
  text: z.string().check(z.maxLength(MAX_ARTICLE_CHARS)),
  /** The article's language as the page declares it (its `lang`: "ru", "uk-UA"); the text decides where absent. */
  lang: z.optional(z.string().check(z.maxLength(35))),
  /** A live blog's dated entries: each is read against its own date, not the page's. */
  sections: z.optional(
    z
      .array(
        z.object({
          start: z.int().check(z.nonnegative()),
          end: z.int().check(z.nonnegative()),
          published: z.string().check(z.minLength(4), z.maxLength(40)),
          /** The entry's own `lang`, where it differs from the page's. */
          lang: z.optional(z.string().check(z.maxLength(35))),
        }),
      )
      .check(z.maxLength(10000)),
  ),
});
/** @see AnalyzeRequest */
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

/** `dataset-info`: a UI page asks what the loaded dataset holds. */
export const DatasetInfoRequest = z.object({ type: z.literal('dataset-info') });

/** `packs-changed`: the options page imported or removed a dataset pack; the background reloads them. */
export const PacksChangedRequest = z.object({ type: z.literal('packs-changed') });

/** `settings-site`: a UI page turns Tally on or off for a site; the background stores it. */
export const SiteSettingRequest = z.object({
  type: z.literal('settings-site'),
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  on: z.boolean(),
});

/** `settings-display`: a UI page changes which statuses are highlighted and how. */
export const DisplaySettingRequest = z.object({
  type: z.literal('settings-display'),
  display: DisplaySettings,
});

/** Reply to `settings-site`: the site settings as stored. */
export const SiteSettingReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), sites: SiteSettings }),
  Failure,
]);
/** @see SiteSettingReply */
export type SiteSettingReply = z.infer<typeof SiteSettingReply>;

/** Reply to `settings-display`: the display settings as stored. */
export const DisplaySettingReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), display: DisplaySettings }),
  Failure,
]);
/** @see DisplaySettingReply */
export type DisplaySettingReply = z.infer<typeof DisplaySettingReply>;

const FROM_CONTENT = [AnalyzeRequest, MatchRequest, ...NotesFromContent] as const;
const FROM_UI = [
  DatasetInfoRequest,
  PacksChangedRequest,
  SiteSettingRequest,
  DisplaySettingRequest,
  ...NotesFromUi,
  ...MEMORY_FROM_UI,
] as const;

/** Messages a content script sends to the background. */
export const ContentToBackground = z.discriminatedUnion('type', [...FROM_CONTENT]);
/** @see ContentToBackground */
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Messages a UI page (popup, options, side panel) sends to the background. */
export const UiToBackground = z.discriminatedUnion('type', [...FROM_UI]);
/** @see UiToBackground */
export type UiToBackground = z.infer<typeof UiToBackground>;

/** Every message the background accepts, from either direction. */
export const BackgroundMessage = z.discriminatedUnion('type', [...FROM_CONTENT, ...FROM_UI]);
/** @see BackgroundMessage */
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** Who sends a message and who receives it. */
export type Direction =
  'content→background' | 'ui→background' | 'background→content' | 'background→ui' | 'ui→content';

/**
 * Every cross-context message, by direction, with the schema of its reply (null: none
 * expected). This table is the protocol; the unions above and the content script's
 * (`UiToContent`, `NotesToContent`, `PageNotesChanged`) must list the same messages, which
 * tests/unit/messaging/protocol.test.ts checks.
 *
 * - content→background: a page's own business. The background serves it only about the
 *   sender's page (its URL, as the browser reports it): a content script cannot list, change
 *   or delete notes of other pages, nor change settings.
 * - ui→background: the extension's own pages (popup, side panel, options); only they get
 *   the ledger and change settings.
 * - background→content and ui→content: sent to one tab, about that tab's page only.
 * - background→ui: broadcast with `runtime.sendMessage`, which reaches extension pages only.
 */
export const PROTOCOL = {
  analyze: { direction: 'content→background', reply: AnalyzeReply },
  match: { direction: 'content→background', reply: MatchReply },
  'notes-add': { direction: 'content→background', reply: NoteReply },
  'notes-add-selection': { direction: 'content→background', reply: NoteReply },
  'notes-page': { direction: 'content→background', reply: NotesReply },
  'notes-anchored': { direction: 'content→background', reply: NotesReply },
  'dataset-info': { direction: 'ui→background', reply: DatasetInfoReply },
  'packs-changed': { direction: 'ui→background', reply: PacksChangedReply },
  'settings-site': { direction: 'ui→background', reply: SiteSettingReply },
  'settings-display': { direction: 'ui→background', reply: DisplaySettingReply },
  'notes-list': { direction: 'ui→background', reply: NotesReply },
  'notes-update': { direction: 'ui→background', reply: NoteReply },
  'notes-delete': { direction: 'ui→background', reply: NotesReply },
  'notes-import': { direction: 'ui→background', reply: NotesImportReply },
  'memory-settings': { direction: 'ui→background', reply: MemorySettingsReply },
  'memory-stats': { direction: 'ui→background', reply: MemoryStatsReply },
  'memory-forget': { direction: 'ui→background', reply: MemoryForgetReply },
  'memory-pages': { direction: 'ui→background', reply: MemoryPagesReply },
  'memory-note': { direction: 'ui→background', reply: NoteReply },
  'note-selection': { direction: 'background→content', reply: NotesContentReply },
  'page-notes-changed': { direction: 'background→content', reply: null },
  'ledger-changed': { direction: 'background→ui', reply: null },
  'page-summary': { direction: 'ui→content', reply: PageSummaryReply },
  'focus-claim': { direction: 'ui→content', reply: FocusClaimReply },
  'note-focus': { direction: 'ui→content', reply: NotesContentReply },
} as const satisfies Record<string, { direction: Direction; reply: z.ZodMiniType | null }>;

/** The schemas of the messages a content script receives, for the protocol test. */
export const TO_CONTENT = [UiToContent, NotesToContent, PageNotesChanged] as const;

export * from './replies';
export * from './memory';
