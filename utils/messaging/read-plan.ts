/** The most words of one article the background reads; the rest is left, and the reader told. */
export const MAX_WORDS = 100_000;
/** About this many words are extracted between two yields to the worker's other messages. */
export const CHUNK_WORDS = 2_000;

/** What to read of an article, and in which pieces. */
export interface ReadPlan {
  /** The text read is `text.slice(0, end)`. */
  end: number;
  /** Words in the text read, and in the whole text. */
  words: number;
  total: number;
  /** Consecutive pieces covering `[0, end)`, each cut at a line break where one is near. */
  chunks: { start: number; end: number }[];
}

/** White space as the word count sees it (ASCII, no-break and the Unicode spaces). */
function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Plans the reading of `text` in one pass: counts its words (runs of non-space), stops
 * after `maxWords` (at the last line break or sentence end in the last tenth of them when
 * there is one, so the text read ends cleanly), and cuts what is read into pieces of about
 * `chunkWords` words at line breaks (a piece with no line break for twice that is cut at a word).
 */
export function planReading(text: string, maxWords = MAX_WORDS, chunkWords = CHUNK_WORDS): ReadPlan {
  const chunks: { start: number; end: number }[] = [];
  let words = 0;
  let inWord = false;
  let end = text.length;
  let capped = false;
  let wordsAtEnd = 0;
  let chunkStart = 0;
  let chunkWordsSoFar = 0;
  // Clean places to stop: the last line break and the last sentence end seen, with the words before them.
  let lastBreak = -1;
  let wordsAtBreak = 0;
  let lastSentence = -1;
  let wordsAtSentence = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (inWord) {
        inWord = false;
        const prev = text.charCodeAt(i - 1);
        if (prev === 46 || prev === 33 || prev === 63) {
          lastSentence = i;
          wordsAtSentence = words;
        }
      }
      if (code === 10) {
        lastBreak = i;
        wordsAtBreak = words;
        if (!capped && chunkWordsSoFar >= chunkWords) {
          chunks.push({ start: chunkStart, end: i + 1 });
          chunkStart = i + 1;
          chunkWordsSoFar = 0;
        }
      }
      continue;
    }
    if (inWord) continue;
    inWord = true;
    words++;
    if (capped) continue;
    if (words > maxWords) {
      // Word number maxWords + 1 starts here: stop before it, at a clean place when one is near.
      capped = true;
      const near = maxWords - Math.floor(maxWords / 10);
      if (lastBreak >= chunkStart && wordsAtBreak >= near) {
        end = lastBreak;
        wordsAtEnd = wordsAtBreak;
      } else if (lastSentence >= chunkStart && wordsAtSentence >= near) {
        end = lastSentence;
        wordsAtEnd = wordsAtSentence;
      } else {
        end = i;
        wordsAtEnd = maxWords;
      }
      continue;
    }
    chunkWordsSoFar++;
    if (chunkWordsSoFar > 2 * chunkWords) {
      chunks.push({ start: chunkStart, end: i });
      chunkStart = i;
      chunkWordsSoFar = 1;
    }
  }
  if (!capped) wordsAtEnd = words;
  if (end > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, end });
  return { end, words: wordsAtEnd, total: words, chunks };
}
