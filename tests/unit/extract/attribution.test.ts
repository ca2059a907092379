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
    ['The harbour gazette reports:\n\n"Last year 24 percent of boats were late."', '24', 'harbour gazette'],
    [
      'The harbour gazette reports:\n\n"Last year 24 percent were late.\n\n"This year 31 percent were late."',
      '31',
      'harbour gazette',
    ],
    [
      'Ana Lis said: "We asked them: “Are the boats safe?” Forty-three, yes; nine, no."',
      'Forty-three',
      'Ana Lis',
    ],
    [
      '"We asked: “Are the boats safe?” Forty-three, yes."\n\n"That is the mood," said Ana Lis.',
      'Forty-three',
      'Ana Lis',
    ],
  ])('%j', (text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it('does not carry a speaker into a sentence with a subject of its own', () => {
    expect(speakerOf('The port office said 14 ships waited. Fishermen sold 6 boats.', '6')).toBeNull();
  });

  it('does not take a colon without a reporting verb for a quotation’s speaker', () => {
    expect(
      speakerOf('The gazette ran this on Monday:\n\n"Last year 24 percent were late."', '24'),
    ).toBeNull();
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
    [
      'The port office said the crane was fixed. It raised its forecast by 0.1 points to 4.2 percent.',
      '4.2',
      'port office',
    ],
    [
      'The Harbour Fund had warned of delays. But on Monday, it cut its forecast to 1.8 percent.',
      '1.8',
      'Harbour Fund',
    ],
    [
      'The Harbour Fund says it would cut revenue early, but would add $84 billion later.',
      '$84',
      'Harbour Fund',
    ],
    ['"Boats are 100 percent safe," said 2016 champion Ana Lis.', '100', 'Ana Lis'],
    ['"Boats are 100 percent safe," said 9/11 widow Ana Lis.', '100', 'Ana Lis'],
    [
      'The Harbour Center estimates that Mayor Ana Lis’s plan would cost $4.6 billion.',
      '$4.6',
      'Harbour Center',
    ],
    ['Mayor Ana Lis’s plan would cost $4.6 billion in its first years.', '$4.6', 'Ana Lis'],
    ['The mayor said the Harbour Fund’s forecast of 5.6% was too high.', '5.6', 'Harbour Fund'],
    ['According to a review by the Harbour Office, 40 ships were late.', '40', 'Harbour Office'],
    ['According to a 52-count complaint, the developers took $40 million.', '$40', '52-count complaint'],
  ])('%s', (text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it.each([
    [
      'The Harbour Fund met. The mayor said the country would declare its target. It raised its forecast to 3%.',
      '3%',
    ],
    ['Harbour traffic grew. It rose by 4 percent, its fastest pace in years.', '4 percent'],
  ])('does not take a place or a thing for "it": %j', (text, figure) => {
    expect(speakerOf(text, figure)).toBeNull();
  });

  it('limits "put the toll at" to its own figure', () => {
    const text = 'The office put the toll at 64 after the storm, which cut power to 3 million people.';
    expect(speakerOf(text, '64')).toContain('office');
    expect(speakerOf(text, '3 million')).toBeNull();
  });
});

describe('the content a cue governs', () => {
  it.each([
    // a cue's class: belief, intention or proposal, evidence
    ['The harbour board wants to dredge 14 berths by spring.', '14', 'harbour board'],
    ['Mayor Ana Lis is proposing a levy of 14 cents on each ticket.', '14', 'Ana Lis'],
    ['The union has called for a pay rise of 14% for dockers.', '14', 'union'],
    ['The port authority expects 14 ships to arrive on Monday.', '14', 'port authority'],
    ['A harbour survey released on Friday shows that 14% of berths are empty.', '14', 'harbour survey'],
    ['A 2021 study by the Coastline Institute found 14 wrecks in the bay.', '14', 'Coastline Institute'],
    ['The Harbour Gazette found that 14 ships were waiting.', '14', 'Harbour Gazette'],
    ['In the harbour poll, 14% of skippers backed the plan.', '14', 'harbour poll'],
    ['Under Ana Lis’s plan, dock fees would rise by 14%.', '14', 'Ana Lis'],
    ['Ana Lis’s plan would raise dock fees by 14%.', '14', 'Ana Lis'],
    ['Some 300 acres of marsh were lost, by one estimate.', '300', 'one estimate'],
    // a report that closes its clause covers what comes before it, and a clause the comma goes on with
    ['Tugs towed 14 barges, the port office said, while another 6 sank.', '6', 'port office'],
    ['The port office expects to see 14 ships on Monday.', '14', 'port office'],
    // a restrictive relative clause's cue covers the figure it describes
    ['Only 12 ships came, not the 14 ships that Ana Lis had promised to bring.', '14', 'Ana Lis'],
    // a cue verb before a noun-like cue word, and a source of evidence that closes its sentence
    ['Tomas Rek announced plans on Monday to spend $14 million on the docks.', '14', 'Tomas Rek'],
    [
      'Dock fees hit $14 million in May, a Gazette analysis of the port’s filings shows.',
      '14',
      'Gazette analysis',
    ],
    ['Harbour Watch rated 14% of Red claims as false.', '14', 'Harbour Watch'],
    ['Another slide shows that 14 of 20 berths are empty.', '14', 'slide'],
    ['Ana Lis confirmed the figure, writing on Telegram that 14 ships had docked.', '14', 'Ana Lis'],
    ['Tugs towed 14 barges, the port office said on Tuesday in a statement.', '14', 'port office'],
    ['The fees were raised by 14%, the board said in a June report.', '14', 'board'],
  ])('%s', (text, figure, speaker) => {
    expect(speakerOf(text, figure)).toContain(speaker);
  });

  it.each([
    // figures before a report that governs what follows it
    ['Speaking to 2,000 dockers, Mayor Ana Lis said the port would stay open.', '2,000'],
    ['Two years later, the port office said the fees were too high.', 'Two years'],
    // a clause of the outlet's own after a report
    ['Mayor Ana Lis said, as 2,000 dockers cheered, that the port would stay open.', '2,000'],
    ['Surveys showed the harbour was busy, but the port still shut 14 berths that week.', '14'],
    ['“We are ready,” said Ana Lis, who has run the port for 14 years.', '14'],
    ['The union took a 14% stake in the dock, which the mayor says she wants to keep.', '14'],
    // a cue in dashes or brackets governs only what they enclose
    ['A bold - some say reckless - pledge to cut fees by 14% was made.', '14'],
    // a report naming a figure given before ("cited the figure") covers no new one
    ['Ana Lis cited the figure at a forum watched by 14,000 people.', '14,000'],
    // "its target" late in a sentence owns no figure before it
    ['The plan lowers fees by 14% by 2030, with each port setting its own target.', '14'],
    // a possessor whose noun is talked about, not giving figures
    ['Ana Lis’s proposals do nothing about the fee, which, at 14%, is the highest.', '14'],
    // a noun that only looks like a reporting verb
    ['Harbour towns are 14% Polish, and in coastal states, the share is higher.', '14'],
  ])('leaves the outlet’s figure unattributed: %s', (text, figure) => {
    expect(speakerOf(text, figure)).toBeNull();
  });

  it('keeps a relative clause inside the report it sits in', () => {
    const text = 'The Harbour Fund said the port backlog, which stood at 3.2% of berths, could fall to 2.9%.';
    expect(speakerOf(text, '3.2')).toBe('Harbour Fund');
    expect(speakerOf(text, '2.9')).toBe('Harbour Fund');
  });

  it('gives a figure inside two reports to the innermost one', () => {
    const text = 'The port office said the pilots claimed 14 ships were waiting.';
    expect(speakerOf(text, '14')).toBe('pilots');
  });

  it('gives a figure a reduced relative describes to its agent, not to the clause around it', () => {
    const text = 'Harbour Watch’s figure included 37 wrecks, more than the 16 wrecks reported by the navy.';
    expect(speakerOf(text, '37')).toBe('Harbour Watch');
    expect(speakerOf(text, '16')).toBe('navy');
  });
});
