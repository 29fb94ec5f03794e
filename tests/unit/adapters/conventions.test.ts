/**
 * House conventions for src/adapters: one declarative file per platform named by its id, each
 * registered, with a fixture, covered by the manifest's matches, and valid against the schema.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { PLATFORM_ADAPTERS, genericAdapter, platformMatches } from '../../../src/adapters';
import { adapterSchema } from '../../../src/adapters/schema';

const ADAPTERS_DIR = fileURLToPath(new URL('../../../src/adapters/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
// Not platforms: the registry, the schema, the fallback, and custom.ts (builds adapters from a user's custom-site settings).
const NOT_PLATFORMS = new Set(['index.ts', 'schema.ts', 'generic.ts', 'custom.ts']);

const platformFiles = readdirSync(ADAPTERS_DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_PLATFORMS.has(f))
  .map((f) => f.slice(0, -'.ts'.length))
  .sort();

const win = new Window({ url: 'https://example.test/' });
afterAll(() => win.happyDOM.close());

describe('adapter conventions', () => {
  it('registers every platform file, in alphabetical order', () => {
    expect(PLATFORM_ADAPTERS.map((a) => a.id)).toEqual(platformFiles);
  });

  it('has unique ids', () => {
    const ids = PLATFORM_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(genericAdapter.id);
  });

  it.each(platformFiles)('%s.ts default-exports the adapter with that id', async (file) => {
    const mod = (await import(`../../../src/adapters/${file}.ts`)) as { default: { id: string } };
    expect(mod.default.id).toBe(file);
    expect(PLATFORM_ADAPTERS).toContain(mod.default);
  });

  describe.each(PLATFORM_ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, adapter) => {
    it('has a fixture page and its expectations', () => {
      expect(existsSync(`${FIXTURES}${id}/chat.html`)).toBe(true);
      expect(existsSync(`${FIXTURES}${id}/expected.json`)).toBe(true);
    });

    it('has host patterns, all in platformMatches()', () => {
      expect(adapter.matches.length).toBeGreaterThan(0);
      const all = platformMatches();
      for (const m of adapter.matches) expect(all).toContain(m);
    });

    it('parses with the adapter schema', () => {
      expect(() => adapterSchema.parse(adapter)).not.toThrow();
    });

    it('uses only selectors a DOM accepts', () => {
      const selectors = [...adapter.signature, ...Object.values(adapter.selectors).flat()];
      const invalid = selectors.filter((s) => {
        try {
          win.document.querySelector(s);
          return false;
        } catch {
          return true;
        }
      });
      expect(invalid).toEqual([]);
    });
  });

  it('has a generic fixture too', () => {
    expect(existsSync(`${FIXTURES}generic/chat.html`)).toBe(true);
    expect(existsSync(`${FIXTURES}generic/expected.json`)).toBe(true);
  });
});
