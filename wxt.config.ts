import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// `npm run build:e2e` (mode e2e): the same extension, also active on local fixture pages.
const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  publicDir: 'src/public',
  // POISE_NO_MINIFY=1 keeps function names readable in CPU profiles (bench:page with POISE_PROFILE=1).
  vite: () => ({ plugins: [preact()], build: process.env.POISE_NO_MINIFY === '1' ? { minify: false } : {} }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: mode === 'e2e' ? E2E_MATCHES : undefined,
    action: { default_title: 'Poise' },
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open or close the Poise panel' },
      'insert-reply-1': { suggested_key: { default: 'Alt+Shift+1' }, description: 'Insert suggested reply 1' },
      'insert-reply-2': { suggested_key: { default: 'Alt+Shift+2' }, description: 'Insert suggested reply 2' },
      'insert-reply-3': { suggested_key: { default: 'Alt+Shift+3' }, description: 'Insert suggested reply 3' },
    },
    browser_specific_settings: { gecko: { id: 'poise@poise.invalid', strict_min_version: '128.0' } },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Platform host permissions come from the adapters' content-script matches (no <all_urls>).
      const scripts = manifest.content_scripts ?? [];
      if (wxt.config.mode === 'e2e') for (const cs of scripts) cs.matches = [...new Set([...(cs.matches ?? []), ...E2E_MATCHES])];
      const platform = [...new Set(scripts.flatMap((cs) => cs.matches ?? []))];
      manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...platform])];
    },
  },
});
