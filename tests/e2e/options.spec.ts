import { test, expect, PANEL, SUGGESTION, openChat, receive } from './fixtures';

const reply = { id: 'user-late-order', lang: 'en', category: 'criticism', context: 'support', tone: 'warm', text: 'You are right to be frustrated — I am on it now and will update you within the hour.' };

test('options: import merges user replies; an invalid file is rejected with file, path and reason and nothing is lost; the panel offers user replies first', async ({ context, site, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const input = options.locator('[data-testid="poise-import"]');
  await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 2, replies: [reply] })) });
  await expect(options.locator('[data-testid="poise-options-message"]')).toContainText('1');
  await expect(options.locator('[data-testid="poise-user-reply"]')).toHaveCount(1);

  const bad = { version: 2, replies: [{ ...reply, id: 'user-2', text: 'Hello {customer}' }] };
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const message = options.locator('[data-testid="poise-options-message"]');
  await expect(message).toContainText('bad.json: replies.0.text: unknown variable {customer}');
  await expect(options.locator('[data-testid="poise-user-reply"]')).toHaveCount(1);
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2, "replies": [') });
  await expect(message).toContainText('broken.json');
  await expect(message).toContainText('not valid JSON');
  await expect(options.locator('[data-testid="poise-user-reply"]')).toHaveCount(1);

  const page = await openChat(context, site);
  await receive(page, 'third time I ask about my order, this is really disappointing');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'criticism');
  await expect(page.locator(SUGGESTION).first()).toHaveText(reply.text);
});
