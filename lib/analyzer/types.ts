import type { TacticId } from './tactics';

export type { TacticId } from './tactics';

export type Risk = 'high' | 'medium' | 'low' | 'none';

/** Languages the rules cover. `ug` is Uyghur in either script. */
export type CoveredLanguage = 'en' | 'zh' | 'ug' | 'tr' | 'kk' | 'ru';

export type Coverage = 'full' | 'partial' | 'none';

export interface Evidence {
  /** Offsets into the ORIGINAL text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  quote: string;
  ruleId: string;
}

export interface TacticResult {
  id: TacticId;
  /** 0..1, the strongest rule match for this tactic after context modifiers. */
  confidence: number;
  evidence: Evidence[];
}

export interface Analysis {
  risk: Risk;
  /** 0..100; the bands follow the risk: none 0, low 1–39, medium 40–69, high 70–100. */
  score: number;
  tactics: TacticResult[];
  /** Weak cues below the reporting threshold (an authority or document word with no request). */
  cues: TacticResult[];
  /** ISO 639-1 codes (or `und`) of the languages seen, covered or not. */
  languages: string[];
  coverage: Coverage;
  rulesetVersion: string;
  truncated: boolean;
}

export interface AnalyzeOptions {
  /** Characters analysed at most; the rest is ignored and `truncated` set. */
  maxLength?: number;
}
