import type { TacticResult } from '@/lib/analyzer/types';
import { t } from '@/lib/i18n';
import { Highlighted } from './Highlighted';
import { excerpts } from './spans';

/** One tactic found: its name, why it matters, and where it is in the message. */
export function TacticItem({ tactic, text }: { tactic: TacticResult; text: string }) {
  const shown = excerpts(text, tactic.evidence);
  return (
    <li class="tactic" data-testid="tactic" data-tactic-id={tactic.id}>
      <h4>{t(`tactic.${tactic.id}.name`)}</h4>
      <p class="tactic-why">{t(`tactic.${tactic.id}.why`)}</p>
      {shown.length > 0 && (
        <div class="tactic-evidence">
          <p class="evidence-label">{t('verdict.evidence')}</p>
          {shown.map((excerpt, i) => (
            <Highlighted key={i} excerpt={excerpt} />
          ))}
        </div>
      )}
    </li>
  );
}
