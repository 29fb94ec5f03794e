import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { createI18n, directionOf } from '../../../src/i18n';

function keys(obj: unknown, prefix = ''): string[] {
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('locales', () => {
  const reference = keys(LOCALES.en).sort();
  for (const [lang, res] of Object.entries(LOCALES)) {
    it(`${lang} has exactly the reference keys and no empty strings`, () => {
      expect(keys(res).sort()).toEqual(reference);
      for (const k of keys(res)) {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], res);
        expect(typeof v === 'string' && v.trim().length > 0, `${lang}.${k}`).toBe(true);
      }
    });
  }
  it('translates and falls back to English', () => {
    expect(createI18n('es').t('category.aggression')).toBe('Agresión');
    expect(createI18n('xx-YY').t('category.aggression')).toBe('Aggression');
    expect(directionOf('ar')).toBe('rtl');
  });
});
