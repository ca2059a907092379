import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';

/** The speaker of the figure written as `figure` in `text`. */
const speakerOf = (text: string, figure: string, nth = 0) => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(figure, at + 1);
  const c = extractClaims(text).find((x) => x.start <= at && at < x.end);
  expect(c, `a claim at ${figure}`).toBeDefined();
  return c!.speaker;
};

describe('who asserts a figure', () => {
  it.each([
    ['The port authority said 14 ships were waiting.', '14', 'port authority'],
    ['Fourteen ships were waiting, the port authority said.', 'Fourteen', 'port authority'],
    ['Fourteen ships were waiting, said harbour master Ana Lis.', 'Fourteen', 'Ana Lis'],
    ['According to the harbour office, 14 ships were waiting.', '14', 'harbour office'],
    ['Fourteen ships were waiting, according to the harbour office.', 'Fourteen', 'harbour office'],
    ['Mayor Tomas Rek told reporters that 14 ships were waiting.', '14', 'Tomas Rek'],
    ['Mayor Tomas Rek wrote on Telegram that 14 ships were waiting.', '14', 'Tomas Rek'],
    ['The coast guard on Monday claimed 14 ships were waiting.', '14', 'coast guard'],
    ['Norway’s Coastal Administration said 14 ships were waiting.', '14', 'Norway’s Coastal Administration'],
    ['The Ministry of Transport estimated that 14 ships were waiting.', '14', 'Ministry of Transport'],
    ['Tomas Rek, the harbour master, said 14 ships were waiting.', '14', 'Tomas Rek'],
    ['Port data show 14 ships were waiting.', '14', 'Port data'],
  ])('%s', (text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it.each([
    ['Storms sank 4 barges on the river.', '4'],
    ['The company, which employs 300 dockers, denied the claim.', '300'],
  ])('leaves figures in the outlet’s own voice unattributed: %s', (text, figure) => {
    expect(speakerOf(text, figure)).toBeNull();
  });

  it('gives a quotation’s figures to the quotation’s speaker, not to a verb inside it', () => {
    const text =
      '“When the minister said the port was calm, 14 ships were waiting,” harbour master Ana Lis said.';
    expect(speakerOf(text, '14')).toContain('Ana Lis');
  });

  it('follows a quotation across sentences to its attribution', () => {
    const text = '“The wind was strong. We counted 14 ships,” harbour master Ana Lis said on Monday.';
    expect(speakerOf(text, '14')).toContain('Ana Lis');
  });

  it('takes a quotation introduced by a colon', () => {
    expect(speakerOf('Ana Lis told the radio: “We counted 14 ships.”', '14')).toContain('Ana Lis');
  });

  it('resolves "he" to the person named before', () => {
    const text = 'Harbour master Ana Lis spoke to reporters on Monday. “We counted 14 ships,” she said.';
    expect(speakerOf(text, '14')).toContain('Ana Lis');
  });

  it('resolves a short reference ("the ministry") to the full name given earlier', () => {
    const text =
      'The Transport Ministry said 9 ferries were cancelled. Another 5 were delayed, the ministry added.';
    expect(speakerOf(text, '5')).toBe('Transport Ministry');
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = 'Port chief Ana Lis said 9 ferries were cancelled. Lis said 5 more were delayed.';
    expect(speakerOf(text, '5')).toContain('Ana Lis');
  });

  it('continues a speaker into a participle clause ("…, adding that …")', () => {
    const text = 'The ministry said 9 ferries were cancelled, adding that 5 were delayed.';
    expect(speakerOf(text, '5')).toContain('ministry');
  });

  it('credits a figure to a body that publishes its own forecast', () => {
    const text = 'The central bank raised its forecast for inflation to 6.5%.';
    expect(speakerOf(text, '6.5')).toBe('central bank');
  });
});

describe('who asserts a figure: appositions and roles', () => {
  it.each([
    ['The mayor of the port town, Ana Lis, said 14 ships were waiting.', 'Ana Lis'],
    ['PortWatch, a shipping tracker run by volunteers, counted 14 ships waiting.', 'PortWatch'],
    ['A pilot working in the harbour, who asked not to be named, said 14 ships were waiting.', 'A pilot'],
    [
      'The coast guard said 9 ferries were cancelled, while the port authority reported 14 ships waiting.',
      'port authority',
    ],
  ])('%s', (text, speaker) => {
    const at = text.indexOf('14');
    const c = extractClaims(text).find((x) => x.start <= at && at < x.end);
    expect(c?.speaker).toContain(speaker);
  });

  it('does not give a figure inside the subject to the subject ("The company, which employs 300 dockers, said")', () => {
    const c = extractClaims('The company, which employs 300 dockers, said the strike was over.')[0];
    expect(c?.speaker).toBeNull();
  });
});

describe('who asserts a figure: documents', () => {
  it('gives "the report" to the body that reported just before', () => {
    const text =
      'The border service said 40 lorries crossed on Monday. According to the report, 12 were turned back.';
    const c = extractClaims(text).find((x) => x.value === 12);
    expect(c?.speaker).toBe('border service');
  });
});

describe('who asserts a figure: passives and quoted sources', () => {
  it.each([
    ['At least 8 boats sank, as reported by the harbour radio.', 'harbour radio'],
    ['The wire service quoted Ana Lis as saying that 8 boats sank.', 'Ana Lis'],
    ['A loss of 8 boats was confirmed by the port authority.', 'port authority'],
  ])('%s', (text, speaker) => {
    expect(extractClaims(text)[0]?.speaker).toContain(speaker);
  });
});

describe('single quotation marks', () => {
  it.each([
    ["'When the mayor said the port was calm, 14 ships were waiting,' harbour master Ana Lis said."],
    ['‘When the mayor said the port was calm, 14 ships were waiting,’ harbour master Ana Lis said.'],
  ])('gives the figure to the quotation’s speaker: %s', (text) => {
    expect(extractClaims(text)[0]?.speaker).toContain('Ana Lis');
  });

  it('does not take a possessive apostrophe for a quotation', () => {
    expect(extractClaims("The pilots' union said 14 ships were waiting.")[0]?.speaker).toContain('union');
  });
});

describe('quotations and long names', () => {
  it('continues a speaker into the next quotation of the same paragraph', () => {
    const text = '“We counted 14 ships,” Ana Lis said. “We also saw 3 tankers.”';
    expect(extractClaims(text).map((c) => c.speaker)).toEqual(['Ana Lis', 'Ana Lis']);
  });

  it.each([
    ['The Institute for the Study of Shipping said 14 ships were waiting.'],
    ['14 ships were waiting, according to the Institute for the Study of Shipping.'],
  ])('keeps "for the" inside a name: %s', (text) => {
    expect(extractClaims(text)[0]?.speaker).toBe('Institute for the Study of Shipping');
  });
});

describe('numbers inside a speaker’s name', () => {
  it('are not claims ("two port officials told reporters")', () => {
    const claims = extractClaims('About 14 ships were waiting, two port officials told reporters.');
    expect(claims.map((c) => [c.value, c.speaker])).toEqual([[14, 'two port officials']]);
  });
});

describe('"it said" within one sentence', () => {
  it('takes the sentence’s own subject', () => {
    const text =
      'The port authority said 9 ferries were cancelled. The central bank kept its rate at 21%, it said on Friday.';
    expect(extractClaims(text).find((c) => c.value === 21)?.speaker).toBe('central bank');
  });

  it('does not take a plural subject for "it"', () => {
    const text = 'The port authority said 9 ferries were cancelled. Tugs towed 4 of them, it said.';
    expect(extractClaims(text).find((c) => c.value === 4)?.speaker).toBe('port authority');
  });
});

describe('names with abbreviations and bodies that look like people', () => {
  it('reads a name ending in a bracketed abbreviation', () => {
    const c = extractClaims('About 14 ships were waiting, the maritime office (IMO) said.')[0];
    expect(c?.speaker).toContain('IMO');
  });

  it('takes "it" for a body named like a person ("World Food Programme")', () => {
    const text =
      'The World Food Programme said stocks were low. It estimated that 2,000 families needed help.';
    expect(extractClaims(text)[0]?.speaker).toBe('World Food Programme');
  });
});

describe('"according to him"', () => {
  it('resolves the pronoun to the person named before', () => {
    const text = 'Harbour master Ana Lis spoke on Monday. According to her, 14 ships were waiting.';
    expect(extractClaims(text)[0]?.speaker).toContain('Ana Lis');
  });
});

describe('two speakers in one sentence', () => {
  it('does not let a later reporting verb with its own figures take an earlier figure', () => {
    const claims = extractClaims(
      'While the port put the number at 14, the navy said only 9 ships were waiting.',
    );
    expect(claims.map((c) => [c.value, c.speaker])).toEqual([
      [14, 'port'],
      [9, 'navy'],
    ]);
  });
});

describe('reporting cues and sources of evidence', () => {
  it.each([
    ['The harbour office placed the number of waiting ships at 14.', '14', 'harbour office'],
    ['The port authority put the toll at 14 on Monday.', '14', 'port authority'],
    ['Mayor Ana Lis boasted that 14 ships were waiting.', '14', 'Ana Lis'],
    ['Mayor Ana Lis recalled that 14 ships had waited.', '14', 'Ana Lis'],
    ['A harbour official informed reporters that 14 ships were waiting.', '14', 'harbour official'],
    ['A Coastline Institute survey found 14 ships were waiting.', '14', 'Coastline Institute survey'],
    ['Harbour Watch’s figure included 14 ships.', '14', 'Harbour Watch'],
    ['The port office’s estimate of 14 ships was low.', '14', 'port office'],
  ])('%s', (text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it.each([
    ['The crew put in $14 for fuel.', '14'],
    ['The crew found 14 barrels on the beach.', '14'],
    ['Growth reached 14% in the quarter.', '14'],
    ['The data show 14 ships were waiting.', '14'],
    ['Results suggest 14 ships were waiting.', '14'],
    ['Though the fleet had 14 ships, one study found the port half empty.', '14'],
  ])('gives no speaker: %s', (text, figure) => {
    expect(speakerOf(text, figure)).toBeNull();
  });
});

describe('figures in the speaker’s own phrase', () => {
  it('are not claims in an appositive after an inverted speaker (", said Ana Lis, 24, a student")', () => {
    const claims = extractClaims('“We counted 14 ships,” said Ana Lis, 24, a student.');
    expect(claims.map((c) => [c.value, c.speaker])).toEqual([[14, 'Ana Lis']]);
  });

  it('are not claims inside an inverted speaker’s name ("said one port source")', () => {
    const claims = extractClaims('About 14 ships were waiting, said one port source.');
    expect(claims.map((c) => c.value)).toEqual([14]);
  });

  it('are the outlet’s in a relative clause after the speaker', () => {
    const claims = extractClaims('“We need money,” said Ana Lis, who has four children.');
    expect(claims.find((c) => c.value === 4)?.speaker ?? null).toBeNull();
  });
});

describe('carry-over, transcripts and long quotations', () => {
  it.each([
    ['According to the port office, 14 ships waited. Six were turned away.', 'Six', 'port office'],
    ['The port office said 14 ships waited. Another 6 were turned away.', '6', 'port office'],
    ['LIS: We counted 14 ships on Monday.', '14', 'LIS'],
    ['“We counted 14 ships.\n\n“Six more came later,” harbour master Ana Lis said.', '14', 'Ana Lis'],
    ["The office wrote: ''14 ships were waiting.''", '14', 'office'],
  ])('%j', (text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it('does not carry a speaker into a sentence with a subject of its own', () => {
    expect(speakerOf('The port office said 14 ships waited. Fishermen sold 6 boats.', '6')).toBeNull();
  });

  it('does not carry a speaker across paragraphs', () => {
    expect(speakerOf('The port office said 14 ships waited.\n\nSix were turned away.', 'Six')).toBeNull();
  });
});

describe('owners of figures and back-references', () => {
  it.each([
    ['In contrast, the government has set a growth target of 7.5%.', '7.5', 'government'],
    [
      'The Harbour Fund said trade would grow. In its outlook, the lender also expected 6% growth.',
      '6',
      'Harbour Fund',
    ],
  ])('%s', (text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it('limits "put the toll at" to its own figure', () => {
    const text = 'The office put the toll at 64 after the storm, which cut power to 3 million people.';
    expect(speakerOf(text, '64')).toContain('office');
    expect(speakerOf(text, '3 million')).toBeNull();
  });
});
