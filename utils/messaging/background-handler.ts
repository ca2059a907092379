import { fetchMessages } from '../i18n/load';
import { currentLanguage } from '../i18n/messages';
import { localiseMatches } from '../i18n/topic';
import type { SettingsWriter } from '../settings/settings-writer';
import {
  BackgroundMessage,
  PROTOCOL,
  type AnalyzeReply,
  type ArticleMeta,
  type ClaimMatch,
  type DatasetInfo,
  type DatasetInfoReply,
  type DisplaySettingReply,
  type MatchReply,
  type PacksChangedReply,
  type UiMessagesReply,
  type PageClaim,
  type SiteSettingReply,
} from '../schema';
import type { NoteReply, NotesImportReply, NotesReply, NotesRequest } from '../schema/notes';
import type { MemoryReply } from '../schema/memory';
import type { MemoryService } from '../memory/service';
import { noteDraftOf } from '../memory/note-draft';
import { analyzeArticle, type AnalyzeLimits } from './analyze-article';
import { describeError } from './describe-error';
import type { Sender } from './sender';

/** What the handler needs of a matcher (kept narrow so tests can pass their own). */
export interface MatcherLike {
  match(claims: PageClaim[], meta: ArticleMeta): ClaimMatch[];
  info(): DatasetInfo;
}

/** Any reply the background sends. */
export type BackgroundReply =
  | AnalyzeReply
  | MatchReply
  | DatasetInfoReply
  | PacksChangedReply
  | UiMessagesReply
  | SiteSettingReply
  | DisplaySettingReply
  | NoteReply
  | NotesReply
  | NotesImportReply
  | MemoryReply;

/** Answers the notes messages (see utils/notes `createNotesHandler`). */
export type NotesHandlerLike = (msg: NotesRequest, from: Sender) => Promise<BackgroundReply>;

/** What the background handler serves with. */
export interface BackgroundDeps {
  getMatcher(): Promise<MatcherLike>;
  notes?: NotesHandlerLike;
  settings?: SettingsWriter;
  /** The options page imported or removed a dataset pack: the matcher is loaded again. */
  onPacksChanged?(): void | Promise<void>;
  /** A tab's page was analysed (the toolbar badge shows its count of diverging figures). */
  onAnalyzed?(tabId: number, matches: readonly ClaimMatch[]): void;
  /** The reading memory: cross-references from pages read earlier, and the reader's controls. */
  memory?: Pick<MemoryService, 'recall' | 'handle' | 'figure'>;
  /** A page's figures were stored in the memory, or failed to be (tests wait on it). */
  onRemembered?(done: Promise<unknown>): void;
  /** The bench and tests pass smaller reading limits. */
  limits?: AnalyzeLimits;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Builds the background's message handler: validates every message with zod, checks its
 * sender may send it (see `PROTOCOL`: content scripts send only their page's business; the
 * ledger and the settings are served only to the extension's own pages), and answers
 * `{ok: true, …}` or `{ok: false, error}`. It never throws, so one bad message cannot stop
 * the worker serving the next.
 */
export function createBackgroundHandler(deps: BackgroundDeps) {
  return async (raw: unknown, from: Sender): Promise<BackgroundReply> => {
    const parsed = BackgroundMessage.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `invalid message: ${describeError(parsed.error)}` };
    const msg = parsed.data;
    const direction = PROTOCOL[msg.type].direction;
    if (from.kind === 'unknown' || (from.kind === 'content' && direction !== 'content→background'))
      return { ok: false, error: `${msg.type}: not served to this sender` };
    try {
      switch (msg.type) {
        case 'analyze': {
          let reply = await analyzeArticle(msg, deps.getMatcher, deps.limits);
          if (deps.memory && from.kind === 'content' && from.frameId === 0) {
            const where = { url: from.pageUrl, incognito: from.incognito === true };
            const got = await deps.memory.recall(msg, reply.claims, reply.matches, where);
            reply = { ...reply, matches: got.matches };
            const done = got.remembered.then((out) => {
              if (out && !out.ok) console.warn(`Tally: ${out.error}`);
            });
            deps.onRemembered?.(done);
          }
          if (from.kind === 'content' && from.frameId === 0) deps.onAnalyzed?.(from.tabId, reply.matches);
          // topics in the reader's language (the content script holds no metric texts)
          return { ...reply, matches: localiseMatches(reply.matches, currentLanguage()) };
        }
        case 'match':
          return {
            ok: true,
            matches: localiseMatches(
              (await deps.getMatcher()).match(msg.claims, msg.article),
              currentLanguage(),
            ),
          };
        case 'dataset-info':
          return { ok: true, info: (await deps.getMatcher()).info() };
        case 'packs-changed':
          await deps.onPacksChanged?.();
          return { ok: true };
        case 'ui-messages':
          return { ok: true, messages: Object.entries(await fetchMessages(msg.language)) };
        case 'settings-site':
          if (!deps.settings) return { ok: false, error: `${msg.type}: settings are not served here` };
          return { ok: true, sites: await deps.settings.site(msg.host, msg.on) };
        case 'settings-display':
          if (!deps.settings) return { ok: false, error: `${msg.type}: settings are not served here` };
          return { ok: true, display: await deps.settings.display(msg.display) };
        case 'memory-settings':
        case 'memory-stats':
        case 'memory-forget':
        case 'memory-pages':
          if (!deps.memory) return { ok: false, error: `${msg.type}: the memory is not served here` };
          return await deps.memory.handle(msg);
        case 'memory-note': {
          if (!deps.memory || !deps.notes) return { ok: false, error: `${msg.type}: not served here` };
          const figure = await deps.memory.figure(msg.url, msg.id);
          if (!figure) return { ok: false, error: `${msg.type}: that figure is no longer remembered` };
          return await deps.notes({ type: 'notes-add', draft: noteDraftOf(figure) }, from);
        }
        default:
          return deps.notes
            ? await deps.notes(msg, from)
            : { ok: false, error: `${msg.type}: notes are not served here` };
      }
    } catch (e) {
      return { ok: false, error: message(e) };
    }
  };
}
