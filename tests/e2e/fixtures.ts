/** Playwright fixtures: the fixture server (per worker) and Chromium with Poise loaded (per test). */
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
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

/** A client message arriving on a fixture chat page (the page's own simulator appends it to the log). */
export async function receive(page: Page, text: string, author?: string): Promise<void> {
  await page.evaluate(([t, a]) => (window as unknown as { receive: (t: string, a?: string) => void }).receive(t, a), [text, author] as const);
}

/** A new tab on a fixture chat page, with Poise's content script started. */
export async function openChat(context: BrowserContext, site: string, path = 'tests/e2e/pages/chat-textarea.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site}/${path}`);
  await page.waitForTimeout(300);
  return page;
}
