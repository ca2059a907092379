import { describe, expect, it } from 'vitest';
import { planReading } from '../../../utils/messaging';

/** `n` words "w1 w2 …", in lines of `perLine` words. */
function words(n: number, perLine = 10): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) out.push(`w${i}${i % perLine === 0 ? '\n' : ' '}`);
  return out.join('').trimEnd();
}

describe('planning what the background reads of an article', () => {
  it.each([
    ['an empty text', '', 0],
    ['spaces only', ' \n\t\u00a0 ', 0],
    ['words around no-break and wide spaces', 'one\u00a0two\u2003three\u3000four', 4],
    ['Cyrillic words', 'Повітряні сили заявили про 145 дронів.', 6],
  ])('counts the words of %s', (_name, text, count) => {
    expect(planReading(text)).toMatchObject({ words: count, total: count, end: text.length });
  });

  it('reads all of a text within the limit, in one piece', () => {
    const text = words(500);
    expect(planReading(text, 1000, 5000)).toEqual({
      end: text.length,
      words: 500,
      total: 500,
      chunks: [{ start: 0, end: text.length }],
    });
  });

  it('stops at the limit at the last line break before it, and counts the rest', () => {
    const text = words(1000);
    const plan = planReading(text, 95, 5000);
    expect([plan.words, plan.total, text.slice(0, plan.end).split(/\s+/).length]).toEqual([90, 1000, 90]);
    expect(text.slice(plan.end - 3, plan.end)).toBe('w90');
  });

  it('stops at a sentence end when no line break is near, else at a word', () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `Sentence ${i} has five words.`).join(' ');
    const atSentence = planReading(sentences, 52, 5000);
    expect([atSentence.words, sentences.slice(0, atSentence.end).endsWith('words.')]).toEqual([50, true]);
    const noStops = words(300, 1000);
    expect(planReading(noStops, 52, 5000).words).toBe(52);
  });

  it('cuts what it reads into pieces at line breaks, covering the text read without gaps', () => {
    const text = words(1000);
    const plan = planReading(text, 10_000, 100);
    expect(plan.chunks.length).toBeGreaterThan(8);
    expect(plan.chunks[0]!.start).toBe(0);
    expect(plan.chunks.at(-1)!.end).toBe(text.length);
    for (const [i, c] of plan.chunks.entries()) {
      if (i > 0) expect(c.start).toBe(plan.chunks[i - 1]!.end);
      if (i < plan.chunks.length - 1) expect(text[c.end - 1]).toBe('\n');
    }
  });

  it('cuts a piece at a word when it has no line break for twice the piece size', () => {
    const plan = planReading(words(1000, 100_000), 10_000, 100);
    expect(plan.chunks.length).toBeGreaterThan(4);
    expect(plan.chunks.every((c, i) => i === 0 || c.start === plan.chunks[i - 1]!.end)).toBe(true);
  });
});
