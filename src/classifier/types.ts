export const CATEGORIES = ['oversharing', 'aggression', 'criticism', 'payment_dodging', 'none'] as const;
export type Category = (typeof CATEGORIES)[number];
export type FlaggedCategory = Exclude<Category, 'none'>;
export const FLAGGED_CATEGORIES: readonly FlaggedCategory[] = ['oversharing', 'aggression', 'criticism', 'payment_dodging'];

export const LANGUAGES = ['en', 'es', 'tr', 'ru', 'sr', 'de', 'fr', 'it', 'pt', 'pl', 'ar', 'ja', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export type ChatContext = 'support' | 'cam';

export interface Evidence {
  /** UTF-16 offsets into the text exactly as it was given. */
  start: number;
  end: number;
  /** The cue as written in the lexicon (or the word the learned layer leaned on). */
  term: string;
  category: Category;
  weight: number;
  source: 'cue' | 'model';
  lang: Language;
  crisis?: boolean;
  negated?: boolean;
  fuzzy?: boolean;
}

export interface ClassifyOptions {
  context?: ChatContext;
  /**
   * Sensitivity threshold, 0..1: a flagged label is reported only when its probability reaches
   * this. Lower flags more. Default: the value tuned at training time (model file).
   */
  threshold?: number;
  /** Extra user keywords per language and category (from the user phrasebook). */
  extraCues?: readonly { lang: Language; category: Category; term: string; weight?: number }[];
}

export interface ClassifyResult {
  label: Category;
  confidence: number;
  lang: Language;
  crisis: boolean;
  scores: Record<Category, number>;
  evidence: Evidence[];
}
