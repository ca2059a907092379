import { extractSections } from '../extract';
import { fetchMessages } from '../i18n/load';
import { describeError } from './describe-error';
import {
  BackgroundMessage,
  type ClaimMatch,
  type DatasetInfo,
  type DatasetInfoReply,
  type AnalyzeReply,
  type MatchReply,
  type PacksChangedReply,
  type UiMessagesReply,
  type PageClaim,
  type ArticleMeta,
} from '../schema';
import type { NoteReply, NotesImportReply, NotesReply, NotesRequest } from '../schema/notes';

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
  | NoteReply
  | NotesReply
  | NotesImportReply;

/** Answers the notes messages (see utils/notes `createNotesHandler`). */
export type NotesHandlerLike = (msg: NotesRequest) => Promise<BackgroundReply>;

/**
 * Builds the background's message handler: validates every message with zod
 * and answers `{ok: true, …}` or `{ok: false, error}`; it never throws, so one
 * bad message cannot stop the worker serving the next. `onPacksChanged` is called when the
 * options page imported or removed a dataset pack (the background reloads its matcher).
 */
export function createBackgroundHandler(
  getMatcher: () => Promise<MatcherLike>,
  notes?: NotesHandlerLike,
  onPacksChanged?: () => void | Promise<void>,
) {
  return async (raw: unknown): Promise<BackgroundReply> => {
    const parsed = BackgroundMessage.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `invalid message: ${describeError(parsed.error)}` };
    try {
      const msg = parsed.data;
      switch (msg.type) {
        case 'analyze': {
          const claims = extractSections(msg.text, msg.article.published, msg.sections);
          return { ok: true, claims, matches: (await getMatcher()).match(claims, msg.article) };
        }
        case 'match':
          return { ok: true, matches: (await getMatcher()).match(msg.claims, msg.article) };
        case 'dataset-info':
          return { ok: true, info: (await getMatcher()).info() };
        case 'packs-changed':
          await onPacksChanged?.();
          return { ok: true };
        case 'ui-messages':
          return { ok: true, messages: Object.entries(await fetchMessages(msg.language)) };
        default:
          return notes ? await notes(msg) : { ok: false, error: `${msg.type}: notes are not served here` };
      }
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
