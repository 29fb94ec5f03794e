import { test, expect, PANEL, SUGGESTION, openChat, receive } from './fixtures';

for (const editor of ['textarea', 'contenteditable'] as const) {
  test(`message → panel category → click → text in the ${editor} reply box → the page sends it`, async ({ context, site }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site}/tests/e2e/pages/chat-${editor}.html`);
    // History on the page at load is never classified: no panel yet.
    await page.waitForTimeout(500);
    await expect(page.locator(PANEL)).toHaveCount(0);

    await receive(page, 'This is the third time I ask and nobody fixed my order. Really disappointing service.', 'Dana Whitfield');
    await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'criticism');
    const buttons = page.locator(SUGGESTION);
    await expect(buttons.first()).toBeVisible();
    expect(await buttons.count()).toBeGreaterThanOrEqual(3);
    const text = (await buttons.first().textContent())!;
    expect(text.length).toBeGreaterThan(10);

    // The agent had typed a greeting; the reply goes in at the caret, nothing is sent.
    const box = page.locator('[data-reply-box]');
    await box.click();
    await page.keyboard.type('Hi! ');
    await buttons.first().click();
    const value = editor === 'textarea' ? await box.inputValue() : ((await box.textContent()) ?? '');
    expect(value.replace(/\s+/g, ' ')).toContain(`Hi! ${text}`.replace(/\s+/g, ' '));
    expect(await page.evaluate(() => (window as unknown as { sent: string[] }).sent.length)).toBe(0);

    // The page's own send button registers the inserted text.
    await expect(page.locator('[data-send]')).toBeEnabled();
    await page.locator('[data-send]').click();
    const sent = await page.evaluate(() => (window as unknown as { sent: string[] }).sent);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').trim());
    expect(errors).toEqual([]);
  });
}

test('own messages and system rows are never classified; the newest incoming message wins', async ({ context, site }) => {
  const page = await openChat(context, site);
  await page.evaluate(() => (window as unknown as { system: (t: string) => void }).system('Payment of $0 failed, you idiot system'));
  await page.locator('[data-reply-box]').fill('you are an idiot and I will pay later');
  await page.locator('[data-send]').click();
  await page.waitForTimeout(400);
  await expect(page.locator(PANEL)).toHaveCount(0);
  const w = (t: string) => receive(page, t);
  await w('you are a useless idiot, shut up');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'aggression');
  await w('Thanks, that fixed it! Have a nice day');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'none');
});

test('Spanish message gets Spanish replies first; dismiss hides the card', async ({ context, site }) => {
  const page = await openChat(context, site);
  await receive(page, '¿Me lo mandas gratis y te pago la semana que viene? Te lo prometo');
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'payment_dodging');
  await expect(page.locator(SUGGESTION).first()).toHaveAttribute('data-lang', 'es');
  await page.locator('poise-panel [data-testid="poise-dismiss"]').click();
  await expect(page.locator(SUGGESTION)).toHaveCount(0);
  await expect(page.locator(PANEL)).toHaveAttribute('data-category', 'payment_dodging');
});

test('bad input never breaks the page: empty, emoji only, 1 MB, log removed mid-way', async ({ context, site }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site}/tests/e2e/pages/chat-textarea.html`);
  await page.waitForTimeout(300);
  const longest = await page.evaluate(async () => {
    const w = window as unknown as { receive: (t: string) => void };
    // Measure the longest main-thread stall while Poise handles each input.
    let worst = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) worst = Math.max(worst, e.duration);
    });
    try { observer.observe({ type: 'longtask', buffered: false }); } catch { /* not supported */ }
    w.receive('');
    w.receive('😀😀😀🔥');
    w.receive('you idiot '.repeat(100_000));
    await new Promise((r) => setTimeout(r, 600));
    document.querySelector('[data-chat-log]')!.remove();
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    return worst;
  });
  // The page still works: its own button and input respond.
  await page.locator('[data-reply-box]').fill('still works');
  await expect(page.locator('[data-send]')).toBeEnabled();
  expect(errors).toEqual([]);
  console.log(`longest task while handling bad input: ${longest.toFixed(0)} ms`);
});
