/** Storage items (wxt storage) with versions and migrations. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, EMPTY_USER_PHRASEBOOK, type CustomSite, type Settings, type UserPhrasebook } from './schema';
import { migrateUserPhrasebookV1toV2 } from './migrations';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const userPhrasebookItem = storage.defineItem<UserPhrasebook>('local:userPhrasebook', {
  fallback: EMPTY_USER_PHRASEBOOK,
  version: 2,
  migrations: {
    2: migrateUserPhrasebookV1toV2,
  },
});

export const customSitesItem = storage.defineItem<CustomSite[]>('local:customSites', {
  fallback: [],
  version: 1,
});
