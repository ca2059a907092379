import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { genderOf } from '../../../utils/extract/attribution/speaker-memory';

/** The speaker of the figure written as `figure` in `text`. */
const speakerOf = (text: string, figure: string) => {
  const at = text.indexOf(figure);
  const c = extractClaims(text).find((x) => x.start <= at && at < x.end);
  expect(c, `a claim at ${figure}`).toBeDefined();
  return c!.speaker;
};

describe('pronouns respect the gender the text shows', () => {
  it.each([
    [
      'a woman named before a man',
      'Port chief Marta Holm said 9 ferries were cancelled. Union leader Piotr Wasik said 40 crews were idle. “We expect 12 more by Friday,” she said.',
      '12',
      'Marta Holm',
    ],
    [
      'a man named before a woman',
      'Union leader Piotr Wasik said 40 crews were idle. Port chief Marta Holm said 9 ferries were cancelled. He said 12 more crews would join.',
      '12',
      'Piotr Wasik',
    ],
    [
      'a title (Mrs.)',
      'Mrs. Holm has backed the port plan. Economist Jonas Berg said 9 ferries were late. She said 12 berths would open.',
      '12',
      'Holm',
    ],
    [
      'a gendered role noun',
      'A harbour spokeswoman, Ingrid Lunde, said 9 ferries were late. Pilot Jonas Berg said 40 crews were idle. “At least 12 ships are waiting,” she said.',
      '12',
      'Ingrid Lunde',
    ],
    [
      'a person only mentioned, when no speaker fits',
      'Union leader Piotr Wasik said 40 crews were idle. The strike was backed by his sister Marta Wasik. She said 12 more crews would join.',
      '12',
      'Marta Wasik',
    ],
  ])('%s', (_case, text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it('an unknown gender still fits either pronoun', () => {
    const text = 'Port chief Oyelaran Tesfaye said 9 ferries were cancelled. “We expect 12 more,” she said.';
    expect(speakerOf(text, '12')).toContain('Oyelaran Tesfaye');
  });
});

describe('a role names the person the article named with it', () => {
  it.each([
    [
      'a former president named in passing',
      'Former President Jonas Berg toured the harbour on Monday. The former president said 14 ships were waiting.',
      '14',
      'Jonas Berg',
    ],
    [
      'a spokesman named with his role before',
      'Port spokesman Piotr Wasik declined to comment at first. Later the spokesman said 14 ships were waiting.',
      '14',
      'Piotr Wasik',
    ],
    [
      'a minister named among others',
      'Transport Minister Ingrid Lunde met Mayor Jonas Berg in the port. The minister said 14 ships were waiting.',
      '14',
      'Ingrid Lunde',
    ],
    [
      'a surname after a passing mention with a title',
      'Sen. Marta Holm visited the docks on Monday. Holm said 14 ships were waiting.',
      '14',
      'Marta Holm',
    ],
  ])('%s', (_case, text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it('a headline in title case names no one', () => {
    const text = 'Holm Goes After Berg Over Port Delays.\n\n“We counted 14 ships,” she said.';
    expect(speakerOf(text, '14')).toBeNull();
  });
});

describe('genderOf', () => {
  it.each([
    [['marta', 'holm'], 'female'],
    [['jonas', 'berg'], 'male'],
    [['mrs', 'holm'], 'female'],
    [['mr', 'berg'], 'male'],
    [['clinton', 'campaign', 'spokesman', 'jonas', 'berg'], 'male'],
    [['port', 'spokeswoman', 'lunde'], 'female'],
    [['tesfaye'], null],
  ] as const)('%j → %s', (words, gender) => {
    expect(genderOf(words)).toBe(gender);
  });
});
