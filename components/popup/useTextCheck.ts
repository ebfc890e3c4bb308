import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/analyzer/types';

/** Typing pauses shorter than this do not start a check. */
export const CHECK_DELAY_MS = 250;

export interface CheckedText {
  text: string;
  analysis: Analysis;
}

/**
 * The message text and its analysis, checked as it is typed (debounced). An answer for text
 * that has changed since is dropped, so the verdict always matches what it quotes.
 */
export function useTextCheck(analyze: (text: string) => Promise<Analysis>) {
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<CheckedText | undefined>(undefined);
  const latest = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = useCallback(
    async (value: string): Promise<CheckedText | undefined> => {
      clearTimeout(timer.current);
      if (value.trim() === '') {
        setChecked(undefined);
        return undefined;
      }
      try {
        const analysis = await analyze(value);
        if (latest.current !== value) return undefined;
        const result = { text: value, analysis };
        setChecked(result);
        return result;
      } catch (error) {
        // Only a broken build gets here (the analyzer is pure); say so where a developer looks.
        console.error(error);
        return undefined;
      }
    },
    [analyze],
  );

  const change = useCallback(
    (value: string) => {
      latest.current = value;
      setText(value);
      clearTimeout(timer.current);
      if (value.trim() === '') setChecked(undefined);
      else timer.current = setTimeout(() => void run(value), CHECK_DELAY_MS);
    },
    [run],
  );

  /** Checks the current text at once (the Check button, a save): no waiting for the pause. */
  const checkNow = useCallback(async () => {
    if (checked && checked.text === latest.current) return checked;
    return run(latest.current);
  }, [checked, run]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const current = checked?.text === text ? checked : undefined;
  return {
    text,
    change,
    checkNow,
    checked: current,
    shown: checked,
    pending: text.trim() !== '' && !current,
  };
}
