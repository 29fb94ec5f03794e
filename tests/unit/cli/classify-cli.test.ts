import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const run = (args: string[], input = '') => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/classify.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('classify CLI (stable contract)', () => {
  it('--jsonl writes exactly one JSON line per input line, in order, and nothing else', () => {
    const lines = [
      { id: 1, text: 'you are a useless idiot' },
      { id: 'b', text: 'thanks, all good now!', context: 'support' },
      { id: null, text: '¿me lo mandas gratis y te pago después?', context: 'cam' },
    ];
    const out = run(['--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.id)).toEqual([1, 'b', null]);
    for (const r of rows) expect(Object.keys(r)).toEqual(['id', 'label', 'confidence', 'lang', 'crisis', 'scores', 'evidence']);
    expect(rows[0].label).toBe('aggression');
    expect(rows[2].lang).toBe('es');
  });
  it('--jsonl --suggest adds ≥ 3 suggestions for flagged messages, one at least in the message language', () => {
    const out = run(['--jsonl', '--suggest'], JSON.stringify({ id: 7, text: '¿me lo mandas gratis y te pago la semana que viene?', context: 'cam' }) + '\n');
    const row = JSON.parse(out.stdout.trim());
    expect(row.label).not.toBe('none');
    expect(row.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(row.suggestions.some((s: { lang: string }) => s.lang === row.lang)).toBe(true);
    for (const s of row.suggestions) expect(Object.keys(s)).toEqual(['text', 'tone', 'lang']);
  });
  it('a broken input line still yields one output line (with an error) and the run goes on', () => {
    const out = run(['--jsonl'], '{"id": 1, "text": "hi"}\nnot json\n{"id": 3, "text": 42}\n');
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[1].error).toBeTruthy();
    expect(rows[2].id).toBe(3);
    expect(out.stderr).toMatch(/stdin:2/);
  });
  it('prints a readable verdict for one message', () => {
    const out = run(['this is the third time I ask, really disappointing']);
    expect(out.stdout).toMatch(/label:\s+criticism/);
    expect(out.stdout).toMatch(/suggested replies:/);
  });
});
