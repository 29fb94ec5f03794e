import { test, expect, PANEL, SUGGESTION, openChat, receive } from './fixtures';

test('keyboard: the insert-reply command puts suggestion 2 in the reply box; toggle closes and opens the panel', async ({ context, site, serviceWorker }) => {
  const page = await openChat(context, site);
  await receive(page, 'you are a useless idiot, shut up');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'aggression');
  const second = (await page.locator(SUGGESTION).nth(1).textContent())!;
  await page.locator('[data-reply-box]').click();
  await page.bringToFront();
  await serviceWorker.evaluate(async () => {
    await (globalThis as unknown as { poiseRunCommand: (c: string) => Promise<void> }).poiseRunCommand('insert-reply-2');
  });
  await expect(page.locator('[data-reply-box]')).toHaveValue(second);
  await serviceWorker.evaluate(async () => {
    await (globalThis as unknown as { poiseRunCommand: (c: string) => Promise<void> }).poiseRunCommand('toggle-panel');
  });
  await expect(page.locator(SUGGESTION)).toHaveCount(0);
  await serviceWorker.evaluate(async () => {
    await (globalThis as unknown as { poiseRunCommand: (c: string) => Promise<void> }).poiseRunCommand('toggle-panel');
  });
  await expect(page.locator(SUGGESTION).first()).toBeVisible();
});

test('keyboard in the panel: Enter and 1-3 insert, Escape dismisses, replies are buttons named by their text', async ({ context, site }) => {
  const page = await openChat(context, site);
  await receive(page, 'third time asking, this service is really disappointing');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'criticism');
  const first = (await page.locator(SUGGESTION).first().textContent())!;
  await page.locator(SUGGESTION).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-reply-box]')).toHaveValue(first);
  await page.locator('[data-reply-box]').fill('');
  const third = (await page.locator(SUGGESTION).nth(2).textContent())!;
  await page.locator(SUGGESTION).first().focus();
  await page.keyboard.press('3');
  await expect(page.locator('[data-reply-box]')).toHaveValue(third);
  await page.locator(SUGGESTION).first().focus();
  await page.keyboard.press('Escape');
  await expect(page.locator(SUGGESTION)).toHaveCount(0);
  // The buttons are real buttons with accessible names (the reply text).
  await page.locator('poise-panel [data-testid="poise-toggle"]').click();
  await expect(page.getByRole('button', { name: first })).toBeVisible();
});

test('find a reply: the search box in the panel is keyboard-driven (type, arrows, Enter inserts)', async ({ context, site }) => {
  const page = await openChat(context, site);
  await receive(page, 'third time asking, this service is really disappointing');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'criticism');
  await page.locator('poise-panel [data-testid="poise-search-toggle"]').click();
  const search = page.locator('poise-panel [data-testid="poise-search"]');
  await expect(search).toBeFocused();
  await search.pressSequentially('refund');
  const results = page.locator('poise-panel [data-testid="poise-search-result"]');
  await expect(results.first()).toBeVisible();
  const second = (await results.nth(1).textContent())!;
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.locator('[data-reply-box]')).toHaveValue(second);
});
