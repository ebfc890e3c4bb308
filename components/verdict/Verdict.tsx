import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { adviceFor } from '@/lib/advice';
import type { Analysis } from '@/lib/analyzer/types';
import { getLanguage, t } from '@/lib/i18n';
import { ImageEvidence, type ScreenshotEvidence } from './ImageEvidence';
import { AdviceList } from './AdviceList';
import { TacticItem } from './TacticItem';
import { uncheckedLanguages, verdictSentence, verdictState } from './verdict-text';
import './verdict.css';

export type { ScreenshotEvidence };

export interface VerdictProps {
  /** Undefined while there is nothing to check. */
  analysis: Analysis | undefined;
  /** The text that was analysed: evidence offsets point into it. */
  text: string;
  /** For a screenshot: the image and its OCR words, to outline the evidence on it. */
  image?: ScreenshotEvidence | undefined;
  /** A newer check is on its way; the one shown may be out of date. */
  pending?: boolean;
  /** The heading takes focus after an explicit "Check", so keyboard users land on the result. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The verdict on one message, the same in the popup, the dashboard and the in-page panel:
 * a plain sentence first, then each tactic with its evidence, then what to do.
 */
export function Verdict({ analysis, text, image, pending = false, headingRef }: VerdictProps) {
  const state = verdictState(analysis);
  const tactics = analysis?.tactics ?? [];
  const advice = adviceFor(tactics.map((tactic) => tactic.id));
  const unchecked = analysis && uncheckedLanguages(analysis, getLanguage());
  const spans = tactics.flatMap((tactic) => tactic.evidence);
  // Several verdicts can share a page (the dashboard's list), so ids are per instance.
  const id = useId();
  return (
    <section
      class={`verdict verdict-${state}`}
      data-testid="verdict"
      data-risk={state}
      aria-labelledby={`${id}-verdict`}
      aria-busy={pending}
    >
      <h2 id={`${id}-verdict`} tabIndex={-1} ref={headingRef}>
        <span class="verdict-title">{t('verdict.heading')}</span>{' '}
        <span class="risk-badge">{t(`verdict.risk.${state}`)}</span>
      </h2>
      <p class="verdict-sentence" aria-live="polite">
        {pending && !analysis ? t('verdict.checking') : verdictSentence(analysis)}
      </p>
      {unchecked && <p class="verdict-note">{t('verdict.partial', { languages: unchecked })}</p>}
      {analysis?.truncated && <p class="verdict-note">{t('verdict.truncated')}</p>}
      {(state === 'low' || state === 'none') && <p class="verdict-limits">{t('verdict.limits')}</p>}
      {image && <ImageEvidence image={image} text={text} spans={spans} />}
      {tactics.length > 0 && (
        <section class="tactics" aria-labelledby={`${id}-tactics`}>
          <h3 id={`${id}-tactics`}>{t('verdict.tactics')}</h3>
          <ul>
            {tactics.map((tactic) => (
              <TacticItem key={tactic.id} tactic={tactic} text={text} />
            ))}
          </ul>
        </section>
      )}
      {advice.length > 0 && <AdviceList ids={advice} headingId={`${id}-advice`} />}
    </section>
  );
}
