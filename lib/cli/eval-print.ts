import type { EvalReport, LabelledMessage, Prediction } from './eval-metrics';

const pct = (x: number) => x.toFixed(3);

export function printReport(
  r: EvalReport,
  messages: LabelledMessage[],
  predictions: Prediction[],
  errors: boolean,
): void {
  const out: string[] = [];
  out.push(`messages: ${r.messages}`, '', 'tactic                      P      R      F1     tp  fp  fn');
  for (const t of r.tactics) {
    out.push(
      `${t.tactic.padEnd(26)}  ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
    );
  }
  out.push('', `macro-F1 (12 tactics):   ${pct(r.macroF1)}`);
  out.push(`message recall:          ${pct(r.messageRecall)}   (labelled high/medium flagged high/medium)`);
  out.push(`benign FPR:              ${pct(r.benignFpr)}   (labelled low/none flagged high/medium)`);
  out.push(`risk exact:              ${pct(r.riskAccuracy)}`, '', 'lang    suspicious  recall   benign  FPR');
  for (const l of r.languages) {
    out.push(
      `${l.lang.padEnd(8)}${String(l.suspicious).padStart(10)}  ${pct(l.recall)}  ${String(l.benign).padStart(7)}  ${pct(l.fpr)}`,
    );
  }
  if (errors) {
    out.push('', 'errors (id lang: expected → got):');
    messages.forEach((m, i) => {
      const p = predictions[i];
      if (!p) return;
      const want = [...m.tactics].sort().join(',');
      const got = [...p.tactics].sort().join(',');
      if (want === got && m.risk === p.risk) return;
      const ev = p.analysis.tactics.flatMap((t) => t.evidence.map((e) => `${t.id}:"${e.quote}"`)).join(' ');
      out.push(
        `${m.id} ${m.lang}: ${m.risk} [${want}] → ${p.risk} [${got}]`,
        `   ${m.text.replace(/\n/gu, ' / ')}`,
        ev ? `   evidence: ${ev}` : '',
      );
    });
  }
  console.log(out.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n'));
}
