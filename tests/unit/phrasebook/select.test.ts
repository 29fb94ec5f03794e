import { describe, expect, it } from 'vitest';
import { builtinPhrasebook } from '../../../src/phrasebook/builtin';
import { selectReplies, toneForEscalation } from '../../../src/phrasebook/select';
import { mergePhrasebook } from '../../../src/phrasebook/merge';
import { EMPTY_USER_PHRASEBOOK } from '../../../src/settings/schema';

const book = builtinPhrasebook();
const base = { label: 'criticism' as const, crisis: false, clientLang: 'es' as const, agentLang: 'en' as const, context: 'support' as const };

describe('selectReplies', () => {
  it('offers 3 replies in the client language first and the agent language beside them', () => {
    const s = selectReplies(book, base);
    expect(s.slice(0, 3).every((x) => x.lang === 'es')).toBe(true);
    expect(s[3]?.lang).toBe('en');
  });
  it('nothing for none', () => {
    expect(selectReplies(book, { ...base, label: 'none' })).toEqual([]);
  });
  it('escalates warm → firm → final with repeated flags', () => {
    expect(toneForEscalation(0)).toBe('warm');
    expect(toneForEscalation(1)).toBe('firm');
    expect(toneForEscalation(5)).toBe('final');
    expect(selectReplies(book, { ...base, priorFlags: 2 })[0]!.tone).toBe('final');
    expect(selectReplies(book, { ...base, priorFlags: 1 })[0]!.tone).toBe('firm');
  });
  it('follows the context', () => {
    const cam = selectReplies(book, { ...base, context: 'cam' });
    const ids = cam.slice(0, 3).map((x) => x.id);
    expect(ids.every((id) => id.includes('-cam-'))).toBe(true);
  });
  it('answers crisis disclosures with help replies', () => {
    const s = selectReplies(book, { ...base, label: 'oversharing', crisis: true });
    expect(s[0]!.category).toBe('crisis');
  });
  it('never offers the reply the agent just sent', () => {
    const first = selectReplies(book, base)[0]!;
    const again = selectReplies(book, { ...base, lastSentText: first.text });
    expect(again.map((x) => x.text)).not.toContain(first.text);
  });
  it('writes Serbian in Cyrillic for a client who writes Cyrillic', () => {
    const s = selectReplies(book, { ...base, clientLang: 'sr', clientScript: 'cyrillic' });
    expect(/[\u0400-\u04ff]/.test(s[0]!.text)).toBe(true);
  });
  it('respects user order, edits and disabled entries', () => {
    const first = selectReplies(book, { ...base, clientLang: 'en' })[0]!;
    const userBook = mergePhrasebook(book, { ...EMPTY_USER_PHRASEBOOK, disabled: [first.id], replies: [{ id: 'user-1', lang: 'en', category: 'criticism', context: 'support', tone: 'warm', text: 'My own reply about the delay.' }], order: ['user-1'] });
    const s = selectReplies(userBook, { ...base, clientLang: 'en' });
    expect(s[0]!.id).toBe('user-1');
    expect(s.map((x) => x.id)).not.toContain(first.id);
  });
});

describe('help resources', () => {
  it('crisis replies list the user-edited resources for the language', () => {
    const user = { ...EMPTY_USER_PHRASEBOOK, resources: { en: [{ label: 'Campus counselling', contact: 'ext. 4455' }] } };
    const merged = mergePhrasebook(book, user);
    const all = selectReplies(merged, { ...base, clientLang: 'en', label: 'oversharing', crisis: true, limit: 30, extra: 0 });
    const withResources = all.filter((s) => s.template.includes('{resources}'));
    expect(withResources.length).toBeGreaterThan(0);
    for (const s of withResources) expect(s.text).toContain('Campus counselling: ext. 4455');
  });
});
