/** One English word in singular form, roughly ("casualties" → "casualty", "servicemen" → "serviceman"). */
export function singular(w: string): string {
  if (w.length <= 3) return w;
  if (/men$/.test(w)) return w.replace(/men$/, 'man');
  if (/ies$/.test(w)) return w.replace(/ies$/, 'y');
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Lower-cased singular words of a text ("Ukraine’s 145 attack drones" → ukraine 145 attack drone). */
export function wordsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9²-]+/)
    .filter(Boolean)
    .map(singular);
}

/**
 * Whether a phrase's words occur in order in `words`, each a prefix of its text word (so
 * "iskander" finds "iskander-m") and at most one other word between two of them ("iskander
 * missile" finds "iskander-m ballistic missiles").
 */
export function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i < words.length; i++) {
    if (!fits(words[i] as string, phrase[0] as string)) continue;
    let at = i;
    let k = 1;
    for (; k < phrase.length; k++) {
      const p = phrase[k] as string;
      if (at + 1 < words.length && fits(words[at + 1] as string, p)) at += 1;
      else if (at + 2 < words.length && fits(words[at + 2] as string, p)) at += 2;
      else break;
    }
    if (k === phrase.length) return true;
  }
  return false;
}

/** Whether a text word is a phrase word or starts with it before "-" or "/" ("iskander-m"). */
function fits(w: string, p: string): boolean {
  if (w === p) return true;
  if (w.length <= p.length || !w.startsWith(p)) return false;
  const c = w.charCodeAt(p.length);
  return c === 45 || c === 47;
}

/** Normalises a name for lookup: lower case, straight apostrophes, single spaces, no leading "the". */
export function normName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
