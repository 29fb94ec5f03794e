/**
 * `npm run --silent classify -- --jsonl [--suggest]` : JSON lines in, one JSON line out per input, in order.
 * `npm run classify -- "some message" [--context cam] [--suggest-lang es]` : a readable verdict and the top replies.
 */
import { createInterface } from 'node:readline';
import { classify } from '../classifier/data';
import type { ChatContext, ClassifyResult } from '../classifier/types';
import { suggestFor } from '../phrasebook/builtin';

interface Args {
  jsonl: boolean;
  suggest: boolean;
  context: ChatContext | undefined;
  threshold: number | undefined;
  text: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { jsonl: false, suggest: false, context: undefined, threshold: undefined, text: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') args.jsonl = true;
    else if (a === '--suggest') args.suggest = true;
    else if (a === '--context') args.context = argv[++i] === 'cam' ? 'cam' : 'support';
    else if (a === '--threshold') args.threshold = Number(argv[++i]);
    else args.text.push(a);
  }
  return args;
}

function toLine(id: unknown, r: ClassifyResult, suggestions?: { text: string; tone: string; lang: string }[]): string {
  const out: Record<string, unknown> = {
    id, label: r.label, confidence: r.confidence, lang: r.lang, crisis: r.crisis, scores: r.scores, evidence: r.evidence,
  };
  if (suggestions) out.suggestions = suggestions;
  return JSON.stringify(out);
}

async function runJsonl(args: Args): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const chunks: string[] = [];
  const flush = () => {
    if (chunks.length) process.stdout.write(chunks.join(''));
    chunks.length = 0;
  };
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown; context?: unknown };
      id = input.id ?? null;
      if (typeof input.text !== 'string') throw new Error('"text" must be a string');
      const context: ChatContext | undefined = input.context === 'cam' || input.context === 'support' ? input.context : args.context;
      const r = classify(input.text, { context, threshold: args.threshold });
      const suggestions = args.suggest ? suggestFor(r, context ?? "support", input.text).map((s) => ({ text: s.text, tone: s.tone, lang: s.lang })) : undefined;
      chunks.push(toLine(id, r, suggestions) + '\n');
    } catch (e) {
      // One line out per line in, even for a broken one; the reason goes to stderr.
      process.stderr.write(`stdin:${lineNo}: ${(e as Error).message}\n`);
      chunks.push(JSON.stringify({ id, label: 'none', confidence: 0, lang: 'en', crisis: false, scores: {}, evidence: [], error: (e as Error).message }) + '\n');
    }
    if (chunks.length >= 256) flush();
  }
  flush();
}

function runReadable(args: Args): void {
  const text = args.text.join(' ');
  if (!text) {
    process.stderr.write('usage: npm run classify -- "message" [--context support|cam]\n       npm run --silent classify -- --jsonl [--suggest] < input.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const context = args.context ?? 'support';
  const r = classify(text, { context, threshold: args.threshold });
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const lines = [
    `message:    ${text}`,
    `label:      ${r.label}${r.crisis ? '  (CRISIS: point to professional help)' : ''}`,
    `confidence: ${pct(r.confidence)}    language: ${r.lang}    context: ${context}`,
    `scores:     ${Object.entries(r.scores).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`,
  ];
  if (r.evidence.length) {
    lines.push('evidence:');
    for (const e of r.evidence) lines.push(`  "${text.slice(e.start, e.end)}" [${e.start}-${e.end}] → ${e.category} (${e.source} "${e.term}", weight ${e.weight}${e.negated ? ', negated' : ''}${e.fuzzy ? ', typo' : ''})`);
  }
  if (r.label !== 'none') {
    lines.push('suggested replies:');
    suggestFor(r, context, text).slice(0, 3).forEach((s, i) => lines.push(`  ${i + 1}. [${s.lang}, ${s.tone}] ${s.text}`));
  }
  process.stdout.write(lines.join('\n') + '\n');
}

const args = parseArgs(process.argv.slice(2));
if (args.jsonl) await runJsonl(args);
else runReadable(args);
