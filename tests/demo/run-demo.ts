/**
 * `npm run demo`: serves the two bundled demo chats (a support desk and a cam room) and opens
 * Chromium with Poise loaded. With a display it opens them for you to try (type into the page's
 * console: receive("your message")). Without a display it plays a scripted conversation headless
 * and saves screenshots, printing where.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, startStaticServer, launchWithExtension } from '../e2e/harness';

const OUT = join(ROOT, 'demo-screenshots');
const PANEL = 'poise-panel [data-testid="poise-panel"]';
const SUGGESTION = 'poise-panel button[data-testid="poise-suggestion"]';

const SUPPORT_SCRIPT: [string, string][] = [
  ['Dana Whitfield', 'hi, I ordered the blue kettle last week, any news on delivery?'],
  ['Dana Whitfield', "This is the third time I ask and still no answer. For this price I expected a lot more, honestly."],
  ['Dana Whitfield', "are you even reading this? you're useless, all of you"],
  ['Dana Whitfield', 'Sorry. My mum is in hospital and everything is falling apart, I just needed this one thing to work'],
];
const CAM_SCRIPT: [string, string][] = [
  ['nightowl', 'the show tonight is amazing 🔥'],
  ['freeloader99', 'show me something special first and I tip after, promise 😉 or can I paypal u directly?'],
  ['lonelyguy', "you're the only one who understands me, I think about you all day. my wife left and I have nobody"],
  ['troll_x', 'ur ugly lol, shut up and do what I say'],
];

async function play(page: Page, script: [string, string][], name: string): Promise<string[]> {
  const shots: string[] = [];
  for (let i = 0; i < script.length; i++) {
    const [author, text] = script[i]!;
    await page.evaluate(([t, a]) => (window as unknown as { receive: (t: string, a: string) => void }).receive(t!, a!), [text, author]);
    await page.waitForTimeout(700);
    const category = await page.locator(PANEL).getAttribute('data-category').catch(() => null);
    const file = join(OUT, `${name}-${i + 1}-${category ?? 'none'}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    console.log(`  ${author}: ${text}\n    → Poise: ${category ?? '(no panel)'}`);
  }
  // Insert the first suggestion for the last message and send it with the page's own button.
  if ((await page.locator(SUGGESTION).count()) > 0) {
    await page.locator(SUGGESTION).first().click();
    await page.waitForTimeout(300);
    const file = join(OUT, `${name}-inserted.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    await page.locator('[data-send]').click();
  }
  return shots;
}

const { server, origin } = await startStaticServer();
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
const context = await launchWithExtension({ headless: !headed });
const support = await context.newPage();
await support.goto(`${origin}/tests/demo/support-desk.html`);
const cam = await context.newPage();
await cam.goto(`${origin}/tests/demo/cam-room.html`);
await support.waitForTimeout(500);

if (headed) {
  console.log(`Poise demo running.\n  support desk: ${origin}/tests/demo/support-desk.html\n  cam room:     ${origin}/tests/demo/cam-room.html`);
  console.log('In either page\'s devtools console, type receive("a client message") to see Poise react. Close the browser to stop.');
  await new Promise<void>((r) => context.on('close', () => r()));
} else {
  mkdirSync(OUT, { recursive: true });
  console.log('No display: playing a scripted conversation headless.\nSupport desk:');
  const a = await play(support, SUPPORT_SCRIPT, 'support');
  console.log('Cam room:');
  const b = await play(cam, CAM_SCRIPT, 'cam');
  console.log(`\nSaved ${a.length + b.length} screenshots in ${OUT}`);
  await context.close();
}
server.close();
