import { describe, expect, it } from 'vitest';
import { notesToAnnotations, type FigureBody } from '../../../utils/export';
import { makeClaim, makeMatch, makeNote, makeOther } from '../support/records';
import { OWN_RECORD } from './own-record';

const NOW = new Date(2026, 10, 25, 9, 30);
const ID = 'urn:uuid:00000000-0000-4000-8000-000000000000';

const itemOf = (note = makeNote()) => notesToAnnotations([note], NOW, ID).first.items[0]!;
const figureOf = (note = makeNote()) =>
  itemOf(note).body.find((b): b is FigureBody => b.type === 'tally:Figure')!;

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection with the annotation context first, Tally’s terms after it', () => {
    expect(notesToAnnotations([makeNote()], NOW, ID)).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { tally: 'urn:tally:terms:' }],
      id: ID,
      type: 'AnnotationCollection',
      label: 'Tally notes, exported 2026-11-25',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
  });

  it('targets the page with the TextQuoteSelector first, then the position, both in the body’s text', () => {
    const bodyText = {
      quote: {
        type: 'TextQuoteSelector' as const,
        exact: '145\n  drones',
        prefix: 'launched ',
        suffix: '\n  overnight',
      },
      position: { type: 'TextPositionSelector' as const, start: 1234, end: 1246 },
    };
    expect(itemOf(makeNote({ bodyText })).target).toEqual({
      source: 'https://news.example/a',
      selector: [bodyText.quote, bodyText.position],
    });
  });

  it('gives the article-text quote alone for a note taken before Tally recorded the body’s', () => {
    expect(itemOf().target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: '145 drones', prefix: 'launched ', suffix: ' overnight' },
    ]);
  });

  it('says what Tally knows of the figure as data: number, unit, what it counts, who, side, status, topic', () => {
    const note = makeNote({
      claim: makeClaim({ value: null, low: 40, high: 50, qualifier: '~', unit: 'km2', concept: 'area' }),
    });
    expect(figureOf(note)).toEqual({
      type: 'tally:Figure',
      purpose: 'identifying',
      'tally:text': '145 drones',
      'tally:low': 40,
      'tally:high': 50,
      'tally:qualifier': 'about',
      'tally:unit': 'km2',
      'tally:concept': 'area',
      'tally:speaker': "Ukraine's Air Force",
      'tally:claimant': 'ua-air-force',
      'tally:side': 'ukraine',
      'tally:status': 'diverges',
      'tally:topic': {
        id: 'urn:tally:topic:drones-18-19-mar',
        'tally:label': 'Drones launched at Ukraine, night of 18–19 March 2025',
      },
      'tally:others': [
        {
          'tally:speaker': 'Russian Ministry of Defence',
          'tally:claimant': 'ru-mod',
          'tally:side': 'russia',
          'tally:value': 41,
          'tally:qualifier': 'exact',
          'tally:source': 'https://example.org/ru-mod/1',
          'tally:origin': 'dataset',
        },
      ],
      'tally:related': [],
      'tally:manual': false,
    });
  });

  it('leaves out an unknown speaker and never lists the note’s own figure among the others', () => {
    const figure = figureOf(makeNote({ match: makeMatch({ others: [OWN_RECORD] }) }));
    expect(figure['tally:others']).toEqual([]);
    const unattributed = figureOf(
      makeNote({ claim: makeClaim({ speaker: null }), match: makeMatch({ claimant: null }) }),
    );
    expect(unattributed).not.toHaveProperty('tally:speaker');
    expect(unattributed).not.toHaveProperty('tally:side');
  });

  it('links a source only when it is http(s)', () => {
    const evil = makeOther({ source: { url: 'javascript:alert(1)', published: null, outlet: null } });
    const figure = figureOf(makeNote({ match: makeMatch({ others: [evil] }) }));
    expect(figure['tally:others'][0]).not.toHaveProperty('tally:source');
  });

  it('carries a sentence, the status as a classification, the comment and each tag as bodies', () => {
    const item = itemOf(
      makeNote({ id: '0B9F8C3E-5A44-4C1E-9A53-3C8F0F0D3A11', comment: 'check', tags: ['night'] }),
    );
    expect(item.id).toBe('urn:uuid:0b9f8c3e-5a44-4c1e-9a53-3c8f0f0d3a11');
    expect(item.motivation).toBe('commenting');
    expect(item.body.map((b) => [b.purpose, b.type === 'TextualBody' ? b.value : b.type])).toEqual([
      ['describing', "145 drones — Ukraine's Air Force (Ukraine): figures differ"],
      ['identifying', 'tally:Figure'],
      ['classifying', 'diverges'],
      ['commenting', 'check'],
      ['tagging', 'night'],
    ]);
    expect(itemOf().motivation).toBe('identifying');
  });
});
