import type { Analysis, Risk, TacticId } from '../analyzer';

export interface LabelledMessage {
  id: string;
  lang: string;
  channel?: string;
  text: string;
  tactics: TacticId[];
  risk: Risk;
}

export interface Prediction {
  risk: Risk;
  tactics: TacticId[];
  analysis: Analysis;
}

export interface TacticScore {
  tactic: TacticId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface LanguageScore {
  lang: string;
  suspicious: number;
  recall: number;
  benign: number;
  fpr: number;
}

export interface EvalReport {
  messages: number;
  tactics: TacticScore[];
  macroF1: number;
  messageRecall: number;
  benignFpr: number;
  riskAccuracy: number;
  languages: LanguageScore[];
}

const flagged = (r: Risk) => r === 'high' || r === 'medium';
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Message-level and tactic-level scores, as the analyzer issue defines them. */
export function evaluate(
  messages: LabelledMessage[],
  predictions: Prediction[],
  tacticIds: readonly TacticId[],
): EvalReport {
  const tactics = tacticIds.map((tactic) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    messages.forEach((m, i) => {
      const want = m.tactics.includes(tactic);
      const got = predictions[i]?.tactics.includes(tactic) ?? false;
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    });
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { tactic, tp, fp, fn, precision, recall, f1 };
  });
  const rates = (subset: number[]) => {
    const suspicious = subset.filter((i) => flagged(messages[i]?.risk ?? 'none'));
    const benign = subset.filter((i) => !flagged(messages[i]?.risk ?? 'none'));
    const hit = suspicious.filter((i) => flagged(predictions[i]?.risk ?? 'none')).length;
    const fp = benign.filter((i) => flagged(predictions[i]?.risk ?? 'none')).length;
    return {
      suspicious: suspicious.length,
      recall: ratio(hit, suspicious.length),
      benign: benign.length,
      fpr: benign.length === 0 ? 0 : fp / benign.length,
    };
  };
  const all = messages.map((_, i) => i);
  const overall = rates(all);
  const langs = [...new Set(messages.map((m) => m.lang))].sort();
  return {
    messages: messages.length,
    tactics,
    macroF1: tactics.reduce((s, t) => s + t.f1, 0) / tactics.length,
    messageRecall: overall.recall,
    benignFpr: overall.fpr,
    riskAccuracy:
      messages.filter((m, i) => predictions[i]?.risk === m.risk).length / Math.max(1, messages.length),
    languages: langs.map((lang) => ({ lang, ...rates(all.filter((i) => messages[i]?.lang === lang)) })),
  };
}
