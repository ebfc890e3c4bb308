import type { Risk, TacticResult } from './types';
import { HIGH_RISK_TACTICS } from './tactics';

/** Risk per ../shared/spec/tactics.md: the tactics decide it, not the score. */
export function riskOf(tactics: readonly TacticResult[], cues: readonly TacticResult[]): Risk {
  if (tactics.length >= 2 || tactics.some((t) => HIGH_RISK_TACTICS.has(t.id))) return 'high';
  if (tactics.length === 1) return 'medium';
  return cues.length > 0 ? 'low' : 'none';
}

/**
 * A 0–100 score inside the risk's band (none 0, low 1–39, medium 40–69, high 70–100), so that
 * sorting by score never contradicts sorting by risk; within a band, stronger and more
 * numerous matches score higher.
 */
export function scoreOf(risk: Risk, tactics: readonly TacticResult[], cues: readonly TacticResult[]): number {
  const best = (list: readonly TacticResult[]) => list.reduce((m, t) => Math.max(m, t.confidence), 0);
  switch (risk) {
    case 'none':
      return 0;
    case 'low':
      return Math.round(10 + 29 * best(cues));
    case 'medium':
      return Math.round(40 + 29 * best(tactics));
    case 'high': {
      const strength = Math.min(1, best(tactics) * 0.7 + Math.min(tactics.length, 4) * 0.075);
      return Math.round(70 + 30 * strength);
    }
  }
}
