import type { Analysis, Risk } from '@/lib/analyzer/types';
import { COVERED_LANGUAGES } from '@/lib/analyzer/language';
import { LANGUAGE_TAGS, t, type UiLanguage } from '@/lib/i18n';

/** What the verdict shows: a risk, or "not checked" (nothing yet, or a language Tekshur cannot read). */
export type VerdictState = Risk | 'unchecked';

export function verdictState(analysis: Analysis | undefined): VerdictState {
  if (!analysis) return 'unchecked';
  // Found tactics are shown whatever the language guess; only an empty result in a language
  // the rules do not cover is "not checked", never "nothing found".
  if (analysis.coverage === 'none' && analysis.tactics.length === 0) return 'unchecked';
  return analysis.risk;
}

/** "A", "A and B", "A, B and C", with the separators of the interface language. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return items.slice(0, -1).join(t('verdict.join.comma')) + t('verdict.join.and') + items.at(-1);
}

/** The plain sentence that opens the verdict. */
export function verdictSentence(analysis: Analysis | undefined): string {
  if (!analysis) return t('verdict.empty');
  const state = verdictState(analysis);
  switch (state) {
    case 'unchecked':
      return t('verdict.sentence.unchecked');
    case 'high':
    case 'medium':
      return t(`verdict.sentence.${state}`, {
        actions: joinList(analysis.tactics.map((tactic) => t(`tactic.${tactic.id}.action`))),
      });
    case 'low':
    case 'none':
      return t(`verdict.sentence.${state}`);
  }
}

function languageName(code: string, language: UiLanguage): string {
  if (code === 'und') return t('verdict.languageUnknown');
  try {
    return new Intl.DisplayNames([LANGUAGE_TAGS[language], 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** For partial coverage: names the languages that were seen but not checked. */
export function uncheckedLanguages(analysis: Analysis, language: UiLanguage): string | undefined {
  if (analysis.coverage !== 'partial') return undefined;
  const covered: readonly string[] = COVERED_LANGUAGES;
  const others = analysis.languages.filter((code) => !covered.includes(code));
  const names = (others.length > 0 ? others : ['und']).map((code) => languageName(code, language));
  return joinList(names);
}
