import { describe, expect, it } from 'vitest';
import { PHRASEBOOK_FILES, builtinPhrasebook } from '../../../src/phrasebook/builtin';
import { parsePhrasebook, REPLY_CATEGORIES, TONES, CONTEXTS, MAX_REPLY_LENGTH, DataError } from '../../../src/phrasebook/schema';
import { LANGUAGES } from '../../../src/classifier/types';
import { fillVariables } from '../../../src/phrasebook/variables';

describe('phrasebook files', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: schema, coverage of every category × context × tone, no duplicates, chat-sized`, () => {
      const file = parsePhrasebook(`phrasebook/${lang}.json`, PHRASEBOOK_FILES[lang]);
      expect(file.lang).toBe(lang);
      for (const category of REPLY_CATEGORIES) for (const context of CONTEXTS) for (const tone of TONES) {
        const cell = file.replies.filter((r) => r.category === category && r.context === context && r.tone === tone);
        expect(cell.length, `${lang} ${category}/${context}/${tone}`).toBeGreaterThanOrEqual(3);
      }
      const texts = new Set<string>();
      for (const r of file.replies) {
        expect(r.text.length).toBeLessThanOrEqual(MAX_REPLY_LENGTH);
        expect(texts.has(r.text), `duplicate ${r.id}`).toBe(false);
        texts.add(r.text);
        expect(r.id.startsWith(`${lang}-`), r.id).toBe(true);
        // Variables other than {cursor} must be removable: they live inside [optional] groups.
        const outside = r.text.replace(/\[[^\]]*\]/g, '');
        expect(/\{(client|agent|platform|resources)\}/.test(outside), `${r.id} has a bare variable`).toBe(false);
        const filled = fillVariables(r.text, {});
        expect(filled.text).not.toMatch(/[{}\[\]]/);
        expect(filled.text.length).toBeGreaterThan(5);
      }
    });
  }
  it('a bad file fails with file, path and reason', () => {
    const bad = { lang: 'en', replies: [{ id: 'en-x-1', category: 'aggression', context: 'support', tone: 'warm', text: 'Hello {nme}' }] };
    try {
      parsePhrasebook('phrasebook/en.json', bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).message).toMatch(/^phrasebook\/en\.json: replies\.0\.text: unknown variable \{nme\}/);
    }
    expect(() => parsePhrasebook('p.json', { lang: 'en', replies: [{ id: 'a', category: 'aggression', context: 'support', tone: 'warm', text: 'x'.repeat(281) }] })).toThrow(/p\.json: replies\.0\.text: longer than 280/);
    const dup = { id: 'a', category: 'aggression', context: 'support', tone: 'warm', text: 'Same' };
    expect(() => parsePhrasebook('p.json', { lang: 'en', replies: [dup, { ...dup, id: 'b' }] })).toThrow(/p\.json: replies\.1\.text: duplicate reply text/);
    expect(() => parsePhrasebook('p.json', { lang: 'en', replies: [{ ...dup, category: 'none' }] })).toThrow(/p\.json: replies\.0\.category/);
  });
  it('loads all languages into one phrasebook with resources', () => {
    const book = builtinPhrasebook();
    expect(new Set(book.entries.map((e) => e.lang)).size).toBe(LANGUAGES.length);
    expect(book.resources.en?.length).toBeGreaterThan(0);
  });
});
