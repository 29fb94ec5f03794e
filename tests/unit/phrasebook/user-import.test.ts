import { describe, expect, it } from 'vitest';
import { parseUserPhrasebookImport, mergeUserPhrasebooks, exportUserPhrasebook } from '../../../src/phrasebook/user-import';
import { EMPTY_USER_PHRASEBOOK } from '../../../src/settings/schema';

const reply = { id: 'user-1', lang: 'en', category: 'criticism', context: 'support', tone: 'warm', text: 'I see the problem — fixing it now.' };

describe('user phrasebook import/export', () => {
  it('round-trips an export', () => {
    const data = { ...EMPTY_USER_PHRASEBOOK, replies: [reply as never] };
    expect(parseUserPhrasebookImport('mine.json', exportUserPhrasebook(data))).toEqual(data);
  });
  it('rejects invalid JSON with the file name', () => {
    expect(() => parseUserPhrasebookImport('mine.json', '{ nope')).toThrow(/^mine\.json: \(root\): not valid JSON/);
  });
  it('rejects a bad entry with file, path and reason', () => {
    const bad = { version: 2, replies: [{ ...reply, text: 'x'.repeat(300) }] };
    expect(() => parseUserPhrasebookImport('mine.json', JSON.stringify(bad))).toThrow(/^mine\.json: replies\.0\.text: longer than 280/);
    const unknownVar = { version: 2, replies: [{ ...reply, text: 'Hi {name}' }] };
    expect(() => parseUserPhrasebookImport('mine.json', JSON.stringify(unknownVar))).toThrow(/replies\.0\.text: unknown variable \{name\}/);
    const dup = { version: 2, replies: [reply, reply] };
    expect(() => parseUserPhrasebookImport('mine.json', JSON.stringify(dup))).toThrow(/replies\.1\.id: duplicate id user-1/);
  });
  it('reads first-release exports (no version) through the migration', () => {
    const r = parseUserPhrasebookImport('old.json', JSON.stringify({ replies: [reply], keywords: { en: { aggression: ['clown'] } } }));
    expect(r.keywords).toEqual([{ lang: 'en', category: 'aggression', term: 'clown' }]);
  });
  it('merges without losing existing entries', () => {
    const current = { ...EMPTY_USER_PHRASEBOOK, replies: [reply as never], disabled: ['a'] };
    const incoming = { ...EMPTY_USER_PHRASEBOOK, replies: [{ ...reply, id: 'user-2' } as never], disabled: ['b'] };
    const merged = mergeUserPhrasebooks(current, incoming);
    expect(merged.replies.map((r) => r.id)).toEqual(['user-1', 'user-2']);
    expect(merged.disabled).toEqual(['a', 'b']);
  });
});
