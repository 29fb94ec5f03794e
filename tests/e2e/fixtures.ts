/** Playwright fixtures: the fixture server (per worker) and Chromium with Poise loaded (per test). */
import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { startStaticServer, launchWithExtension, serviceWorkerOf } from './harness';

export { ROOT, EXTENSION_DIR, startStaticServer, launchWithExtension, serviceWorkerOf } from './harness';

type WorkerFixtures = { site: string };
type TestFixtures = { context: BrowserContext; extensionId: string; serviceWorker: Worker };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  site: [
    async ({}, use) => {
      const { server, origin } = await startStaticServer();
      await use(origin);
      await new Promise((r) => server.close(r));
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

/** The panel element inside Poise's open shadow root. */
export const PANEL = 'poise-panel [data-testid="poise-panel"]';
export const SUGGESTION = 'poise-panel button[data-testid="poise-suggestion"]';
