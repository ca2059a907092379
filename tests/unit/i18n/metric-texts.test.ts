import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_TEXTS, metricText } from '../../../utils/i18n/topic';

/** The bundled registry's metrics (the English the texts translate). */
const registry = JSON.parse(readFileSync('public/data/registry.json', 'utf8')) as {
  metrics: { id: string; label: string; definition: string | null }[];
};
const ids = registry.metrics.map((m) => m.id);

describe('metric texts in Ukrainian and Russian', () => {
  it('covers every metric of the bundled registry, and no other', () => {
    expect(ids.length).toBeGreaterThan(80);
    expect(Object.keys(METRIC_TEXTS).sort()).toEqual([...ids].sort());
  });

  it.each(ids.flatMap((id) => (['uk', 'ru'] as const).map((language) => [id, language] as const)))(
    '%s has a %s label and definition in its own script',
    (id, language) => {
      const text = metricText(id, language);
      expect(text).not.toBeNull();
      for (const part of [text?.label ?? '', text?.definition ?? '']) {
        expect(part.trim()).not.toBe('');
        expect(part).toMatch(/[а-яіїєґё]/i);
        // no English words left untranslated (names of weapons and Oryx excepted)
        expect(part.replace(/Oryx|MRAP|KN-23/g, '')).not.toMatch(/\b[a-z]{3,}\b/i);
      }
      // Ukrainian and Russian letters kept apart
      if (language === 'uk') expect(text?.label).not.toMatch(/[ёыэъ]/i);
      else expect(text?.label).not.toMatch(/[іїєґ]/i);
    },
  );

  it('gives no text for a metric it does not know (a pack’s own keeps its English)', () => {
    expect(metricText('pack.own-metric', 'ru')).toBeNull();
  });
});
