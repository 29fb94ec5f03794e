/** Evaluation metrics over labeled messages (pure). */
import { CATEGORIES, type Category, type Language } from './types';
import type { Labeled } from './training';

export interface Prediction {
  label: Category;
  crisis: boolean;
  /** Detected language, when known (scored against the item's `lang`). */
  lang?: Language;
}

export interface Report {
  n: number;
  accuracy: number;
  macroF1: number;
  perCategory: Record<Category, { precision: number; recall: number; f1: number; support: number }>;
  perLanguage: Partial<Record<Language, { n: number; macroF1: number; accuracy: number }>>;
  falseAlarmRate: number;
  crisisRecall: number;
  crisisPrecision: number;
  crisisSupport: number;
  confusion: Record<Category, Record<Category, number>>;
  perTag: Record<string, { n: number; accuracy: number }>;
  /** Share of messages whose detected language equals the gold one (null when not reported). */
  languageAccuracy: number | null;
}

function f1Table(gold: Category[], pred: Category[]): Report['perCategory'] {
  const out = {} as Report['perCategory'];
  for (const c of CATEGORIES) {
    let tp = 0, fp = 0, fn = 0, support = 0;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] === c) support++;
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    out[c] = { precision, recall, f1, support };
  }
  return out;
}

function macro(table: Report['perCategory']): number {
  const present = CATEGORIES.filter((c) => table[c].support > 0);
  return present.reduce((s, c) => s + table[c].f1, 0) / Math.max(1, present.length);
}

/**
 * Strict scoring against `label`. With `lenient`, a prediction listed in the item's `also` counts
 * as the gold label (the guidelines call those fair answers too).
 */
export function evaluate(rows: readonly Labeled[], preds: readonly Prediction[], lenient = false): Report {
  const gold = rows.map((r) => r.label);
  const pred = preds.map((p, i) => (lenient && rows[i]!.also?.includes(p.label) ? rows[i]!.label : p.label));
  const perCategory = f1Table(gold, pred);
  const perLanguage: Report['perLanguage'] = {};
  const langs = [...new Set(rows.map((r) => r.lang))];
  for (const l of langs) {
    const idx = rows.map((r, i) => (r.lang === l ? i : -1)).filter((i) => i >= 0);
    const g = idx.map((i) => gold[i]!);
    const p = idx.map((i) => pred[i]!);
    perLanguage[l] = { n: idx.length, macroF1: macro(f1Table(g, p)), accuracy: idx.filter((i) => gold[i] === pred[i]).length / idx.length };
  }
  const noneIdx = gold.map((g, i) => (g === 'none' ? i : -1)).filter((i) => i >= 0);
  const falseAlarmRate = noneIdx.length ? noneIdx.filter((i) => pred[i] !== 'none').length / noneIdx.length : 0;
  const crisisIdx = rows.map((r, i) => (r.crisis ? i : -1)).filter((i) => i >= 0);
  const crisisRecall = crisisIdx.length ? crisisIdx.filter((i) => preds[i]!.crisis).length / crisisIdx.length : 1;
  const predictedCrisis = preds.filter((p) => p.crisis).length;
  const crisisPrecision = predictedCrisis ? crisisIdx.filter((i) => preds[i]!.crisis).length / predictedCrisis : 1;
  const confusion = Object.fromEntries(CATEGORIES.map((g) => [g, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))])) as Report['confusion'];
  gold.forEach((g, i) => confusion[g][pred[i]!]++);
  const perTag: Report['perTag'] = {};
  rows.forEach((r, i) => {
    for (const t of r.tags ?? []) {
      perTag[t] ??= { n: 0, accuracy: 0 };
      perTag[t].n++;
      if (gold[i] === pred[i]) perTag[t].accuracy++;
    }
  });
  for (const t of Object.values(perTag)) t.accuracy /= t.n;
  const withLang = preds.filter((p) => p.lang !== undefined);
  const languageAccuracy = withLang.length ? preds.filter((p, i) => p.lang !== undefined && p.lang === rows[i]!.lang).length / withLang.length : null;
  return {
    languageAccuracy,
    n: rows.length,
    accuracy: gold.filter((g, i) => g === pred[i]).length / Math.max(1, gold.length),
    macroF1: macro(perCategory),
    perCategory,
    perLanguage,
    falseAlarmRate,
    crisisRecall,
    crisisPrecision,
    crisisSupport: crisisIdx.length,
    confusion,
    perTag,
  };
}

const f = (x: number) => x.toFixed(2);

export function formatReport(title: string, r: Report): string {
  const lines: string[] = [`== ${title}: ${r.n} messages ==`];
  lines.push('category          P     R     F1    n');
  for (const c of CATEGORIES) {
    const s = r.perCategory[c];
    lines.push(`${c.padEnd(16)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}  ${s.support}`);
  }
  lines.push('per-language macro-F1: ' + Object.entries(r.perLanguage).map(([l, s]) => `${l} ${f(s!.macroF1)}`).join('  '));
  lines.push('confusion (rows gold, columns predicted: ' + CATEGORIES.map((c) => c.slice(0, 4)).join(' ') + ')');
  for (const g of CATEGORIES) lines.push(`  ${g.padEnd(16)}` + CATEGORIES.map((p) => String(r.confusion[g][p]).padStart(5)).join(''));
  lines.push('accuracy per tag: ' + Object.entries(r.perTag).sort().map(([t, s]) => `${t} ${f(s.accuracy)} (${s.n})`).join(', '));
  if (r.languageAccuracy !== null) lines.push(`language detected correctly: ${(r.languageAccuracy * 100).toFixed(1)} %`);
  lines.push(`crisis: recall ${f(r.crisisRecall)} precision ${f(r.crisisPrecision)} (${r.crisisSupport} gold)`);
  lines.push(`false alarms on none: ${(r.falseAlarmRate * 100).toFixed(1)} %`);
  lines.push(`accuracy ${f(r.accuracy)}  macro-F1 ${f(r.macroF1)}`);
  return lines.join('\n');
}
