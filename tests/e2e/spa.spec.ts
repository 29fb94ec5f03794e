import { test, expect, PANEL, SUGGESTION, openChat, receive } from './fixtures';

test('single-page app: switching conversation re-targets without reload; history of the new one is not classified', async ({ context, site }) => {
  const page = await openChat(context, site, 'tests/e2e/pages/spa.html');
  await receive(page, 'third time I ask, this is really disappointing');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'criticism');

  await page.getByRole('button', { name: /Ben/ }).click();
  await page.waitForTimeout(400);
  // The old conversation's panel is cleared; B's insulting history did not raise a new one.
  await expect(page.locator(PANEL)).toHaveCount(0);

  await receive(page, 'can I pay you later? I promise, just send it first');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'payment_dodging');
  const text = (await page.locator(SUGGESTION).first().textContent())!;
  await page.locator(SUGGESTION).first().click();
  // Inserted into the reply box of the conversation on screen.
  await expect(page.locator('#conversation [data-reply-box]')).toHaveValue(text);
  await page.locator('#conversation [data-send]').click();
  expect(await page.evaluate(() => (window as unknown as { sent: [string, string][] }).sent)).toEqual([['b', text]]);
});
