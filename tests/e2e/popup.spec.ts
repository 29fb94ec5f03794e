import { test, expect, PANEL, openChat, receive } from './fixtures';

test('popup shows the last classified message of the tab and inserts a reply into it', async ({ context, site, extensionId, serviceWorker }) => {
  const page = await openChat(context, site);
  await receive(page, "I can't pay on the site, can I just send you the money on PayPal directly? or pay after");
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'payment_dodging');

  const tabId = await serviceWorker.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ url });
    return tabs[0]?.id;
  }, `${site}/tests/e2e/pages/chat-textarea.html`);
  expect(tabId).toBeTruthy();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-testid="poise-popup"]')).toHaveAttribute('data-category', 'payment_dodging');
  await expect(popup.locator('[data-testid="poise-popup-message"]')).toContainText('PayPal');
  const first = popup.locator('button[data-testid="poise-suggestion"]').first();
  const text = (await first.textContent())!;
  await first.click();
  await expect(popup.locator('[data-testid="poise-popup-note"]')).toBeVisible();
  await expect(page.locator('[data-reply-box]')).toHaveValue(text);
});
