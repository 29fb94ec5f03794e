/**
 * What the panel and popup show, derived from classified messages: pure data so it can be sent
 * to the popup and tested without a page. Escalation counts flagged messages per client within
 * one conversation.
 */
import type { Category, ChatContext, Language } from '../classifier/types';
import type { Suggestion } from '../phrasebook/select';

export interface EvidenceSnippet {
  text: string;
  category: Category;
  source: 'cue' | 'model';
}

export interface PanelSnapshot {
  message: string;
  author: string | null;
  label: Category;
  confidence: number;
  lang: Language;
  crisis: boolean;
  context: ChatContext;
  evidence: EvidenceSnippet[];
  /** Top suggestions (client's language first, then the agent's). */
  suggestions: Suggestion[];
  /** The rest, for "more". */
  more: Suggestion[];
  /** Flagged messages from this client before this one, in this conversation. */
  priorFlags: number;
  at: number;
}

export class EscalationTracker {
  private counts = new Map<string, number>();

  /** Returns how many flagged messages this client sent before, then counts this one if flagged. */
  record(client: string | null, label: Category): number {
    const key = client ?? '';
    const prior = this.counts.get(key) ?? 0;
    if (label !== 'none') this.counts.set(key, prior + 1);
    return prior;
  }

  reset(): void {
    this.counts.clear();
  }
}
