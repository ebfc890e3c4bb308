// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Verdict } from '@/components/verdict/Verdict';
import { analyze } from '@/lib/analyzer';
import type { Analysis } from '@/lib/analyzer/types';
import { activateLanguage } from '@/lib/i18n';
import { mount } from './mount';

// The analyzer compiles its rules on first use, slowly on a busy machine: once, up front.
beforeAll(() => void analyze('passport 护照 паспорт پاسپورت'), 60_000);

const base: Analysis = {
  risk: 'none',
  score: 0,
  tactics: [],
  cues: [],
  languages: ['en'],
  coverage: 'full',
  rulesetVersion: '1.test',
  truncated: false,
};

afterEach(async () => {
  document.body.innerHTML = '';
  await activateLanguage('en');
});

const verdictOf = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="verdict"]')!;

describe('Verdict', () => {
  it('opens with a plain sentence built from the tactics, then each tactic with its evidence marked', async () => {
    const text = 'This is the police. Send a copy of your passport today.';
    const analysis = analyze(text);
    const root = await mount(<Verdict analysis={analysis} text={text} />);
    const verdict = verdictOf(root);
    expect(verdict.dataset.risk).toBe('high');
    expect(verdict.querySelector('.verdict-sentence')?.textContent).toBe(
      'This message asks for your passport or another identity document and claims to be the police or another authority: a known intimidation tactic.',
    );
    const tactics = [...verdict.querySelectorAll<HTMLElement>('[data-testid="tactic"]')];
    expect(tactics.map((li) => li.dataset.tacticId)).toEqual([
      'identity-document-request',
      'authority-claim',
    ]);
    expect(tactics[0]!.querySelector('h4')?.textContent).toBe('Asks for an identity document');
    expect(tactics[0]!.querySelector('mark')?.textContent).toBe('Send a copy of your passport');
    expect(tactics[1]!.querySelector('mark')?.textContent).toContain('This is the police');
    // Advice follows, with where to report and the caution about local authorities.
    const advice = [...verdict.querySelectorAll<HTMLElement>('[data-advice-id]')].map(
      (li) => li.dataset.adviceId,
    );
    expect(advice).toContain('dont-send');
    expect(advice).toContain('report');
    expect(verdict.textContent).toContain('contact a trusted organisation or a lawyer first');
    expect(verdict.querySelector('[data-channel-id="us-fbi"]')?.textContent).toContain('1-800-225-5324');
  });

  it('shows hostile text as text: no element, attribute or formula comes out of the message', async () => {
    const text =
      'Send your passport copy <img src=x onerror=alert(1)> =HYPERLINK("x")<script>alert(2)</script>';
    const analysis = analyze(text);
    const root = await mount(<Verdict analysis={analysis} text={text} />);
    const verdict = verdictOf(root);
    expect(verdict.querySelector('img, script, a')).toBeNull();
    const quoted = [...verdict.querySelectorAll('.evidence')].map((q) => q.textContent).join('');
    expect(quoted).toContain('<img src=x onerror=alert(1)>');
    expect(quoted).toContain('=HYPERLINK("x")');
  });

  it('marks evidence in the middle of text that holds markup, still as text', async () => {
    const text = '<b>x</b> send me your passport';
    const analysis: Analysis = {
      ...base,
      risk: 'high',
      score: 90,
      tactics: [
        {
          id: 'identity-document-request',
          confidence: 0.9,
          evidence: [{ start: 9, end: 31, quote: '', ruleId: 't' }],
        },
      ],
    };
    const root = await mount(<Verdict analysis={analysis} text={text} />);
    const quote = root.querySelector('.evidence')!;
    expect(quote.querySelector('b')).toBeNull();
    expect(quote.textContent).toBe('<b>x</b> send me your passport');
    expect(quote.querySelector('mark')?.textContent).toBe('send me your passport');
  });

  it.each([
    [
      'high',
      'identity-document-request',
      'This message asks for your passport or another identity document: a known intimidation tactic.',
    ],
    [
      'medium',
      'authority-claim',
      'This message claims to be the police or another authority. This is used in intimidation',
    ],
  ] as const)('says what a %s risk means', async (risk, id, sentence) => {
    const analysis: Analysis = { ...base, risk, score: 50, tactics: [{ id, confidence: 0.8, evidence: [] }] };
    const root = await mount(<Verdict analysis={analysis} text="x" />);
    expect(verdictOf(root).dataset.risk).toBe(risk);
    expect(root.querySelector('.verdict-sentence')?.textContent).toContain(sentence);
    expect(root.querySelector('.verdict-limits')).toBeNull();
  });

  it.each(['low', 'none'] as const)('a %s verdict still says what the check cannot know', async (risk) => {
    const root = await mount(<Verdict analysis={{ ...base, risk }} text="x" />);
    expect(verdictOf(root).dataset.risk).toBe(risk);
    expect(root.querySelector('.verdict-limits')?.textContent).toContain(
      'it cannot tell who really sent a message',
    );
    expect(root.querySelector('.risk-badge')?.textContent).not.toMatch(/safe/i);
  });

  it('calls a message in a language it cannot read "not checked", never safe', async () => {
    const text = 'Bonjour, je suis très content de vous voir demain au café avec mes amis';
    const root = await mount(<Verdict analysis={analyze(text)} text={text} />);
    const verdict = verdictOf(root);
    expect(verdict.dataset.risk).toBe('unchecked');
    expect(verdict.querySelector('.risk-badge')?.textContent).toBe('Not checked');
    expect(verdict.querySelector('.verdict-sentence')?.textContent).toContain(
      'This does not mean the message is safe',
    );
  });

  it('names the part that was not checked when coverage is partial', async () => {
    const analysis: Analysis = { ...base, languages: ['en', 'fr'], coverage: 'partial' };
    const root = await mount(<Verdict analysis={analysis} text="x" />);
    expect(root.querySelector('.verdict-note')?.textContent).toBe(
      'Not checked: the part in French. Tekshur cannot read that language yet.',
    );
  });

  it('is "not checked" with an invitation while there is nothing to check', async () => {
    const root = await mount(<Verdict analysis={undefined} text="" />);
    expect(verdictOf(root).dataset.risk).toBe('unchecked');
    expect(root.querySelector('.verdict-sentence')?.textContent).toBe(
      'Type or paste a message, or add a screenshot, to check it.',
    );
  });

  it('outlines the evidence words on a screenshot', async () => {
    const text = 'Hello\nsend your passport now';
    const analysis: Analysis = {
      ...base,
      risk: 'high',
      tactics: [
        {
          id: 'identity-document-request',
          confidence: 0.9,
          evidence: [{ start: 6, end: 24, quote: '', ruleId: 't' }],
        },
      ],
    };
    const box = (x0: number) => ({ x0, y0: 10, x1: x0 + 40, y1: 30 });
    const words = ['Hello', 'send', 'your', 'passport', 'now'].map((w, i) => ({
      text: w,
      confidence: 90,
      bbox: box(i * 50),
    }));
    const root = await mount(
      <Verdict analysis={analysis} text={text} image={{ url: 'blob:x', width: 250, height: 40, words }} />,
    );
    const boxes = [...root.querySelectorAll<HTMLElement>('[data-testid="evidence-box"]')];
    expect(boxes).toHaveLength(3);
    expect(boxes[0]!.style.left).toBe('20.000%');
    expect(boxes[0]!.style.width).toBe('16.000%');
    expect(root.querySelector('img')?.getAttribute('alt')).toBe(
      'Your screenshot, with the words that were found outlined',
    );
  });

  it('speaks the interface language: Uyghur tactic names and sentence', async () => {
    await activateLanguage('ug');
    const text = '请把你的护照复印件发给我';
    const root = await mount(<Verdict analysis={analyze(text)} text={text} />);
    expect(root.querySelector('.verdict-sentence')?.textContent).toBe(
      'بۇ ئۇچۇر پاسپورتىڭىز ياكى باشقا كىملىك ئىسپاتىڭىزنى سورايدۇ: بۇ كۆپ ئۇچرايدىغان بىر خىل قورقۇتۇش ئۇسۇلى.',
    );
    expect(root.querySelector('[data-testid="tactic"] h4')?.textContent).toBe('كىملىك ئىسپاتى سورايدۇ');
    expect(root.querySelector('mark')?.textContent).toBe('护照复印件发给我');
  });
});
