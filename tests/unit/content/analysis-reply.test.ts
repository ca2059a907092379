import { describe, expect, it } from 'vitest';
import { analyzeReplySteps } from '../../../entrypoints/news.content/analysis-reply';
import { runToEnd } from '../../../utils/article';
import { unmatchedMatch } from '../../../utils/schema/match';
import { AnalyzeReply } from '../../../utils/schema/replies';
import { makeClaim } from '../support/records';

const claim = (i: number) => makeClaim({ id: `c${i}`, start: i * 10, end: i * 10 + 3 });

const reply = (n: number) => ({
  ok: true,
  claims: Array.from({ length: n }, (_, i) => claim(i)),
  matches: Array.from({ length: n }, (_, i) => unmatchedMatch(`c${i}`)),
  read: { words: 10 * n, total: 10 * n },
});

describe('the analysis reply, checked in steps', () => {
  it.each([
    ['a valid reply of 500 figures', reply(500)],
    ['a failure', { ok: false, error: 'no matcher' }],
    [
      'a claim with a bad value',
      { ...reply(3), claims: [claim(0), { ...claim(1), value: 'many' }, claim(2)] },
    ],
    ['a match of no known status', { ...reply(2), matches: [unmatchedMatch('c0'), { claimId: 'c1' }] }],
    ['no read extent', { ok: true, claims: [], matches: [] }],
    ['not an object', 'hello'],
  ])('accepts and rejects %s as the whole schema does', (_name, raw) => {
    const whole = AnalyzeReply.safeParse(raw);
    const stepped = runToEnd(analyzeReplySteps(raw, () => false));
    if (whole.success) expect(stepped).toEqual(whole.data);
    else expect(stepped).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid reply: /) });
  });

  it('pauses between items of a long reply when asked', () => {
    const steps = analyzeReplySteps(reply(500), () => true);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThan(10);
  });
});
