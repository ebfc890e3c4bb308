import { describe, expect, it } from 'vitest';
import { analyze, MAX_ANALYZED_LENGTH } from '../../../lib/analyzer';
import { riskOf, scoreOf } from '../../../lib/analyzer/verdict';
import { sentenceIndex } from '../../../lib/analyzer/engine';
import type { TacticResult } from '../../../lib/analyzer/types';

const t = (id: TacticResult['id'], confidence = 0.9): TacticResult => ({ id, confidence, evidence: [] });

describe('risk rule (tactics.md)', () => {
  it('is high for any high tactic alone', () => {
    for (const id of [
      'identity-document-request',
      'family-leverage',
      'informant-recruitment',
      'threat-of-harm',
      'return-pressure',
    ] as const) {
      expect(riskOf([t(id)], [])).toBe('high');
    }
  });
  it('is high for two other tactics, medium for one, low for cues only, none for nothing', () => {
    expect(riskOf([t('authority-claim'), t('secrecy-demand')], [])).toBe('high');
    expect(riskOf([t('delivery-pretext')], [])).toBe('medium');
    expect(riskOf([], [t('authority-claim', 0.3)])).toBe('low');
    expect(riskOf([], [])).toBe('none');
  });
  it('keeps the score inside the band of its risk', () => {
    expect(scoreOf('none', [], [])).toBe(0);
    expect(scoreOf('low', [], [t('authority-claim', 0.3)])).toBeLessThan(40);
    const medium = scoreOf('medium', [t('delivery-pretext', 1)], []);
    expect(medium).toBeGreaterThanOrEqual(40);
    expect(medium).toBeLessThan(70);
    expect(scoreOf('high', [t('threat-of-harm', 0.5)], [])).toBeGreaterThanOrEqual(70);
    expect(
      scoreOf(
        'high',
        Array.from({ length: 6 }, () => t('threat-of-harm', 1)),
        [],
      ),
    ).toBeLessThanOrEqual(100);
  });
});

describe('analyze', () => {
  it('finds a passport request with evidence offsets into the original text', () => {
    const text = 'Hello.\u200B Please   SEND me a copy of your pass\u200Bport today!!!';
    const a = analyze(text);
    expect(a.risk).toBe('high');
    const tactic = a.tactics.find((x) => x.id === 'identity-document-request');
    expect(tactic).toBeDefined();
    for (const e of tactic?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(tactic?.evidence.map((e) => e.quote)).toContain('SEND me a copy of your pass\u200Bport');
  });

  it('says nothing is wrong with an ordinary message, and that it was read', () => {
    const a = analyze('See you at the football match on Sunday, bring the kids.');
    expect(a).toMatchObject({ risk: 'none', score: 0, tactics: [], coverage: 'full', truncated: false });
    expect(a.languages).toEqual(['en']);
  });

  it('never calls text in an uncovered language safe: coverage none', () => {
    for (const text of [
      'مرحبا، أرسل لي صورة من جواز سفرك من فضلك',
      'パスポートのコピーを送ってください。',
      'Bitte schicken Sie mir eine Kopie Ihres Reisepasses und Ihrer Aufenthaltserlaubnis.',
      'لطفا یک کپی از پاسپورت خود را برای ما بفرستید',
    ]) {
      expect(analyze(text).coverage, text).toBe('none');
    }
  });

  it('reports partial coverage for a covered language mixed with an uncovered one', () => {
    expect(analyze('Send me your passport. パスポートのコピーを送ってください。').coverage).toBe('partial');
  });

  it('analyses only the first 200,000 characters of a huge text, and says so', () => {
    const text = `${'a'.repeat(MAX_ANALYZED_LENGTH)} send me a copy of your passport`;
    const a = analyze(text);
    expect(a.truncated).toBe(true);
    expect(a.tactics).toEqual([]);
    expect(analyze('send me a copy of your passport').truncated).toBe(false);
  });

  it('carries the ruleset version', () => {
    expect(analyze('hello').rulesetVersion).toMatch(/^1\.[0-9a-f]{8}$/u);
  });

  it('handles empty and whitespace-only text', () => {
    expect(analyze('')).toMatchObject({ risk: 'none', languages: [], coverage: 'full' });
    expect(analyze(' \n\t ')).toMatchObject({ risk: 'none', languages: [] });
  });
});

describe('sentences', () => {
  const sentences = (text: string) => [...new Set(sentenceIndex(text))].length;
  it('ends sentences at . ! ? ; and line breaks', () => {
    expect(sentences('one. two! three? four; five\nsix')).toBe(6);
  });
  it('does not end a sentence at a title, an initial, a web address or a decimal', () => {
    expect(sentences('i am mr. wang from the embassy')).toBe(1);
    expect(sentences('ask dr. li or j. smith')).toBe(1);
    expect(sentences('see dhl.com for 5.00 usd')).toBe(1);
  });
});

describe('languages', () => {
  it('ignores a stray letter of another script, as OCR puts around icons', () => {
    const a = analyze('1 ى\nYour parcel is held at customs. Reply with your full address.\n十 Text Message');
    expect(a.languages).toEqual(['en']);
    expect(a.coverage).toBe('full');
  });
  it('still sees a one-character Chinese message', () => {
    expect(analyze('急').languages).toEqual(['zh']);
  });
});
