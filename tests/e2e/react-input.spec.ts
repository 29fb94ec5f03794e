import { test, expect, PANEL, SUGGESTION, receive } from './fixtures';
import { buildEditors } from './editors/build';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildEditors();
});

test('React-controlled textarea: the inserted reply reaches React state and the send button that reads it', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/tests/e2e/editors/react-textarea.html`);
  await page.waitForFunction(() => (window as unknown as { editorReady: boolean }).editorReady === true);
  const box = page.locator('textarea[data-poise-reply]');
  await box.click();
  await page.keyboard.type('Hello ');
  await receive(page, 'This is the third time I ask and nobody fixed my order. Really disappointing service.');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'criticism');
  const text = (await page.locator(SUGGESTION).first().textContent())!;
  await page.locator(SUGGESTION).first().click();
  const state = () => page.evaluate(() => (window as unknown as { editorText: () => string }).editorText());
  await expect.poll(state).toBe(`Hello ${text}`);
  await expect(box).toHaveValue(`Hello ${text}`);
  expect(await page.evaluate(() => (window as unknown as { sent: string[] }).sent)).toEqual([]);
  await page.locator('[data-send]').click();
  expect(await page.evaluate(() => (window as unknown as { sent: string[] }).sent)).toEqual([`Hello ${text}`]);
});
