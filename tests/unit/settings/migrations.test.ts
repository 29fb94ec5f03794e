import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateUserPhrasebookV1toV2 } from '../../../src/settings/migrations';
import { userPhrasebookItem } from '../../../src/settings/items';
import { userPhrasebookSchema } from '../../../src/settings/schema';

const v1 = {
  replies: [{ id: 'user-a', lang: 'en', category: 'criticism', context: 'support', tone: 'warm', text: 'Sorry about the wait, checking now.' }],
  disabled: ['en-criticism-support-warm-1'],
  keywords: { en: { payment_dodging: ['venmo me', ' '] }, xx: { aggression: ['ignored'] } },
};

describe('user phrasebook migrations', () => {
  it('v1 → v2 keeps replies and disabled ids, turns the keyword map into a list', () => {
    const v2 = migrateUserPhrasebookV1toV2(v1);
    expect(userPhrasebookSchema.parse(v2)).toEqual(v2);
    expect(v2).toEqual({
      version: 2,
      replies: v1.replies,
      disabled: v1.disabled,
      order: [],
      edits: {},
      keywords: [{ lang: 'en', category: 'payment_dodging', term: 'venmo me' }],
      resources: {},
    });
  });
  it('refuses data it cannot read instead of resetting it', async () => {
    expect(() => migrateUserPhrasebookV1toV2({ replies: 'oops' })).toThrow();
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ userPhrasebook: { replies: 'oops' }, userPhrasebook$: { v: 1 } });
    await userPhrasebookItem.migrate().catch(() => undefined);
    // The stored value is untouched: nothing of the user's is lost.
    expect((await fakeBrowser.storage.local.get('userPhrasebook')).userPhrasebook).toEqual({ replies: 'oops' });
  });
  it('runs through wxt storage on a stored v1 value', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ userPhrasebook: v1, userPhrasebook$: { v: 1 } });
    await userPhrasebookItem.migrate();
    const value = await userPhrasebookItem.getValue();
    expect(value.version).toBe(2);
    expect(value.replies).toHaveLength(1);
    expect(value.keywords[0]!.term).toBe('venmo me');
  });
});
