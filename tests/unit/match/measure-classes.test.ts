import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { thingMeasure } from '../../../utils/extract/frame-measure';

/** The frame of the claim whose text starts with `figure`. */
function frameOf(sentence: string, figure: string) {
  const c = extractClaims(sentence, { published: '2026-03-18' }).find((x) => x.text.startsWith(figure));
  expect(c, `${figure} in "${sentence}"`).toBeDefined();
  return c!.frame;
}

describe('measure classes: what a strike did, read with what it counts', () => {
  it.each([
    // things launched at a target and destroyed in flight are shot down, whatever the verb
    ['Air defences destroyed 40 drones overnight, the air force said.', '40', 'shot down'],
    ['The army said 12 cruise missiles were destroyed over the sea.', '12', 'shot down'],
    ['The air force said 31 drones were shot down before dawn.', '31', 'shot down'],
    ['Crews intercepted 9 missiles over the capital on Tuesday.', '9', 'shot down'],
    ['The command said it had neutralised 25 attack drones.', '25', 'shot down'],
    // buildings, armour and aircraft are destroyed, not shot down
    ['Officials said 230 homes were destroyed by the flood.', '230', 'destroyed'],
    ['The ministry said its forces destroyed 14 tanks near the river.', '14', 'destroyed'],
    ['Two bridges were destroyed in the shelling, the governor said.', 'Two', 'destroyed'],
    ['The general staff said 3 aircraft were destroyed at the airfield.', '3', 'destroyed'],
    ['Rescuers said 60 houses were razed in the storm.', '60', 'destroyed'],
    // the classes that were right stay as they were
    ['The governor said 8 people were killed in the strike.', '8', 'killed'],
    ['The air force said Russia launched 145 drones overnight.', '145', 'launched'],
  ])('%s → %s is "%s"', (sentence, figure, measure) => {
    expect(frameOf(sentence, figure).measure).toBe(measure);
  });

  it.each([
    ['destroyed', 'drones', 'shot down'],
    ['destroyed', 'Kh-101s', 'shot down'],
    ['destroyed', 'homes', 'destroyed'],
    ['destroyed', 'helicopters', 'destroyed'],
    ['destroyed', null, 'destroyed'],
    ['launched', 'drones', 'launched'],
    ['shot down', 'drones', 'shot down'],
    [null, 'drones', null],
  ])('thingMeasure(%s, %s) is %s', (measure, head, expected) => {
    expect(thingMeasure(measure, head)).toBe(expected);
  });

  it('a building destroyed never meets the drones shot down on the same page', () => {
    const claims = extractClaims(
      'The air force said 230 drones were shot down overnight. Officials said 230 homes were destroyed overnight.',
      { published: '2026-03-18' },
    );
    expect(claims.map((c) => c.frame.measure)).toEqual(['shot down', 'destroyed']);
  });
});
