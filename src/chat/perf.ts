/**
 * Poise's own main-thread work, made visible to the page-cost benchmark: in the e2e build each
 * unit of work is recorded as a `poise:<name>` performance measure (the page's timeline is shared
 * with content scripts), so `npm run bench:page` can tell Poise's tasks from the page's. In the
 * store build this is a plain call.
 */
const RECORD = import.meta.env.MODE === 'e2e';

export function timed<T>(name: string, fn: () => T): T {
  if (!RECORD) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(`poise:${name}`, { start, end: performance.now() });
    } catch {
      // A page that replaced `performance` keeps working; the measure is only lost.
    }
  }
}
