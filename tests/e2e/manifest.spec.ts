import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';
import { platformMatches, PLATFORM_ADAPTERS } from '../../src/adapters';

// The built manifest (e2e build) asks for exactly what the README justifies, nothing more.
test('manifest: minimal permissions, host access only for the listed platforms (+ local pages in the e2e build)', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  const local = ['http://127.0.0.1/*', 'http://localhost/*'];
  const expected = [...platformMatches(), ...local].sort();
  expect([...manifest.host_permissions].sort()).toEqual(expected);
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  const scripts = manifest.content_scripts as { matches: string[]; all_frames: boolean }[];
  expect(scripts).toHaveLength(1);
  expect([...scripts[0]!.matches].sort()).toEqual(expected);
  expect(scripts[0]!.all_frames).toBe(true);
  // Every adapter's hosts are covered.
  for (const a of PLATFORM_ADAPTERS) for (const m of a.matches) expect(scripts[0]!.matches).toContain(m);
  // No remote code: no external script sources, no remote hosts in the CSP.
  expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/https?:\/\//);
  // Shortcuts never use Tab or Ctrl+Space.
  for (const c of Object.values(manifest.commands) as { suggested_key?: { default?: string } }[]) {
    expect(c.suggested_key?.default ?? '').not.toMatch(/Tab|Ctrl\+Space/);
  }
});

test('no network: the built extension contains no fetch/XHR/WebSocket/beacon to remote hosts', () => {
  for (const file of ['content-scripts/chat.js', 'background.js']) {
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    expect(code, file).not.toMatch(/new WebSocket\(|navigator\.sendBeacon|XMLHttpRequest/);
    expect(code, file).not.toMatch(/fetch\(\s*["'`]https?:/);
  }
});
