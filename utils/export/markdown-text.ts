/**
 * Text from a page, a pack or the reader, made safe to put inside a line of Markdown
 * (CommonMark and GitHub's): it reads as the same text, never as a link, an image,
 * emphasis, code, an HTML tag, an entity, a heading, a quote or a list. Only what Markdown
 * would read as syntax is escaped, so the file stays readable as plain text.
 */

/** ASCII punctuation: what a backslash escapes in CommonMark. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const ALNUM = /[\p{L}\p{N}]/u;
/** `&amp;`, `&#60;`, `&#x3C;`: an entity a Markdown viewer would decode. */
const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;
/** The start of an entity at the end of the text: the text put after it could complete it. */
const UNFINISHED_ENTITY = /^&#?[A-Za-z\d]*$/;
/** What opens a block at the start of a line: a heading, a quote, a list item, a rule. */
const BLOCK_START = /^(?:#{1,6}(?: |$)|>|[-+=](?: |$|[-+=])|\d{1,9}[.)](?: |$))/;

/** Where the text goes: inside a line (the default), or a heading's text. */
export interface MarkdownTextOptions {
  /** A heading's text: `#` is escaped too (a trailing one would be dropped). */
  heading?: boolean;
}

/**
 * The text with runs of white space (line breaks included) made one space, trimmed, and
 * escaped where Markdown needs it. Safe at the start of a line as well as inside one.
 */
export function markdownText(text: string, options: MarkdownTextOptions = {}): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i]!;
    const next = flat[i + 1] ?? '';
    let escape = false;
    switch (ch) {
      case '\\':
        escape = next === '' || PUNCTUATION.test(next);
        break;
      case '*':
      case '`':
      case '[':
      case ']':
      case '<':
      case '~':
        escape = true;
        break;
      case '_':
        escape = !(ALNUM.test(flat[i - 1] ?? '') && ALNUM.test(next));
        break;
      case '&':
        escape = ENTITY.test(flat.slice(i, i + 40)) || UNFINISHED_ENTITY.test(flat.slice(i));
        break;
      case '#':
        escape = options.heading === true;
        break;
    }
    out += escape ? `\\${ch}` : ch;
  }
  const block = BLOCK_START.exec(out)?.[0];
  if (!block) return out;
  // Escape the marker's punctuation: a backslash before "#", ">", "-", or the "." of "1.".
  const at = /\d/.test(block[0]!) ? block.search(/[.)]/) : 0;
  return `${out.slice(0, at)}\\${out.slice(at)}`;
}

/** A Markdown link to `url` (already checked to be http(s)): spaces and brackets encoded. */
export function markdownLink(label: string, url: string): string {
  const safe = url.replace(
    /[()\s<>[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${markdownText(label)}](${safe})`;
}
