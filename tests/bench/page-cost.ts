/**
 * `npm run bench:page`: what Poise costs a busy chat page. The fixture chat receives 200 messages/s
 * for 10 s, in Chromium with Poise and without it, in the same run. Prints main-thread time
 * (CDP TaskDuration/ScriptDuration), long tasks over 50 ms, message-to-panel latency, and JS heap
 * after 10,000 messages (after GC). Numbers, not assertions.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { startStaticServer, launchWithExtension } from '../e2e/harness';

const RATE = 200;
const SECONDS = Number(process.argv[2]) || 10;
const TOTAL = RATE * SECONDS;
/** POISE_PROFILE=1: also sample the CPU while Poise is on and print where its time goes. */
const PROFILE = process.env.POISE_PROFILE === '1';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, and the share spent in the extension's own scripts. */
function printProfile(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  let extension = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)!.callFrame;
    total += dt;
    if (frame.url.startsWith('chrome-extension://')) extension += dt;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  console.log(`CPU profile (Poise on): extension scripts ${(extension / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  console.log('  the extension\'s own functions:');
  for (const [k, v] of [...self].filter(([k]) => /chat\.js/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}

const SAMPLE_MESSAGES = [
  'hi, where is my order?', 'This is the third time I ask, nobody answers', 'you are useless, idiot',
  'can I pay you later? promise', 'thanks a lot!', 'my life is falling apart and you are the only one I talk to',
  '¿me lo mandas gratis?', 'das ist eine Frechheit', 'спасибо большое', 'ありがとう', '太慢了，等了三天', 'merci beaucoup',
];

async function run(context: BrowserContext, url: string, withPoise: boolean, measureHeap: boolean) {
  const page: Page = await context.newPage();
  // tsx keeps function names with a helper the page does not have; define it there.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(url);
  await page.waitForTimeout(800);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name: string) => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap0 = await metric('JSHeapUsedSize');
  if (PROFILE && withPoise) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const task0 = await metric('TaskDuration');
  const script0 = await metric('ScriptDuration');
  const result = await page.evaluate(async ({ total, rate, samples, withPoise }) => {
    const w = window as unknown as { receive: (t: string, a: string) => void };
    const longTasks: { start: number; duration: number }[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration })));
    obs.observe({ type: 'longtask' });
    // Latency samples: every 100th message is held as the newest for 60 ms (the flood catches up
    // afterwards, so the rate stays 200/s); its latency is the time until the panel has been drawn
    // after the first scan that read it (from Poise's poise:scan and poise:draw measures).
    const sampleTimes: number[] = [];
    let holdUntil = 0;
    const start = performance.now();
    let sent = 0;
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = performance.now();
        const due = Math.min(total, Math.floor(((now - start) / 1000) * rate));
        while (sent < due && now >= holdUntil) {
          const sample = sent % 100 === 50;
          w.receive(samples[sent % samples.length] + ' #' + sent, 'client' + (sent % 7));
          sent++;
          if (sample) {
            sampleTimes.push(performance.now());
            holdUntil = performance.now() + 60;
            break;
          }
        }
        if (sent >= total) resolve();
        else setTimeout(tick, 5);
      };
      tick();
    });
    await new Promise((r) => setTimeout(r, 500));
    obs.disconnect();
    // Poise's own units of work (the e2e build records them as poise:* measures).
    const poise = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('poise:') && e.startTime >= start).map((e) => ({ name: e.name.slice(6), start: e.startTime, duration: e.duration }));
    const latencies: number[] = [];
    for (const t of sampleTimes) {
      const scan = poise.find((e) => e.name === 'scan' && e.start >= t);
      const draw = scan && poise.find((e) => e.name === 'draw' && e.start >= scan.start);
      if (draw) latencies.push(draw.start + draw.duration - t);
    }
    return { elapsed: performance.now() - start, longTasks, latencies, poise };
  }, { total: TOTAL, rate: RATE, samples: SAMPLE_MESSAGES, withPoise });
  const task = (await metric('TaskDuration')) - task0;
  if (PROFILE && withPoise) printProfile((await cdp.send('Profiler.stop')).profile as CpuProfile);
  const script = (await metric('ScriptDuration')) - script0;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap1 = await metric('JSHeapUsedSize');
  // Keep going to 10,000 messages and look at the heap again (flat = no leak per message).
  await page.evaluate(async (n) => {
    const w = window as unknown as { receive: (t: string, a: string) => void };
    const log = document.querySelector('[data-chat-log]')!;
    for (let i = 0; i < n; i++) {
      w.receive('more traffic, message number ' + i, 'client' + (i % 7));
      // A real chat trims old rows; keep the page's own memory bounded so Poise's shows.
      while (log.children.length > 500) log.firstElementChild!.remove();
      if (i % 200 === 0) await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 500));
  }, measureHeap && 10_000 - TOTAL > 0 ? 10_000 - TOTAL : 0);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap2 = await metric('JSHeapUsedSize');
  await page.close();
  return { ...result, task, script, heap0, heap1, heap2 };
}

/** Off and on alternate over several rounds (order flipped each round), so drift on a shared machine cancels out. */
const ROUNDS = Number(process.env.POISE_BENCH_ROUNDS) || 3;
const { server, origin } = await startStaticServer();
const url = `${origin}/tests/e2e/pages/chat-textarea.html`;
type RunResult = Awaited<ReturnType<typeof run>>;
const offRuns: RunResult[] = [];
const onRuns: RunResult[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const withPoise of round % 2 === 0 ? [false, true] : [true, false]) {
    const context = await launchWithExtension(withPoise ? {} : { extensionDir: null });
    (withPoise ? onRuns : offRuns).push(await run(context, url, withPoise, round === 0));
    await context.close();
  }
}
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const overheads = onRuns.map((on, i) => (on.task - offRuns[i]!.task) / offRuns[i]!.task);
const offResult = offRuns[0]!;
const onResult = onRuns[0]!;
const ms = (x: number) => `${(x * 1000).toFixed(0)} ms`;
const pct = (a: number[], p: number) => (a.length ? a[Math.min(a.length - 1, Math.floor(a.length * p))]!.toFixed(1) : 'n/a');
const mb = (x: number) => `${(x / 1048576).toFixed(1)} MB`;
console.log(`fixture chat, ${RATE} messages/s for ${SECONDS} s (${TOTAL} messages), Poise off vs on, ${ROUNDS} alternating rounds`);
console.log(`main-thread task time per round: off ${offRuns.map((r) => ms(r.task)).join(' / ')}; on ${onRuns.map((r) => ms(r.task)).join(' / ')}`);
console.log(`overhead per round: ${overheads.map((o) => (o * 100).toFixed(1) + ' %').join(' / ')} → median ${(median(overheads) * 100).toFixed(1)} % of the page's own`);
console.log(`script time: off ${ms(median(offRuns.map((r) => r.script)))}, on ${ms(median(onRuns.map((r) => r.script)))} (medians)`);
const allOnLong = onRuns.flatMap((r) => r.longTasks);
const allOffLong = offRuns.flatMap((r) => r.longTasks);
console.log(`long tasks > 50 ms (all rounds): off ${allOffLong.length} (max ${Math.max(0, ...allOffLong.map((t) => t.duration)).toFixed(0)} ms), on ${allOnLong.length} (max ${Math.max(0, ...allOnLong.map((t) => t.duration)).toFixed(0)} ms)`);
// A long task is Poise's when Poise's own units inside it make up at least half of it.
const poiseLong = onRuns.flatMap((r) => r.longTasks.filter((t) => {
  const inside = r.poise.filter((e) => e.start >= t.start && e.start < t.start + t.duration).reduce((s2, e) => s2 + e.duration, 0);
  return inside >= t.duration / 2;
}));
console.log(`long tasks caused by Poise (its own work ≥ half of the task): ${poiseLong.length}${poiseLong.length ? ` (max ${Math.max(...poiseLong.map((t) => t.duration)).toFixed(0)} ms)` : ''}`);
/** Time covered by Poise's units, counting nested units (a classification inside a scan) once. */
function covered(units: { start: number; duration: number }[]): number {
  const sorted = [...units].sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -Infinity;
  for (const u of sorted) {
    const uEnd = u.start + u.duration;
    if (uEnd <= end) continue;
    total += uEnd - Math.max(u.start, end);
    end = uEnd;
  }
  return total;
}
const poiseShares = onRuns.map((r) => covered(r.poise) / (r.task * 1000));
const poiseTotal = covered(onResult.poise);
const poiseMax = Math.max(0, ...onRuns.flatMap((r) => r.poise.map((e) => e.duration)));
console.log(`Poise's own work (round 1): ${poiseTotal.toFixed(0)} ms in ${onResult.poise.length} units, ${(poiseTotal / TOTAL).toFixed(3)} ms per message; share of the page's main-thread time per round ${poiseShares.map((x) => (x * 100).toFixed(1) + ' %').join(' / ')}; longest unit ${poiseMax.toFixed(1)} ms`);
const byName = new Map<string, { n: number; ms: number; max: number }>();
for (const e of onResult.poise) {
  const s = byName.get(e.name) ?? { n: 0, ms: 0, max: 0 };
  s.n++;
  s.ms += e.duration;
  s.max = Math.max(s.max, e.duration);
  byName.set(e.name, s);
}
console.log('  by unit (nested units are inside scan): ' + [...byName].map(([k, s]) => `${k}: ${s.n}× ${s.ms.toFixed(0)} ms (max ${s.max.toFixed(1)})`).join(', '));
const latencies = onRuns.flatMap((r) => r.latencies).sort((a, b) => a - b);
console.log(`message-to-panel latency (every 100th message, held newest for 60 ms; all rounds): median ${pct(latencies, 0.5)} ms, p95 ${pct(latencies, 0.95)} ms, n=${latencies.length}`);
console.log(`JS heap after GC: off ${mb(offResult.heap0)} → ${mb(offResult.heap1)} (${TOTAL}) → ${mb(offResult.heap2)} (10,000); on ${mb(onResult.heap0)} → ${mb(onResult.heap1)} → ${mb(onResult.heap2)}`);
